#!/bin/sh
# Install this unpacked vpnotes tarball for the current user only (no root): a launcher in the
# applications menu, the icon, and the .vpnotes file type, all under ~/.local. The program stays
# in this folder; move the folder first if you want it elsewhere. Remove with --uninstall.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APP_ID=nl.vpnotes.vpnotes
if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/mime/packages/$APP_ID.xml" "$HOME/.local/bin/vpnotes"
  find "$DATA/icons/hicolor" -name "$APP_ID.png" -delete 2>/dev/null || true
else
  mkdir -p "$DATA/applications" "$DATA/mime/packages" "$HOME/.local/bin"
  sed "s|^Exec=vpnotes|Exec=$HERE/vpnotes|; s|^TryExec=vpnotes|TryExec=$HERE/vpnotes|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
  cp "$HERE/share/mime/packages/$APP_ID.xml" "$DATA/mime/packages/"
  cp -r "$HERE/share/icons" "$DATA/"
  ln -sf "$HERE/vpnotes" "$HOME/.local/bin/vpnotes"
fi
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
echo "vpnotes: done"

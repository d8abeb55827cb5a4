# Shared by scripts/start and scripts/test: install missing Debian/Ubuntu packages
# (with sudo unless root) and create the virtual environment.

# Qt (PySide6) needs these on a bare image, offscreen and on a real screen.
QT_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-randr0 libxcb-xinerama0 libxcb-xkb1)

# The packaging tests validate the desktop files and read ELF headers with these.
PACKAGING_PACKAGES=(desktop-file-utils appstream shared-mime-info binutils)

need_packages() {
  command -v dpkg >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: the user knows their system
  local missing=()
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "Missing system packages (install them as root): ${missing[*]}" >&2
      return 0  # go on: what needs them will say so
    fi
    sudo="sudo"
  fi
  echo "Installing system packages: ${missing[*]}" >&2
  if ! { $sudo apt-get update -qq &&
         DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; }; then
    echo "Could not install: ${missing[*]}" >&2
  fi
}

python_venv_package() {
  # Debian and Ubuntu ship venv separately (python3.X-venv).
  python3 -c 'import ensurepip, venv' >/dev/null 2>&1 && return 0
  local version
  version=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  need_packages "python${version}-venv"
  python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || need_packages python3-venv
}

make_venv() {  # $1: pip extras, e.g. "[test]"
  python_venv_package
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".$1"
}

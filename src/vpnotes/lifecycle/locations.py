"""Where files go: the default backup folder (the user's local data folder, never
beside the vault), portable mode (DESIGN.md §12: a file ``vpnotes.portable``
beside the executable keeps settings and automatic backups in ``vpnotes-data``
beside it), which chosen backup folder may be used, and whether a path lies in a
folder that a sync client uploads (OneDrive with its SharePoint and Teams
libraries, Dropbox, Google Drive, iCloud Drive with Desktop & Documents,
Nextcloud and SURFdrive), so the app can warn the VP before a vault, a backup or
an export leaves the laptop (DESIGN.md §3).

Detection is deliberately generous: a false warning costs a click, a missed one
may put every case on someone else's server. Everything takes its environment
as arguments so it can be tested for every platform on any platform.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePath

from vpnotes.i18n import pick

APP_FOLDER = "vpnotes"
BACKUP_SUBFOLDER = "backups"
PORTABLE_MARKER = "vpnotes.portable"
PORTABLE_DATA = "vpnotes-data"


class SyncClient(StrEnum):
    ONEDRIVE = "onedrive"
    DROPBOX = "dropbox"
    GOOGLE_DRIVE = "google_drive"
    ICLOUD_DRIVE = "icloud_drive"
    NEXTCLOUD = "nextcloud"
    SURFDRIVE = "surfdrive"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    SyncClient.ONEDRIVE: "OneDrive",
    SyncClient.DROPBOX: "Dropbox",
    SyncClient.GOOGLE_DRIVE: "Google Drive",
    SyncClient.ICLOUD_DRIVE: "iCloud Drive",
    SyncClient.NEXTCLOUD: "Nextcloud",
    SyncClient.SURFDRIVE: "SURFdrive",
}


@dataclass(frozen=True)
class SyncWarning:
    client: SyncClient
    root: str  # the synced folder the path lies in, as far as we could tell

    @property
    def message(self) -> str:
        name = self.client.label
        return pick(
            f"Deze map wordt door {name} naar internet gekopieerd. Kies een map die niet wordt gesynchroniseerd.",
            f"This folder is uploaded by {name}. Choose a folder that is not synchronised.",
        )


def portable_data_folder(*, executable: str | None = None, frozen: bool | None = None) -> Path | None:
    """``vpnotes-data`` beside the executable when ``vpnotes.portable`` lies there, else ``None``.

    Only a bundled app (PyInstaller sets ``sys.frozen``) can be portable: in a checkout
    or a pip install the executable is the Python interpreter, whose folder is not the VP's.
    """
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if not frozen:
        return None
    folder = Path(sys.executable if executable is None else executable).resolve().parent
    return folder / PORTABLE_DATA if (folder / PORTABLE_MARKER).is_file() else None


def default_backup_folder(
    *, platform: str | None = None, env: Mapping[str, str] | None = None, home: Path | None = None,
    portable: Path | None = None,
) -> Path:
    """Where automatic backups go unless the VP chose a folder.

    Portable mode: ``vpnotes-data/backups`` beside the executable. Otherwise the
    user's *local* data folder: ``%LOCALAPPDATA%\\vpnotes\\backups`` on Windows (not
    Roaming, which a domain profile copies to a server at logoff),
    ``~/Library/Application Support/vpnotes/backups`` on macOS, else
    ``$XDG_DATA_HOME/vpnotes/backups`` (``~/.local/share`` when unset)."""
    portable = portable_data_folder() if portable is None else portable
    if portable is not None:
        return portable / BACKUP_SUBFOLDER
    platform = sys.platform if platform is None else platform
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    if platform.startswith("win"):
        base = Path(env["LOCALAPPDATA"]) if env.get("LOCALAPPDATA") else home / "AppData" / "Local"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = env.get("XDG_DATA_HOME", "")
        # The XDG spec says a relative value is invalid and must be ignored.
        base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "share"
    return base / APP_FOLDER / BACKUP_SUBFOLDER


def usable_backup_folder(chosen: str, *, platform: str | None = None) -> Path | None:
    """The VP's chosen backup folder if this machine can use it, else ``None`` (use the default).

    A notebook carries its policy wherever it goes: a handed-over or copied notebook may
    name the predecessor's folder, or one written on another system (``C:\\Users\\...`` on a
    Mac, where it would become a folder of that literal name in the working directory).
    Such a path, and one whose parent folder does not exist either (a stick not plugged
    in, another user's home), is ignored and never created; a new folder in an existing
    one is fine.
    """
    text = chosen.strip()
    if not text:
        return None
    platform = sys.platform if platform is None else platform
    windows_style = len(text) >= 3 and text[0].isalpha() and text[1] == ":" and text[2] in "\\/"
    unc = text.startswith("\\\\")
    if platform.startswith("win"):
        if not (windows_style or unc or text.startswith("~")):
            return None  # a POSIX path (no drive) names nothing here
    elif windows_style or unc or "\\" in text:
        return None
    folder = Path(text).expanduser()
    if not folder.is_absolute():
        return None
    return folder if folder.is_dir() or folder.parent.is_dir() else None


# Folder names that sync clients create, compared case-insensitively per path component.
def _client_of_component(name: str) -> SyncClient | None:
    lowered = name.casefold()
    if lowered == "onedrive" or lowered.startswith(("onedrive - ", "onedrive-")):
        return SyncClient.ONEDRIVE
    if lowered == "dropbox" or lowered.startswith(("dropbox (", "dropbox-")):
        return SyncClient.DROPBOX
    if lowered in ("google drive", "my drive", "mijn drive", "googledrive") or lowered.startswith("googledrive-"):
        return SyncClient.GOOGLE_DRIVE
    if lowered in ("icloud drive", "iclouddrive", "com~apple~clouddocs"):
        return SyncClient.ICLOUD_DRIVE
    if lowered == "nextcloud" or lowered.startswith(("nextcloud-", "nextcloud (")):
        return SyncClient.NEXTCLOUD
    if lowered == "surfdrive" or lowered.startswith(("surfdrive-", "surfdrive (")):
        return SyncClient.SURFDRIVE
    return None


def _configured_roots(env: Mapping[str, str], home: Path, platform: str,
                      onedrive_mounts: list[str] | None) -> list[tuple[SyncClient, Path]]:
    """Synced folders the clients announce: OneDrive's environment variables and registered
    mount points (SharePoint and Teams libraries), Dropbox's ``info.json`` (which holds the
    real path when the user moved the folder), the folders in Nextcloud's and SURFdrive's
    configuration, and iCloud's Desktop & Documents on macOS."""
    roots: list[tuple[SyncClient, Path]] = []
    for var in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        value = env.get(var)
        if value:
            roots.append((SyncClient.ONEDRIVE, Path(value)))
            # OneDrive for Business syncs SharePoint/Teams libraries into a sibling folder named
            # after the organisation: "OneDrive - Acme BV" beside "Acme BV\Team - Documenten".
            name = PurePath(value).name
            if var != "OneDriveConsumer" and name.casefold().startswith("onedrive - "):
                roots.append((SyncClient.ONEDRIVE, Path(value).parent / name[len("OneDrive - "):]))
    mounts = _onedrive_registry_mounts(platform) if onedrive_mounts is None else onedrive_mounts
    roots.extend((SyncClient.ONEDRIVE, Path(mount)) for mount in mounts)
    roots.extend(_dropbox_roots(env, home))
    roots.extend(_owncloud_family_roots(env, home))
    if platform == "darwin":
        # iCloud "Desktop & Documents": iCloud Drive then holds Desktop and Documents folders
        # and the ones in the home folder are uploaded.
        icloud = home / "Library" / "Mobile Documents" / "com~apple~CloudDocs"
        for name in ("Desktop", "Documents"):
            if (icloud / name).is_dir():
                roots.append((SyncClient.ICLOUD_DRIVE, home / name))
    return roots


def _dropbox_roots(env: Mapping[str, str], home: Path) -> list[tuple[SyncClient, Path]]:
    roots: list[tuple[SyncClient, Path]] = []
    candidates = [home / ".dropbox" / "info.json"]
    for var in ("APPDATA", "LOCALAPPDATA"):
        if env.get(var):
            candidates.append(Path(env[var]) / "Dropbox" / "info.json")
    for info in candidates:
        try:
            data = json.loads(info.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict):
            for account in data.values():
                if isinstance(account, dict) and isinstance(account.get("path"), str):
                    roots.append((SyncClient.DROPBOX, Path(account["path"])))
    return roots


# Nextcloud's desktop client and SURFdrive (a branded ownCloud client) list their folders as
# ``0\Folders\1\localPath=...`` lines in an INI file in the user's config folder.
_OWNCLOUD_CONFIGS = ((SyncClient.NEXTCLOUD, "Nextcloud", "nextcloud.cfg"),
                     (SyncClient.SURFDRIVE, "SURFdrive", "surfdrive.cfg"))


def _owncloud_family_roots(env: Mapping[str, str], home: Path) -> list[tuple[SyncClient, Path]]:
    bases = [Path(env["XDG_CONFIG_HOME"])] if env.get("XDG_CONFIG_HOME") else []
    bases += [home / ".config", home / "Library" / "Preferences"]
    if env.get("APPDATA"):
        bases.append(Path(env["APPDATA"]))
    roots: list[tuple[SyncClient, Path]] = []
    for client, folder, name in _OWNCLOUD_CONFIGS:
        for base in bases:
            try:
                text = (base / folder / name).read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            for line in text.splitlines():
                key, _, value = line.partition("=")
                if key.strip().endswith("localPath") and value.strip():
                    roots.append((client, Path(value.strip())))
    return roots


def _onedrive_registry_mounts(platform: str) -> list[str]:
    """Every folder OneDrive syncs on Windows, SharePoint and Teams libraries included
    (``HKCU\\Software\\SyncEngines\\Providers\\OneDrive\\*\\MountPoint``)."""
    if not platform.startswith("win") or not sys.platform.startswith("win"):
        return []
    import winreg  # type: ignore[import-not-found,unused-ignore]

    mounts: list[str] = []
    try:
        providers = winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\SyncEngines\Providers\OneDrive")
    except OSError:
        return []
    with providers:
        index = 0
        while True:
            try:
                name = winreg.EnumKey(providers, index)
            except OSError:
                break
            index += 1
            try:
                with winreg.OpenKey(providers, name) as provider:
                    value, _ = winreg.QueryValueEx(provider, "MountPoint")
            except OSError:
                continue
            if isinstance(value, str) and value:
                mounts.append(value)
    return mounts


def _is_within(path: PurePath, root: PurePath) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def sync_warning(
    path: str | os.PathLike[str], *, env: Mapping[str, str] | None = None, home: Path | None = None,
    platform: str | None = None, onedrive_mounts: list[str] | None = None,
) -> SyncWarning | None:
    """A warning when ``path`` (a file or folder, existing or not) lies in a synced folder.

    ``onedrive_mounts`` stands in for the Windows registry's list of OneDrive folders in tests.
    """
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    platform = sys.platform if platform is None else platform
    target = Path(os.path.abspath(os.fspath(path)))
    with_links = _resolved(target)
    roots = _configured_roots(env, home, platform, onedrive_mounts)
    for candidate in dict.fromkeys((target, with_links)):
        for announced, root in roots:
            root_abs = Path(os.path.abspath(root))
            if _is_within(candidate, root_abs) or _is_within(candidate, _resolved(root_abs)):
                return SyncWarning(announced, str(root_abs))
        parts = candidate.parts
        for index, part in enumerate(parts):
            if part.casefold() == "cloudstorage" and index + 1 < len(parts):
                # macOS File Provider: ~/Library/CloudStorage/<Provider>-<account>
                provider = _provider(parts[index + 1])
                if provider is not None:
                    return SyncWarning(provider, str(Path(*parts[: index + 2])))
            client = _client_of_component(part)
            if client is not None:
                return SyncWarning(client, str(Path(*parts[: index + 1])))
    return None


def _provider(name: str) -> SyncClient | None:
    lowered = name.casefold()
    for prefix, client in (("onedrive", SyncClient.ONEDRIVE), ("dropbox", SyncClient.DROPBOX),
                           ("googledrive", SyncClient.GOOGLE_DRIVE), ("icloud", SyncClient.ICLOUD_DRIVE)):
        if lowered.startswith(prefix):
            return client
    return None


def _resolved(path: Path) -> Path:
    """``path`` with symbolic links resolved as far as it exists (a link into Dropbox counts)."""
    try:
        return path.resolve(strict=False)
    except (OSError, RuntimeError):
        return path


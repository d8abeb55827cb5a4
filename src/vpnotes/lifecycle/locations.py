"""Where files go: the default backup folder (the user's data folder, never beside
the vault) and whether a path lies in a folder that a sync client uploads
(OneDrive, Dropbox, Google Drive, iCloud Drive), so the app can warn the VP
before a vault, a backup or an export leaves the laptop (DESIGN.md §3).

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


class SyncClient(StrEnum):
    ONEDRIVE = "onedrive"
    DROPBOX = "dropbox"
    GOOGLE_DRIVE = "google_drive"
    ICLOUD_DRIVE = "icloud_drive"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    SyncClient.ONEDRIVE: "OneDrive",
    SyncClient.DROPBOX: "Dropbox",
    SyncClient.GOOGLE_DRIVE: "Google Drive",
    SyncClient.ICLOUD_DRIVE: "iCloud Drive",
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


def default_backup_folder(
    *, platform: str | None = None, env: Mapping[str, str] | None = None, home: Path | None = None
) -> Path:
    """The user's data folder for backups: ``%APPDATA%\\vpnotes\\backups`` on Windows,
    ``~/Library/Application Support/vpnotes/backups`` on macOS, otherwise
    ``$XDG_DATA_HOME/vpnotes/backups`` (``~/.local/share`` when unset)."""
    platform = sys.platform if platform is None else platform
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    if platform.startswith("win"):
        base = Path(env["APPDATA"]) if env.get("APPDATA") else home / "AppData" / "Roaming"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = env.get("XDG_DATA_HOME", "")
        # The XDG spec says a relative value is invalid and must be ignored.
        base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "share"
    return base / APP_FOLDER / BACKUP_SUBFOLDER


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
    return None


def _configured_roots(env: Mapping[str, str], home: Path) -> list[tuple[SyncClient, Path]]:
    """Synced folders the clients announce: OneDrive's environment variables and
    Dropbox's ``info.json`` (which holds the real path when the user moved the folder)."""
    roots: list[tuple[SyncClient, Path]] = []
    for var in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        value = env.get(var)
        if value:
            roots.append((SyncClient.ONEDRIVE, Path(value)))
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


def _is_within(path: PurePath, root: PurePath) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def sync_warning(
    path: str | os.PathLike[str], *, env: Mapping[str, str] | None = None, home: Path | None = None
) -> SyncWarning | None:
    """A warning when ``path`` (a file or folder, existing or not) lies in a synced folder."""
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    target = Path(os.path.abspath(os.fspath(path)))
    with_links = _resolved(target)
    for candidate in dict.fromkeys((target, with_links)):
        for announced, root in _configured_roots(env, home):
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


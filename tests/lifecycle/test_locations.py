"""Default backup folder per platform and detection of synced folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vpnotes.lifecycle.locations import SyncClient, default_backup_folder, sync_warning

HOME = Path("/home/vp")


def test_default_backup_folder_per_platform() -> None:
    assert default_backup_folder(platform="linux", env={}, home=HOME) == HOME / ".local/share/vpnotes/backups"
    assert default_backup_folder(platform="linux", env={"XDG_DATA_HOME": "/data"}, home=HOME) == Path(
        "/data/vpnotes/backups")
    assert default_backup_folder(platform="linux", env={"XDG_DATA_HOME": "relatief"}, home=HOME) == (
        HOME / ".local/share/vpnotes/backups")
    assert default_backup_folder(platform="darwin", env={}, home=HOME) == (
        HOME / "Library/Application Support/vpnotes/backups")
    assert default_backup_folder(platform="win32", env={"APPDATA": "/c/Users/vp/AppData/Roaming"}, home=HOME) == (
        Path("/c/Users/vp/AppData/Roaming/vpnotes/backups"))


@pytest.mark.parametrize(("path", "client"), [
    ("/home/vp/OneDrive/notes.vpnotes", SyncClient.ONEDRIVE),
    ("/home/vp/OneDrive - Acme BV/VP/notes.vpnotes", SyncClient.ONEDRIVE),
    ("/home/vp/Dropbox/notes.vpnotes", SyncClient.DROPBOX),
    ("/home/vp/Dropbox (Persoonlijk)/x/notes.vpnotes", SyncClient.DROPBOX),
    ("/home/vp/Google Drive/notes.vpnotes", SyncClient.GOOGLE_DRIVE),
    ("/Volumes/GoogleDrive/My Drive/notes.vpnotes", SyncClient.GOOGLE_DRIVE),
    ("/home/vp/Library/Mobile Documents/com~apple~CloudDocs/notes.vpnotes", SyncClient.ICLOUD_DRIVE),
    ("/home/vp/Library/CloudStorage/OneDrive-Persoonlijk/notes.vpnotes", SyncClient.ONEDRIVE),
    ("/home/vp/Library/CloudStorage/GoogleDrive-vp@example.org/Mijn Drive/notes.vpnotes",
     SyncClient.GOOGLE_DRIVE),
    ("/home/vp/iCloudDrive/notes.vpnotes", SyncClient.ICLOUD_DRIVE),
])
def test_synced_folders_are_recognised(path: str, client: SyncClient) -> None:
    warning = sync_warning(path, env={}, home=HOME)
    assert warning is not None and warning.client is client
    assert warning.client.label in warning.message


def test_plain_folders_are_not_flagged() -> None:
    for path in ("/home/vp/Documenten/notes.vpnotes", "/home/vp/.local/share/vpnotes/backups",
                 "/home/vp/dropboxing-notes/x.vpnotes"):
        assert sync_warning(path, env={}, home=HOME) is None


def test_announced_roots_count_wherever_they_are(tmp_path: Path) -> None:
    moved = tmp_path / "werk-sync"
    (tmp_path / ".dropbox").mkdir()
    (tmp_path / ".dropbox" / "info.json").write_text(json.dumps({"business": {"path": str(moved)}}))
    warning = sync_warning(moved / "vp" / "notes.vpnotes", env={}, home=tmp_path)
    assert warning is not None and warning.client is SyncClient.DROPBOX
    onedrive = tmp_path / "Bedrijf"
    warning = sync_warning(onedrive / "a.vpnotes", env={"OneDriveCommercial": str(onedrive)}, home=tmp_path)
    assert warning is not None and warning.client is SyncClient.ONEDRIVE


def test_a_link_into_a_synced_folder_counts(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox" / "vp"
    synced.mkdir(parents=True)
    link = tmp_path / "gewoon"
    link.symlink_to(synced)
    warning = sync_warning(link / "notes.vpnotes", env={}, home=tmp_path / "elders")
    assert warning is not None and warning.client is SyncClient.DROPBOX

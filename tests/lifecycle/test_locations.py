"""Default backup folder per platform and detection of synced folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vpnotes.lifecycle.locations import (
    SyncClient,
    default_backup_folder,
    portable_data_folder,
    sync_warning,
    usable_backup_folder,
)

HOME = Path("/home/vp")


def test_default_backup_folder_per_platform() -> None:
    assert default_backup_folder(platform="linux", env={}, home=HOME) == HOME / ".local/share/vpnotes/backups"
    assert default_backup_folder(platform="linux", env={"XDG_DATA_HOME": "/data"}, home=HOME) == Path(
        "/data/vpnotes/backups")
    assert default_backup_folder(platform="linux", env={"XDG_DATA_HOME": "relatief"}, home=HOME) == (
        HOME / ".local/share/vpnotes/backups")
    assert default_backup_folder(platform="darwin", env={}, home=HOME) == (
        HOME / "Library/Application Support/vpnotes/backups")
    # Local, not Roaming: a domain profile copies Roaming AppData to a server.
    windows = {"APPDATA": "/c/Users/vp/AppData/Roaming", "LOCALAPPDATA": "/c/Users/vp/AppData/Local"}
    assert default_backup_folder(platform="win32", env=windows, home=HOME) == (
        Path("/c/Users/vp/AppData/Local/vpnotes/backups"))
    assert default_backup_folder(platform="win32", env={}, home=HOME) == HOME / "AppData/Local/vpnotes/backups"


def test_portable_mode_keeps_backups_beside_the_executable(tmp_path: Path) -> None:
    executable = tmp_path / "vpnotes" / "vpnotes.exe"
    executable.parent.mkdir()
    executable.write_bytes(b"")
    assert portable_data_folder(executable=str(executable), frozen=True) is None
    (executable.parent / "vpnotes.portable").write_text("")
    data = portable_data_folder(executable=str(executable), frozen=True)
    assert data == executable.parent / "vpnotes-data"
    assert portable_data_folder(executable=str(executable), frozen=False) is None  # a checkout is never portable
    assert default_backup_folder(platform="win32", env={}, home=HOME, portable=data) == data / "backups"


@pytest.mark.parametrize(("chosen", "platform"), [
    ("C:\\Users\\piet\\AppData\\Local\\vpnotes\\backups", "linux"),
    ("C:/Users/piet/backups", "darwin"),
    ("\\\\server\\share\\backups", "linux"),
    ("/Users/piet/Library/Application Support/vpnotes/backups", "win32"),
    ("relatief/pad", "linux"),
    ("", "linux"),
])
def test_a_foreign_backup_folder_is_ignored(chosen: str, platform: str) -> None:
    assert usable_backup_folder(chosen, platform=platform) is None


def test_a_chosen_backup_folder_is_used_only_where_it_can_exist(tmp_path: Path) -> None:
    assert usable_backup_folder(str(tmp_path), platform="linux") == tmp_path
    assert usable_backup_folder(str(tmp_path / "nieuw"), platform="linux") == tmp_path / "nieuw"
    # A stick that is not plugged in: nothing is created, the default is used.
    assert usable_backup_folder(str(tmp_path / "STICK" / "kopieen"), platform="linux") is None
    assert not (tmp_path / "STICK").exists()


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
    ("/home/vp/Nextcloud/VP/notes.vpnotes", SyncClient.NEXTCLOUD),
    ("/home/vp/SURFdrive/notes.vpnotes", SyncClient.SURFDRIVE),
    ("/home/vp/Library/CloudStorage/OneDrive-SharedLibraries-AcmeBV/VP/notes.vpnotes", SyncClient.ONEDRIVE),
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


def test_sharepoint_and_teams_libraries_synced_by_onedrive(tmp_path: Path) -> None:
    business = tmp_path / "OneDrive - Acme BV"
    library = tmp_path / "Acme BV" / "Team VP - Documenten" / "notes.vpnotes"
    warning = sync_warning(library, env={"OneDriveCommercial": str(business)}, home=tmp_path, onedrive_mounts=[])
    assert warning is not None and warning.client is SyncClient.ONEDRIVE
    # A library mounted elsewhere is known from the registry's list of OneDrive folders.
    elsewhere = tmp_path / "Teams" / "Vertrouwenspersonen - Gedeelde documenten"
    assert sync_warning(elsewhere / "x.vpnotes", env={}, home=tmp_path, onedrive_mounts=[]) is None
    warning = sync_warning(elsewhere / "x.vpnotes", env={}, home=tmp_path, onedrive_mounts=[str(elsewhere)])
    assert warning is not None and warning.client is SyncClient.ONEDRIVE


@pytest.mark.parametrize(("folder", "name", "client"), [
    ("Nextcloud", "nextcloud.cfg", SyncClient.NEXTCLOUD),
    ("SURFdrive", "surfdrive.cfg", SyncClient.SURFDRIVE),
])
def test_nextcloud_and_surfdrive_folders_from_their_configuration(tmp_path: Path, folder: str, name: str,
                                                                  client: SyncClient) -> None:
    synced = tmp_path / "werk" / "gedeeld"
    config = tmp_path / "config" / folder
    config.mkdir(parents=True)
    (config / name).write_text(f"[Accounts]\n0\\Folders\\1\\localPath={synced}/\n", encoding="utf-8")
    warning = sync_warning(synced / "notes.vpnotes", env={"XDG_CONFIG_HOME": str(tmp_path / "config")},
                           home=tmp_path, onedrive_mounts=[])
    assert warning is not None and warning.client is client


def test_icloud_desktop_and_documents_on_macos(tmp_path: Path) -> None:
    documents = tmp_path / "Documents" / "notes.vpnotes"
    assert sync_warning(documents, env={}, home=tmp_path, platform="darwin", onedrive_mounts=[]) is None
    (tmp_path / "Library" / "Mobile Documents" / "com~apple~CloudDocs" / "Documents").mkdir(parents=True)
    warning = sync_warning(documents, env={}, home=tmp_path, platform="darwin", onedrive_mounts=[])
    assert warning is not None and warning.client is SyncClient.ICLOUD_DRIVE
    # Linux has no such thing: the same folders there are not flagged.
    assert sync_warning(documents, env={}, home=tmp_path, platform="linux", onedrive_mounts=[]) is None

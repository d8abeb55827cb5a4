"""Backups: on demand and automatic (once a day, keep N, default folder in the
user's data folder), names without case data, restore to a new path, and that a
backup opens with the passphrase of its moment."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from helpers import OTHER_PASSPHRASE, PASSPHRASE, sample_case
from vpnotes.errors import DestinationExists, DiskFull, InvalidInput, NotAVault, WrongPassphrase
from vpnotes.lifecycle.backup import (
    auto_backup,
    backup,
    backup_folder,
    delete_backup,
    known_backups,
    restore_backup,
)
from vpnotes.lifecycle.passphrase import change_passphrase
from vpnotes.store.notebook import Notebook
from vpnotes.store.vault import Vault


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home / "vpnotes" / "backups"


def test_backup_on_demand_refuses_an_existing_destination(notebook: Notebook, tmp_path: Path) -> None:
    notebook.cases.add(sample_case())
    dest = backup(notebook, tmp_path / "kopie.vpnotes")
    assert oct(dest.stat().st_mode & 0o777) == "0o600"
    with Notebook.open(dest, PASSPHRASE, record=False) as copy:
        assert copy.cases.search("anna") != [] and copy.check() == []
    other = tmp_path / "bestaat.vpnotes"
    other.write_bytes(b"van iemand anders")
    for target in (dest, other, notebook.vault.path):
        with pytest.raises(DestinationExists):
            backup(notebook, target)
    assert other.read_bytes() == b"van iemand anders"
    assert [e.detail for e in notebook.audit.entries() if e.event == "backup"] == ["manual"]


def test_backups_open_with_the_passphrase_of_their_moment(notebook: Notebook, tmp_path: Path,
                                                          data_home: Path) -> None:
    first_case = notebook.cases.add(sample_case())
    before = backup(notebook, tmp_path / "voor.vpnotes")
    change_passphrase(notebook, OTHER_PASSPHRASE)
    notebook.cases.add(sample_case(reference="2026-900"))
    after = backup(notebook, tmp_path / "na.vpnotes")
    with pytest.raises(WrongPassphrase):
        Notebook.open(before, OTHER_PASSPHRASE)
    with Notebook.open(before, PASSPHRASE, record=False) as old:
        assert old.cases.ids() == [first_case]
    with pytest.raises(WrongPassphrase):
        Notebook.open(after, PASSPHRASE)
    with Notebook.open(after, OTHER_PASSPHRASE, record=False) as new:
        assert len(new.cases.ids()) == 2
    assert [(b.path, b.current_passphrase) for b in known_backups(notebook)] == [(before, False), (after, True)]


def test_auto_backup_once_a_day_in_the_data_folder_keeping_n(notebook: Notebook, data_home: Path) -> None:
    assert backup_folder(notebook) == data_home
    assert data_home.parent.parent != notebook.vault.path.parent
    notebook.policy.set("backup.keep", 3)
    made = []
    for day in range(1, 6):
        first = auto_backup(notebook, now=datetime(2026, 3, day, 17, 30, 5))
        assert first is not None
        assert auto_backup(notebook, now=datetime(2026, 3, day, 22, 0, 0)) is None  # once a day
        made.append(first)
    names = sorted(p.name for p in data_home.iterdir())
    assert names == sorted(p.name for p in made[-3:])
    notebook_id = names[0].split("-")[1]
    assert names[0] == f"vpnotes-{notebook_id}-20260303-173005.vpnotes"
    assert "acme" not in "".join(names) and "test" not in "".join(names)
    assert oct(data_home.stat().st_mode & 0o777) == "0o700"
    assert [b.path for b in known_backups(notebook)] == made[-3:]
    with Notebook.open(made[-1], PASSPHRASE, record=False) as copy:
        assert copy.check() == []


def test_auto_backup_respects_policy(notebook: Notebook, tmp_path: Path, data_home: Path) -> None:
    chosen = tmp_path / "mijn kopieën"
    notebook.policy.set("backup.folder", str(chosen))
    path = auto_backup(notebook, now=datetime(2026, 3, 1, 9, 0, 0))
    assert path is not None and path.parent == chosen
    notebook.policy.set("backup.enabled", "nee")
    assert auto_backup(notebook, now=datetime(2026, 3, 2, 9, 0, 0)) is None
    assert not data_home.exists()


def test_other_files_in_the_folder_are_left_alone(notebook: Notebook, data_home: Path) -> None:
    data_home.mkdir(parents=True)
    foreign = data_home / "vpnotes-000000000000-20200101-000000.vpnotes"
    foreign.write_bytes(b"een ander notitieboek")
    notebook.policy.set("backup.keep", 1)
    auto_backup(notebook, now=datetime(2026, 3, 1, 9, 0, 0))
    auto_backup(notebook, now=datetime(2026, 3, 2, 9, 0, 0))
    assert foreign.exists() and len(list(data_home.iterdir())) == 2
    with pytest.raises(InvalidInput):
        delete_backup(notebook, foreign)


def test_restore_copies_to_a_new_path(notebook: Notebook, tmp_path: Path) -> None:
    notebook.cases.add(sample_case())
    source = backup(notebook, tmp_path / "kopie.vpnotes")
    original = source.read_bytes()
    restored = restore_backup(source, tmp_path / "hersteld.vpnotes", passphrase=PASSPHRASE)
    assert restored.read_bytes() == original and source.read_bytes() == original
    assert oct(restored.stat().st_mode & 0o777) == "0o600"
    with Notebook.open(restored, PASSPHRASE) as nb:
        assert nb.cases.search("anna") != []
    with pytest.raises(DestinationExists):
        restore_backup(source, restored)
    with pytest.raises(WrongPassphrase):
        restore_backup(source, tmp_path / "fout.vpnotes", passphrase=OTHER_PASSPHRASE)
    assert not (tmp_path / "fout.vpnotes").exists()
    junk = tmp_path / "geen.vpnotes"
    junk.write_bytes(b"x" * 4096)
    with pytest.raises(NotAVault):
        restore_backup(junk, tmp_path / "ook-niet.vpnotes")
    leftovers = [p.name for p in tmp_path.iterdir() if "vpnotes-tmp" in p.name]
    assert leftovers == []


def test_delete_a_known_backup(notebook: Notebook, tmp_path: Path, data_home: Path) -> None:
    manual = backup(notebook, tmp_path / "kopie.vpnotes")
    delete_backup(notebook, manual)
    assert not manual.exists() and known_backups(notebook) == []
    assert notebook.audit.entries()[-1].event == "backup_deleted"


def test_an_automatic_backup_that_fails_half_way_pushes_no_good_one_out(
        notebook: Notebook, data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14 D3: a backup broken off half-way leaves no file under a backup's name, so the rotation
    neither counts it nor deletes a good backup for it, and tomorrow's backup is made as usual."""
    notebook.policy.set("backup.keep", 2)
    good = [auto_backup(notebook, now=datetime(2026, 3, day, 17, 0, 0)) for day in (1, 2)]
    real_export = Vault._export_to

    def broken_off(self: Vault, target: Path, *args: object) -> None:
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)  # a half-written copy
        raise DiskFull()  # what the vault makes of SQLITE_FULL during the export

    monkeypatch.setattr(Vault, "_export_to", broken_off)
    with pytest.raises(DiskFull):
        auto_backup(notebook, now=datetime(2026, 3, 3, 17, 0, 0))
    assert sorted(data_home.iterdir()) == sorted(p for p in good if p is not None)  # nothing added, nothing lost
    assert [b.path for b in known_backups(notebook)] == good
    monkeypatch.setattr(Vault, "_export_to", real_export)
    made = auto_backup(notebook, now=datetime(2026, 3, 3, 18, 0, 0))  # the same day: it was not made before
    assert made is not None
    assert sorted(data_home.iterdir()) == [good[1], made]
    with Notebook.open(made, PASSPHRASE, record=False) as copy:
        assert copy.check() == []

"""Passphrase change: fresh salt and key, the old passphrase stops working, the
new one must be strong, and the known backups that still use the old one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import OTHER_PASSPHRASE, PASSPHRASE, sample_case
from vpnotes.errors import ReadOnlyVault, WeakPassphrase, WrongPassphrase
from vpnotes.lifecycle.backup import backup, known_backups, reencrypt_backup
from vpnotes.lifecycle.passphrase import change_passphrase
from vpnotes.store import kdf
from vpnotes.store.notebook import Notebook
from vpnotes.store.vault import Vault


def test_new_salt_new_key_old_passphrase_stops_working(notebook: Notebook) -> None:
    case_id = notebook.cases.add(sample_case())
    path = notebook.vault.path
    old_salt = kdf.read_header(path)
    change_passphrase(notebook, OTHER_PASSPHRASE, current_passphrase=PASSPHRASE)
    new_salt = kdf.read_header(path)
    assert new_salt != old_salt and new_salt[:5] == old_salt[:5]  # same magic and profile
    # The open notebook carries on with the new file.
    assert notebook.cases.get(case_id).melder.name == "Anna de Vries"
    assert notebook.audit.entries()[-1].event == "passphrase_changed"
    assert notebook.check() == []
    notebook.close()
    with pytest.raises(WrongPassphrase):
        Notebook.open(path, PASSPHRASE)
    with Notebook.open(path, OTHER_PASSPHRASE) as reopened:
        assert reopened.cases.search("anna") == [case_id]
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_weak_or_wrong_input_changes_nothing(notebook: Notebook) -> None:
    path = notebook.vault.path
    before = path.read_bytes()
    with pytest.raises(WeakPassphrase):
        change_passphrase(notebook, "kort")
    with pytest.raises(WeakPassphrase):
        change_passphrase(notebook, "wachtwoord12345")
    with pytest.raises(WrongPassphrase):
        change_passphrase(notebook, OTHER_PASSPHRASE, current_passphrase="niet de goede wachtzin hoor")
    assert path.read_bytes() == before


def test_profile_upgrade(notebook: Notebook) -> None:
    path = notebook.vault.path
    change_passphrase(notebook, OTHER_PASSPHRASE, profile=1)
    assert notebook.vault.profile.number == 1 and kdf.read_header(path)[4] == 1
    notebook.close()
    Notebook.open(path, OTHER_PASSPHRASE).close()


def test_read_only_vault_is_refused(notebook: Notebook, tmp_path: Path) -> None:
    path = notebook.vault.path
    notebook.close()
    with Notebook.from_vault(Vault.open(path, PASSPHRASE)) as nb:
        nb.vault.read_only = True  # as when the file lies on read-only media (tests run as root)
        with pytest.raises(ReadOnlyVault):
            change_passphrase(nb, OTHER_PASSPHRASE)


def test_stale_backups_are_listed_and_can_be_reencrypted(notebook: Notebook, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    notebook.cases.add(sample_case())
    old = backup(notebook, tmp_path / "old.vpnotes")
    result = change_passphrase(notebook, OTHER_PASSPHRASE)
    assert [b.path for b in result.stale_backups] == [old]
    # Until re-encrypted, the backup opens with the passphrase of its moment only.
    with pytest.raises(WrongPassphrase):
        Notebook.open(old, OTHER_PASSPHRASE)
    reencrypt_backup(notebook, old, PASSPHRASE)
    assert all(b.current_passphrase for b in known_backups(notebook))
    with Notebook.open(old, OTHER_PASSPHRASE, record=False) as restored:
        assert restored.cases.search("anna") != []
    with pytest.raises(WrongPassphrase):
        Notebook.open(old, PASSPHRASE)
    # No unfinished copy is left beside the backup or the vault (the open vault's journal is empty).
    assert sorted(os.listdir(tmp_path)) == ["old.vpnotes", "test.vpnotes", "test.vpnotes-journal"]
    assert (tmp_path / "test.vpnotes-journal").stat().st_size == 0

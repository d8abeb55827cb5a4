"""Copies and clean-up under adverse conditions (issue 14 D20, D27, D3):

- a read-only notebook makes no backup, handover or access extract it cannot
  log, and says why; a destination folder that cannot be written is blamed on
  the destination, not on the notebook;
- a purge whose index merge and VACUUM fail on a full disk says exactly what
  was done, and the next open finishes the clean-up;
- a backup name that is taken by a leftover is never counted or overwritten.
"""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from helpers import OTHER_PASSPHRASE, PASSPHRASE, new_notebook, run_cli
from helpers.lifecycle_data import planted_case, planted_tokens
from helpers.rawpages import tokens_found
from vpnotes.errors import CannotLog, CleanupPending, DestinationNotWritable, ReadOnlyVault
from vpnotes.lifecycle.access import build_extract, write_extract
from vpnotes.lifecycle.backup import backup
from vpnotes.lifecycle.handover import handover
from vpnotes.lifecycle.retention import purge
from vpnotes.store import tempfiles, vault
from vpnotes.store.notebook import Notebook


@pytest.fixture
def read_only_location(monkeypatch: pytest.MonkeyPatch) -> None:
    """os.access says "not writable" (as on a write-protected stick), which works as root too."""
    real_access = os.access

    def no_write(target: Any, mode: int, **kwargs: Any) -> bool:
        return False if mode & os.W_OK else real_access(target, mode)

    monkeypatch.setattr(os, "access", no_write)


def test_a_read_only_notebook_makes_nothing_it_cannot_log(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    path = tmp_path / "nb" / "v.vpnotes"
    path.parent.mkdir()
    with new_notebook(path) as notebook:
        notebook.cases.add(planted_case("qzro", closed=None))
    before = path.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    request.getfixturevalue("read_only_location")  # from here on, as on a write-protected stick
    with Notebook.open(path, PASSPHRASE) as notebook:
        assert notebook.vault.read_only
        extract = build_extract(notebook, "Xaviera qzromelder")
        for attempt in (
            lambda: backup(notebook, out / "b.vpnotes"),  # was written without an audit entry
            lambda: write_extract(notebook, extract, out / "inzage.json"),  # was written without an audit entry
            lambda: handover(notebook, out / "h.vpnotes", OTHER_PASSPHRASE),
        ):
            with pytest.raises(CannotLog) as caught:
                attempt()
            assert isinstance(caught.value, ReadOnlyVault) and caught.value.exit_code == 6
            assert "logboek" in caught.value.nl
    assert os.listdir(out) == []
    assert path.read_bytes() == before


def test_a_destination_that_cannot_be_written_is_blamed_on_the_destination(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:
        notebook.cases.add(planted_case("qzdest", closed=None))
    locked = tmp_path / "locked"
    locked.mkdir()
    real_open = os.open

    def refusing(target: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(os.fsdecode(target)).parent == locked or Path(os.fsdecode(target)) == locked:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(target, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    with Notebook.open(path, PASSPHRASE) as notebook:
        for attempt in (lambda: backup(notebook, locked / "b.vpnotes"),
                        lambda: handover(notebook, locked / "h.vpnotes", OTHER_PASSPHRASE),
                        lambda: write_extract(notebook, build_extract(notebook, "Xaviera qzdestmelder"),
                                              locked / "inzage.json")):
            with pytest.raises(DestinationNotWritable) as caught:  # was "the notebook is read-only"
                attempt()
            assert "doelmap" in caught.value.nl and caught.value.exit_code == 6
        assert not notebook.vault.read_only
    assert os.listdir(locked) == []


class _VacuumOnFullDisk:
    """The notebook's connection on a disk with room for the purge but not for its VACUUM."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.strip().upper() == "VACUUM":
            error = sqlcipher3.OperationalError("database or disk is full")
            error.sqlite_errorcode = vault.SQLITE_FULL
            raise error
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_a_purge_whose_clean_up_fails_says_what_was_done_and_finishes_at_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:
        gone = notebook.cases.add(planted_case("qzfull", closed=date(2021, 12, 1)))
        kept = notebook.cases.add(planted_case("qzkeep", closed=None))
        notebook.vault._conn = _VacuumOnFullDisk(notebook.vault._conn)
        with pytest.raises(CleanupPending) as caught:
            purge(notebook, [gone], today=date(2026, 1, 1))
        # Not "De schijf is vol; er is niets gewijzigd." (false): what was done, and what follows.
        assert "niets gewijzigd" not in caught.value.nl
        assert caught.value.nl.startswith("Geschoond: 1 zaak/zaken teruggebracht tot hun skelet")
        assert "bij het volgende openen" in caught.value.nl and caught.value.exit_code == 6
        notebook.vault._conn = notebook.vault._conn._conn
        assert notebook.cases.get(gone).purged  # the purge itself is committed
        assert notebook.vault.cleanup_pending
    with Notebook.open(path, PASSPHRASE) as notebook:  # the disk has room again
        assert not notebook.vault.cleanup_pending
        assert notebook.cases.get(kept).melder.name == "Xaviera qzkeepmelder"
        assert notebook.check() == []
    assert tokens_found(path, PASSPHRASE, planted_tokens("qzfull")) == []  # no erased token in free pages


def test_a_still_full_disk_does_not_stop_the_notebook_from_opening(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook, notebook.vault.transaction(erasing=True):
        pass  # a committed erasure whose clean-up never ran (a crash right after)
    monkeypatch.setattr(vault.Vault, "compact", lambda self: (_ for _ in ()).throw(CleanupPending()))
    with Notebook.open(path, PASSPHRASE) as notebook:
        assert notebook.vault.cleanup_pending  # still pending; it opened all the same
    monkeypatch.undo()
    with Notebook.open(path, PASSPHRASE) as notebook:
        assert not notebook.vault.cleanup_pending


def test_cli_purge_on_a_full_disk_clean_up(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:
        notebook.cases.add(planted_case("qzcli", closed=date(2021, 12, 1)))
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "from vpnotes.errors import CleanupPending\n"
        "from vpnotes.store.vault import Vault\n"
        "def compact(self):\n"
        "    raise CleanupPending()\n"
        "Vault.compact = compact\n", encoding="utf-8")
    result = run_cli("purge", str(path), "--yes", "--passphrase-stdin", stdin=PASSPHRASE + "\n",
                     env={"PYTHONPATH": str(site)})
    assert result.returncode == 6, result.stderr
    assert "Geschoond: 1 zaak/zaken" in result.stderr and "niets gewijzigd" not in result.stderr
    with Notebook.open(path, PASSPHRASE) as notebook:
        assert not notebook.vault.cleanup_pending
    assert tokens_found(path, PASSPHRASE, planted_tokens("qzcli")) == []


KILLED_DURING_THE_REDUCTION = """
import os, signal, sys
from vpnotes.lifecycle import handover as module
from vpnotes.store.notebook import Notebook
real = module._strip_copy
def strip_then_die(conn, keys, reduce):
    real(conn, keys, reduce)  # the copy is reduced inside its transaction, not yet committed
    os.kill(os.getpid(), signal.SIGKILL)
module._strip_copy = strip_then_die
notebook = Notebook.open(sys.argv[1], sys.argv[3])
module.handover(notebook, sys.argv[2], sys.argv[4])
"""


def test_a_handover_killed_during_the_reduction_leaves_nothing_at_the_destination(tmp_path: Path) -> None:
    """Issue 14 D1: the copy was exported to DEST and reduced there; a kill left the whole notebook."""
    import signal
    import subprocess
    import sys

    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:
        notebook.cases.add(planted_case("qzwhole", closed=None))
    dest = tmp_path / "out" / "opvolger.vpnotes"
    dest.parent.mkdir()
    child = subprocess.run([sys.executable, "-c", KILLED_DURING_THE_REDUCTION, str(path), str(dest), PASSPHRASE,
                            "oranje kameel danst rond elf vuurtorens"], capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert not dest.exists()  # only an encrypted temporary file, under a name nobody opens...
    left = os.listdir(dest.parent)  # the copy and its journal
    assert left and all(tempfiles.is_temp_name(name) and name.startswith(".opvolger.vpnotes.") for name in left)
    with Notebook.open(path, PASSPHRASE) as notebook:
        backup(notebook, dest.parent / "later.vpnotes")  # ...gone at the next write there
    assert os.listdir(dest.parent) == ["later.vpnotes"]

"""Issue 8's storage defects, each reproduced by simulating the other system here:
Windows refusing fsync on a read-only handle, FAT32/exFAT refusing hard links,
Windows programs holding a file (WinError 32), hidden temporary files, macOS's
cache flush, and an I/O error in the middle of a transaction."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from helpers import OTHER_PASSPHRASE, PASSPHRASE, new_notebook, run_cli, sample_case
from vpnotes.domain.model import InformalIntervention, Organisation
from vpnotes.domain.vocabulary import InterventionType, Sector
from vpnotes.errors import DestinationExists, DiskFull, FileBusy, ReadOnlyVault, StorageGone
from vpnotes.interchange.export import export_file
from vpnotes.lifecycle.backup import backup, restore_backup
from vpnotes.lifecycle.contribution import write_contribution
from vpnotes.lifecycle.passphrase import change_passphrase
from vpnotes.practice.flemish_documents import write_intervention_document, write_register
from vpnotes.report.joint import open_contribution
from vpnotes.store import platform, tempfiles, vault
from vpnotes.store.files import write_new_file
from vpnotes.store.notebook import Notebook
from vpnotes.store.vault import Vault


def _only(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


# -- fsync on Windows: a read-only handle gives EBADF --------------------------------------------


@pytest.fixture
def windows_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """os.fsync as Windows does it: EBADF on a handle opened without write access."""
    modes: dict[int, int] = {}
    real_open, real_fsync = os.open, os.fsync

    def fake_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        fd = real_open(path, flags, *args, **kwargs)
        modes[fd] = flags & (os.O_RDONLY | os.O_WRONLY | os.O_RDWR)
        return fd

    def fake_fsync(fd: Any) -> None:
        number = fd if isinstance(fd, int) else fd.fileno()
        if modes.get(number, os.O_RDWR) == os.O_RDONLY:
            raise OSError(errno.EBADF, "Bad file descriptor")
        real_fsync(fd)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "fsync", fake_fsync)


@pytest.mark.usefixtures("windows_fsync")
def test_create_backup_passwd_restore_work_where_fsync_needs_write_access(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:
        notebook.cases.add(sample_case())
        backup(notebook, tmp_path / "b.vpnotes")
        change_passphrase(notebook, OTHER_PASSPHRASE)
    restore_backup(tmp_path / "b.vpnotes", tmp_path / "r.vpnotes", passphrase=PASSPHRASE)
    with Notebook.open(tmp_path / "r.vpnotes", PASSPHRASE) as restored:
        assert len(restored.cases.all()) == 1
    assert _only(tmp_path) == ["b.vpnotes", "r.vpnotes", "v.vpnotes"]


def test_macos_flushes_the_drive_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fcntl

    calls: list[int] = []
    monkeypatch.setattr(platform, "IS_MACOS", True)
    monkeypatch.setattr(fcntl, "F_FULLFSYNC", platform.F_FULLFSYNC, raising=False)
    monkeypatch.setattr(fcntl, "fcntl", lambda fd, command, *rest: calls.append(command))
    target = tmp_path / "f.txt"
    target.write_bytes(b"x")
    platform.fsync_file(target)
    assert calls == [platform.F_FULLFSYNC]


def test_sqlite_is_told_to_flush_fully(tmp_path: Path) -> None:
    with new_notebook(tmp_path / "v.vpnotes") as notebook:
        assert notebook.vault.query_one("PRAGMA fullfsync")[0] == 1  # F_FULLFSYNC on macOS; ignored elsewhere


# -- FAT32/exFAT: no hard links ------------------------------------------------------------------


@pytest.fixture
def fat_stick(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file system like FAT32 under an older kernel: no hard links, no renameat2, no O_TMPFILE."""

    def no_link(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_link)
    monkeypatch.setattr(platform, "_renameat2_noreplace", lambda src, dst: False)
    monkeypatch.delattr(os, "O_TMPFILE", raising=False)


@pytest.mark.usefixtures("fat_stick")
def test_init_export_backup_work_without_hard_links_and_never_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:  # was "alleen-lezen locatie" (exit 6)
        notebook.cases.add(sample_case())
        export_file(notebook, tmp_path / "export.json")
        backup(notebook, tmp_path / "b.vpnotes")
        (tmp_path / "taken.json").write_text("van iemand anders", encoding="utf-8")
        with pytest.raises(DestinationExists):
            export_file(notebook, tmp_path / "taken.json")
        with pytest.raises(DestinationExists):
            backup(notebook, tmp_path / "taken.json")
    assert (tmp_path / "taken.json").read_text(encoding="utf-8") == "van iemand anders"
    assert "Anna de Vries" in (tmp_path / "export.json").read_text(encoding="utf-8")
    with pytest.raises(DestinationExists):
        Vault.create(tmp_path / "taken.json", PASSPHRASE, profile=0)
    assert _only(tmp_path) == ["b.vpnotes", "export.json", "taken.json", "v.vpnotes"]


@pytest.mark.usefixtures("fat_stick")
def test_the_later_outputs_work_without_hard_links_and_never_overwrite(tmp_path: Path) -> None:
    """The contribution, the printed register and the intervention document (issues 10, 12) on a stick."""
    path, taken = tmp_path / "v.vpnotes", tmp_path / "taken.docx"
    taken.write_text("van iemand anders", encoding="utf-8")
    with new_notebook(path, organisation=None) as notebook:
        notebook.organisations.add(Organisation(key="gent", name="Stad Gent", sector=Sector.VLAANDEREN))
        notebook.cases.add(sample_case(organisation="gent", reference="VL-1", informal_intervention=(
            InformalIntervention(InterventionType.GESPREK, date(2026, 1, 14)))))
        notebook.register.add("gent", recorded=date(2026, 2, 3), description="Klant bedreigde het onthaal")
        write_contribution(notebook, tmp_path / "bijdrage.vpnotes", OTHER_PASSPHRASE, "gent", 2026)
        write_register(notebook, "gent", tmp_path / "register.docx")
        write_intervention_document(notebook, "VL-1", tmp_path / "interventie.docx")
        with pytest.raises(DestinationExists):
            write_contribution(notebook, taken, OTHER_PASSPHRASE, "gent", 2026)
        with pytest.raises(DestinationExists):
            write_register(notebook, "gent", taken)
        with pytest.raises(DestinationExists):
            write_intervention_document(notebook, "VL-1", taken)
    assert taken.read_text(encoding="utf-8") == "van iemand anders"
    assert _only(tmp_path) == ["bijdrage.vpnotes", "interventie.docx", "register.docx", "taken.docx", "v.vpnotes"]
    assert open_contribution(tmp_path / "bijdrage.vpnotes", OTHER_PASSPHRASE, 1).organisation.name == "Stad Gent"


def test_publish_refuses_a_destination_that_appears_meanwhile(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    for fallback in (False, True):
        if fallback:  # the last resort: neither renameat2 nor links
            monkeypatch.setattr(platform, "_renameat2_noreplace", lambda src, dst: False)
            monkeypatch.setattr(platform, "_link_then_unlink", lambda src, dst: False)
        source, dest = tmp_path / f"s{fallback}", tmp_path / f"d{fallback}"
        source.write_text("nieuw", encoding="utf-8")
        dest.write_text("oud", encoding="utf-8")
        with pytest.raises(DestinationExists):
            platform.publish(source, dest)
        assert dest.read_text(encoding="utf-8") == "oud"
        dest.unlink()
        platform.publish(source, dest)
        assert dest.read_text(encoding="utf-8") == "nieuw" and not source.exists()


VFAT_SCRIPT = r"""
set -u
mount -o loop,uid=0,gid=0,umask=077 "$1" "$2" || exit 97
"$3" -m vpnotes init "$2/stick.vpnotes" --passphrase-stdin < "$4" > /dev/null 2> "$5/init.err"
echo $? > "$5/init.rc"
"$3" -m vpnotes export "$2/stick.vpnotes" --out "$2/export.json" --yes --passphrase-stdin < "$4" 2> "$5/export.err"
echo $? > "$5/export.rc"
"$3" -m vpnotes backup "$2/stick.vpnotes" "$2/backup.vpnotes" --passphrase-stdin < "$4" 2> "$5/backup.err"
echo $? > "$5/backup.rc"
ls -A "$2" > "$5/listing"
umount "$2"
"""


def test_a_real_fat32_stick(tmp_path: Path) -> None:
    """On a mounted vfat image when this machine allows loop mounts; skipped elsewhere."""
    if shutil.which("mkfs.vfat") is None or shutil.which("unshare") is None:
        pytest.skip("mkfs.vfat (dosfstools) or unshare is not available")
    image, mount = tmp_path / "stick.img", tmp_path / "stick"
    mount.mkdir()
    with open(image, "wb") as handle:
        handle.truncate(16 * 1024 * 1024)
    subprocess.run(["mkfs.vfat", "-F", "32", str(image)], check=True, capture_output=True)
    (tmp_path / "pass").write_text(PASSPHRASE + "\n" + PASSPHRASE + "\n", encoding="utf-8")
    import sys

    result = subprocess.run(["unshare", "-m", "sh", "-c", VFAT_SCRIPT, "sh", str(image), str(mount), sys.executable,
                             str(tmp_path / "pass"), str(tmp_path)], capture_output=True, text=True, timeout=300)
    if result.returncode == 97 or "unshare failed" in result.stderr or "Operation not permitted" in result.stderr:
        pytest.skip("cannot mount a vfat image here (needs root, loop devices and the vfat module)")
    for step in ("init", "export", "backup"):
        assert (tmp_path / f"{step}.rc").read_text().strip() == "0", (tmp_path / f"{step}.err").read_text()
    assert (tmp_path / "listing").read_text().split() == ["backup.vpnotes", "export.json", "stick.vpnotes"]


# -- an I/O error inside a transaction (a pulled stick) ------------------------------------------


class _Failing:
    """A connection whose statements fail as a pulled stick makes them fail, after SQLite rolled back."""

    def __init__(self, conn: Any, message: str, code: int) -> None:
        self._conn, self._message, self._code = conn, message, code
        self.armed = False

    def execute(self, sql: str, *args: Any) -> Any:
        if self.armed and sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            self._conn.execute("ROLLBACK")  # SQLite's own rollback after an I/O error
            error = sqlcipher3.OperationalError(self._message)
            error.sqlite_errorcode = self._code
            raise error
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@pytest.mark.parametrize(("message", "code", "expected"), [
    ("disk I/O error", vault.SQLITE_IOERR | (3 << 8), StorageGone),  # SQLITE_IOERR_WRITE
    ("database or disk is full", vault.SQLITE_FULL, DiskFull),
])
def test_io_error_mid_transaction_reports_the_real_error(tmp_path: Path, message: str, code: int,
                                                         expected: type[Exception]) -> None:
    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:
        failing = _Failing(notebook.vault._conn, message, code)
        notebook.vault._conn = failing
        failing.armed = True
        # Before: "cannot rollback - no transaction is active" (exit 1), or "disk full" for any I/O error.
        with pytest.raises(expected):
            notebook.cases.add(sample_case())
        failing.armed = False
        assert notebook.cases.all() == []
        notebook.vault._conn = failing._conn


def test_io_error_is_not_a_full_disk() -> None:
    error = sqlcipher3.OperationalError("disk I/O error")
    error.sqlite_errorcode = vault.SQLITE_IOERR | (4 << 8)
    mapped = vault.translate(error)
    assert isinstance(mapped, StorageGone) and mapped.exit_code == 6
    assert "USB-stick" in mapped.nl and "vol" not in mapped.nl
    # The same from inside sqlcipher_export, which carries only the message.
    assert isinstance(vault.translate(sqlcipher3.OperationalError("disk I/O error")), StorageGone)
    assert isinstance(vault.translate(sqlcipher3.OperationalError("database or disk is full")), DiskFull)
    assert isinstance(vault.translate(OSError(errno.EIO, "Input/output error")), StorageGone)


# -- Windows: a file held by Defender, the indexer or OneDrive -----------------------------------


def _winerror(number: int) -> PermissionError:
    error = PermissionError(errno.EACCES, "The process cannot access the file")
    error.winerror = number  # type: ignore[attr-defined]
    return error


@pytest.fixture
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []
    monkeypatch.setattr(platform.time, "sleep", waits.append)
    return waits


def test_a_briefly_held_file_is_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        no_waiting: list[float]) -> None:
    path = tmp_path / "v.vpnotes"
    new_notebook(path).close()
    real_replace = os.replace
    refusals = [_winerror(32), _winerror(5)]

    def held_twice(src: Any, dst: Any) -> None:
        if refusals:
            raise refusals.pop(0)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", held_twice)
    with Notebook.open(path, PASSPHRASE) as notebook:
        change_passphrase(notebook, OTHER_PASSPHRASE)
    assert len(no_waiting) == 2 and no_waiting == sorted(no_waiting)  # backoff
    Notebook.open(path, OTHER_PASSPHRASE).close()
    assert _only(tmp_path) == ["v.vpnotes"]


def test_a_file_held_for_long_is_blamed_on_the_other_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             no_waiting: list[float]) -> None:
    path = tmp_path / "v.vpnotes"
    new_notebook(path).close()
    before = path.read_bytes()

    def always_held(src: Any, dst: Any) -> None:
        raise _winerror(32)

    monkeypatch.setattr(os, "replace", always_held)
    with Notebook.open(path, PASSPHRASE, record=False) as notebook:
        with pytest.raises(FileBusy) as caught:  # was ReadOnlyVault ("alleen-lezen locatie")
            change_passphrase(notebook, OTHER_PASSPHRASE)
        assert notebook.vault.is_open  # still usable with the old passphrase
        assert notebook.cases.all() == []
    assert not isinstance(caught.value, ReadOnlyVault)
    assert "ander programma" in caught.value.nl and caught.value.exit_code == 6
    assert sum(no_waiting) >= 2.0  # it waited a few seconds before giving up
    assert path.read_bytes() == before
    assert _only(tmp_path) == ["v.vpnotes"]  # the finished copy went too


def test_other_permission_errors_are_not_retried(no_waiting: list[float]) -> None:
    def refused() -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    with pytest.raises(PermissionError):
        platform.retry_busy(refused)
    assert no_waiting == []


def test_temporary_files_are_hidden_on_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, int]] = []

    class Kernel32:
        def SetFileAttributesW(self, name: str, attributes: int) -> int:
            calls.append((name, attributes))
            return 1

    monkeypatch.setattr(platform, "_kernel32", Kernel32)
    monkeypatch.setattr(platform, "IS_WINDOWS", True)
    with tempfiles.beside(tmp_path / "out.json") as temp:
        monkeypatch.setattr(platform, "IS_WINDOWS", False)
        assert temp.exists()
    assert calls == [(str(temp), platform.FILE_ATTRIBUTE_HIDDEN)]
    assert _only(tmp_path) == []  # and always removed


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "O_TMPFILE", raising=False)  # the named-temporary path, as on Windows and macOS

    def full(*args: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(platform, "sync_handle", full)
    with pytest.raises(DiskFull):
        write_new_file(tmp_path / "out.json", b"geheim")
    assert _only(tmp_path) == []


def test_cli_on_a_windows_lock_says_which(tmp_path: Path) -> None:
    """The CLI's message for a held file names the other program, exit 6."""
    path = tmp_path / "v.vpnotes"
    new_notebook(path).close()
    sitecustomize = tmp_path / "site" / "sitecustomize.py"
    sitecustomize.parent.mkdir()
    sitecustomize.write_text(
        "import errno, os\n"
        "from vpnotes.store import platform\n"
        "platform.BUSY_DELAYS = (0.0,)\n"
        "def held(src, dst):\n"
        "    e = PermissionError(errno.EACCES, 'held'); e.winerror = 32; raise e\n"
        "os.replace = held\n", encoding="utf-8")
    result = run_cli("passwd", str(path), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{OTHER_PASSPHRASE}\n",
                     env={"PYTHONPATH": str(sitecustomize.parent)})
    assert result.returncode == 6, result.stderr
    assert FileBusy.nl in result.stderr and "alleen-lezen" not in result.stderr
    assert result.stdout == ""
    Notebook.open(path, PASSPHRASE, record=False).close()

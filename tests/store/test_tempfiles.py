"""Temporary files (issue 14 D2, D12): never longer than 255 bytes, removed by
the next run when their writer was killed, kept while their writer lives, and
plaintext outputs leave no temporary file at all on Linux."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook, run_cli, sample_case
from vpnotes.errors import NameTooLong
from vpnotes.lifecycle.backup import backup
from vpnotes.store import tempfiles
from vpnotes.store.files import write_new_file
from vpnotes.store.notebook import Notebook
from vpnotes.store.vault import Vault


@pytest.mark.parametrize("name", ["k" * 255, "é" * 127 + "x", "v.vpnotes"])
def test_temporary_names_fit_every_file_system(tmp_path: Path, name: str) -> None:
    temp = tempfiles.temp_path_beside(tmp_path / name)
    assert len(os.fsencode(temp.name + "-journal")) <= 255
    assert tempfiles.is_temp_name(temp.name)
    temp.write_bytes(b"")  # the file system accepts it
    assert temp.name.encode("utf-8").decode("utf-8") == temp.name  # no character cut in half


def test_long_names(tmp_path: Path) -> None:
    long_vault = tmp_path / ("n" * 239 + ".vpnotes")  # 247 bytes, the most its journal allows: was exit 1
    with new_notebook(long_vault) as notebook:
        notebook.cases.add(sample_case())
        backup(notebook, tmp_path / ("b" * 246 + ".vpnotes"))
        write_new_file(tmp_path / ("e" * 250 + ".json"), b"{}")
        with pytest.raises(NameTooLong):
            write_new_file(tmp_path / ("e" * 256 + ".json"), b"{}")
    with pytest.raises(NameTooLong):  # 248 bytes: its journal could never be written
        Vault.create(tmp_path / ("m" * 240 + ".vpnotes"), PASSPHRASE, profile=0)
    result = run_cli("init", str(tmp_path / ("m" * 250)), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert result.returncode == 5 and NameTooLong.nl in result.stderr, result.stderr
    deep = tmp_path.joinpath(*(["d" * 200] * 3))
    deep.mkdir(parents=True)
    # A path SQLite cannot handle (past 503 bytes): was exit 1, now the clear message; nothing left there.
    result = run_cli("backup", str(long_vault), str(deep / ("b" * 250)), "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 5 and NameTooLong.nl in result.stderr, result.stderr
    assert os.listdir(deep) == []
    # A plaintext output there needs no SQLite: it is written.
    result = run_cli("export", str(long_vault), "--out", str(deep / ("x" * 250)), "--yes", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0 and os.listdir(deep) == ["x" * 250], result.stderr
    assert sorted(p.name[:1] for p in tmp_path.iterdir()) == ["b", "d", "e", "n"]


def test_an_abandoned_temporary_file_goes_at_the_next_write(tmp_path: Path) -> None:
    left = tmp_path / f".export.json.{'ab12' * 3}.vpnotes-tmp"
    left.write_text("Anna de Vries", encoding="utf-8")
    journal = tmp_path / f".v.vpnotes.{'cd34' * 3}.vpnotes-tmp-journal"  # a journal without its copy
    journal.write_bytes(b"x")
    foreign = [tmp_path / ".export.json.zz.vpnotes-tmp", tmp_path / "notes.txt"]
    for path in foreign:
        path.write_text("van de gebruiker", encoding="utf-8")
    write_new_file(tmp_path / "other.json", b"{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["other.json", *(p.name for p in foreign)])


LOCKED_WRITER = """
import sys, time
from pathlib import Path
from vpnotes.store import tempfiles
with tempfiles.beside(Path(sys.argv[1])) as temp:
    print(temp, flush=True)
    time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX advisory locks")
def test_a_living_writers_temporary_file_is_kept(tmp_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", LOCKED_WRITER, str(tmp_path / "big.vpnotes")],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        temp = Path(child.stdout.readline().strip())
        assert temp.exists()
        write_new_file(tmp_path / "other.json", b"{}")
        new_notebook(tmp_path / "v.vpnotes").close()
        assert temp.exists()  # its writer still holds it
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    with Notebook.open(tmp_path / "v.vpnotes", PASSPHRASE, record=False):
        pass  # opening a notebook in the folder clears what the killed writer left
    assert not temp.exists()


@pytest.mark.skipif(not hasattr(os, "O_TMPFILE"), reason="Linux O_TMPFILE")
def test_plaintext_is_written_without_any_name_until_complete(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []
    real_fsync = os.fsync

    def looking_fsync(fd: int) -> None:
        seen.append(sorted(os.listdir(tmp_path)))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", looking_fsync)
    write_new_file(tmp_path / "export.json", b"Anna de Vries")
    assert seen and all(names == [] for names in seen[:1])  # nothing named while the data was written
    assert (tmp_path / "export.json").read_bytes() == b"Anna de Vries"
    assert (tmp_path / "export.json").stat().st_mode & 0o777 == 0o600
    assert os.listdir(tmp_path) == ["export.json"]


def test_write_new_file_on_a_file_system_without_unnamed_files(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "O_TMPFILE", raising=False)
    write_new_file(tmp_path / "export.json", b"{}")
    assert os.listdir(tmp_path) == ["export.json"]
    assert (tmp_path / "export.json").stat().st_mode & 0o777 == 0o600
    time.sleep(0)  # nothing left to wait for


KILLED_WHILE_WRITING = """
import os, signal, sys
from pathlib import Path
from vpnotes.store import files, platform
if sys.argv[2] == "named":  # as on Windows, macOS and FAT: a named temporary file
    del os.O_TMPFILE
real_fsync, real_sync = os.fsync, platform.sync_handle
def die(fd):  # the data is written, the name not yet given: the worst instant
    os.kill(os.getpid(), signal.SIGKILL)
os.fsync = die
platform.sync_handle = die
files.write_new_file(Path(sys.argv[1]), b"Anna de Vries qzplaintext " * 1000)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
@pytest.mark.parametrize("way", ["unnamed", "named"])
def test_an_output_killed_before_its_name_leaves_no_plaintext(tmp_path: Path, way: str) -> None:
    if way == "unnamed" and not hasattr(os, "O_TMPFILE"):
        pytest.skip("Linux O_TMPFILE")
    child = subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING, str(tmp_path / "export.json"), way],
                           capture_output=True, timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr
    left = os.listdir(tmp_path)
    if way == "unnamed":
        assert left == []  # was a hidden complete plaintext .export.json.<hex>.vpnotes-tmp
    else:  # a locked temporary file whose writer is dead: the next write into the folder removes it
        assert len(left) == 1 and tempfiles.is_temp_name(left[0])
        write_new_file(tmp_path / "other.json", b"{}")
        assert os.listdir(tmp_path) == ["other.json"]

"""The command line on awkward consoles and streams (issue 8 "Windows encodings", issue 14
D10, D14, D23): a cp1252 console, a BOM, bytes that are no UTF-8, a reader that goes away,
a full disk behind standard output, closed standard streams, and escaped identifiers."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook, run_cli, sample_case
from vpnotes.cli import terminal
from vpnotes.domain.model import Organisation
from vpnotes.store.vault import Vault

CP1252 = {"PYTHONIOENCODING": "cp1252"}
ACCENTED = "crème brûlée op het terras van café Noël"


def _run_bytes(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None,
               **popen: object) -> subprocess.CompletedProcess[bytes]:
    """Like run_cli, but bytes in and out: what a Windows pipe really carries."""
    environment = dict(os.environ)
    environment.update(env or {})
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **popen}
    return subprocess.run([sys.executable, "-m", "vpnotes", *args], input=stdin, env=environment, timeout=120,
                          check=False, **streams)  # type: ignore[call-overload]


def test_accented_passphrase_piped_in_utf8_under_a_cp1252_console(tmp_path: Path) -> None:
    vault = tmp_path / "boek.vpnotes"
    Vault.create(vault, ACCENTED, profile=0).close()  # made in the app: the passphrase as typed
    line = (ACCENTED + "\r\n").encode("utf-8")  # a UTF-8 script file, CRLF as a Windows pipe sends it
    result = _run_bytes("check", str(vault), "--passphrase-stdin", stdin=line, env=CP1252)
    assert result.returncode == 0, result.stderr
    # The same from a UTF-8 file with a byte order mark (Notepad, PowerShell 5).
    result = _run_bytes("check", str(vault), "--passphrase-stdin", stdin=b"\xef\xbb\xbf" + line, env=CP1252)
    assert result.returncode == 0, result.stderr
    assert "in orde" in result.stderr.decode("utf-8")
    # And a notebook made from such a pipe opens in the app with the passphrase as typed.
    piped = tmp_path / "script.vpnotes"
    assert _run_bytes("init", str(piped), "--passphrase-stdin", stdin=line, env=CP1252).returncode == 0
    Vault.open(piped, ACCENTED).close()


def test_passphrase_line_that_is_no_utf8_is_invalid_input_not_a_bug(tmp_path: Path) -> None:
    vault = tmp_path / "boek.vpnotes"
    new_notebook(vault).close()
    result = _run_bytes("check", str(vault), "--passphrase-stdin", stdin="café\n".encode("cp1252"), env=CP1252)
    assert result.returncode == 5
    assert result.stderr.decode("utf-8").strip() == "De wachtzin op standaardinvoer is geen UTF-8-tekst."


def test_output_with_names_cp1252_cannot_write_is_utf8(tmp_path: Path) -> None:
    vault = tmp_path / "boek.vpnotes"
    with new_notebook(vault, organisation=None) as notebook:
        notebook.organisations.add(Organisation(key="zorg", name="Ayşe Yılmaz Zorg"))
    result = _run_bytes("organisation", str(vault), "--passphrase-stdin", stdin=PASSPHRASE.encode() + b"\n",
                        env=CP1252)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == "zorg\tAyşe Yılmaz Zorg\t\t1\t5\n"
    # Messages too: an English "Ayşe" is as unwritable in cp1252 as a Dutch one.
    result = _run_bytes("check", str(tmp_path / "ontbreekt.vpnotes"), "--passphrase-stdin",
                        stdin=b"x\n", env=CP1252)
    assert b"Traceback" not in result.stderr
    result.stderr.decode("utf-8")


def test_line_ends_are_lf_even_where_the_system_writes_crlf(monkeypatch: pytest.MonkeyPatch) -> None:
    # What Windows gives a redirected standard output: cp1252 and "\r\n" for every "\n".
    raw = io.BytesIO()
    windows_stdout = io.TextIOWrapper(raw, encoding="cp1252", newline="\r\n")
    monkeypatch.setattr(sys, "stdout", windows_stdout)
    terminal.configure_streams()
    terminal.write_out("2026-001")
    terminal.write_out("Ayşe")
    windows_stdout.flush()
    assert raw.getvalue() == "2026-001\nAyşe\n".encode()


@pytest.mark.parametrize("command", [("search", "intake"), ("audit",), ("patterns",)])
def test_output_into_a_reader_that_stops_early_exits_quietly(tmp_path: Path, command: tuple[str, ...]) -> None:
    vault = tmp_path / "boek.vpnotes"
    with new_notebook(vault) as notebook:
        for i in range(3):
            notebook.cases.add(sample_case(reference=f"2026-00{i}"))
    process = subprocess.Popen([sys.executable, "-m", "vpnotes", command[0], str(vault), *command[1:],
                                "--passphrase-stdin"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stdin is not None and process.stderr is not None
    process.stdout.close()  # `| head -0`: the reader is gone before anything is written
    process.stdin.write(PASSPHRASE.encode() + b"\n")
    process.stdin.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=120) == terminal.BROKEN_PIPE_EXIT
    assert stderr == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_search_into_a_full_disk_says_so(tmp_path: Path) -> None:
    vault = tmp_path / "boek.vpnotes"
    with new_notebook(vault) as notebook:
        notebook.cases.add(sample_case())
    with open("/dev/full", "wb") as full:
        result = _run_bytes("search", str(vault), "intake", "--passphrase-stdin", stdin=PASSPHRASE.encode() + b"\n",
                            stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 6
    assert result.stderr.decode().strip() == "De uitvoer kon niet worden geschreven: de schijf is vol."


def _closing(fd: int) -> dict[str, object]:
    """Popen arguments that start the command with standard descriptor ``fd`` closed (POSIX)."""
    return {"preexec_fn": lambda: os.close(fd)}


@pytest.mark.skipif(sys.platform == "win32", reason="closes a descriptor before exec")
def test_search_with_standard_output_closed_refuses(tmp_path: Path) -> None:
    vault = tmp_path / "boek.vpnotes"
    with new_notebook(vault) as notebook:
        notebook.cases.add(sample_case())
    process = subprocess.run([sys.executable, "-m", "vpnotes", "search", str(vault), "intake",
                              "--passphrase-stdin"], input=PASSPHRASE.encode() + b"\n", stderr=subprocess.PIPE,
                             timeout=120, check=False, **_closing(1))  # type: ignore[call-overload]
    assert process.returncode == 2
    assert process.stderr.decode().strip() == "Standaarduitvoer is gesloten; er kan niets worden getoond."


@pytest.mark.skipif(sys.platform == "win32", reason="closes a descriptor before exec")
def test_with_standard_error_closed_errors_never_reach_standard_output(tmp_path: Path) -> None:
    vault = tmp_path / "boek.vpnotes"
    new_notebook(vault).close()
    process = subprocess.run([sys.executable, "-m", "vpnotes", "search", str(vault), "x", "--passphrase-stdin"],
                             input=b"verkeerde wachtzin\n", stdout=subprocess.PIPE, timeout=120, check=False,
                             **_closing(2))  # type: ignore[call-overload]
    assert process.returncode == 3
    assert process.stdout == b""


@pytest.mark.skipif(sys.platform == "win32", reason="closes a descriptor before exec")
def test_with_standard_input_closed_the_passphrase_is_missing_not_a_bug(tmp_path: Path) -> None:
    vault = tmp_path / "boek.vpnotes"
    new_notebook(vault).close()
    process = subprocess.run([sys.executable, "-m", "vpnotes", "check", str(vault), "--passphrase-stdin"],
                             capture_output=True, timeout=120, check=False, **_closing(0))  # type: ignore[call-overload]
    assert process.returncode == 2
    assert process.stderr.decode().strip() == "Standaardinvoer is gesloten; er is geen wachtzin te lezen."


def test_identifiers_with_controls_are_printed_escaped_on_one_line(tmp_path: Path) -> None:
    # Stored before import checked identifiers (or by another tool): a forged second line
    # and a terminal escape must not reach the terminal as such.
    vault = tmp_path / "boek.vpnotes"
    with new_notebook(vault, organisation=None) as notebook:
        notebook.organisations.add(Organisation(key="acme", name="Acme\tBV\x1b[2J"))
        notebook.cases.add(sample_case(reference="2026-001\n2099-666", organisation="acme"))
    result = run_cli("search", str(vault), "intake", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert (result.returncode, result.stdout) == (0, "2026-001\\x0a2099-666\n")
    result = run_cli("organisation", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.stdout == "acme\tAcme\\x09BV\\x1b[2J\t\t1\t5\n"


def test_printable_leaves_ordinary_text_alone() -> None:
    from vpnotes.domain.text import printable

    assert printable("Ayşe Yılmaz, café 2026-001") == "Ayşe Yılmaz, café 2026-001"
    assert printable("a\u202eb\u2028c\ud800") == "a\\u202eb\\u2028c\\ud800"


@pytest.mark.parametrize("argument", ["--version", "--help"])
def test_help_and_version_into_a_closed_pipe_exit_quietly(argument: str) -> None:
    process = subprocess.Popen([sys.executable, "-m", "vpnotes", argument], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    stderr = process.stderr.read()
    # argparse itself swallows the write error (exit 0); either way no traceback and no exit 120
    assert process.wait(timeout=60) in (0, terminal.BROKEN_PIPE_EXIT)
    assert stderr == b""

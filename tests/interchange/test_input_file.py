"""Every file a command reads whole is a regular file of bounded size (issue 14 D13, for the
spreadsheet, its mapping and the report's introduction as for the interchange file): a device is
refused unread instead of filling the memory, a named pipe without a writer is refused instead of
hanging, each with one Dutch sentence (exit 5); nothing is written and the notebook is untouched."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook, run_cli
from vpnotes.errors import InvalidInput, VaultMissing
from vpnotes.interchange.input_file import InputWords, read_input_file

REFUSED = "Alleen een gewoon bestand kan worden ingelezen (geen apparaat of pijp)."
WORDS = InputWords("het koppelingsbestand", "the mapping file")


def _commands(vault: Path, odd: Path, tmp_path: Path) -> dict[str, list[str]]:
    sheet = tmp_path / "registratie.csv"
    sheet.write_text("Datum;Soort\n14-01-2026;Melding\n", encoding="utf-8")
    mapping = tmp_path / "koppeling.json"
    return {
        "sheet": ["import-sheet", str(vault), str(odd), "--propose"],
        "mapping": ["import-sheet", str(vault), str(sheet), "--mapping", str(odd)],
        "introduction": ["report", str(vault), "--year", "2026", "--out", str(tmp_path / "r.docx"),
                         "--introduction", str(odd)],
        "mapping-missing": ["import-sheet", str(vault), str(sheet), "--mapping", str(mapping)],
    }


def _run(tmp_path: Path, which: str, odd: Path) -> tuple[int, str, bytes, bytes]:
    vault = tmp_path / "boek.vpnotes"
    new_notebook(vault).close()
    before = vault.read_bytes()
    result = run_cli(*_commands(vault, odd, tmp_path)[which], "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n", timeout=60)
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "r.docx").exists()
    return result.returncode, result.stderr.strip(), before, vault.read_bytes()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("which", ["sheet", "mapping", "introduction"])
def test_a_device_is_refused_unread(tmp_path: Path, which: str) -> None:
    code, err, before, after = _run(tmp_path, which, Path("/dev/zero"))
    assert (code, err) == (5, REFUSED)
    assert after == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX named pipe")
@pytest.mark.parametrize("which", ["sheet", "mapping", "introduction"])
def test_a_named_pipe_without_writer_is_refused_without_hanging(tmp_path: Path, which: str) -> None:
    fifo = tmp_path / "invoer"
    os.mkfifo(fifo)
    code, err, before, after = _run(tmp_path, which, fifo)
    assert (code, err) == (5, REFUSED)
    assert after == before


def test_a_missing_mapping_is_exit_2_like_every_missing_file(tmp_path: Path) -> None:
    code, err, before, after = _run(tmp_path, "mapping-missing", tmp_path / "unused")
    assert (code, err) == (2, "Het koppelingsbestand bestaat niet.")
    assert after == before


def test_the_limit_and_the_messages(tmp_path: Path) -> None:
    big = tmp_path / "koppeling.json"
    big.write_bytes(b"x" * 101)
    with pytest.raises(InvalidInput, match=r"^Het bestand is te groot om in te lezen\.$"):
        read_input_file(big, WORDS, 100)
    assert read_input_file(big, WORDS, 101) == b"x" * 101
    with pytest.raises(InvalidInput) as folder:
        read_input_file(tmp_path, WORDS, 100)
    assert (folder.value.nl, folder.value.en) == ("Dat is een map, geen koppelingsbestand.",
                                                  "That is a folder, not a mapping file.")
    with pytest.raises(VaultMissing) as missing:
        read_input_file(tmp_path / "nope.json", WORDS, 100)
    assert (missing.value.nl, missing.value.en) == ("Het koppelingsbestand bestaat niet.",
                                                    "The mapping file does not exist.")

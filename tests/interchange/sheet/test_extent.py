"""A tiny xlsx whose cells reach far (issue 11 "bad input"): calamine would ask for billions of cells
and abort the process inside Rust; the extent is read first and the sheet refused with one message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook as OpenpyxlWorkbook

from helpers import PASSPHRASE, new_notebook
from helpers.sheets import sheet_rows, write_xlsx
from vpnotes.interchange.sheet.extent import xlsx_extent
from vpnotes.interchange.sheet.table import read_sheet


def _far(path: Path, row: int, column: int) -> Path:
    book = OpenpyxlWorkbook()
    ws = book.active
    assert ws is not None
    ws.title = "Blad1"
    ws["A1"], ws["B1"], ws["A2"], ws["B2"] = "Datum", "Soort", "14-01-2025", "Melding"
    ws.cell(row=row, column=column, value="x")
    book.save(path)
    assert path.stat().st_size < 10_000
    return path


def _propose(vault: Path, sheet: Path) -> subprocess.CompletedProcess[str]:
    """In a child with 2 GB of address space: should the guard fail, the child dies, not the test run."""
    def limited() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return subprocess.run([sys.executable, "-m", "vpnotes", "import-sheet", str(vault), str(sheet), "--propose",
                           "--passphrase-stdin"], input=PASSPHRASE + "\n", capture_output=True, text=True,
                          timeout=120, preexec_fn=limited)


@pytest.mark.skipif(sys.platform == "win32", reason="the address-space limit is POSIX")
@pytest.mark.parametrize(("row", "column", "message"), [
    (150_000, 16_000, "Het werkblad heeft meer dan 200 kolommen met gegevens."),
    (600_000, 20, "Het werkblad heeft meer dan 50.000 rijen met gegevens; dat is meer dan vpnotes in één keer "
                  "overneemt. Verdeel de rijen over een paar bestanden."),
])
def test_a_small_file_with_a_far_cell_is_refused_not_a_crash(tmp_path: Path, row: int, column: int,
                                                             message: str) -> None:
    vault = tmp_path / "boek.vpnotes"
    new_notebook(vault).close()
    before = vault.read_bytes()
    result = _propose(vault, _far(tmp_path / "ver.xlsx", row, column))
    assert (result.returncode, result.stdout, result.stderr.strip()) == (5, "", message)
    assert vault.read_bytes() == before


def test_the_extent_is_that_of_the_cells_with_a_value(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "registratie.xlsx", sheet_rows(), extra_sheets=("Leeg",))
    sheet = read_sheet(path, "Registratie 2025")
    assert xlsx_extent(path.read_bytes(), "Registratie 2025") == (len(sheet.rows), sheet.width)  # rows from A1
    assert xlsx_extent(path.read_bytes(), "Leeg") == (1, 1)  # "iets anders" in A1
    assert xlsx_extent(path.read_bytes(), "Bestaat niet") is None
    assert xlsx_extent(b"PK\x03\x04 kapot", "Blad1") is None  # calamine gives its own answer

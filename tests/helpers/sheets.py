"""Spreadsheets the tests build: a realistic registration as a VP keeps it, written
as xlsx (openpyxl), csv (UTF-8 or Windows-1252 with ``;``) or ods (LibreOffice)."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

TITLE = "Registratie vertrouwenspersoon 2025"
HEADER = ["Nr", "Datum eerste gesprek", "Soort", "Onderwerp", "Naam", "Afdeling", "Functie",
          "Aantal gesprekken", "Totale tijd (min)", "Doorverwezen naar", "Afgerond op", "Opmerkingen",
          "Pesten", "Discriminatie"]

# Rows as a VP types them: dates in several forms, free words for codes, crosses for two categories.
ROWS: list[list[Any]] = [
    ["2025-01", date(2025, 1, 14), "Melding", "Ongewenste intimiteiten", "Anna de Vries", "Financiën",
     "Medewerker", 3, 90, "Bedrijfsarts", "3-3-2025", "Wil geen formele klacht", "", ""],
    ["2025-02", "4/2/2025", "Vraag", "Agressie", "Bram Jansen", "Logistiek", "Leidinggevende", 1, 30, "",
     "", "", "x", ""],
    ["2025-03", "14 maart 2025", "melding", "Ruzie", "Chris Bakker", "ICT", "Uitzendkracht", 2, "45,5",
     "HR/P&O, BA", "2025-06-30", "", "", "X"],
    ["2025-04", "apr 2025", "Signaal", "SI", "", "Zorg", "Stagiaire", "", "", "klachtcommisie", "", "",
     "", ""],
    ["2025-05", 45812, "Advies", "Werkdruk; pesten", "Dirk Smit", "Financiën", "Medewerker", 4, 240,
     "bedrijfsmaatschappelijk werk", "12 dec 2025", "", "", "ja"],
]


def sheet_rows(rows: list[list[Any]] | None = None, *, title: bool = True) -> list[list[Any]]:
    """Title rows (when asked), an empty row, the header and the data rows."""
    top: list[list[Any]] = [[TITLE], ["Acme BV"], []] if title else []
    return [*top, HEADER, *(rows if rows is not None else ROWS)]


def write_xlsx(path: Path, rows: list[list[Any]], *, sheet: str = "Registratie 2025",
               merge_title: bool = True, extra_sheets: tuple[str, ...] = ()) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    for row in rows:
        ws.append(row)
    if merge_title and rows and rows[0] == [TITLE]:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
    for name in extra_sheets:
        book.create_sheet(name).append(["iets anders"])
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[Any]], *, encoding: str = "utf-8", delimiter: str = ";") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow([cell.strftime("%d-%m-%Y") if isinstance(cell, date) else cell for cell in row])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def convert_with_libreoffice(source: Path, target_ext: str, work: Path) -> Path:
    """Convert ``source`` with LibreOffice headless (ods, or xlsx with cached formula values)."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office, "LibreOffice is needed (scripts/test installs it)"
    out = work / "converted"
    out.mkdir(exist_ok=True)
    profile = work / "lo-profile"
    # A csv is read as UTF-8 with ';' (filter options 59 = ';', 34 = '"', 76 = UTF-8).
    infilter = ["--infilter=CSV:59,34,76,1"] if source.suffix == ".csv" else []
    subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless", *infilter, "--convert-to",
                    target_ext, "--outdir", str(out), str(source)], check=True, capture_output=True, timeout=180)
    return out / (source.stem + "." + target_ext.split(":")[0])

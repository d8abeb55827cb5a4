"""Reading a spreadsheet into rows of cells: ``.xlsx``, ``.xls`` and ``.ods``
through python-calamine (cached values of formulas, real dates), ``.csv`` through
the standard library (``;`` ``,`` or tab; UTF-8 with or without BOM, else
Windows-1252).

The file's kind is decided by its first bytes, not its name. A password-protected
workbook (an encrypted OLE container for Office, encrypted entries for ODF), a file
that is no spreadsheet and a sheet that is too large each get one clear message.
Merged cells are filled with their top-left value; trailing empty rows and columns
are dropped. Row ``i`` of :attr:`Sheet.rows` is row ``i + 1`` as the spreadsheet
program shows it.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from vpnotes.domain.text import printable
from vpnotes.errors import InvalidInput
from vpnotes.interchange.input_file import InputWords, read_input_file
from vpnotes.interchange.sheet.extent import xlsx_extent

Cell = str | int | float | bool | date | datetime | time | timedelta | None

MAX_ROWS = 50_000  # rows with data; a VP's registration of many years stays far below
MAX_COLUMNS = 200
MAX_FILE_BYTES = 200 * 1024 * 1024
SHEET_FILE = InputWords("het spreadsheetbestand", "the spreadsheet file")
CSV_SHEET = "csv"

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Sheet:
    name: str
    rows: list[list[Cell]]

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


def _refuse(nl: str, en: str) -> InvalidInput:
    return InvalidInput(nl, en)


def _not_a_sheet() -> InvalidInput:
    return _refuse("Dit bestand is geen spreadsheet (xlsx, xls, ods of csv) of het is beschadigd.",
                   "This file is not a spreadsheet (xlsx, xls, ods or csv), or it is damaged.")


def _protected() -> InvalidInput:
    return _refuse("Deze werkmap is met een wachtwoord beveiligd. Sla hem zonder wachtwoord op (in een map "
                   "die alleen u kunt lezen) en probeer het opnieuw.",
                   "This workbook is password-protected. Save it without a password (in a folder only you can "
                   "read) and try again.")


def _read_bytes(path: Path) -> bytes:
    return read_input_file(path, SHEET_FILE, MAX_FILE_BYTES)


class Workbook:
    """An opened spreadsheet file: its sheet names, and each sheet's rows on request."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.data = _read_bytes(self.path)
        self.is_csv = False
        if self.data.startswith(_OLE):
            if _ole_encrypted(self.data):
                raise _protected()
        elif self.data.startswith(_ZIP):
            if _odf_encrypted(self.data):
                raise _protected()
        else:
            self.is_csv = True
        if self.is_csv:
            self._csv_rows = _read_csv(self.data)
            self.sheet_names = [CSV_SHEET]
            return
        from python_calamine import CalamineWorkbook

        try:
            self._book = CalamineWorkbook.from_filelike(io.BytesIO(self.data))
        except Exception:  # calamine's errors name the broken part only; ours says what to do
            raise _not_a_sheet() from None
        self.sheet_names = list(self._book.sheet_names)
        if not self.sheet_names:
            raise _not_a_sheet()

    def sheet(self, name: str | None = None) -> Sheet:
        """The rows of sheet ``name`` (the first sheet when ``None``)."""
        chosen = name if name is not None else self.sheet_names[0]
        if chosen not in self.sheet_names:
            shown = printable(chosen)  # the name as typed or as a mapping file has it: escapes shown, never obeyed
            raise _refuse(f"Het werkblad '{shown}' bestaat niet in dit bestand.",
                          f"The sheet '{shown}' does not exist in this file.")
        rows = [list(row) for row in self._csv_rows] if self.is_csv else self._calamine_rows(chosen)
        return Sheet(chosen, _trimmed(rows))

    def _calamine_rows(self, name: str) -> list[list[Cell]]:
        if self.data.startswith(_ZIP):
            _check_extent(self.data, name)
        try:
            sheet = self._book.get_sheet_by_name(name)
            # From A1, so row numbers are the program's; rows far below that only carry
            # formatting are cut off (the data rows are counted in _trimmed).
            rows: list[list[Cell]] = [list(row) for row in sheet.to_python(skip_empty_area=False,
                                                                           nrows=MAX_ROWS * 4)]
            merged = sheet.merged_cell_ranges or []
        except Exception:
            raise _not_a_sheet() from None
        _fill_merged(rows, merged)
        return rows


def _ole_encrypted(data: bytes) -> bool:
    import msoffcrypto

    try:
        return bool(msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted())
    except Exception:  # not an Office container msoffcrypto knows: let calamine decide
        return False


def _odf_encrypted(data: bytes) -> bool:
    """An ODF file saved with a password lists encryption data for its entries in the manifest."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "META-INF/manifest.xml" not in archive.namelist():
                return False
            return b"encryption-data" in archive.read("META-INF/manifest.xml")
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _fill_merged(rows: list[list[Cell]], merged: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    for (top, left), (bottom, right) in merged:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        right = min(right, MAX_COLUMNS)  # wider than that is refused anyway; never grow a row past it
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= right:
                row.extend([""] * (right + 1 - len(row)))
            for c in range(left, right + 1):
                if r != top or c != left:
                    row[c] = value


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise _not_a_sheet() from None


def _read_csv(data: bytes) -> list[list[Cell]]:
    if b"\x00" in data[:65536]:
        raise _not_a_sheet()  # a binary file, or UTF-16 text (Excel's "Unicode text"), which we do not read
    text = _decode(data)
    if _CONTROL.search(text[:65536]):
        raise _not_a_sheet()  # control characters: a binary file, not text
    sample = text[:65536]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        dialect = _dialect_by_count(sample)
    try:
        rows: list[list[Cell]] = []
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            rows.append([cell.strip() for cell in row])
            if len(rows) > MAX_ROWS * 4:
                break
    except csv.Error:
        raise _not_a_sheet() from None
    return rows


def _dialect_by_count(sample: str) -> type[csv.Dialect]:
    """The sniffer gives up on irregular files: take the separator the first lines use most."""
    lines = sample.splitlines()[:20]
    counts = {sep: sum(line.count(sep) for line in lines) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    if counts[best] == 0:
        return csv.excel  # one column: any separator reads it the same way

    class Sniffed(csv.excel):
        delimiter = best

    return Sniffed


def is_empty(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _trimmed(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Drop trailing empty cells of every row and trailing empty rows; refuse an empty or huge sheet."""
    result: list[list[Cell]] = []
    for row in rows:
        end = len(row)
        while end and is_empty(row[end - 1]):
            end -= 1
        result.append(row[:end])
    while result and not result[-1]:
        result.pop()
    if not result:
        raise _refuse("Het werkblad is leeg.", "The sheet is empty.")
    filled = sum(1 for row in result if row)
    if filled > MAX_ROWS:
        raise _too_many_rows()
    if max(len(row) for row in result) > MAX_COLUMNS:
        raise _too_many_columns()
    return result


def _too_many_rows() -> InvalidInput:
    return _refuse(f"Het werkblad heeft meer dan {MAX_ROWS:,} rijen met gegevens; dat is meer dan vpnotes in "
                   "één keer overneemt. Verdeel de rijen over een paar bestanden.".replace(",", "."),
                   f"The sheet has more than {MAX_ROWS:,} rows with data, more than vpnotes takes in at once. "
                   "Split the rows over a few files.")


def _too_many_columns() -> InvalidInput:
    return _refuse(f"Het werkblad heeft meer dan {MAX_COLUMNS} kolommen met gegevens.",
                   f"The sheet has more than {MAX_COLUMNS} columns with data.")


def _check_extent(data: bytes, name: str) -> None:
    """Refuse an xlsx sheet whose cells reach so far that calamine's rectangle would not fit in memory."""
    extent = xlsx_extent(data, name)
    if extent is None:
        return
    rows, columns = extent
    if columns > MAX_COLUMNS:
        raise _too_many_columns()
    if rows * columns > MAX_ROWS * MAX_COLUMNS:
        raise _too_many_rows()


def read_sheet(path: str | Path, name: str | None = None) -> Sheet:
    return Workbook(path).sheet(name)

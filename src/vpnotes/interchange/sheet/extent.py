"""How far the cells of an xlsx sheet reach, found before calamine reads the sheet.

calamine holds a sheet as one dense rectangle from A1 to its last cell with a value: a 5 KB
workbook with one value at A1 and one at WQJ150000 asks for 2.4 billion cells, and the process
aborts inside Rust (no exception Python could catch). So the extent is read first, by the standard
library's streaming XML parser over the sheet's part in the zip, and a sheet too large to hold is
refused with a message. Only cells with a value count (``<v>`` or an inline ``<is>``), as calamine
counts them; a cell without a reference takes the next column, as in the file format.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from typing import IO
from xml.etree.ElementTree import ParseError, iterparse

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_REFERENCE = re.compile(r"^([A-Z]{1,3})(\d{1,7})$")


def xlsx_extent(data: bytes, sheet: str) -> tuple[int, int] | None:
    """(rows, columns) from A1 to the farthest cell with a value of ``sheet``; ``None`` when ``data`` is no
    readable xlsx or the sheet is not found there (calamine then gives its own answer)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            part = _sheet_part(book, sheet)
            if part is None:
                return None
            with book.open(part) as stream:
                return _extent(stream)
    except (zipfile.BadZipFile, KeyError, ParseError, OSError, ValueError, RuntimeError):
        return None


def _sheet_part(book: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member of the sheet named ``sheet``, through workbook.xml and its relationships."""
    relation = None
    with book.open("xl/workbook.xml") as stream:
        for _, element in iterparse(stream):
            if element.tag == f"{_MAIN}sheet" and element.get("name") == sheet:
                relation = element.get(_REL)
                break
    if relation is None:
        return None
    with book.open("xl/_rels/workbook.xml.rels") as stream:
        for _, element in iterparse(stream):
            if element.tag == _PACKAGE_REL and element.get("Id") == relation:
                target = element.get("Target") or ""
                return target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
    return None


def _extent(stream: IO[bytes]) -> tuple[int, int]:
    rows = columns = 0
    row = column = 0
    for event, element in iterparse(stream, events=("start", "end")):
        if event == "start":
            if element.tag == f"{_MAIN}row":
                row = int(element.get("r") or row + 1)
                column = 0
            elif element.tag == f"{_MAIN}c":
                match = _REFERENCE.match(element.get("r") or "")
                column = _column_number(match.group(1)) if match else column + 1
                if match:
                    row = int(match.group(2))
            continue
        if element.tag == f"{_MAIN}c":
            if element.find(f"{_MAIN}v") is not None or element.find(f"{_MAIN}is") is not None:
                rows, columns = max(rows, row), max(columns, column)
            element.clear()
        elif element.tag == f"{_MAIN}row":
            element.clear()
    return rows, columns


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number

"""Dates as VPs type them in a spreadsheet (DESIGN.md §11).

Real spreadsheet dates, Excel serial numbers, ``d-m-yyyy``, ``d/m/yyyy`` (and
``d.m.yyyy``), ``yyyy-mm-dd``, ``14 jan 2025`` and ``14 januari 2025``. A month
only (``jan 2025``, ``januari 2025``, ``2025-01``, ``1-2025``) becomes the first of
that month and is flagged so the preview can list it. Two-digit years are
refused: ``1-2-25`` could be 1925 or 2025.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from vpnotes.interchange.sheet.words import fold

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 in Excel's (Lotus-compatible) count
# Serials of 1950-01-01 .. 2099-12-31: a bare number outside these is not taken for a date.
SERIAL_RANGE = (18264, 73050)

MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
        ("jan", "januari", "january"), ("feb", "februari", "february"), ("mrt", "maart", "mar", "march", "maa"),
        ("apr", "april"), ("mei", "may"), ("jun", "juni", "june"), ("jul", "juli", "july"),
        ("aug", "augustus", "august"), ("sep", "sept", "september"), ("okt", "oktober", "oct", "october"),
        ("nov", "november"), ("dec", "december")), start=1):
    for _name in _names:
        MONTHS[_name] = _number

_NUMERIC_DAY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})")
_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_NUMERIC_MONTH = re.compile(r"(\d{1,2})[-/.](\d{4})")
_WORD_DAY = re.compile(r"(\d{1,2}) ([a-z]+) (\d{2,4})")
_WORD_MONTH = re.compile(r"([a-z]+) (\d{2,4})")
_SERIAL = re.compile(r"\d{5}(?:[.,]\d+)?")


@dataclass(frozen=True)
class SheetDate:
    day: date
    month_only: bool = False


class NotADate(ValueError):
    """The cell holds something that is not a date; ``two_digit_year`` says why when that is the cause."""

    def __init__(self, two_digit_year: bool = False) -> None:
        super().__init__("not a date")
        self.two_digit_year = two_digit_year


def parse_date(cell: object) -> SheetDate | None:
    """The date in ``cell``; ``None`` for an empty cell; :class:`NotADate` otherwise."""
    if cell is None:
        return None
    if isinstance(cell, datetime):
        return SheetDate(cell.date())
    if isinstance(cell, date):
        return SheetDate(cell)
    if isinstance(cell, bool):
        raise NotADate()
    if isinstance(cell, int | float):
        return _serial(float(cell))
    if not isinstance(cell, str):
        raise NotADate()
    text = cell.strip()
    if not text:
        return None
    if _SERIAL.fullmatch(text):
        return _serial(float(text.replace(",", ".")))
    match = _ISO_DAY.fullmatch(text)
    if match:
        return SheetDate(_day(int(match[1]), int(match[2]), int(match[3])))
    match = _NUMERIC_DAY.fullmatch(text)
    if match:
        return SheetDate(_day(_year(match[3]), int(match[2]), int(match[1])))
    match = _ISO_MONTH.fullmatch(text)
    if match:
        return SheetDate(_day(int(match[1]), int(match[2]), 1), month_only=True)
    match = _NUMERIC_MONTH.fullmatch(text)
    if match:
        return SheetDate(_day(int(match[2]), int(match[1]), 1), month_only=True)
    words = fold(text)
    match = _WORD_DAY.fullmatch(words)
    if match and match[2] in MONTHS:
        return SheetDate(_day(_year(match[3]), MONTHS[match[2]], int(match[1])))
    match = _WORD_MONTH.fullmatch(words)
    if match and match[1] in MONTHS:
        return SheetDate(_day(_year(match[2]), MONTHS[match[1]], 1), month_only=True)
    raise NotADate()


def _serial(number: float) -> SheetDate:
    low, high = SERIAL_RANGE
    if not low <= number <= high:
        raise NotADate()
    return SheetDate(EXCEL_EPOCH + timedelta(days=int(number)))


def _year(text: str) -> int:
    if len(text) != 4:
        raise NotADate(two_digit_year=len(text) == 2)
    return int(text)


def _day(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise NotADate() from None

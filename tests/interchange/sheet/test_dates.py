"""Every date form of DESIGN.md §11, month-only dates, and what is refused."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from vpnotes.interchange.sheet.dates import NotADate, SheetDate, parse_date


@pytest.mark.parametrize(("cell", "expected"), [
    (date(2025, 1, 14), SheetDate(date(2025, 1, 14))),
    (datetime(2025, 1, 14, 9, 30), SheetDate(date(2025, 1, 14))),
    (45671, SheetDate(date(2025, 1, 14))),  # Excel serial number
    (45671.0, SheetDate(date(2025, 1, 14))),
    ("45671", SheetDate(date(2025, 1, 14))),  # a serial number in a csv
    ("14-1-2025", SheetDate(date(2025, 1, 14))),
    ("14-01-2025", SheetDate(date(2025, 1, 14))),
    ("14/1/2025", SheetDate(date(2025, 1, 14))),
    ("14.1.2025", SheetDate(date(2025, 1, 14))),
    ("2025-01-14", SheetDate(date(2025, 1, 14))),
    ("2025-01-14 00:00:00", SheetDate(date(2025, 1, 14))),
    ("14 jan 2025", SheetDate(date(2025, 1, 14))),
    ("14 januari 2025", SheetDate(date(2025, 1, 14))),
    ("14 Januari 2025", SheetDate(date(2025, 1, 14))),
    ("3 mrt 2025", SheetDate(date(2025, 3, 3))),
    ("3 maart 2025", SheetDate(date(2025, 3, 3))),
    ("1 okt. 2025", SheetDate(date(2025, 10, 1))),
    ("jan 2025", SheetDate(date(2025, 1, 1), month_only=True)),
    ("januari 2025", SheetDate(date(2025, 1, 1), month_only=True)),
    ("2025-01", SheetDate(date(2025, 1, 1), month_only=True)),
    ("1-2025", SheetDate(date(2025, 1, 1), month_only=True)),
])
def test_date_forms(cell: object, expected: SheetDate) -> None:
    assert parse_date(cell) == expected


@pytest.mark.parametrize("cell", [None, "", "   "])
def test_empty_cells_are_no_date(cell: object) -> None:
    assert parse_date(cell) is None


@pytest.mark.parametrize("cell", ["31-02-2024", "2025-13-01", "gisteren", "14 foo 2025", 12, True, "1/2/3/4",
                                  "32 jan 2025"])
def test_what_is_not_a_date(cell: object) -> None:
    with pytest.raises(NotADate) as caught:
        parse_date(cell)
    assert not caught.value.two_digit_year


def test_a_two_digit_year_is_refused_with_its_reason() -> None:
    with pytest.raises(NotADate) as caught:
        parse_date("14-1-25")
    assert caught.value.two_digit_year

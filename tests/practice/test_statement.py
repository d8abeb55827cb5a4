"""The statement of hours and expenses for one client organisation: minutes
of case contacts become quarter hours per month, activities and expenses are
summed per month and kind, totals add up; other organisations and months stay
out; the CSV reads back with ``;`` and a decimal comma; neither the CSV nor the
Word file holds a name, reference or description; bad months are refused.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest

from helpers.practice_data import IDENTIFYING, find_leaks, practice_notebook
from vpnotes.domain.model import Activity, Case, Contact, Melder
from vpnotes.domain.vocabulary import ActivityKind, CaseKind, Category, ContactMode, ExpenseKind, MelderRole
from vpnotes.errors import DestinationExists, InvalidInput
from vpnotes.practice.statement import (
    PER_MONTH_NOTE_NL,
    build_statement,
    export_statement,
    month_range,
    parse_month,
    quarters_from_hours,
    quarters_from_minutes,
)
from vpnotes.store.notebook import Notebook

JAN, MAR = date(2026, 1, 1), date(2026, 3, 1)
# what the statement may contain besides the figures: organisation name, labels; never the rest
SECRET = [term for term in IDENTIFYING if term != "Acme"]


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Notebook]:
    notebook = practice_notebook(tmp_path / "practice.vpnotes")
    yield notebook
    notebook.close()


def test_minutes_and_hours_round_to_quarter_hours_half_up() -> None:
    assert [quarters_from_minutes(m) for m in (0, 7, 8, 22, 23, 60, 70)] == [0, 0, 1, 1, 2, 4, 5]
    assert [quarters_from_hours(h) for h in (0.0, 0.1, 0.125, 2.5, 3.6, 1.1 + 2.5)] == [0, 0, 1, 10, 14, 14]


def test_sums_per_month_and_kind(filled: Notebook) -> None:
    statement = build_statement(filled, "acme", JAN, MAR)
    assert [m.month for m in statement.months] == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    # January: 50 + 20 minutes = 70 -> 1.25 h; March: 38 minutes -> 0.75 h; beta's 600 minutes stay out
    assert [m.case_quarters for m in statement.months] == [5, 0, 3]
    assert [m.activity_quarters for m in statement.months] == [
        {}, {ActivityKind.VOORLICHTING: 14}, {ActivityKind.ADVIES_WERKGEVER: 3}]  # 2.5 + 1.1 h -> 3.5 h
    assert [m.expense_cents for m in statement.months] == [
        {}, {ExpenseKind.REISKOSTEN: 3545}, {ExpenseKind.ZAALHUUR: 15000}]  # May's expense is outside
    assert statement.activity_kinds == (ActivityKind.VOORLICHTING, ActivityKind.ADVIES_WERKGEVER)
    assert statement.expense_kinds == (ExpenseKind.REISKOSTEN, ExpenseKind.ZAALHUUR)
    assert (statement.total_quarters, statement.total_cents) == (25, 18545)


def test_purged_cases_keep_counting_their_minutes(filled: Notebook) -> None:
    filled.cases.add(Case(
        organisation="acme", kind=CaseKind.ADVIES, categories=[Category.OVERIG], opened=date(2026, 2, 1),
        melder=Melder(role=MelderRole.ONBEKEND), purged=True,
        contacts=[Contact(date=date(2026, 2, 1), minutes=45, mode=ContactMode.TELEFOON)],
    ))
    assert [m.case_quarters for m in build_statement(filled, "acme", JAN, MAR).months] == [5, 3, 3]


def _csv_rows(raw: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_csv_shows_case_work_only_as_the_periods_total_by_default(filled: Notebook, tmp_path: Path) -> None:
    out = tmp_path / "uren.csv"
    export_statement(filled, "acme", JAN, MAR, out)
    assert _csv_rows(out.read_bytes()) == [
        ["Soort werk", "Uren"],
        ["Gesprekken in zaken", "2,00"], ["Voorlichting", "3,50"], ["Advies aan werkgever", "0,75"],
        ["Totaal uren", "6,25"],
        [],
        ["Maand", "Totaal uren", "Reiskosten (EUR)", "Zaalhuur (EUR)", "Totaal kosten (EUR)"],
        ["2026-01", "1,25", "0,00", "0,00", "0,00"],
        ["2026-02", "3,50", "35,45", "0,00", "35,45"],
        ["2026-03", "1,50", "0,00", "150,00", "150,00"],  # 0,75 case hours in March: not shown as such
        ["Totaal", "6,25", "35,45", "150,00", "185,45"],
    ]


def test_csv_per_month_reads_back_in_dutch_excel_format(filled: Notebook, tmp_path: Path) -> None:
    out = tmp_path / "uren.csv"
    export_statement(filled, "acme", JAN, MAR, out, per_month=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    note, *rows = _csv_rows(raw)
    assert note == ["Let op: " + PER_MONTH_NOTE_NL]
    assert rows[0] == ["Maand", "Gesprekken in zaken", "Voorlichting", "Advies aan werkgever", "Totaal uren",
                       "Reiskosten (EUR)", "Zaalhuur (EUR)", "Totaal kosten (EUR)"]
    assert rows[1:] == [
        ["2026-01", "1,25", "0,00", "0,00", "1,25", "0,00", "0,00", "0,00"],
        ["2026-02", "0,00", "3,50", "0,00", "3,50", "35,45", "0,00", "35,45"],
        ["2026-03", "0,75", "0,00", "0,75", "1,50", "0,00", "150,00", "150,00"],
        ["Totaal", "2,00", "3,50", "0,75", "6,25", "35,45", "150,00", "185,45"],
    ]

    def number(text: str) -> float:
        return float(text.replace(",", "."))

    for row in rows[1:]:  # every row adds up
        assert number(row[1]) + number(row[2]) + number(row[3]) == pytest.approx(number(row[4]))
        assert number(row[5]) + number(row[6]) == pytest.approx(number(row[7]))
    text = raw.decode("utf-8-sig")
    assert find_leaks(text, SECRET) == [] and "Acme" not in text
    assert (out.stat().st_mode & 0o777) == 0o600


def test_word_statement_per_month_says_what_it_reveals(filled: Notebook, tmp_path: Path) -> None:
    out = tmp_path / "uren.docx"
    export_statement(filled, "acme", JAN, MAR, out, per_month=True)
    document = docx.Document(str(out))
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    assert tables[0][1] == ["2026-01", "1,25", "0,00", "0,00", "1,25"]
    assert PER_MONTH_NOTE_NL in "\n".join(p.text for p in document.paragraphs)


def test_word_statement_has_the_figures_and_nothing_about_persons(filled: Notebook, tmp_path: Path) -> None:
    out = tmp_path / "uren.docx"
    export_statement(filled, "acme", JAN, MAR, out)
    document = docx.Document(str(out))
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    assert tables[0] == [["Soort werk", "Uren"], ["Gesprekken in zaken", "2,00"], ["Voorlichting", "3,50"],
                         ["Advies aan werkgever", "0,75"], ["Totaal uren", "6,25"]]
    assert tables[1] == [["Maand", "Totaal uren"], ["2026-01", "1,25"], ["2026-02", "3,50"], ["2026-03", "1,50"],
                         ["Totaal", "6,25"]]
    assert tables[2][-1] == ["Totaal", "35,45", "150,00", "185,45"]
    body = "\n".join(p.text for p in document.paragraphs)
    assert PER_MONTH_NOTE_NL not in body
    assert "Acme BV, januari 2026 t/m maart 2026" in body
    assert "Totaal: 6,25 uur en EUR 185,45 kosten." in body
    assert document.core_properties.author == ""
    assert document.core_properties.title == "Urenverantwoording vertrouwenspersoon"
    width = document.sections[0].page_width
    assert width is not None and round(width.cm, 1) == 21.0
    with zipfile.ZipFile(out) as package:
        for name in package.namelist():
            text = package.read(name).decode("utf-8", errors="replace")
            assert find_leaks(text, SECRET) == [], name
            assert "python-docx" not in text, name


def test_statement_is_logged(filled: Notebook, tmp_path: Path) -> None:
    export_statement(filled, "acme", JAN, MAR, tmp_path / "s.csv")
    details = [e.detail for e in filled.audit.entries() if e.event == "statement_exported"]
    assert details == ["acme 2026-01..2026-03 csv"]


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026-3", "26-03", "2026/03", "maart", "2026-03-01", ""])
def test_invalid_months_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_month(text)
    assert caught.value.exit_code == 5


def test_range_must_run_forwards_and_be_bounded(filled: Notebook, tmp_path: Path) -> None:
    assert len(month_range(date(2025, 11, 1), date(2026, 2, 1))) == 4
    with pytest.raises(InvalidInput):
        month_range(MAR, JAN)
    with pytest.raises(InvalidInput):
        month_range(date(2000, 1, 1), date(2026, 1, 1))
    with pytest.raises(InvalidInput):
        build_statement(filled, "onbekend", JAN, MAR)
    existing = tmp_path / "s.csv"
    existing.write_bytes(b"eerder")
    with pytest.raises(DestinationExists):
        export_statement(filled, "acme", JAN, MAR, existing)
    assert existing.read_bytes() == b"eerder"


def test_many_kinds_of_activity_turn_the_word_page_to_landscape(filled: Notebook, tmp_path: Path) -> None:
    for kind in (ActivityKind.TRAINING, ActivityKind.OVERLEG, ActivityKind.INTERVISIE, ActivityKind.NETWERK):
        filled.work.add_activity(Activity(organisation="acme", date=date(2026, 1, 20), kind=kind, hours=1.0))
    out = tmp_path / "breed.docx"
    export_statement(filled, "acme", JAN, MAR, out, per_month=True)
    section = docx.Document(str(out)).sections[0]
    width, height = section.page_width, section.page_height
    assert width is not None and height is not None
    assert (round(width.cm, 1), round(height.cm, 1)) == (29.7, 21.0)
    assert len(docx.Document(str(out)).tables[0].columns) == 9  # month, cases, 6 kinds, total

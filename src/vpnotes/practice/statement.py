"""Statement of hours and expenses for one client organisation (DESIGN.md §1,
seed 004): an extern VP accounts for the time spent without revealing with whom.

By default it shows the hours of each kind of work over the whole period
(contacts in cases as the sum of their minutes, the VP's activities by kind), the
hours per month of all work together, and the expenses per month by kind. Case
work per month is shown only on request (``per_month``): "0,75 h of case
contacts in June" is one 45-minute conversation in June, and in a small
organisation that can point to a person. It never shows references, names,
descriptions (they may name people), the number of cases or contacts, or
anything per person. Purged cases keep their contact minutes per month, so their
hours still count.

Rounding: each figure is rounded to quarter hours (half up); totals are the sums
of the figures shown, so the statement adds up as an invoice must. Amounts are
exact to the cent. CSV is written for Dutch Excel: ``;`` between fields, a
decimal comma, UTF-8 with a byte order mark.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from vpnotes.domain.dates import FIRST_YEAR, LAST_YEAR, add_months, month_text
from vpnotes.domain.vocabulary import ActivityKind, ExpenseKind
from vpnotes.errors import InvalidInput, UsageError
from vpnotes.i18n import language, pick
from vpnotes.practice import docx_util
from vpnotes.store.notebook import Notebook

FORMATS = ("docx", "csv")
MAX_MONTHS = 120
LANDSCAPE_FROM_KINDS = 4
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
MONTH_NAMES_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                  "oktober", "november", "december")
MONTH_NAMES_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")


def parse_month(text: str) -> date:
    """``YYYY-MM`` as the first day of that month; InvalidInput (exit 5) otherwise."""
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12 or not FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR:
        raise InvalidInput("Geef een maand als JJJJ-MM, bijvoorbeeld 2026-03.",
                           "Give a month as YYYY-MM, for example 2026-03.")
    return date(int(match.group(1)), int(match.group(2)), 1)


def quarters_from_minutes(minutes: int) -> int:
    """Minutes to whole quarter hours, half up (7 minutes: 0, 8 minutes: 1)."""
    return (minutes + 7) // 15


def quarters_from_hours(hours: float) -> int:
    """Hours to whole quarter hours, half up; a hair of tolerance for binary fractions."""
    return math.floor(hours * 4 + 0.5 + 1e-9)


@dataclass(frozen=True)
class StatementMonth:
    month: date  # first day
    case_quarters: int
    activity_quarters: dict[ActivityKind, int] = field(default_factory=dict)
    expense_cents: dict[ExpenseKind, int] = field(default_factory=dict)

    @property
    def total_quarters(self) -> int:
        return self.case_quarters + sum(self.activity_quarters.values())

    @property
    def total_cents(self) -> int:
        return sum(self.expense_cents.values())


@dataclass(frozen=True)
class Statement:
    organisation: str
    organisation_name: str
    first: date
    last: date  # first day of the last month
    months: tuple[StatementMonth, ...]

    @property
    def activity_kinds(self) -> tuple[ActivityKind, ...]:
        """The kinds of activity that occur, in the vocabulary's order."""
        present = {k for m in self.months for k in m.activity_quarters}
        return tuple(k for k in ActivityKind if k in present)

    @property
    def expense_kinds(self) -> tuple[ExpenseKind, ...]:
        present = {k for m in self.months for k in m.expense_cents}
        return tuple(k for k in ExpenseKind if k in present)

    @property
    def case_quarters(self) -> int:
        return sum(m.case_quarters for m in self.months)

    def activity_quarters(self, kind: ActivityKind) -> int:
        return sum(m.activity_quarters.get(kind, 0) for m in self.months)

    def expense_cents(self, kind: ExpenseKind) -> int:
        return sum(m.expense_cents.get(kind, 0) for m in self.months)

    @property
    def total_quarters(self) -> int:
        return sum(m.total_quarters for m in self.months)

    @property
    def total_cents(self) -> int:
        return sum(m.total_cents for m in self.months)


def month_range(first: date, last: date) -> list[date]:
    if last < first:
        raise InvalidInput("De eindmaand ligt vóór de beginmaand.", "The last month is before the first.")
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if count > MAX_MONTHS:
        raise InvalidInput(f"Kies hoogstens {MAX_MONTHS} maanden.", f"Choose at most {MAX_MONTHS} months.")
    return [add_months(first, i) for i in range(count)]


def build_statement(notebook: Notebook, organisation: str, first: date, last: date) -> Statement:
    """Hours and expenses of ``organisation`` per month from ``first`` to ``last`` (months)."""
    org = notebook.organisations.get(organisation)
    months = month_range(first, last)
    wanted = {month_text(m) for m in months}
    end = add_months(last, 1)

    minutes: dict[str, int] = defaultdict(int)
    for case in notebook.cases.all():
        if case.organisation != org.key:
            continue
        for contact in case.contacts:
            key = month_text(contact.date)  # purged cases keep month-precise dates; they count the same
            if key in wanted:
                minutes[key] += contact.minutes
    hours: dict[str, dict[ActivityKind, float]] = defaultdict(lambda: defaultdict(float))
    for activity in notebook.work.activities(org.key, first, end):
        hours[month_text(activity.date)][activity.kind] += activity.hours
    cents: dict[str, dict[ExpenseKind, int]] = defaultdict(lambda: defaultdict(int))
    for expense in notebook.work.expenses(org.key, first, end):
        cents[month_text(expense.date)][expense.kind] += expense.amount_cents

    return Statement(
        organisation=org.key,
        organisation_name=org.name,
        first=first,
        last=last,
        months=tuple(
            StatementMonth(
                month=m,
                case_quarters=quarters_from_minutes(minutes.get(month_text(m), 0)),
                activity_quarters={k: quarters_from_hours(h) for k, h in hours.get(month_text(m), {}).items()},
                expense_cents=dict(cents.get(month_text(m), {})),
            )
            for m in months
        ),
    )


# -- rendering -------------------------------------------------------------------------------

def hours_text(quarters: int) -> str:
    """Quarter hours as hours with a decimal comma: 13 -> "3,25"."""
    return f"{quarters // 4},{(quarters % 4) * 25:02d}"


def amount_text(cents: int) -> str:
    return f"{cents // 100},{cents % 100:02d}"


def month_label(month: date) -> str:
    names = MONTH_NAMES_EN if language() == "en" else MONTH_NAMES_NL
    return f"{names[month.month - 1]} {month.year}"


def period_label(statement: Statement) -> str:
    if statement.first == statement.last:
        return month_label(statement.first)
    return pick(f"{month_label(statement.first)} t/m {month_label(statement.last)}",
                f"{month_label(statement.first)} to {month_label(statement.last)}")


def _case_label() -> str:
    return pick("Gesprekken in zaken", "Case contacts")


def _total() -> str:
    return pick("Totaal", "Total")


PER_MONTH_NOTE_NL = ("Dit overzicht toont de uren per soort per maand. Daaraan is te zien in welke maand er "
                     "gesprekken in zaken waren en hoe lang: bij een kleine organisatie kan dat naar een persoon "
                     "wijzen.")
PER_MONTH_NOTE_EN = ("This statement shows the hours of each kind per month. It shows in which month there were "
                     "conversations in cases and how long they took: in a small organisation that can point to a "
                     "person.")


def kinds_table(statement: Statement) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the hours per kind of work over the whole period, then the total."""
    rows = [[_case_label(), hours_text(statement.case_quarters)]]
    rows += [[k.label, hours_text(statement.activity_quarters(k))] for k in statement.activity_kinds]
    rows.append([pick("Totaal uren", "Total hours"), hours_text(statement.total_quarters)])
    return [pick("Soort werk", "Kind of work"), pick("Uren", "Hours")], rows


def month_totals_table(statement: Statement) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the hours of all work together per month, then the total."""
    rows = [[month_text(m.month), hours_text(m.total_quarters)] for m in statement.months]
    rows.append([_total(), hours_text(statement.total_quarters)])
    return [pick("Maand", "Month"), pick("Totaal uren", "Total hours")], rows


def hours_table(statement: Statement) -> tuple[list[str], list[list[str]]]:
    """Header and rows (months, then the total) of the hours: cases, each kind of activity, total.

    Only with ``per_month``: it shows case work month by month.
    """
    kinds = statement.activity_kinds
    header = [pick("Maand", "Month"), _case_label(), *(k.label for k in kinds), pick("Totaal uren", "Total hours")]
    rows = [
        [month_text(m.month), hours_text(m.case_quarters),
         *(hours_text(m.activity_quarters.get(k, 0)) for k in kinds), hours_text(m.total_quarters)]
        for m in statement.months
    ]
    rows.append([_total(), hours_text(statement.case_quarters),
                 *(hours_text(statement.activity_quarters(k)) for k in kinds), hours_text(statement.total_quarters)])
    return header, rows


def expenses_table(statement: Statement) -> tuple[list[str], list[list[str]]]:
    kinds = statement.expense_kinds
    header = [pick("Maand", "Month"), *(f"{k.label} (EUR)" for k in kinds),
              pick("Totaal kosten (EUR)", "Total expenses (EUR)")]
    rows = [
        [month_text(m.month), *(amount_text(m.expense_cents.get(k, 0)) for k in kinds), amount_text(m.total_cents)]
        for m in statement.months
    ]
    rows.append([_total(), *(amount_text(statement.expense_cents(k)) for k in kinds),
                 amount_text(statement.total_cents)])
    return header, rows


def statement_csv(statement: Statement, per_month: bool = False) -> bytes:
    """A row per month and a total row; hours columns, then expense columns.

    By default the hours per kind over the period come first, then the months with
    the hours of all work together; ``per_month`` gives a column per kind instead.
    """
    hours_header, hours_rows = hours_table(statement) if per_month else month_totals_table(statement)
    cost_header, cost_rows = expenses_table(statement)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    if per_month:
        writer.writerow([pick("Let op: ", "Note: ") + pick(PER_MONTH_NOTE_NL, PER_MONTH_NOTE_EN)])
    else:
        kinds_header, kinds_rows = kinds_table(statement)
        writer.writerows([kinds_header, *kinds_rows, []])
    writer.writerow(hours_header + cost_header[1:])
    for hours_row, cost_row in zip(hours_rows, cost_rows, strict=True):
        writer.writerow(hours_row + cost_row[1:])
    # The byte order mark makes Excel read UTF-8 (ë, é) instead of the ANSI code page.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def statement_docx(statement: Statement, per_month: bool = False) -> bytes:
    title = pick("Urenverantwoording vertrouwenspersoon", "Statement of the confidential counsellor")
    document = docx_util.new_document(title)
    if per_month and len(statement.activity_kinds) > LANDSCAPE_FROM_KINDS:
        docx_util.landscape(document)  # a column per kind of activity no longer fits portrait
    document.add_heading(title, level=0)
    document.add_paragraph().add_run(f"{statement.organisation_name}, {period_label(statement)}").bold = True
    document.add_paragraph(pick(
        "Uren en kosten. Uren zijn afgerond op kwartieren; totalen zijn de som van de getoonde "
        "bedragen. Het overzicht noemt geen namen, kenmerken of aantallen zaken of personen: wie de "
        "vertrouwenspersoon heeft gesproken, blijft vertrouwelijk.",
        "Hours and expenses. Hours are rounded to quarter hours; totals are the sums of the figures "
        "shown. The statement gives no names, references or numbers of cases or persons: who spoke to the "
        "confidential counsellor remains confidential.",
    ))
    if per_month:
        document.add_paragraph().add_run(pick(PER_MONTH_NOTE_NL, PER_MONTH_NOTE_EN)).italic = True
        document.add_heading(pick("Uren per maand", "Hours per month"), level=1)
        header, rows = hours_table(statement)
        docx_util.add_table(document, header, rows, bold_last=True)
    else:
        document.add_heading(pick("Uren over de hele periode", "Hours over the whole period"), level=1)
        header, rows = kinds_table(statement)
        docx_util.add_table(document, header, rows, bold_last=True)
        document.add_heading(pick("Uren per maand, alle werk samen", "Hours per month, all work together"), level=1)
        header, rows = month_totals_table(statement)
        docx_util.add_table(document, header, rows, bold_last=True)
    document.add_heading(pick("Kosten", "Expenses"), level=1)
    if statement.expense_kinds:
        header, rows = expenses_table(statement)
        docx_util.add_table(document, header, rows, bold_last=True)
    else:
        document.add_paragraph(pick("Geen kosten in deze periode.", "No expenses in this period."))
    document.add_paragraph()
    document.add_paragraph().add_run(pick(
        f"Totaal: {hours_text(statement.total_quarters)} uur en EUR {amount_text(statement.total_cents)} kosten.",
        f"Total: {hours_text(statement.total_quarters)} hours and EUR {amount_text(statement.total_cents)} "
        "expenses.",
    )).bold = True
    return docx_util.document_bytes(document)


def output_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UsageError("Kies een bestandsnaam op .docx of .csv.", "Choose a file name ending in .docx or .csv.")
    return suffix


def export_statement(notebook: Notebook, organisation: str, first: date, last: date, path: Path, *,
                     per_month: bool = False) -> Statement:
    """Write the statement to ``path`` (.docx or .csv, never overwriting) and log it.

    ``per_month``: each kind of work month by month (the VP asked for it, knowing what it reveals).
    """
    fmt = output_format(path)
    notebook.audit.require_loggable()  # made only when it can be logged (issue 14 D20)
    statement = build_statement(notebook, organisation, first, last)
    data = statement_docx(statement, per_month) if fmt == "docx" else statement_csv(statement, per_month)
    notebook.audit.write_output(path, data, ("statement_exported", f"{statement.organisation} {month_text(first)}.."
                                             f"{month_text(last)} {fmt}{' per-month' if per_month else ''}"))
    return statement

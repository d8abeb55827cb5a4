"""Date rules of the domain: month arithmetic that keeps the day number
(clipped to the month's end, DESIGN.md §5), the Wbk and AVG deadlines, and
report years that may start in another month than January (schooljaar).

Dates entered or imported lie in :data:`FIRST_YEAR`-:data:`LAST_YEAR`; arithmetic
on a date stored before that check (a case closed in 9999) saturates at the
calendar's ends instead of failing, so one odd date never stops a purge or a
statement for the whole notebook.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

WBK_ACK_DAYS = 7
WBK_FEEDBACK_MONTHS = 3
AVG_ANSWER_MONTHS = 1
# The sane range of a date in the notebook (checked at import and entry).
FIRST_YEAR = 1900
LAST_YEAR = 2199


def in_range(day: date) -> bool:
    return FIRST_YEAR <= day.year <= LAST_YEAR


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` months, keeping the day number, clipped to the month's end.

    Past the calendar's ends (year 1 or 9999) the result is ``date.min``/``date.max``.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    if year > date.max.year:
        return date.max
    if year < date.min.year:
        return date.min
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def wbk_deadlines(melding: date) -> tuple[date, date]:
    """(acknowledgement due, feedback due) for a formal melding misstand on ``melding``."""
    ack = melding + timedelta(days=WBK_ACK_DAYS)
    return ack, add_months(ack, WBK_FEEDBACK_MONTHS)


def avg_deadline(received: date) -> date:
    return add_months(received, AVG_ANSWER_MONTHS)


def month_text(day: date) -> str:
    """``YYYY-MM``: the resolution of dates in a statistical skeleton."""
    return f"{day.year:04d}-{day.month:02d}"


def parse_month_or_date(text: str) -> date:
    """Parse ``YYYY-MM-DD`` or ``YYYY-MM`` (the latter as the 1st). Raises ValueError."""
    if len(text) == 7:
        return date.fromisoformat(text + "-01")
    if len(text) != 10:
        raise ValueError("bad date")
    return date.fromisoformat(text)


def report_year_bounds(year: int, start_month: int = 1) -> tuple[date, date]:
    """First day and the day after the last of report year ``year``."""
    first = date(year, start_month, 1)
    return first, add_months(first, 12)


def report_year_label(year: int, start_month: int = 1) -> str:
    return str(year) if start_month == 1 else f"{year}-{year + 1}"


def report_year_of(day: date, start_month: int = 1) -> int:
    """The report year containing ``day`` (labelled by the year it starts in)."""
    return day.year if day.month >= start_month else day.year - 1

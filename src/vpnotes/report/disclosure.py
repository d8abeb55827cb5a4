"""Step 2 of the annual report: disclosure control (DESIGN.md §6), a pure
function from an :class:`~vpnotes.report.aggregate.Aggregate` and the minimum
cell size k to what may be shown.

In order:
1. Fewer than 2k cases in the year: the total (or ``< k``) and the number of
   contacts when it reaches k; no tables, no new/carried-over split.
2. Coarsen: in a table with an ``overig`` row (categories, parties, referrals),
   this year's rows of 1..k-1 fold into it; in the tables of known groups without
   one (roles, outcomes, genders) they fold into a remainder row "Overig"
   (``overige``), never into ``onbekend``: a board must not read a known outcome
   as an unknown one (issue 9). The folded rows are named beneath the table.
   Departments below k merge into "overige afdelingen" (never named). Quarters
   fold into halves, or the table is left out when the halves are small too. A
   table that would show only a remainder (overig, onbekend, overige afdelingen)
   says nothing and is left out. The previous year's column uses this year's rows.
3. Primary suppression: every count from 1 to k-1 is hidden.
4. Complementary suppression: where a column's total is shown and is the sum
   of its cells, one hidden cell is never alone: the next smallest is hidden
   too (or the total, when nothing else is left), so no hidden value can be
   recomputed.
5. Overview across organisations: organisations below k share one row, and
   when an organisation's own report hides something the overview would show
   (it has fewer than 2k cases, this year or last) every count is rounded to a
   multiple of 5, so its report cannot be subtracted from the overview.

Hours are rounded to whole hours. The VP's preventive activities are not about
persons and are shown as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from vpnotes.domain.vocabulary import Sector
from vpnotes.report.aggregate import (
    MULTI_TABLES,
    TABLE_CODES,
    TABLE_ORDER,
    UNKNOWN,
    Aggregate,
    PeriodAggregate,
    TableCounts,
)

OTHER_DEPARTMENTS = "overige_afdelingen"
OTHER_ORGANISATIONS = "overige_organisaties"
ROUND_TO = 5
REMAINDER = "overige"  # the remainder row of a table whose vocabulary has no "overig" code
REMAINDER_OR_UNKNOWN = "overige_of_onbekend"  # that remainder together with the unknown ones
# The row small rows fold into.
FALLBACK: dict[str, str] = {
    "categories": "overig",
    "roles": REMAINDER,
    "parties": "overig",
    "referrals": "overig",
    "outcomes": REMAINDER,
    "genders": REMAINDER,
}
# Rows that say nothing on their own: a table of only these is left out.
REMAINDERS = frozenset({"overig", REMAINDER, REMAINDER_OR_UNKNOWN, UNKNOWN, OTHER_DEPARTMENTS})
UNITS: dict[str, str] = {"modes": "contacts", "parties": "contacts", "formal_steps": "steps", "quarters": "new"}


@dataclass(frozen=True)
class ShownRow:
    """One row as it may be shown. ``None`` is a hidden (suppressed) count."""

    code: str
    count: int | None
    previous: int | None = None
    folded: tuple[str, ...] = ()  # codes folded into this row this year; never department names


@dataclass(frozen=True)
class ShownTable:
    name: str
    rows: tuple[ShownRow, ...]
    total: int | None
    total_is_sum: bool
    has_previous: bool
    previous_total: int | None = None
    unit: str = "cases"  # what the counts count: cases, new (cases), contacts or steps

    @property
    def multi(self) -> bool:
        return self.name in MULTI_TABLES

    @property
    def suppressed_any(self) -> bool:
        return any(r.count is None or (self.has_previous and r.previous is None) for r in self.rows)

    @property
    def folded_codes(self) -> tuple[str, ...]:
        return tuple(code for row in self.rows for code in row.folded)


@dataclass(frozen=True)
class ShownCases:
    total: int | None
    new: int | None = None
    carried_over: int | None = None
    split: bool = False  # whether new/carried-over is part of the report at all


@dataclass(frozen=True)
class ShownActivity:
    code: str
    count: int
    hours: int


@dataclass(frozen=True)
class ShownPrevious:
    year: int
    label: str
    cases: ShownCases
    contacts: int | None
    breakdown: bool


@dataclass(frozen=True)
class Disclosed:
    """What the report may show: the input of the JSON and the document."""

    organisation: str | None
    organisation_name: str
    year: int
    label: str
    min_cell: int
    breakdown: bool
    cases: ShownCases
    contacts: int | None
    tables: tuple[ShownTable, ...]
    hours_cases: int | None
    hours_activities: int
    activities: tuple[ShownActivity, ...]
    previous: ShownPrevious | None
    sector: Sector = Sector.WERK  # decides the labels (DESIGN.md §9)
    has_register: bool = False  # vlaanderen: the register van feiten door derden is counted
    register: int | None = None  # entries recorded in the year; None when hidden (1..k-1)
    rounded_to: int | None = None  # overview: counts rounded to this multiple
    vps: int = 1  # a joint report of this many VPs (DESIGN.md §10); 1: an own report

    def table(self, name: str) -> ShownTable | None:
        for table in self.tables:
            if table.name == name:
                return table
        return None


def round_hours(hours: float) -> int:
    """Whole hours, halves rounded up (not Python's banker's rounding)."""
    return int(hours + 0.5)


def small(value: int, k: int) -> bool:
    return 1 <= value < k


def suppress_column(values: Sequence[int], total: int, total_is_sum: bool,
                    k: int) -> tuple[list[int | None], int | None]:
    """Primary and complementary suppression of one column with its total."""
    shown: list[int | None] = [None if small(v, k) else v for v in values]
    shown_total: int | None = None if small(total, k) else total
    if total_is_sum and shown_total is not None:
        while sum(1 for v in shown if v is None) == 1:
            candidates = [(v, i) for i, v in enumerate(shown) if v is not None and v > 0]
            if not candidates:  # nothing else to hide: the total would give it away
                shown_total = None
                break
            shown[min(candidates)[1]] = None
    return shown, shown_total


def disclose(agg: Aggregate, k: int) -> Disclosed:
    """Apply the rules of DESIGN.md §6 with minimum cell size ``k``."""
    cur, prev = agg.current, agg.previous
    breakdown = cur.cases_total >= 2 * k
    prev_breakdown = breakdown and prev.cases_total >= 2 * k
    cases = _cases(cur, k, breakdown)
    prev_cases = _cases(prev, k, prev_breakdown)
    tables: list[ShownTable] = []
    if breakdown:
        for name in TABLE_ORDER:
            if name not in cur.tables:
                continue
            before = prev.tables.get(name) if prev_breakdown else None
            table = _table(name, cur.tables[name], before, k)
            if name == "quarters" and table is not None:
                table = _quarters_consistent(table, cases, prev_cases)
            if table is not None:
                tables.append(table)
        if agg.is_overview:
            tables.insert(0, _organisations(agg, k, prev_breakdown))
    hours_cases = None if small(cur.cases_total, k) else round_hours(cur.case_minutes / 60)
    activities = tuple(
        ShownActivity(code, n, round_hours(hours))
        for code in _activity_order(cur)
        for n, hours in [cur.activities[code]]
    )
    previous = None
    if not prev.is_empty:
        previous = ShownPrevious(prev.year, prev.label, prev_cases, _contacts(prev, k), prev_breakdown)
    disclosed = Disclosed(
        agg.organisation, agg.organisation_name, agg.year, agg.label, k, breakdown, cases, _contacts(cur, k),
        tuple(tables), hours_cases, round_hours(cur.activity_hours), activities, previous, vps=agg.vps)
    if agg.is_overview and _overview_needs_rounding(agg, k):
        disclosed = round_counts(disclosed, ROUND_TO)

    return _with_sector(disclosed, agg, k)


def _with_sector(disclosed: Disclosed, agg: Aggregate, k: int) -> Disclosed:
    """The sector's part (DESIGN.md §9): its labels, and a Flemish register's yearly count (hidden when
    small, rounded like every count of an overview that rounds)."""
    count = agg.current.register
    shown = None if count is None or small(count, k) else count
    if shown is not None and disclosed.rounded_to:
        shown = disclosed.rounded_to * ((shown + disclosed.rounded_to // 2) // disclosed.rounded_to)
    return replace(disclosed, sector=agg.sector, has_register=count is not None, register=shown)


def _cases(period: PeriodAggregate, k: int, breakdown: bool) -> ShownCases:
    total = period.cases_total
    if not breakdown:
        return ShownCases(None if small(total, k) else total)
    (new, carried), shown_total = suppress_column([period.cases_new, period.carried_over], total, True, k)
    return ShownCases(shown_total, new, carried, split=True)


def _contacts(period: PeriodAggregate, k: int) -> int | None:
    return None if small(period.contacts, k) else period.contacts


def _activity_order(period: PeriodAggregate) -> list[str]:
    from vpnotes.domain.vocabulary import ActivityKind

    return [kind.value for kind in ActivityKind if period.activities.get(kind.value, (0, 0.0))[0] > 0]


def _rows_for(name: str, cur: TableCounts, prev: TableCounts | None,
              k: int) -> list[tuple[str, int, int, tuple[str, ...]]] | None:
    """(code, this year, last year, folded) after coarsening; None when the table is left out."""
    def before(codes: Sequence[str]) -> int:
        return prev.count_any(codes) if prev is not None else 0

    if name == "departments":
        return _department_rows(cur, prev, k)
    if name == "quarters":
        quarters = [cur.count(q) for q in TABLE_CODES["quarters"]]
        if not any(small(v, k) for v in quarters):
            return [(q, cur.count(q), before([q]), ()) for q in TABLE_CODES["quarters"]]  # type: ignore[misc]
        halves = [("H1", ("Q1", "Q2")), ("H2", ("Q3", "Q4"))]
        if any(small(cur.count_any(parts), k) for _, parts in halves):
            return None
        return [(code, cur.count_any(parts), before(parts), ()) for code, parts in halves]
    codes = [c for c in TABLE_CODES[name] if cur.count(c) > 0 or (prev is not None and prev.count(c) > 0)]
    fallback = FALLBACK.get(name)
    folded: tuple[str, ...] = ()
    if fallback is not None:
        folded = tuple(c for c in codes if c != fallback and small(cur.count(c), k))
    rows: list[tuple[str, int, int, tuple[str, ...]]] = []
    for code in codes:
        if code in folded:
            continue
        if code != fallback:
            rows.append((code, cur.count(code), before([code]), ()))
    if fallback is not None and (folded or fallback in codes):
        members = (fallback, *folded)
        code = fallback
        if fallback == REMAINDER:
            unknown = next((row for row in rows if row[0] == UNKNOWN), None)
            if UNKNOWN in folded:
                code = REMAINDER_OR_UNKNOWN  # a few unknown ones among the small known groups
            elif unknown is not None and small(cur.count_any(members), k):
                # The remainder alone would be hidden: together with the unknown ones it can be shown,
                # named for what it is ("other or unknown"), never as unknown.
                rows.remove(unknown)
                members = (*members, UNKNOWN)
                code = REMAINDER_OR_UNKNOWN
        remainder = (code, cur.count_any(members), before(members), folded)
        # The remainder of known groups goes before "onbekend", which stays last.
        last = len(rows) - 1 if rows and rows[-1][0] == UNKNOWN and fallback != UNKNOWN else len(rows)
        rows.insert(last, remainder)
    return rows


def _department_rows(cur: TableCounts, prev: TableCounts | None,
                     k: int) -> list[tuple[str, int, int, tuple[str, ...]]]:
    named = sorted((d for d, n in cur.counts.items() if d != UNKNOWN and n >= k),
                   key=lambda d: (-cur.count(d), d))
    rows: list[tuple[str, int, int, tuple[str, ...]]] = [
        (d, cur.count(d), prev.count(d) if prev else 0, ()) for d in named]
    keep = {*named, UNKNOWN}
    others_now = sum(n for d, n in cur.counts.items() if d not in keep)
    others_before = sum(n for d, n in prev.counts.items() if d not in keep) if prev else 0
    if others_now or others_before:
        rows.append((OTHER_DEPARTMENTS, others_now, others_before, ()))
    unknown_before = prev.count(UNKNOWN) if prev else 0
    if cur.count(UNKNOWN) or unknown_before:
        rows.append((UNKNOWN, cur.count(UNKNOWN), unknown_before, ()))
    return rows


def _table(name: str, cur: TableCounts, prev: TableCounts | None, k: int) -> ShownTable | None:
    rows = _rows_for(name, cur, prev, k)
    if not rows:
        return None
    is_sum = name not in MULTI_TABLES
    now, total = suppress_column([r[1] for r in rows], cur.total, is_sum, k)
    if not any(v for v, row in zip(now, rows, strict=True) if row[0] not in REMAINDERS):
        return None  # nothing non-zero left to show, or only a remainder: the table would say nothing
    before: list[int | None] = [None] * len(rows)
    prev_total: int | None = None
    if prev is not None:
        before, prev_total = suppress_column([r[2] for r in rows], prev.total, is_sum, k)
    shown = tuple(ShownRow(code, n, b, folded) for (code, _, _, folded), n, b in zip(rows, now, before, strict=True))
    return ShownTable(name, shown, total, is_sum, prev is not None, prev_total, UNITS.get(name, "cases"))


def _quarters_consistent(table: ShownTable, cases: ShownCases, prev_cases: ShownCases) -> ShownTable | None:
    """Quarters add up to the new cases: where that split is hidden, so is the table (or its column)."""
    if cases.new is None:
        return None
    if table.has_previous and prev_cases.new is None:
        rows = tuple(replace(r, previous=None) for r in table.rows)
        return replace(table, rows=rows, previous_total=None)
    return table


def _organisations(agg: Aggregate, k: int, prev_breakdown: bool) -> ShownTable:
    """Cases per organisation; organisations below k share one row."""
    keys = sorted(agg.organisations)
    small_keys = [key for key in keys if small(agg.organisations[key], k)]
    rows = [(key, agg.organisations[key], agg.previous_organisations.get(key, 0)) for key in keys
            if key not in small_keys]
    if small_keys:
        rows.append((OTHER_ORGANISATIONS, sum(agg.organisations[key] for key in small_keys),
                     sum(agg.previous_organisations.get(key, 0) for key in small_keys)))
    now, total = suppress_column([r[1] for r in rows], agg.current.cases_total, True, k)
    before: list[int | None] = [None] * len(rows)
    prev_total: int | None = None
    if prev_breakdown:
        before, prev_total = suppress_column([r[2] for r in rows], agg.previous.cases_total, True, k)
    shown = tuple(ShownRow(code, n, b) for (code, _, _), n, b in zip(rows, now, before, strict=True))
    return ShownTable("organisations", shown, total, True, prev_breakdown, prev_total)


def _overview_needs_rounding(agg: Aggregate, k: int) -> bool:
    """An organisation whose own report hides part of what the overview shows."""
    counts = [*agg.organisations.values(), *agg.previous_organisations.values()]
    return any(1 <= n < 2 * k for n in counts)


def round_counts(disclosed: Disclosed, step: int) -> Disclosed:
    """Every shown count rounded to a multiple of ``step``; totals are then no longer exact sums."""
    def r(value: int | None) -> int | None:
        return None if value is None else step * ((value + step // 2) // step)

    def cases(c: ShownCases) -> ShownCases:
        return ShownCases(r(c.total), r(c.new), r(c.carried_over), c.split)

    def table(t: ShownTable) -> ShownTable:
        rows = tuple(replace(row, count=r(row.count), previous=r(row.previous)) for row in t.rows)
        return replace(t, rows=rows, total=r(t.total), previous_total=r(t.previous_total), total_is_sum=False)

    previous = disclosed.previous
    if previous is not None:
        previous = replace(previous, cases=cases(previous.cases), contacts=r(previous.contacts))
    return replace(disclosed, cases=cases(disclosed.cases), contacts=r(disclosed.contacts),
                   tables=tuple(table(t) for t in disclosed.tables), previous=previous, rounded_to=step)

"""Step 2 of the report: disclosure control, on the golden dataset and as
invariants over random aggregates (hypothesis)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from report.golden import fill_golden
from vpnotes.report.aggregate import MULTI_TABLES, TABLE_CODES, Aggregate, PeriodAggregate, TableCounts, aggregate
from vpnotes.report.disclosure import (
    OTHER_DEPARTMENTS,
    Disclosed,
    ShownRow,
    ShownTable,
    disclose,
    suppress_column,
)
from vpnotes.store.notebook import Notebook


def rows(table: ShownTable | None) -> list[tuple[str, int | None]]:
    assert table is not None
    return [(r.code, r.count) for r in table.rows]


def test_golden_disclosure(notebook: Notebook) -> None:
    fill_golden(notebook)
    shown = disclose(aggregate(notebook, "acme", 2025), 5)
    assert shown.breakdown
    # 3 carried over is small; the 12 new would give it away: both hidden, the total stays.
    assert (shown.cases.total, shown.cases.new, shown.cases.carried_over) == (15, None, None)
    assert shown.contacts == 19
    categories = shown.table("categories")
    assert rows(categories) == [("pesten", 10), ("overig", 9)]
    assert categories is not None and categories.rows[1].folded == ("discriminatie", "integriteit", "werkdruk")
    assert (categories.total, categories.total_is_sum) == (15, False)
    assert rows(shown.table("kinds")) == [("advies", None), ("melding", 9), ("signaal", None)]
    # Leidinggevende (4) and onbekend (2) are small: together "Overig of onbekend", not "Onbekend" (issue 9).
    assert rows(shown.table("roles")) == [("medewerker", 9), ("overige_of_onbekend", 6)]
    # getuige 4 is hidden, so zelf (11 of 15) is too: nothing left to show, the table is left out.
    assert shown.table("positions") is None
    # Quarters fold into halves (Q2 = 4), but they add up to the hidden new cases: left out.
    assert shown.table("quarters") is None
    assert rows(shown.table("modes")) == [("persoonlijk", 9), ("telefoon", None), ("video", None),
                                          ("schriftelijk", None)]
    assert rows(shown.table("parties")) == [("melder", 19)]
    for name in ("referrals", "outcomes", "formal_steps"):  # only small counts: nothing to show
        assert shown.table(name) is None
    assert rows(shown.table("departments")) == [("Financiën", 6), (OTHER_DEPARTMENTS, None), ("onbekend", None)]
    # m (3) alone would be hidden: with the 6 unknown ones it reads "Overig of onbekend", never "Onbekend".
    assert rows(shown.table("genders")) == [("v", 6), ("overige_of_onbekend", 9)]
    assert (shown.hours_cases, shown.hours_activities) == (13, 4)  # 12.9 h; 3.75 h
    assert [(a.code, a.count, a.hours) for a in shown.activities] == [("voorlichting", 1, 3), ("training", 1, 1)]
    # The previous year has 5 cases (< 2k): its total only, no column in the tables.
    assert shown.previous is not None
    assert (shown.previous.label, shown.previous.cases.total, shown.previous.breakdown) == ("2024", 5, False)
    assert not any(t.has_previous for t in shown.tables)


def test_fewer_than_2k_cases_show_the_total_only(notebook: Notebook) -> None:
    fill_golden(notebook)
    agg = aggregate(notebook, "acme", 2025)
    shown = disclose(agg, 8)  # 15 < 16
    assert not shown.breakdown and shown.tables == ()
    assert (shown.cases.total, shown.cases.split, shown.contacts) == (15, False, 19)
    tiny = disclose(agg, 10)
    assert (tiny.cases.total, tiny.contacts) == (15, 19)
    few = disclose(Aggregate("x", "X", 2025, "2025", _period([_Case()] * 3, contacts=4), _empty()), 5)
    assert (few.cases.total, few.contacts, few.hours_cases) == (None, None, None)


def test_complementary_suppression_hides_the_next_smallest() -> None:
    assert suppress_column([10, 2, 7, 0], 19, True, 5) == ([10, None, None, 0], 19)
    assert suppress_column([10, 2, 3, 6], 21, True, 5) == ([10, None, None, 6], 21)
    assert suppress_column([10, 2, 7, 0], 19, False, 5) == ([10, None, 7, 0], 19)  # not a sum: no recomputing
    assert suppress_column([0, 3], 3, True, 5) == ([0, None], None)


# -- invariants over random aggregates ------------------------------------------------------------------------

@dataclass(frozen=True)
class _Case:
    kind: str = "melding"
    categories: frozenset[str] = frozenset({"pesten"})
    role: str = "medewerker"
    position: str = "zelf"
    quarter: int = 1
    gender: str = "onbekend"
    department: str = "onbekend"
    referrals: frozenset[str] = frozenset()
    outcomes: frozenset[str] = frozenset()
    modes: tuple[str, ...] = ("persoonlijk",)


def _period(cases: list[_Case], contacts: int | None = None, year: int = 2025) -> PeriodAggregate:
    total = len(cases)
    new = sum(1 for c in cases if c.quarter)
    singles = {name: Counter(getattr(c, attr) for c in cases) for name, attr in
               (("kinds", "kind"), ("roles", "role"), ("positions", "position"), ("genders", "gender"),
                ("departments", "department"))}
    tables: dict[str, TableCounts] = {name: TableCounts(counts, total) for name, counts in singles.items()}
    tables["quarters"] = TableCounts(Counter(f"Q{c.quarter}" for c in cases if c.quarter), new)
    modes = Counter(m for c in cases for m in c.modes)
    n_contacts = sum(modes.values())
    tables["modes"] = TableCounts(modes, n_contacts)
    tables["parties"] = TableCounts(Counter({"melder": n_contacts}), n_contacts)
    tables["formal_steps"] = TableCounts(Counter(), 0)
    for name in MULTI_TABLES:
        combos = Counter(getattr(c, name) for c in cases)
        counts = Counter(code for c in cases for code in getattr(c, name))
        with_any = sum(n for combo, n in combos.items() if combo)
        tables[name] = TableCounts(counts, total if name == "categories" else with_any, True, dict(combos))
    return PeriodAggregate(year, str(year), total, new, n_contacts if contacts is None else contacts,
                           60 * n_contacts, tables, {})


def _empty() -> PeriodAggregate:
    return _period([], year=2024)


def _subset(codes: tuple[str, ...], min_size: int) -> st.SearchStrategy[frozenset[str]]:
    return st.frozensets(st.sampled_from(codes), min_size=min_size, max_size=3)


_cases = st.builds(
    _Case,
    kind=st.sampled_from(TABLE_CODES["kinds"]),
    categories=_subset(TABLE_CODES["categories"], 1),
    role=st.sampled_from(TABLE_CODES["roles"]),
    position=st.sampled_from(TABLE_CODES["positions"]),
    quarter=st.integers(0, 4),
    gender=st.sampled_from(TABLE_CODES["genders"]),
    department=st.sampled_from(["Financiën", "ICT", "Zorg", "Keuken", "onbekend"]),
    referrals=_subset(TABLE_CODES["referrals"][:5], 0),
    outcomes=_subset(TABLE_CODES["outcomes"], 0),
    modes=st.lists(st.sampled_from(TABLE_CODES["modes"]), max_size=3).map(tuple),
)


def _shown_numbers(shown: Disclosed) -> list[int]:
    numbers = [shown.cases.total, shown.cases.new, shown.cases.carried_over, shown.contacts]
    for table in shown.tables:
        numbers += [table.total, table.previous_total]
        numbers += [v for row in table.rows for v in (row.count, row.previous)]
    if shown.previous is not None:
        numbers += [shown.previous.cases.total, shown.previous.cases.new, shown.previous.contacts]
    return [n for n in numbers if n is not None]


def _column(table: ShownTable, previous: bool) -> tuple[list[int | None], int | None]:
    values = [row.previous if previous else row.count for row in table.rows]
    return values, table.previous_total if previous else table.total


@settings(max_examples=300, deadline=None)
@given(st.lists(_cases, max_size=70), st.lists(_cases, max_size=70), st.integers(3, 10))
def test_suppression_invariants(now: list[_Case], before: list[_Case], k: int) -> None:
    agg = Aggregate("acme", "Acme BV", 2025, "2025", _period(now), _period(before, year=2024))
    shown = disclose(agg, k)
    # No count from 1 to k-1 is ever shown.
    assert not [n for n in _shown_numbers(shown) if 1 <= n < k]
    # Fewer than 2k cases: no breakdown at all.
    if len(now) < 2 * k:
        assert shown.tables == () and not shown.cases.split
    else:
        assert shown.cases.split
    if shown.cases.split and shown.cases.total is not None:
        assert [shown.cases.new, shown.cases.carried_over].count(None) != 1
    for table in shown.tables:
        # Where a shown total is the sum of its column, never exactly one hidden cell: it could be recomputed.
        for previous in (False, True) if table.has_previous else (False,):
            values, total = _column(table, previous)
            if table.total_is_sum and total is not None:
                assert values.count(None) != 1, (table.name, previous, values, total)
                if None not in values:
                    assert sum(v for v in values if v is not None) == total
        # Folded codes were small this year and are no row of their own.
        codes = {row.code for row in table.rows}
        for row in table.rows:
            for code in row.folded:
                assert code not in codes
                assert 1 <= agg.current.tables[table.name].count(code) < k
        if table.name == "departments":
            for row in table.rows:
                if row.code not in (OTHER_DEPARTMENTS, "onbekend"):
                    assert agg.current.tables["departments"].count(row.code) >= k
        if table.name in ("departments", "genders"):
            assert len(now) >= 2 * k
    # The previous year is folded the same way: its column sits in this year's rows, or is absent.
    if shown.previous is not None and not shown.previous.breakdown:
        assert not any(t.has_previous for t in shown.tables)
    if shown.previous is not None and shown.previous.breakdown:
        assert len(before) >= 2 * k


@settings(max_examples=100, deadline=None)
@given(st.lists(_cases, min_size=1, max_size=40), st.lists(_cases, max_size=40), st.integers(3, 10))
def test_an_overview_with_a_small_organisation_is_rounded(big: list[_Case], small: list[_Case], k: int) -> None:
    total = _period(big + small)
    agg = Aggregate(None, "", 2025, "2025", total, _empty(),
                    organisations={"groot": len(big), "klein": len(small)}, previous_organisations={},
                    organisation_min_cells={"groot": k, "klein": 3})
    shown = disclose(agg, k)
    if any(1 <= n < 2 * k for n in (len(big), len(small))):
        assert shown.rounded_to == 5
        assert all(n % 5 == 0 for n in _shown_numbers(shown))
    else:
        assert shown.rounded_to is None
    organisations = shown.table("organisations")
    if organisations is not None:
        named = {row.code for row in organisations.rows}
        if 1 <= len(small) < k:
            assert "klein" not in named  # below k: shares the row of the other organisations


def test_rows_hold_nothing_but_the_count_when_hidden() -> None:
    row = ShownRow("advies", None)
    assert (row.count, row.folded) == (None, ())


def test_small_quarters_fold_into_halves_or_the_table_is_left_out() -> None:
    def shown_quarters(quarters: list[int]) -> list[tuple[str, int | None]] | None:
        cases = [_Case(quarter=q) for q in quarters]
        table = disclose(Aggregate("a", "A", 2025, "2025", _period(cases), _empty()), 5).table("quarters")
        return None if table is None else rows(table)

    assert shown_quarters([1] * 6 + [2] * 5 + [3] * 7 + [4] * 5) == [("Q1", 6), ("Q2", 5), ("Q3", 7), ("Q4", 5)]
    assert shown_quarters([1] * 6 + [2] * 3 + [3] * 7 + [4] * 5) == [("H1", 9), ("H2", 12)]
    assert shown_quarters([1] * 12 + [2] * 2 + [3] * 3) is None  # H2 = 3 is small too


def test_departments_below_k_merge_and_are_never_named() -> None:
    cases = ([_Case(department="Financiën")] * 8 + [_Case(department="ICT")] * 6 + [_Case(department="Keuken")] * 3
             + [_Case(department="Zorg")] * 2 + [_Case()] * 5)
    table = disclose(Aggregate("a", "A", 2025, "2025", _period(cases), _empty()), 5).table("departments")
    assert rows(table) == [("Financiën", 8), ("ICT", 6), (OTHER_DEPARTMENTS, 5), ("onbekend", 5)]
    assert table is not None and table.folded_codes == ()


def test_small_known_groups_fold_into_a_named_remainder_never_into_unknown() -> None:
    cases = ([_Case(role="medewerker", gender="v")] * 12 + [_Case(role="leidinggevende", gender="m")] * 3
             + [_Case(role="stagiair", gender="m")] * 3 + [_Case(role="onbekend", gender="onbekend")] * 6)
    shown = disclose(Aggregate("a", "A", 2025, "2025", _period(cases), _empty()), 5)
    roles = shown.table("roles")
    # leidinggevende 3 and stagiair 3 together: "Overig" (6), named beneath; the 6 unknown stay unknown.
    assert rows(roles) == [("medewerker", 12), ("overige", 6), ("onbekend", 6)]
    assert roles is not None and roles.rows[1].folded == ("leidinggevende", "stagiair")


def test_a_table_that_would_show_only_a_remainder_is_left_out() -> None:
    # Every case is "overig" in its category, or "onbekend" in its gender: those tables say nothing.
    cases = [_Case(categories=frozenset({"overig"}), gender="onbekend")] * 12
    shown = disclose(Aggregate("a", "A", 2025, "2025", _period(cases), _empty()), 5)
    assert shown.breakdown
    assert shown.table("categories") is None
    assert shown.table("genders") is None
    assert shown.table("roles") is not None  # medewerker 12: a real row

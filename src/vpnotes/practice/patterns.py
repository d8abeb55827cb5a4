"""Patterns across cases, for the VP's eyes only (DESIGN.md §1, seed 001).

Three signals a VP wants to notice before they become a headline: a department
that keeps coming back, a person who is the subject of several cases, and a
category that rises sharply against the previous year. The thresholds are
policies in the vault (``patterns.department_min_cases``,
``patterns.betrokkene_min_cases``, ``patterns.rise_percent``), so they travel
with a handover and the UI and the command line agree.

The result names departments, people and references: it is shown on the VP's
own screen and never written to a file or into a report.

Which cases count in a period follows the annual report (DESIGN.md §6): a case
counts when it was opened in the period or had a contact in it. Recurrence is
looked for within one organisation: the same name at two client organisations
is most likely two people. Purged cases (statistical skeletons) still count for
the categories; they have no department or name left.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from vpnotes.domain.dates import add_months, report_year_bounds, report_year_label, report_year_of
from vpnotes.domain.model import Case, Organisation
from vpnotes.domain.vocabulary import Category, Sector
from vpnotes.practice.names import fold, person_key
from vpnotes.store.notebook import Notebook

WINDOW_MONTHS = 12


@dataclass(frozen=True)
class Thresholds:
    department_min_cases: int
    betrokkene_min_cases: int
    rise_percent: int

    @classmethod
    def from_policy(cls, notebook: Notebook) -> Thresholds:
        return cls(
            department_min_cases=int(notebook.policy.get("patterns.department_min_cases")),
            betrokkene_min_cases=int(notebook.policy.get("patterns.betrokkene_min_cases")),
            rise_percent=int(notebook.policy.get("patterns.rise_percent")),
        )


@dataclass(frozen=True)
class RecurringDepartment:
    name: str  # the spelling used most often
    cases: int
    as_melder: int  # cases whose melder works there
    as_betrokkene: int  # cases with a betrokkene there
    references: tuple[str, ...]


@dataclass(frozen=True)
class RecurringPerson:
    name: str  # the spelling used most often
    spellings: tuple[str, ...]  # every spelling found, so the VP can judge the match
    cases: int
    references: tuple[str, ...]


@dataclass(frozen=True)
class RisingCategory:
    category: Category
    count: int  # cases in the year
    previous: int  # cases in the previous year
    rise_percent: int | None  # None when the category did not occur the year before


@dataclass(frozen=True)
class OrganisationPatterns:
    organisation: str
    organisation_name: str
    window_start: date
    window_end: date  # exclusive
    year_label: str
    previous_year_label: str
    year_complete: bool  # False while the compared year is still running
    departments: tuple[RecurringDepartment, ...]
    betrokkenen: tuple[RecurringPerson, ...]
    rising: tuple[RisingCategory, ...]
    sector: Sector = Sector.WERK  # the organisation's words for the categories (DESIGN.md §9)

    @property
    def empty(self) -> bool:
        return not (self.departments or self.betrokkenen or self.rising)


@dataclass(frozen=True)
class PatternReport:
    thresholds: Thresholds
    organisations: tuple[OrganisationPatterns, ...]


def find_patterns(notebook: Notebook, *, organisation: str | None = None, year: int | None = None,
                  today: date | None = None) -> PatternReport:
    """Patterns per organisation (or of one), in report year ``year`` or the last 12 months.

    With ``year`` the window is that report year and rising categories compare it
    with the year before; without, the window is the 12 months up to ``today`` and
    the current report year (so far) is compared with the previous one.
    Raises InvalidInput for an unknown organisation.
    """
    thresholds = Thresholds.from_policy(notebook)
    today = today or date.today()
    organisations = [notebook.organisations.get(organisation)] if organisation else notebook.organisations.all()
    cases_by_org: dict[str, list[Case]] = defaultdict(list)
    for case in notebook.cases.all():
        if case.organisation is not None:
            cases_by_org[case.organisation].append(case)
    return PatternReport(
        thresholds=thresholds,
        organisations=tuple(
            organisation_patterns(org, cases_by_org.get(org.key, []), thresholds, year=year, today=today)
            for org in organisations
        ),
    )


def organisation_patterns(org: Organisation, cases: list[Case], thresholds: Thresholds, *,
                          year: int | None, today: date) -> OrganisationPatterns:
    """The patterns of one organisation's ``cases`` (pure: no vault access)."""
    start_month = org.year_start_month
    if year is None:
        window_end = today + timedelta(days=1)
        window_start = add_months(today, -WINDOW_MONTHS) + timedelta(days=1)
        compared = report_year_of(today, start_month)
    else:
        window_start, window_end = report_year_bounds(year, start_month)
        compared = year
    in_window = [c for c in cases if counts_in(c, window_start, window_end)]
    this_start, this_end = report_year_bounds(compared, start_month)
    prev_start, prev_end = report_year_bounds(compared - 1, start_month)
    return OrganisationPatterns(
        organisation=org.key,
        organisation_name=org.name,
        sector=org.sector,
        window_start=window_start,
        window_end=window_end,
        year_label=report_year_label(compared, start_month),
        previous_year_label=report_year_label(compared - 1, start_month),
        year_complete=this_end <= today,
        departments=recurring_departments(in_window, thresholds.department_min_cases),
        betrokkenen=recurring_betrokkenen(in_window, thresholds.betrokkene_min_cases),
        rising=rising_categories(
            [c for c in cases if counts_in(c, this_start, this_end)],
            [c for c in cases if counts_in(c, prev_start, prev_end)],
            min_count=thresholds.department_min_cases,
            rise_percent=thresholds.rise_percent,
        ),
    )


def counts_in(case: Case, start: date, end: date) -> bool:
    """Whether ``case`` counts in [start, end): opened in it or a contact in it (DESIGN.md §6)."""
    if start <= case.opened < end:
        return True
    return any(start <= contact.date < end for contact in case.contacts)


_SPACES = re.compile(r"\s+")


def department_key(name: str) -> str:
    return _SPACES.sub(" ", fold(name)).strip()


def _most_common(spellings: Counter[str]) -> str:
    # Most frequent; on a tie the first one met (cases are read in the order they were added).
    return max(spellings.items(), key=lambda item: item[1])[0]


def _references(cases: Iterable[Case]) -> tuple[str, ...]:
    return tuple(sorted(c.reference for c in cases if c.reference))


def recurring_departments(cases: list[Case], minimum: int) -> tuple[RecurringDepartment, ...]:
    """Departments touched (melder or betrokkene) by at least ``minimum`` cases."""
    melder_cases: dict[str, list[Case]] = defaultdict(list)
    betrokkene_cases: dict[str, list[Case]] = defaultdict(list)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for case in cases:
        seen_as_betrokkene: set[str] = set()
        if case.melder.department and department_key(case.melder.department):
            key = department_key(case.melder.department)
            melder_cases[key].append(case)
            spellings[key][case.melder.department.strip()] += 1
        for betrokkene in case.betrokkenen:
            if betrokkene.department and department_key(betrokkene.department):
                key = department_key(betrokkene.department)
                spellings[key][betrokkene.department.strip()] += 1
                if key not in seen_as_betrokkene:
                    seen_as_betrokkene.add(key)
                    betrokkene_cases[key].append(case)
    found: list[RecurringDepartment] = []
    for key, counter in spellings.items():
        touched = {id(c): c for c in (*melder_cases[key], *betrokkene_cases[key])}
        if len(touched) >= minimum:
            found.append(RecurringDepartment(
                name=_most_common(counter), cases=len(touched), as_melder=len(melder_cases[key]),
                as_betrokkene=len(betrokkene_cases[key]), references=_references(touched.values()),
            ))
    return tuple(sorted(found, key=lambda d: (-d.cases, department_key(d.name))))


def recurring_betrokkenen(cases: list[Case], minimum: int) -> tuple[RecurringPerson, ...]:
    """People named as betrokkene in at least ``minimum`` cases (see :func:`person_key`)."""
    by_key: dict[tuple[str, ...], dict[int, Case]] = defaultdict(dict)
    spellings: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for case in cases:
        for betrokkene in case.betrokkenen:
            if not betrokkene.name:
                continue
            key = person_key(betrokkene.name)
            if key is None:
                continue
            by_key[key][id(case)] = case
            spellings[key][_SPACES.sub(" ", betrokkene.name).strip()] += 1
    found = [
        RecurringPerson(
            name=_most_common(spellings[key]), spellings=tuple(sorted(spellings[key])), cases=len(touched),
            references=_references(touched.values()),
        )
        for key, touched in by_key.items()
        if len(touched) >= minimum
    ]
    return tuple(sorted(found, key=lambda p: (-p.cases, fold(p.name))))


def rising_categories(this_year: list[Case], previous_year: list[Case], *, min_count: int,
                      rise_percent: int) -> tuple[RisingCategory, ...]:
    """Categories with at least ``min_count`` cases that rose by ``rise_percent`` % or more."""
    now = Counter(category for case in this_year for category in set(case.categories))
    before = Counter(category for case in previous_year for category in set(case.categories))
    found: list[RisingCategory] = []
    for category in Category:
        count, previous = now[category], before[category]
        if count < min_count:
            continue
        if previous == 0:
            found.append(RisingCategory(category, count, 0, None))
        elif (count - previous) * 100 >= rise_percent * previous:
            found.append(RisingCategory(category, count, previous, round((count - previous) * 100 / previous)))
    return tuple(sorted(found, key=lambda r: -r.count))

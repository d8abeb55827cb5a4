"""Step 1 of the annual report: counts and hours from the vault (DESIGN.md §6).

Which cases count in year Y of an organisation: every case with a contact in
Y or opened in Y, split into new (opened in Y) and carried over (opened
before). Year Y runs from the organisation's ``year_start_month`` of Y to the
month before it in Y+1 (a schooljaar "2025-2026" when that month is not
January). Purged cases (statistical skeletons, dates as ``YYYY-MM``) count
like any other; having no department or gender, they count as ``onbekend``
there. A formal step counts in the year of its own date.

The counting is SQL ``GROUP BY`` over the store's tables: what comes back are
codes and numbers of cases per combination of codes, never a case row, a
reference, a name or a note. Department names (quasi-identifying) enter only
as row labels of their count; disclosure control decides what is shown.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from vpnotes.domain.dates import report_year_bounds, report_year_label
from vpnotes.domain.model import Organisation
from vpnotes.domain.vocabulary import (
    CaseKind,
    Category,
    ContactMode,
    ContactParty,
    FormalStepKind,
    Gender,
    InterventionType,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    RoleGroup,
    Sector,
    report_role,
)
from vpnotes.errors import InvalidInput
from vpnotes.report.wordlist import normalise
from vpnotes.store.codec import day_sql
from vpnotes.store.notebook import Notebook
from vpnotes.store.register import Register
from vpnotes.store.vault import Vault

UNKNOWN = "onbekend"

# Row order of every table; the last code of each is its fold-into row where it has one.
TABLE_CODES: dict[str, tuple[str, ...]] = {
    "categories": tuple(c.value for c in Category),
    "kinds": tuple(c.value for c in CaseKind),
    # An onderwijs report counts groups (leerlingen, ouders, personeel) instead of most roles (§9).
    "roles": (*(c.value for c in MelderRole if c is not MelderRole.ONBEKEND), *(g.value for g in RoleGroup),
              MelderRole.ONBEKEND.value),
    "positions": tuple(c.value for c in MelderPosition),
    "modes": tuple(c.value for c in ContactMode),
    "parties": tuple(c.value for c in ContactParty),
    "quarters": ("Q1", "Q2", "Q3", "Q4"),
    "referrals": tuple(c.value for c in Referral),
    "outcomes": tuple(c.value for c in Outcome),
    "formal_steps": tuple(c.value for c in FormalStepKind),
    "interventions": tuple(c.value for c in InterventionType),
    "genders": tuple(c.value for c in Gender),
}
TABLE_ORDER = ("categories", "kinds", "roles", "positions", "quarters", "modes", "parties", "referrals",
               "outcomes", "formal_steps", "interventions", "departments", "genders")
MULTI_TABLES = frozenset({"categories", "referrals", "outcomes"})


@dataclass(frozen=True)
class TableCounts:
    """One table's counts before disclosure control.

    ``total`` is what the table's total counts (cases, new cases, contacts or
    formal steps). Multi-code tables (categories, referrals, outcomes) keep the
    number of cases per combination of codes, so a folded row can count cases
    with any of its codes exactly once.
    """

    counts: Mapping[str, int]
    total: int
    multi: bool = False
    combos: Mapping[frozenset[str], int] = field(default_factory=dict)

    def count(self, code: str) -> int:
        return int(self.counts.get(code, 0))

    def count_any(self, codes: Iterable[str]) -> int:
        """Cases (or contacts, steps) in any of ``codes``, each counted once."""
        wanted = frozenset(codes)
        if self.multi:
            return sum(n for combo, n in self.combos.items() if combo & wanted)
        return sum(self.count(code) for code in wanted)


@dataclass(frozen=True)
class PeriodAggregate:
    """Counts of one report year of one organisation (or the sum over several)."""

    year: int
    label: str
    cases_total: int
    cases_new: int
    contacts: int
    case_minutes: int
    tables: Mapping[str, TableCounts]
    activities: Mapping[str, tuple[int, float]]  # kind -> (number, hours)
    # How the departments were written (spelling -> cases), to label rows; empty once aligned.
    department_spellings: Mapping[str, int] = field(default_factory=dict)
    # Vlaanderen: entries recorded in the register van feiten door derden (erased ones too); None elsewhere.
    register: int | None = None

    @property
    def carried_over(self) -> int:
        return self.cases_total - self.cases_new

    @property
    def activity_hours(self) -> float:
        return sum(hours for _, hours in self.activities.values())

    @property
    def is_empty(self) -> bool:
        return self.cases_total == 0 and self.contacts == 0 and not self.activities


@dataclass(frozen=True)
class Aggregate:
    """Everything the report counts, for one organisation or an overview (``organisation`` None)."""

    organisation: str | None
    organisation_name: str
    year: int
    label: str
    current: PeriodAggregate
    previous: PeriodAggregate
    sector: Sector = Sector.WERK  # an overview of organisations of one sector has theirs, else werk
    # Overview only: cases per organisation key, this year and last, and each organisation's own k.
    organisations: Mapping[str, int] = field(default_factory=dict)
    previous_organisations: Mapping[str, int] = field(default_factory=dict)
    organisation_min_cells: Mapping[str, int] = field(default_factory=dict)
    # A joint report (DESIGN.md §10): how many VPs' figures are counted together (1: an own report).
    vps: int = 1

    @property
    def is_overview(self) -> bool:
        return self.organisation is None


def resolve_organisations(notebook: Notebook, organisation: str | None) -> list[Organisation]:
    """The organisations a report covers: the one named, the only one, or all (overview)."""
    if organisation is not None:
        return [notebook.organisations.get(organisation)]
    orgs = notebook.organisations.all()
    if not orgs:
        raise InvalidInput("Dit notitieboek heeft nog geen organisatie.", "This notebook has no organisation yet.")
    return orgs


def aggregate(notebook: Notebook, organisation: str | None, year: int) -> Aggregate:
    """Count year ``year`` (and the year before) for ``organisation``, or all of them."""
    orgs = resolve_organisations(notebook, organisation)
    overview = len(orgs) > 1
    current = [period(notebook.vault, org, year, departments=not overview) for org in orgs]
    previous = [period(notebook.vault, org, year - 1, departments=not overview) for org in orgs]
    if not overview:
        current_one, previous_one = _align_departments(current[0], previous[0])
        org = orgs[0]
        return Aggregate(org.key, org.name, year, current_one.label, current_one, previous_one, sector=org.sector)
    months = {org.year_start_month for org in orgs}
    # Organisations with different report years: each counts its own year, labelled by the calendar year.
    start = months.pop() if len(months) == 1 else 1
    label = report_year_label(year, start)
    return Aggregate(
        None, "", year, label, sum_periods(current, year, label),
        sum_periods(previous, year - 1, report_year_label(year - 1, start)),
        organisations={org.key: p.cases_total for org, p in zip(orgs, current, strict=True)},
        previous_organisations={org.key: p.cases_total for org, p in zip(orgs, previous, strict=True)},
        organisation_min_cells={org.key: org.min_cell for org in orgs},
        sector=sectors.pop() if len(sectors := {org.sector for org in orgs}) == 1 else Sector.WERK,
    )


def period(vault: Vault, org: Organisation, year: int, *, departments: bool = True) -> PeriodAggregate:
    """Counts of report year ``year`` of one organisation."""
    assert org.id is not None
    start, end = report_year_bounds(year, org.year_start_month)
    bounds = {"org": org.id, "start": start.isoformat(), "end": end.isoformat(),
              "start_index": start.year * 12 + start.month}
    opened = day_sql("c.opened")
    counted = (
        f"SELECT c.kind, c.categories, c.referrals, c.outcomes, c.melder_role, c.melder_position, "
        f"c.melder_department, c.melder_gender, c.intervention_type, "
        f"CASE WHEN {opened} >= :start THEN (CAST(substr({opened}, 1, 4) AS INTEGER) * 12 "
        f"+ CAST(substr({opened}, 6, 2) AS INTEGER) - :start_index) / 3 + 1 ELSE 0 END AS quarter "
        f"FROM cases c WHERE c.organisation_id = :org AND {opened} < :end AND ({opened} >= :start "
        f"OR EXISTS (SELECT 1 FROM contacts t WHERE t.case_id = c.id "
        f"AND {day_sql('t.date')} >= :start AND {day_sql('t.date')} < :end))"
    )
    # One row per combination of codes with its number of cases: never a single case's row.
    groups = vault.query(f"SELECT *, count(*) FROM ({counted}) GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10", bounds)

    singles: dict[str, Counter[str]] = {name: Counter() for name in
                                        ("kinds", "roles", "positions", "quarters", "genders", "departments",
                                         "interventions")}
    combos: dict[str, Counter[frozenset[str]]] = {name: Counter() for name in MULTI_TABLES}
    spellings: Counter[str] = Counter()
    total = new = 0
    for kind, categories, referrals, outcomes, role, position, department, gender, intervention, quarter, n in groups:
        total += n
        singles["kinds"][kind] += n
        singles["roles"][report_role(role, org.sector)] += n
        if intervention:
            singles["interventions"][intervention] += n
        singles["positions"][position] += n
        singles["genders"][gender or UNKNOWN] += n
        if quarter:
            new += n
            singles["quarters"][f"Q{quarter}"] += n
        combos["categories"][frozenset(json.loads(categories))] += n
        combos["referrals"][frozenset(json.loads(referrals))] += n
        combos["outcomes"][frozenset(json.loads(outcomes))] += n
        key = department_key(department)
        singles["departments"][key or UNKNOWN] += n
        if key:
            spellings[department.strip()] += n

    contact_rows = vault.query(
        f"SELECT t.mode, t.party, count(*), coalesce(sum(t.minutes), 0) FROM contacts t "
        f"JOIN cases c ON c.id = t.case_id WHERE c.organisation_id = :org "
        f"AND {day_sql('t.date')} >= :start AND {day_sql('t.date')} < :end GROUP BY 1, 2", bounds)
    modes: Counter[str] = Counter()
    parties: Counter[str] = Counter()
    contacts = minutes = 0
    for mode, party, n, total_minutes in contact_rows:
        modes[mode] += n
        parties[party] += n
        contacts += n
        minutes += int(total_minutes)

    steps = Counter({kind: n for kind, n in vault.query(
        f"SELECT f.kind, count(*) FROM formal_steps f JOIN cases c ON c.id = f.case_id "
        f"WHERE c.organisation_id = :org AND {day_sql('f.date')} >= :start AND {day_sql('f.date')} < :end "
        f"GROUP BY 1", bounds)})
    activities = {kind: (int(n), float(hours)) for kind, n, hours in vault.query(
        "SELECT kind, count(*), coalesce(sum(hours), 0) FROM activities WHERE organisation_id = :org "
        "AND date >= :start AND date < :end GROUP BY 1", bounds)}

    tables: dict[str, TableCounts] = {
        "kinds": TableCounts(singles["kinds"], total),
        "roles": TableCounts(singles["roles"], total),
        "positions": TableCounts(singles["positions"], total),
        "quarters": TableCounts(singles["quarters"], new),
        "genders": TableCounts(singles["genders"], total),
        "modes": TableCounts(modes, contacts),
        "parties": TableCounts(parties, contacts),
        "formal_steps": TableCounts(steps, sum(steps.values())),
    }
    for name, by_combo in combos.items():
        counts: Counter[str] = Counter()
        for combo, n in by_combo.items():
            for code in combo:
                counts[code] += n
        with_any = sum(n for combo, n in by_combo.items() if combo)
        # Categories: the total is the number of cases; referrals/outcomes: cases that have one.
        tables[name] = TableCounts(counts, total if name == "categories" else with_any, True, dict(by_combo))
    if departments:
        tables["departments"] = TableCounts(singles["departments"], total)
    register = None
    if org.sector is Sector.VLAANDEREN:  # §9: cases per intervention type, and the register's count
        tables["interventions"] = TableCounts(singles["interventions"], sum(singles["interventions"].values()))
        register = Register(vault).recorded_count(org.id, start, end)
    return PeriodAggregate(year, report_year_label(year, org.year_start_month), total, new, contacts, minutes,
                           tables, activities, dict(spellings) if departments else {}, register)


def department_key(name: str | None) -> str:
    """Departments compare case-, accent- and spacing-insensitively ("Financiën" = "financien ")."""
    return " ".join(normalise(name).split()) if name else ""


def _align_departments(current: PeriodAggregate, previous: PeriodAggregate) -> tuple[PeriodAggregate, PeriodAggregate]:
    """Key both years' department rows by one display spelling (the most frequent, then alphabetical)."""
    if "departments" not in current.tables:
        return current, previous
    now = current.tables["departments"].counts
    before = previous.tables["departments"].counts
    spellings: Counter[str] = Counter(current.department_spellings)
    spellings.update(previous.department_spellings)
    display: dict[str, str] = {}
    for spelling, _ in sorted(spellings.items(), key=lambda item: (-item[1], item[0])):
        display.setdefault(department_key(spelling), spelling)

    def relabel(period_: PeriodAggregate, counts: Mapping[str, int]) -> PeriodAggregate:
        renamed = {(UNKNOWN if key == UNKNOWN else display.get(key, key)): n for key, n in counts.items()}
        tables = dict(period_.tables)
        tables["departments"] = TableCounts(renamed, period_.cases_total)
        return PeriodAggregate(period_.year, period_.label, period_.cases_total, period_.cases_new,
                               period_.contacts, period_.case_minutes, tables, period_.activities,
                               register=period_.register)

    return relabel(current, now), relabel(previous, before)


def sum_periods(periods: list[PeriodAggregate], year: int, label: str) -> PeriodAggregate:
    """Periods added up: an overview's organisations, or a joint report's VPs (same tables in each)."""
    tables: dict[str, TableCounts] = {}
    for name in dict.fromkeys(name for p in periods for name in p.tables):
        counts: Counter[str] = Counter()
        combos: Counter[frozenset[str]] = Counter()
        present = [p.tables[name] for p in periods if name in p.tables]
        for table in present:
            counts.update(table.counts)
            combos.update(table.combos)
        tables[name] = TableCounts(counts, sum(t.total for t in present), name in MULTI_TABLES, dict(combos))
    activities: dict[str, tuple[int, float]] = {}
    for p in periods:
        for kind, (n, hours) in p.activities.items():
            before_n, before_hours = activities.get(kind, (0, 0.0))
            activities[kind] = (before_n + n, before_hours + hours)
    registers = [p.register for p in periods if p.register is not None]
    return PeriodAggregate(
        year, label, sum(p.cases_total for p in periods), sum(p.cases_new for p in periods),
        sum(p.contacts for p in periods), sum(p.case_minutes for p in periods), tables, activities,
        register=sum(registers) if registers else None)

"""The demo notebook generator: reproducible, valid interchange data that covers
the whole vocabulary, and ``vpnotes demo`` makes a vault that opens."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from helpers import PASSPHRASE, run_cli
from vpnotes import interchange
from vpnotes.demo import DEMO_PASSPHRASE, build_demo, create_demo
from vpnotes.domain import rules
from vpnotes.domain.dates import report_year_bounds
from vpnotes.domain.model import Consent
from vpnotes.domain.vocabulary import (
    ActivityKind,
    CaseKind,
    Category,
    ContactMode,
    ContactParty,
    ExpenseKind,
    FollowUpKind,
    FormalStepKind,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
    Sector,
    is_offered,
)
from vpnotes.errors import InvalidInput, WeakPassphrase
from vpnotes.interchange import Interchange
from vpnotes.store.notebook import Notebook
from vpnotes.store.strength import passphrase_strength

TODAY = date(2026, 11, 23)


def document(data: Interchange) -> dict[str, Any]:
    """``data`` as an interchange v2 document, shaped exactly as ``export_document`` shapes it."""
    return {
        "format": interchange.FORMAT,
        "version": interchange.VERSION,
        "organisations": [
            {"key": o.key, "name": o.name, "employees": o.employees, "year_start_month": o.year_start_month,
             "min_cell": o.min_cell, "sector": o.sector.value}
            for o in data.organisations
        ],
        "cases": [interchange.case_document(c) for c in data.cases],
        "activities": [
            {"organisation": a.organisation, "date": a.date.isoformat(), "kind": a.kind.value, "hours": a.hours,
             **({"description": a.description} if a.description is not None else {})}
            for a in data.activities
        ],
        "expenses": [
            {"organisation": e.organisation, "date": e.date.isoformat(), "kind": e.kind.value,
             "amount": e.amount_cents / 100,
             **({"description": e.description} if e.description is not None else {}),
             **({"case": e.case_reference} if e.case_reference is not None else {})}
            for e in data.expenses
        ],
        "signals": [{"organisation": s.organisation, "year": s.year, "text": s.text} for s in data.signals],
        "third_party_register": [interchange.register_document(e) for e in data.register],
    }


# Other seeds and other days of the year (just after New Year, just after a school year began).
SCENARIOS = [(2026, TODAY), (1, date(2027, 1, 4)), (99, date(2026, 8, 3)), (5, date(2025, 6, 30))]


@pytest.fixture(scope="module")
def demo() -> Interchange:
    return build_demo(seed=2026, today=TODAY)


@pytest.fixture(scope="module", params=SCENARIOS, ids=lambda s: f"seed{s[0]}-{s[1]}")
def scenario(request: pytest.FixtureRequest) -> tuple[Interchange, date]:
    seed, today = request.param
    return build_demo(seed=seed, today=today), today


def test_same_seed_gives_identical_data_and_other_seeds_differ() -> None:
    first = json.dumps(document(build_demo(seed=7, today=TODAY)), sort_keys=True)
    again = json.dumps(document(build_demo(seed=7, today=TODAY)), sort_keys=True)
    other = json.dumps(document(build_demo(seed=8, today=TODAY)), sort_keys=True)
    assert first == again
    assert first != other


def test_default_size_and_requested_size(demo: Interchange) -> None:
    assert len(demo.cases) == 120
    assert len(build_demo(seed=1, cases=45, today=TODAY).cases) == 45
    assert build_demo(seed=1, cases=0, today=TODAY).cases == []


def test_every_case_obeys_the_core_rules(scenario: tuple[Interchange, date]) -> None:
    demo, today = scenario
    for case in demo.cases:
        assert rules.check_case(case) == [], case.reference
        if not case.consent.registration:
            assert rules.identifying_paths(case) == []
        assert all(c.date < today for c in case.contacts)
        assert case.closed is None or case.closed < today
        assert all(s.date < today and s.date >= case.opened for s in case.formal_steps)
        assert all(f.done is None or f.done < today for f in case.followups)
    assert all(a.date < today for a in demo.activities)
    assert all(e.date < today for e in demo.expenses)


def test_data_survives_parse_of_its_document(demo: Interchange) -> None:
    doc = document(demo)
    parsed = interchange.parse(json.loads(json.dumps(doc, ensure_ascii=False)))
    assert document(parsed) == doc


def test_import_then_export_gives_the_same_data(tmp_path: Path, demo: Interchange) -> None:
    create_demo(tmp_path / "demo.vpnotes", PASSPHRASE, seed=2026, profile=0, today=TODAY)
    with Notebook.open(tmp_path / "demo.vpnotes", PASSPHRASE) as notebook:
        exported = interchange.export_document(notebook)
        assert notebook.check() == []
    expected = document(demo)
    assert exported["cases"] == expected["cases"]  # in order: references follow the opening dates

    def key(item: dict[str, Any]) -> str:
        return json.dumps(item, sort_keys=True, ensure_ascii=False)

    for part in ("organisations", "activities", "expenses", "signals"):
        assert sorted(map(key, exported[part])) == sorted(map(key, expected[part])), part
    assert document(interchange.parse(exported))["cases"] == expected["cases"]


def test_every_vocabulary_code_occurs(scenario: tuple[Interchange, date]) -> None:
    assert_covers_vocabulary(scenario[0])


def test_coverage_and_rules_hold_for_many_seeds() -> None:
    for seed in range(25):
        demo = build_demo(seed=seed, cases=60, today=TODAY)
        assert_covers_vocabulary(demo)
        assert all(rules.check_case(c) == [] for c in demo.cases), seed


def assert_covers_vocabulary(demo: Interchange) -> None:
    cases = demo.cases
    live = [c for c in cases if not c.purged]
    assert {c.kind for c in cases} == set(CaseKind)
    assert {x for c in cases for x in c.categories} == set(Category)
    assert {c.melder.role for c in cases} == set(MelderRole)
    assert {c.melder.position for c in cases} == set(MelderPosition)
    assert {b.relation for c in cases for b in c.betrokkenen} == set(Relation)
    assert {x.mode for c in cases for x in c.contacts} == set(ContactMode)
    assert {x.party for c in cases for x in c.contacts} == set(ContactParty)
    assert {r for c in cases for r in c.referrals} == set(Referral)
    assert {o for c in cases for o in c.outcomes} == set(Outcome)
    assert {s.kind for c in cases for s in c.formal_steps} == set(FormalStepKind)
    assert {f.kind for c in live for f in c.followups} == set(FollowUpKind)
    assert {a.kind for a in demo.activities} == set(ActivityKind)
    assert {e.kind for e in demo.expenses} == set(ExpenseKind)
    assert {c.melder.gender for c in live if c.melder.gender} >= {"v", "m"}


def test_the_situations_a_vp_meets_are_all_there(scenario: tuple[Interchange, date]) -> None:
    demo, today = scenario
    live = [c for c in demo.cases if not c.purged]
    open_followups = [f for c in live for f in c.followups if f.done is None]
    assert any(f.due < today for f in open_followups), "an overdue follow-up"
    assert any(today <= f.due < today + timedelta(days=7) for f in open_followups), "one due this week"
    assert any(f.done is not None for c in live for f in c.followups), "one done"
    registered = [c for c in live if c.consent.registration]
    assert len(registered) > 0.8 * len(live)
    assert all(c.consent.registration_date is not None for c in registered)
    assert any(c.consent.handover and c.closed is None and c.consent.handover_date for c in live)
    assert any(c.consent.sharing and all(s.date for s in c.consent.sharing) for c in live)
    assert 1 <= len([c for c in live if c.confidentiality_breach]) <= 3
    assert any(c.retention_hold for c in live)
    assert any(c.closed is None for c in live) and any(c.closed is not None for c in live)
    assert any(c.kind is CaseKind.MELDING and c.melder.email and c.melder.phone for c in live)
    assert any(e.case_reference for e in demo.expenses)
    assert all(a.hours > 0 for a in demo.activities)


def test_melding_misstand_carries_its_wbk_followups(scenario: tuple[Interchange, date]) -> None:
    demo, _ = scenario
    with_step = [c for c in demo.cases if not c.purged and c.consent.registration
                 and any(s.kind is FormalStepKind.MELDING_MISSTAND for s in c.formal_steps)]
    assert len(with_step) >= 2
    for case in with_step:
        for step in case.formal_steps:
            expected = {(f.kind, f.due) for f in rules.wbk_followups(step)}
            assert expected <= {(f.kind, f.due) for f in case.followups}


def test_purged_skeletons_are_in_the_oldest_year_only(scenario: tuple[Interchange, date]) -> None:
    demo, _ = scenario
    purged = [c for c in demo.cases if c.purged]
    assert len(purged) >= 2, "a few purged skeletons"
    assert len(purged) < len(demo.cases) // 4
    orgs = {o.key: o for o in demo.organisations}
    for case in purged:
        assert case.uid and case.reference is None
        assert rules.identifying_paths(case) == []
        assert case.followups == [] and case.consent == Consent()
        assert case.opened.day == 1 and case.closed is not None and case.closed.day == 1
        assert all(c.date.day == 1 for c in case.contacts)
        org = orgs[case.organisation or ""]
        oldest = min(s.year for s in demo.signals if s.organisation == org.key)
        assert case.opened < report_year_bounds(oldest, org.year_start_month)[1]


def test_an_organisation_of_each_sector_and_three_report_years(scenario: tuple[Interchange, date]) -> None:
    demo, today = scenario
    orgs = {o.key: o for o in demo.organisations}
    assert len(orgs) == 4
    assert sorted(o.sector.value for o in orgs.values()) == ["onderwijs", "vlaanderen", "werk", "werk"]
    assert sorted(o.year_start_month for o in orgs.values()) == [1, 1, 1, 8]
    assert all(o.employees and o.employees > 50 for o in orgs.values())
    for org in orgs.values():
        years = {s.year for s in demo.signals if s.organisation == org.key}
        assert len(years) == 3
        first, _ = report_year_bounds(min(years), org.year_start_month)
        _, end = report_year_bounds(max(years), org.year_start_month)
        own = [c for c in demo.cases if c.organisation == org.key]
        assert own
        assert all(first <= c.opened < end for c in own)
        assert first <= today < end


def test_cells_vary_from_large_to_small(demo: Interchange) -> None:
    counts: dict[tuple[str | None, Category], int] = {}
    for case in demo.cases:
        for category in case.categories:
            counts[case.organisation, category] = counts.get((case.organisation, category), 0) + 1
    assert max(counts.values()) >= 10
    assert min(counts.values()) < 5


def test_names_are_varied_and_signals_name_nobody(demo: Interchange) -> None:
    names = [p for c in demo.cases for p in [c.melder.name, *(b.name for b in c.betrokkenen)] if p]
    assert len(set(names)) > 0.8 * len(names)
    assert any(re.search(r"\b(van|de|der|den|ter)\b", n) for n in names), "tussenvoegsels"
    assert any(re.search(r"[^\x00-\x7f]", n) for n in names), "diacritics"
    assert any("-" in n.split(" ", 1)[1] for n in names), "hyphenated surnames"
    name_words = {w.lower() for n in names for w in re.split(r"[\s-]+", n) if len(w) > 3}
    departments = {d for c in demo.cases for d in [c.melder.department, *(b.department for b in c.betrokkenen)] if d}
    for signal in demo.signals:
        words = {w.lower() for w in re.findall(r"\w+", signal.text)}
        assert not words & name_words
        assert not any(re.search(rf"\b{re.escape(d)}\b", signal.text, re.IGNORECASE) for d in departments)
        assert not re.search(r"\d{1,2}[-/ ]\d{1,2}[-/ ]\d{2,4}", signal.text)


def test_notes_are_natural_text_built_from_varied_templates(demo: Interchange) -> None:
    notes = [c.notes for case in demo.cases for c in case.contacts if c.notes]
    assert len(set(notes)) > 0.75 * len(notes)
    assert all("{" not in n and "}" not in n for n in notes)
    summaries = [c.summary for case in demo.cases for c in case.contacts if c.summary]
    assert all(s[0].isupper() and "{" not in s for s in summaries)


def test_benchmark_size_has_about_five_contacts_per_case() -> None:
    data = build_demo(seed=2026, cases=10_000, today=TODAY)
    assert len(data.cases) == 10_000
    assert 45_000 <= sum(len(c.contacts) for c in data.cases) <= 55_000
    assert len({c.reference for c in data.cases if c.reference}) == sum(1 for c in data.cases if not c.purged)


def test_demo_passphrase_is_strong_enough() -> None:
    assert passphrase_strength(DEMO_PASSPHRASE).acceptable


def test_cli_demo_creates_an_openable_vault(tmp_path: Path) -> None:
    vault = tmp_path / "demo.vpnotes"
    result = run_cli("demo", str(vault), "--cases", "40", "--seed", "3", "--profile", "0", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    with Notebook.open(vault, PASSPHRASE) as notebook:
        assert len(notebook.cases.all()) == 40
        assert len(notebook.organisations.all()) == 4
    search = run_cli("search", str(vault), "klachtenregeling", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert search.returncode == 0, search.stderr
    assert search.stdout.strip()


def test_cli_demo_refuses_an_existing_file(tmp_path: Path) -> None:
    vault = tmp_path / "demo.vpnotes"
    vault.write_bytes(b"mine")
    result = run_cli("demo", str(vault), "--profile", "0", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 6
    assert vault.read_bytes() == b"mine"


def test_create_demo_leaves_no_file_when_the_import_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise InvalidInput("kapot", "broken")

    monkeypatch.setattr(interchange, "import_data", fail)
    with pytest.raises(InvalidInput):
        create_demo(tmp_path / "demo.vpnotes", PASSPHRASE, cases=5, profile=0)
    assert list(tmp_path.iterdir()) == []


def test_create_demo_refuses_a_weak_passphrase(tmp_path: Path) -> None:
    with pytest.raises(WeakPassphrase):
        create_demo(tmp_path / "demo.vpnotes", "geheim", cases=5, profile=0)
    assert list(tmp_path.iterdir()) == []


def test_each_sector_looks_like_itself(demo: Interchange) -> None:
    sectors = {o.key: o.sector for o in demo.organisations}
    school = [c for c in demo.cases if sectors[c.organisation or ""] is Sector.ONDERWIJS]
    flemish = [c for c in demo.cases if sectors[c.organisation or ""] is Sector.VLAANDEREN]
    assert {MelderRole.LEERLING, MelderRole.OUDER} <= {c.melder.role for c in school}
    assert any(c.informal_intervention for c in flemish)
    assert all(c.informal_intervention is None for c in demo.cases if c not in flemish)
    assert len(demo.register) >= 6 and {e.organisation for e in demo.register} == {"scheldeland"}
    assert [e.number for e in demo.register] == list(range(1, len(demo.register) + 1))
    # Every code in a case is one its sector offers (the demo shows each sector as it is).
    for case in demo.cases:
        sector = sectors[case.organisation or ""]
        codes = [*case.categories, case.melder.role, *(b.relation for b in case.betrokkenen), *case.referrals,
                 *(s.kind for s in case.formal_steps)]
        assert all(is_offered(code, sector) for code in codes), (sector, codes)

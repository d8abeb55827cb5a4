"""Patterns across cases: a department is reported from its threshold on and
not below it, the same betrokkene is recognised through accents, case, word
order and tussenvoegsels (within one organisation only), a category that rises
by the policy's percentage with enough cases is reported, and every threshold
comes from the vault's policy.
"""

from __future__ import annotations

from datetime import date

from vpnotes.domain.model import Betrokkene, Case, Contact, Melder, Organisation
from vpnotes.domain.vocabulary import CaseKind, Category, ContactMode, MelderRole, Relation
from vpnotes.practice.names import person_key
from vpnotes.practice.patterns import OrganisationPatterns, find_patterns
from vpnotes.store.notebook import Notebook

TODAY = date(2026, 6, 30)


def add(notebook: Notebook, opened: date, *, organisation: str = "acme", department: str | None = None,
        betrokkenen: tuple[tuple[str | None, str | None], ...] = (), categories: tuple[Category, ...] = (
            Category.PESTEN,), contacts: tuple[date, ...] = ()) -> None:
    notebook.cases.add(Case(
        organisation=organisation, kind=CaseKind.MELDING, categories=list(categories), opened=opened,
        melder=Melder(role=MelderRole.MEDEWERKER, department=department),
        betrokkenen=[Betrokkene(relation=Relation.COLLEGA, name=n, department=d) for n, d in betrokkenen],
        contacts=[Contact(date=day, minutes=30, mode=ContactMode.PERSOONLIJK) for day in (opened, *contacts)],
    ))


def only(notebook: Notebook, *, year: int | None = None) -> OrganisationPatterns:
    report = find_patterns(notebook, organisation="acme", year=year, today=TODAY)
    assert len(report.organisations) == 1
    return report.organisations[0]


def test_department_is_reported_at_its_threshold_and_not_below(notebook: Notebook) -> None:
    add(notebook, date(2026, 1, 10), department="Financiën")
    add(notebook, date(2026, 2, 10), department="financien ")
    add(notebook, date(2026, 3, 10), betrokkenen=(("X Y", "FINANCIËN"),))  # a betrokkene's department counts too
    add(notebook, date(2025, 3, 1), department="Financiën")  # outside the last 12 months: not counted
    add(notebook, date(2026, 4, 1), department="Inkoop")
    add(notebook, date(2026, 5, 1), department="Inkoop")

    found = only(notebook)
    assert [(d.name, d.cases, d.as_melder, d.as_betrokkene) for d in found.departments] == [("Financiën", 3, 2, 1)]
    assert found.departments[0].references == ("2026-001", "2026-002", "2026-003")
    assert (found.window_start, found.window_end) == (date(2025, 7, 1), date(2026, 7, 1))

    notebook.policy.set("patterns.department_min_cases", "2")
    assert [d.name for d in only(notebook).departments] == ["Financiën", "Inkoop"]
    notebook.policy.set("patterns.department_min_cases", "4")
    assert only(notebook).departments == ()


def test_an_old_case_counts_when_it_had_a_contact_in_the_window(notebook: Notebook) -> None:
    for month in (1, 2):
        add(notebook, date(2026, month, 1), department="Zorg")
    add(notebook, date(2025, 1, 5), department="Zorg", contacts=(date(2025, 9, 1),))
    assert [d.cases for d in only(notebook).departments] == [3]


def test_same_betrokkene_is_recognised_through_spelling_variants(notebook: Notebook) -> None:
    add(notebook, date(2026, 1, 10), betrokkenen=(("Jan van der Berg", None),))
    add(notebook, date(2026, 2, 10), betrokkenen=(("jan Van Der berg", None),))
    add(notebook, date(2026, 3, 10), betrokkenen=(("Berg, Jàn van der", None), ("Çiğdem Öztürk-de Vries", None)))
    add(notebook, date(2026, 4, 10), betrokkenen=(("CIGDEM OZTURK-DE VRIES", None),))
    add(notebook, date(2026, 4, 20), betrokkenen=(("Piet Jansen", None), ("Jan van der Berg", None)))
    notebook.organisations.add(Organisation(key="beta", name="Beta"))
    add(notebook, date(2026, 5, 1), organisation="beta", betrokkenen=(("Piet Jansen", None),))

    people = only(notebook).betrokkenen
    assert [(p.cases, p.name) for p in people] == [(4, "Jan van der Berg"), (2, "Çiğdem Öztürk-de Vries")]
    assert people[0].spellings == ("Berg, Jàn van der", "Jan van der Berg", "jan Van Der berg")
    assert people[0].references == ("2026-001", "2026-002", "2026-003", "2026-005")
    # Piet Jansen is in one case at acme and one at beta: not a pattern of either organisation
    assert all("Jansen" not in p.name for org in find_patterns(notebook, today=TODAY).organisations
               for p in org.betrokkenen)

    notebook.policy.set("patterns.betrokkene_min_cases", "3")
    assert [p.cases for p in only(notebook).betrokkenen] == [4]


def test_the_same_person_twice_in_one_case_counts_once(notebook: Notebook) -> None:
    add(notebook, date(2026, 1, 10), betrokkenen=(("Anna Smit", None), ("anna smit", None)))
    assert only(notebook).betrokkenen == ()


def test_person_key_ignores_case_accents_order_titles_and_tussenvoegsels() -> None:
    key = person_key("Jan van der Berg")
    assert key == ("jan", "berg")
    for variant in ("JAN VAN DER BERG", "Berg, Jan van der", "dhr. Jan v.d. Berg", "Ján van der Bërg"):
        assert person_key(variant) == key, variant
    assert person_key("Jan Bergen") != key
    assert person_key("van der") is None


def test_rising_category_against_the_previous_report_year(notebook: Notebook) -> None:
    # pesten 2 -> 3 (+50%), werkdruk 3 -> 4 (+33%), discriminatie 0 -> 3 (new), integriteit 0 -> 2 (too few)
    for day in (date(2025, 2, 1), date(2025, 3, 1)):
        add(notebook, day, categories=(Category.PESTEN,))
    for day in (date(2025, 4, 1), date(2025, 5, 1), date(2025, 6, 1)):
        add(notebook, day, categories=(Category.WERKDRUK,))
    for month in (1, 2, 3):
        add(notebook, date(2026, month, 5), categories=(Category.PESTEN, Category.DISCRIMINATIE))
    for month in (1, 2, 3, 4):
        add(notebook, date(2026, month, 6), categories=(Category.WERKDRUK,))
    for month in (1, 2):
        add(notebook, date(2026, month, 7), categories=(Category.INTEGRITEIT,))

    found = only(notebook, year=2026)
    assert [(r.category, r.count, r.previous, r.rise_percent) for r in found.rising] == [
        (Category.PESTEN, 3, 2, 50), (Category.DISCRIMINATIE, 3, 0, None)]
    assert (found.year_label, found.previous_year_label) == ("2026", "2025")

    notebook.policy.set("patterns.rise_percent", "60")
    assert [r.category for r in only(notebook, year=2026).rising] == [Category.DISCRIMINATIE]
    notebook.policy.set("patterns.rise_percent", "30")
    notebook.policy.set("patterns.department_min_cases", "4")
    assert [r.category for r in only(notebook, year=2026).rising] == [Category.WERKDRUK]


def test_report_year_starting_in_august_is_respected(notebook: Notebook) -> None:
    notebook.organisations.add(Organisation(key="school", name="School", year_start_month=8))
    for day in (date(2025, 8, 1), date(2025, 12, 1), date(2026, 7, 31)):  # all in schooljaar 2025-2026
        add(notebook, day, organisation="school", categories=(Category.AGRESSIE_GEWELD,))
    add(notebook, date(2025, 7, 31), organisation="school", categories=(Category.AGRESSIE_GEWELD,))  # 2024-2025
    org = find_patterns(notebook, organisation="school", year=2025, today=TODAY).organisations[0]
    assert (org.year_label, org.window_start, org.window_end) == ("2025-2026", date(2025, 8, 1), date(2026, 8, 1))
    assert [(r.count, r.previous) for r in org.rising] == [(3, 1)]
    # without a year: the schooljaar running on TODAY (so far) against the one before
    running = find_patterns(notebook, organisation="school", today=TODAY).organisations[0]
    assert running.year_label == "2025-2026" and not running.year_complete


def test_every_organisation_without_organisation_argument(notebook: Notebook) -> None:
    notebook.organisations.add(Organisation(key="beta", name="Beta"))
    report = find_patterns(notebook, today=TODAY)
    assert [o.organisation for o in report.organisations] == ["acme", "beta"]
    assert all(o.empty for o in report.organisations)
    assert report.thresholds.department_min_cases == 3 and report.thresholds.betrokkene_min_cases == 2
    assert report.thresholds.rise_percent == 50

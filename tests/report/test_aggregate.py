"""Step 1 of the report: which cases count, and the counts (golden dataset)."""

from __future__ import annotations

from datetime import date

from report.golden import fill_golden
from report.report_fixtures import Spec, add_cases, add_organisation
from vpnotes.report.aggregate import aggregate
from vpnotes.store.notebook import Notebook


def test_golden_aggregate(notebook: Notebook) -> None:
    fill_golden(notebook)
    agg = aggregate(notebook, "acme", 2025)
    cur = agg.current
    assert (agg.organisation, agg.organisation_name, agg.label) == ("acme", "Acme BV", "2025")
    # A6 + B4 + C3 (carried over, contact in January) + D2 (purged, opened "2025-01"); not E, F, G.
    assert (cur.cases_total, cur.cases_new, cur.carried_over) == (15, 12, 3)
    assert cur.contacts == 19
    assert cur.case_minutes == 6 * 60 + 8 * 30 + 3 * 45 + 2 * 20

    def counts(name: str) -> dict[str, int]:
        return {code: n for code, n in cur.tables[name].counts.items() if n}

    assert counts("kinds") == {"melding": 9, "advies": 4, "signaal": 2}
    assert counts("roles") == {"medewerker": 9, "leidinggevende": 4, "onbekend": 2}
    assert counts("positions") == {"zelf": 11, "getuige": 4}
    assert counts("categories") == {"pesten": 10, "discriminatie": 4, "werkdruk": 3, "integriteit": 2}
    assert cur.tables["categories"].total == 15  # cases, not the sum of the rows (19)
    assert cur.tables["categories"].count_any(["discriminatie", "pesten"]) == 10
    assert counts("quarters") == {"Q1": 8, "Q2": 4}
    assert counts("modes") == {"persoonlijk": 9, "telefoon": 4, "video": 4, "schriftelijk": 2}
    assert counts("parties") == {"melder": 19}
    assert counts("referrals") == {"hr": 4} and cur.tables["referrals"].total == 4
    assert counts("outcomes") == {"doorverwezen": 4}
    # A formal step counts in the year of its own date, also for a case that does not count (G).
    assert counts("formal_steps") == {"formele_klacht": 3, "melding_misstand": 1}
    # Purged cases have no department or gender: onbekend.
    assert counts("departments") == {"Financiën": 6, "ICT": 4, "onbekend": 5}
    assert counts("genders") == {"v": 6, "m": 3, "onbekend": 6}
    assert cur.activities == {"voorlichting": (1, 2.5), "training": (1, 1.25)}

    prev = agg.previous
    assert (prev.label, prev.cases_total, prev.cases_new, prev.contacts) == ("2024", 5, 5, 5)
    assert prev.activities == {"training": (1, 8.0)}


def test_the_aggregate_holds_nothing_identifying(notebook: Notebook) -> None:
    fill_golden(notebook)
    text = repr(aggregate(notebook, "acme", 2025))
    for value in ("Medewerker A1", "2025-001", "Voorlichting teams", "2025-02-10"):
        assert value not in text


def test_a_schooljaar_runs_from_its_start_month(notebook: Notebook) -> None:
    add_organisation(notebook, "school", start_month=8)
    add_cases(notebook, [
        Spec(opened=date(2025, 7, 31), organisation="school", contacts=(date(2025, 7, 31), date(2025, 9, 2))),
        Spec(opened=date(2025, 8, 1), organisation="school"),
        Spec(opened=date(2026, 7, 31), organisation="school"),
        Spec(opened=date(2026, 8, 1), organisation="school"),
        Spec(opened=date(2025, 6, 1), organisation="school", contacts=(date(2025, 6, 1),)),
    ])
    agg = aggregate(notebook, "school", 2025)
    assert agg.label == "2025-2026" and agg.previous.label == "2024-2025"
    assert (agg.current.cases_total, agg.current.cases_new) == (3, 2)
    assert dict(agg.current.tables["quarters"].counts) == {"Q1": 1, "Q4": 1}  # August is Q1, July Q4
    assert (agg.previous.cases_total, agg.previous.cases_new) == (2, 2)


def test_an_overview_adds_every_organisation_in_its_own_report_year(notebook: Notebook) -> None:
    add_organisation(notebook, "beta", min_cell=7)
    add_cases(notebook, [Spec(opened=date(2025, 3, 1)), Spec(opened=date(2025, 4, 1), organisation="beta"),
                         Spec(opened=date(2025, 4, 1), organisation="beta")])
    agg = aggregate(notebook, None, 2025)
    assert agg.is_overview and agg.organisation is None
    assert agg.current.cases_total == 3
    assert dict(agg.organisations) == {"acme": 1, "beta": 2}
    assert dict(agg.organisation_min_cells) == {"acme": 5, "beta": 7}
    assert "departments" not in agg.current.tables  # departments belong to one organisation

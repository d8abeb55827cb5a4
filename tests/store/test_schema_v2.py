"""Schema 2 (DESIGN.md §5 v2, §9): an older notebook is upgraded in place, and the
new fields (organisation sector, case title, informal intervention) are stored,
searched and reduced like the rest of a case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from helpers import PASSPHRASE, sample_case
from vpnotes.domain.model import InformalIntervention, Organisation
from vpnotes.domain.vocabulary import InterventionType, Sector
from vpnotes.lifecycle.skeleton import reduce_to_skeleton
from vpnotes.store import schema
from vpnotes.store.notebook import Notebook


def test_a_version_1_notebook_is_upgraded_and_keeps_its_data(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.vpnotes"
    with monkeypatch.context() as m:
        m.setattr(schema, "SCHEMA_VERSION", 1)
        old = Notebook.create(path, PASSPHRASE, profile=0)
        # Written as a version-1 notebook holds it (today's repositories know newer columns).
        with old.vault.transaction() as conn:
            conn.execute("INSERT INTO organisations (key, name) VALUES ('acme', 'Acme BV')")
            case_id = conn.execute(
                "INSERT INTO cases (uid, reference, organisation_id, kind, categories, opened, melder_role) "
                "VALUES ('u1', '2025-007', 1, 'melding', '[\"pesten\"]', '2025-03-04', 'medewerker')"
            ).lastrowid
        assert old.vault.query_one("PRAGMA user_version") == (1,)
        old.close()
    nb = Notebook.open(path, PASSPHRASE)
    try:
        assert nb.vault.query_one("PRAGMA user_version") == (schema.SCHEMA_VERSION,)
        assert nb.organisations.get("acme").sector is Sector.WERK
        case = nb.cases.get(case_id)
        assert case.reference == "2025-007" and case.title is None and case.informal_intervention is None
        assert nb.vault.query_one("SELECT COUNT(*) FROM register_entries") == (0,)
        assert nb.vault.query_one("SELECT COUNT(*) FROM drafts") == (0,)
    finally:
        nb.close()


def test_sector_is_stored_and_changed(notebook: Notebook) -> None:
    notebook.organisations.add(Organisation(key="lyceum", name="Lyceum", sector=Sector.ONDERWIJS,
                                            year_start_month=8))
    assert notebook.organisations.get("lyceum").sector is Sector.ONDERWIJS
    assert notebook.organisations.get("acme").sector is Sector.WERK
    org = notebook.organisations.get("acme")
    org.sector = Sector.VLAANDEREN
    assert notebook.organisations.update(org) is True
    assert notebook.organisations.get("acme").sector is Sector.VLAANDEREN
    assert notebook.organisations.update(org) is False  # unchanged: neither written nor logged


def test_title_and_intervention_round_trip_and_the_title_is_searchable(notebook: Notebook) -> None:
    case = sample_case(reference="2026-010")
    case.title = "Roosterconflict magazijn"
    case.informal_intervention = InformalIntervention(InterventionType.VERZOENING, date(2026, 3, 2))
    case_id = notebook.cases.add(case)
    loaded = notebook.cases.get(case_id)
    assert loaded.title == "Roosterconflict magazijn"
    assert loaded.informal_intervention == InformalIntervention(InterventionType.VERZOENING, date(2026, 3, 2))
    assert notebook.cases.search("roosterconflict") == [case_id]
    loaded.title = "Ander onderwerp"
    notebook.cases.save(loaded)
    assert notebook.cases.search("roosterconflict") == []
    assert notebook.cases.search("onderwerp") == [case_id]


def test_a_skeleton_drops_the_title_and_keeps_the_intervention_month(notebook: Notebook) -> None:
    case = sample_case()
    case.title = "Ruzie over rooster"
    case.informal_intervention = InformalIntervention(InterventionType.GESPREK, date(2026, 3, 17))
    case_id = notebook.cases.add(case)
    with notebook.vault.transaction() as conn:
        reduce_to_skeleton(conn, [case_id])
    assert notebook.vault.query_one("SELECT title, intervention_type, intervention_date FROM cases") == (
        None, "gesprek", "2026-03")
    skeleton = notebook.cases.get(case_id)
    assert skeleton.title is None
    assert skeleton.informal_intervention == InformalIntervention(InterventionType.GESPREK, date(2026, 3, 1))

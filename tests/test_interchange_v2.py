"""Interchange version 2 (DESIGN.md §5, §9): sector, title, informal intervention and the
register van feiten door derden round-trip exactly; version 1 files still import, and a
version 2 field or code in a version 1 file is an error with its path."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from helpers import new_notebook
from vpnotes import interchange
from vpnotes.domain.model import Organisation
from vpnotes.domain.vocabulary import Sector
from vpnotes.errors import InvalidInput

Doc = dict[str, Any]


def v2_document() -> Doc:
    return {
        "format": "vpnotes-interchange", "version": 2,
        "organisations": [
            {"key": "gent", "name": "Stad Gent", "employees": 900, "year_start_month": 1, "min_cell": 5,
             "sector": "vlaanderen"},
            {"key": "lyceum", "name": "Het Lyceum", "year_start_month": 8, "min_cell": 3, "sector": "onderwijs"},
        ],
        "cases": [
            {"reference": "2026-001", "organisation": "gent", "title": "Conflict loket Zuid", "kind": "melding",
             "categories": ["pesten", "bedreiging"], "opened": "2026-03-02", "closed": None,
             "melder": {"name": "Lotte Peeters", "role": "medewerker", "position": "zelf"},
             "betrokkenen": [], "consent": {"registration": True, "registration_date": "2026-03-02",
                                            "handover": False, "handover_date": None, "sharing": []},
             "contacts": [{"date": "2026-03-02", "minutes": 40, "mode": "persoonlijk", "party": "melder"}],
             "followups": [], "referrals": ["preventieadviseur_psa"], "outcomes": [],
             "formal_steps": [{"kind": "formele_psi", "date": "2026-03-20"}],
             "confidentiality_breach": None, "retention_hold": None,
             "informal_intervention": {"type": "verzoening", "date": "2026-03-09"}, "purged": False},
            {"reference": "2026-002", "organisation": "lyceum", "kind": "advies",
             "categories": ["thuissituatie"], "opened": "2026-09-14", "closed": None,
             "melder": {"role": "leerling", "position": "zelf"},
             "betrokkenen": [{"relation": "medeleerling"}, {"relation": "docent"}],
             "consent": {"registration": True, "registration_date": None, "handover": False,
                         "handover_date": None, "sharing": []},
             "contacts": [], "followups": [], "referrals": ["veilig_thuis", "vertrouwensinspecteur"],
             "outcomes": [], "formal_steps": [], "confidentiality_breach": None, "retention_hold": None,
             "purged": False},
            {"id": "skel-1", "purged": True, "organisation": "gent", "kind": "melding", "categories": ["werkdruk"],
             "opened": "2019-02", "closed": "2019-06", "melder": {"role": "medewerker", "position": "zelf"},
             "betrokkenen": [], "contacts": [], "referrals": [], "outcomes": [], "formal_steps": [],
             "informal_intervention": {"type": "gesprek", "date": "2019-03"}},
        ],
        "activities": [], "expenses": [], "signals": [],
        "third_party_register": [
            {"organisation": "gent", "number": 1, "recorded": "2020-11", "erased": True},
            {"organisation": "gent", "number": 2, "facts_date": "2026-02-01", "recorded": "2026-02-03",
             "description": "Klant bedreigde baliemedewerker met een stoel", "declarant": None},
            {"organisation": "gent", "number": 4, "facts_date": None, "recorded": "2026-04-10",
             "description": "Leverancier maakte seksistische opmerkingen", "declarant": "Joris Maes"},
        ],
    }


def canonical(document: Doc) -> str:
    return json.dumps(document, ensure_ascii=False, sort_keys=True)


def import_doc(tmp_path: Path, document: Doc, name: str = "v.vpnotes") -> Any:
    source = tmp_path / f"{name}.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    notebook = new_notebook(tmp_path / name, organisation=None)
    interchange.import_file(notebook, source)
    return notebook


def test_a_v2_document_round_trips_exactly(tmp_path: Path) -> None:
    document = v2_document()
    with import_doc(tmp_path, document) as notebook:
        exported = interchange.export_document(notebook)
        assert notebook.organisations.get("lyceum").sector is Sector.ONDERWIJS
        case = notebook.cases.get(notebook.cases.id_for_reference("2026-001") or 0)
        assert case.title == "Conflict loket Zuid"
        assert case.informal_intervention is not None and case.informal_intervention.date == date(2026, 3, 9)
        # The next register number follows the highest one, also past a gap and an erased entry.
        assert notebook.register.add("gent", recorded=date(2026, 5, 1), description="Nieuw").number == 5
    assert canonical(exported) == canonical(document)


def test_the_export_of_an_imported_export_is_the_same(tmp_path: Path) -> None:
    with import_doc(tmp_path, v2_document(), "a") as first:
        once = interchange.export_document(first)
    with import_doc(tmp_path, once, "b") as second:
        assert canonical(interchange.export_document(second)) == canonical(once)


def v1(document: Doc) -> Doc:
    older = copy.deepcopy(document)
    older["version"] = 1
    return older


def plain_v1() -> Doc:
    return {"format": "vpnotes-interchange", "version": 1,
            "organisations": [{"key": "acme", "name": "Acme BV"}],
            "cases": [{"reference": "2026-001", "kind": "melding", "categories": ["pesten"], "opened": "2026-01-14",
                       "melder": {"role": "medewerker"}, "referrals": ["bedrijfsarts"]}]}


def test_a_v1_file_still_imports_and_exports_as_v2_with_sector_werk(tmp_path: Path) -> None:
    with import_doc(tmp_path, plain_v1()) as notebook:
        exported = interchange.export_document(notebook)
    assert exported["version"] == 2
    assert exported["organisations"][0]["sector"] == "werk"
    assert exported["third_party_register"] == []
    assert "title" not in exported["cases"][0] and "informal_intervention" not in exported["cases"][0]


def _with(path: list[Any], value: Any) -> Doc:
    document = plain_v1()
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return document


@pytest.mark.parametrize(("document", "where"), [
    (_with(["organisations", 0, "sector"], "werk"), "organisations[0].sector"),
    (_with(["cases", 0, "title"], "Onderwerp"), "cases[0].title"),
    (_with(["cases", 0, "informal_intervention"], {"type": "gesprek", "date": "2026-01-20"}),
     "cases[0].informal_intervention"),
    (_with(["third_party_register"], []), "third_party_register"),
    (_with(["cases", 0, "categories"], ["pesten", "bedreiging"]), "cases[0].categories[1]"),
    (_with(["cases", 0, "melder", "role"], "leerling"), "cases[0].melder.role"),
    (_with(["cases", 0, "referrals"], ["preventieadviseur_psa"]), "cases[0].referrals[0]"),
])
def test_a_v2_field_or_code_in_a_v1_file_is_an_error_with_its_path(document: Doc, where: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        interchange.parse(document)
    assert refused.value.nl.startswith(where + ":")
    document["version"] = 2
    interchange.parse(document)  # the same content is fine in version 2


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d["third_party_register"][2].update(number=2), "third_party_register[2].number"),
    (lambda d: d["third_party_register"][1].update(description=None), "third_party_register[1].description"),
    (lambda d: d["third_party_register"][0].update(description="x"), "third_party_register[0].description"),
    (lambda d: d["cases"][0]["informal_intervention"].update(type="bemiddeling"),
     "cases[0].informal_intervention.type"),
    (lambda d: d["organisations"][0].update(sector="belgie"), "organisations[0].sector"),
])
def test_invalid_v2_values_are_refused_with_their_path(change: Any, where: str) -> None:
    document = v2_document()
    change(document)
    with pytest.raises(InvalidInput) as refused:
        interchange.parse(document)
    assert refused.value.nl.startswith(where)


def test_a_register_number_the_vault_used_already_even_erased_is_refused_and_nothing_written(tmp_path: Path) -> None:
    notebook = new_notebook(tmp_path / "v.vpnotes", organisation=None)
    notebook.organisations.add(Organisation(key="gent", name="Stad Gent", sector=Sector.VLAANDEREN))
    notebook.register.add("gent", recorded=date(2026, 1, 5), description="Eerste")
    notebook.register.erase("gent", [1])
    document = {"format": "vpnotes-interchange", "version": 2, "third_party_register": [
        {"organisation": "gent", "number": 2, "recorded": "2026-02-01", "description": "Tweede"},
        {"organisation": "gent", "number": 1, "recorded": "2026-02-01", "description": "Opnieuw een"}]}
    with pytest.raises(InvalidInput) as refused:
        interchange.import_data(notebook, interchange.parse(document))
    assert refused.value.nl.startswith("third_party_register[1].number")
    assert [e.number for e in notebook.register.entries("gent", erased=True)] == [1]
    notebook.close()


def test_a_register_entry_for_an_organisation_outside_vlaanderen_is_refused(tmp_path: Path) -> None:
    notebook = new_notebook(tmp_path / "v.vpnotes")
    document = {"format": "vpnotes-interchange", "version": 2, "third_party_register": [
        {"number": 1, "recorded": "2026-02-01", "description": "Klant sloeg"}]}
    with pytest.raises(InvalidInput) as refused:
        interchange.import_data(notebook, interchange.parse(document))
    assert refused.value.nl.startswith("third_party_register[0].organisation")
    notebook.close()

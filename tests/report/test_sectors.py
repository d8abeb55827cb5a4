"""The annual report per sector (DESIGN.md §9): labels in Word and JSON, the onderwijs
roles table in groups, the Flemish interventions table and register count under
disclosure control, and Belgian numbers blocked by the screening."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from helpers.documents import docx_text as read_docx
from helpers.documents import pdf_text
from report.report_fixtures import Spec, add_signal, make_case
from vpnotes.domain.model import InformalIntervention, Organisation
from vpnotes.domain.vocabulary import InterventionType, Sector
from vpnotes.report.service import export_report, prepare_report, render
from vpnotes.store.notebook import Notebook


def add(notebook: Notebook, spec: Spec, intervention: InterventionType | None = None) -> None:
    case = make_case(spec)
    if intervention is not None:
        case.informal_intervention = InformalIntervention(intervention, spec.opened)
    notebook.cases.add(case)


def docx_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "r.docx"
    path.write_bytes(data)
    return read_docx(path)


@pytest.fixture
def school(notebook: Notebook) -> Notebook:
    notebook.organisations.add(Organisation(key="lyceum", name="Het Lyceum", sector=Sector.ONDERWIJS,
                                            year_start_month=8, min_cell=3))
    roles = ["leerling"] * 5 + ["student"] + ["ouder"] * 4 + ["medewerker"] * 3 + ["leidinggevende"]
    for i, role in enumerate(roles):
        add(notebook, Spec(opened=date(2025, 9 + i % 4, 3 + i), organisation="lyceum", role=role,
                           categories=("arbeidsconflict",) if i % 2 else ("thuissituatie",),
                           referrals=("arbeidsinspectie",) if i < 4 else ("vertrouwensinspecteur",)))
    return notebook


@pytest.fixture
def flemish(notebook: Notebook) -> Notebook:
    notebook.organisations.add(Organisation(key="gent", name="Stad Gent", sector=Sector.VLAANDEREN))
    types = [InterventionType.GESPREK] * 6 + [InterventionType.INTERVENTIE] * 5 + [InterventionType.VERZOENING] * 2
    for i, kind in enumerate(types):
        add(notebook, Spec(opened=date(2026, 1 + i % 6, 2 + i), organisation="gent",
                           categories=("pesten",) if i < 7 else ("werkdruk",)), kind)
    for i in range(7):
        add(notebook, Spec(opened=date(2026, 2, 10 + i), organisation="gent", categories=("seksuele_intimidatie",)))
    for i in range(6):
        notebook.register.add("gent", recorded=date(2026, 3, 1 + i), description=f"Klant {i} dreigde")
    notebook.register.add("gent", recorded=date(2025, 12, 30), description="Vorig jaar")
    notebook.register.erase("gent", [2])  # erased entries still count for the year
    return notebook


def test_an_onderwijs_report_groups_pupils_parents_and_staff_and_uses_school_labels(school: Notebook,
                                                                                   tmp_path: Path) -> None:
    prepared = prepare_report(school, "lyceum", 2025)
    assert prepared.label == "2025-2026"
    data = json.loads(render(prepared, "json"))
    assert data["sector"] == "onderwijs"
    roles = {row["code"]: row["count"] for row in data["tables"]["roles"]["rows"]}
    assert roles == {"leerlingen": 6, "ouders": 4, "personeel": 4}
    assert {row["code"] for row in data["tables"]["categories"]["rows"]} == {"arbeidsconflict", "thuissituatie"}
    text = docx_text(render(prepared, "docx"), tmp_path)
    for label in ("Leerlingen en studenten", "Ouders en verzorgers", "Personeel", "Conflict",
                  "Thuissituatie, huiselijk geweld, kindermishandeling", "Inspectie van het Onderwijs",
                  "Vertrouwensinspecteur", "Melders: leerlingen, ouders en personeel"):
        assert label in text, label
    assert "Arbeidsconflict" not in text and "Nederlandse Arbeidsinspectie" not in text
    assert "register" not in data and "interventions" not in data["tables"]
    # The default introduction names who turns to a school's VP.
    assert "hoeveel leerlingen, ouders, medewerkers en anderen een beroep deden" in text


def test_a_vlaanderen_report_has_flemish_labels_interventions_and_the_register_count(flemish: Notebook,
                                                                                     tmp_path: Path) -> None:
    prepared = prepare_report(flemish, "gent", 2026)
    data = json.loads(render(prepared, "json"))
    assert data["sector"] == "vlaanderen"
    assert data["register"] == {"recorded": 6}  # the erased entry counts, last year's does not
    interventions = data["tables"]["interventions"]
    # 2 verzoeningen are below k; the next smallest row is hidden too, so the total cannot reveal them.
    assert interventions["rows"] == [{"code": "gesprek", "count": 6},
                                     {"code": "interventie", "count": None, "suppressed": True},
                                     {"code": "verzoening", "count": None, "suppressed": True}]
    assert interventions["total"] == 13
    text = docx_text(render(prepared, "docx"), tmp_path)
    for label in ("Pesterijen", "Stress en burn-out", "Ongewenst seksueel gedrag op het werk",
                  "Informele psychosociale interventies", "Gesprek (onthaal, luisteren, advies)",
                  "Register van feiten door derden", "In 2026 zijn 6 verklaringen"):
        assert label in text, label


def test_a_small_register_count_is_hidden(flemish: Notebook) -> None:
    data = json.loads(render(prepare_report(flemish, "gent", 2025), "json"))
    assert data["register"] == {"recorded": None}


def test_screening_in_vlaanderen_blocks_a_rijksregisternummer_and_a_belgian_phone(flemish: Notebook,
                                                                                   tmp_path: Path) -> None:
    add_signal(flemish, 2026, "Bel 0475 12 34 56 over dossier 85.07.30-033.28.", organisation="gent")
    prepared = prepare_report(flemish, "gent", 2026)
    assert {f.reason for f in prepared.screening.blocking} == {"rijksregisternummer", "belgian_phone"}
    with pytest.raises(Exception):  # noqa: B017 - ScreeningRefused, nothing written
        export_report(flemish, prepared, tmp_path / "r.docx")
    assert not (tmp_path / "r.docx").exists()


def test_an_invalid_rijksregisternummer_passes_the_screening(flemish: Notebook) -> None:
    add_signal(flemish, 2026, "Ordernummer 85.07.30-033.27 is geleverd.", organisation="gent")
    assert prepare_report(flemish, "gent", 2026).screening.blocking == ()


def test_a_werk_report_has_no_sector_fields(notebook: Notebook) -> None:
    for i in range(10):
        add(notebook, Spec(opened=date(2026, 1, 2 + i)))
    data = json.loads(render(prepare_report(notebook, "acme", 2026), "json"))
    assert "sector" not in data and "register" not in data and "interventions" not in data["tables"]


@pytest.mark.slow
@pytest.mark.parametrize(("fixture", "key", "year", "expected"), [
    ("school", "lyceum", 2025, ("Het Lyceum · 2025-2026", "Melders: leerlingen, ouders en personeel",
                                "Leerlingen en studenten", "Ouders en verzorgers", "Vertrouwensinspecteur")),
    ("flemish", "gent", 2026, ("Stad Gent · 2026", "Pesterijen", "Informele psychosociale interventies",
                               "Gesprek (onthaal, luisteren, advies)", "Register van feiten door derden",
                               "In 2026 zijn 6 verklaringen")),
])
def test_libreoffice_renders_the_report_of_each_sector(fixture: str, key: str, year: int,
                                                       expected: tuple[str, ...], tmp_path: Path,
                                                       request: pytest.FixtureRequest) -> None:
    notebook: Notebook = request.getfixturevalue(fixture)
    path = tmp_path / f"jaarverslag-{key}.docx"
    export_report(notebook, prepare_report(notebook, key, year), path)
    text = " ".join(pdf_text(path, tmp_path).split())
    for label in expected:
        assert label in text, label
    assert "Arbeidsconflict" not in text and "Nederlandse Arbeidsinspectie" not in text  # no werk words

"""The report service the CLI and the app call: k, screening refusals, writing and logging."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from report.golden import fill_golden
from report.report_fixtures import Spec, add_activity, add_cases, add_organisation, add_signal, many
from vpnotes.errors import DestinationExists, InvalidInput, ScreeningRefused
from vpnotes.report.service import export_report, format_for, prepare_report
from vpnotes.store.notebook import Notebook


def events(notebook: Notebook) -> list[tuple[str, str]]:
    return [(e.event, e.detail) for e in notebook.audit.entries() if e.event in ("report_exported",
                                                                                 "screening_accepted")]


def test_export_writes_an_owner_only_file_and_logs_without_words(notebook: Notebook, tmp_path: Path) -> None:
    fill_golden(notebook)
    prepared = prepare_report(notebook, "acme", 2025)
    assert prepared.screening.clean and prepared.can_export()
    target = export_report(notebook, prepared, tmp_path / "jaarverslag.docx")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert events(notebook) == [("report_exported", "format=docx year=2025 organisation=acme min_cell=5")]
    with pytest.raises(DestinationExists):
        export_report(notebook, prepared, target)


def test_a_blocking_hit_stops_the_export_and_nothing_is_written(notebook: Notebook, tmp_path: Path) -> None:
    fill_golden(notebook)
    add_signal(notebook, 2025, "Medewerker A3 had het zwaar.")
    prepared = prepare_report(notebook, "acme", 2025)
    assert [f.word for f in prepared.screening.blocking] == ["Medewerker A3"]
    with pytest.raises(ScreeningRefused) as refused:
        export_report(notebook, prepared, tmp_path / "r.docx", accepted_warnings=True)
    assert refused.value.exit_code == 5 and "A3" not in refused.value.message
    assert list(tmp_path.iterdir()) == [] or not (tmp_path / "r.docx").exists()
    assert events(notebook) == []


def test_warnings_are_acknowledged_one_by_one(notebook: Notebook, tmp_path: Path) -> None:
    add_cases(notebook, many(12, name="Roos Bakker") + many(3, name="Ilse Visser", notes="Overleg met Gerritsma."))
    add_signal(notebook, 2025, "Een bakker en een visser; Roos noemde Gerritsma.")
    prepared = prepare_report(notebook, "acme", 2025)
    assert not prepared.screening.blocking
    keys = [w.key for w in prepared.screening.warnings]
    assert {w.reason for w in prepared.screening.warnings} == {"surname_word", "first_name", "notes_word"}
    assert len(keys) == 4
    with pytest.raises(ScreeningRefused):
        export_report(notebook, prepared, tmp_path / "r.json", accepted_warnings=keys[:-1])
    assert not (tmp_path / "r.json").exists() and not prepared.can_export(keys[:-1])
    export_report(notebook, prepared, tmp_path / "r.json", accepted_warnings=keys)
    assert events(notebook) == [("screening_accepted", "warnings=4"),
                                ("report_exported", "format=json year=2025 organisation=acme min_cell=5")]
    log = " ".join(detail for _, detail in events(notebook)).casefold()
    assert not any(word in log for word in ("bakker", "visser", "roos", "gerritsma"))


def test_min_cell_can_only_be_stricter(notebook: Notebook, tmp_path: Path) -> None:
    fill_golden(notebook)
    with pytest.raises(InvalidInput):
        prepare_report(notebook, "acme", 2025, min_cell=4)
    with pytest.raises(InvalidInput):
        prepare_report(notebook, "acme", 2025, min_cell=11)
    stricter = prepare_report(notebook, "acme", 2025, min_cell=8)
    assert stricter.min_cell == 8 and not stricter.disclosed.breakdown
    notebook.policy.set("min_cell.acme", 3)
    assert prepare_report(notebook, "acme", 2025).min_cell == 3


def test_departments_below_k_may_not_be_named(notebook: Notebook) -> None:
    # Financiën has 12 cases (its count is hidden here, to protect Inkoop's 2), Inkoop is below k.
    add_cases(notebook, many(12, department="Financiën") + many(2, department="Inkoop"))
    add_signal(notebook, 2025, "Signalen uit financiën en uit inkoop.")
    prepared = prepare_report(notebook, "acme", 2025)
    assert [(f.word, f.reason) for f in prepared.screening.blocking] == [("inkoop", "department")]


def test_activity_descriptions_are_included_and_screened_only_when_chosen(notebook: Notebook) -> None:
    add_cases(notebook, many(3, name="Anna Smit"))
    add_activity(notebook, date(2025, 4, 1), "voorlichting", 2, "Voorlichting op verzoek van Smit")
    without = prepare_report(notebook, "acme", 2025)
    assert without.screening.clean and "Smit" not in without.document.plain_text()
    chosen = prepare_report(notebook, "acme", 2025, include_activity_descriptions=True)
    assert [f.label for f in chosen.screening.blocking] == ["Activiteit 1 (Voorlichting, 01-04-2025)"]


def test_an_overview_across_organisations(notebook: Notebook, tmp_path: Path) -> None:
    add_organisation(notebook, "beta", min_cell=6)
    add_organisation(notebook, "gamma")
    add_cases(notebook, many(30) + many(20, organisation="beta") + many(2, organisation="gamma"))
    prepared = prepare_report(notebook, None, 2025)
    assert prepared.organisation is None and prepared.min_cell == 6  # the largest k
    export_report(notebook, prepared, tmp_path / "overzicht.json")
    data = json.loads((tmp_path / "overzicht.json").read_text())
    assert data["organisation"] is None and data["rounded_to"] == 5
    assert data["cases"]["total"] == 50  # 52 rounded to a multiple of 5
    # gamma (2) is below k and shares the last row; hidden, it takes beta (the next smallest) along.
    assert data["tables"]["organisations"]["rows"] == [
        {"code": "acme", "count": 30}, {"code": "beta", "count": None, "suppressed": True},
        {"code": "overige_organisaties", "count": None, "suppressed": True}]
    assert "departments" not in data["tables"] and data["signals"] == []


def test_a_single_organisation_vault_reports_on_it(notebook: Notebook) -> None:
    add_cases(notebook, [Spec(opened=date(2025, 1, 5))])
    assert prepare_report(notebook, None, 2025).organisation == "acme"


def test_the_format_follows_the_option_or_the_extension() -> None:
    assert format_for("verslag.JSON", None) == "json"
    assert format_for("verslag.docx", None) == "docx"
    assert format_for("verslag", None) == "docx"
    assert format_for("verslag.docx", "json") == "json"
    with pytest.raises(InvalidInput):
        format_for("verslag.pdf", "pdf")

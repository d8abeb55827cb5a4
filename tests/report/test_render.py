"""The Word and JSON output: structure, properties and the fixed JSON shape."""

from __future__ import annotations

import getpass
import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from report.golden import fill_golden
from report.report_fixtures import add_signal
from vpnotes.report.service import PreparedReport, export_report, prepare_report, render
from vpnotes.store.notebook import Notebook


@pytest.fixture
def prepared(notebook: Notebook) -> PreparedReport:
    fill_golden(notebook)
    add_signal(notebook, 2025, "Werkdruk speelt in meerdere teams.\nAdvies: maak er een vast agendapunt van.")
    return prepare_report(notebook, "acme", 2025)


def test_docx_layout_header_footer_and_repeating_header_rows(prepared: PreparedReport) -> None:
    document = Document(io.BytesIO(render(prepared, "docx")))
    section = document.sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert "Acme BV" in section.header.paragraphs[0].text and "2025" in section.header.paragraphs[0].text
    footer_xml = section.footer._element.xml
    assert " PAGE " in footer_xml and " NUMPAGES " in footer_xml and "Acme BV · 2025" in footer_xml
    assert document.tables, "the report has tables"
    for table in document.tables:
        first_row = table.rows[0]._tr
        assert first_row.trPr is not None and first_row.trPr.find(qn("w:tblHeader")) is not None
        assert table.style is not None and table.style.name == "VP Tabel"
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    assert headings[:2] == ["Inleiding", "Kerncijfers"]
    assert "Signalen en adviezen aan de organisatie" in headings and headings[-1] == "Over dit verslag"
    bullets = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "List Bullet"]
    assert bullets == ["Werkdruk speelt in meerdere teams. Advies: maak er een vast agendapunt van."]


def test_docx_properties_carry_no_user_and_no_python_docx(prepared: PreparedReport) -> None:
    data = render(prepared, "docx")
    props = Document(io.BytesIO(data)).core_properties
    assert props.title == "Jaarverslag vertrouwenspersoon"
    assert props.subject == "Jaarverslag vertrouwenspersoon 2025, Acme BV"
    assert (props.author, props.last_modified_by, props.comments) == ("", "", "")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        assert "word/charts/chart1.xml" in names  # the chart, native: the VP can restyle it in Word
        assert not any(name.startswith("word/media/") for name in names)
        assert "docProps/thumbnail.jpeg" not in names
        for name in names:
            assert b"python-docx" not in package.read(name), name
        user = getpass.getuser().encode()
        for name in ("docProps/core.xml", "docProps/app.xml"):
            assert b">" + user + b"<" not in package.read(name)
        assert b'w:val="nl-NL"' in package.read("word/styles.xml")


def test_the_preview_document_is_what_the_docx_says(prepared: PreparedReport) -> None:
    document = Document(io.BytesIO(render(prepared, "docx")))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    for line in prepared.document.plain_text().splitlines():
        if " | " in line:
            assert set(line.split(" | ")) <= cells | {""}
        else:
            assert line in text


def test_json_has_the_fixed_shape(prepared: PreparedReport) -> None:
    data = json.loads(render(prepared, "json"))
    assert list(data) == ["format", "version", "organisation", "year", "min_cell", "cases", "contacts", "tables",
                          "hours", "activities", "previous_year", "signals"]
    assert (data["format"], data["version"], data["organisation"], data["year"], data["min_cell"]) == (
        "vpnotes-report", 1, "acme", "2025", 5)
    assert data["cases"] == {"total": 15, "new": None, "carried_over": None}
    assert data["contacts"] == 19
    assert data["tables"]["categories"] == {
        "rows": [{"code": "pesten", "count": 10},
                 {"code": "overig", "count": 9, "folded": ["discriminatie", "integriteit", "werkdruk"]}],
        "total": 15, "total_is_sum": False}
    assert data["tables"]["kinds"] == {
        "rows": [{"code": "advies", "count": None, "suppressed": True}, {"code": "melding", "count": 9},
                 {"code": "signaal", "count": None, "suppressed": True}],
        "total": 15, "total_is_sum": True}
    assert "positions" not in data["tables"] and "quarters" not in data["tables"]
    assert data["hours"] == {"cases": 13, "activities": 4}
    assert data["activities"] == {"rows": [{"code": "voorlichting", "count": 1, "hours": 3},
                                           {"code": "training", "count": 1, "hours": 1}]}
    assert data["previous_year"] == {"year": "2024", "cases": {"total": 5}, "contacts": 5, "tables": {}}
    assert data["signals"] == ["Werkdruk speelt in meerdere teams. Advies: maak er een vast agendapunt van."]


def test_a_schooljaar_report_is_labelled_by_both_years(notebook: Notebook, tmp_path: Path) -> None:
    from report.report_fixtures import Spec, add_cases, add_organisation

    add_organisation(notebook, "school", start_month=8)
    add_cases(notebook, [Spec(opened=date(2025, 9, 1), organisation="school")])
    prepared = prepare_report(notebook, "school", 2025)
    export_report(notebook, prepared, tmp_path / "school.json")
    data = json.loads((tmp_path / "school.json").read_text())
    assert data["year"] == "2025-2026" and data["cases"] == {"total": None}
    assert "tables" in data and data["tables"] == {}

"""Sector labels (DESIGN.md §9) in the casus, the patterns (command line) and the access extract:
a Flemish case reads "Pesterijen" and "Werknemer", a school case "Personeelslid"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx

from helpers import PASSPHRASE, new_notebook, run_cli, sample_case
from vpnotes.domain.model import Contact, Melder, Organisation
from vpnotes.domain.vocabulary import Category, ContactMode, MelderRole, Referral, Sector
from vpnotes.lifecycle.access import build_extract
from vpnotes.lifecycle.access_docx import render_docx
from vpnotes.practice.casus import build_casus, casus_text
from vpnotes.store.notebook import Notebook


def flemish_notebook(path: Path) -> None:
    with new_notebook(path, organisation=None) as notebook:
        notebook.organisations.add(Organisation(key="gent", name="Stad Gent", sector=Sector.VLAANDEREN))
        notebook.organisations.add(Organisation(key="lyceum", name="Het Lyceum", sector=Sector.ONDERWIJS))
        notebook.cases.add(sample_case(organisation="gent", reference="2026-001", categories=[Category.PESTEN],
                                       melder=Melder(role=MelderRole.MEDEWERKER, name="Lotte Peeters"),
                                       referrals=[Referral.ARBEIDSINSPECTIE],
                                       contacts=[Contact(date=date(2026, 1, 14), minutes=30, mode=ContactMode.VIDEO,
                                                         summary="Gesprek; bel haar op 0475 12 34 56.")]))
        notebook.cases.add(sample_case(organisation="lyceum", reference="2026-002", opened=date(2026, 1, 20),
                                       contacts=[], melder=Melder(role=MelderRole.MEDEWERKER, name="Sanne Bos")))
        for i in range(4):  # a rising category in each organisation, for the patterns
            for org in ("gent", "lyceum"):
                notebook.cases.add(sample_case(organisation=org, opened=date(2026, 2, 1 + i), contacts=[],
                                               categories=[Category.WERKDRUK], melder=Melder(MelderRole.ONBEKEND)))


def test_the_casus_uses_the_flemish_labels_and_redacts_a_belgian_phone(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    flemish_notebook(path)

    with Notebook.open(path, PASSPHRASE) as notebook:
        text = casus_text(build_casus(notebook, "2026-001"))
        school = casus_text(build_casus(notebook, "2026-002"))
    assert "Pesterijen" in text and "Werknemer" in text and "Toezicht Welzijn op het Werk" in text
    assert "0475" not in text and "[telefoon]" in text
    assert "Personeelslid" in school


def test_the_access_extract_uses_the_flemish_labels(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    flemish_notebook(path)

    with Notebook.open(path, PASSPHRASE) as notebook:
        extract = build_extract(notebook, "Lotte Peeters")
    out = tmp_path / "inzage.docx"
    out.write_bytes(render_docx(extract))
    document = docx.Document(str(out))
    text = "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "Pesterijen" in text and "Werknemer" in text


def test_the_patterns_command_names_categories_as_the_sector_does(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    flemish_notebook(path)
    result = run_cli("patterns", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert "Stress en burn-out" in result.stdout  # gent
    assert "Werkdruk" in result.stdout  # lyceum keeps the Dutch label

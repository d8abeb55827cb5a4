"""The .docx opens in a real word processor: LibreOffice converts it to PDF and
the PDF's text holds the expected headings, table captions and page numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.documents import pdf_text
from report.golden import fill_golden
from report.report_fixtures import add_signal
from vpnotes.report.service import export_report, prepare_report
from vpnotes.store.notebook import Notebook


@pytest.mark.slow
def test_libreoffice_renders_the_report(notebook: Notebook, tmp_path: Path) -> None:
    fill_golden(notebook)
    add_signal(notebook, 2025, "Werkdruk speelt in meerdere teams; maak er een vast agendapunt van.")
    export_report(notebook, prepare_report(notebook, "acme", 2025), tmp_path / "jaarverslag.docx")
    text = pdf_text(tmp_path / "jaarverslag.docx", tmp_path)
    for expected in ("Jaarverslag vertrouwenspersoon", "Acme BV · 2025", "Inleiding", "Kerncijfers",
                     "Zaken per categorie", "Samengevoegd in ‘Overig’", "Soort zaak", "Contacten per contactvorm",
                     "Zaken per afdeling van de melder", "Preventieve activiteiten en tijdsbesteding",
                     "Signalen en adviezen aan de organisatie", "vast agendapunt", "Over dit verslag"):
        assert expected in text, expected
    pages = text.count("\f")
    assert pages >= 2
    assert f"pagina 1 van {pages}" in text and f"pagina {pages} van {pages}" in text

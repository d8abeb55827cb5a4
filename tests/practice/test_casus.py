"""The anonymised casus for intervisie: what it shows (kind, categories, roles,
relative timeline, modes and parties, redacted summaries, referrals, outcomes,
formal steps) and what it must never hold (any stored name, e-mail, phone,
reference, department, organisation, exact date; BSN, IBAN, postcode), checked
in the text file and in every part of the Word file, and once more after
LibreOffice has turned the Word file into a PDF.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from helpers.practice_data import MAIN_REFERENCE, NOTES_MARKER, find_leaks, practice_notebook
from vpnotes.errors import DestinationExists, InvalidInput, UsageError
from vpnotes.practice.casus import (
    CasusRefused,
    CasusWarnings,
    Precision,
    build_casus,
    casus_text,
    export_casus,
    screen_casus,
)
from vpnotes.practice.redact import Redactor
from vpnotes.store.notebook import Notebook


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Notebook]:
    notebook = practice_notebook(tmp_path / "practice.vpnotes")
    yield notebook
    notebook.close()


def docx_texts(path: Path) -> dict[str, str]:
    """Every part of the package as text, plus the document's text as Word shows it."""
    parts: dict[str, str] = {}
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            parts[name] = package.read(name).decode("utf-8", errors="replace")
    document = docx.Document(str(path))
    shown = [p.text for p in document.paragraphs]
    shown += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    parts["(shown text)"] = "\n".join(shown)
    return parts


def test_text_casus_shows_the_course_of_the_case_without_identifying_details(filled: Notebook, tmp_path: Path) -> None:
    out = tmp_path / "casus.txt"
    export_casus(filled, MAIN_REFERENCE, out, include_notes=True)
    text = out.read_text("utf-8")

    assert find_leaks(text) == []
    # what intervisie needs is there
    for expected in ("Melding", "Intimidatie", "Pesten", "Medewerker", "[betrokkene 1]: leidinggevende",
                     "dag 1: persoonlijk, met melder, 50 min.", "dag 15: telefoon, met HR, 20 min.", "dag 63:",
                     "afgesloten (dag 66)", "Bedrijfsarts", "Doorverwezen", "Informeel opgelost", "Formele klacht"):
        assert expected in text, expected
    # names became placeholders, the tussenvoegsel went with the surname, dates kept their month
    assert "Intake met [melder] ([e-mail], [telefoon]). [melder] vertelt" in text
    assert "[betrokkene 1] op januari 2026 op de afdeling [afdeling] tegen haar" in text
    assert "over [melder];" in text and "de [melder]" not in text
    assert "van 't [betrokkene 1]" not in text and "[betrokkene 1] al uit zaak [kenmerk]" in text
    assert "(melder [naam])" in text and "op februari 2026." in text
    assert "Mevrouw [melder] is tevreden; [melder] wil" in text and "bij [organisatie]." in text
    # notes were asked for: present, redacted
    assert NOTES_MARKER in text
    assert "BSN [nummer], IBAN [rekeningnummer], woont [postcode] Den Haag" in text
    assert "belt ook [telefoon]; collega [naam] was getuige" in text
    assert (out.stat().st_mode & 0o777) == 0o600


def test_notes_stay_out_unless_asked_for(filled: Notebook) -> None:
    text = casus_text(build_casus(filled, MAIN_REFERENCE))
    assert NOTES_MARKER not in text and "Notities" not in text
    assert find_leaks(text) == []
    assert NOTES_MARKER in casus_text(build_casus(filled, MAIN_REFERENCE, include_notes=True))


def test_month_precision_counts_months_since_opening(filled: Notebook) -> None:
    casus = build_casus(filled, MAIN_REFERENCE, precision=Precision.MONTHS)
    assert [c.offset for c in casus.contacts] == [1, 1, 3]
    text = casus_text(casus)
    assert "maand 3: persoonlijk" in text and "afgesloten (maand 3)" in text and "dag " not in text


def test_word_casus_has_no_identifying_detail_in_any_part(filled: Notebook, tmp_path: Path) -> None:
    out = tmp_path / "casus.docx"
    export_casus(filled, MAIN_REFERENCE, out, include_notes=True)
    parts = docx_texts(out)
    assert "word/document.xml" in parts
    for name, text in parts.items():
        assert find_leaks(text) == [], name
        assert "python-docx" not in text, name
    assert "[melder]" in parts["(shown text)"] and NOTES_MARKER in parts["(shown text)"]

    document = docx.Document(str(out))
    section = document.sections[0]
    width, height, margin = section.page_width, section.page_height, section.left_margin
    assert width is not None and height is not None and margin is not None
    assert (round(width.cm, 1), round(height.cm, 1)) == (21.0, 29.7)
    assert round(margin.cm, 1) == 2.5
    props = document.core_properties
    assert props.title == "Casus voor intervisie"
    assert props.author == "" and props.last_modified_by == "" and props.comments == ""


def test_every_name_in_the_vault_is_replaced_whatever_its_spelling(filled: Notebook) -> None:
    case_id = filled.cases.id_for_reference(MAIN_REFERENCE)
    assert case_id is not None
    case = filled.cases.get(case_id)
    variants = ("cigdem ozturk-de vries", "ÖZTÜRK DE VRIES", "de Vries", "Vries", "Öztürk", "Ozturk",
                "Çiğdem", "Öztu\u0308rk")  # the last one decomposed (NFD), as some keyboards send it
    case.contacts[2].summary = " / ".join(variants) + " / Kees Kok / kok / Bakker, Wim"
    filled.items.update_contact(case_id, case.contacts[2])
    casus = build_casus(filled, MAIN_REFERENCE)
    # "kok" in lower case is the ordinary word (cook), so it stays, and the screening asks the VP to look
    assert casus.contacts[2].summary == " / ".join(["[melder]"] * len(variants)) + " / [naam] / kok / [naam]"
    assert [(w.word, w.reason) for w in screen_casus(filled, casus).warnings] == [("kok", "surname_word")]


def test_a_surname_that_is_an_ordinary_word_is_kept_only_as_the_word(filled: Notebook) -> None:
    case_id = filled.cases.id_for_reference(MAIN_REFERENCE)
    assert case_id is not None
    case = filled.cases.get(case_id)
    case.betrokkenen[0].name = "Bram de Groot"
    filled.cases.save(case)
    case.contacts[2].summary = "Groot en de groot zeiden: een groot probleem; dhr. groot? Bram weet het."
    filled.items.update_contact(case_id, case.contacts[2])
    summary = build_casus(filled, MAIN_REFERENCE).contacts[2].summary
    assert summary == ("[betrokkene 1] en [betrokkene 1] zeiden: een groot probleem; dhr. groot? "
                       "[betrokkene 1] weet het.")


def test_casus_is_logged_without_the_reference(filled: Notebook, tmp_path: Path) -> None:
    export_casus(filled, MAIN_REFERENCE, tmp_path / "c.txt")
    entries = [e for e in filled.audit.entries() if e.event == "casus_exported"]
    assert len(entries) == 1
    assert MAIN_REFERENCE not in entries[0].detail and entries[0].detail == "txt"


def test_unknown_reference_existing_file_and_wrong_extension_are_refused(filled: Notebook, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        export_casus(filled, "2026-999", tmp_path / "c.txt")
    assert caught.value.exit_code == 5 and "2026-999" not in caught.value.message
    existing = tmp_path / "bestaat.txt"
    existing.write_text("van de VP zelf")
    with pytest.raises(DestinationExists):
        export_casus(filled, MAIN_REFERENCE, existing)
    assert existing.read_text() == "van de VP zelf"
    with pytest.raises(UsageError):
        export_casus(filled, MAIN_REFERENCE, tmp_path / "c.pdf")
    assert not (tmp_path / "c.txt").exists() and not (tmp_path / "c.pdf").exists()
    assert not [e for e in filled.audit.entries() if e.event == "casus_exported"]


@pytest.mark.slow
def test_word_casus_opens_in_libreoffice_and_reads_back_clean(filled: Notebook, tmp_path: Path) -> None:
    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if not (soffice and pdftotext):
        if os.environ.get("VPNOTES_REQUIRE_TOOLS") == "1":
            pytest.fail("soffice and pdftotext are required (VPNOTES_REQUIRE_TOOLS=1)")
        pytest.skip("LibreOffice or pdftotext not installed")
    source = tmp_path / "casus.docx"
    export_casus(filled, MAIN_REFERENCE, source, include_notes=True)
    pdf_dir = tmp_path / "pdf"
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
         "--outdir", str(pdf_dir), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = pdf_dir / "casus.pdf"
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True, timeout=60).stdout
    assert "Casus voor intervisie" in text
    assert "[melder]" in text and "[betrokkene 1]" in text and "dag 15" in text
    assert NOTES_MARKER in text
    assert find_leaks(re.sub(r"\s+", " ", text)) == []
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60).stdout
    if info:  # pdfinfo comes with pdftotext; A4 is 595 x 842 points
        assert re.search(r"Page size:\s+595(\.\d+)? x 841|Page size:\s+595(\.\d+)? x 842", info), info


def test_screening_warnings_are_returned_and_a_remaining_block_refuses(
        filled: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = filled.cases.id_for_reference(MAIN_REFERENCE)
    assert case_id is not None
    case = filled.cases.get(case_id)
    case.contacts[2].summary = "Ook Zwanenburg van de receptie was erbij."  # a third party the vault does not know
    filled.items.update_contact(case_id, case.contacts[2])
    with pytest.raises(CasusWarnings) as warned:  # not written until the VP acknowledges the word
        export_casus(filled, MAIN_REFERENCE, tmp_path / "c.txt")
    assert [(w.word, w.reason) for w in warned.value.findings] == [("Zwanenburg", "notes_word")]
    assert warned.value.exit_code == 5 and "Zwanenburg" not in warned.value.message
    assert not (tmp_path / "c.txt").exists()
    result = export_casus(filled, MAIN_REFERENCE, tmp_path / "c.txt", accept_warnings=True)
    assert [(w.word, w.reason) for w in result.warnings] == [("Zwanenburg", "notes_word")]
    assert [e.detail for e in filled.audit.entries() if e.event == "casus_exported"] == ["txt warnings_accepted=1"]

    # The screening is a second line: were the redaction to miss the names, nothing would be written.
    monkeypatch.setattr(Redactor, "redact", lambda self, text: text)
    with pytest.raises(CasusRefused) as caught:
        export_casus(filled, MAIN_REFERENCE, tmp_path / "c2.txt")
    words = {f.word for f in caught.value.findings}
    assert {"Çiğdem Öztürk-de Vries", "cigdem.ozturk@acme-bv.nl", "2025-031"} <= words
    assert caught.value.exit_code == 5 and "Öztürk" not in caught.value.message
    assert not (tmp_path / "c2.txt").exists()
    assert len([e for e in filled.audit.entries() if e.event == "casus_exported"]) == 1


def test_redaction_of_patterns_whoever_they_belong_to() -> None:
    redactor = Redactor()  # knows no names: only the patterns apply
    cases = {
        "mail a.b@example.org of bel +31 (0)20 123 4567": "mail [e-mail] of bel [telefoon]",
        "BSN 123.456.782 en 123456782": "BSN [nummer] en [nummer]",
        "IBAN nl91abna0417164300.": "IBAN [rekeningnummer].",
        "postcode 1234 AB, niet 1234 ab": "postcode [postcode], niet 1234 ab",
        "op 3 March 2026, 4 may en 12 okt.": "op maart 2026, mei en oktober.",
        "2026-02-30 en 31-04-2026": "[datum] en [datum]",
        "maandag 7 september 2026, 07/09/26": "september 2026, september 2026",
        "schooljaar 2025-2026, 45 minuten, maart 2026": "schooljaar 2025-2026, 45 minuten, maart 2026",
    }
    for text, expected in cases.items():
        assert redactor.redact(text) == expected, text


def test_words_neither_dutch_nor_known_to_the_notebook_are_warnings(filled: Notebook, tmp_path: Path) -> None:
    case_id = filled.cases.id_for_reference(MAIN_REFERENCE)
    assert case_id is not None
    case = filled.cases.get(case_id)
    case.contacts[2].summary = ("Project PRJ-42 liep vast; ze spraken af in de Hoogstraat. Teamleidersoverleg "
                                "en pestgedrag van collega's besproken via het zxq-portaal, daarna naar de "
                                "bedrijfsarts.")
    filled.items.update_contact(case_id, case.contacts[2])
    with pytest.raises(CasusWarnings) as warned:
        export_casus(filled, MAIN_REFERENCE, tmp_path / "c.txt")
    # The codes: no ordinary word, not in the notebook, and lower case or too short for the report's
    # notes rule (which finds the street); the compounds and abbreviations pass.
    assert [(w.word, w.reason) for w in warned.value.findings] == [
        ("PRJ", "unknown_word"), ("Hoogstraat", "notes_word"), ("zxq", "unknown_word")]
    assert "geen gewoon Nederlands woord" in warned.value.findings[0].describe()


def test_belgian_identifiers_are_redacted() -> None:
    text = "Rijksregisternummer 85.07.30-033.28, gsm 0475/12.34.56, vast +32 2 123 45 67; order 85.07.30-033.27."
    redacted = Redactor().redact(text)
    assert "85.07.30-033.28" not in redacted and "0475" not in redacted and "123 45 67" not in redacted
    assert redacted.count("[nummer]") == 1 and redacted.count("[telefoon]") == 2
    assert "85.07.30-033.27" in redacted  # no valid checksum: not a rijksregisternummer

"""The privacy statement and DPIA annex: the .docx for the employer's file is generated from
the Markdown, is current, opens in LibreOffice, and its numbers match what the code does."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from docx import Document

from helpers import program
from vpnotes.store import kdf
from vpnotes.store.policy import SPECS
from vpnotes.ui import clipboard

ROOT = Path(__file__).resolve().parents[2]
PRIVACY = ROOT / "docs" / "privacy"
THREATS = ("Verloren of gestolen laptop", "Nieuwsgierige collega", "ICT van de werkgever",
           "Synchronisatieclients", "Scherm delen", "Klembordbeheerder", "De opvolger",
           "Lezer van het jaarverslag", "Lezer van meerdere verslagen", "Malware of een keylogger",
           "Een VP die exporteert")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_privacy_docx", ROOT / "tools" / "make_privacy_docx.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the tool loads
    spec.loader.exec_module(module)
    return module


def _texts(document: object) -> list[str]:
    body = [p.text for p in document.paragraphs]  # type: ignore[attr-defined]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]  # type: ignore[attr-defined]
    return body + cells


def test_parse_reads_the_subset_and_refuses_the_rest() -> None:
    tool = _tool()
    blocks = tool.parse("# Titel\n\nEen *zin*\nloopt door.\n\n- punt **vet**\n  vervolg\n1. eerste\n\n"
                        "| a | b |\n| --- | --- |\n| 1 | `x` |\n")
    assert [(b.kind, b.text) for b in blocks[:4]] == [
        ("title", "Titel"), ("paragraph", "Een *zin* loopt door."), ("bullet", "punt **vet** vervolg"),
        ("number", "eerste")]
    assert blocks[4].rows == [["a", "b"], ["1", "`x`"]]
    assert list(tool.runs("a **b** *c* `d`")) == [("", "a "), ("bold", "b"), ("", " "), ("italic", "c"),
                                                   ("", " "), ("code", "d")]
    with pytest.raises(ValueError, match="not supported"):
        tool.parse("![plaatje](img/x.png)")
    with pytest.raises(ValueError, match="numbers of cells"):
        tool.parse("| a | b |\n| 1 |\n")


def test_the_document_holds_both_parts_and_every_threat(tmp_path: Path) -> None:
    tool = _tool()
    out = tmp_path / "privacy.docx"
    assert tool.main(["--out", str(out)]) == 0
    document = Document(str(out))
    texts = _texts(document)
    assert "Privacyverklaring vpnotes" in texts and "DPIA-bijlage vpnotes" in texts
    for heading in ("Hoe de gegevens beveiligd zijn", "Wat de laptop nooit verlaat", "Grondslag", "Bewaartermijnen",
                    "Rechten van melders en betrokkenen", "Dreigingen", "Restrisico's"):
        assert heading in texts, heading
    threat_table = next(t for t in document.tables if t.rows[0].cells[0].text == "Dreiging")
    first_column = [row.cells[0].text for row in threat_table.rows[1:]]
    for threat in THREATS:
        assert any(cell.startswith(threat) for cell in first_column), threat
    assert all(len(row.cells) == 4 and all(c.text for c in row.cells) for row in threat_table.rows)
    assert not any("**" in text or "`" in text for text in texts)  # markup became formatting
    props = document.core_properties
    assert props.title == tool.TITLE and props.author == "" and props.last_modified_by == ""
    with zipfile.ZipFile(out) as archive:
        assert not any(b"python-docx" in archive.read(name) for name in archive.namelist())


def test_the_committed_docx_is_current(tmp_path: Path) -> None:
    committed = Document(str(PRIVACY / "vpnotes-privacyverklaring-en-dpia.docx"))
    fresh = _tool().build()
    assert _texts(committed) == _texts(fresh), "run python tools/make_privacy_docx.py"


def test_the_numbers_in_the_privacy_statement_are_the_code_s() -> None:
    text = " ".join((PRIVACY / "privacyverklaring.md").read_text(encoding="utf-8").split())
    profile = kdf.PROFILES[1]
    assert (profile.time_cost, profile.memory_kib, profile.parallelism) == (3, 64 * 1024, 4)
    assert "Argon2id (RFC 9106): 3 iteraties, 64 MiB geheugen, parallellisme 4" in text
    assert f"(standaard {SPECS['autolock_minutes'].default})" in text
    assert f"standaard {SPECS['retention_years'].default} jaar na het sluiten" in text
    assert f"de laatste {SPECS['backup.keep'].default} bewaard" in text
    assert f"na {clipboard.CLEAR_AFTER_MS // 1000} seconden" in text
    annex = (PRIVACY / "dpia-bijlage.md").read_text(encoding="utf-8")
    assert re.search(r"Argon2id \(t=3, m=64 MiB, p=4\)", annex)


@pytest.mark.slow
def test_libreoffice_opens_the_privacy_docx(tmp_path: Path) -> None:
    soffice = program("soffice")
    pdftotext = program("pdftotext")
    out = tmp_path / "privacy.docx"
    _tool().main(["--out", str(out)])
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "privacy.pdf"
    assert pdf.exists() and pdf.stat().st_size > 10_000
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True, timeout=60).stdout
    for expected in ("Privacyverklaring vpnotes", "DPIA-bijlage vpnotes", "Dreigingen", "Malware", "Scherm delen",
                     "Wat vpnotes niet", "Restrisico"):
        assert expected in text, expected
    pages = text.count("\f")
    assert pages >= 4 and f"pagina {pages} van {pages}" in text

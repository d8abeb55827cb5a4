"""Reading back the documents vpnotes writes: the text of every Word paragraph and table cell, and
the text of the PDF LibreOffice makes of it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx


def docx_text(path: Path) -> str:
    """Paragraphs, then every table cell, one per line."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def pdf_text(path: Path, work: Path) -> str:
    """``path`` converted to PDF by LibreOffice in ``work`` (its own profile there, so parallel runs never
    share one), read back by pdftotext with its layout; skipped where either program is missing."""
    from helpers import program

    soffice, pdftotext = program("soffice"), program("pdftotext")
    subprocess.run([soffice, f"-env:UserInstallation={(work / 'lo').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work), str(path)],
                   check=True, capture_output=True, timeout=180)
    pdf = work / (path.stem + ".pdf")
    assert pdf.exists() and pdf.stat().st_size > 10_000
    return subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True, timeout=60).stdout

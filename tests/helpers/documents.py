"""Reading back the Word documents vpnotes writes: the text of every paragraph and table cell."""

from __future__ import annotations

from pathlib import Path

import docx


def docx_text(path: Path) -> str:
    """Paragraphs, then every table cell, one per line."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)

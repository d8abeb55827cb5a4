"""Build the privacy statement and DPIA annex as one Word file for the employer's records.

``python tools/make_privacy_docx.py [--out FILE]`` reads ``docs/privacy/privacyverklaring.md``
and ``docs/privacy/dpia-bijlage.md`` (the single source, in Dutch) and writes
``docs/privacy/vpnotes-privacyverklaring-en-dpia.docx``: the annual report's reference document
(A4, Dutch styles, the "VP Tabel" table style), each part starting on a new page, page numbers
in the footer, table header rows repeated on every page, author and "last modified by" empty.

The Markdown is the small subset these two files use, read line by line: ``#``/``##``/``###``
headings, paragraphs, ``-`` and ``1.`` lists, pipe tables, and ``**bold**``, ``*italic*`` and
```code``` inside a line. Anything else is an error, so a construct the converter would
silently mangle cannot slip into the employer's copy.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vpnotes.report.render_docx import (  # noqa: E402  (the report's look, shared on purpose)
    REFERENCE,
    TEXT_WIDTH_CM,
    _header_footer,
    _properties,
)

SOURCES = (ROOT / "docs" / "privacy" / "privacyverklaring.md", ROOT / "docs" / "privacy" / "dpia-bijlage.md")
OUT = ROOT / "docs" / "privacy" / "vpnotes-privacyverklaring-en-dpia.docx"
TITLE = "Privacyverklaring en DPIA-bijlage vpnotes"
FIXED_TIME = datetime(2026, 1, 1)  # the same sources give the same file
INLINE = re.compile(r"(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)")
HEADING = re.compile(r"^(#{1,3}) (.+)$")
NUMBERED = re.compile(r"^\d+\. (.+)$")
FIRST_COLUMN_CM = {2: 5.2, 3: 3.6}


@dataclass
class Block:
    kind: str  # "title", "heading1", "heading2", "paragraph", "bullet", "number", "table"
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


def parse(markdown: str, source: str = "") -> list[Block]:
    """The blocks of one Markdown file (the subset described above)."""
    blocks: list[Block] = []
    lines = markdown.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index].rstrip()
        if not line.strip():
            index += 1
            continue
        heading = HEADING.match(line)
        if heading:
            level = len(heading.group(1))
            blocks.append(Block(("title", "heading1", "heading2")[level - 1], heading.group(2).strip()))
            index += 1
        elif line.startswith("|"):
            rows: list[list[str]] = []
            while index < len(lines) and lines[index].startswith("|"):
                cells = [cell.strip() for cell in lines[index].strip().strip("|").split("|")]
                if not all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells):
                    rows.append(cells)
                index += 1
            if len({len(row) for row in rows}) != 1:
                raise ValueError(f"{source}: a table's rows have different numbers of cells")
            blocks.append(Block("table", rows=rows))
        elif line.startswith("- ") or NUMBERED.match(line):
            kind = "bullet" if line.startswith("- ") else "number"
            text = line[2:] if kind == "bullet" else NUMBERED.match(line).group(1)  # type: ignore[union-attr]
            index += 1
            while index < len(lines) and lines[index].startswith("  ") and lines[index].strip():
                text += " " + lines[index].strip()
                index += 1
            blocks.append(Block(kind, text.strip()))
        elif line.startswith(("```", ">", "<", "![")):
            raise ValueError(f"{source}, line {index + 1}: not supported by this converter: {line[:20]!r}")
        else:
            text = line.strip()
            index += 1
            while index < len(lines) and lines[index].strip() and not _starts_block(lines[index]):
                text += " " + lines[index].strip()
                index += 1
            blocks.append(Block("paragraph", text))
    return blocks


def _starts_block(line: str) -> bool:
    return bool(HEADING.match(line) or line.startswith(("|", "- ")) or NUMBERED.match(line))


def runs(text: str) -> Iterator[tuple[str, str]]:
    """``(style, text)`` pieces of one line: style is "", "bold", "italic" or "code"."""
    for piece in INLINE.split(text):
        if not piece:
            continue
        if piece.startswith("**"):
            yield "bold", piece[2:-2]
        elif piece.startswith("`"):
            yield "code", piece[1:-1]
        elif piece.startswith("*"):
            yield "italic", piece[1:-1]
        else:
            yield "", piece


def _fill(paragraph: object, text: str) -> None:
    for style, piece in runs(text):
        run = paragraph.add_run(piece)  # type: ignore[attr-defined]
        run.bold = True if style == "bold" else None
        run.italic = True if style == "italic" else None
        if style == "code":
            run.font.name = "Courier New"


def _table(document: object, rows: list[list[str]]) -> None:
    columns = len(rows[0])
    grid = document.add_table(rows=len(rows), cols=columns)  # type: ignore[attr-defined]
    grid.style = "VP Tabel"
    grid.autofit = False
    # The first column names things (a threat, a right): narrow; the others share the rest.
    first = FIRST_COLUMN_CM.get(columns, 3.0)
    widths = [first] + [(TEXT_WIDTH_CM - first) / (columns - 1)] * (columns - 1)
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = Cm(width)  # the grid (LibreOffice reads this) as well as each cell (Word)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = grid.cell(r, c)
            cell.width = Cm(widths[c])
            paragraph = cell.paragraphs[0]
            paragraph.style = "Tabeltekst"
            _fill(paragraph, text)
            if r == 0:
                for run in paragraph.runs:
                    run.bold = True
        properties = grid.rows[r]._tr.get_or_add_trPr()
        keep = OxmlElement("w:cantSplit")
        properties.append(keep)
        if r == 0:
            properties.append(OxmlElement("w:tblHeader"))  # repeats on every page
    # The reference style's "last row" emphasis is for totals; these tables have none.
    look = grid._tbl.tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.set(qn("w:lastRow"), "0")
    document.add_paragraph(style="Toelichting")  # type: ignore[attr-defined]


def build(sources: tuple[Path, ...] = SOURCES) -> object:
    """The Word document (python-docx ``Document``) made from ``sources``."""
    document = Document(str(REFERENCE))
    # The annual report's properties (author and "last modified by" empty, Dutch) and its header and
    # footer with page numbers; then this file's own keywords and a fixed date.
    _properties(document, TITLE, "Privacy en gegevensbescherming")
    document.core_properties.keywords = "vpnotes; privacyverklaring; DPIA"
    document.core_properties.created = document.core_properties.modified = FIXED_TIME
    _header_footer(document.sections[0], SimpleNamespace(header=TITLE, footer="vpnotes"))

    for number, source in enumerate(sources):
        for block in parse(source.read_text(encoding="utf-8"), source.name):
            if block.kind == "title":
                title = document.add_paragraph(style="Title")
                if number:
                    title.paragraph_format.page_break_before = True
                title.add_run(block.text)
            elif block.kind in ("heading1", "heading2"):
                _fill(document.add_paragraph(style=f"Heading {block.kind[-1]}"), block.text)
            elif block.kind == "table":
                _table(document, block.rows)
            else:
                style = {"bullet": "List Bullet", "number": "List Number"}.get(block.kind, "Normal")
                _fill(document.add_paragraph(style=style), block.text)
    return document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=OUT, help=f"the .docx to write (default {OUT.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    document = build()
    document.save(str(args.out))  # type: ignore[attr-defined]
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

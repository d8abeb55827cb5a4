"""A clean Word document for the practice outputs (casus, statement).

python-docx's default template is US Letter, says "python-docx" in its
properties and carries a creation date from 2013 (DESIGN.md §8). A casus or a
statement leaves the VP's laptop, so the document must carry nothing but its
content: A4 with ordinary margins, the title set, author, "last modified by",
comments and the other properties empty, and the proofing language matching the
text. The annual report has its own reference document in ``report/``.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from vpnotes.i18n import language

A4_WIDTH_CM = 21.0
A4_HEIGHT_CM = 29.7
MARGIN_CM = 2.5
TABLE_FONT_PT = 9


def new_document(title: str) -> Any:
    """An empty A4 document with neutral properties and ``title``."""
    document = docx.Document()
    for section in document.sections:
        section.page_width = Cm(A4_WIDTH_CM)
        section.page_height = Cm(A4_HEIGHT_CM)
        section.left_margin = section.right_margin = Cm(MARGIN_CM)
        section.top_margin = section.bottom_margin = Cm(MARGIN_CM)
    props = document.core_properties
    props.title = title
    # Everything else empty: no OS user, no tool name, no template history.
    for name in ("author", "last_modified_by", "comments", "subject", "keywords", "category",
                 "content_status", "identifier", "version"):
        setattr(props, name, "")
    props.revision = 1
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.created = now
    props.modified = now
    lang = "nl-NL" if language() == "nl" else "en-GB"
    props.language = lang
    for element in document.styles.element.iter(qn("w:lang")):
        element.set(qn("w:val"), lang)
    document.styles["Normal"].font.size = Pt(10.5)
    return document


def landscape(document: Any) -> None:
    """Turn the (single) section to A4 landscape, for tables with many columns."""
    for section in document.sections:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(A4_HEIGHT_CM), Cm(A4_WIDTH_CM)


def add_table(document: Any, header: list[str], rows: list[list[str]], *, numeric_from: int = 1,
              bold_last: bool = False) -> Any:
    """A grid table; columns from ``numeric_from`` on are right-aligned (figures)."""
    table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(TABLE_FONT_PT)
    for index, values in enumerate(rows):
        cells = table.add_row().cells
        for column, (cell, text) in enumerate(zip(cells, values, strict=True)):
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            if bold_last and index == len(rows) - 1:  # only where needed: a long table has many cells
                run.bold = True
            run.font.size = Pt(TABLE_FONT_PT)
            if column >= numeric_from:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return table


def facts_table(document: Any, rows: list[tuple[str, str]], widths: tuple[float, float] = (4.0, 12.0)) -> Any:
    """A two-column grid of bold labels and their values (a casus's or a document's facts)."""
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
        # labels narrow, values wide; per cell, because Word and LibreOffice read cell widths
        cells[0].width, cells[1].width = Cm(widths[0]), Cm(widths[1])
    return table


def document_bytes(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()

"""Write a :class:`~vpnotes.report.document.ReportDocument` to Word (.docx)
with python-docx, starting from ``resources/report/reference.docx`` (A4, Dutch
styles, the "VP Tabel" table style; built by ``tools/make_reference_docx.py``).

Header and footer carry the organisation and year; the footer numbers pages
with PAGE/NUMPAGES fields. Table header rows repeat on every page and rows do
not split. Document properties: title and subject set, author and "last
modified by" empty (never the OS user), no "python-docx" anywhere.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor

import vpnotes
from vpnotes.report.document import Bullets, Chart, Heading, Paragraph, ReportDocument, Table
from vpnotes.report.docx_chart import add_chart

REFERENCE = Path(vpnotes.__file__).parent / "resources" / "report" / "reference.docx"
HEADER_FILL = "1F4E79"
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
TEXT_WIDTH_CM = 16.2


def render_docx(report: ReportDocument, *, subject: str) -> bytes:
    document = Document(str(REFERENCE))
    _properties(document, report.title, subject)
    section = document.sections[0]
    _header_footer(section, report)

    document.add_paragraph(report.title, style="Title")
    document.add_paragraph(report.subtitle, style="Subtitle")
    for element in report.elements:
        if isinstance(element, Heading):
            document.add_paragraph(element.text, style=f"Heading {element.level}")
        elif isinstance(element, Paragraph):
            style = {"note": "Toelichting", "lead": "Subtitle"}.get(element.style, "Normal")
            document.add_paragraph(element.text, style=style)
        elif isinstance(element, Bullets):
            for item in element.items:
                document.add_paragraph(item, style="List Bullet")
        elif isinstance(element, Table):
            _table(document, element)
        elif isinstance(element, Chart):
            picture = document.add_paragraph()
            picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
            picture.paragraph_format.keep_with_next = True
            add_chart(document, picture, element.data, width_cm=element.width_cm, description=element.caption)
            document.add_paragraph(element.caption, style="Toelichting").alignment = WD_ALIGN_PARAGRAPH.CENTER
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _properties(document: object, title: str, subject: str) -> None:
    props = document.core_properties  # type: ignore[attr-defined]
    props.title = title
    props.subject = subject
    props.author = ""  # never the OS user, never "python-docx"
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = "jaarverslag; vertrouwenspersoon"
    props.language = "nl-NL"
    props.revision = 1
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.created = now
    props.modified = now


def _header_footer(section: object, report: ReportDocument) -> None:
    header = section.header.paragraphs[0]  # type: ignore[attr-defined]
    header.text = report.header
    header.style = "Header"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]  # type: ignore[attr-defined]
    footer.style = "Footer"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(f"{report.footer} · pagina ")
    _field(footer, "PAGE")
    footer.add_run(" van ")
    _field(footer, "NUMPAGES")


def _field(paragraph: object, instruction: str) -> None:
    """A complex field (begin, instruction, separate, cached '1', end): Word and LibreOffice update it."""
    def char(kind: str) -> object:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            element.set(qn("w:dirty"), "true")
        return element

    run = paragraph.add_run()  # type: ignore[attr-defined]
    run._r.append(char("begin"))
    run = paragraph.add_run()  # type: ignore[attr-defined]
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    run = paragraph.add_run()  # type: ignore[attr-defined]
    run._r.append(char("separate"))
    paragraph.add_run("1")  # type: ignore[attr-defined]
    run = paragraph.add_run()  # type: ignore[attr-defined]
    run._r.append(char("end"))


def _table(document: object, table: Table) -> None:
    document.add_paragraph(table.title, style="Tabeltitel")  # type: ignore[attr-defined]
    rows = [table.header, *table.rows] + ([table.total] if table.total else [])
    columns = len(table.header)
    grid = document.add_table(rows=len(rows), cols=columns)  # type: ignore[attr-defined]
    grid.style = "VP Tabel"
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    grid.autofit = False
    first_width = TEXT_WIDTH_CM - 2.6 * (columns - 1) if columns > 2 else 10.0
    widths = [Cm(first_width)] + [Cm(2.6)] * (columns - 1)
    _look(grid, last_row=table.total is not None)
    for r, values in enumerate(rows):
        row = grid.rows[r]
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if r == 0:  # the header row repeats on every page the table runs over
            tr_pr.append(OxmlElement("w:tblHeader"))
        for c, value in enumerate(values):
            cell = row.cells[c]
            cell.width = widths[c]
            paragraph = cell.paragraphs[0]
            # The style id directly: python-docx's by-name lookup scans every style per call.
            paragraph._p.style = "Tabeltekst"
            if c > 0:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = paragraph.add_run(value)
            # Direct formatting as well as the table style: LibreOffice and older Word both show it.
            if r == 0:
                run.bold = True
                run.font.color.rgb = WHITE
                _shade(cell, HEADER_FILL)
            elif table.total and r == len(rows) - 1:
                run.bold = True
            if r < len(rows) - 1 and c == 0:
                paragraph.paragraph_format.keep_with_next = True
    for note in table.notes:
        document.add_paragraph(note, style="Toelichting")  # type: ignore[attr-defined]
    spacer = document.add_paragraph(style="Toelichting")  # type: ignore[attr-defined]
    spacer.paragraph_format.space_after = Cm(0.2)


def _look(grid: object, *, last_row: bool) -> None:
    tbl_pr = grid._tbl.tblPr  # type: ignore[attr-defined]
    look = tbl_pr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        tbl_pr.append(look)
    for name, value in (("w:firstRow", "1"), ("w:lastRow", "1" if last_row else "0"), ("w:firstColumn", "0"),
                        ("w:lastColumn", "0"), ("w:noHBand", "1"), ("w:noVBand", "1")):
        look.set(qn(name), value)
    look.set(qn("w:val"), "0060" if last_row else "0020")


def _shade(cell: object, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)

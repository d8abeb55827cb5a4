"""Build ``resources/report/reference.docx``, the reference document the annual
report is rendered from (DESIGN.md §6 and §8: python-docx's own template is US
Letter with author "python-docx").

What it sets: A4 with Dutch margins; Dutch (nl-NL) as the document language so
Word checks spelling in Dutch; Arial (Liberation Sans in LibreOffice, metric
compatible) in calm sizes; heading, title, note and table-caption styles; a
table style "VP Tabel" (dark header row, thin rules, bold total row); empty
document properties (no author, no "python-docx", no thumbnail). The body is
empty: the renderer fills it. Run ``python tools/make_reference_docx.py``.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "vpnotes" / "resources" / "report" / "reference.docx"
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)
FONT = "Arial"
FIXED_TIME = datetime(2026, 1, 1)

TABLE_STYLE = f"""
<w:style {nsdecls('w')} w:type="table" w:customStyle="1" w:styleId="VPTabel">
  <w:name w:val="VP Tabel"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="40"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/>
      <w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="D9D9D9"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="45" w:type="dxa"/><w:left w:w="110" w:type="dxa"/>
      <w:bottom w:w="45" w:type="dxa"/><w:right w:w="110" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="lastRow">
    <w:rPr><w:b/></w:rPr>
    <w:tcPr><w:tcBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/></w:tcBorders></w:tcPr>
  </w:tblStylePr>
</w:style>
"""


def _font(style: object, size: float, *, bold: bool | None = None, colour: RGBColor | None = None,
          italic: bool | None = None) -> None:
    font = style.font  # type: ignore[attr-defined]
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    if colour is not None:
        font.color.rgb = colour
    # East-Asian and complex-script slots too, or Word falls back to the theme font there.
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()  # type: ignore[attr-defined]
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(slot), FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        rfonts.attrib.pop(qn(theme), None)


def build() -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.3)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.3)
    section.header_distance, section.footer_distance = Cm(1.2), Cm(1.1)

    styles = document.styles
    # Dutch as the document language (spelling, hyphenation) for every style.
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = parse_xml(f'<w:lang {nsdecls("w")}/>')
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")

    normal = styles["Normal"]
    _font(normal, 10)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    title = styles["Title"]
    _font(title, 26, bold=False, colour=ACCENT)
    title.paragraph_format.space_after = Pt(4)
    # python-docx's Title has a bottom border; the report's cover is plainer.
    title_ppr = title.element.get_or_add_pPr()
    for border in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(border)
    subtitle = styles["Subtitle"]
    _font(subtitle, 13, italic=False, colour=GREY)
    subtitle.paragraph_format.space_after = Pt(24)

    for name, size, before in (("Heading 1", 15, 18), ("Heading 2", 12, 12)):
        heading = styles[name]
        _font(heading, size, bold=True, colour=ACCENT)
        heading.paragraph_format.space_before = Pt(before)
        heading.paragraph_format.space_after = Pt(6)
        heading.paragraph_format.keep_with_next = True

    caption = styles.add_style("Tabeltitel", WD_STYLE_TYPE.PARAGRAPH)
    caption.base_style = normal
    _font(caption, 10, bold=True, colour=ACCENT)
    caption.paragraph_format.space_before = Pt(10)
    caption.paragraph_format.space_after = Pt(3)
    caption.paragraph_format.keep_with_next = True

    note = styles.add_style("Toelichting", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = normal
    _font(note, 8.5, colour=GREY)
    note.paragraph_format.space_after = Pt(2)
    note.paragraph_format.line_spacing = 1.0

    cell = styles.add_style("Tabeltekst", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    _font(cell, 9.5)
    cell.paragraph_format.space_after = Pt(0)
    cell.paragraph_format.line_spacing = 1.0

    for name in ("Header", "Footer"):
        _font(styles[name], 8, colour=GREY)

    bullet = styles["List Bullet"]
    _font(bullet, 10)
    bullet.paragraph_format.space_after = Pt(4)

    # python-docx's template carries ~140 table styles; the report uses one. Fewer styles: a smaller file,
    # and python-docx looks styles up faster.
    for style in list(styles.element.findall(qn("w:style"))):
        if style.get(qn("w:type")) == "table" and style.get(qn("w:styleId")) not in ("TableNormal", "TableGrid"):
            styles.element.remove(style)
    styles.element.append(parse_xml(TABLE_STYLE))

    # Empty body: the renderer adds everything after this point.
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)

    props = document.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.title = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    props.language = "nl-NL"
    props.revision = 1
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:  # a picture of python-docx's blank page
            del package.rels[rel_id]
    for rel_id, rel in list(document.part.rels.items()):
        # Word 2010's duplicate of the styles (still the old fonts) and an empty custom XML item.
        if rel.reltype.endswith("/stylesWithEffects") or rel.reltype == RT.CUSTOM_XML:
            del document.part.rels[rel_id]

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> int:
    data = build()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        leaks = [name for name in package.namelist() if b"python-docx" in package.read(name)]
    if leaks:
        print(f"'python-docx' still in {leaks}", file=sys.stderr)
        return 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"{len(data)} bytes -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

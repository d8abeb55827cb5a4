"""A native Word chart in a python-docx document: the chart part
(:func:`vpnotes.report.charts.chart_part_xml`) added to the package through
python-docx's OPC layer, related from the document, and drawn inline in a
paragraph (``w:drawing/wp:inline`` with a ``c:chart`` reference), as Word itself
writes a chart it made. The caption is the drawing's alternative text.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.shared import Cm

from vpnotes.report.charts import ChartData, chart_part_xml

CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       f'xmlns:c="{CHART_URI}" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def add_chart(document: object, paragraph: object, data: ChartData, *, width_cm: float, description: str) -> None:
    """Append ``data`` as a chart ``width_cm`` wide to ``paragraph`` of ``document``."""
    part = document.part  # type: ignore[attr-defined]
    package = part.package
    chart = Part(package.next_partname("/word/charts/chart%d.xml"), CHART_CONTENT_TYPE, chart_part_xml(data),
                 package)
    rid = part.relate_to(chart, RT.CHART)
    shape_id = part.next_id
    inline = parse_xml(
        f'<wp:inline distT="0" distB="0" distL="0" distR="0" {_NS}>'
        f'<wp:extent cx="{int(Cm(width_cm))}" cy="{int(Cm(data.height_cm()))}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{shape_id}" name="Grafiek {shape_id}" descr={quoteattr(description)}/>'
        '<wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="{CHART_URI}"><c:chart r:id="{rid}"/></a:graphicData></a:graphic>'
        '</wp:inline>')
    drawing = OxmlElement("w:drawing")
    drawing.append(inline)
    paragraph.add_run()._r.append(drawing)  # type: ignore[attr-defined]

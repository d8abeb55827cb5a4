"""The report's chart is a native Word chart built from the disclosed figures:
categories in the table's order, a hidden figure gets no bar and the label ``x``,
last year as a second series; the part is valid XML that the document relates
to, and the app's preview draws the same data with Qt."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

from docx import Document

from vpnotes.report.charts import ChartData, Series, axis_max, category_chart, chart_part_xml, major_unit
from vpnotes.report.disclosure import ShownRow, ShownTable
from vpnotes.report.docx_chart import CHART_CONTENT_TYPE, add_chart
from vpnotes.report.render_docx import REFERENCE

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _table(previous: bool) -> ShownTable:
    rows = (ShownRow("pesten", 12, 7 if previous else None), ShownRow("werkdruk", None, 5 if previous else None),
            ShownRow("overig", 1_250, None))
    return ShownTable("categories", rows, total=None, total_is_sum=False, has_previous=previous)


def test_a_hidden_figure_has_no_bar_and_the_label_x() -> None:
    data = category_chart(_table(False), ["Pesten", "Werkdruk", "Overig"], "2025", None)
    assert data.categories == ("Pesten", "Werkdruk", "Overig")
    assert [s.name for s in data.series] == ["2025"]
    root = ET.fromstring(chart_part_xml(data))
    (series,) = root.iter(f"{C}ser")
    values = [pt.find(f"{C}v").text for pt in series.find(f"{C}val").iter(f"{C}pt")]  # type: ignore[union-attr]
    assert values == ["12", "0", "1250"]
    labels = series.find(f"{C}dLbls")
    assert labels is not None
    (hidden,) = labels.findall(f"{C}dLbl")
    assert hidden.find(f"{C}idx").get("val") == "1"  # type: ignore[union-attr]
    assert [t.text for t in hidden.iter(f"{A}t")] == ["x"]
    categories = [pt.find(f"{C}v").text for pt in series.find(f"{C}cat").iter(f"{C}pt")]  # type: ignore[union-attr]
    assert categories == ["Pesten", "Werkdruk", "Overig"]
    # First category on top, as in the table; no legend for one series.
    assert root.find(f".//{C}catAx/{C}scaling/{C}orientation").get("val") == "maxMin"  # type: ignore[union-attr]
    assert root.find(f".//{C}legend") is None


def test_last_year_is_a_second_series_with_a_legend() -> None:
    data = category_chart(_table(True), ["Pesten", "Werkdruk", "Overig"], "2025", "2024")
    assert [s.values for s in data.series] == [(12, None, 1250), (7, 5, None)]
    root = ET.fromstring(chart_part_xml(data))
    names = [s.find(f"{C}tx/{C}v").text for s in root.iter(f"{C}ser")]  # type: ignore[union-attr]
    assert names == ["2025", "2024"]
    assert root.find(f".//{C}legend") is not None
    assert data.height_cm() > category_chart(_table(False), ["a", "b", "c"], "2025", None).height_cm()


def test_names_are_escaped() -> None:
    data = ChartData(("R&D <team>",), (Series("2025", (3,), "1F4E79"),))
    root = ET.fromstring(chart_part_xml(data))
    assert [v.text for v in root.iter(f"{C}v")][1:] == ["R&D <team>", "3"]


def test_whole_number_axis_with_room_for_the_labels() -> None:
    assert major_unit(3) == 1 and major_unit(16) == 2 and major_unit(1250) == 200
    assert axis_max(16) == 20 and axis_max(1) == 2 and axis_max(1250) == 1600


def test_the_document_relates_an_inline_chart_part() -> None:
    document = Document(str(REFERENCE))
    data = ChartData(("Pesten",), (Series("2025", (3,), "1F4E79"),))
    add_chart(document, document.add_paragraph(), data, width_cm=15.5, description="Zaken per categorie, 2025")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as package:
        types = package.read("[Content_Types].xml").decode()
        assert 'PartName="/word/charts/chart1.xml"' in types and CHART_CONTENT_TYPE in types
        assert b"relationships/chart" in package.read("word/_rels/document.xml.rels")
        body = package.read("word/document.xml").decode()
        assert 'descr="Zaken per categorie, 2025"' in body and "<c:chart " in body
        ET.fromstring(package.read("word/charts/chart1.xml"))

"""The annual report's bar chart as data and as a native Word chart (DrawingML).

:func:`category_chart` takes the *disclosed* table: only shown figures become
bars; a hidden count gets no bar and the label ``x``, as in the table.
:func:`chart_part_xml` writes it as a ``c:chartSpace`` part (ECMA-376 part 1,
§21.2) that Word and LibreOffice draw themselves, so the VP can restyle it in
Word (colours, fonts, size) like any chart they made. The numbers are the
chart's literal values; no workbook is embedded, so "Edit data" in Word has
nothing to open: the figures come from the notebook, not from a spreadsheet.

This replaced a matplotlib PNG: matplotlib, NumPy and Pillow were a third of the
installed bundle (docs/packaging.md). The app's preview draws the same
:class:`ChartData` with Qt (``vpnotes.ui.chart_image``).
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from vpnotes.report.disclosure import ShownTable

CURRENT_COLOUR = "1F4E79"
PREVIOUS_COLOUR = "9DC3E6"
TEXT_COLOUR = "262626"
GRID_COLOUR = "D9D9D9"
HIDDEN = "x"
AXIS_TITLE = "Aantal zaken"
FONT = "Calibri"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int | None, ...]  # None: hidden, no bar, labelled "x"
    colour: str


@dataclass(frozen=True)
class ChartData:
    """Horizontal bars per category, first category on top; one or two series."""

    categories: tuple[str, ...]
    series: tuple[Series, ...]
    axis_title: str = AXIS_TITLE

    @property
    def top(self) -> int:
        return max([v or 0 for s in self.series for v in s.values] + [1])

    def height_cm(self) -> float:
        """A height that gives each bar room for its label, as the table's rows do."""
        per_category = 0.9 if len(self.series) > 1 else 0.6
        return 2.2 + len(self.categories) * per_category


def category_chart(table: ShownTable, labels: list[str], label: str, previous_label: str | None) -> ChartData:
    """Cases per category, this year against last when that year is shown."""
    series = [Series(label, tuple(row.count for row in table.rows), CURRENT_COLOUR)]
    if table.has_previous and previous_label is not None:
        series.append(Series(previous_label, tuple(row.previous for row in table.rows), PREVIOUS_COLOUR))
    return ChartData(tuple(labels), tuple(series))


def number_text(value: int | None) -> str:
    return HIDDEN if value is None else f"{value:,}".replace(",", ".")


# -- DrawingML -------------------------------------------------------------------------------------

_NS = ('xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_CATEGORY_AXIS = 111111111
_VALUE_AXIS = 222222222


def _text_properties(size_pt: float, bold: bool = False) -> str:
    return (f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="{round(size_pt * 100)}" '
            f'b="{int(bold)}"><a:solidFill><a:srgbClr val="{TEXT_COLOUR}"/></a:solidFill>'
            f'<a:latin typeface="{FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="nl-NL"/></a:p></c:txPr>')


def _fill(colour: str) -> str:
    return f'<c:spPr><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></c:spPr>'


def _string_literal(values: tuple[str, ...]) -> str:
    points = "".join(f'<c:pt idx="{i}"><c:v>{escape(v)}</c:v></c:pt>' for i, v in enumerate(values))
    return f'<c:strLit><c:ptCount val="{len(values)}"/>{points}</c:strLit>'


def _hidden_labels(series: Series) -> str:
    """A hidden value has no bar; its label says ``x`` as the table does."""
    labels = []
    for index, value in enumerate(series.values):
        if value is None:
            labels.append(
                f'<c:dLbl><c:idx val="{index}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r>'
                f'<a:rPr lang="nl-NL"/><a:t>{HIDDEN}</a:t></a:r></a:p></c:rich></c:tx>'
                '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>'
                '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>')
    return "".join(labels)


def _series_xml(index: int, series: Series, categories: tuple[str, ...]) -> str:
    points = "".join(f'<c:pt idx="{i}"><c:v>{v if v is not None else 0}</c:v></c:pt>'
                     for i, v in enumerate(series.values))
    return (
        f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/>'
        f'<c:tx><c:v>{escape(series.name)}</c:v></c:tx>'
        f'{_fill(series.colour)}<c:invertIfNegative val="0"/>'
        f'<c:dLbls>{_hidden_labels(series)}<c:numFmt formatCode="#,##0" sourceLinked="0"/>'
        f'<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>{_text_properties(7)}'
        '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>'
        '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
        # Literal values (no workbook behind the chart): the figures come from the notebook.
        f'<c:cat>{_string_literal(categories)}</c:cat>'
        f'<c:val><c:numLit><c:formatCode>General</c:formatCode>'
        f'<c:ptCount val="{len(series.values)}"/>{points}</c:numLit></c:val>'
        '</c:ser>')


def chart_part_xml(data: ChartData) -> bytes:
    """The chart part (``word/charts/chartN.xml``) for ``data``."""
    series = "".join(_series_xml(i, s, data.categories) for i, s in enumerate(data.series))
    legend = (f'<c:legend><c:legendPos val="b"/><c:overlay val="0"/>{_text_properties(7)}</c:legend>'
              if len(data.series) > 1 else "")
    axis_line = f'<c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="{GRID_COLOUR}"/></a:solidFill></a:ln></c:spPr>'
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace {_NS}>'
        '<c:date1904 val="0"/><c:lang val="nl-NL"/><c:roundedCorners val="0"/>'
        '<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>'
        '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
        f'{series}<c:gapWidth val="60"/><c:overlap val="0"/>'
        f'<c:axId val="{_CATEGORY_AXIS}"/><c:axId val="{_VALUE_AXIS}"/></c:barChart>'
        # Categories down the side, the first on top (as in the table): the axis runs max to min.
        f'<c:catAx><c:axId val="{_CATEGORY_AXIS}"/><c:scaling><c:orientation val="maxMin"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/>'
        f'<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>{axis_line}'
        f'{_text_properties(8)}<c:crossAx val="{_VALUE_AXIS}"/><c:crosses val="autoZero"/>'
        '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
        f'<c:valAx><c:axId val="{_VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/>'
        f'<c:max val="{axis_max(data.top)}"/><c:min val="0"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="b"/>'
        f'<c:majorGridlines>{axis_line}</c:majorGridlines>'
        f'<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800" b="0"/></a:pPr>'
        f'<a:r><a:rPr lang="nl-NL" sz="800" b="0"><a:solidFill><a:srgbClr val="{TEXT_COLOUR}"/></a:solidFill>'
        f'</a:rPr><a:t>{escape(data.axis_title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
        # Whole numbers only: there are no 2.5 cases.
        '<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>'
        f'<c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>{_text_properties(7)}'
        f'<c:crossAx val="{_CATEGORY_AXIS}"/><c:crosses val="max"/><c:crossBetween val="between"/>'
        f'<c:majorUnit val="{major_unit(data.top)}"/></c:valAx>'
        f'<c:spPr><a:noFill/></c:spPr></c:plotArea>{legend}<c:plotVisOnly val="1"/>'
        '<c:dispBlanksAs val="gap"/></c:chart>'
        '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>'
        f'{_text_properties(8)}</c:chartSpace>')
    return xml.encode("utf-8")


def major_unit(top: int) -> int:
    """A whole step that gives four to eight grid lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 8:
            return step
    return max(1, top // 5)


def axis_max(top: int) -> int:
    """Room for the value labels beyond the longest bar, on a grid line."""
    step = major_unit(top)
    room = top * 1.15
    return int(-(-room // step) * step)

"""The annual report's preview: the laid-out :class:`ReportDocument` of the core
shown as rich text, element by element, so the VP reads exactly what the Word
file and the JSON will hold (headings, key figures, tables with their hidden
cells as the core writes them, the "samengevoegd" notes, the chart).

Nothing here decides what is shown: the core has already disclosed, folded and
suppressed; this module only turns its elements into HTML. The texts inside
come from the core in Dutch, as they will appear in the report.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from vpnotes.report.document import Bullets, Chart, Heading, Paragraph, ReportDocument, Table
from vpnotes.ui.chart_image import chart_image

CHART_URL = "vpnotes-chart:{index}"

_STYLE = """
h1 { font-size: 20pt; margin-bottom: 2px; }
h2 { font-size: 14pt; margin-top: 16px; }
h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 4px; }
p.lead { color: #555555; font-size: 11pt; margin-top: 0px; }
p.note { color: #555555; font-size: 8.5pt; margin-top: 2px; margin-bottom: 2px; }
p.running { color: #888888; font-size: 8pt; }
table.figures { border-collapse: collapse; margin-top: 4px; }
table.figures th { background-color: #e8eef4; font-weight: bold; padding: 3px 10px; text-align: left; }
table.figures td { padding: 2px 10px; }
td.number, th.number { text-align: right; }
tr.total td { font-weight: bold; border-top: 1px solid #777777; }
p.caption { color: #555555; font-size: 9pt; font-style: italic; }
"""


def _is_number_column(column: int) -> bool:
    return column > 0


def _cell(text: str) -> str:
    """A cell's text; leading spaces (an indented sub-row such as "  nieuw") stay visible."""
    stripped = text.lstrip(" ")
    return "&nbsp;" * 2 * (len(text) - len(stripped)) + escape(stripped)


def table_html(table: Table) -> str:
    """One table: its title, a header row, the rows, the total row and the notes beneath."""
    parts = [f"<h3>{escape(table.title)}</h3>",
             '<table class="figures" border="1" cellspacing="0" cellpadding="3" style="border-color:#bbbbbb">']
    header = "".join(
        f'<th class="{"number" if _is_number_column(i) else "label"}">{escape(cell)}</th>'
        for i, cell in enumerate(table.header))
    parts.append(f"<tr>{header}</tr>")
    for row in table.rows:
        cells = "".join(
            f'<td class="{"number" if _is_number_column(i) else "label"}"'
            f'{" align=right" if _is_number_column(i) else ""}>{_cell(cell)}</td>'
            for i, cell in enumerate(row))
        parts.append(f"<tr>{cells}</tr>")
    if table.total:
        cells = "".join(
            f'<td class="{"number" if _is_number_column(i) else "label"}"'
            f'{" align=right" if _is_number_column(i) else ""}><b>{_cell(cell)}</b></td>'
            for i, cell in enumerate(table.total))
        parts.append(f'<tr class="total">{cells}</tr>')
    parts.append("</table>")
    parts.extend(f'<p class="note">{escape(note)}</p>' for note in table.notes)
    return "\n".join(parts)


def document_html(document: ReportDocument) -> str:
    """The whole report as HTML; charts refer to ``vpnotes-chart:N`` resources."""
    parts = [f'<p class="running">{escape(document.header)}</p>',
             f"<h1>{escape(document.title)}</h1>",
             f'<p class="lead">{escape(document.subtitle)}</p>']
    charts = 0
    for element in document.elements:
        if isinstance(element, Heading):
            tag = "h2" if element.level <= 1 else "h3"
            parts.append(f"<{tag}>{escape(element.text)}</{tag}>")
        elif isinstance(element, Paragraph):
            style = element.style if element.style in ("lead", "note") else "body"
            parts.append(f'<p class="{style}">{escape(element.text)}</p>')
        elif isinstance(element, Bullets):
            items = "".join(f"<li>{escape(item)}</li>" for item in element.items)
            parts.append(f"<ul>{items}</ul>")
        elif isinstance(element, Table):
            parts.append(table_html(element))
        elif isinstance(element, Chart):
            url = CHART_URL.format(index=charts)
            charts += 1
            parts.append(f'<p><img src="{url}" width="520"></p>')
            parts.append(f'<p class="caption">{escape(element.caption)}</p>')
    parts.append(f'<p class="running">{escape(document.footer)}</p>')
    return "\n".join(parts)


class ReportPreview(QTextBrowser):
    """A read-only view of a laid-out report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Report preview"))
        self.document().setDefaultStyleSheet(_STYLE)
        self.report: ReportDocument | None = None
        self._charts: list[QImage] = []

    def show_document(self, document: ReportDocument | None) -> None:
        """Show ``document`` (or nothing), keeping the reading position when it is shown again."""
        position = self.verticalScrollBar().value()
        self.report = document
        if document is None:
            self.clear()
            return
        self._charts = [chart_image(e.data, e.width_cm) for e in document.elements if isinstance(e, Chart)]
        self.setHtml(document_html(document))
        self.verticalScrollBar().setValue(position)

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        """The charts come from the report itself; nothing is ever loaded from elsewhere."""
        name = url.toString() if isinstance(url, QUrl) else str(url)
        prefix = CHART_URL.split("{", 1)[0]
        if kind == QTextDocument.ResourceType.ImageResource.value and name.startswith(prefix):
            index = int(name[len(prefix):] or -1)
            if 0 <= index < len(self._charts):
                return self._charts[index]
        return None

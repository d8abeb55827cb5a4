"""The report's bar chart drawn with Qt for the preview: the same
:class:`~vpnotes.report.charts.ChartData` that the Word document holds as a native
chart, laid out as Word and LibreOffice draw it (categories down the side, the
first on top, value labels after the bars, ``x`` for a hidden figure, a legend
below when two years are shown)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from vpnotes.report.charts import (
    GRID_COLOUR,
    TEXT_COLOUR,
    ChartData,
    axis_max,
    major_unit,
    number_text,
)

DPI = 150
_CM = DPI / 2.54


def chart_image(data: ChartData, width_cm: float = 15.5) -> QImage:
    """``data`` as an image ``width_cm`` wide at :data:`DPI`."""
    width, height = round(width_cm * _CM), round(data.height_cm() * _CM)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(DPI / 0.0254))
    image.setDotsPerMeterY(round(DPI / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        _draw(painter, data, width, height)
    finally:
        painter.end()
    return image


def _font(points: float) -> QFont:
    font = QFont()
    # In pixels of this image, so the metrics used for the layout match what is drawn.
    font.setPixelSize(round(points * DPI / 72))
    return font


def _draw(painter: QPainter, data: ChartData, width: int, height: int) -> None:
    text = QColor("#" + TEXT_COLOUR)
    label_font, small_font = _font(8), _font(7)
    label_metrics, small_metrics = QFontMetricsF(label_font), QFontMetricsF(small_font)
    margin = 0.2 * _CM
    legend_height = small_metrics.height() * 1.6 if len(data.series) > 1 else 0.0
    axis_height = small_metrics.height() * 2.6  # tick labels and the axis title
    left = margin + max([label_metrics.horizontalAdvance(c) for c in data.categories] + [0.0]) + 0.25 * _CM
    maximum = axis_max(data.top)
    right = width - margin - small_metrics.horizontalAdvance(str(maximum)) / 2  # the last tick label fits
    top, bottom = margin, height - margin - axis_height - legend_height
    step = major_unit(data.top)

    def x_of(value: float) -> float:
        return left + (right - left) * value / maximum

    painter.setPen(QPen(QColor("#" + GRID_COLOUR), 1))
    painter.setFont(small_font)
    for tick in range(0, maximum + 1, step):
        x = x_of(tick)
        painter.setPen(QPen(QColor("#" + GRID_COLOUR), 1))
        painter.drawLine(int(x), int(top), int(x), int(bottom))
        painter.setPen(text)
        painter.drawText(QRectF(x - 40, bottom + 2, 80, small_metrics.height()), Qt.AlignmentFlag.AlignHCenter,
                         str(tick))
    painter.drawText(QRectF(left, bottom + small_metrics.height() * 1.3, right - left, small_metrics.height()),
                     Qt.AlignmentFlag.AlignHCenter, data.axis_title)

    band = (bottom - top) / max(1, len(data.categories))
    bar = band * 0.62 / len(data.series)
    for index, category in enumerate(data.categories):
        band_top = top + index * band
        painter.setFont(label_font)
        painter.setPen(text)
        painter.drawText(QRectF(margin, band_top, left - margin - 0.25 * _CM, band),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, category)
        first = band_top + (band - bar * len(data.series)) / 2
        for number, series in enumerate(data.series):
            value = series.values[index]
            y = first + number * bar
            if value:
                painter.fillRect(QRectF(left, y, x_of(value) - left, bar), QColor("#" + series.colour))
            painter.setFont(small_font)
            painter.setPen(text)
            painter.drawText(QRectF(x_of(value or 0) + 4, y, 200, bar), Qt.AlignmentFlag.AlignVCenter,
                             number_text(value))

    if legend_height:
        painter.setFont(small_font)
        x = left
        y = height - margin - legend_height + small_metrics.height() * 0.3
        box = small_metrics.height() * 0.7
        for series in data.series:
            painter.fillRect(QRectF(x, y + (small_metrics.height() - box) / 2, box, box),
                             QColor("#" + series.colour))
            painter.setPen(text)
            painter.drawText(QRectF(x + box * 1.5, y, 400, small_metrics.height()), Qt.AlignmentFlag.AlignVCenter,
                             series.name)
            x += box * 1.5 + small_metrics.horizontalAdvance(series.name) + 0.6 * _CM

"""The preview draws the report's chart with Qt: bars where figures are shown, in
the series' colours, on a white page, the size the Word chart has."""

from __future__ import annotations

from PySide6.QtGui import QColor

from vpnotes.report.charts import CURRENT_COLOUR, PREVIOUS_COLOUR, ChartData, Series
from vpnotes.ui.chart_image import DPI, chart_image


def _count(image: object, colour: str) -> int:
    wanted = QColor("#" + colour).rgb()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)  # type: ignore[attr-defined]
               if image.pixel(x, y) == wanted)  # type: ignore[attr-defined]


def test_bars_are_drawn_for_shown_figures_only(qapp: object) -> None:
    both = ChartData(("Pesten", "Werkdruk"), (Series("2025", (8, 2), CURRENT_COLOUR),
                                              Series("2024", (4, 6), PREVIOUS_COLOUR)))
    image = chart_image(both, 15.5)
    assert abs(image.width() - round(15.5 * DPI / 2.54)) <= 1
    assert _count(image, CURRENT_COLOUR) > 500 and _count(image, PREVIOUS_COLOUR) > 500
    hidden = ChartData(("Pesten", "Werkdruk"), (Series("2025", (None, None), CURRENT_COLOUR),))
    hidden_image = chart_image(hidden, 15.5)
    # Only the legend could show the colour, and one series has no legend: no bar at all.
    assert _count(hidden_image, CURRENT_COLOUR) == 0
    assert QColor(hidden_image.pixel(2, 2)) == QColor("white")

"""Charts for the annual report, drawn with matplotlib's object API (``Figure``
+ the Agg canvas, never pyplot: no global state, no GUI backend, safe off the
UI thread). Only disclosed figures are drawn: a hidden count gets no bar, just
the same ``x`` as in the table.
"""

from __future__ import annotations

import io

from vpnotes.report.disclosure import ShownTable

CURRENT_COLOUR = "#1F4E79"
PREVIOUS_COLOUR = "#9DC3E6"
TEXT_COLOUR = "#262626"
CM = 1 / 2.54


def category_chart(table: ShownTable, labels: list[str], label: str, previous_label: str | None) -> bytes:
    """Horizontal bars of cases per category, this year against last; PNG bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    rows = list(table.rows)
    with_previous = table.has_previous and previous_label is not None
    height_cm = 2.2 + len(rows) * (0.9 if with_previous else 0.6)
    figure = Figure(figsize=(16 * CM, height_cm * CM), dpi=200)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    bar = 0.38 if with_previous else 0.6
    positions = list(range(len(rows)))
    values_now = [row.count or 0 for row in rows]
    top = max([*values_now, *[(row.previous or 0) for row in rows], 1])

    def annotate(y: float, value: int | None) -> None:
        text = "x" if value is None else f"{value:,}".replace(",", ".")
        axes.text((value or 0) + top * 0.01, y, text, va="center", ha="left", fontsize=7, color=TEXT_COLOUR)

    offset = bar / 2 if with_previous else 0.0
    axes.barh([p - offset for p in positions], values_now, height=bar, color=CURRENT_COLOUR, label=label)
    for p, row in zip(positions, rows, strict=True):
        annotate(p - offset, row.count)
    if with_previous:
        values_before = [row.previous or 0 for row in rows]
        axes.barh([p + offset for p in positions], values_before, height=bar, color=PREVIOUS_COLOUR,
                  label=previous_label)
        for p, row in zip(positions, rows, strict=True):
            annotate(p + offset, row.previous)
    axes.set_yticks(positions, labels, fontsize=8, color=TEXT_COLOUR)
    axes.invert_yaxis()  # first category on top, as in the table
    axes.set_xlim(0, top * 1.15)
    axes.tick_params(axis="x", labelsize=7, colors=TEXT_COLOUR)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 2.5 cases
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(axis="x", color="#D9D9D9", linewidth=0.5)
    axes.set_axisbelow(True)
    axes.set_xlabel("Aantal zaken", fontsize=8, color=TEXT_COLOUR)
    if with_previous:
        axes.legend(fontsize=7, frameon=False, loc="lower right")
    figure.tight_layout()
    buffer = io.BytesIO()
    # No "Software" text chunk: the image carries nothing but pixels.
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()

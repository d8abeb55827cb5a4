"""Help window benchmarks (issue 13): ``python benchmarks/bench_help.py [--repeat 7]``.

1. F1 to a shown guide: a fresh help window is built, its chapter (Markdown with
   screenshots, scaled to the column) rendered and scrolled to the heading of the
   screen, as F1 does on the agenda page. The first one of the process also reads
   the chapters from the package; it is reported on its own row.
2. Another chapter from the list, scrolled to its start.
3. A keystroke in the search field: all chapters searched, the list of chapters with
   hits and the marks in the open chapter updated.

Writes ``benchmarks/RESULTS-help.md``. Runs headless (``QT_QPA_PLATFORM=offscreen``);
``--cases`` is accepted for ``run_all.py`` and ignored (the guide does not depend on
the notebook). Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS-help.md"
QUERY = "reservekopie"  # typed one character at a time
TARGETS = {"open": 0.300, "chapter": 0.100, "key": 0.050}


def _timed(app: QApplication, action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()  # until it is painted
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--cases", type=int, default=0, help="ignored (for run_all.py)")
    args = parser.parse_args()

    from vpnotes.ui.app import load_translations, make_application
    from vpnotes.ui.help_window import HelpWindow

    app = make_application()
    load_translations(app, "nl")
    windows: list[HelpWindow] = []

    def open_help() -> None:
        window = HelpWindow()
        window.resize(1040, 720)
        window.show()
        window.show_topic("dagelijks-werk#De agenda")
        windows.append(window)

    first = _timed(app, open_help)
    opens = [_timed(app, open_help) for _ in range(args.repeat)]
    shown = windows[-1]
    keys = ["jaarverslag", "overdracht", "aan-de-slag", "opdrachtregel", "sectoren", "avg-verzoeken"]
    chapters = [_timed(app, lambda key=key: shown.show_topic(key))  # type: ignore[misc]
                for _ in range(max(1, args.repeat // len(keys) + 1)) for key in keys]
    strokes = []
    for _ in range(args.repeat):
        shown.search.clear()
        for end in range(1, len(QUERY) + 1):
            strokes.append(_timed(app, lambda end=end: shown.search.setText(QUERY[:end])))  # type: ignore[misc]
    for window in windows:
        window.close()

    def row(name: str, target: str, samples: list[float], limit: float) -> str:
        median, worst = statistics.median(samples), max(samples)
        verdict = "ok" if median <= limit else "over"
        return f"| {name} | {target} | {median * 1000:.1f} ms | {worst * 1000:.1f} ms | {verdict} |"

    lines = [
        "# Help window benchmarks (issue 13)",
        "",
        f"`python benchmarks/bench_help.py --repeat {args.repeat}`: the guide's own chapters and screenshots, "
        f"Qt platform `{os.environ['QT_QPA_PLATFORM']}`, timed until the event queue is empty.",
        "",
        f"Machine: {platform.system()} {platform.release()}, {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}.",
        "",
        "| measurement | target | median | worst | verdict |",
        "| --- | --- | ---: | ---: | --- |",
        row("F1 to a shown guide at the agenda's heading (first of the process)", "<= 300 ms", [first],
            TARGETS["open"]),
        row(f"F1 to a shown guide at the agenda's heading ({len(opens)} more)", "<= 300 ms", opens, TARGETS["open"]),
        row(f"another chapter from the list ({len(chapters)} switches)", "<= 100 ms", chapters, TARGETS["chapter"]),
        row(f"keystroke in the search field ({len(strokes)} keystrokes of \"{QUERY}\")", "<= 50 ms", strokes,
            TARGETS["key"]),
        "",
        f"Load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())} (the machine is shared).",
    ]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

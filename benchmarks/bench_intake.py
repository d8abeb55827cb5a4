"""Counting the intake (issue 9 item 2): ``python benchmarks/bench_intake.py``.

The scene of the issue: a new case, its first 45-minute phone call and a
follow-up for next week. :data:`SCRIPT` is what a VP does, keyboard only, in the
real app (offscreen): each step is one *action* (a command key, ticking a box,
typing one field, choosing one option) or *navigation* (Tab to the next field).
The run drives the real main window with key events, checks what was stored, and
writes the counts to ``benchmarks/RESULTS-intake.md``. Target: at most 8 actions
(the issue counted about 21 across 3 dialogs and 2 tabs before).

The test ``tests/ui/test_intake.py`` runs the same script and asserts the result.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS-intake.md"
MAX_ACTIONS = 8

NAME = "Zoë Ëlberg"
SUMMARY = "Conflict met leidinggevende over roosters"
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


@dataclass(frozen=True)
class Step:
    what: str
    action: bool  # False: navigation (Tab)
    keys: tuple[tuple[Qt.Key, Qt.KeyboardModifier], ...] = ()
    text: str = ""  # typed character by character (QTest.keyClicks aborts on ë)


def tab(times: int, where: str) -> Step:
    return Step(f"Tab to {where}", False, tuple((Qt.Key.Key_Tab, NONE) for _ in range(times)))


SCRIPT: tuple[Step, ...] = (
    Step("Ctrl+Shift+N: new case", True, ((Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier),)),
    tab(1, "categories"),
    Step("Space: tick Pesten", True, ((Qt.Key.Key_Space, NONE),)),
    tab(3, "consent (role and position keep their defaults)"),
    Step("Space: consent to registration", True, ((Qt.Key.Key_Space, NONE),)),
    tab(1, "name"),
    Step("type the melder's name", True, text=NAME),
    tab(5, "mode (department, subject, date, 45 minutes keep their defaults)"),
    Step("T: mode Telefoon", True, ((Qt.Key.Key_T, NONE),)),
    tab(1, "summary"),
    Step("type the summary", True, text=SUMMARY),
    Step("Alt+1: follow-up in 1 week", True, ((Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier),)),
    Step("Ctrl+Enter: create", True, ((Qt.Key.Key_Return, CTRL),)),
)


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, NONE, char))


def perform(step: Step) -> None:
    target = QApplication.focusWidget()
    assert target is not None, f"no focus before: {step.what}"
    for key, modifiers in step.keys:
        QTest.keyClick(QApplication.focusWidget() or target, key, modifiers)
    if step.text:
        type_text(target, step.text)
    QTest.qWait(150)  # as a person types: a mnemonic's click is animated for 100 ms


def run_script(window: QWidget, done: Callable[[], None] | None = None) -> list[Step]:
    """Play :data:`SCRIPT` on ``window`` (a MainWindow with a notebook open); returns the steps played."""
    from vpnotes.ui.editing import EditingDialog

    played: list[Step] = []
    timer = QTimer(window)
    timer.setInterval(5)

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EditingDialog) or QApplication.activeWindow() is not dialog:
            return
        timer.stop()
        for step in SCRIPT[1:]:
            perform(step)
            played.append(step)
        if dialog.isVisible():  # the script failed to save: never leave a modal dialog hanging
            dialog.done(0)

    timer.timeout.connect(in_dialog)
    timer.start()
    played.append(SCRIPT[0])
    perform(SCRIPT[0])  # opens the modal intake; returns when it is closed
    timer.stop()
    if done is not None:
        done()
    return played


def main() -> int:
    sys.path.insert(0, str(HERE.parent / "tests"))
    from helpers import PASSPHRASE, new_notebook
    from vpnotes.ui.app import load_translations, make_application
    from vpnotes.ui.main_window import MainWindow
    from vpnotes.ui.settings import Settings

    app = make_application()
    load_translations(app, "nl")
    with tempfile.TemporaryDirectory() as temp:
        path = Path(temp) / "intake.vpnotes"
        new_notebook(path).close()
        window = MainWindow(Settings(QSettings(str(Path(temp) / "s.ini"), QSettings.Format.IniFormat)))
        window.show()
        window.activateWindow()
        window.show_unlock(path)
        window.unlock.passphrase.setText(PASSPHRASE)
        window.unlock.submit()
        while window.notebook is None or QApplication.activeWindow() is not window \
                or window.pages["cases"].loading:  # type: ignore[attr-defined]
            app.processEvents()
        played = run_script(window)
        notebook = window.notebook
        assert notebook is not None
        [summary] = notebook.cases.summaries()
        case = notebook.cases.get(summary.id)
        ok = (case.melder.name == NAME and case.contacts[0].minutes == 45 and case.contacts[0].summary == SUMMARY
              and [f.due for f in case.followups] == [date.today() + timedelta(days=7)])
        window.shutdown()
    actions = [s for s in played if s.action]
    tabs = sum(len(s.keys) for s in played if not s.action)
    lines = [
        "# Intake actions (issue 9)",
        "",
        "`python benchmarks/bench_intake.py`: the scripted intake of a new case with its first 45-minute phone "
        "call and a follow-up in one week, keyboard only, in the real main window (offscreen, Dutch UI).",
        "",
        "| measurement | target | result | verdict |",
        "| --- | --- | ---: | --- |",
        f"| actions | <= {MAX_ACTIONS} (was about 21) | {len(actions)} | "
        f"{'ok' if len(actions) <= MAX_ACTIONS and ok else 'MISSED'} |",
        f"| Tab presses between fields (not counted as actions) | - | {tabs} | - |",
        f"| stored as scripted (name, 45 min, summary, follow-up in 7 days) | yes | {'yes' if ok else 'no'} | - |",
        "",
        "Actions:",
        "",
        *[f"{i}. {s.what}" for i, s in enumerate(actions, 1)],
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0 if ok and len(actions) <= MAX_ACTIONS else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""The intake in one flow (issue 9 item 2): by keyboard only, in the real main window, a new case
with its first contact and a follow-up in one week, in at most 8 actions; Enter moves on."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers import PASSPHRASE
from helpers.qt import unlock_with
from vpnotes.domain.model import Organisation
from vpnotes.domain.vocabulary import Category, ContactMode
from vpnotes.store.notebook import Notebook
from vpnotes.ui.main_window import MainWindow
from vpnotes.ui.new_case_dialog import NewCaseDialog
from vpnotes.ui.quick_followup import add_month

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import bench_intake  # the benchmark's script is the one tested here


def test_the_scripted_intake_by_keyboard_only(main_window: MainWindow, filled_notebook: Notebook,
                                              qtbot: QtBot) -> None:
    main_window.show()
    main_window.activateWindow()
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    notebook = main_window.notebook
    assert notebook is not None
    before = {s.id for s in notebook.cases.summaries()}

    played = bench_intake.run_script(main_window)

    assert len(played) == len(bench_intake.SCRIPT)
    assert sum(1 for step in played if step.action) <= bench_intake.MAX_ACTIONS
    [new_id] = {s.id for s in notebook.cases.summaries()} - before
    case = notebook.cases.get(new_id)
    assert case.categories == [Category.PESTEN] and case.consent.registration
    assert case.melder.name == bench_intake.NAME
    [contact] = case.contacts
    assert (contact.date, contact.minutes, contact.mode, contact.summary) == (
        date.today(), 45, ContactMode.TELEFOON, bench_intake.SUMMARY)
    assert [f.due for f in case.followups] == [date.today() + timedelta(days=7)]
    assert main_window.pages["cases"].current_case_id() == new_id  # type: ignore[attr-defined]


def test_enter_moves_on_and_never_saves_half_a_form(qtbot: QtBot) -> None:
    dialog = NewCaseDialog([Organisation(key="acme", name="Acme BV")])
    qtbot.addWidget(dialog)
    dialog.discard_question = lambda: True  # closed at teardown with typed text
    dialog.show()
    dialog.consent.setChecked(True)
    dialog.summary.setFocus()
    enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog.summary, enter)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.focusWidget() is dialog.notes  # Enter in Samenvatting goes to the notes, not to "save"


def test_without_consent_nothing_identifying_is_kept(qtbot: QtBot) -> None:
    dialog = NewCaseDialog([Organisation(key="acme", name="Acme BV")])
    qtbot.addWidget(dialog)
    dialog.discard_question = lambda: True  # closed at teardown with typed text
    dialog.categories.set_codes([Category.WERKDRUK])
    assert not dialog.melder_name.isEnabled() and not dialog.summary.isEnabled()
    dialog.followup.buttons[2].setChecked(True)
    dialog.followup.text.setText("bellen")
    case = dialog.case()
    assert case.melder.name is None and case.contacts[0].summary is None and case.title is None
    assert case.followups[0].text == "" and case.followups[0].due == date.today() + timedelta(days=14)


def test_a_month_later_is_the_same_day_or_the_last_of_a_shorter_month() -> None:
    assert add_month(date(2026, 1, 31)) == date(2026, 2, 28)
    assert add_month(date(2026, 12, 15)) == date(2027, 1, 15)

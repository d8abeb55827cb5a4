"""A lock with an editing dialog open (issue 9 item 1): every trigger closes every window but the
lock screen, leaves no case text in any widget, keeps what was typed as an encrypted draft, and
offers it again in the same dialog right after unlock, where it saves."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from helpers import PASSPHRASE
from helpers.qt import FakeClock, case_text_left, texts_in, unlock_with
from vpnotes.domain.vocabulary import Category
from vpnotes.store.notebook import Notebook
from vpnotes.ui import os_lock
from vpnotes.ui.editing import EditingDialog
from vpnotes.ui.main_window import MainWindow

MARKER = "qzdraft over de nachtdienst"


def _ctrl_l(window: MainWindow, dialog: QWidget, clock: FakeClock) -> None:
    target = dialog.focusWidget() or dialog
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier))


def _idle(window: MainWindow, dialog: QWidget, clock: FakeClock) -> None:
    clock.advance(6 * 60)
    window.session.tick()


def _sleep(window: MainWindow, dialog: QWidget, clock: FakeClock) -> None:
    clock.sleep(30 * 60)
    window.session.tick()


def _screensaver(window: MainWindow, dialog: QWidget, clock: FakeClock) -> None:
    window.lock_guard.watcher.screensaver_active_changed(True)  # what D-Bus calls on ActiveChanged(true)


def _logind_sleep(window: MainWindow, dialog: QWidget, clock: FakeClock) -> None:
    window.lock_guard.watcher.prepare_for_sleep(True)


def _windows_session_lock(window: MainWindow, dialog: QWidget, clock: FakeClock) -> None:
    message = os_lock._Msg(message=os_lock.WM_WTSSESSION_CHANGE, wParam=os_lock.WTS_SESSION_LOCK)
    handled = os_lock.WindowsMessageFilter(window.lock_guard.watcher).nativeEventFilter(
        b"windows_generic_MSG", ctypes.addressof(message))
    assert handled == (False, 0)


TRIGGERS: dict[str, Callable[[MainWindow, QWidget, FakeClock], None]] = {
    "ctrl+l": _ctrl_l, "idle": _idle, "sleep": _sleep, "screensaver": _screensaver,
    "logind-sleep": _logind_sleep, "windows-session-lock": _windows_session_lock,
}


def _type_into(dialog: EditingDialog) -> QLineEdit:
    """Type the marker into the dialog's main text field (and tick a category in the intake)."""
    name = {"case": "summary", "contact": "summary", "contact_edit": "summary", "followup": "text",
            "followup_edit": "text"}[dialog.draft_kind]
    field = dialog.findChild(QLineEdit, name)
    assert field is not None
    if dialog.draft_kind == "case":
        dialog.categories.set_codes([Category.PESTEN])  # type: ignore[attr-defined]
        dialog.consent.setChecked(True)  # type: ignore[attr-defined]
        dialog.melder_name.setText("Qzdraft Melder")  # type: ignore[attr-defined]
    field.setFocus()
    field.setText(MARKER)
    return field


def _open_dialog(window: MainWindow, kind: str) -> None:
    cases: Any = window.pages["cases"]
    view = cases.case_view
    if kind == "case":
        cases.new_case()
    elif kind == "contact":
        cases.new_contact()
    elif kind == "contact_edit":
        view.edit_contact(view.current().contacts[0])
    elif kind == "followup":
        view.followups_section._add()
    else:
        view.followups_section._edit(view.current().followups[0])


def _when_dialog(qtbot: QtBot, act: Callable[[EditingDialog], None]) -> list[EditingDialog]:
    """Run ``act`` on the next editing dialog that opens (modal dialogs block the caller)."""
    seen: list[EditingDialog] = []
    timer = QTimer()
    timer.setInterval(5)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, EditingDialog) and QApplication.activeWindow() is dialog and not seen:
            seen.append(dialog)
            timer.stop()
            act(dialog)

    timer.timeout.connect(poll)
    timer.start()
    _keep.append(timer)  # alive until it has fired
    return seen


_keep: list[QTimer] = []


def _stored(path: Path) -> Notebook:
    return Notebook.open(path, PASSPHRASE, record=False)


def _saved_texts(notebook: Notebook, case_id: int | None) -> list[str]:
    texts: list[str] = []
    ids = [case_id] if case_id is not None else [s.id for s in notebook.cases.summaries()]
    for cid in ids:
        case = notebook.cases.get(cid)
        texts += [c.summary or "" for c in case.contacts] + [f.text for f in case.followups]
    return texts


@pytest.mark.parametrize("kind", ["case", "contact", "contact_edit", "followup", "followup_edit"])
@pytest.mark.parametrize("trigger", list(TRIGGERS))
def test_a_lock_with_a_dialog_open_hides_everything_and_keeps_the_draft(
        main_window: MainWindow, filled_notebook: Notebook, fake_clock: FakeClock, qtbot: QtBot,
        kind: str, trigger: str) -> None:
    path = filled_notebook.vault.path
    main_window.show()
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    cases: Any = main_window.pages["cases"]
    case_id = main_window.notebook.cases.id_for_reference("2026-001")  # type: ignore[union-attr]
    main_window.show_case(case_id)
    cases.case_view.tabs.setCurrentIndex(2)  # her place: the follow-ups tab of 2026-001

    def lock_while_typing(dialog: EditingDialog) -> None:
        _type_into(dialog)
        TRIGGERS[trigger](main_window, dialog, fake_clock)

    _when_dialog(qtbot, lock_while_typing)
    _open_dialog(main_window, kind)  # returns once the lock has closed the dialog
    qtbot.waitUntil(lambda: not main_window.session.is_open)

    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [main_window]
    assert main_window.stack.currentWidget() is main_window.unlock
    for window in QApplication.topLevelWidgets():
        assert case_text_left(window) == []
        assert not any(MARKER in text for text in texts_in(window))
    assert MARKER.encode() not in path.read_bytes()  # the draft is in the vault, encrypted
    with _stored(path) as locked:
        [draft] = locked.drafts.all()
        assert draft.kind == kind and MARKER in str(draft.payload)

    # Unlock: the same dialog comes back with what she typed; she saves it.
    def save_restored(dialog: EditingDialog) -> None:
        assert dialog.draft_kind == kind
        field = dialog.findChild(QLineEdit, "summary" if "followup" not in kind else "text")
        assert field is not None and field.text() == MARKER
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if dialog.isVisible():  # a failed save must not leave a modal dialog blocking the run
            dialog.done(0)
            pytest.fail("Ctrl+Enter did not save the restored dialog")

    restored = _when_dialog(qtbot, save_restored)
    main_window.unlock.passphrase.setText(PASSPHRASE)
    main_window.unlock.submit()
    qtbot.waitUntil(lambda: bool(restored) and not restored[0].isVisible())
    assert main_window.session.is_open
    notebook = main_window.notebook
    assert notebook is not None
    assert notebook.drafts.all() == []
    assert MARKER in _saved_texts(notebook, None if kind == "case" else case_id)
    # ... and she is where she was: the cases page, 2026-001 (or the new case), the follow-ups tab.
    assert main_window.tabs.currentIndex() == 0
    if kind != "case":
        assert cases.current_case_id() == case_id
        assert cases.case_view.tabs.currentIndex() == 2


def test_after_unlock_the_status_says_what_is_due(main_window: MainWindow, filled_notebook: Notebook) -> None:
    main_window.show()
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    main_window.lock()
    main_window.unlock.passphrase.setText(PASSPHRASE)
    main_window.unlock.submit()
    # fill(): one follow-up due today, one two days overdue.
    message = main_window.statusBar().currentMessage()
    assert "1 vervolgactie te laat" in message and "1 vervolgactie voor vandaag" in message


def test_the_lock_screen_over_a_dialog_screenshots(main_window: MainWindow, filled_notebook: Notebook,
                                                   qtbot: QtBot, tmp_path: Path) -> None:
    """Before and after pictures for the eye (written to tmp_path; tools/screenshots.py makes the docs' ones)."""
    main_window.resize(1366, 728)
    main_window.show()
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    pictures: list[bool] = []

    def shoot(dialog: EditingDialog) -> None:
        _type_into(dialog)
        pictures.append(main_window.grab().save(str(tmp_path / "before-main.png")))
        pictures.append(dialog.grab().save(str(tmp_path / "before-dialog.png")))
        main_window.lock()

    _when_dialog(qtbot, shoot)
    _open_dialog(main_window, "contact")
    pictures.append(main_window.grab().save(str(tmp_path / "after.png")))
    assert pictures == [True, True, True]


def test_an_edit_in_place_is_saved_before_the_lock(main_window: MainWindow, filled_notebook: Notebook,
                                                   qtbot: QtBot) -> None:
    """Typing in the case view itself (no dialog): the lock commits the field into the vault first."""
    path = filled_notebook.vault.path
    main_window.show()
    main_window.activateWindow()
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    cases: Any = main_window.pages["cases"]
    case_id = main_window.notebook.cases.id_for_reference("2026-001")  # type: ignore[union-attr]
    main_window.show_case(case_id)
    field = cases.case_view.melder_section.department
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.setText("Qzafdeling Inkoop")  # typed, not yet committed (no Tab, no Enter)
    QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier))
    qtbot.waitUntil(lambda: not main_window.session.is_open)
    with _stored(path) as locked:
        assert locked.cases.get(case_id).melder.department == "Qzafdeling Inkoop"
        assert locked.drafts.all() == []

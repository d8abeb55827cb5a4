"""Locking: Ctrl+L, the idle timer, waking from sleep, and the clipboard
(issue 3, "Lock"). After a lock no case text may remain in any widget or model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from helpers import PASSPHRASE
from helpers.qt import CASE_TEXTS, FakeClock, case_text_left, unlock_with
from vpnotes.store.notebook import Notebook
from vpnotes.ui import clipboard, worker
from vpnotes.ui.main_window import MainWindow


def open_case_view(window: MainWindow, notebook_path: Any) -> None:
    """Show the first case with its contacts in the case view, as the VP would."""
    cases = window.pages["cases"]
    reference_id = window.notebook.cases.id_for_reference("2026-001")  # type: ignore[union-attr]
    assert reference_id is not None
    window.show_case(reference_id)
    assert cases.current_case_id() == reference_id  # type: ignore[attr-defined]


def test_idle_timer_locks_and_leaves_no_case_text(main_window: MainWindow, filled_notebook: Notebook,
                                                  fake_clock: FakeClock) -> None:
    main_window.show()
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    open_case_view(main_window, filled_notebook)
    for index in range(main_window.tabs.count()):  # every page has shown its data once
        main_window.tabs.setCurrentIndex(index)
    before = case_text_left(main_window)
    assert {"Zoë Ëlberg", "2026-001", "ruzie bij de koffieautomaat"} <= set(before)
    assert main_window.session.timer.isActive()

    fake_clock.advance(4 * 60)
    main_window.session.tick()
    assert main_window.session.is_open  # 4 of 5 minutes: not yet

    fake_clock.advance(61)
    main_window.session.tick()

    assert not main_window.session.is_open
    assert not filled_notebook.vault.is_open or main_window.notebook is None
    assert main_window.stack.currentWidget() is main_window.unlock
    assert case_text_left(main_window) == []
    assert "Automatisch vergrendeld" in main_window.unlock.hint.text()
    assert not main_window.export_action.isEnabled()
    assert not main_window.session.timer.isActive()


def test_idle_limit_comes_from_the_notebook_policy(main_window: MainWindow, filled_notebook: Notebook,
                                                   fake_clock: FakeClock) -> None:
    filled_notebook.policy.set("autolock_minutes", 2)
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    fake_clock.advance(2 * 60 + 1)
    main_window.session.tick()
    assert not main_window.session.is_open


def test_keyboard_input_keeps_the_notebook_open(main_window: MainWindow, filled_notebook: Notebook,
                                                fake_clock: FakeClock) -> None:
    main_window.show()
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    search = main_window.pages["cases"].search_edit  # type: ignore[attr-defined]
    for _ in range(3):
        fake_clock.advance(4 * 60)
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
        QApplication.sendEvent(search, key)
        main_window.session.tick()
    assert main_window.session.is_open  # 12 minutes in all, never 5 without input


def test_ctrl_l_locks(main_window: MainWindow, filled_notebook: Notebook, qtbot: Any) -> None:
    main_window.show()
    main_window.activateWindow()
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    assert main_window.lock_action.shortcut().toString() == "Ctrl+L"

    qtbot.keyClick(QApplication.focusWidget() or main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert not main_window.session.is_open
    assert main_window.stack.currentWidget() is main_window.unlock
    assert case_text_left(main_window) == []
    # ... and the same passphrase opens it again, with the data back.
    main_window.unlock.passphrase.setText(PASSPHRASE)
    main_window.unlock.submit()
    assert main_window.pages["cases"].model.rowCount() == 3  # type: ignore[attr-defined]


def test_waking_from_sleep_past_the_limit_locks(main_window: MainWindow, filled_notebook: Notebook,
                                                fake_clock: FakeClock) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    fake_clock.advance(30)
    fake_clock.sleep(20 * 60)  # the monotonic clock stood still while suspended
    main_window.session.tick()
    assert not main_window.session.is_open
    assert case_text_left(main_window) == []


def test_first_keystroke_after_waking_does_not_count_as_activity(
        main_window: MainWindow, filled_notebook: Notebook, fake_clock: FakeClock, qtbot: Any) -> None:
    main_window.show()
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    search = main_window.pages["cases"].search_edit  # type: ignore[attr-defined]
    fake_clock.sleep(10 * 60)
    # The lid opens and the VP types before the timer ticks: the key is swallowed and the notebook locks.
    QApplication.sendEvent(search, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Z, Qt.KeyboardModifier.NoModifier, "z"))
    qtbot.waitUntil(lambda: not main_window.session.is_open)
    assert search.text() == ""


def test_short_sleep_within_the_limit_does_not_lock(main_window: MainWindow, filled_notebook: Notebook,
                                                    fake_clock: FakeClock) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    fake_clock.sleep(2 * 60)
    main_window.session.tick()
    assert main_window.session.is_open


class HeldRunner(worker.SyncRunner):
    """Keeps a task 'running' until the test finishes it."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: list[Callable[[], None]] = []

    def run(self, fn: Any, on_done: Any, on_error: Any, progress: Any = None) -> None:
        self.pending.append(lambda: worker.SyncRunner.run(self, fn, on_done, on_error, progress))


def test_lock_waits_for_running_work(main_window: MainWindow, filled_notebook: Notebook) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    held = HeldRunner()
    worker.set_runner(held)
    results: list[int] = []
    main_window.busy.start(lambda: main_window.notebook.cases.ids(),  # type: ignore[union-attr]
                           lambda ids: results.append(len(ids)), lambda exc: None)
    main_window.lock()
    assert main_window.session.is_open  # the worker still uses the notebook
    assert not main_window.work.isEnabled()
    held.pending.pop()()
    assert results == [3]
    assert not main_window.session.is_open  # locked as soon as the work was done
    assert case_text_left(main_window) == []


def test_copied_text_is_marked_secret_and_cleared(qtbot: Any) -> None:
    board = QGuiApplication.clipboard()
    clipboard.copy_secret("Zoë Ëlberg: ruzie bij de koffieautomaat", clear_after_ms=50)
    data = board.mimeData(QClipboard.Mode.Clipboard)
    assert data.text() == "Zoë Ëlberg: ruzie bij de koffieautomaat"
    assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert data.hasFormat('application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"')
    assert data.hasFormat('application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"')
    qtbot.waitUntil(lambda: board.text() == "", timeout=2000)


def test_clipboard_is_left_alone_when_the_vp_copied_something_else(qtbot: Any) -> None:
    board = QGuiApplication.clipboard()
    clipboard.copy_secret("Pieter Bakker", clear_after_ms=50)
    board.setText("boodschappenlijst")
    qtbot.wait(150)
    assert board.text() == "boodschappenlijst"


def test_locking_clears_a_copied_secret(main_window: MainWindow, filled_notebook: Notebook) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    clipboard.copy_secret("Marloes Jansen")
    main_window.lock()
    assert QGuiApplication.clipboard().text() == ""
    assert all(text not in QGuiApplication.clipboard().text() for text in CASE_TEXTS)

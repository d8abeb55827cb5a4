"""A case list she recognises (issue 9 item 3): names and subjects, the dates that matter visible
at 1366 pixels, why a search matched, the discretion switch, Down and Enter from the search box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers import PASSPHRASE, sample_case
from helpers.qt import texts_in, unlock_with
from vpnotes.store.notebook import Notebook
from vpnotes.ui import discretion
from vpnotes.ui.case_list import COL_LAST_CONTACT, COL_NAME, COL_NEXT_FOLLOWUP, COL_REFERENCE, COL_SUBJECT
from vpnotes.ui.main_window import MainWindow
from vpnotes.ui.settings import Settings


def _open(window: MainWindow, notebook: Notebook, width: int = 1366, height: int = 728) -> Any:
    window.resize(width, height)
    window.show()
    unlock_with(window, notebook, PASSPHRASE)
    return window.pages["cases"]


def _row(cases: Any, reference: str) -> int:
    proxy = cases.proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, COL_REFERENCE).data() == reference)


def test_rows_show_name_subject_and_dates_without_scrolling_at_1366(
        main_window: MainWindow, filled_notebook: Notebook) -> None:
    titled = sample_case(reference="2026-009", title="Roosterconflict met teamleider")
    filled_notebook.cases.add(titled)
    cases = _open(main_window, filled_notebook)
    row = _row(cases, "2026-001")
    assert cases.proxy.index(row, COL_NAME).data() == "Zoë Ëlberg"
    assert cases.proxy.index(row, COL_SUBJECT).data() == "Intake"  # no title: the first contact's summary
    assert cases.proxy.index(_row(cases, "2026-009"), COL_SUBJECT).data() == "Roosterconflict met teamleider"
    viewport = cases.table.viewport().rect()
    for column in (COL_REFERENCE, COL_NAME, COL_SUBJECT, COL_NEXT_FOLLOWUP, COL_LAST_CONTACT):
        rect = cases.table.visualRect(cases.proxy.index(row, column))
        assert viewport.contains(rect), column
    assert cases.table.horizontalScrollBar().value() == 0


def test_search_shows_why_a_case_matched(main_window: MainWindow, filled_notebook: Notebook,
                                         qtbot: QtBot) -> None:
    cases = _open(main_window, filled_notebook)
    cases.search_edit.setText("koffie")
    assert cases.proxy.rowCount() == 1
    # When she pauses typing, the subject column shows the matching words in context.
    qtbot.waitUntil(lambda: "ruzie bij de koffieautomaat" in cases.proxy.index(0, COL_SUBJECT).data())
    cases.search_edit.setText("")
    assert cases.proxy.index(_row(cases, "2026-001"), COL_SUBJECT).data() == "Intake"


def test_the_discretion_switch_hides_names_in_every_list_and_is_remembered(
        main_window: MainWindow, filled_notebook: Notebook, ui_settings: Settings) -> None:
    cases = _open(main_window, filled_notebook)
    for index in range(main_window.tabs.count()):
        main_window.tabs.setCurrentIndex(index)
    assert main_window.discreet_action.shortcut().toString() == "F8"
    main_window.discreet_action.trigger()
    try:
        assert ui_settings.discreet
        # The lists: the case list's table and the agenda (the open case's own view is not a list).
        for name, widget in (("cases", cases.table), ("agenda", main_window.pages["agenda"])):
            shown = "\n".join(texts_in(widget))
            for secret in ("Zoë Ëlberg", "Marloes Jansen", "Bellen over de nachtdienst", "Intake"):
                assert secret not in shown, (name, secret)
        assert cases.proxy.index(0, COL_NAME).data() in (discretion.MASK, "")
        assert cases.table.model().index(0, COL_SUBJECT).data() == discretion.MASK
        # Remembered: a new window starts discreet.
        again = MainWindow(ui_settings)
        assert again.discreet_action.isChecked() and discretion.switch().on
        again.shutdown()
        again.deleteLater()
    finally:
        main_window.discreet_action.trigger()
    assert not discretion.switch().on and not ui_settings.discreet
    assert cases.proxy.index(_row(cases, "2026-001"), COL_NAME).data() == "Zoë Ëlberg"


def test_down_from_the_search_box_goes_into_the_list_and_enter_opens_the_case(
        main_window: MainWindow, filled_notebook: Notebook, qtbot: QtBot) -> None:
    cases = _open(main_window, filled_notebook)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    cases.search_edit.setFocus()
    cases.search_edit.setText("Marloes")
    QApplication.sendEvent(cases.search_edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down,
                                                        Qt.KeyboardModifier.NoModifier))
    assert QApplication.focusWidget() is cases.table
    case_id = cases.current_case_id()
    assert case_id is not None and filled_notebook.vault.is_open is False  # the window holds its own vault
    assert main_window.notebook is not None
    assert main_window.notebook.cases.get(case_id).melder.name == "Marloes Jansen"
    QApplication.sendEvent(cases.table, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                                  Qt.KeyboardModifier.NoModifier))
    focused = QApplication.focusWidget()
    assert focused is not None and cases.case_view.isAncestorOf(focused)


def test_the_count_uses_plural_forms(main_window: MainWindow, filled_notebook: Notebook) -> None:
    cases = _open(main_window, filled_notebook)
    assert cases.count_label.text() == "3 zaken"
    cases.search_edit.setText("Marloes")
    assert cases.count_label.text() == "1 van 3 zaken getoond"
    cases.search_edit.setText("")
    for reference in ("2026-002", "2026-003"):
        case_id = main_window.notebook.cases.id_for_reference(reference)  # type: ignore[union-attr]
        if case_id is not None:
            main_window.notebook.cases.delete(case_id)  # type: ignore[union-attr]
    cases.reload()
    assert cases.count_label.text() == "1 zaak"


class QueuedWorker:
    """A worker whose tasks run only when the test says so, one round at a time."""

    def __init__(self) -> None:
        self.tasks: list[tuple[Any, Any, Any, Any]] = []

    def run(self, fn: Any, on_done: Any, on_error: Any, progress: Any = None) -> None:
        self.tasks.append((fn, on_done, on_error, progress))

    def active(self) -> int:
        return len(self.tasks)

    def run_round(self) -> None:
        tasks, self.tasks = self.tasks, []
        for fn, on_done, on_error, progress in tasks:
            try:
                result = fn(progress) if progress is not None else fn()
            except BaseException as exc:  # handed on, as the worker does
                on_error(exc)
                continue
            on_done(result)


def test_after_unlock_her_place_waits_for_the_list_loaded_on_the_worker(
        main_window: MainWindow, filled_notebook: Notebook) -> None:
    """In the app the case list loads on the worker: her case is shown (and her drafts offered) when it is in."""
    from vpnotes.ui import worker

    cases = _open(main_window, filled_notebook)
    case_id = main_window.notebook.cases.id_for_reference("2026-001")  # type: ignore[union-attr]
    main_window.show_case(case_id)
    cases.case_view.tabs.setCurrentIndex(1)
    main_window.lock()
    queued = QueuedWorker()
    previous = worker.set_runner(queued)
    try:
        main_window.unlock.passphrase.setText(PASSPHRASE)
        main_window.unlock.submit()
        queued.run_round()  # the key derivation and opening; the list's load is queued meanwhile
        assert main_window.notebook is not None and cases.loading
        assert cases.current_case_id() is None  # not yet: the rows are not there
        queued.run_round()  # the list's load arrives
    finally:
        worker.set_runner(previous)
    assert not cases.loading
    assert cases.current_case_id() == case_id and cases.case_view.tabs.currentIndex() == 1


def test_every_filter_shows_its_whole_choice_at_1366(main_window: MainWindow, filled_notebook: Notebook) -> None:
    """With several organisations the year filter read "Alle jarer": the category filter took its room."""
    from vpnotes.domain.model import Organisation

    for key, name in (("baken", "Zorggroep Het Baken"), ("horizon", "Stedelijk Lyceum De Horizon")):
        filled_notebook.organisations.add(Organisation(key=key, name=name))
        filled_notebook.cases.add(sample_case(reference=f"2026-0{len(key)}1", organisation=key))
    cases = _open(main_window, filled_notebook)
    assert cases.organisation_filter.isVisible()
    for combo in (cases.category_filter, cases.organisation_filter, cases.year_filter):
        assert combo.width() >= combo.sizeHint().width(), combo.currentText()

"""The cases page: the list, search as you type, filters, sorting, new case,
delete with undo, and nothing left behind when the notebook locks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from helpers import PASSPHRASE
from helpers.qt import case_text_left, unlock_with
from vpnotes.domain.model import Melder
from vpnotes.domain.vocabulary import CaseKind, Category, MelderRole
from vpnotes.store.notebook import Notebook
from vpnotes.ui import case_list, worker
from vpnotes.ui.agenda import CASE_ROLE, AgendaPage
from vpnotes.ui.case_list import COL_CATEGORIES, COL_KIND, COL_NEXT_FOLLOWUP, COL_REFERENCE, COL_STATUS, CasesPage
from vpnotes.ui.contact_dialog import ContactDialog
from vpnotes.ui.i18n import format_date, label
from vpnotes.ui.main_window import MainWindow
from vpnotes.ui.new_case_dialog import NewCaseDialog


@pytest.fixture
def page(qtbot: QtBot, filled_notebook: Notebook) -> CasesPage:
    widget = CasesPage()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.set_notebook(filled_notebook)
    widget.show()
    return widget


def shown_references(page: CasesPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, COL_REFERENCE).data() for row in range(proxy.rowCount())]


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer every question box with ``button``; returns the questions asked."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def run_dialog(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Callable[[QDialog], None]) -> None:
    """Replace ``cls.exec`` by: show the real dialog, let ``fill`` use it, return its result."""

    def fake_exec(self: QDialog) -> int:
        self.show()
        fill(self)
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)


def test_list_shows_each_case_with_its_columns(page: CasesPage) -> None:
    assert sorted(shown_references(page)) == ["2026-001", "2026-002", "2026-003"]
    row = page.model.row_of(page._notebook.cases.id_for_reference("2026-002"))  # type: ignore[union-attr]
    assert row is not None
    index = page.model.index(row, 0)
    assert index.siblingAtColumn(COL_KIND).data() == label(CaseKind.MELDING)
    assert index.siblingAtColumn(COL_CATEGORIES).data() == label(Category.DISCRIMINATIE)
    assert index.siblingAtColumn(COL_STATUS).data() == case_list.tr("open")
    assert page.count_label.text().startswith("3")


def test_search_as_you_type_narrows_the_list_and_ignores_diacritics(page: CasesPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search_edit, "nacht")
    # "nachtdienst" occurs in a follow-up of 2026-001 and of 2026-003.
    assert sorted(shown_references(page)) == ["2026-001", "2026-003"]
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "zoe elb")  # Zoë Ëlberg, typed without diacritics
    assert shown_references(page) == ["2026-001"]
    qtbot.keyClicks(page.search_edit, "x")
    assert shown_references(page) == []
    assert "0" in page.count_label.text()
    page.search_edit.clear()
    assert len(shown_references(page)) == 3


def test_filters_by_status_category_and_year(page: CasesPage, filled_notebook: Notebook) -> None:
    case_id = filled_notebook.cases.id_for_reference("2026-003")
    assert case_id is not None
    case = filled_notebook.cases.get(case_id)
    case.closed = date(2026, 2, 1)
    filled_notebook.cases.save(case)
    page.reload()

    page.status_filter.setCurrentIndex(page.status_filter.findData(case_list.STATUS_CLOSED))
    assert shown_references(page) == ["2026-003"]
    page.status_filter.setCurrentIndex(page.status_filter.findData(case_list.STATUS_OPEN))
    assert sorted(shown_references(page)) == ["2026-001", "2026-002"]
    page.category_filter.setCurrentIndex(page.category_filter.findData(Category.DISCRIMINATIE.value))
    assert shown_references(page) == ["2026-002"]
    page.status_filter.setCurrentIndex(0)
    page.category_filter.setCurrentIndex(0)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2026))
    assert len(shown_references(page)) == 3
    # Filters combine with search.
    page.year_filter.setCurrentIndex(0)
    page.search_edit.setText("Anna")
    page.category_filter.setCurrentIndex(page.category_filter.findData(Category.PESTEN.value))
    assert shown_references(page) == []


def test_year_filter_keeps_cases_open_during_that_year(page: CasesPage, filled_notebook: Notebook) -> None:
    old = filled_notebook.cases.get(filled_notebook.cases.id_for_reference("2026-002") or 0)
    old.opened, old.contacts[0].date, old.closed = date(2024, 5, 1), date(2024, 5, 1), date(2025, 3, 1)
    filled_notebook.cases.save(old)
    filled_notebook.items.update_contact(old.id or 0, old.contacts[0])
    page.reload()
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    assert shown_references(page) == ["2026-002"]
    page.year_filter.setCurrentIndex(page.year_filter.findData(2024))
    assert shown_references(page) == ["2026-002"]
    page.year_filter.setCurrentIndex(page.year_filter.findData(2026))
    assert sorted(shown_references(page)) == ["2026-001", "2026-003"]


def test_clicking_a_column_header_sorts(page: CasesPage, qtbot: QtBot) -> None:
    header = page.table.horizontalHeader()
    page.table.sortByColumn(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
    assert shown_references(page) == ["2026-001", "2026-002", "2026-003"]
    x = header.sectionViewportPosition(COL_REFERENCE) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert shown_references(page) == ["2026-003", "2026-002", "2026-001"]


def test_selecting_a_row_opens_the_case(page: CasesPage, qtbot: QtBot) -> None:
    page.table.setFocus()
    page.table.selectRow(0)
    first = page.proxy.index(0, COL_REFERENCE).data()
    assert page.case_view.title.text() == first
    page.show_case(page._notebook.cases.id_for_reference("2026-002") or 0)  # type: ignore[union-attr]
    assert page.case_view.title.text() == "2026-002"
    assert page.table.currentIndex().siblingAtColumn(COL_REFERENCE).data() == "2026-002"


def test_show_case_clears_filters_that_hide_it(page: CasesPage, filled_notebook: Notebook) -> None:
    page.search_edit.setText("Anna")
    target = filled_notebook.cases.id_for_reference("2026-003")
    assert target is not None
    page.show_case(target)
    assert page.search_edit.text() == ""
    assert page.case_view.case_id() == target
    assert len(shown_references(page)) == 3


def test_new_case_dialog_creates_and_opens_the_case(page: CasesPage, filled_notebook: Notebook,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCaseDialog)
        dialog.kind.set_code(CaseKind.ADVIES)
        dialog.accept()  # no category yet: refused with a message, the dialog stays
        assert dialog.isVisible()
        assert dialog.message.isVisible()
        dialog.categories.set_codes([Category.WERKDRUK, Category.INTIMIDATIE])
        dialog.role.set_code(MelderRole.STAGIAIR)
        dialog.consent.setChecked(True)
        dialog.melder_name.setText("Joris Ploeg")
        dialog.accept()

    run_dialog(monkeypatch, NewCaseDialog, fill)
    assert page.new_case_action.shortcut().toString() == "Ctrl+Shift+N"
    page.new_case_action.trigger()

    new_id = page.case_view.case_id()
    assert new_id is not None
    stored = filled_notebook.cases.get(new_id)
    assert stored.kind is CaseKind.ADVIES
    assert stored.categories == [Category.INTIMIDATIE, Category.WERKDRUK]
    assert stored.melder == Melder(role=MelderRole.STAGIAIR, name="Joris Ploeg")
    assert stored.consent.registration and stored.consent.registration_date == date.today()
    assert stored.reference in shown_references(page)
    assert page.table.currentIndex().siblingAtColumn(COL_REFERENCE).data() == stored.reference


def test_delete_asks_and_can_be_undone_until_locked(page: CasesPage, filled_notebook: Notebook,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = filled_notebook.cases.id_for_reference("2026-001")
    assert case_id is not None
    before = filled_notebook.cases.get(case_id)
    page.show_case(case_id)

    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    page.delete_action.trigger()
    assert asked and "2026-001" in asked[0]
    assert filled_notebook.cases.id_for_reference("2026-001") is not None

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.delete_action.trigger()
    assert filled_notebook.cases.id_for_reference("2026-001") is None
    assert "2026-001" not in shown_references(page)
    assert page.undo_bar.isVisible()
    assert page.case_view.case_id() != case_id  # the view moved on to a neighbour (or nothing)

    assert page.undo_action.isEnabled()
    page.undo_action.trigger()
    restored_id = filled_notebook.cases.id_for_reference("2026-001")
    assert restored_id is not None
    restored = filled_notebook.cases.get(restored_id)
    assert restored.melder == before.melder
    assert [c.notes for c in restored.contacts] == [c.notes for c in before.contacts]
    assert "2026-001" in shown_references(page)
    assert page.case_view.title.text() == "2026-001"
    assert not page.undo_bar.isVisible()

    # Delete again, then lock: the undo is gone with the notebook.
    page.show_case(restored_id)
    page.delete_action.trigger()
    page.set_notebook(None)
    page.set_notebook(filled_notebook)
    assert not page.undo_action.isEnabled()
    assert not page.undo_bar.isVisible()
    page.undo_delete()
    assert filled_notebook.cases.id_for_reference("2026-001") is None


def test_locking_leaves_no_case_text_in_any_widget_or_model(page: CasesPage, filled_notebook: Notebook,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = filled_notebook.cases.id_for_reference("2026-001")
    assert case_id is not None
    page.show_case(case_id)
    for tab in range(page.case_view.tabs.count()):
        page.case_view.tabs.setCurrentIndex(tab)
    page.search_edit.setText("nacht")
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    other = filled_notebook.cases.id_for_reference("2026-002")
    assert other is not None
    page.show_case(other)
    page.delete_action.trigger()  # the undo bar holds the reference of a deleted case
    page.show_case(case_id)
    # A contact logged through the dialog: the dialog must not linger with its text.
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        dialog.notes.setPlainText("Marloes Jansen belde over de nachtdienst")
        dialog.accept()

    run_dialog(monkeypatch, ContactDialog, fill)
    page.new_contact()
    assert case_text_left(page)  # the walker sees the case while unlocked

    page.set_notebook(None)
    assert case_text_left(page) == []
    assert not page.search_edit.isUndoAvailable()  # Ctrl+Z cannot bring back what was searched
    assert page.model.rowCount() == 0
    assert page.case_view.case() is None
    assert not page.new_case_action.isEnabled() and not page.delete_action.isEnabled()


def test_editing_a_case_updates_its_row_without_reloading_the_list(
        page: CasesPage, filled_notebook: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    original = filled_notebook.cases.summaries

    def counting() -> list:  # type: ignore[type-arg]
        calls.append(1)
        return original()

    monkeypatch.setattr(filled_notebook.cases, "summaries", counting)
    case_id = filled_notebook.cases.id_for_reference("2026-002")
    assert case_id is not None
    page.show_case(case_id)
    page.case_view.case_section.categories.set_codes([Category.DISCRIMINATIE, Category.WERKDRUK])
    page.case_view.case_section.categories.changed.emit()
    row = page.model.row_of(case_id)
    assert row is not None
    assert page.model.index(row, COL_CATEGORIES).data() == ", ".join(
        [label(Category.DISCRIMINATIE), label(Category.WERKDRUK)])
    page.search_edit.setText("anna")
    assert calls == []


def test_page_actions_have_the_agreed_shortcuts(page: CasesPage) -> None:
    shortcuts = {a.text(): a.shortcut().toString() for a in page.page_actions()}
    assert "Ctrl+N" in shortcuts.values()
    assert "Ctrl+Shift+N" in shortcuts.values()
    assert "Ctrl+Z" in shortcuts.values()
    assert all(a.text() for a in page.page_actions())


def test_sorting_keeps_the_open_case_selected_and_sorts_dates_as_dates(
        page: CasesPage, filled_notebook: Notebook) -> None:
    target = filled_notebook.cases.id_for_reference("2026-002")
    assert target is not None
    page.show_case(target)
    page.table.sortByColumn(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
    page.table.sortByColumn(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
    assert page.table.currentIndex().siblingAtColumn(COL_REFERENCE).data() == "2026-002"
    assert page.case_view.case_id() == target
    # Last contact: 2026-001 had one three days ago, the others on 14-01-2026.
    page.table.sortByColumn(case_list.COL_LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    assert shown_references(page)[0] == "2026-001"
    page.table.sortByColumn(case_list.COL_LAST_CONTACT, Qt.SortOrder.AscendingOrder)
    assert shown_references(page)[-1] == "2026-001"


class DeferredRunner(worker.SyncRunner):
    """Holds every task until the test runs it, like a worker that is still busy."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: list[tuple[Callable[[], object], worker.OnDone, worker.OnError]] = []

    def run(self, fn: Callable[..., object], on_done: worker.OnDone, on_error: worker.OnError,
            progress: worker.Progress | None = None) -> None:
        self.pending.append((fn, on_done, on_error))

    def release_all(self) -> None:
        """Run the tasks held now and deliver their results (or errors), oldest first.

        Tasks these start (the pages' loads after opening) wait for the next call.
        """
        batch, self.pending = self.pending, []
        for fn, on_done, on_error in batch:
            worker.SyncRunner.run(self, fn, on_done, on_error)


@pytest.fixture
def deferred() -> Iterator[DeferredRunner]:
    runner = DeferredRunner()
    previous = worker.set_runner(runner)
    yield runner
    worker.set_runner(previous)


def test_cases_load_on_the_worker_with_a_loading_state(qtbot: QtBot, filled_notebook: Notebook,
                                                       deferred: DeferredRunner) -> None:
    page = CasesPage()
    qtbot.addWidget(page)
    page.set_notebook(filled_notebook)
    assert page.loading
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "Zaken laden…"
    assert not page.new_case_action.isEnabled()
    assert len(deferred.pending) == 1

    deferred.release_all()
    assert not page.loading
    assert page.model.rowCount() == 3
    assert page.count_label.text() == "3 zaken"
    assert page.new_case_action.isEnabled()


def test_a_lock_while_the_cases_load_drops_the_late_rows(qtbot: QtBot, filled_notebook: Notebook,
                                                         deferred: DeferredRunner) -> None:
    page = CasesPage()
    qtbot.addWidget(page)
    page.set_notebook(filled_notebook)
    fn, on_done, _on_error = deferred.pending.pop()
    rows = fn()  # the query ran on the worker before the lock; its result arrives after it
    page.set_notebook(None)
    filled_notebook.close()
    on_done(rows)
    assert page.model.rowCount() == 0
    assert case_text_left(page) == []
    assert page.count_label.text() == ""
    assert not page.loading


def test_a_load_that_finds_the_vault_closed_is_dropped_silently(qtbot: QtBot, filled_notebook: Notebook,
                                                                deferred: DeferredRunner) -> None:
    page = CasesPage()
    qtbot.addWidget(page)
    page.set_notebook(filled_notebook)
    page.set_notebook(None)
    filled_notebook.close()
    deferred.release_all()  # the query fails on the closed vault: no message, no crash report
    assert page.model.rowCount() == 0
    assert case_text_left(page) == []


def test_lock_during_the_initial_load_of_the_main_window_leaves_no_case_data(
        main_window: MainWindow, filled_notebook: Notebook, deferred: DeferredRunner) -> None:
    main_window.show()
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    deferred.release_all()  # key derivation and opening: the pages start loading on the worker
    assert main_window.session.is_open
    cases = main_window.pages["cases"]
    assert isinstance(cases, CasesPage)
    assert cases.loading
    assert deferred.pending  # the case list's and the agenda's queries are still under way

    main_window.lock()  # the loads do not hold the lock up: their results will be stale
    assert not main_window.session.is_open
    deferred.release_all()  # late results (or errors from the closed vault) are dropped
    assert case_text_left(main_window) == []
    assert cases.model.rowCount() == 0
    assert main_window.pages["agenda"].tree.topLevelItemCount() == 0  # type: ignore[attr-defined]

    # Unlocking again fills the pages as usual.
    main_window.unlock.passphrase.setText(PASSPHRASE)
    main_window.unlock.submit()
    deferred.release_all()
    deferred.release_all()
    assert cases.model.rowCount() == 3
    assert case_text_left(main_window)


def test_a_stale_load_from_the_previous_unlock_does_not_reach_the_new_one(
        main_window: MainWindow, filled_notebook: Notebook, deferred: DeferredRunner) -> None:
    path = filled_notebook.vault.path
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    deferred.release_all()
    stale = list(deferred.pending)  # the first unlock's page loads, never finished
    deferred.pending.clear()
    main_window.lock()
    main_window.show_unlock(path)
    main_window.unlock.passphrase.setText(PASSPHRASE)
    main_window.unlock.submit()
    deferred.release_all()  # opening, then the new loads
    deferred.release_all()
    cases = main_window.pages["cases"]
    assert isinstance(cases, CasesPage)
    assert cases.model.rowCount() == 3
    for _fn, _on_done, on_error in stale:
        on_error(RuntimeError("the old vault is closed"))  # dropped, not a crash report
    assert cases.model.rowCount() == 3


def test_the_agenda_in_front_loads_on_the_worker_and_drops_a_late_result(
        qtbot: QtBot, filled_notebook: Notebook, deferred: DeferredRunner) -> None:
    agenda = AgendaPage()
    qtbot.addWidget(agenda)
    agenda.show()
    agenda.set_notebook(filled_notebook)
    assert agenda.tree.topLevelItemCount() == 0
    assert len(deferred.pending) == 1
    deferred.release_all()
    assert case_text_left(agenda)  # "Bellen over de nachtdienst"

    agenda.set_notebook(filled_notebook)  # again: the load is under way when the notebook locks
    fn, on_done, _on_error = deferred.pending.pop()
    data = fn()
    agenda.set_notebook(None)
    on_done(data)
    assert agenda.tree.topLevelItemCount() == 0
    assert case_text_left(agenda) == []


def test_a_hidden_agenda_queries_nothing_until_it_is_shown(
        qtbot: QtBot, filled_notebook: Notebook, deferred: DeferredRunner) -> None:
    agenda = AgendaPage()
    qtbot.addWidget(agenda)
    agenda.set_notebook(filled_notebook)
    assert not deferred.pending
    assert agenda.tree.topLevelItemCount() == 0
    agenda.show()  # a page switch: one quick query, at once
    assert case_text_left(agenda)


def test_a_followup_done_in_the_agenda_shows_in_the_case_list(
        main_window: MainWindow, filled_notebook: Notebook) -> None:
    main_window.show()
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    notebook = main_window.notebook
    assert notebook is not None
    cases, agenda = main_window.pages["cases"], main_window.pages["agenda"]
    assert isinstance(cases, CasesPage)
    case_id = notebook.cases.id_for_reference("2026-001")
    assert case_id is not None
    row = cases.model.row_of(case_id)
    assert row is not None
    assert cases.model.index(row, COL_NEXT_FOLLOWUP).data() == format_date(date.today())
    main_window.tabs.setCurrentWidget(agenda)
    agenda._select(notebook.items.agenda()[-1].followup.id)  # type: ignore[attr-defined]
    assert agenda.tree.currentItem().data(0, CASE_ROLE) == case_id  # type: ignore[attr-defined]
    agenda.mark_done()  # type: ignore[attr-defined]
    assert cases.model.index(row, COL_NEXT_FOLLOWUP).data() == ""

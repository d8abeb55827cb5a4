"""The expenses page: expenses per organisation and report year with the total in
euros; add, edit and delete through the real dialog; the case picker; nothing left
behind after a lock; the main window's Expenses tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from helpers import PASSPHRASE, sample_case
from helpers.qt import texts_in, unlock_with
from vpnotes.domain.model import Expense, Organisation
from vpnotes.domain.vocabulary import ExpenseKind
from vpnotes.store.notebook import Notebook
from vpnotes.ui.expenses import AMOUNT, CASE, DESCRIPTION, KIND, ExpenseDialog, ExpensesPage, euro_text
from vpnotes.ui.main_window import MainWindow

YEAR = date.today().year


def run_dialog(monkeypatch: pytest.MonkeyPatch, fill: Callable[[ExpenseDialog], None]) -> None:
    def fake_exec(self: ExpenseDialog) -> int:
        self.show()
        fill(self)
        return self.result()

    monkeypatch.setattr(ExpenseDialog, "exec", fake_exec)


@pytest.fixture
def page(qtbot: QtBot, notebook: Notebook) -> ExpensesPage:
    notebook.organisations.add(Organisation(key="school", name="De Regenboog", year_start_month=8))
    notebook.cases.add(sample_case(reference=f"{YEAR}-001", organisation="acme"))
    notebook.cases.add(sample_case(reference=f"{YEAR}-002", organisation="school"))
    notebook.work.add_expense(Expense(organisation="acme", date=date(YEAR, 1, 20), kind=ExpenseKind.REISKOSTEN,
                                      amount_cents=2340, description="Trein naar Zwolle"))
    notebook.work.add_expense(Expense(organisation="acme", date=date(YEAR - 1, 6, 1), kind=ExpenseKind.ZAALHUUR,
                                      amount_cents=15_000, description="Vorig jaar"))
    notebook.work.add_expense(Expense(organisation="school", date=date(YEAR, 9, 1), kind=ExpenseKind.OVERIG,
                                      amount_cents=999, description="Koffie ouderavond"))
    widget = ExpensesPage()
    qtbot.addWidget(widget)
    widget.set_notebook(notebook)
    widget.show()
    return widget


def rows(page: ExpensesPage) -> list[list[str]]:
    return [[item.text(c) for c in range(page.tree.columnCount())] for i in range(page.tree.topLevelItemCount())
            if (item := page.tree.topLevelItem(i))]


def descriptions(page: ExpensesPage) -> list[str]:
    return [row[DESCRIPTION] for row in rows(page)]


def choose(page: ExpensesPage, organisation: str | None, year: int) -> None:
    page.filters.organisation.setCurrentIndex(page.filters.organisation.findData(organisation))
    page.filters.year.setCurrentIndex(page.filters.year.findData(year))


def test_amounts_are_written_the_dutch_way() -> None:
    assert euro_text(2340) == "€ 23,40"
    assert euro_text(5) == "€ 0,05"
    assert euro_text(123_456_789) == "€ 1.234.567,89"


def test_filter_by_organisation_and_year_with_the_total(page: ExpensesPage) -> None:
    choose(page, None, YEAR)  # all organisations, calendar year
    assert descriptions(page) == ["Trein naar Zwolle", "Koffie ouderavond"]
    assert "€ 33,39" in page.total.text() and "2" in page.total.text()

    choose(page, "acme", YEAR)
    assert page.tree.isColumnHidden(1)  # the organisation column says nothing the filter does not
    assert rows(page)[0][KIND] == "Reiskosten" and rows(page)[0][AMOUNT] == "€ 23,40"
    assert page.total.text() == "Totaal: € 23,40 (aantal posten: 1)"
    choose(page, "acme", YEAR - 1)
    assert descriptions(page) == ["Vorig jaar"] and "€ 150,00" in page.total.text()

    choose(page, "school", YEAR)  # a schooljaar: August to July
    assert page.filters.year.currentText() == f"{YEAR}-{YEAR + 1}"
    assert descriptions(page) == ["Koffie ouderavond"]
    choose(page, "school", YEAR - 1)
    assert descriptions(page) == [] and "€ 0,00" in page.total.text()
    assert not page.edit_action.isEnabled() and not page.delete_action.isEnabled()


def test_add_expense_through_the_dialog(page: ExpensesPage, notebook: Notebook,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    choose(page, "acme", YEAR)

    def fill(dialog: ExpenseDialog) -> None:
        assert dialog.organisation.currentData() == "acme"  # the filter's organisation
        assert [dialog.case.itemData(i) for i in range(dialog.case.count())] == [None, f"{YEAR}-001"]
        assert dialog.amount.locale().decimalPoint() == ","
        assert (dialog.amount.minimum(), dialog.amount.maximum(), dialog.amount.decimals()) == (0, 1_000_000, 2)
        for field in (dialog.organisation, dialog.date, dialog.kind, dialog.amount, dialog.case, dialog.description):
            assert field.accessibleName()
        dialog.date.set_day(date(YEAR, 2, 3))
        dialog.kind.set_code(ExpenseKind.ZAALHUUR)
        dialog.amount.setValue(123.45)
        assert "123,45" in dialog.amount.text()
        dialog.case.setCurrentIndex(dialog.case.findData(f"{YEAR}-001"))
        dialog.description.set_text("Zaal voor de cursus ‘Omgangsvormen’")  # non-ASCII: set, not typed
        dialog.accept()

    run_dialog(monkeypatch, fill)
    page.add_action.trigger()
    stored = [e for e in notebook.work.expenses() if e.kind is ExpenseKind.ZAALHUUR and e.date.year == YEAR]
    assert len(stored) == 1
    assert (stored[0].amount_cents, stored[0].case_reference, stored[0].description) == \
        (12_345, f"{YEAR}-001", "Zaal voor de cursus ‘Omgangsvormen’")
    assert [row[CASE] for row in rows(page)] == ["", f"{YEAR}-001"]  # by date
    assert page.total.text() == "Totaal: € 146,85 (aantal posten: 2)"
    current = page.tree.currentItem()
    assert current is not None and current.text(AMOUNT) == "€ 123,45"  # the new expense is selected


def test_an_expense_saved_in_another_year_is_shown_where_it_went(page: ExpensesPage, notebook: Notebook,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    choose(page, "acme", YEAR)

    def fill(dialog: ExpenseDialog) -> None:
        dialog.date.set_day(date(YEAR - 3, 5, 1))
        dialog.amount.setValue(0.1)
        dialog.accept()

    run_dialog(monkeypatch, fill)
    page.add_action.trigger()
    assert 10 in [e.amount_cents for e in notebook.work.expenses("acme", date(YEAR - 3, 1, 1), date(YEAR - 2, 1, 1))]
    assert page.filters.selected_year() == YEAR - 3
    assert [row[AMOUNT] for row in rows(page)] == ["€ 0,10"]


def test_edit_expense(page: ExpensesPage, notebook: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    choose(page, "acme", YEAR)

    def link(dialog: ExpenseDialog) -> None:
        assert dialog.windowTitle() == "Onkosten wijzigen"
        assert dialog.description.text() == "Trein naar Zwolle"
        assert dialog.amount.value() == pytest.approx(23.40)
        dialog.amount.setValue(31.05)
        dialog.case.setCurrentIndex(dialog.case.findData(f"{YEAR}-001"))
        dialog.accept()

    run_dialog(monkeypatch, link)
    page.edit_action.trigger()
    [edited] = [e for e in notebook.work.expenses() if e.description == "Trein naar Zwolle"]
    assert (edited.amount_cents, edited.case_reference) == (3105, f"{YEAR}-001")
    assert rows(page)[0][AMOUNT] == "€ 31,05" and rows(page)[0][CASE] == f"{YEAR}-001"

    def unlink(dialog: ExpenseDialog) -> None:
        assert dialog.case_reference() == f"{YEAR}-001"  # the link is shown
        dialog.case.setCurrentIndex(0)  # no case
        dialog.description.set_text("")
        dialog.accept()

    run_dialog(monkeypatch, unlink)
    page.edit_action.trigger()
    [edited] = [e for e in notebook.work.expenses() if e.id == edited.id]
    assert (edited.amount_cents, edited.case_reference, edited.description) == (3105, None, None)


def test_cancelling_the_dialog_changes_nothing(page: ExpensesPage, notebook: Notebook,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    before = notebook.work.expenses()

    def cancel(dialog: ExpenseDialog) -> None:
        dialog.amount.setValue(1)
        dialog.reject()

    run_dialog(monkeypatch, cancel)
    page.edit_action.trigger()
    page.add_action.trigger()
    assert notebook.work.expenses() == before


def test_delete_asks_first(page: ExpensesPage, notebook: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    choose(page, "acme", YEAR)
    questions: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent: QWidget, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    page.delete_action.trigger()
    assert questions == ["Deze onkosten van € 23,40 verwijderen?"]
    assert len(notebook.work.expenses()) == 3

    answer = QMessageBox.StandardButton.Yes
    page.delete_action.trigger()
    assert "Trein naar Zwolle" not in [e.description for e in notebook.work.expenses()]
    assert rows(page) == [] and "€ 0,00" in page.total.text()
    assert not page.delete_action.isEnabled()


def test_locking_leaves_no_expense_data(page: ExpensesPage, monkeypatch: pytest.MonkeyPatch) -> None:
    choose(page, None, YEAR)
    assert "Trein naar Zwolle" in "\n".join(texts_in(page))
    page.set_notebook(None)
    left = "\n".join(texts_in(page))
    for text in ("Trein naar Zwolle", "Koffie ouderavond", "Vorig jaar", "23,40", "Acme BV", "De Regenboog",
                 f"{YEAR}-001", "20-01-"):
        assert text not in left
    assert page.tree.topLevelItemCount() == 0 and page.total.text() == ""
    assert not page.add_action.isEnabled()
    assert "urenverantwoording" in page.privacy_note.text()  # the note is not data: it stays


def test_a_read_only_notebook_offers_no_changes(qtbot: QtBot, notebook: Notebook,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notebook.vault, "read_only", True)
    widget = ExpensesPage()
    qtbot.addWidget(widget)
    widget.set_notebook(notebook)
    assert not any(action.isEnabled() for action in widget.page_actions())


def test_main_window_has_an_expenses_tab(main_window: MainWindow, filled_notebook: Notebook) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    titles = [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())]
    assert titles.index("Onkosten") == titles.index("Activiteiten") + 1
    expenses = main_window.pages["expenses"]
    assert isinstance(expenses, ExpensesPage)
    main_window.tabs.setCurrentWidget(expenses)
    assert "Taxi na de nachtdienst" in descriptions(expenses)
    assert expenses.add_action.shortcut().toString() == "Ctrl+Shift+K"

"""The register van feiten door derden in the app (DESIGN.md §9): add, edit, erase with
numbers that never come back, printing, the Notebook menu entry, a read-only notebook."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from helpers import PASSPHRASE, new_notebook
from helpers.qt import unlock_with
from vpnotes.domain.model import Organisation
from vpnotes.domain.vocabulary import Sector
from vpnotes.store.notebook import Notebook
from vpnotes.ui.main_window import MainWindow
from vpnotes.ui.register_page import RegisterDialog, RegisterEntryDialog, controller


@pytest.fixture
def flemish(tmp_path: Path) -> Iterator[Notebook]:
    book = new_notebook(tmp_path / "vl.vpnotes")
    book.organisations.add(Organisation(key="gent", name="Stad Gent", sector=Sector.VLAANDEREN))
    yield book
    if book.vault.is_open:
        book.close()


def filling(fill: Callable[[RegisterEntryDialog], None]) -> Callable[[RegisterEntryDialog], bool]:
    def run(dialog: RegisterEntryDialog) -> bool:
        fill(dialog)
        return dialog.try_accept()

    return run


def rows(dialog: RegisterDialog) -> list[list[str]]:
    return [[dialog.list.topLevelItem(i).text(c) for c in range(5)]  # type: ignore[union-attr]
            for i in range(dialog.list.topLevelItemCount())]


def test_add_edit_erase_and_numbers_never_come_back(qtbot: QtBot, flemish: Notebook) -> None:
    dialog = RegisterDialog(flemish)
    qtbot.addWidget(dialog)
    assert dialog.organisation.count() == 1 and dialog.empty.isHidden()  # only the Flemish organisation

    def first(edit: RegisterEntryDialog) -> None:
        edit.recorded.set_day(date(2026, 2, 3))
        edit.facts.set_day(date(2026, 2, 1))
        edit.description.setPlainText("Klant gooide een stoel naar de balie")
        edit.declarant.setText("Joris Maes")

    dialog.run_edit = filling(first)
    dialog.add()
    dialog.run_edit = filling(lambda edit: edit.description.setPlainText("Leverancier schold"))
    dialog.add()
    assert rows(dialog)[0] == ["1", "01-02-2026", "03-02-2026", "Klant gooide een stoel naar de balie", "Joris Maes"]
    assert rows(dialog)[1][4] == "niet genoemd"

    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    dialog.run_edit = filling(lambda edit: edit.description.setPlainText("Leverancier schold en dreigde"))
    dialog.edit()
    assert flemish.register.get("gent", 2).description == "Leverancier schold en dreigde"

    dialog.confirm_erase = lambda number: number == 2
    dialog.erase()
    assert rows(dialog)[1][3] == "gewist"
    assert not dialog.erase_button.isEnabled() and not dialog.edit_button.isEnabled()
    dialog.run_edit = filling(lambda edit: edit.description.setPlainText("Patiënt sloeg"))
    dialog.add()
    assert [r[0] for r in rows(dialog)] == ["1", "2", "3"]  # 2 is erased, never given again


def test_an_empty_description_is_refused_in_the_dialog(qtbot: QtBot, flemish: Notebook) -> None:
    dialog = RegisterDialog(flemish)
    qtbot.addWidget(dialog)
    refused: list[str] = []

    def empty(edit: RegisterEntryDialog) -> bool:
        accepted = edit.try_accept()
        refused.append(edit.error.text())
        return accepted

    dialog.run_edit = empty
    dialog.add()
    assert "beschrijf de feiten" in refused[0]
    assert flemish.register.entries("gent") == []


def test_print_writes_the_register(qtbot: QtBot, flemish: Notebook, tmp_path: Path) -> None:
    flemish.register.add("gent", recorded=date(2026, 2, 3), description="Klant dreigde", declarant="Joris Maes")
    dialog = RegisterDialog(flemish)
    qtbot.addWidget(dialog)
    dialog.choose_file = lambda proposal: str(tmp_path / "register")
    dialog.print_register()
    text = "\n".join(c.text for t in docx.Document(str(tmp_path / "register.docx")).tables
                     for r in t.rows for c in r.cells)
    assert "Klant dreigde" in text and "Joris Maes" in text
    assert "1 verklaringen" in dialog.printed.text()
    dialog.print_register()  # never over an existing file
    assert "bestaat al" in dialog.message.text()


def test_print_of_a_read_only_notebook_writes_nothing_and_says_why(qtbot: QtBot, flemish: Notebook,
                                                                   tmp_path: Path) -> None:
    flemish.register.add("gent", recorded=date(2026, 2, 3), description="Klant dreigde")
    dialog = RegisterDialog(flemish)
    qtbot.addWidget(dialog)
    dialog.choose_file = lambda proposal: str(tmp_path / "register")
    flemish.vault.read_only = True  # as when the file lies on read-only media: the print cannot be logged
    try:
        dialog.print_register()
    finally:
        flemish.vault.read_only = False
    assert not (tmp_path / "register.docx").exists()
    assert "logboek" in dialog.message.text() and dialog.printed.text() == ""


def test_the_notebook_menu_opens_the_register(qtbot: QtBot, main_window: MainWindow, flemish: Notebook) -> None:
    flemish.policy.set("backup.enabled", False)
    unlock_with(main_window, flemish, PASSPHRASE)
    actions = controller(main_window)
    assert actions is not None
    assert actions.action in main_window.menu("notebook").actions() and actions.action.isEnabled()
    assert actions.action.text() == "&Register van feiten door derden…"
    opened: list[RegisterDialog] = []

    def drive(dialog: object) -> int:
        assert isinstance(dialog, RegisterDialog)
        opened.append(dialog)
        return 0

    actions.run_dialog = drive  # type: ignore[method-assign]
    actions.action.trigger()
    assert len(opened) == 1 and opened[0].organisation.currentData() == "gent"


def test_without_a_flemish_organisation_the_register_says_how_to_get_one(qtbot: QtBot, tmp_path: Path) -> None:
    book = new_notebook(tmp_path / "nl.vpnotes")
    dialog = RegisterDialog(book)
    qtbot.addWidget(dialog)
    assert not dialog.empty.isHidden() and not dialog.add_button.isEnabled()
    book.close()


def test_a_lock_closes_the_open_register_and_wipes_its_list(qtbot: QtBot, main_window: MainWindow,
                                                            flemish: Notebook) -> None:
    flemish.policy.set("backup.enabled", False)
    flemish.register.add("gent", recorded=date(2026, 2, 3), description="Klant dreigde", declarant="Joris Maes")
    unlock_with(main_window, flemish, PASSPHRASE)
    actions = controller(main_window)
    assert actions is not None
    seen: list[tuple[int, int]] = []

    def drive(dialog: object) -> int:
        assert isinstance(dialog, RegisterDialog)
        shown = dialog.list.topLevelItemCount()
        main_window.session.lock("idle")  # the autolock fires while the register is open
        seen.append((shown, dialog.list.topLevelItemCount()))
        assert dialog.result() == QDialog.DialogCode.Rejected
        return 0

    actions.run_dialog = drive  # type: ignore[method-assign]
    actions.action.trigger()
    assert seen == [(1, 0)] and actions.open_dialog is None
    assert main_window.notebook is None

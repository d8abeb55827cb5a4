"""The organisations dialog (Notebook menu): add an organisation with a key
proposed from its name, edit its size and report year start (confirmed when it
has cases, since cases move between report years), k shown read-only, no Delete,
the pages showing the new name, everything disabled on a read-only notebook."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from helpers import PASSPHRASE
from helpers.qt import texts_in, unlock_with
from vpnotes.domain.vocabulary import Sector
from vpnotes.store.notebook import Notebook
from vpnotes.ui.main_window import MainWindow
from vpnotes.ui.organisations_dialog import OrganisationEditDialog, OrganisationsDialog, controller


def filling(fill: Callable[[OrganisationEditDialog], None]) -> Callable[[OrganisationEditDialog], bool]:
    """An edit dialog run: fill the fields as the VP would, then press the accept button."""

    def run(dialog: OrganisationEditDialog) -> bool:
        fill(dialog)
        return dialog.try_accept()

    return run


def rows(dialog: OrganisationsDialog) -> list[list[str]]:
    return [[dialog.list.topLevelItem(i).text(c) for c in range(dialog.COLUMNS)]  # type: ignore[union-attr]
            for i in range(dialog.list.topLevelItemCount())]


def logged(notebook: Notebook) -> list[tuple[str, str]]:
    return [(e.event, e.detail) for e in notebook.audit.entries() if e.event.startswith("organisation_")]


def test_add_an_organisation_with_a_proposed_key(qtbot: QtBot, filled_notebook: Notebook) -> None:
    dialog = OrganisationsDialog(filled_notebook)
    qtbot.addWidget(dialog)
    assert rows(dialog) == [["Acme BV", "acme", "", "januari", "5", "Werk (Nederlandse werkgever)"]]
    assert not dialog.delete_button.isEnabled()
    assert "verwijzen" in dialog.delete_button.toolTip()

    def fill(edit: OrganisationEditDialog) -> None:
        edit.name.setText("Basisschool De Eikenhof")  # the key follows the name until the VP edits it
        assert edit.key.text() == "basisschool-de-eikenhof"
        edit.key.setText("eikenhof")
        edit.key.textEdited.emit("eikenhof")
        edit.name.setText("Basisschool De Eikenhof (Zoë)")
        assert edit.key.text() == "eikenhof"
        edit.employees.setValue(45)
        edit.year_start.setCurrentIndex(7)

    dialog.run_edit = filling(fill)
    dialog.add()

    assert rows(dialog)[1] == ["Basisschool De Eikenhof (Zoë)", "eikenhof", "45", "augustus", "5",
                               "Werk (Nederlandse werkgever)"]
    org = filled_notebook.organisations.get("eikenhof")
    assert (org.employees, org.year_start_month) == (45, 8)
    assert logged(filled_notebook)[-1] == ("organisation_added", "eikenhof")


def test_the_core_refuses_a_bad_key_and_the_dialog_stays_open(qtbot: QtBot, filled_notebook: Notebook) -> None:
    dialog = OrganisationsDialog(filled_notebook)
    qtbot.addWidget(dialog)
    outcome: list[bool] = []

    def run(edit: OrganisationEditDialog) -> bool:
        edit.name.setText("Tweede Acme")
        edit.key.setText("acme")  # exists already
        outcome.append(edit.try_accept())
        assert "bestaat al" in edit.error.text()
        edit.key.setText("Met Spaties")
        outcome.append(edit.try_accept())
        assert "kleine letters" in edit.error.text()
        return False  # the VP cancels

    dialog.run_edit = run
    dialog.add()
    assert outcome == [False, False]
    assert [o.key for o in filled_notebook.organisations.all()] == ["acme"]
    assert logged(filled_notebook) == [("organisation_added", "acme")]


def test_edit_employees_and_year_start_asks_first(qtbot: QtBot, filled_notebook: Notebook) -> None:
    dialog = OrganisationsDialog(filled_notebook)
    qtbot.addWidget(dialog)
    asked: list[tuple[str, str, str, int]] = []
    answer = [False]
    dialog.confirm_year_start = lambda name, old, new, cases: asked.append((name, old, new, cases)) or answer[0]
    warnings: list[str] = []

    def fill(edit: OrganisationEditDialog) -> None:
        assert edit.key.isReadOnly()
        assert not edit.year_warning.isVisibleTo(edit)
        edit.employees.setValue(250)
        edit.year_start.setCurrentIndex(8)  # September
        warnings.append(edit.year_warning.text())

    dialog.run_edit = filling(fill)
    dialog.edit()  # the VP says no: nothing changes
    assert asked == [("Acme BV", "januari", "september", 3)]
    assert "3 zaken" in warnings[0] and "verslagjaar" in warnings[0]
    assert filled_notebook.organisations.get("acme").year_start_month == 1
    assert logged(filled_notebook) == [("organisation_added", "acme")]

    answer[0] = True
    dialog.edit()
    org = filled_notebook.organisations.get("acme")
    assert (org.employees, org.year_start_month, org.min_cell) == (250, 9, 5)
    assert rows(dialog) == [["Acme BV", "acme", "250", "september", "5", "Werk (Nederlandse werkgever)"]]
    assert logged(filled_notebook) == [("organisation_added", "acme"), ("organisation_changed", "acme")]


def test_menu_action_renames_and_the_pages_show_the_new_name(
        qtbot: QtBot, main_window: MainWindow, filled_notebook: Notebook) -> None:
    filled_notebook.policy.set("backup.enabled", False)
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    actions = controller(main_window)
    assert actions is not None
    assert actions.action in main_window.menu("notebook").actions()
    assert actions.action.isEnabled() and actions.action.shortcut().toString() == "Ctrl+Shift+O"
    assert actions.action.text() == "Or&ganisaties…"
    expenses = main_window.pages["expenses"]
    assert "Acme BV" in texts_in(expenses)

    def drive(dialog: object) -> int:
        assert isinstance(dialog, OrganisationsDialog)
        dialog.run_edit = filling(lambda edit: edit.name.setText("Zorggroep Noord"))
        dialog.edit()
        dialog.accept()
        return 1

    actions.run_dialog = drive  # type: ignore[method-assign]
    actions.action.trigger()

    notebook = main_window.notebook
    assert notebook is not None and notebook.organisations.get("acme").name == "Zorggroep Noord"
    shown = texts_in(expenses) + texts_in(main_window.pages["cases"])
    assert "Zorggroep Noord" in shown and "Acme BV" not in shown


def test_read_only_notebook_disables_everything(qtbot: QtBot, filled_notebook: Notebook,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(filled_notebook.vault, "read_only", True)
    dialog = OrganisationsDialog(filled_notebook)
    qtbot.addWidget(dialog)
    assert rows(dialog) == [["Acme BV", "acme", "", "januari", "5", "Werk (Nederlandse werkgever)"]]
    assert not dialog.add_button.isEnabled()
    assert not dialog.edit_button.isEnabled()
    assert not dialog.delete_button.isEnabled()
    assert "alleen-lezen" in dialog.read_only_note.text()
    dialog.run_edit = lambda edit: pytest.fail("no edit dialog on a read-only notebook")
    dialog.add()
    dialog.edit()


def test_a_new_school_gets_the_schooljaar_and_a_flemish_employer_its_sector(qtbot: QtBot,
                                                                             filled_notebook: Notebook) -> None:
    dialog = OrganisationsDialog(filled_notebook)
    qtbot.addWidget(dialog)

    def school(edit: OrganisationEditDialog) -> None:
        edit.name.setText("Het Lyceum")
        edit.sector.setCurrentIndex(edit.sector.findData("onderwijs"))
        assert edit.month() == 8  # August: a school reports per schooljaar

    dialog.run_edit = filling(school)
    dialog.add()
    lyceum = filled_notebook.organisations.get("het-lyceum")
    assert (lyceum.sector, lyceum.year_start_month) == (Sector.ONDERWIJS, 8)
    assert rows(dialog)[1][3:] == ["augustus", "5", "Onderwijs"]

    def flemish(edit: OrganisationEditDialog) -> None:
        edit.year_start.setCurrentIndex(2)
        edit.year_start.activated.emit(2)  # the VP chose a month: the sector no longer moves it
        edit.sector.setCurrentIndex(edit.sector.findData("vlaanderen"))
        edit.name.setText("Stad Gent")
        assert edit.month() == 3

    dialog.run_edit = filling(flemish)
    dialog.add()
    gent = filled_notebook.organisations.get("stad-gent")
    assert (gent.sector, gent.year_start_month) == (Sector.VLAANDEREN, 3)

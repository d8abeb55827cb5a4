"""Activities (hours per organisation and year, with the total) and signals
(text for the annual report): add, edit, delete through the real dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from vpnotes.domain.model import Activity, Organisation, Signal
from vpnotes.domain.vocabulary import ActivityKind
from vpnotes.store.notebook import Notebook
from vpnotes.ui.activities import ActivitiesPage, ActivityDialog, hours_text, year_label
from vpnotes.ui.signals import SignalDialog, SignalsPage


def run_dialog(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Callable[[QDialog], None]) -> None:
    def fake_exec(self: QDialog) -> int:
        self.show()
        fill(self)
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)


@pytest.fixture
def activities(qtbot: QtBot, notebook: Notebook) -> ActivitiesPage:
    this_year = date.today().year
    notebook.work.add_activity(Activity(organisation="acme", date=date(this_year, 1, 20),
                                        kind=ActivityKind.VOORLICHTING, hours=2.5, description="Teamoverleg"))
    notebook.work.add_activity(Activity(organisation="acme", date=date(this_year - 1, 6, 1),
                                        kind=ActivityKind.TRAINING, hours=4, description="Vorig jaar"))
    page = ActivitiesPage()
    qtbot.addWidget(page)
    page.set_notebook(notebook)
    page.show()
    return page


def rows(page: ActivitiesPage) -> list[list[str]]:
    return [[item.text(c) for c in range(5)] for i in range(page.tree.topLevelItemCount())
            if (item := page.tree.topLevelItem(i))]


def test_activities_of_the_selected_year_with_total_hours(activities: ActivitiesPage) -> None:
    this_year = date.today().year
    assert activities.filters.selected_year() == this_year
    assert [r[4] for r in rows(activities)] == ["Teamoverleg"]
    assert "2,5" in activities.total.text()
    activities.filters.year.setCurrentIndex(activities.filters.year.findData(this_year - 1))
    assert [r[4] for r in rows(activities)] == ["Vorig jaar"]
    assert "4" in activities.total.text()


def test_add_activity_through_the_dialog(activities: ActivitiesPage, notebook: Notebook,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ActivityDialog)
        dialog.date.set_day(date(date.today().year, 2, 3))
        dialog.kind.set_code(ActivityKind.TRAINING)
        dialog.hours.setValue(1.75)
        dialog.description.set_text("Training sociale veiligheid")
        dialog.accept()

    run_dialog(monkeypatch, ActivityDialog, fill)
    activities.add_action.trigger()
    stored = [a for a in notebook.work.activities() if a.description == "Training sociale veiligheid"]
    assert len(stored) == 1 and stored[0].hours == 1.75 and stored[0].kind is ActivityKind.TRAINING
    assert "Training sociale veiligheid" in [r[4] for r in rows(activities)]
    assert hours_text(4.25) in activities.total.text()


def test_edit_and_delete_activity(activities: ActivitiesPage, notebook: Notebook,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ActivityDialog)
        assert dialog.description.text() == "Teamoverleg"
        dialog.hours.setValue(3)
        dialog.accept()

    run_dialog(monkeypatch, ActivityDialog, fill)
    activities.edit_action.trigger()
    assert [a.hours for a in notebook.work.activities() if a.description == "Teamoverleg"] == [3]
    assert "3 " in activities.total.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    activities.delete_action.trigger()
    assert [a.description for a in notebook.work.activities()] == ["Vorig jaar"]
    assert rows(activities) == []
    assert not activities.edit_action.isEnabled()


def test_schooljaar_organisations_show_their_report_year(qtbot: QtBot, notebook: Notebook) -> None:
    notebook.organisations.add(Organisation(key="school", name="De Regenboog", year_start_month=8))
    year = date.today().year
    notebook.work.add_activity(Activity(organisation="school", date=date(year, 9, 1),
                                        kind=ActivityKind.VOORLICHTING, hours=1, description="Ouderavond"))
    notebook.work.add_activity(Activity(organisation="school", date=date(year, 7, 1),
                                        kind=ActivityKind.VOORLICHTING, hours=1, description="Vorig schooljaar"))
    page = ActivitiesPage()
    qtbot.addWidget(page)
    page.set_notebook(notebook)
    page.filters.organisation.setCurrentIndex(page.filters.organisation.findData("school"))
    page.filters.year.setCurrentIndex(page.filters.year.findData(year))
    assert page.filters.year.currentText() == year_label(year, 8) == f"{year}-{year + 1}"
    assert [r[4] for r in rows(page)] == ["Ouderavond"]


@pytest.fixture
def signals(qtbot: QtBot, notebook: Notebook) -> SignalsPage:
    notebook.work.add_signal(Signal(organisation="acme", year=date.today().year, text="Werkdruk op de afdeling"))
    page = SignalsPage()
    qtbot.addWidget(page)
    page.set_notebook(notebook)
    page.show()
    return page


def test_signals_add_and_edit(signals: SignalsPage, notebook: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    assert [signals.list.item(i).text() for i in range(signals.list.count())] == ["Werkdruk op de afdeling"]

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, SignalDialog)
        assert dialog.year.value() == date.today().year
        dialog.text.set_text("Advies: vertrouwenspersoon vaker zichtbaar maken")
        dialog.accept()

    run_dialog(monkeypatch, SignalDialog, add)
    signals.add_action.trigger()
    assert len(notebook.work.signals("acme", date.today().year)) == 2
    assert signals.list.count() == 2

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, SignalDialog)
        dialog.text.set_text("Werkdruk op meerdere afdelingen")
        dialog.accept()

    run_dialog(monkeypatch, SignalDialog, edit)
    signals.list.setCurrentRow(0)
    signals.edit_action.trigger()
    assert sorted(s.text for s in notebook.work.signals()) == [
        "Advies: vertrouwenspersoon vaker zichtbaar maken", "Werkdruk op meerdere afdelingen"]

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    signals.delete_action.trigger()
    assert len(notebook.work.signals()) == 1


def test_signal_for_another_year_is_shown_where_it_went(signals: SignalsPage, notebook: Notebook,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    next_year = date.today().year + 1

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, SignalDialog)
        dialog.year.setValue(next_year)
        dialog.text.set_text("Voor volgend jaar")
        dialog.accept()

    run_dialog(monkeypatch, SignalDialog, add)
    signals.add_action.trigger()
    assert signals.filters.selected_year() == next_year
    assert [signals.list.item(i).text() for i in range(signals.list.count())] == ["Voor volgend jaar"]


def test_an_empty_signal_is_refused_with_a_message(signals: SignalsPage, notebook: Notebook,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    run_dialog(monkeypatch, SignalDialog, lambda dialog: dialog.accept())
    signals.add_action.trigger()
    assert signals.message.isVisibleTo(signals)
    assert len(notebook.work.signals()) == 1


def test_locking_empties_activities_and_signals(activities: ActivitiesPage, signals: SignalsPage) -> None:
    activities.set_notebook(None)
    signals.set_notebook(None)
    assert activities.tree.topLevelItemCount() == 0 and activities.total.text() == ""
    assert signals.list.count() == 0
    assert activities.filters.organisation.count() == 0
    assert not activities.add_action.isEnabled() and not signals.add_action.isEnabled()

"""The quick "new contact" (Ctrl+N): logged by keyboard alone, Dutch text
with diacritics typed key by key, saved and still there after reopening."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from helpers import PASSPHRASE, new_notebook, sample_case
from vpnotes.domain.model import Consent, Melder
from vpnotes.domain.vocabulary import ContactMode, ContactParty, MelderRole
from vpnotes.store.notebook import Notebook
from vpnotes.ui.case_list import CasesPage
from vpnotes.ui.contact_dialog import DEFAULT_MINUTES, ContactDialog


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one key event per character (keyClicks aborts on é, ë, ï)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def focused(dialog: QDialog) -> QWidget:
    widget = dialog.focusWidget()
    assert widget is not None
    return widget


def run_dialog(monkeypatch: pytest.MonkeyPatch, fill: Callable[[ContactDialog], None]) -> None:
    def fake_exec(self: ContactDialog) -> int:
        self.show()
        self.activateWindow()  # as exec() does: the dialog's shortcuts need the active window
        fill(self)
        return self.result()

    monkeypatch.setattr(ContactDialog, "exec", fake_exec)


@pytest.fixture
def setup(qtbot: QtBot, tmp_path: Path) -> tuple[Path, Notebook, CasesPage, int]:
    path = tmp_path / "contact.vpnotes"
    notebook = new_notebook(path)
    case = sample_case(reference="2026-020")
    notebook.cases.add(case)
    notebook.cases.add(sample_case(reference="2026-021"))
    page = CasesPage()
    qtbot.addWidget(page)
    page.set_notebook(notebook)
    assert case.id is not None
    page.show_case(case.id)
    page.show()
    return path, notebook, page, case.id


def test_new_contact_by_keyboard_with_dutch_text_is_persisted(
        setup: tuple[Path, Notebook, CasesPage, int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    path, notebook, page, case_id = setup
    summary = "Gesprek over één teamoverleg"
    notes = "Zoë voelt zich naïef behandeld; ruzie geëscaleerd."

    def fill(dialog: ContactDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        # Case preselected, date today: the cursor starts in the duration.
        assert dialog.case_id() == case_id
        assert dialog.date_edit.day() == date.today()
        assert focused(dialog) is dialog.minutes
        qtbot.keyClicks(dialog.minutes, "50")
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)
        assert focused(dialog) is dialog.mode
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Down)  # persoonlijk -> telefoon
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)
        assert focused(dialog) is dialog.party
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)
        assert focused(dialog) is dialog.summary
        type_text(focused(dialog), summary)
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)
        assert focused(dialog) is dialog.notes
        type_text(focused(dialog), notes)
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    run_dialog(monkeypatch, fill)
    assert page.new_contact_action.shortcut().toString() == "Ctrl+N"
    page.new_contact_action.trigger()

    timeline = page.case_view.contacts_section.timeline
    assert any(notes in timeline.item(i).text() for i in range(timeline.count()))
    page.set_notebook(None)
    notebook.close()
    with Notebook.open(path, PASSPHRASE) as reopened:
        contacts = reopened.cases.get(case_id).contacts
        logged = [c for c in contacts if c.summary == summary]
        assert len(logged) == 1
        contact = logged[0]
        assert (contact.date, contact.minutes, contact.mode, contact.party, contact.notes) == (
            date.today(), 50, ContactMode.TELEFOON, ContactParty.MELDER, notes)
        assert reopened.cases.search("naief") == [case_id]  # found without diacritics too


def test_cancel_logs_nothing(setup: tuple[Path, Notebook, CasesPage, int], qtbot: QtBot,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    _path, notebook, page, case_id = setup

    asked: list[bool] = []

    def fill(dialog: ContactDialog) -> None:
        dialog.summary.setText("niet bewaren")
        answers = iter([False, True])  # first "keep typing", then "discard"
        dialog.discard_question = lambda: asked.append(True) or next(answers)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible() and dialog.summary.text() == "niet bewaren"  # Esc asked; she kept it
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    run_dialog(monkeypatch, fill)
    page.new_contact()
    assert asked == [True, True]
    assert [c.summary for c in notebook.cases.get(case_id).contacts] == ["Intake"]


def test_esc_on_an_untouched_dialog_closes_without_asking(setup: tuple[Path, Notebook, CasesPage, int],
                                                         qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: ContactDialog) -> None:
        dialog.discard_question = lambda: pytest.fail("asked although nothing was typed")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    run_dialog(monkeypatch, fill)
    setup[2].new_contact()


def test_the_case_can_be_chosen_in_the_dialog(setup: tuple[Path, Notebook, CasesPage, int],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _path, notebook, page, _case_id = setup
    other = notebook.cases.id_for_reference("2026-021")

    def fill(dialog: ContactDialog) -> None:
        assert dialog.minutes.value() == DEFAULT_MINUTES
        assert [dialog.case_combo.itemText(i) for i in range(dialog.case_combo.count())] == ["2026-021", "2026-020"]
        dialog.case_combo.setCurrentIndex(dialog.case_combo.findData(other))
        dialog.summary.setText("Vervolggesprek")
        dialog.accept()

    run_dialog(monkeypatch, fill)
    page.new_contact()
    assert other is not None
    assert page.case_view.case_id() == other
    assert "Vervolggesprek" in [c.summary for c in notebook.cases.get(other).contacts]


def test_without_consent_summary_and_notes_are_locked(qtbot: QtBot, notebook: Notebook,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    case = sample_case(melder=Melder(role=MelderRole.ONBEKEND), consent=Consent(registration=False))
    case.contacts[0].summary = None
    notebook.cases.add(case)
    assert case.id is not None
    page = CasesPage()
    qtbot.addWidget(page)
    page.set_notebook(notebook)
    page.show_case(case.id)

    def fill(dialog: ContactDialog) -> None:
        assert not dialog.summary.isEnabled() and not dialog.notes.isEnabled()
        assert dialog.consent_hint.isVisibleTo(dialog)
        dialog.minutes.setValue(20)
        dialog.accept()

    run_dialog(monkeypatch, fill)
    page.new_contact()
    contacts = notebook.cases.get(case.id).contacts
    assert [(c.minutes, c.summary, c.notes) for c in contacts] == [(45, None, None), (20, None, None)]


def test_a_contact_is_edited_from_the_timeline(setup: tuple[Path, Notebook, CasesPage, int],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _path, notebook, page, case_id = setup

    def fill(dialog: ContactDialog) -> None:
        assert dialog.summary.text() == "Intake"
        assert not dialog.case_combo.isEnabled()
        dialog.date_edit.set_day(date(2026, 1, 15))
        dialog.notes.setPlainText("Aangevuld na het gesprek")
        dialog.accept()

    run_dialog(monkeypatch, fill)
    timeline = page.case_view.contacts_section.timeline
    timeline.setCurrentRow(0)
    page.case_view.contacts_section._edit()
    contact = notebook.cases.get(case_id).contacts[0]
    assert (contact.date, contact.summary, contact.notes) == (date(2026, 1, 15), "Intake",
                                                              "Aangevuld na het gesprek")
    assert "15-01-2026" in timeline.item(0).text()


def test_a_contact_before_the_case_opened_is_refused_with_the_reason(
        setup: tuple[Path, Notebook, CasesPage, int], monkeypatch: pytest.MonkeyPatch) -> None:
    _path, notebook, page, case_id = setup
    warnings: list[str] = []
    monkeypatch.setattr("vpnotes.ui.case_list.show_error", lambda _parent, exc: warnings.append(exc.message))

    def fill(dialog: ContactDialog) -> None:
        dialog.date_edit.set_day(date(2026, 1, 14) - timedelta(days=30))
        dialog.accept()

    run_dialog(monkeypatch, fill)
    page.new_contact()
    assert warnings and "opening" in warnings[0]
    assert len(notebook.cases.get(case_id).contacts) == 1


def test_a_lock_while_the_dialog_is_open_saves_nothing(setup: tuple[Path, Notebook, CasesPage, int],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _path, notebook, page, case_id = setup

    def fill(dialog: ContactDialog) -> None:
        dialog.summary.setText("Getypt vlak voor de vergrendeling")
        page.set_notebook(None)  # the idle timer locks while the VP is typing
        dialog.accept()

    run_dialog(monkeypatch, fill)
    page.new_contact()
    assert [c.summary for c in notebook.cases.get(case_id).contacts] == ["Intake"]
    assert page.case_view.case() is None

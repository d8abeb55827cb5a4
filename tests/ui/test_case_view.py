"""The case view: every edit is saved at once and survives closing the
notebook; refused edits explain themselves; formal steps, consent, follow-ups,
AVG requests and records behave as the VP expects."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from helpers import PASSPHRASE, new_notebook, sample_case
from vpnotes.domain.dates import add_months
from vpnotes.domain.model import Betrokkene, Consent, FollowUp, Melder
from vpnotes.domain.vocabulary import (
    AvgRequestKind,
    Category,
    FollowUpKind,
    FormalStepKind,
    Gender,
    MelderRole,
    Relation,
)
from vpnotes.store.notebook import Notebook
from vpnotes.ui.case_view import CaseView
from vpnotes.ui.widgets import tr


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[tuple[Path, Notebook, int]]:
    """A notebook with one case (consent given, a betrokkene, a follow-up); yields path, notebook, case id."""
    path = tmp_path / "view.vpnotes"
    notebook = new_notebook(path)
    case = sample_case(
        reference="2026-010",
        melder=Melder(role=MelderRole.MEDEWERKER, name="Zoë Ëlberg", department="Financiën",
                      gender=Gender.V),
        betrokkenen=[Betrokkene(relation=Relation.LEIDINGGEVENDE, name="Pieter Bakker")],
        followups=[FollowUp(due=date.today() + timedelta(days=2), text="Terugbellen")],
        consent=Consent(registration=True, registration_date=date(2026, 1, 14)),
    )
    case.contacts[0].notes = "ruzie bij de koffieautomaat"
    notebook.cases.add(case)
    assert case.id is not None
    yield path, notebook, case.id
    if notebook.vault.is_open:
        notebook.close()


@pytest.fixture
def view(qtbot: QtBot, vault: tuple[Path, Notebook, int]) -> CaseView:
    _path, notebook, case_id = vault
    widget = CaseView()
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.set_notebook(notebook)
    widget.show_case(case_id)
    widget.show()
    return widget


def reopen(view: CaseView, vault: tuple[Path, Notebook, int]) -> Notebook:
    """Close the notebook as a lock does and open the file again."""
    path, notebook, _case_id = vault
    view.set_notebook(None)
    notebook.close()
    return Notebook.open(path, PASSPHRASE)


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def finish_typing(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Replace the text of ``edit`` by typing, then leave the field with Enter."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_editing_a_field_is_saved_at_once_and_survives_reopening(
        view: CaseView, vault: tuple[Path, Notebook, int], qtbot: QtBot) -> None:
    _path, _notebook, case_id = vault
    changed: list[int] = []
    view.caseChanged.connect(changed.append)
    finish_typing(qtbot, view.melder_section.email, "zoe@example.nl")
    finish_typing(qtbot, view.melder_section.department, "Inkoop")
    assert changed == [case_id, case_id]

    notebook = reopen(view, vault)
    try:
        melder = notebook.cases.get(case_id).melder
        assert (melder.email, melder.department, melder.name) == ("zoe@example.nl", "Inkoop", "Zoë Ëlberg")
    finally:
        notebook.close()


def test_code_fields_and_checklists_are_saved(view: CaseView, vault: tuple[Path, Notebook, int]) -> None:
    _path, notebook, case_id = vault
    section = view.case_section
    item = section.categories.findItems(section.categories.item(4).text(), Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)  # as a click or Space does
    outcome = view.outcome_section.referrals
    outcome.item(1).setCheckState(Qt.CheckState.Checked)
    stored = notebook.cases.get(case_id)
    assert stored.categories == [Category.PESTEN, Category.DISCRIMINATIE]
    assert [r.value for r in stored.referrals] == ["bedrijfsarts"]


def test_a_refused_edit_shows_why_and_returns_to_the_stored_value(
        view: CaseView, vault: tuple[Path, Notebook, int]) -> None:
    _path, notebook, case_id = vault
    closed = view.case_section.closed
    closed.check.setChecked(True)  # closed today: accepted
    assert notebook.cases.get(case_id).closed == date.today()
    closed.edit.setDate(closed.edit.date().addYears(-5))
    closed.edit.editingFinished.emit()  # before the opening date: refused
    assert view.message.isVisible()
    assert "sluitdatum" in view.message.text()  # the core's Dutch message
    assert notebook.cases.get(case_id).closed == date.today()
    assert closed.day() == date.today()

    # Unticking the only category is refused the same way.
    view.case_section.categories.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert notebook.cases.get(case_id).categories == [Category.PESTEN]
    assert view.case_section.categories.codes() == [Category.PESTEN]


def test_melding_misstand_shows_its_wbk_followups_at_once(view: CaseView, vault: tuple[Path, Notebook, int]) -> None:
    _path, notebook, case_id = vault
    steps = view.steps_section
    steps.kind.set_code(FormalStepKind.MELDING_MISSTAND)
    steps.date.set_day(date(2026, 2, 3))
    view.tabs.setCurrentIndex(2)
    add = [b for b in steps.findChildren(QPushButton) if b.accessibleName() == tr("Add formal step")]
    assert len(add) == 1
    add[0].click()

    ack, feedback = date(2026, 2, 10), add_months(date(2026, 2, 10), 3)
    assert steps.notice.isVisible()
    assert "10-02-2026" in steps.notice.text() and feedback.strftime("%d-%m-%Y") in steps.notice.text()
    shown = [view.followups_section.list.topLevelItem(i) for i in
             range(view.followups_section.list.topLevelItemCount())]
    dues = {item.text(1) for item in shown if item is not None}
    assert {"10-02-2026", feedback.strftime("%d-%m-%Y")} <= dues
    kinds = {f.kind for f in notebook.cases.get(case_id).followups}
    assert {FollowUpKind.WBK_ONTVANGSTBEVESTIGING, FollowUpKind.WBK_TERUGKOPPELING} <= kinds
    assert [s.kind for s in notebook.cases.get(case_id).formal_steps] == [FormalStepKind.MELDING_MISSTAND]
    assert ack.strftime("%d-%m-%Y") in steps.notice.text()


def test_withdrawing_consent_asks_then_erases_and_locks_identifying_fields(
        view: CaseView, vault: tuple[Path, Notebook, int], monkeypatch: pytest.MonkeyPatch) -> None:
    _path, notebook, case_id = vault
    registration = view.consent_section.registration

    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    registration.setChecked(False)
    assert asked
    assert registration.isChecked()
    assert notebook.cases.get(case_id).melder.name == "Zoë Ëlberg"

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    registration.setChecked(False)
    stored = notebook.cases.get(case_id)
    assert not stored.consent.registration
    assert (stored.melder.name, stored.melder.department, stored.melder.gender) == (None, None, None)
    assert [b.name for b in stored.betrokkenen] == [None]
    assert [c.notes for c in stored.contacts] == [None]
    assert [f.text for f in stored.followups] == [""]
    assert notebook.cases.search("koffieautomaat") == []
    assert stored.contacts[0].minutes == 45  # the statistics stay
    for field in view.melder_section.identifying_fields():
        assert not field.isEnabled()
    assert not view.records_section.breach.isEnabled()
    assert view.consent_hint.isVisible()
    assert view.melder_section.name.text() == ""
    assert view.melder_section.role.isEnabled()


def test_consent_back_on_unlocks_the_fields(view: CaseView, vault: tuple[Path, Notebook, int],
                                            monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    _path, notebook, case_id = vault
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    view.consent_section.registration.setChecked(False)
    view.consent_section.registration.setChecked(True)
    assert notebook.cases.get(case_id).consent.registration_date == view.consent_section.registration_date.day()
    assert view.melder_section.name.isEnabled()
    finish_typing(qtbot, view.melder_section.name, "Nieuwe Naam")
    assert notebook.cases.get(case_id).melder.name == "Nieuwe Naam"


def test_ticking_a_followup_marks_it_done(view: CaseView, vault: tuple[Path, Notebook, int]) -> None:
    _path, notebook, case_id = vault
    item = view.followups_section.list.topLevelItem(0)
    assert item is not None and item.text(2) == "Terugbellen"
    item.setCheckState(0, Qt.CheckState.Checked)
    assert notebook.cases.get(case_id).followups[0].done == date.today()
    assert notebook.items.agenda() == []
    item = view.followups_section.list.topLevelItem(0)
    assert item is not None
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert notebook.cases.get(case_id).followups[0].done is None


def test_avg_request_creates_the_one_month_followup(view: CaseView, vault: tuple[Path, Notebook, int]) -> None:
    _path, notebook, case_id = vault
    avg = view.avg_section
    avg.kind.set_code(AvgRequestKind.INZAGE)
    avg.received.set_day(date(2026, 3, 31))
    avg._add()
    assert avg.list.topLevelItemCount() == 1
    followups = notebook.cases.get(case_id).followups
    assert any(f.kind is FollowUpKind.AVG_VERZOEK and f.due == date(2026, 4, 30) for f in followups)
    shown = view.followups_section.list
    dues = [item.text(1) for i in range(shown.topLevelItemCount()) if (item := shown.topLevelItem(i))]
    assert "30-04-2026" in dues
    avg.list.setCurrentItem(avg.list.topLevelItem(0))
    avg._answered()
    assert notebook.items.avg_requests()[0].answered == date.today()


def test_breach_and_retention_hold_are_recorded(view: CaseView, vault: tuple[Path, Notebook, int],
                                                qtbot: QtBot) -> None:
    _path, notebook, case_id = vault
    view.tabs.setCurrentIndex(3)
    view.activateWindow()  # focus moves (and the justification is saved on leaving) in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    records = view.records_section
    records.breach.setChecked(True)
    records.justification.setFocus()
    records.justification.setPlainText("Wettelijke plicht: melding aan Veilig Thuis")
    records.hold.setFocus()  # leaving the justification (Tab, or a click elsewhere) saves it
    breach = notebook.cases.get(case_id).confidentiality_breach
    assert breach is not None and breach.justification.startswith("Wettelijke plicht")
    records.hold.setChecked(True)
    finish_typing(qtbot, records.hold_reason, "Klacht loopt")
    notebook2 = reopen(view, vault)
    try:
        stored = notebook2.cases.get(case_id)
        assert stored.confidentiality_breach is not None
        assert stored.confidentiality_breach.justification == "Wettelijke plicht: melding aan Veilig Thuis"
        assert stored.confidentiality_breach.date == date.today()
        assert stored.retention_hold is not None and stored.retention_hold.reason == "Klacht loopt"
    finally:
        notebook2.close()


def test_betrokkenen_can_be_added_edited_and_removed(view: CaseView, vault: tuple[Path, Notebook, int],
                                                     qtbot: QtBot) -> None:
    _path, notebook, case_id = vault
    section = view.betrokkenen_section
    section._add()
    assert section.list.topLevelItemCount() == 2
    section.relation.set_code(Relation.COLLEGA)
    finish_typing(qtbot, section.name, "Kees Molenaar")
    assert [(b.relation, b.name) for b in notebook.cases.get(case_id).betrokkenen] == [
        (Relation.LEIDINGGEVENDE, "Pieter Bakker"), (Relation.COLLEGA, "Kees Molenaar")]
    section.list.setCurrentItem(section.list.topLevelItem(0))
    assert section.name.text() == "Pieter Bakker"
    section._remove()
    assert [b.name for b in notebook.cases.get(case_id).betrokkenen] == ["Kees Molenaar"]


def test_copying_notes_goes_through_the_secret_clipboard(view: CaseView) -> None:
    timeline = view.contacts_section.timeline
    assert timeline.count() == 1
    assert "ruzie bij de koffieautomaat" in timeline.item(0).text()
    timeline.setCurrentRow(0)
    view.contacts_section._copy()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None
    assert "ruzie bij de koffieautomaat" in mime.text()
    assert mime.hasFormat("x-kde-passwordManagerHint")
    QGuiApplication.clipboard().clear()


def test_new_case_without_consent_has_identifying_fields_disabled(
        qtbot: QtBot, notebook: Notebook) -> None:
    case = sample_case(melder=Melder(role=MelderRole.ONBEKEND), consent=Consent(registration=False))
    case.contacts[0].summary = None
    notebook.cases.add(case)
    assert case.id is not None
    view = CaseView()
    qtbot.addWidget(view)
    view.set_notebook(notebook)
    view.show_case(case.id)
    assert not view.consent_section.registration.isChecked()
    for field in view.melder_section.identifying_fields():
        assert not field.isEnabled()
    assert view.melder_section.role.isEnabled()
    assert view.case_section.kind.isEnabled()


def test_show_case_none_and_no_notebook_empty_every_field(view: CaseView) -> None:
    assert view.melder_section.name.text() == "Zoë Ëlberg"
    view.melder_section.email.setFocus()
    view.melder_section.email.insert("zoe@example.nl")
    view.melder_section.email.selectAll()
    view.melder_section.email.del_()  # typed, then erased by hand: still in the undo history
    assert view.melder_section.email.isUndoAvailable()
    view.set_notebook(None)
    assert not view.melder_section.email.isUndoAvailable()
    assert view.case() is None
    assert view.melder_section.name.text() == ""
    assert view.contacts_section.timeline.count() == 0
    assert view.betrokkenen_section.list.topLevelItemCount() == 0
    assert view.title.text() == ""


def test_ctrl_c_anywhere_in_the_case_copies_only_through_the_secret_clipboard(
        qtbot: QtBot, vault: tuple[Path, Notebook, int]) -> None:
    from vpnotes.ui.case_list import CasesPage

    _path, notebook, case_id = vault
    page = CasesPage()
    qtbot.addWidget(page)
    page.set_notebook(notebook)
    page.show_case(case_id)
    page.show()
    board = QGuiApplication.clipboard()
    view = page.case_view

    name = view.melder_section.name
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    followups = view.followups_section.list
    followups.setCurrentItem(followups.topLevelItem(0), 2)
    copied_name = board.mimeData()
    assert copied_name is not None and copied_name.text() == "Zoë Ëlberg"
    assert copied_name.hasFormat("x-kde-passwordManagerHint")

    qtbot.keyClick(followups, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied_followup = board.mimeData()
    assert copied_followup is not None and copied_followup.text() == "Terugbellen"
    assert copied_followup.hasFormat("x-kde-passwordManagerHint")

    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied_reference = board.mimeData()
    assert copied_reference is not None and copied_reference.text() == "2026-010"
    assert copied_reference.hasFormat("x-kde-passwordManagerHint")

    # Cut in a field removes the text and copies it the same way.
    department = view.melder_section.department
    department.selectAll()
    qtbot.keyClick(department, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert department.text() == ""
    cut = board.mimeData()
    assert cut is not None and cut.text() == "Financiën" and cut.hasFormat("x-kde-passwordManagerHint")
    board.clear()


@pytest.mark.parametrize("width", [780, 1500])
def test_the_case_tab_never_scrolls_sideways(view: CaseView, qtbot: QtBot, width: int) -> None:
    """At the width a 1366-pixel laptop leaves beside the list the melder goes below the case; with room
    to spare the two stand side by side. Either way every field is reachable without a sideways scroll."""
    view.resize(width, 700)
    view.show()
    qtbot.waitExposed(view)
    overview = view.overview
    qtbot.waitUntil(lambda: not overview.horizontalScrollBar().isVisible()
                    and overview.widget().width() <= overview.viewport().width())
    beside = view.melder_section.x() > view.case_section.x()
    assert beside == (width == 1500)
    assert overview.columns == (2 if beside else 1)

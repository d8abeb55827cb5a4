"""The VP's practice in the app (docs/practice.md): the patterns view (the VP's
eyes only), the anonymised casus and the hours-and-expenses statement, and the
"Report" menu that offers them. Dialogs are driven as the VP would; the worker
is synchronous. Each test checks what the VP sees and what is written."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from helpers import PASSPHRASE
from helpers.practice_data import MAIN_REFERENCE, practice_notebook
from helpers.qt import texts_in, unlock_with
from vpnotes.demo import create_demo
from vpnotes.practice.redact import Redactor
from vpnotes.store.notebook import Notebook
from vpnotes.ui.main_window import MainWindow
from vpnotes.ui.patterns_view import PatternsDialog
from vpnotes.ui.practice_dialogs import CasusDialog, StatementDialog
from vpnotes.ui.report_actions import controller
from vpnotes.ui.report_wizard import ReportWizard
from vpnotes.ui.worker import Busy

TODAY = date(2026, 3, 1)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Notebook]:
    path = tmp_path / "demo.vpnotes"
    create_demo(path, PASSPHRASE, profile=0, today=TODAY)
    notebook = Notebook.open(path, PASSPHRASE)
    yield notebook
    if notebook.vault.is_open:
        notebook.close()


@pytest.fixture
def practice(tmp_path: Path) -> Iterator[Notebook]:
    notebook = practice_notebook(tmp_path / "practice.vpnotes")
    yield notebook
    if notebook.vault.is_open:
        notebook.close()


def infos_of(dialog: Any, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialog, "info_box", shown.append)
    return shown


def tree_texts(dialog: PatternsDialog) -> list[str]:
    lines: list[str] = []

    def walk(item: Any, depth: int) -> None:
        lines.append("  " * depth + " | ".join(item.text(c) for c in range(3)).rstrip(" |"))
        for i in range(item.childCount()):
            walk(item.child(i), depth + 1)

    for i in range(dialog.tree.topLevelItemCount()):
        walk(dialog.tree.topLevelItem(i), 0)
    return lines


# -- patterns ------------------------------------------------------------------------------------


def test_patterns_view_lists_recurring_departments_with_references_for_the_vp_only(
        qtbot: Any, demo: Notebook) -> None:
    dialog = PatternsDialog(demo, Busy(), None, today=TODAY)
    qtbot.addWidget(dialog)
    assert "Alleen voor uw ogen" in dialog.private.text()
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("vandijk"))
    assert dialog.period.currentText() == "Laatste 12 maanden"
    lines = tree_texts(dialog)
    assert lines[0].startswith("Van Dijk Installatietechniek BV")
    assert "02-03-2025 t/m 01-03-2026" in lines[0]
    departments = lines.index("  Terugkerende afdelingen")
    assert lines[departments + 1].startswith("    Montage | 12 | melder daar: 11, betrokkene daar: 2 · 2025-005")
    assert "  Terugkerende betrokkenen" in lines
    assert any(line.startswith("  Stijgende categorieën, 2025 (tot nu) tegen 2024")
               or line.startswith("  Stijgende categorieën, 2026 (tot nu) tegen 2025") for line in lines)
    assert "een afdeling met 3 of meer zaken" in dialog.thresholds.text()

    dialog.period.setCurrentIndex(dialog.period.findData(2024))  # a report year
    assert "01-01-2024 t/m 31-12-2024" in tree_texts(dialog)[0]

    demo.policy.set("patterns.department_min_cases", 13)  # a stricter policy: Montage (12) no longer recurs
    dialog.period.setCurrentIndex(0)
    assert not any("Montage" in line for line in tree_texts(dialog))
    assert "13 of meer zaken" in dialog.thresholds.text()


# -- casus ---------------------------------------------------------------------------------------


def test_casus_dialog_writes_the_chosen_case_and_reminds_to_read_it(
        qtbot: Any, practice: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = practice.cases.id_for_reference(MAIN_REFERENCE)
    dialog = CasusDialog(practice, Busy(), None, case_id=case_id)
    qtbot.addWidget(dialog)
    infos = infos_of(dialog, monkeypatch)
    assert dialog.reference() == MAIN_REFERENCE  # the case shown in the case view
    assert "Lees de casus helemaal door" in dialog.reminder.text()

    dialog.path.setText(str(tmp_path / "casus.pdf"))
    dialog.export_button.click()
    assert dialog.message.text() == "Kies een bestandsnaam op .docx of .txt."
    assert not (tmp_path / "casus.pdf").exists()

    dialog.include_notes.setChecked(True)
    dialog.precision.setCurrentIndex(1)  # months
    dialog.path.setText(str(tmp_path / "casus.docx"))
    dialog.export_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with zipfile.ZipFile(tmp_path / "casus.docx") as package:
        body = package.read("word/document.xml").decode("utf-8")
    assert "maand 1" in body and "Öztürk" not in body and MAIN_REFERENCE not in body
    assert len(infos) == 1 and str(tmp_path / "casus.docx") in infos[0] and "Lees de casus" in infos[0]
    assert [e.detail for e in practice.audit.entries() if e.event == "casus_exported"] == ["docx notes"]


def test_casus_warnings_are_acknowledged_in_the_dialog_before_writing(
        qtbot: Any, practice: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = practice.cases.id_for_reference(MAIN_REFERENCE)
    assert case_id is not None
    case = practice.cases.get(case_id)
    case.contacts[0].summary = "Zij werkt in het zxq-team aan project PRJ-42."
    practice.items.update_contact(case_id, case.contacts[0])
    dialog = CasusDialog(practice, Busy(), None, case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    infos = infos_of(dialog, monkeypatch)
    dialog.path.setText(str(tmp_path / "casus.txt"))
    dialog.export_button.click()
    assert not (tmp_path / "casus.txt").exists()
    words = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any("“zxq”" in w and "geen gewoon Nederlands woord" in w for w in words)
    assert dialog.accept_warnings.isVisible() and not dialog.accept_warnings.isChecked()
    assert "woorden om te controleren" in dialog.message.text()
    dialog.grab().save(str(tmp_path / "casus-warnings.png"))

    dialog.accept_warnings.setChecked(True)
    dialog.export_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "zxq" in (tmp_path / "casus.txt").read_text("utf-8")
    assert len(infos) == 1
    assert [e.detail for e in practice.audit.entries() if e.event == "casus_exported"] == [
        "txt warnings_accepted=2"]


def test_casus_acknowledgement_is_forgotten_when_the_choice_changes(
        qtbot: Any, practice: Notebook, tmp_path: Path) -> None:
    dialog = CasusDialog(practice, Busy(), None)
    qtbot.addWidget(dialog)
    dialog.accept_warnings.show()
    dialog.accept_warnings.setChecked(True)
    dialog.include_notes.setChecked(True)  # other text, other words: checked anew
    assert dialog.accept_warnings.isHidden() and not dialog.accept_warnings.isChecked()


def test_casus_refused_by_the_screening_lists_the_words_and_writes_nothing(
        qtbot: Any, practice: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Redactor, "redact", lambda self, text: text)  # were the redaction to miss the names
    dialog = CasusDialog(practice, Busy(), None)
    qtbot.addWidget(dialog)
    dialog.case.setCurrentIndex(dialog.case.findData(MAIN_REFERENCE))
    dialog.path.setText(str(tmp_path / "casus.txt"))
    dialog.export_button.click()
    assert not (tmp_path / "casus.txt").exists()
    assert "na anonimisering nog herleidbare tekst" in dialog.message.text()
    words = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert dialog.findings.isVisibleTo(dialog)
    assert any("Çiğdem Öztürk-de Vries" in w for w in words)
    assert dialog.result() != QDialog.DialogCode.Accepted


# -- statement -----------------------------------------------------------------------------------


def test_statement_dialog_writes_a_csv_for_one_organisation(
        qtbot: Any, demo: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = StatementDialog(demo, Busy(), None, today=TODAY)
    qtbot.addWidget(dialog)
    infos = infos_of(dialog, monkeypatch)
    assert dialog.first.date() == QDate(2026, 1, 1) and dialog.last.date() == QDate(2026, 2, 1)
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("vandijk"))
    dialog.first.setDate(QDate(2025, 1, 1))
    dialog.last.setDate(QDate(2025, 12, 1))
    dialog.path.setText(str(tmp_path / "uren.csv"))
    dialog.export_button.click()
    data = (tmp_path / "uren.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Soort werk;Uren"  # case work by default only as the period's total
    months = lines.index("") + 1
    assert lines[months].startswith("Maand;Totaal uren;") and lines[months + 1].startswith("2025-01;")
    assert lines[months + 12].startswith("2025-12;") and lines[months + 13].startswith("Totaal;")
    assert "niets" not in infos[0] and str(tmp_path / "uren.csv") in infos[0]
    assert [e.detail for e in demo.audit.entries() if e.event == "statement_exported"] == [
        "vandijk 2025-01..2025-12 csv"]

    assert not dialog.per_month.isChecked()

    again = StatementDialog(demo, Busy(), None, today=TODAY)
    qtbot.addWidget(again)
    again.first.setDate(QDate(2025, 6, 1))
    again.last.setDate(QDate(2025, 1, 1))
    again.path.setText(str(tmp_path / "omgekeerd.docx"))
    again.export_button.click()
    assert "vóór de beginmaand" in again.message.text()
    assert not (tmp_path / "omgekeerd.docx").exists()


# -- the menu ------------------------------------------------------------------------------------


def test_the_report_menu_opens_each_dialog_and_a_lock_closes_it(
        main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "today.vpnotes"
    create_demo(path, PASSPHRASE, profile=0)
    demo = Notebook.open(path, PASSPHRASE)
    demo.policy.set("retention_years", 10)  # nothing due for erasure: no reminder at opening
    actions = controller(main_window)
    assert actions is not None
    menu = [a.text() for a in main_window.menu("report").actions() if not a.isSeparator()]
    assert menu == ["&Jaarverslag…", "&Bijdrage voor een gezamenlijk jaarverslag…", "&Patronen in zaken…",
                    "&Casus voor intervisie…", "&Urenoverzicht en kosten…"]
    assert not actions.report_action.isEnabled()  # no notebook open

    unlock_with(main_window, demo, PASSPHRASE)
    assert actions.report_action.isEnabled()
    actions.today = TODAY
    seen: list[QDialog] = []
    leftover: list[str] = []

    def run(dialog: QDialog) -> int:
        seen.append(dialog)
        if isinstance(dialog, PatternsDialog):
            main_window.lock()  # the idle timer, say, while the dialog is open
            leftover.extend(texts_in(main_window))
        return int(dialog.result())

    monkeypatch.setattr(actions, "run_dialog", run)
    cases = main_window.pages["cases"]
    notebook = main_window.notebook
    assert notebook is not None
    shown = notebook.cases.id_for_reference("2025-001")
    assert shown is not None
    cases.show_case(shown)  # type: ignore[attr-defined]
    actions.casus_action.trigger()
    assert isinstance(seen[-1], CasusDialog) and seen[-1].reference() == "2025-001"
    actions.statement_action.trigger()
    assert isinstance(seen[-1], StatementDialog)
    actions.report_action.trigger()
    assert isinstance(seen[-1], ReportWizard)
    actions.patterns_action.trigger()
    assert isinstance(seen[-1], PatternsDialog)
    assert seen[-1].result() == QDialog.DialogCode.Rejected  # closed by the lock
    assert not main_window.session.is_open
    assert not any("Montage" in text for text in leftover)


def test_statement_per_month_only_when_asked_and_told_what_it_reveals(
        qtbot: Any, demo: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = StatementDialog(demo, Busy(), None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    infos_of(dialog, monkeypatch)
    assert not dialog.per_month_warning.isVisible()
    dialog.per_month.setChecked(True)
    assert dialog.per_month_warning.isVisible()
    assert "45 minuten" in dialog.per_month_warning.text()
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("vandijk"))
    dialog.first.setDate(QDate(2025, 1, 1))
    dialog.last.setDate(QDate(2025, 12, 1))
    dialog.path.setText(str(tmp_path / "per-maand.csv"))
    dialog.grab().save(str(tmp_path / "statement-per-month.png"))
    dialog.export_button.click()
    lines = (tmp_path / "per-maand.csv").read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("Let op: ") and lines[1].startswith("Maand;Gesprekken in zaken;")
    assert [e.detail for e in demo.audit.entries() if e.event == "statement_exported"] == [
        "vandijk 2025-01..2025-12 csv per-month"]

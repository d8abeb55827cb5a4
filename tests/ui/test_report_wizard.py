"""The annual report in the app (issue 4, item 4): the wizard from organisation
and year to a written report, driven as the VP would (the worker is
synchronous). Each test checks what the VP sees (the preview, the screening
list, the Export button) and what is written (the file, the event log)."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QDialog, QWizard

from helpers import PASSPHRASE
from vpnotes.demo import create_demo
from vpnotes.report.document import Table
from vpnotes.report.service import prepare_report
from vpnotes.store.notebook import Notebook
from vpnotes.ui.report_wizard import MinCellDialog, ReportWizard
from vpnotes.ui.signals import SignalDialog
from vpnotes.ui.worker import Busy

TODAY = date(2026, 3, 1)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Notebook]:
    """The demo notebook (three organisations, three report years) with the test key profile."""
    path = tmp_path / "demo.vpnotes"
    create_demo(path, PASSPHRASE, profile=0, today=TODAY)
    notebook = Notebook.open(path, PASSPHRASE)
    yield notebook
    if notebook.vault.is_open:
        notebook.close()


class Answers:
    """Plays the VP in the wizard's dialogs and message boxes."""

    def __init__(self, wizard: ReportWizard, monkeypatch: pytest.MonkeyPatch) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.questions: list[str] = []
        self.answer = True
        self.path = ""
        self.dialog_steps: list[Any] = []
        self.dialogs: list[QDialog] = []
        monkeypatch.setattr(wizard, "error_box", self.errors.append)
        monkeypatch.setattr(wizard, "info_box", self.infos.append)
        monkeypatch.setattr(wizard, "ask", self._ask)
        monkeypatch.setattr(wizard, "choose_path", lambda _suggestion: self.path)
        monkeypatch.setattr(wizard, "run_dialog", self._run)

    def _ask(self, _title: str, text: str) -> bool:
        self.questions.append(text)
        return self.answer

    def _run(self, dialog: QDialog) -> bool:
        self.dialogs.append(dialog)
        step = self.dialog_steps.pop(0)
        return bool(step(dialog))


def make_wizard(qtbot: Any, notebook: Notebook, monkeypatch: pytest.MonkeyPatch) -> tuple[ReportWizard, Answers]:
    wizard = ReportWizard(notebook, Busy(), None, today=TODAY)
    qtbot.addWidget(wizard)
    answers = Answers(wizard, monkeypatch)
    wizard.show()
    return wizard, answers


def choose(wizard: ReportWizard, organisation: str | None, year: int) -> None:
    scope = wizard.scope
    scope.organisation.setCurrentIndex(scope.organisation.findData(organisation))
    scope.year.setCurrentIndex(scope.year.findData(year))


def to_check_page(wizard: ReportWizard) -> None:
    if wizard.currentId() == wizard.scope_id:
        wizard.next()
    if wizard.currentId() == wizard.texts_id:
        wizard.next()
    assert wizard.currentId() == wizard.check_id


def export_enabled(wizard: ReportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def finding_lines(wizard: ReportWizard) -> list[str]:
    items = wizard.check.findings
    return [items.item(i).text() for i in range(items.count())]


def preview_tables(wizard: ReportWizard) -> list[list[list[str]]]:
    """Every table of the preview as the VP sees it: rows of cell texts."""
    tables: list[list[list[str]]] = []
    for frame in wizard.check.preview.document().rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        rows = []
        for r in range(frame.rows()):
            row = []
            for c in range(frame.columns()):
                cell = frame.cellAt(r, c)
                cursor = cell.firstCursorPosition()
                cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
                row.append(" ".join(cursor.selectedText().split()))
            rows.append(row)
        tables.append(rows)
    return tables


def melder_name(notebook: Notebook, organisation: str) -> str:
    return next(c.melder.name for c in notebook.cases.all()
                if c.organisation == organisation and c.melder.name and " " in c.melder.name)


# -- scope ----------------------------------------------------------------------------------------


def test_scope_offers_each_organisation_the_overview_and_a_schooljaar(
        qtbot: Any, demo: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard, _ = make_wizard(qtbot, demo, monkeypatch)
    scope = wizard.scope
    names = [scope.organisation.itemText(i) for i in range(scope.organisation.count())]
    assert names == ["Zorggroep Het Baken", "Stedelijk Lyceum De Horizon", "Scheldeland Logistiek NV",
                     "Van Dijk Installatietechniek BV", "Alle organisaties: overzicht"]
    choose(wizard, "horizon", 2025)
    years = [scope.year.itemText(i) for i in range(scope.year.count())]
    assert "2025-2026" in years and "2024-2025" in years
    assert scope.year.currentText() == "2025-2026"
    choose(wizard, "vandijk", 2025)
    assert scope.year.currentText() == "2025"  # the last complete year by default
    assert "5" in scope.stored_k.text()
    assert scope.stricter.minimum() == 5  # only stricter for this report
    assert scope.change_k.isEnabled()
    choose(wizard, None, 2025)
    assert not scope.change_k.isEnabled()  # the stored value belongs to one organisation


# -- preview --------------------------------------------------------------------------------------


def test_preview_shows_the_prepared_figures_and_hides_small_counts(
        qtbot: Any, demo: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard, _ = make_wizard(qtbot, demo, monkeypatch)
    choose(wizard, "vandijk", 2025)
    to_check_page(wizard)
    assert wizard.prepared is not None
    expected = prepare_report(demo, "vandijk", 2025, wizard.texts.introduction.toPlainText())
    tables = [e for e in expected.document.elements if isinstance(e, Table)]
    shown = preview_tables(wizard)
    assert len(shown) == len(tables)
    for table, rows in zip(tables, shown, strict=True):
        want = [list(table.header), *map(list, table.rows)] + ([list(table.total)] if table.total else [])
        assert rows == [[" ".join(cell.split()) for cell in row] for row in want]
    k = expected.min_cell
    cells = [cell for rows in shown for row in rows for cell in row[1:]]
    hidden = [c for c in cells if c in ("x", f"< {k}")]  # the core's marks for a hidden count
    assert hidden
    small = [c for c in cells if re.fullmatch(r"\d+", c) and 1 <= int(c) < k]
    activity_table = shown[-1]  # preventive activities are not about persons: shown as they are
    assert all(c in [cell for row in activity_table for cell in row] for c in small)
    text = wizard.check.preview.toPlainText()
    assert "Samengevoegd in" in text
    assert "Jaarverslag vertrouwenspersoon" in text and "Van Dijk Installatietechniek BV · 2025" in text
    assert wizard.check.preview.report is not None
    assert wizard.check.preview.loadResource(2, "vpnotes-chart:0") is not None  # the chart
    assert finding_lines(wizard) == []
    assert "kan worden geëxporteerd" in wizard.check.status.text()
    assert export_enabled(wizard)


# -- screening ------------------------------------------------------------------------------------


def test_a_name_in_the_introduction_blocks_export_until_it_is_changed(
        qtbot: Any, demo: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard, _ = make_wizard(qtbot, demo, monkeypatch)
    name = melder_name(demo, "vandijk")
    choose(wizard, "vandijk", 2025)
    wizard.next()
    wizard.texts.introduction.setPlainText(f"Een bijzonder jaar, waarin {name} ons veel leerde.")
    wizard.next()
    lines = finding_lines(wizard)
    assert len(lines) == 1 and name in lines[0] and "Inleiding" in lines[0] and "Blokkeert" in lines[0]
    assert not export_enabled(wizard)
    assert name not in wizard.check.preview.toPlainText() or not export_enabled(wizard)

    # "Change this text" takes the VP to the word in the introduction.
    wizard.check.findings.setCurrentRow(0)
    qtbot.mouseClick(wizard.check.fix_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == wizard.texts_id
    assert wizard.texts.introduction.textCursor().selectedText() == name
    wizard.texts.introduction.setPlainText("Een bijzonder jaar, waarin we veel leerden.")
    wizard.next()
    assert finding_lines(wizard) == []
    assert export_enabled(wizard)


def test_each_warning_must_be_acknowledged_before_export(
        qtbot: Any, demo: Notebook, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    wizard, answers = make_wizard(qtbot, demo, monkeypatch)
    first_names = [n.split()[0] for n in (c.melder.name for c in demo.cases.all()
                                          if c.organisation == "vandijk" and c.melder.name)]
    one, two = first_names[0], next(n for n in first_names if n != first_names[0])
    choose(wizard, "vandijk", 2025)
    wizard.next()
    wizard.texts.introduction.setPlainText(f"Dank aan {one} en aan {two} voor de samenwerking.")
    wizard.next()
    items = wizard.check.findings
    assert items.count() == 2
    assert all(items.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable for i in range(2))
    assert not export_enabled(wizard)
    items.item(0).setCheckState(Qt.CheckState.Checked)
    assert not export_enabled(wizard)
    items.item(1).setCheckState(Qt.CheckState.Checked)
    assert export_enabled(wizard)
    items.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert not export_enabled(wizard)
    items.item(1).setCheckState(Qt.CheckState.Checked)

    answers.path = str(tmp_path / "verslag.docx")
    wizard.accept()
    assert Path(answers.path).is_file()
    events = [e.event for e in demo.audit.entries()]
    assert "screening_accepted" in events and "report_exported" in events
    assert not any(one in (e.detail or "") for e in demo.audit.entries())  # acknowledged without the words


def test_a_blocking_hit_in_a_signal_is_fixed_by_editing_the_signal(
        qtbot: Any, demo: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    name = melder_name(demo, "vandijk")
    signal = demo.work.signals("vandijk", 2025)[0]
    signal.text = f"{signal.text} Dit speelde rond {name}."
    demo.work.update_signal(signal)
    wizard, answers = make_wizard(qtbot, demo, monkeypatch)
    choose(wizard, "vandijk", 2025)
    wizard.next()
    signals = [wizard.texts.signals.item(i).text() for i in range(wizard.texts.signals.count())]
    assert signal.text in signals
    wizard.next()
    lines = finding_lines(wizard)
    assert any(name in line and "Signaal 1" in line for line in lines)
    assert not export_enabled(wizard)

    def edit(dialog: SignalDialog) -> bool:
        dialog.text.set_text(dialog.text.text().replace(f" Dit speelde rond {name}.", ""))
        return True

    answers.dialog_steps.append(edit)
    wizard.check.findings.setCurrentRow(0)
    wizard.check.fix_selected()
    assert isinstance(answers.dialogs[-1], SignalDialog)
    assert finding_lines(wizard) == []  # checked again at once
    assert export_enabled(wizard)
    assert name not in demo.work.signals("vandijk", 2025)[0].text


# -- export ---------------------------------------------------------------------------------------


def test_export_writes_a_word_file_and_json_of_the_design_shape(
        qtbot: Any, demo: Notebook, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    wizard, answers = make_wizard(qtbot, demo, monkeypatch)
    choose(wizard, "vandijk", 2025)
    to_check_page(wizard)
    answers.path = str(tmp_path / "jaarverslag")  # no extension: Word
    wizard.accept()
    written = tmp_path / "jaarverslag.docx"
    assert wizard.result() == QDialog.DialogCode.Accepted
    with zipfile.ZipFile(written) as package:
        body = package.read("word/document.xml").decode("utf-8")
    assert "Kerncijfers" in body and "Zaken per categorie" in body
    assert any(str(written) in message for message in answers.infos)

    wizard, answers = make_wizard(qtbot, demo, monkeypatch)
    choose(wizard, "vandijk", 2025)
    to_check_page(wizard)
    answers.path = str(tmp_path / "cijfers.json")
    wizard.accept()
    data = json.loads((tmp_path / "cijfers.json").read_text(encoding="utf-8"))
    assert data["format"] == "vpnotes-report" and data["version"] == 1
    assert data["organisation"] == "vandijk" and data["year"] == "2025" and data["min_cell"] == 5
    assert set(data["cases"]) == {"total", "new", "carried_over"}
    assert "categories" in data["tables"] and data["signals"]
    for table in data["tables"].values():
        for row in table["rows"]:
            if row.get("suppressed"):
                assert row["count"] is None
            else:
                assert row["count"] == 0 or row["count"] >= 5
    logged = [e.detail for e in demo.audit.entries() if e.event == "report_exported"]
    assert logged == ["format=docx year=2025 organisation=vandijk min_cell=5",
                      "format=json year=2025 organisation=vandijk min_cell=5"]


def test_an_existing_file_is_not_overwritten(
        qtbot: Any, demo: Notebook, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "verslag.docx"
    target.write_bytes(b"earlier")
    wizard, answers = make_wizard(qtbot, demo, monkeypatch)
    to_check_page(wizard)
    answers.path = str(target)
    wizard.accept()
    assert target.read_bytes() == b"earlier"
    assert answers.errors and wizard.isVisible()  # the wizard stays open for another name
    assert export_enabled(wizard)


# -- minimum cell size ----------------------------------------------------------------------------


def test_changing_the_stored_minimum_cell_size_is_confirmed_and_logged(
        qtbot: Any, demo: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard, answers = make_wizard(qtbot, demo, monkeypatch)
    choose(wizard, "vandijk", 2025)

    def lower_to_3(dialog: MinCellDialog) -> bool:
        assert "Van Dijk Installatietechniek BV" in dialog.findChildren(type(wizard.scope.stored_k))[0].text()
        dialog.value.setValue(3)
        return True

    # Declined at the confirmation: nothing changes.
    answers.answer = False
    answers.dialog_steps.append(lower_to_3)
    wizard.scope.change_k.click()
    assert len(answers.questions) == 1 and "van 5 naar 3" in answers.questions[0]
    assert demo.organisations.get("vandijk").min_cell == 5
    assert "policy_changed" not in [e.event for e in demo.audit.entries()]

    answers.answer = True
    answers.dialog_steps.append(lower_to_3)
    wizard.scope.change_k.click()
    assert demo.organisations.get("vandijk").min_cell == 3
    assert [e.detail for e in demo.audit.entries() if e.event == "policy_changed"] == ["min_cell.vandijk"]
    assert "3" in wizard.scope.stored_k.text() and wizard.scope.stricter.value() == 3

    # A stricter value for this report only: the preview and the export use it, the policy stays.
    wizard.scope.stricter.setValue(7)
    to_check_page(wizard)
    assert wizard.prepared is not None and wizard.prepared.min_cell == 7
    assert "minder dan 7" in wizard.check.preview.toPlainText()
    assert demo.organisations.get("vandijk").min_cell == 3


def test_the_overview_has_no_signals_and_the_largest_k(
        qtbot: Any, demo: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    demo.policy.set("min_cell.horizon", 6)
    wizard, _ = make_wizard(qtbot, demo, monkeypatch)
    choose(wizard, None, 2025)
    assert "6" in wizard.scope.stored_k.text()
    wizard.next()
    assert wizard.texts.signals.count() == 0 and "overzicht" in wizard.texts.signals_note.text()
    assert "4 organisaties" in wizard.texts.introduction.toPlainText()
    wizard.next()
    assert wizard.prepared is not None and wizard.prepared.organisation is None
    assert "Zaken per organisatie" in wizard.check.preview.toPlainText()


def test_activity_descriptions_go_in_only_when_chosen(
        qtbot: Any, demo: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    described = [a.description for a in demo.work.activities("vandijk", date(2025, 1, 1), date(2026, 1, 1))
                 if a.description]
    assert described
    wizard, _ = make_wizard(qtbot, demo, monkeypatch)
    choose(wizard, "vandijk", 2025)
    to_check_page(wizard)
    assert "Toelichting bij de activiteiten" not in wizard.check.preview.toPlainText()
    wizard.back()
    wizard.texts.descriptions.setChecked(True)
    wizard.next()
    text = " ".join(wizard.check.preview.toPlainText().split())
    assert "Toelichting bij de activiteiten" in text
    assert " ".join(described[0].split()) in text

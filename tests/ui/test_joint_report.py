"""The joint annual report in the app (DESIGN.md §10), driven with pytest-qt (the
worker is synchronous): the contribution dialog from organisation and year to a
file, and the report wizard's step that adds contributions with their
passphrases, shows the joint figures in the preview and exports them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from helpers import PASSPHRASE, new_notebook
from report.report_fixtures import add_cases, add_signal, many
from vpnotes.domain.model import Organisation
from vpnotes.lifecycle.contribution import write_contribution
from vpnotes.store.notebook import Notebook
from vpnotes.ui.contribution_dialog import ContributionDialog
from vpnotes.ui.report_wizard import ReportWizard
from vpnotes.ui.worker import Busy

TODAY = date(2026, 3, 1)
CONTRIBUTION = "oranje kameel danst rond elf vuurtorens"


@pytest.fixture
def own(tmp_path: Path) -> Iterator[Notebook]:
    notebook = new_notebook(tmp_path / "eigen.vpnotes")
    add_cases(notebook, many(9, department="Financiën", name="Roos Bakker"))
    add_signal(notebook, 2025, "Meer aandacht voor werkdruk.")
    yield notebook
    if notebook.vault.is_open:
        notebook.close()


def other_contribution(tmp_path: Path, name: str, count: int, organisation: str = "ACME bv") -> Path:
    notebook = new_notebook(tmp_path / f"{name}-own.vpnotes", organisation=None)
    notebook.organisations.add(Organisation("x", organisation))
    add_cases(notebook, [s for s in many(count, organisation="x")])
    path = write_contribution(notebook, tmp_path / f"{name}.vpnotes", CONTRIBUTION, "x", 2025).path
    notebook.close()
    return path


# -- the contribution dialog --------------------------------------------------------------------


def make_dialog(qtbot: Any, notebook: Notebook) -> ContributionDialog:
    dialog = ContributionDialog(notebook, Busy(), None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_counts_screens_asks_the_passphrase_twice_and_writes(
        qtbot: Any, own: Notebook, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, own)
    assert dialog.year.currentText() == "2025"
    assert "zaken: 9" in dialog.summary.text() and "signalen: 1" in dialog.summary.text()
    assert not dialog.write_button.isEnabled()
    dialog.path.setText(str(tmp_path / "bijdrage"))
    dialog.fields.passphrase.setText("te kort")
    assert not dialog.write_button.isEnabled() and dialog.problem.text()
    dialog.fields.passphrase.setText(CONTRIBUTION)
    dialog.fields.repeat.setText(CONTRIBUTION + "x")
    assert not dialog.write_button.isEnabled()
    dialog.fields.repeat.setText(CONTRIBUTION)
    assert dialog.write_button.isEnabled()
    dialog.write_button.click()
    assert dialog.result_info is not None and dialog.result_info.path == tmp_path / "bijdrage.vpnotes"
    assert "apart" in dialog.done_message.text()
    assert not dialog.write_button.isEnabled() and not dialog.fields.text()
    assert [e.event for e in own.audit.entries()][-1] == "contribution_written"
    with Notebook.open(tmp_path / "bijdrage.vpnotes", CONTRIBUTION) as contribution:
        assert contribution.is_contribution and len(contribution.cases.all()) == 9


def test_a_signal_with_a_name_blocks_the_dialog(qtbot: Any, own: Notebook, tmp_path: Path) -> None:
    add_signal(own, 2025, "Roos Bakker kreeg geen steun.")
    dialog = make_dialog(qtbot, own)
    dialog.path.setText(str(tmp_path / "bijdrage.vpnotes"))
    dialog.fields.passphrase.setText(CONTRIBUTION)
    dialog.fields.repeat.setText(CONTRIBUTION)
    assert dialog.findings.count() >= 1 and "Bakker" in dialog.findings.item(0).text()
    assert not dialog.write_button.isEnabled() and "Signalen" in dialog.problem.text()
    assert not (tmp_path / "bijdrage.vpnotes").exists()


# -- the wizard step ------------------------------------------------------------------------------


def make_wizard(qtbot: Any, notebook: Notebook, monkeypatch: pytest.MonkeyPatch,
                files: list[tuple[Path, str]]) -> ReportWizard:
    wizard = ReportWizard(notebook, Busy(), None, today=TODAY)
    qtbot.addWidget(wizard)
    page = wizard.contributions
    answers = list(files)
    current: dict[str, str] = {}

    def choose() -> str:
        path, passphrase = answers.pop(0)
        current["passphrase"] = passphrase
        return str(path)

    monkeypatch.setattr(page, "choose_file", choose)
    monkeypatch.setattr(page, "ask_passphrase", lambda _name: current["passphrase"])
    monkeypatch.setattr(wizard, "error_box", lambda _m: None)
    wizard.show()
    return wizard


def test_the_step_adds_contributions_and_the_preview_shows_joint_figures(
        qtbot: Any, own: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = other_contribution(tmp_path, "b", 7), other_contribution(tmp_path, "c", 4)
    wizard = make_wizard(qtbot, own, monkeypatch, [(first, "verkeerd"), (first, CONTRIBUTION),
                                                   (first, CONTRIBUTION), (second, CONTRIBUTION)])
    assert wizard.scope.year.currentText() == "2025"
    wizard.scope.joint.setChecked(True)
    wizard.next()
    page = wizard.contributions
    assert wizard.currentId() == wizard.contributions_id
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # none added yet
    page.add_button.click()  # wrong passphrase: named, nothing added
    assert "Bijdrage 1 (b.vpnotes)" in page.message.text() and page.list.count() == 0
    page.add_button.click()
    page.add_button.click()  # the same file again is refused
    assert "dezelfde" in page.message.text() and page.list.count() == 1
    page.add_button.click()
    assert [page.list.item(i).text() for i in range(page.list.count())] == [
        "Bijdrage 1: b.vpnotes (ACME bv, 2025)", "Bijdrage 2: c.vpnotes (ACME bv, 2025)"]
    wizard.next()
    assert wizard.currentId() == wizard.texts_id
    wizard.next()
    assert wizard.currentId() == wizard.check_id
    prepared = wizard.prepared
    assert prepared is not None and prepared.contributions == 2 and prepared.disclosed.cases.total == 20
    text = wizard.check.preview.toPlainText()
    assert "gezamenlijke jaarverslag van 3 vertrouwenspersonen" in text
    assert "Zaken per afdeling" not in text and "Gender van de melder" not in text
    assert "hebben de vertrouwenspersonen samen 20 zaken behandeld" in text
    monkeypatch.setattr(wizard, "choose_path", lambda _s: str(tmp_path / "samen.json"))
    monkeypatch.setattr(wizard, "info_box", lambda _m: None)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()
    data = json.loads((tmp_path / "samen.json").read_text(encoding="utf-8"))
    assert data["joint"] == {"vps": 3} and data["cases"]["total"] == 20
    assert not page.opened()  # closed with the wizard
    assert own.audit.entries()[-1].detail.endswith("contributions=2")


def test_another_organisations_contribution_is_refused_and_the_own_report_warns_after_a_joint_one(
        qtbot: Any, own: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    globex = other_contribution(tmp_path, "g", 5, organisation="Globex BV")
    wizard = make_wizard(qtbot, own, monkeypatch, [(globex, CONTRIBUTION)])
    wizard.scope.joint.setChecked(True)
    wizard.next()
    wizard.contributions.add_button.click()
    assert "andere organisatie" in wizard.contributions.message.text()
    assert wizard.contributions.list.count() == 0
    wizard.reject()
    own.audit.record("report_exported", "format=docx year=2025 organisation=acme min_cell=5 contributions=1")
    wizard = make_wizard(qtbot, own, monkeypatch, [])
    wizard.next()
    wizard.next()
    assert "gezamenlijk jaarverslag" in wizard.check.publication_warning.text()
    assert PASSPHRASE


def test_the_own_notebook_as_a_contribution_is_refused_for_what_it_is(
        qtbot: Any, own: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = make_wizard(qtbot, own, monkeypatch, [(own.vault.path, PASSPHRASE)])
    wizard.scope.joint.setChecked(True)
    wizard.next()
    wizard.contributions.add_button.click()
    qtbot.waitUntil(lambda: "geen bijdrage" in wizard.contributions.message.text())
    assert "elders geopend" not in wizard.contributions.message.text()
    assert wizard.contributions.list.count() == 0
    wizard.reject()


def test_a_contribution_opened_in_the_app_says_what_it_is_and_is_read_only(
        main_window: Any, tmp_path: Path) -> None:
    from helpers.qt import unlock_with

    path = other_contribution(tmp_path, "b", 6)
    with Notebook.open(path, CONTRIBUTION) as contribution:
        unlock_with(main_window, contribution, CONTRIBUTION)
    assert main_window.notebook.is_contribution and main_window.notebook.vault.read_only
    assert main_window.read_only_banner.isVisibleTo(main_window)
    assert "Bijdrage voor een gezamenlijk jaarverslag" in main_window.read_only_banner.text()

"""The spreadsheet wizard driven as the VP does (Bestand > Registratie uit spreadsheet
overnemen): file, header row, columns, values, consent, preview, import; the mapping
saved and next year's sheet taken over with it in one go; undecided values and
problems block the import; the pages fit a small laptop screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from helpers import PASSPHRASE
from helpers.qt import unlock_with
from helpers.sheets import ROWS, sheet_rows, write_xlsx
from vpnotes.store.notebook import Notebook
from vpnotes.ui.main_window import MainWindow
from vpnotes.ui.sheet_wizard import SheetActions, SheetWizard
from vpnotes.ui.worker import Busy


def _wizard(qtbot: object, notebook: Notebook, monkeypatch: pytest.MonkeyPatch, sheet: Path) -> SheetWizard:
    wizard = SheetWizard(notebook, Busy())
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    monkeypatch.setattr(wizard, "choose_sheet_path", lambda: str(sheet))
    wizard.show()
    wizard.file_page.findChildren(type(wizard.button(QWizard.WizardButton.NextButton)))[0].click()  # Kiezen…
    return wizard


def _count(notebook: Notebook) -> int:
    return int(notebook.vault.query("SELECT count(*) FROM cases")[0][0])


def test_the_wizard_end_to_end_then_next_year_in_one_go(qtbot: object, notebook: Notebook, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = write_xlsx(tmp_path / "registratie 2025.xlsx", sheet_rows())
    wizard = _wizard(qtbot, notebook, monkeypatch, sheet)
    assert wizard.file_page.sheet.currentText() == "Registratie 2025"
    wizard.next()
    assert wizard.currentId() == SheetWizard.HEADER
    assert wizard.header_page.row.value() == 4  # title rows above the header skipped
    wizard.next()
    assert wizard.currentId() == SheetWizard.COLUMNS
    combos = wizard.columns_page.combos
    assert combos["Datum eerste gesprek"].currentData() == "opened"
    assert combos["Pesten"].currentData() == "categories:pesten"
    assert combos["Pesten"].currentText() == "Categorie: Pesten"
    wizard.next()
    assert wizard.currentId() == SheetWizard.VALUES
    assert wizard.values_page.undecided() == 0 and wizard.values_page.isComplete()
    wizard.next()
    assert wizard.currentId() == SheetWizard.CONSENT
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # consent is the VP's choice
    wizard.consent_page.registered.setChecked(True)
    assert next_button.isEnabled()
    wizard.next()
    assert wizard.currentId() == SheetWizard.PREVIEW
    summary = wizard.preview_page.summary.text()
    assert "Acme BV 2025: 5 zaken" in summary and "Geen problemen gevonden" in summary
    assert "in rij 8" in summary  # the month-only date is listed
    assert _count(notebook) == 0  # nothing written before Import
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "&Overnemen" and commit.isEnabled()
    saved = tmp_path / "koppeling.json"
    monkeypatch.setattr(wizard, "choose_mapping_save_path", lambda: str(saved))
    commit.click()
    assert wizard.currentId() == SheetWizard.DONE
    assert _count(notebook) == 5
    assert "5 zaken overgenomen." in wizard.done_page.summary.text()
    wizard.done_page.findChildren(type(commit))[0].click()  # Koppeling bewaren…
    assert wizard.done_page.saved.text() == "Koppeling bewaard: koppeling.json"
    mapping = json.loads(saved.read_text(encoding="utf-8"))
    assert mapping["consent"] == "registered" and mapping["header_row"] == 4

    # Next year: the saved mapping and a new sheet; the wizard goes straight to the preview.
    rows = [[f"2026-{i:02d}", *row[1:]] for i, row in enumerate(ROWS, 1)]
    next_year = write_xlsx(tmp_path / "registratie 2026.xlsx", sheet_rows(rows))
    wizard = _wizard(qtbot, notebook, monkeypatch, next_year)
    monkeypatch.setattr(wizard, "choose_mapping_path", lambda: str(saved))
    wizard.file_page.findChildren(type(commit))[1].click()  # Een bewaarde koppeling gebruiken…
    assert wizard.file_page.mapping_label.text() == "koppeling.json"
    wizard.next()
    assert wizard.currentId() == SheetWizard.PREVIEW
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert _count(notebook) == 10


def test_undecided_values_and_problems_block_the_import(qtbot: object, notebook: Notebook, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [[*row] for row in ROWS]
    rows[1][3] = "Overlast"
    rows[2][10] = "1-1-2020"  # closed before opened
    wizard = _wizard(qtbot, notebook, monkeypatch, write_xlsx(tmp_path / "reg.xlsx", sheet_rows(rows)))
    for _ in range(3):
        wizard.next()
    page = wizard.values_page
    assert wizard.currentId() == SheetWizard.VALUES
    first_field, first_value, combo = page.combos[0]
    assert (first_field, first_value) == ("categories", "Overlast")  # the unplaced value comes first
    assert not page.isComplete() and "1 waarden hebben nog een betekenis nodig" in page.note.text()
    combo.setCurrentIndex(combo.findData("overig"))
    assert page.isComplete()
    wizard.next()
    wizard.consent_page.skeleton.setChecked(True)
    assert "'Naam', 'Afdeling', 'Opmerkingen'" in wizard.consent_page.explanation.text()
    wizard.next()
    problems = wizard.preview_page.problems
    assert problems.rowCount() == 1
    assert [problems.item(0, c).text() for c in range(3)] == [
        "7", "Afgerond op", "de sluitdatum ligt vóór de openingsdatum"]
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert _count(notebook) == 0


def test_a_file_that_is_no_spreadsheet_gets_one_message(qtbot: object, notebook: Notebook, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "foto.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    wizard = _wizard(qtbot, notebook, monkeypatch, bad)
    assert wizard.file_page.error.text().startswith("Dit bestand is geen spreadsheet")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_file_menu_offers_the_wizard_below_import(main_window: MainWindow, notebook: Notebook,
                                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    unlock_with(main_window, notebook, PASSPHRASE)
    actions = main_window.findChild(SheetActions, "sheetActions")
    assert actions is not None
    texts = [a.text() for a in main_window.menu("file").actions()]
    position = texts.index("Registratie uit &spreadsheet overnemen…")
    assert texts[position - 1] == main_window.import_action.text()
    seen: list[SheetWizard] = []
    monkeypatch.setattr(actions, "run_dialog", lambda wizard: seen.append(wizard) or 0)
    actions.action.trigger()
    assert len(seen) == 1 and seen[0].windowTitle() == "Registratie uit een spreadsheet overnemen"


def test_the_pages_fit_a_small_laptop_screen(qtbot: object, notebook: Notebook, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = _wizard(qtbot, notebook, monkeypatch, write_xlsx(tmp_path / "reg.xlsx", sheet_rows()))
    for _ in range(5):
        size = wizard.size()
        assert size.width() <= 1366 - 20 and size.height() <= 728 - 60, wizard.currentId()
        hint = wizard.currentPage().minimumSizeHint()
        assert hint.width() <= 1300 and hint.height() <= 620
        wizard.next()


def test_a_read_only_notebook_says_so_instead_of_opening_the_wizard(main_window: MainWindow, notebook: Notebook,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    unlock_with(main_window, notebook, PASSPHRASE)
    actions = main_window.findChild(SheetActions, "sheetActions")
    assert actions is not None and main_window.notebook is not None
    monkeypatch.setattr(main_window.notebook.vault, "read_only", True)
    messages: list[str] = []
    monkeypatch.setattr(main_window, "error_box", messages.append)
    monkeypatch.setattr(actions, "run_dialog", lambda wizard: pytest.fail("no wizard on a read-only notebook"))
    actions.action.trigger()
    assert messages == ["Het notitieboek staat op een alleen-lezen locatie; wijzigen kan niet."]

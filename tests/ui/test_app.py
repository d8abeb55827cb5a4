"""The app shell: the first screen, the demo, menus and shortcuts, import and
export through the worker, core errors as one sentence, and the crash dialog."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence

from helpers import PASSPHRASE, new_notebook, sample_case
from helpers.qt import CASE_TEXTS, case_text_left, texts_in, unlock_with
from vpnotes import interchange
from vpnotes.store.notebook import Notebook
from vpnotes.ui import crash, worker
from vpnotes.ui.app import start
from vpnotes.ui.crash import CrashDialog, crash_report
from vpnotes.ui.main_window import MainWindow


def test_no_known_notebook_shows_the_welcome_screen(main_window: MainWindow) -> None:
    start(main_window, None, False)
    assert main_window.stack.currentWidget() is main_window.welcome
    assert main_window.welcome.demo_button.text() == "&Demo proberen"
    assert not main_window.lock_action.isEnabled()
    assert not main_window.export_action.isEnabled()


def test_the_last_notebook_opens_at_its_lock_screen(main_window: MainWindow, filled_notebook: Notebook) -> None:
    main_window.settings.add_recent(filled_notebook.vault.path)
    filled_notebook.close()
    start(main_window, None, False)
    assert main_window.stack.currentWidget() is main_window.unlock
    assert "filled.vpnotes" in main_window.unlock.file_label.text()


def test_a_notebook_given_on_the_command_line_opens_at_its_lock_screen(main_window: MainWindow,
                                                                        tmp_path: Path) -> None:
    other = new_notebook(tmp_path / "ander.vpnotes")
    other.close()
    start(main_window, str(tmp_path / "ander.vpnotes"), False)
    assert main_window.unlock.vault_path == tmp_path / "ander.vpnotes"


def test_a_missing_notebook_is_one_clear_sentence(main_window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(main_window, "error_box", shown.append)
    start(main_window, str(tmp_path / "weg.vpnotes"), False)
    assert shown == ["Het bestand bestaat niet: kies een ander notitieboek."]
    assert main_window.stack.currentWidget() is main_window.welcome


def test_the_demo_opens_with_fictional_data_and_is_removed_at_quit(main_window: MainWindow) -> None:
    start(main_window, None, True)
    assert main_window.session.is_open
    folder = main_window.demo_dir
    assert folder is not None and (folder / "demo.vpnotes").is_file()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert main_window.windowTitle() == "Demo – vpnotes"
    assert main_window.demo_banner.isVisibleTo(main_window)
    assert "verzonnen" in main_window.demo_banner.text()
    assert main_window.pages["cases"].model.rowCount() > 10  # type: ignore[attr-defined]
    assert not main_window.profile_banner.text()  # the demo uses the real key profile
    assert main_window.settings.recent_files == []  # a demo is never remembered

    main_window.lock()  # the lock screen tells the demo's passphrase
    assert "oranje kameel" in main_window.unlock.hint.text()

    main_window.shutdown()
    assert not folder.exists()


def test_menus_show_shortcuts_for_every_main_action(main_window: MainWindow, filled_notebook: Notebook) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    shortcuts = {action.text(): action.shortcut().toString() for menu in main_window.menus.values()
                 for action in menu.actions() if not action.isSeparator()}
    assert shortcuts["&Vergrendelen"] == "Ctrl+L"
    assert shortcuts["&Importeren…"] == "Ctrl+Shift+I"
    assert shortcuts["&Exporteren…"] == "Ctrl+Shift+E"
    assert shortcuts["Notitieboek &openen…"] == QKeySequence(QKeySequence.StandardKey.Open).toString()
    assert "Ctrl+N" in shortcuts.values() and "Ctrl+Shift+N" in shortcuts.values()  # new contact, new case
    assert [shortcuts[title] for title in ("Zaken", "Agenda", "Activiteiten", "Onkosten", "Signalen")] == \
        ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]
    titles = [menu.title() for menu in main_window.menus.values() if menu.menuAction().isVisible()]
    assert titles[:4] == ["&Bestand", "&Zaken", "Bee&ld", "&Notitieboek"]


def test_agenda_opens_the_case_it_points_to(main_window: MainWindow, filled_notebook: Notebook) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    case_id = main_window.notebook.cases.id_for_reference("2026-001")  # type: ignore[union-attr]
    main_window.tabs.setCurrentWidget(main_window.pages["agenda"])
    main_window.pages["agenda"].caseRequested.emit(case_id)  # type: ignore[attr-defined]
    assert main_window.tabs.currentWidget() is main_window.pages["cases"]
    assert main_window.pages["cases"].current_case_id() == case_id  # type: ignore[attr-defined]


def test_import_runs_on_the_worker_and_reloads_the_pages(
        main_window: MainWindow, filled_notebook: Notebook, tmp_path: Path, sync_worker: worker.SyncRunner) -> None:
    source = new_notebook(tmp_path / "bron.vpnotes")
    source.cases.add(sample_case(reference="2025-007"))
    interchange.export_file(source, tmp_path / "bron.json")
    source.close()
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    main_window.choose_import_path = lambda: str(tmp_path / "bron.json")  # type: ignore[method-assign]
    progress: list[tuple[int, int]] = []
    original = main_window._progress
    main_window._progress = lambda done, total: (progress.append((done, total)), original(done, total))  # type: ignore[method-assign]
    calls = sync_worker.calls

    main_window.import_file()

    assert sync_worker.calls == calls + 1
    assert progress[-1] == (2, 2)
    assert main_window.pages["cases"].model.rowCount() == 4  # type: ignore[attr-defined]
    assert main_window.statusBar().currentMessage() == "Ingelezen: 1 zaak, 0 activiteiten, 0 signalen."
    assert main_window.work.isEnabled()


def test_invalid_import_changes_nothing_and_says_why(
        main_window: MainWindow, filled_notebook: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "kapot.json").write_text(json.dumps({"format": "vpnotes-interchange", "version": 1,
                                                     "cases": [{"kind": "ruzie"}]}), encoding="utf-8")
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    shown: list[str] = []
    monkeypatch.setattr(main_window, "error_box", shown.append)
    main_window.choose_import_path = lambda: str(tmp_path / "kapot.json")  # type: ignore[method-assign]
    main_window.import_file()
    assert len(shown) == 1 and shown[0].startswith("cases[0]")
    assert "\n" not in shown[0]
    assert main_window.notebook.cases.ids() and len(main_window.notebook.cases.ids()) == 3  # type: ignore[union-attr]


def test_export_warns_that_it_is_unencrypted_and_writes_owner_only(
        main_window: MainWindow, filled_notebook: Notebook, tmp_path: Path) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    questions: list[str] = []
    answers = [False]
    main_window.ask = lambda title, text: (questions.append(text), answers.pop(0))[1]  # type: ignore[method-assign]
    main_window.choose_export_path = lambda: str(tmp_path / "export.json")  # type: ignore[method-assign]

    main_window.export_file()  # the VP declines
    assert "NIET versleuteld" in questions[0]
    assert not (tmp_path / "export.json").exists()

    answers.append(True)
    main_window.export_file()
    exported = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert len(exported["cases"]) == 3
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "export.json").stat().st_mode) == 0o600
    assert "export.json" in main_window.statusBar().currentMessage()


def test_sync_folder_gets_a_warning_banner(main_window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "Dropbox" / "werk"
    folder.mkdir(parents=True)
    notebook = new_notebook(folder / "gedeeld.vpnotes")
    unlock_with(main_window, notebook, PASSPHRASE)
    assert main_window.sync_banner.isVisibleTo(main_window)
    assert "Dropbox" in main_window.sync_banner.text()


def test_bug_in_a_task_shows_the_crash_dialog_without_case_data(
        main_window: MainWindow, filled_notebook: Notebook, crash_reports: list[str]) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)

    def buggy() -> None:
        name = main_window.notebook.cases.get(1).melder.name  # type: ignore[union-attr]
        raise ValueError(f"kan {name} niet verwerken: ruzie bij de koffieautomaat")

    main_window.busy.start(buggy, lambda result: None, main_window._task_failed)
    assert len(crash_reports) == 1
    report = crash_reports.pop()
    assert "ValueError" in report and "in buggy" in report
    assert [text for text in CASE_TEXTS if text in report] == []
    assert str(Path.home()) not in report or Path.home() == Path("/")


def test_uncaught_exception_hook_reports_frames_only(crash_reports: list[str]) -> None:
    try:
        raise KeyError("Anna de Vries")
    except KeyError as exc:
        crash._hook(KeyError, exc, exc.__traceback__)
    report = crash_reports.pop()
    assert "KeyError" in report and "Anna de Vries" not in report


def test_crash_dialog_shows_no_case_text(qtbot: Any) -> None:
    try:
        raise RuntimeError("Zoë Ëlberg, nachtdienst")
    except RuntimeError as exc:
        report = crash_report(type(exc), exc.__traceback__)
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    assert case_text_left(dialog) == []
    assert "fout in het programma" in "\n".join(texts_in(dialog))
    assert sys.version.split()[0] in dialog.details.toPlainText()

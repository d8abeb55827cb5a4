"""Creating and unlocking a notebook through the real dialogs (issue 3, "Start")."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from helpers import PASSPHRASE, new_notebook
from helpers.qt import unlock_with
from vpnotes.store.notebook import Notebook
from vpnotes.ui.main_window import MainWindow
from vpnotes.ui.passphrase_dialogs import CreateNotebookDialog


def type_text(widget: object, text: str) -> None:
    """Type per character with key events (qtbot.keyClicks aborts on é, ë)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_weak_passphrase_is_refused_with_the_reason_visible(qtbot, tmp_path: Path) -> None:
    dialog = CreateNotebookDialog(folder=tmp_path, profile=0)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.passphrase, "welkom123456")
    type_text(dialog.repeat, "welkom123456")

    assert not dialog.create_button.isEnabled()
    assert "Te makkelijk te raden" in dialog.strength_text.text()
    assert dialog.strength_text.isVisible()
    dialog.create_notebook()  # Enter anyway: nothing is created, the reason is repeated as an error
    assert dialog.error.isVisible() and "Te makkelijk te raden" in dialog.error.text()
    assert not dialog.path().exists()
    assert list(tmp_path.iterdir()) == []


def test_short_passphrase_and_mismatch_are_explained(qtbot, tmp_path: Path) -> None:
    dialog = CreateNotebookDialog(folder=tmp_path, profile=0)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("kort")
    assert "Te kort" in dialog.strength_text.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    assert not dialog.create_button.isEnabled()
    assert dialog.match_text.text() == "De wachtzinnen zijn nog niet gelijk."


def test_create_writes_a_notebook_that_opens_with_the_passphrase(qtbot, tmp_path: Path) -> None:
    dialog = CreateNotebookDialog(folder=tmp_path, profile=0)
    qtbot.addWidget(dialog)
    dialog.location.setText(str(tmp_path / "mijn notities.vpnotes"))
    dialog.organisation.setText("Gemeente Zoetermeer")
    type_text(dialog.passphrase, "fluwelen ëenhoorn danst boven Zürich")
    dialog.repeat.setText("fluwelen ëenhoorn danst boven Zürich")
    assert "Er is geen herstel" in "".join(label.text() for label in dialog.findChildren(type(dialog.error)))
    assert dialog.create_button.isEnabled()

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == CreateNotebookDialog.DialogCode.Accepted
    assert dialog.notebook is not None
    assert dialog.passphrase.text() == "" and dialog.repeat.text() == ""
    dialog.notebook.close()
    with Notebook.open(tmp_path / "mijn notities.vpnotes", "fluwelen ëenhoorn danst boven Zürich") as reopened:
        assert [o.name for o in reopened.organisations.all()] == ["Gemeente Zoetermeer"]
        assert reopened.organisations.all()[0].key == "gemeente-zoetermeer"


def test_create_refuses_an_existing_file(qtbot, tmp_path: Path) -> None:
    existing = tmp_path / "bestaat.vpnotes"
    existing.write_bytes(b"something of the VP's")
    dialog = CreateNotebookDialog(folder=tmp_path, profile=0)
    qtbot.addWidget(dialog)
    dialog.location.setText(str(existing))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    assert not dialog.create_button.isEnabled()
    dialog.create_notebook()
    assert "bestaat al" in dialog.error.text()
    assert existing.read_bytes() == b"something of the VP's"


def test_unlock_opens_the_main_window(main_window: MainWindow, filled_notebook: Notebook) -> None:
    main_window.show()
    unlock_with(main_window, filled_notebook, PASSPHRASE)

    assert main_window.stack.currentWidget() is main_window.work
    assert main_window.windowTitle() == "filled – vpnotes"
    assert main_window.lock_action.isEnabled()
    assert main_window.unlock.passphrase.text() == ""
    cases = main_window.pages["cases"]
    assert cases.model.rowCount() == 3  # type: ignore[attr-defined]
    # A profile-0 notebook says plainly that it is for tests only.
    assert main_window.profile_banner.isVisible()
    assert "Testprofiel" in main_window.profile_banner.text()


def test_wrong_passphrase_shows_an_inline_message_and_changes_nothing(
        main_window: MainWindow, tmp_path: Path, qtbot) -> None:
    notebook = new_notebook(tmp_path / "werk.vpnotes")
    path = notebook.vault.path
    notebook.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    siblings = sorted(p.name for p in tmp_path.iterdir())
    main_window.show()
    main_window.show_unlock(path)

    type_text(main_window.unlock.passphrase, "verkeerde wachtzin")
    qtbot.keyClick(main_window.unlock.passphrase, Qt.Key.Key_Return)

    assert main_window.stack.currentWidget() is main_window.unlock
    assert main_window.unlock.error.isVisible()
    # Wrong passphrase first; damage only second (issue 9).
    assert main_window.unlock.error.text() == (
        "Verkeerde wachtzin.\nWeet u zeker dat deze klopt? Dan is misschien het begin van het bestand "
        "beschadigd: open dan een reservekopie.")
    assert main_window.unlock.passphrase.text() == ""
    assert main_window.unlock.passphrase.isEnabled()
    assert QApplication.activeModalWidget() is None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings

    # The right passphrase still works afterwards.
    main_window.unlock.passphrase.setText(PASSPHRASE)
    main_window.unlock.submit()
    assert main_window.stack.currentWidget() is main_window.work


def test_unlock_runs_on_the_worker_with_a_busy_indication(
        main_window: MainWindow, filled_notebook: Notebook, monkeypatch) -> None:
    from vpnotes.ui import worker

    seen: list[bool] = []

    class Recording(worker.SyncRunner):
        def run(self, fn, on_done, on_error, progress=None):  # type: ignore[no-untyped-def]
            if not seen:  # the first task derives the key; the pages' initial loads follow it
                seen.append(main_window.unlock.busy.isVisibleTo(main_window.unlock))
                seen.append(main_window.unlock.passphrase.isEnabled())
            super().run(fn, on_done, on_error, progress)

    worker.set_runner(Recording())
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    assert seen == [True, False]  # busy shown and field disabled while the key is derived
    assert not main_window.unlock.busy.isVisibleTo(main_window.unlock)


def test_a_damaged_file_gets_one_clear_sentence(main_window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "vreemd.vpnotes"
    path.write_bytes(b"dit is geen notitieboek, maar wel lang genoeg")
    main_window.show_unlock(path)
    main_window.unlock.passphrase.setText(PASSPHRASE)
    main_window.unlock.submit()
    assert main_window.unlock.error.text() == "Dit is geen vpnotes-notitieboek."


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support propagateSizeHints")
def test_a_wrong_passphrase_typed_with_caps_lock_says_so(main_window: MainWindow, tmp_path: Path) -> None:
    notebook = new_notebook(tmp_path / "werk.vpnotes")
    path = notebook.vault.path
    notebook.close()
    main_window.show()
    main_window.show_unlock(path)
    type_text(main_window.unlock.passphrase, "VERKEERD")  # capitals without Shift: Caps Lock
    main_window.unlock.submit()
    assert main_window.unlock.error.text().startswith("Verkeerde wachtzin. Caps Lock staat aan.")

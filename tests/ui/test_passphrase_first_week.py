"""Passphrase fields in the app (issue 9 items 2 and 5): Dutch weak passphrases refused, the
generator in the create, change and handover dialogs, the Caps Lock warning, Enter creates."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers import PASSPHRASE
from vpnotes.store.notebook import Notebook
from vpnotes.ui.passphrase_dialogs import CreateNotebookDialog, PassphraseEdit, caps_lock_from_key, caps_lock_state
from vpnotes.ui.welcome import WelcomeWidget


def _create_dialog(qtbot: QtBot, tmp_path: Path) -> CreateNotebookDialog:
    dialog = CreateNotebookDialog(None, profile=0, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.mark.parametrize("weak", ["Wachtwoord2024!", "Welkom2025!!", "Zomer2026!", "Vertrouwenspersoon1!",
                                  "Zorggroep Rivierland 2026!"])
def test_the_create_dialog_refuses_dutch_weak_passphrases(qtbot: QtBot, tmp_path: Path, weak: str) -> None:
    dialog = _create_dialog(qtbot, tmp_path)
    dialog.organisation.setText("Zorggroep Rivierland")
    dialog.passphrase.setText(weak)
    dialog.repeat.setText(weak)
    assert not dialog.create_button.isEnabled()
    assert "makkelijk te raden" in dialog.strength_text.text() or "Te kort" in dialog.strength_text.text()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.notebook is None and dialog.isVisible()
    assert not any(tmp_path.glob("*.vpnotes"))


def test_enter_in_the_repeat_field_creates_the_notebook(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _create_dialog(qtbot, tmp_path)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setFocus()
    dialog.repeat.setText(PASSPHRASE)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.notebook is not None and dialog.result() == 1
    dialog.notebook.close()
    Notebook.open(dialog.path(), PASSPHRASE).close()


def test_the_generator_fills_both_fields_with_a_strong_shown_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _create_dialog(qtbot, tmp_path)
    dialog.organisation.setText("Gemeente Achterveld")
    dialog.fields.suggest.click()
    words = dialog.passphrase.text().split(" ")
    assert len(words) >= 5 and dialog.repeat.text() == dialog.passphrase.text()
    assert dialog.fields.generated_bits >= 64
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Normal  # shown, to write it down
    assert "bits" in dialog.strength_text.text() and dialog.create_button.isEnabled()
    dialog.create_button.click()
    assert dialog.notebook is not None
    dialog.notebook.close()


def test_the_generator_is_in_the_change_and_handover_dialogs() -> None:
    import inspect

    from vpnotes.ui import handover_wizard, passphrase_change

    # Both build the shared NewPassphraseFields (which holds the generator) with the organisations' names.
    for module in (passphrase_change, handover_wizard):
        source = inspect.getsource(module)
        assert "NewPassphraseFields(" in source and "set_organisation_names(" in source


@pytest.mark.parametrize(("text", "shift", "expected"), [
    ("A", False, True), ("a", True, True), ("a", False, False), ("A", True, False),
    ("1", False, None), ("!", True, None), ("", False, None), ("é", False, False), ("É", False, True),
])
def test_caps_lock_heuristic(text: str, shift: bool, expected: bool | None) -> None:
    assert caps_lock_from_key(text, shift) is expected


def test_caps_lock_from_the_native_modifiers_on_x11_and_windows() -> None:
    def key(native: int, text: str = "1") -> QKeyEvent:
        return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier, 0, 0, native, text)

    assert caps_lock_state(key(0x2), "xcb") is True
    assert caps_lock_state(key(0x10), "xcb") is False  # NumLock only
    assert caps_lock_state(key(0x100), "windows") is True
    assert caps_lock_state(key(0x0, "Q"), "cocoa") is True  # no native state: the letter tells


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tool tip, on the offscreen platform
def test_every_passphrase_field_warns_about_caps_lock(qtbot: QtBot) -> None:
    field = PassphraseEdit("Wachtzin")
    qtbot.addWidget(field)
    field.show()
    QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_W, Qt.KeyboardModifier.NoModifier, "W"))
    assert field.caps_lock and field.caps_warning.isVisible()
    assert field.toolTip() == "Caps Lock staat aan"
    QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_W, Qt.KeyboardModifier.NoModifier, "w"))
    assert not field.caps_lock and not field.caps_warning.isVisible()


def test_enter_on_a_focused_welcome_choice_activates_it(qtbot: QtBot) -> None:
    welcome = WelcomeWidget()
    qtbot.addWidget(welcome)
    welcome.show()
    with qtbot.waitSignal(welcome.openRequested, timeout=1000):
        QApplication.sendEvent(welcome.open_button, QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))

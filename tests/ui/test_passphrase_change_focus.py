"""The change-passphrase dialog is filled in top to bottom with Tab: current, new, repeat."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from helpers import new_notebook
from vpnotes.ui.passphrase_change import ChangePassphraseDialog
from vpnotes.ui.worker import Busy


def test_tab_goes_from_current_to_new_to_repeat(qtbot: QtBot, tmp_path: Path) -> None:
    notebook = new_notebook(tmp_path / "focus.vpnotes")
    try:
        dialog = ChangePassphraseDialog(notebook, Busy())
        qtbot.addWidget(dialog)
        # The focus chain is a cycle: walk it once from the dialog itself.
        chain = []
        current = dialog.nextInFocusChain()
        while len(chain) < 200 and current is not dialog:
            chain.append(current)
            current = current.nextInFocusChain()
        order = [w for w in chain if w in (dialog.current, dialog.fields.passphrase, dialog.fields.repeat)]
        assert order == [dialog.current, dialog.fields.passphrase, dialog.fields.repeat]
    finally:
        notebook.close()

"""A menu action of the main window that opens one modal dialog over the open notebook.

Several Notebook-menu entries work alike (Organisations…, the Flemish register):
the action sits in the menu, does nothing without a notebook or while the window
is busy, runs its dialog modally, and closes it when the session locks, wiping
the list it shows so no name stays on screen behind the lock. Each subclass says
which dialog (:meth:`DialogAction.make_dialog`) and how to wipe it
(:meth:`DialogAction.wipe`); the menu text and tip come from the subclass, so
they are translated in its own context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from vpnotes.store.notebook import Notebook

if TYPE_CHECKING:
    from vpnotes.ui.main_window import MainWindow


class DialogAction(QObject):
    """Owns one Notebook-menu action of ``window`` and the dialog it has open (``open_dialog``)."""

    def __init__(self, window: MainWindow, name: str, text: str, tip: str, shortcut: str | None = None) -> None:
        super().__init__(window)
        self.setObjectName(name)
        self.window = window
        self.open_dialog: QDialog | None = None
        self.action = QAction(text, window)
        if shortcut is not None:
            self.action.setShortcut(QKeySequence(shortcut))
        self.action.setStatusTip(tip)
        self.action.triggered.connect(lambda _checked=False: self.show_dialog())
        window.add_notebook_action("notebook", self.action)
        window.session.locked.connect(self._close_dialog)

    def make_dialog(self, notebook: Notebook) -> QDialog:
        """The dialog over ``notebook`` (each subclass has its own)."""
        raise NotImplementedError

    def wipe(self, dialog: QDialog) -> None:
        """Clear what ``dialog`` shows once the session locks (names must not stay on screen)."""

    def run_dialog(self, dialog: QDialog) -> int:
        """Show a dialog modally (replaced in tests, which drive the dialog themselves)."""
        return dialog.exec()

    def dialog(self) -> QDialog | None:
        """A new dialog, or None without a notebook or while the window is busy."""
        notebook = self.window.notebook
        if notebook is None or self.window.busy.busy:
            return None
        return self.make_dialog(notebook)

    def show_dialog(self) -> None:
        dialog = self.dialog()
        if dialog is None:
            return
        self.open_dialog = dialog
        try:
            self.run_dialog(dialog)
        finally:
            self.open_dialog = None
            dialog.deleteLater()

    def _close_dialog(self, _reason: str = "") -> None:
        if self.open_dialog is not None:
            self.open_dialog.reject()
            self.wipe(self.open_dialog)

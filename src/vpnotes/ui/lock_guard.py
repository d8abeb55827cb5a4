"""What a lock does to every window of the notebook, and what unlocking gives back (issue 9 item 1).

Before the session drops the data (:attr:`Session.locking`, the vault still open):

1. the place is remembered: page, open case, the case view's tab;
2. a field being edited in place (the case view) loses focus, so it commits;
3. every editing dialog (:class:`vpnotes.ui.editing.EditingDialog`) with typed
   text leaves it as an encrypted draft in the vault (``store/drafts.py``);
4. every other window and dialog (message boxes, wizards, menus) is emptied of
   its texts and closed. Nothing of the notebook stays on screen above the lock.

After unlock of the same notebook: the place comes back, a short status says
what is overdue or due today, and each draft is offered again in the same
dialog (the pages' ``resume_draft``); the draft is deleted once she has saved
or discarded it.

The operating system's own lock and sleep (:mod:`vpnotes.ui.os_lock`) lock the
session with reason ``"screen"`` or ``"sleep"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from vpnotes.errors import VpnotesError
from vpnotes.store.drafts import Draft
from vpnotes.store.notebook import Notebook
from vpnotes.ui.editing import EditingDialog
from vpnotes.ui.os_lock import SystemLockWatcher
from vpnotes.ui.widgets import tr

if TYPE_CHECKING:
    from vpnotes.ui.main_window import MainWindow


@dataclass(frozen=True)
class Place:
    """Where the VP was: the notebook file, the page, the open case and the case view's tab."""

    path: Path
    page: int
    case_id: int | None
    case_tab: int


def wipe(window: QWidget) -> None:
    """Empty every text a window shows or holds (fields with their undo history, labels, lists)."""
    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget, QLineEdit):
            widget.setText("")
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.setPlainText("")
        elif isinstance(widget, (QLabel, QComboBox, QListWidget, QTreeWidget, QTableWidget)):
            widget.clear()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None \
                and widget.model().parent() is widget.window():
            widget.setModel(None)  # type: ignore[arg-type]  # a dialog's own model of case rows
        widget.setToolTip("")
    window.setWindowTitle("vpnotes")


def close_window(window: QWidget) -> None:
    """Close a window without its questions: a dialog ends rejected, anything else hides."""
    if isinstance(window, QDialog):
        window.done(QDialog.DialogCode.Rejected)
    elif isinstance(window, QMenu):
        window.close()
    if window.isVisible():
        window.hide()


class LockGuard(QObject):
    """Hooks the main window's session: drafts and closing before a lock, the place after unlock."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.place: Place | None = None
        self.watcher = SystemLockWatcher(self)
        self.watcher.lockRequested.connect(self.system_lock)
        window.session.locking.connect(self.before_lock)

    def start_watching(self) -> None:
        """Listen to the operating system's lock (once the window has a native handle)."""
        self.watcher.start(int(self.window.winId()))

    def system_lock(self, reason: str) -> None:
        self.window.session.lock(reason)

    # -- locking --------------------------------------------------------------------------------

    def before_lock(self, notebook: Notebook) -> None:
        self.place = self._current_place(notebook)
        focused = QApplication.focusWidget()
        if focused is not None and focused.window() is self.window:
            focused.clearFocus()  # an in-place edit commits on focus out, into the still open vault
        windows = [w for w in QApplication.topLevelWidgets() if w is not self.window and w.isVisible()]
        for window in windows:
            if isinstance(window, EditingDialog):
                self._keep_draft(notebook, window)
        for window in windows:
            wipe(window)
            close_window(window)

    @staticmethod
    def _keep_draft(notebook: Notebook, dialog: EditingDialog) -> None:
        payload = dialog.draft_payload()
        if payload is None or notebook.vault.read_only:
            return
        try:
            dialog.draft_id = notebook.drafts.save(dialog.draft_kind, dialog.draft_case_id(), payload,
                                                   replaces=dialog.draft_id)
        except VpnotesError:
            dialog.draft_id = None  # the disk is full: the lock must go ahead all the same

    def _current_place(self, notebook: Notebook) -> Place:
        cases = self.window.pages.get("cases")
        case_id = cases.current_case_id() if cases is not None else None  # type: ignore[attr-defined]
        case_tab = cases.case_view.tabs.currentIndex() if cases is not None else 0  # type: ignore[attr-defined]
        return Place(notebook.vault.path, self.window.tabs.currentIndex(), case_id, case_tab)

    # -- unlocking ------------------------------------------------------------------------------

    def after_open(self, notebook: Notebook) -> None:
        """Back where she was (the same notebook only), what is due, and her drafts."""
        place, self.place = self.place, None
        if self.window.notebook is not notebook:
            return  # closed again at once (a handover copy whose new passphrase she declined)
        cases: Any = self.window.pages.get("cases")
        if place is not None and place.path == notebook.vault.path:
            self.window.tabs.setCurrentIndex(place.page)
        self.show_due(notebook)
        drafts = notebook.drafts.all()

        def back_in_place() -> None:
            """Once the case list has its rows (it loads on the worker): her case, then her drafts."""
            if place is not None and place.path == notebook.vault.path and place.case_id is not None:
                cases.show_case(place.case_id)
                cases.case_view.tabs.setCurrentIndex(place.case_tab)
            if drafts:
                # After the window has shown itself: a draft reopens a modal dialog.
                QTimer.singleShot(0, lambda: self.resume(notebook, drafts))

        if cases is not None and hasattr(cases, "when_loaded"):
            cases.when_loaded(back_in_place)
        elif drafts:
            QTimer.singleShot(0, lambda: self.resume(notebook, drafts))

    def show_due(self, notebook: Notebook) -> None:
        today = date.today()
        due = notebook.items.agenda(until=today)
        overdue = sum(1 for item in due if item.followup.due < today)
        if not due:
            return
        parts = []
        if overdue:
            parts.append(tr("%n follow-up(s) overdue", "", overdue))
        due_today = len(due) - overdue
        if due_today:
            parts.append(tr("%n follow-up(s) due today", "", due_today))
        self.window.statusBar().showMessage(
            "; ".join(parts) + " " + tr("(Agenda: Ctrl+2)"), 30_000)

    def resume(self, notebook: Notebook, drafts: list[Draft]) -> None:
        """Offer each draft again in its dialog, while this notebook is still the open one."""
        for draft in drafts:
            if self.window.notebook is not notebook:
                return
            for page in self.window.pages.values():
                resume = getattr(page, "resume_draft", None)
                if resume is not None and resume(draft):
                    break
            else:
                notebook.drafts.delete(draft.id)  # no dialog knows it any more (an older version's)

"""The "Report" menu of the main window (issue 4, item 4; docs/practice.md).

:func:`install` adds: the annual report wizard, the contribution to a joint
annual report of several VPs (``contribution_dialog.py``), the patterns view (the VP's
eyes only), the anonymised casus for intervisie (the case shown in the case
view by default) and the hours-and-expenses statement. Each opens a dialog on
the open notebook; the work runs on the window's worker. A dialog still open
when the notebook locks is closed, so no figure, name or text outlives the lock.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
)

from vpnotes.store.notebook import Notebook

if TYPE_CHECKING:
    from vpnotes.ui.main_window import MainWindow


class ReportActions(QObject):
    """Owns the report actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("reportActions")
        self.window = window
        self.today: date | None = None  # tests pin the day
        self.open_dialog: QDialog | None = None
        window.session.locked.connect(self._close_dialog)

        def action(text: str, slot: object, tip: str, shortcut: str | None = None) -> QAction:
            made = QAction(text, window)
            made.setStatusTip(tip)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
            return made

        self.report_action = action(self.tr("&Annual report…"), self.annual_report,
                                    self.tr("Write the de-identified annual report for an organisation"),
                                    "Ctrl+Shift+R")
        self.patterns_action = action(self.tr("&Patterns across cases…"), self.patterns,
                                      self.tr("Recurring departments and persons, rising categories: for your "
                                              "eyes only"), "Ctrl+Shift+P")
        self.casus_action = action(self.tr("&Case study for intervisie…"), self.casus,
                                   self.tr("An anonymised case study of one case"))
        self.statement_action = action(self.tr("Hours and expenses &statement…"), self.statement,
                                       self.tr("Hours and expenses per month for one client organisation"))
        window.add_notebook_action("report", self.report_action)
        # A joint annual report of several VPs (DESIGN.md §10): this VP's contribution to it.
        self.contribution_action = action(self.tr("&Contribution to a joint annual report…"), self.contribution,
                                          self.tr("Figures only, for the VP who writes the joint report"))
        window.add_notebook_action("report", self.contribution_action)
        window.add_notebook_action("report", self.patterns_action)
        window.menu("report").addSeparator()
        window.add_notebook_action("report", self.casus_action)
        window.add_notebook_action("report", self.statement_action)

    # -- helpers -------------------------------------------------------------------------------

    @property
    def notebook(self) -> Notebook | None:
        return self.window.notebook

    def _ready(self) -> Notebook | None:
        notebook = self.notebook
        if notebook is None or self.window.busy.busy:
            return None
        return notebook

    def run_dialog(self, dialog: QDialog) -> int:
        """Show a dialog modally (replaced in tests, which drive the dialog themselves)."""
        return dialog.exec()

    def _run(self, dialog: QDialog) -> int:
        self.open_dialog = dialog
        try:
            return self.run_dialog(dialog)
        finally:
            self.open_dialog = None
            dialog.deleteLater()

    def _close_dialog(self, _reason: str = "") -> None:
        """The notebook locked: close the open dialog and empty what it showed."""
        dialog = self.open_dialog
        if dialog is None:
            return
        dialog.reject()
        for view in dialog.findChildren(QAbstractItemView):
            if isinstance(view, QListWidget | QTreeWidget):
                view.clear()
        for text in dialog.findChildren(QTextEdit):
            text.clear()
        for plain in dialog.findChildren(QPlainTextEdit):
            plain.clear()
        for combo in dialog.findChildren(QComboBox):
            combo.blockSignals(True)  # nothing may reload from the closed notebook
            combo.clear()

    def current_case_id(self) -> int | None:
        """The case the case view shows, if any (the casus's default)."""
        cases = self.window.pages.get("cases")
        current = getattr(cases, "current_case_id", None)
        value = current() if callable(current) else None
        return value if isinstance(value, int) else None

    # -- actions -------------------------------------------------------------------------------

    def annual_report(self) -> None:
        from vpnotes.ui.report_wizard import ReportWizard

        notebook = self._ready()
        if notebook is None:
            return
        wizard = ReportWizard(notebook, self.window.busy, self.window, today=self.today)
        wizard.exported.connect(lambda path: self.window.statusBar().showMessage(
            self.tr("Annual report written to %1").replace("%1", path), 15_000))
        self._run(wizard)

    def contribution(self) -> None:
        from vpnotes.ui.contribution_dialog import ContributionDialog

        notebook = self._ready()
        if notebook is not None:
            self._run(ContributionDialog(notebook, self.window.busy, self.window, today=self.today))

    def patterns(self) -> None:
        from vpnotes.ui.patterns_view import PatternsDialog

        notebook = self._ready()
        if notebook is not None:
            self._run(PatternsDialog(notebook, self.window.busy, self.window, today=self.today))

    def casus(self) -> None:
        from vpnotes.ui.practice_dialogs import CasusDialog

        notebook = self._ready()
        if notebook is not None:
            self._run(CasusDialog(notebook, self.window.busy, self.window, case_id=self.current_case_id()))

    def statement(self) -> None:
        from vpnotes.ui.practice_dialogs import StatementDialog

        notebook = self._ready()
        if notebook is not None:
            self._run(StatementDialog(notebook, self.window.busy, self.window, today=self.today))


def install(window: MainWindow) -> None:
    """Add the report actions to ``window``'s "Report" menu."""
    ReportActions(window)


def controller(window: MainWindow) -> ReportActions | None:
    found = window.findChild(ReportActions, "reportActions")
    return found if isinstance(found, ReportActions) else None

"""Retention in the app (issue 5, item 4): which cases are due to be reduced to
their statistical skeleton, and erasing them only after the VP has said yes.

The list comes from :func:`vpnotes.lifecycle.retention.due_for_purge` (the
policy's retention years after closing, cases on hold excepted); closed cases on
hold are listed too, marked as kept, so the VP sees why they stay. Erasing runs
:func:`vpnotes.lifecycle.retention.purge` on the worker.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vpnotes.lifecycle.retention import DueCase, PurgeResult, due_for_purge, purge, retention_years
from vpnotes.store.notebook import Notebook
from vpnotes.store.register import DueEntry
from vpnotes.ui.i18n import format_date
from vpnotes.ui.organisation_names import organisation_labels
from vpnotes.ui.passphrase_dialogs import MessageLabel
from vpnotes.ui.tasks import busy_bar, start_task
from vpnotes.ui.worker import Busy


class RetentionDialog(QDialog):
    """Cases due for erasure (and those kept on hold); erase after a confirmation."""

    def __init__(self, notebook: Notebook, busy: Busy, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.busy = busy
        self.today = today or date.today()
        self.due: list[DueCase] = []
        self.register_due: list[DueEntry] = []  # Flanders: declarations recorded five years ago (§9)
        self.register_erased = 0
        self.result_info: PurgeResult | None = None
        self.setWindowTitle(self.tr("Retention period"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Reference"), self.tr("Organisation"), self.tr("Closed on"),
                                   self.tr("What happens")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAllColumnsShowFocus(True)  # the keyboard focus marks the whole row, not a stray first cell
        self.list.setAccessibleName(self.tr("Cases due for erasure"))
        layout.addWidget(self.list, 1)
        self.message = MessageLabel("info")
        layout.addWidget(self.message)
        self.error = MessageLabel("error")
        layout.addWidget(self.error)
        self.progress = busy_bar(self.tr("Erasing"))
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.purge_button = self.buttons.addButton(self.tr("&Erase…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.purge_button.clicked.connect(self.ask_and_purge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reload()
        self.resize(720, 440)

    # Replaced in tests: the VP's answer.
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def reload(self) -> None:
        self.due = due_for_purge(self.notebook, self.today)
        held = [s for s in self.notebook.cases.summaries() if s.closed is not None and s.on_hold and not s.purged]
        names = organisation_labels(self.notebook.organisations.all())
        self.list.clear()
        for case in self.due:
            item = QTreeWidgetItem([case.reference or "", names.get(case.organisation, case.organisation),
                                    format_date(case.closed), self.tr("erase personal data")])
            item.setToolTip(1, case.organisation)
            item.setData(0, Qt.ItemDataRole.UserRole, case.id)
            self.list.addTopLevelItem(item)
        self.register_due = self.notebook.register.due(self.today)
        for entry in self.register_due:
            item = QTreeWidgetItem([self.tr("Register %1").replace("%1", str(entry.number)),
                                    names.get(entry.organisation, entry.organisation), format_date(entry.recorded),
                                    self.tr("erase declaration (five years)")])
            item.setToolTip(1, entry.organisation)
            self.list.addTopLevelItem(item)
        for summary in held:
            item = QTreeWidgetItem([summary.reference or "", names.get(summary.organisation, summary.organisation),
                                    format_date(summary.closed), self.tr("kept: on hold")])
            item.setToolTip(1, summary.organisation)
            for column in range(4):
                item.setForeground(column, self.palette().placeholderText())
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        years = retention_years(self.notebook)
        if self.due:
            self.intro.setText(self.tr(
                "These closed cases have passed the retention period of %1 years. Erasing keeps only what the "
                "annual reports count (kind, categories, months, codes) and removes names, contact details, notes "
                "and the reference for good. Cases on hold are kept.").replace("%1", str(years)))
        else:
            self.intro.setText(self.tr(
                "No case has passed the retention period of %1 years. Cases on hold are kept.")
                .replace("%1", str(years)))
        due = len(self.due) + len(self.register_due)
        self.purge_button.setEnabled(bool(due) and not self.notebook.vault.read_only)
        self.purge_button.setText(self.tr("&Erase (%1)…").replace("%1", str(due)))

    def ask_and_purge(self) -> None:
        if not (self.due or self.register_due) or self.busy.busy:
            return
        if not self.confirm(self.tr("Erase cases?"), self.tr(
                "Erase the personal data of the cases listed (%1) for good? This cannot be undone; the figures "
                "for the annual reports stay.").replace("%1", str(len(self.due) + len(self.register_due)))):
            return
        ids = [case.id for case in self.due]
        notebook, today = self.notebook, self.today

        def work() -> PurgeResult:
            result = purge(notebook, ids, today=today)
            self.register_erased = notebook.register.purge(today)
            return result

        start_task(self.busy, work, self._purged, error=self.error, running=self._set_running)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.buttons.setEnabled(not running)

    def _purged(self, result: PurgeResult) -> None:
        self.result_info = result
        self.reload()
        self.message.show_message(self.tr("Cases erased: %1. Only their figures remain.")
                                  .replace("%1", str(result.cases)))


    def reject(self) -> None:
        if not self.busy.busy:
            super().reject()

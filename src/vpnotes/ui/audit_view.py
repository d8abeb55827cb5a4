"""The notebook's event log in the app (issue 5, item 6): a read-only table of
time, event and detail, and whether the hash chain is intact.

The log holds no case content (codes and counts only, see
:mod:`vpnotes.store.audit`). Nothing here can change it: the model's items are
not editable and the view has no edit triggers. A changed or removed entry
shows as "broken at entry N", with the broken rows marked.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpnotes.store.audit import AuditEntry
from vpnotes.store.notebook import Notebook
from vpnotes.ui.passphrase_dialogs import MessageLabel, message_style


def format_moment(at: str) -> str:
    """``2026-11-23T14:05:09+01:00`` as ``23-11-2026 14:05:09`` (local time as recorded)."""
    try:
        return datetime.fromisoformat(at).strftime("%d-%m-%Y %H:%M:%S")
    except ValueError:
        return at


class AuditDialog(QDialog):
    """A read-only table of the event log with the chain's status above it."""

    def __init__(self, notebook: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Event log"))
        layout = QVBoxLayout(self)
        self.status = MessageLabel("info")
        layout.addWidget(self.status)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("No."), self.tr("Time"), self.tr("Event"), self.tr("Detail")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Event log of this notebook"))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.entries: list[AuditEntry] = []
        self.broken: list[int] = []
        self.load(notebook)
        self.resize(760, 480)

    def load(self, notebook: Notebook) -> None:
        self.entries = notebook.audit.entries()
        self.broken = notebook.audit.broken_entries()
        broken = set(self.broken)
        self.model.removeRows(0, self.model.rowCount())
        for number, entry in enumerate(self.entries, start=1):
            cells = [str(number), format_moment(entry.at), entry.label, entry.detail]
            items = []
            for text in cells:
                item = QStandardItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if entry.id in broken:
                    item.setBackground(Qt.GlobalColor.yellow)
                    item.setToolTip(self.tr("This entry was changed, or an entry before it was removed."))
                items.append(item)
            self.model.appendRow(items)
        if self.broken:
            first = next(n for n, e in enumerate(self.entries, start=1) if e.id in broken)
            self.status.setStyleSheet(message_style("error"))
            self.status.show_message(self.tr(
                "The chain is broken at entry %1: an entry was changed or removed outside vpnotes.")
                .replace("%1", str(first)))
        else:
            self.status.show_message(self.tr("The chain is intact: %1 entries, each linked to the one before.")
                                     .replace("%1", str(len(self.entries))))
        self.table.scrollToBottom()

    def status_text(self) -> str:
        return self.status.text()

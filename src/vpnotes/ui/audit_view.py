"""The notebook's event log in the app (issue 5, item 6): a read-only table of
time, event and detail, and whether the hash chain is intact.

The log holds no case content (codes and counts only, see
:mod:`vpnotes.store.audit`). Nothing here can change it: the model's items are
not editable and the view has no edit triggers. A changed or removed entry
shows as "broken at entry N", with the broken rows marked.
"""

from __future__ import annotations

import re
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

from vpnotes.i18n import pick
from vpnotes.lifecycle.access import RefusalGround, RestrictionGround
from vpnotes.store.audit import AuditEntry
from vpnotes.store.notebook import Notebook
from vpnotes.store.policy import MIN_CELL_PREFIX, SPECS
from vpnotes.ui.passphrase_dialogs import MessageLabel, message_style


def format_moment(at: str) -> str:
    """``2026-11-23T14:05:09+01:00`` as ``23-11-2026 14:05:09`` (local time as recorded)."""
    try:
        return datetime.fromisoformat(at).strftime("%d-%m-%Y %H:%M:%S")
    except ValueError:
        return at


_MONTHS = re.compile(r"^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$")


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
        self.organisation_names: dict[str, str] = {}
        self.load(notebook)
        self.resize(900, 560)

    def load(self, notebook: Notebook) -> None:
        self.entries = notebook.audit.entries()
        self.broken = notebook.audit.broken_entries()
        self.organisation_names = {o.key: o.name for o in notebook.organisations.all()}
        broken = set(self.broken)
        self.model.removeRows(0, self.model.rowCount())
        for number, entry in enumerate(self.entries, start=1):
            cells = [str(number), format_moment(entry.at), entry.label, self.describe(entry)]
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

    # -- the detail in words ---------------------------------------------------------------------

    def describe(self, entry: AuditEntry) -> str:
        """The stored detail (codes and counts, e.g. ``cases=120 activities=142``) in words.

        The stored text itself stays as it is (it is part of the hash chain); a part
        this view does not know is shown as stored.
        """
        if entry.event == "policy_changed":
            return self._policy(entry.detail.strip())
        words = entry.detail.split()
        if entry.event == "statement_exported" and words:
            words[0] = self.organisation_names.get(words[0], words[0])
        return ", ".join(self._part(word) for word in words)

    def _policy(self, name: str) -> str:
        if name.startswith(MIN_CELL_PREFIX):
            key = name[len(MIN_CELL_PREFIX):]
            return self.tr("Minimum cell size of %1").replace("%1", self.organisation_names.get(key, key))
        spec = SPECS.get(name)
        return pick(spec.nl, spec.en) if spec is not None and spec.nl else name

    def _part(self, word: str) -> str:
        flags = {
            "manual": self.tr("made by hand"), "auto": self.tr("automatic"), "reencrypted": self.tr("re-encrypted"),
            "protected": self.tr("protected with a password"), "ok": self.tr("no problems found"),
            "notes": self.tr("with notes"), "docx": self.tr("Word document"), "json": "JSON", "csv": "CSV",
        }
        if word in flags:
            return flags[word]
        months = _MONTHS.match(word)
        if months:
            first_year, first_month, last_year, last_month = months.groups()
            return self.tr("%1 to %2").replace("%1", f"{first_month}-{first_year}").replace(
                "%2", f"{last_month}-{last_year}")
        key, equals, value = word.partition("=")
        if not equals:
            return word
        if key == "format":
            return flags.get(value, value)
        if key == "organisation":
            value = self.tr("all organisations") if value == "overzicht" else self.organisation_names.get(value, value)
        elif key == "grounds":
            value = "; ".join(self._ground(RestrictionGround, one) for one in value.split(","))
        elif key == "ground":
            value = self._ground(RefusalGround, value)
        counts = {
            "cases": self.tr("cases: %1"), "activities": self.tr("activities: %1"),
            "warnings": self.tr("warnings: %1"), "problems": self.tr("problems: %1"),
            "betrokkenen": self.tr("betrokkenen: %1"), "mentions": self.tr("mentions in notes: %1"),
            "removed": self.tr("old backups removed: %1"), "descriptions": self.tr("descriptions erased: %1"),
            "restricted": self.tr("items withheld: %1"), "grounds": self.tr("grounds: %1"),
            "ground": self.tr("ground: %1"), "organisations": self.tr("organisations: %1"),
            "skeletons": self.tr("cases as figures only: %1"), "profile": self.tr("security profile %1"),
            "year": self.tr("year %1"), "organisation": "%1", "min_cell": self.tr("minimum cell size %1"),
        }
        template = counts.get(key)
        return word if template is None else template.replace("%1", value)

    @staticmethod
    def _ground(kind: type[RestrictionGround] | type[RefusalGround], value: str) -> str:
        try:
            return kind(value).label
        except ValueError:
            return value

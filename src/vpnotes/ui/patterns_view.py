"""Patterns across cases, for the VP's eyes only (DESIGN.md §1, seed 001).

Shows what :func:`vpnotes.practice.patterns.find_patterns` finds for an
organisation (or all) in the last 12 months or a report year: recurring
departments, recurring betrokkenen (with every spelling and the references, so
the VP can judge the match and look the cases up), and rising categories. The
thresholds are the notebook's policies and are shown as such.

The dialog names people: it says so, offers no export or copy, and closes when
the notebook locks.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.dates import report_year_label, report_year_of
from vpnotes.errors import VpnotesError
from vpnotes.practice.patterns import OrganisationPatterns, PatternReport, find_patterns
from vpnotes.store.notebook import Notebook
from vpnotes.ui import crash
from vpnotes.ui.i18n import format_date, label
from vpnotes.ui.passphrase_dialogs import MessageLabel
from vpnotes.ui.worker import Busy

YEARS_BACK = 6


class PatternsDialog(QDialog):
    """Recurring departments and betrokkenen, rising categories."""

    def __init__(self, notebook: Notebook, busy: Busy, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.busy = busy
        self.today = today or date.today()
        self.report: PatternReport | None = None
        self.setWindowTitle(self.tr("Patterns across cases"))
        self.private = MessageLabel("warning")
        self.private.show_message(self.tr(
            "For your eyes only: this view names departments, people and cases. It is not saved, exported or "
            "part of any report."))
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        organisations = notebook.organisations.all()
        if len(organisations) > 1:
            self.organisation.addItem(self.tr("All organisations"), None)
        for org in organisations:
            self.organisation.addItem(org.name, org.key)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        self.thresholds = QLabel(self)
        self.thresholds.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Patterns"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Pattern"), self.tr("Cases"), self.tr("Details")])
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)

        bar = QHBoxLayout()
        org_label = QLabel(self.tr("&Organisation"), self)
        org_label.setBuddy(self.organisation)
        period_label = QLabel(self.tr("&Period"), self)
        period_label.setBuddy(self.period)
        bar.addWidget(org_label)
        bar.addWidget(self.organisation)
        bar.addWidget(period_label)
        bar.addWidget(self.period)
        bar.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.private)
        layout.addLayout(bar)
        layout.addWidget(self.thresholds)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(900, 620)

        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self._organisation_changed()

    def organisation_key(self) -> str | None:
        value = self.organisation.currentData()
        return None if value is None else str(value)

    def selected_year(self) -> int | None:
        value = self.period.currentData()
        return None if value is None else int(value)

    def _start_month(self) -> int:
        key = self.organisation_key()
        months = {o.year_start_month for o in self.notebook.organisations.all() if key is None or o.key == key}
        return months.pop() if len(months) == 1 else 1

    def _organisation_changed(self) -> None:
        keep = self.selected_year()
        start = self._start_month()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("Last 12 months"), None)
        current = report_year_of(self.today, start)
        for year in range(current, current - YEARS_BACK, -1):
            self.period.addItem(report_year_label(year, start), year)
        self.period.setCurrentIndex(max(self.period.findData(keep), 0) if keep is not None else 0)
        self.period.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """Look for patterns on the worker; the tree shows them when found."""
        notebook, key, year, today = self.notebook, self.organisation_key(), self.selected_year(), self.today
        self.tree.clear()
        self.thresholds.setText(self.tr("Looking for patterns…"))

        def work() -> PatternReport:
            return find_patterns(notebook, organisation=key, year=year, today=today)

        self.busy.start(work, self.show_report, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, VpnotesError):
            self.thresholds.setText(exc.message)
        else:
            crash.report_exception(exc)

    def show_report(self, report: PatternReport) -> None:
        self.report = report
        t = report.thresholds
        self.thresholds.setText(self.tr(
            "Thresholds (notebook policy, changed in Settings): a department with %1 or more cases, a person "
            "concerned in %2 or more cases, a category rising by %3% or more with at least %1 cases.")
            .replace("%1", str(t.department_min_cases)).replace("%2", str(t.betrokkene_min_cases))
            .replace("%3", str(t.rise_percent)))
        self.tree.clear()
        for org in report.organisations:
            self._add_organisation(org)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 280)
        self.tree.resizeColumnToContents(1)

    def _section(self, parent: QTreeWidgetItem, title: str, empty: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        if empty:
            QTreeWidgetItem(item, [self.tr("none")]).setForeground(0, Qt.GlobalColor.gray)
        return item

    def _add_organisation(self, org: OrganisationPatterns) -> None:
        last_day = org.window_end - timedelta(days=1)
        head = QTreeWidgetItem(self.tree, [
            f"{org.organisation_name} · "
            + self.tr("%1 to %2").replace("%1", format_date(org.window_start)).replace("%2", format_date(last_day))])
        head.setFirstColumnSpanned(True)
        font = head.font(0)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        head.setFont(0, font)
        section = self._section(head, self.tr("Recurring departments"), not org.departments)
        for d in org.departments:
            row = QTreeWidgetItem(section, [
                d.name, str(d.cases),
                self.tr("reporter there: %1, person concerned there: %2 · %3")
                .replace("%1", str(d.as_melder)).replace("%2", str(d.as_betrokkene))
                .replace("%3", ", ".join(d.references))])
            row.setToolTip(2, row.text(2))
        section = self._section(head, self.tr("Recurring persons concerned"), not org.betrokkenen)
        for p in org.betrokkenen:
            details = ", ".join(p.references)
            if len(p.spellings) > 1:
                details += " · " + self.tr("written as: %1").replace("%1", " / ".join(p.spellings))
            QTreeWidgetItem(section, [p.name, str(p.cases), details]).setToolTip(2, details)
        running = "" if org.year_complete else " " + self.tr("(so far)")
        section = self._section(head, self.tr("Rising categories, %1%2 against %3")
                                .replace("%1", org.year_label).replace("%2", running)
                                .replace("%3", org.previous_year_label), not org.rising)
        for r in org.rising:
            if r.rise_percent is None:
                change = self.tr("none the year before")
            else:
                change = self.tr("%1 the year before, +%2%").replace("%1", str(r.previous)).replace(
                    "%2", str(r.rise_percent))
            QTreeWidgetItem(section, [label(r.category, org.sector), str(r.count), change])

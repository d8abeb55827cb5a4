"""Preventive activities (voorlichting, training, advice to the employer...)
with their hours, per organisation and report year, with the total; the
annual report counts them as they are (they are not about persons).

Also holds the organisation/year filter bar the signals page shares.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.model import Activity, Organisation
from vpnotes.domain.vocabulary import ActivityKind
from vpnotes.errors import VpnotesError
from vpnotes.store.notebook import Notebook
from vpnotes.ui.i18n import format_date, label
from vpnotes.ui.widgets import CodeCombo, DateEdit, MessageBar, NoteEdit, ask, confirm, protect_copy, tr

ID_ROLE = Qt.ItemDataRole.UserRole


def year_label(year: int, start_month: int) -> str:
    """A report year as the report names it: "2025", or "2025-2026" for a schooljaar."""
    return str(year) if start_month == 1 else f"{year}-{year + 1}"


def hours_text(hours: float) -> str:
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")  # Dutch decimal comma


class OrganisationYearBar(QWidget):
    """Choose an organisation (or all) and a report year; ``changed`` on every choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, all_organisations: bool = True) -> None:
        super().__init__(parent)
        self._all = all_organisations
        self._organisations: list[Organisation] = []
        self._years: set[int] = set()
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(tr("Organisation"))
        self.year = QComboBox(self)
        self.year.setAccessibleName(tr("Year"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        org_label = QLabel(tr("&Organisation"), self)
        org_label.setBuddy(self.organisation)
        year_label_ = QLabel(tr("&Year"), self)
        year_label_.setBuddy(self.year)
        layout.addWidget(org_label)
        layout.addWidget(self.organisation)
        layout.addWidget(year_label_)
        layout.addWidget(self.year)
        layout.addStretch(1)
        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        self.year.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_organisations(self, organisations: list[Organisation], years: set[int]) -> None:
        keep_org, keep_year = self.organisation_key(), self.selected_year()
        self._organisations = organisations
        self._years = years | {date.today().year}
        self.organisation.blockSignals(True)
        self.organisation.clear()
        if self._all and len(organisations) > 1:
            self.organisation.addItem(tr("All organisations"), None)
        for org in organisations:
            self.organisation.addItem(org.name, org.key)
        self.organisation.setCurrentIndex(max(self.organisation.findData(keep_org), 0))
        self.organisation.blockSignals(False)
        self._fill_years(keep_year if keep_year is not None else date.today().year)
        self.changed.emit()

    def clear(self) -> None:
        self._organisations = []
        self._years = set()
        for combo in (self.organisation, self.year):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)

    def _start_month(self) -> int:
        key = self.organisation_key()
        org = next((o for o in self._organisations if o.key == key), None)
        return org.year_start_month if org else 1

    def _fill_years(self, keep: int) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        start_month = self._start_month()
        for y in sorted(self._years, reverse=True):
            self.year.addItem(year_label(y, start_month), y)
        self.year.setCurrentIndex(max(self.year.findData(keep), 0))
        self.year.blockSignals(False)

    def _organisation_changed(self) -> None:
        self._fill_years(self.selected_year() or date.today().year)
        self.changed.emit()

    def organisation_key(self) -> str | None:
        value = self.organisation.currentData()
        return None if value is None else str(value)

    def selected_year(self) -> int | None:
        value = self.year.currentData()
        return None if value is None else int(value)

    def period(self) -> tuple[date, date] | None:
        """[start, end) of the selected report year of the selected organisation."""
        year = self.selected_year()
        if year is None:
            return None
        month = self._start_month()
        return date(year, month, 1), date(year + 1, month, 1)


class ActivityDialog(QDialog):
    def __init__(self, organisations: list[Organisation], parent: QWidget | None = None, *,
                 activity: Activity | None = None, organisation: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit activity") if activity else tr("New activity"))
        self._id = activity.id if activity else None
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(tr("Organisation"))
        for org in organisations:
            self.organisation.addItem(org.name, org.key)
        self.date = DateEdit(self, accessible_name=tr("Date"))
        self.kind = CodeCombo(ActivityKind, self, accessible_name=tr("Kind of activity"))
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0, 1000)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(1.0)
        self.hours.setAccessibleName(tr("Hours"))
        self.description = NoteEdit(self, accessible_name=tr("Description"))
        self.description.setMaximumHeight(100)
        form = QFormLayout()
        form.addRow(tr("&Organisation"), self.organisation)
        form.addRow(tr("&Date"), self.date)
        form.addRow(tr("&Kind"), self.kind)
        form.addRow(tr("&Hours"), self.hours)
        form.addRow(tr("D&escription"), self.description)
        for field in (self.organisation, self.date, self.kind, self.hours, self.description):
            lbl = form.labelForField(field)
            if isinstance(lbl, QLabel):
                lbl.setBuddy(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        protect_copy(self)
        key = activity.organisation if activity else organisation
        self.organisation.setCurrentIndex(max(self.organisation.findData(key), 0))
        if activity is not None:
            self.date.set_day(activity.date)
            self.kind.set_code(activity.kind)
            self.hours.setValue(activity.hours)
            self.description.set_text(activity.description or "")
        self.kind.setFocus()

    def activity(self) -> Activity:
        return Activity(
            id=self._id, organisation=str(self.organisation.currentData()), date=self.date.day(),
            kind=self.kind.code() or ActivityKind.OVERIG, hours=self.hours.value(),
            description=self.description.text().strip() or None,
        )


class ActivitiesPage(QWidget):
    """Preventive activities per organisation and year, with total hours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notebook: Notebook | None = None
        self._activities: list[Activity] = []

        heading = QLabel(tr("Preventive activities"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.filters = OrganisationYearBar(self)
        self.filters.changed.connect(self.reload)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(tr("Activities"))
        self.tree.setHeaderLabels([tr("Date"), tr("Organisation"), tr("Kind"), tr("Hours"), tr("Description")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemActivated.connect(lambda _i, _c: self.edit_activity())
        self.total = QLabel(self)
        self.total.setAccessibleName(tr("Total hours"))
        self.message = MessageBar(self)

        self.add_action = QAction(tr("New activity…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.add_action.triggered.connect(self.add_activity)
        self.edit_action = QAction(tr("Edit activity…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.triggered.connect(self.edit_activity)
        self.delete_action = QAction(tr("Delete activity…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_activity)
        for action in self.page_actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions(self.page_actions())

        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        for text, action in ((tr("New… (Ctrl+Shift+A)"), self.add_action), (tr("Edit… (F2)"), self.edit_action),
                             (tr("Delete (Del)"), self.delete_action)):
            button = QPushButton(text, self)
            button.setAccessibleName(action.text().rstrip("…"))
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        protect_copy(self)
        self._update_actions()

    def page_actions(self) -> list[QAction]:
        return [self.add_action, self.edit_action, self.delete_action]

    def set_notebook(self, notebook: Notebook | None) -> None:
        self._notebook = notebook
        self.message.clear_message()
        if notebook is None:
            self.filters.clear()
            self._activities = []
            self.tree.clear()
            self.total.clear()
            self._update_actions()
            return
        years = {a.date.year for a in notebook.work.activities()}
        self.filters.set_organisations(notebook.organisations.all(), years)  # emits changed -> reload

    def reload(self) -> None:
        self.tree.clear()
        self._activities = []
        if self._notebook is None:
            self.total.clear()
            self._update_actions()
            return
        period = self.filters.period()
        start, end = period if period else (None, None)
        self._activities = self._notebook.work.activities(self.filters.organisation_key(), start, end)
        for activity in self._activities:
            item = QTreeWidgetItem([format_date(activity.date), activity.organisation, label(activity.kind),
                                    hours_text(activity.hours), (activity.description or "").replace("\n", " ")])
            item.setData(0, ID_ROLE, activity.id)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        total = sum(a.hours for a in self._activities)
        self.total.setText(tr("Total: %1 hours in %2 activities")
                           .replace("%1", hours_text(total)).replace("%2", str(len(self._activities))))
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_actions()

    def _update_actions(self) -> None:
        writable = self._notebook is not None and not self._notebook.vault.read_only
        self.add_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and bool(self._activities))
        self.delete_action.setEnabled(writable and bool(self._activities))

    def _selected(self) -> Activity | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return next((a for a in self._activities if a.id == item.data(0, ID_ROLE)), None)

    def add_activity(self) -> None:
        if self._notebook is None:
            return
        organisations = self._notebook.organisations.all()
        if not organisations:
            self.message.show_message(tr("Add an organisation first (in the settings)."))
            return
        activity = ask(ActivityDialog(organisations, self, organisation=self.filters.organisation_key()),
                       ActivityDialog.activity)
        if activity is not None:
            self._save(activity, new=True)

    def edit_activity(self) -> None:
        activity = self._selected()
        if self._notebook is None or activity is None:
            return
        changed = ask(ActivityDialog(self._notebook.organisations.all(), self, activity=activity),
                      ActivityDialog.activity)
        if changed is not None:
            self._save(changed, new=False)

    def _save(self, activity: Activity, *, new: bool) -> None:
        if self._notebook is None:
            return  # locked while the dialog was open: nothing is saved
        try:
            if new:
                self._notebook.work.add_activity(activity)
            else:
                self._notebook.work.update_activity(activity)
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            return
        self.message.clear_message()
        if activity.date.year not in {self.filters.year.itemData(i) for i in range(self.filters.year.count())}:
            self.set_notebook(self._notebook)
        self.reload()
        self._select(activity.id)

    def _select(self, activity_id: int | None) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, ID_ROLE) == activity_id:
                self.tree.setCurrentItem(item)

    def delete_activity(self) -> None:
        activity = self._selected()
        if self._notebook is None or activity is None or activity.id is None:
            return
        if not confirm(self, tr("Delete activity"), tr("Delete this activity?")) or self._notebook is None:
            return
        try:
            self._notebook.work.delete_activity(activity.id)
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            return
        self.reload()

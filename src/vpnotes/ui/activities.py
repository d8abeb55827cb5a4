"""Preventive activities (voorlichting, training, advice to the employer...)
with their hours, per organisation and report year, with the total; the
annual report counts them as they are (they are not about persons).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QFormLayout, QListWidget, QTreeWidget, QTreeWidgetItem, QWidget

from vpnotes.domain.model import Activity, Organisation
from vpnotes.domain.vocabulary import ActivityKind
from vpnotes.store.notebook import Notebook
from vpnotes.ui.i18n import format_date, label
from vpnotes.ui.org_year_page import (
    ID_ROLE,
    OrgYearPage,
    StoreCalls,
    finish_dialog,
    fit_columns,
    organisation_combo,
)
from vpnotes.ui.org_year_page import year_label as year_label  # where the tests and older callers look
from vpnotes.ui.widgets import CodeCombo, DateEdit, NoteEdit, ask, tr


def hours_text(hours: float) -> str:
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")  # Dutch decimal comma


class ActivityDialog(QDialog):
    def __init__(self, organisations: list[Organisation], parent: QWidget | None = None, *,
                 activity: Activity | None = None, organisation: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit activity") if activity else tr("New activity"))
        self._id = activity.id if activity else None
        self.organisation = organisation_combo(organisations, self, activity.organisation if activity else organisation)
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
        finish_dialog(self, form, (self.organisation, self.date, self.kind, self.hours, self.description))
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


class ActivitiesPage(OrgYearPage[Activity]):
    """Preventive activities per organisation and year, with total hours."""

    _goes_where_saved = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, heading=tr("Preventive activities"),
                         actions=(tr("New activity…"), tr("Edit activity…"), tr("Delete activity…")),
                         new_button=tr("New… (Ctrl+Shift+A)"), shortcut="Ctrl+Shift+A", total_name=tr("Total hours"))
        self._names: dict[str, str] = {}  # organisation key -> name, for the organisation column

    def _make_view(self) -> QTreeWidget | QListWidget:
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(tr("Activities"))
        self.tree.setHeaderLabels([tr("Date"), tr("Organisation"), tr("Kind"), tr("Hours"), tr("Description")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        return self.tree

    def set_notebook(self, notebook: Notebook | None) -> None:
        self._names = {org.key: org.name for org in notebook.organisations.all()} if notebook else {}
        super().set_notebook(notebook)

    def _years(self, notebook: Notebook) -> set[int]:
        return {a.date.year for a in notebook.work.activities()}

    def _load(self, notebook: Notebook) -> list[Activity]:
        period = self.filters.period()
        start, end = period if period else (None, None)
        return notebook.work.activities(self.filters.organisation_key(), start, end)

    def _show(self, records: list[Activity]) -> None:
        for activity in records:
            organisation = self._names.get(activity.organisation, activity.organisation)
            item = QTreeWidgetItem([format_date(activity.date), organisation, label(activity.kind),
                                    hours_text(activity.hours), (activity.description or "").replace("\n", " ")])
            item.setData(0, ID_ROLE, activity.id)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        fit_columns(self.tree, (0, 1, 2, 3))
        total = sum(a.hours for a in records)
        self.total.setText(tr("Total: %1 hours in %n activity(ies)", "", len(records))
                           .replace("%1", hours_text(total)))

    def _ask(self, notebook: Notebook, record: Activity | None) -> Activity | None:
        organisations = notebook.organisations.all()
        if record is None:
            dialog = ActivityDialog(organisations, self, organisation=self.filters.organisation_key())
        else:
            dialog = ActivityDialog(organisations, self, activity=record)
        return ask(dialog, ActivityDialog.activity)

    def _store(self, notebook: Notebook) -> StoreCalls[Activity]:
        return notebook.work.add_activity, notebook.work.update_activity, notebook.work.delete_activity

    def _delete_question(self, record: Activity) -> tuple[str, str]:
        return tr("Delete activity"), tr("Delete this activity?")

"""What the pages "per organisation and report year" (activities, expenses,
signals) share: the organisation/year filter bar, the pieces of their edit
dialogs, and :class:`OrgYearPage`, the page itself: heading, filters, a list
of records, the New/Edit/Delete actions with their buttons, and the add, edit
and delete flow against the notebook. A page says what it lists, how it shows
a record, which dialog edits one and where the store keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.model import Organisation
from vpnotes.errors import VpnotesError
from vpnotes.store.notebook import Notebook
from vpnotes.ui.widgets import MessageBar, buddy_labels, confirm, dialog_buttons, protect_copy, tr

ID_ROLE = Qt.ItemDataRole.UserRole  # a row's record id, in its first column


def year_label(year: int, start_month: int) -> str:
    """A report year as the report names it: "2025", or "2025-2026" for a schooljaar."""
    return str(year) if start_month == 1 else f"{year}-{year + 1}"


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
        # A schooljaar ("2025-2026") is wider than the calendar years the combo first showed.
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
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

    def start_month(self) -> int:
        """The month the selected organisation's report year starts in (1 with all organisations)."""
        key = self.organisation_key()
        org = next((o for o in self._organisations if o.key == key), None)
        return org.year_start_month if org else 1

    def _fill_years(self, keep: int) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        start_month = self.start_month()
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

    def offered_years(self) -> set[int]:
        return {int(self.year.itemData(i)) for i in range(self.year.count())}

    def period(self) -> tuple[date, date] | None:
        """[start, end) of the selected report year of the selected organisation."""
        year = self.selected_year()
        if year is None:
            return None
        month = self.start_month()
        return date(year, month, 1), date(year + 1, month, 1)


def organisation_combo(organisations: list[Organisation], parent: QWidget, selected: str | None) -> QComboBox:
    """The organisation picker of an edit dialog, on ``selected`` (else the first)."""
    combo = QComboBox(parent)
    combo.setAccessibleName(tr("Organisation"))
    for org in organisations:
        combo.addItem(org.name, org.key)
    combo.setCurrentIndex(max(combo.findData(selected), 0))
    return combo


def finish_dialog(dialog: QDialog, form: QFormLayout, fields: tuple[QWidget, ...], *,
                  below: tuple[QWidget, ...] = ()) -> None:
    """Lay out an edit dialog: ``form`` (each field its label's buddy), ``below``, then OK and Cancel."""
    buddy_labels(form, fields)
    buttons = dialog_buttons(dialog)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    for widget in below:
        layout.addWidget(widget)
    layout.addWidget(buttons)
    protect_copy(dialog)


class Record(Protocol):
    """What the page needs of the records it lists (Activity, Expense, Signal)."""

    @property
    def id(self) -> int | None: ...

    @property
    def organisation(self) -> str: ...


R = TypeVar("R", bound=Record)
StoreCalls = tuple[Callable[[R], object], Callable[[R], object], Callable[[int], object]]
"""Add, update and delete of one kind of record (``notebook.work.add_activity``...)."""


COLUMN_GAP = 16  # pixels between the columns that fit their text


def fit_columns(tree: QTreeWidget, columns: tuple[int, ...]) -> None:
    """Size ``columns`` to their text (the last, free-text column takes the rest)."""
    for column in columns:
        tree.resizeColumnToContents(column)
        tree.setColumnWidth(column, tree.columnWidth(column) + COLUMN_GAP)

class OrgYearPage(QWidget, Generic[R]):
    """Records of one kind per organisation and report year, added, edited and deleted in place.

    A subclass makes its view (:meth:`_make_view`, a tree or list whose rows hold the
    record id under ``ID_ROLE`` in the first column) and says how to load, show, edit
    and store its records. The page's own widgets are made in tab order: filters,
    view, buttons.
    """

    def __init__(self, parent: QWidget | None, *, heading: str, actions: tuple[str, str, str], new_button: str,
                 shortcut: str, note: str | None = None, total_name: str | None = None,
                 all_organisations: bool = True) -> None:
        """``actions``: the New, Edit and Delete action texts; ``new_button`` names its shortcut
        (``shortcut``); ``note`` goes above the filters; ``total_name`` names the total, if any."""
        super().__init__(parent)
        self._notebook: Notebook | None = None
        self._records: list[R] = []

        title = QLabel(heading, self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        note_label = None
        if note is not None:
            note_label = QLabel(note, self)
            note_label.setWordWrap(True)
        self.filters = OrganisationYearBar(self, all_organisations=all_organisations)
        self.filters.changed.connect(self.reload)
        self.view = self._make_view()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.activated.connect(lambda _index: self.edit_record())
        below = self._below_view()
        self.total = QLabel(self)
        self.total.setVisible(total_name is not None)
        if total_name is not None:
            self.total.setAccessibleName(total_name)
        self.message = MessageBar(self)

        add_text, edit_text, delete_text = actions
        self.add_action = QAction(add_text, self)
        self.add_action.setShortcut(QKeySequence(shortcut))
        self.add_action.triggered.connect(self.add_record)
        self.edit_action = QAction(edit_text, self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.triggered.connect(self.edit_record)
        self.delete_action = QAction(delete_text, self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_record)
        for action in self.page_actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions(self.page_actions())

        buttons = QHBoxLayout()
        if total_name is not None:
            buttons.addWidget(self.total, 1)
        else:
            buttons.addStretch(1)
        self.buttons: list[QPushButton] = []
        for text, action in ((new_button, self.add_action), (tr("Edit… (F2)"), self.edit_action),
                             (tr("Delete (Del)"), self.delete_action)):
            button = QPushButton(text, self)
            button.setAccessibleName(action.text().rstrip("…"))
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.buttons.append(button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if note_label is not None:
            layout.addWidget(note_label)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        for widget in below:
            layout.addWidget(widget)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        protect_copy(self)
        self._update_actions()

    # What a page says about its records.

    def _make_view(self) -> QTreeWidget | QListWidget:
        raise NotImplementedError

    def _below_view(self) -> list[QWidget]:
        """Widgets between the view and the message (made after the view)."""
        return []

    def _years(self, notebook: Notebook) -> set[int]:
        """Every year the year filter may need for the records in ``notebook``."""
        raise NotImplementedError

    def _load(self, notebook: Notebook) -> list[R]:
        """The records the filters choose."""
        raise NotImplementedError

    def _show(self, records: list[R]) -> None:
        """Fill the (emptied) view with ``records`` and set the total."""
        raise NotImplementedError

    def _ask(self, notebook: Notebook, record: R | None) -> R | None:
        """Run the edit dialog on ``record`` (None: a new one): the record as accepted, else None."""
        raise NotImplementedError

    def _problem(self, record: R) -> str | None:
        """Why ``record`` cannot be saved as it is, if it cannot."""
        return None

    def _store(self, notebook: Notebook) -> StoreCalls[R]:
        """The store's add, update and delete for these records."""
        raise NotImplementedError

    def _delete_question(self, record: R) -> tuple[str, str]:
        """The title and question that confirm deleting ``record``."""
        raise NotImplementedError

    _goes_where_saved = True
    """Whether the filters go to a record saved where they hid it (with :meth:`_report_year`)."""

    def _report_year(self, record: R, start_month: int) -> int:
        """The report year ``record`` counts in when the year starts in ``start_month``."""
        raise NotImplementedError

    # The shared plumbing.

    def page_actions(self) -> list[QAction]:
        return [self.add_action, self.edit_action, self.delete_action]

    def set_notebook(self, notebook: Notebook | None) -> None:
        self._notebook = notebook
        self.message.clear_message()
        if notebook is None:
            self.filters.clear()
            self._records = []
            self.view.clear()
            self.total.clear()
            self._update_actions()
            return
        self.filters.set_organisations(notebook.organisations.all(), self._years(notebook))  # emits changed -> reload

    def reload(self) -> None:
        self.view.clear()
        self._records = []
        if self._notebook is None:
            self.total.clear()
            self._update_actions()
            return
        self._records = self._load(self._notebook)
        self._show(self._records)
        self._select_row(0)
        self._update_actions()

    def _update_actions(self) -> None:
        writable = self._notebook is not None and not self._notebook.vault.read_only
        self.add_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and bool(self._records))
        self.delete_action.setEnabled(writable and bool(self._records))

    def _selected(self) -> R | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        record_id = index.siblingAtColumn(0).data(ID_ROLE)
        return next((r for r in self._records if r.id == record_id), None)

    def _select_row(self, row: int) -> None:
        index = self.view.model().index(row, 0)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def _select(self, record_id: int | None) -> None:
        model = self.view.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == record_id:
                self._select_row(row)

    def add_record(self) -> None:
        if self._notebook is None:
            return
        if not self._notebook.organisations.all():
            self.message.show_message(tr("Add an organisation first (in the settings)."))
            return
        record = self._ask(self._notebook, None)
        if record is not None:
            self._save(record, new=True)

    def edit_record(self) -> None:
        record = self._selected()
        if self._notebook is None or record is None:
            return
        changed = self._ask(self._notebook, record)
        if changed is not None:
            self._save(changed, new=False)

    def _save(self, record: R, *, new: bool) -> None:
        if self._notebook is None:
            return  # locked while the dialog was open: nothing is saved
        problem = self._problem(record)
        if problem is not None:
            self.message.show_message(problem)
            return
        try:
            add, update, _delete = self._store(self._notebook)
            (add if new else update)(record)
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            return
        self.message.clear_message()
        years = self._years(self._notebook)
        if not years <= self.filters.offered_years():
            self.filters.set_organisations(self._notebook.organisations.all(), years)  # -> reload
        self.reload()
        if self._goes_where_saved and all(r.id != record.id for r in self._records):
            # Saved outside the chosen organisation or year: go where it went, so the VP sees it saved.
            if self.filters.organisation_key() is not None:
                self.filters.organisation.setCurrentIndex(
                    max(self.filters.organisation.findData(record.organisation), 0))
            year = self._report_year(record, self.filters.start_month())
            self.filters.year.setCurrentIndex(max(self.filters.year.findData(year), 0))
        self._select(record.id)

    def delete_record(self) -> None:
        record = self._selected()
        if self._notebook is None or record is None or record.id is None:
            return
        title, question = self._delete_question(record)
        if not confirm(self, title, question) or self._notebook is None:
            return
        try:
            self._store(self._notebook)[2](record.id)
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            return
        self.reload()

"""The cases page: the list of cases (search as you type, filters, sorting)
beside the open case, plus new case, new contact, and delete with undo.

The list model loads ``notebook.cases.summaries()`` once per notebook and
afterwards changes single rows, so it stays quick with 10,000 cases. That first
load runs on the worker (:func:`load_list`); meanwhile the list is empty and
says it is loading, and only the model reset happens on the UI thread. A lock
or another notebook before the result arrives makes it stale: it is dropped.
Search asks the full-text index for the matching ids and filters on that set.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.model import Case, CaseSummary
from vpnotes.domain.search_context import match_in_texts
from vpnotes.domain.vocabulary import Category, Sector
from vpnotes.errors import VpnotesError
from vpnotes.store.drafts import Draft
from vpnotes.store.notebook import Notebook
from vpnotes.ui import crash, discretion
from vpnotes.ui.case_view import CaseView
from vpnotes.ui.contact_dialog import ContactDialog
from vpnotes.ui.discretion import masked
from vpnotes.ui.editing import restore
from vpnotes.ui.i18n import format_date, label, labels
from vpnotes.ui.new_case_dialog import NewCaseDialog
from vpnotes.ui.widgets import ask, confirm, protect_copy, show_error, tr
from vpnotes.ui.worker import run_task

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_COLOUR = QColor("#a3290f")
CONTEXT_DELAY_MS = 150  # a pause in typing before the list shows why each case matched


def summary_from_case(case: Case) -> CaseSummary:
    """The list row of a case just loaded or saved, without asking the store again."""
    assert case.id is not None
    open_due = [f.due for f in case.followups if f.done is None]
    first = min(case.contacts, key=lambda c: (c.date, c.id or 0), default=None)
    return CaseSummary(
        id=case.id, reference=case.reference, kind=case.kind, categories=list(case.categories),
        organisation=case.organisation or "", opened=case.opened, closed=case.closed, purged=case.purged,
        on_hold=case.retention_hold is not None,
        last_contact=max((c.date for c in case.contacts), default=None),
        next_followup=min(open_due, default=None), melder_name=case.melder.name,
        subject=case.title or (first.summary if first is not None else None),
    )


@dataclass(frozen=True)
class ListData:
    """What the case list needs from the store: every row and the organisations' keys and names."""

    summaries: list[CaseSummary]
    organisations: list[str]
    names: dict[str, str] = field(default_factory=dict)  # key -> name, shown where the VP reads it
    sectors: dict[str, Sector] = field(default_factory=dict)  # key -> sector: the words for its codes (§9)


def load_list(notebook: Notebook) -> ListData:
    """Query the case list's content; runs on the worker at unlock (the vault's lock serialises)."""
    organisations = notebook.organisations.all()
    return ListData(notebook.cases.summaries(), [o.key for o in organisations],
                    {o.key: o.name for o in organisations}, {o.key: o.sector for o in organisations})


def status_text(summary: CaseSummary) -> str:
    if summary.purged:
        return tr("purged")
    if summary.on_hold:
        return tr("on hold")
    return tr("open") if summary.closed is None else tr("closed")


def column_titles() -> list[str]:
    # Literal tr() calls, so the translation tool finds every title.
    return [tr("Reference"), tr("Kind"), tr("Categories"), tr("Organisation"), tr("Status"),
            tr("Last contact"), tr("Next follow-up"), tr("Name"), tr("Subject")]


COLUMNS = range(9)
(COL_REFERENCE, COL_KIND, COL_CATEGORIES, COL_ORGANISATION, COL_STATUS, COL_LAST_CONTACT,
 COL_NEXT_FOLLOWUP, COL_NAME, COL_SUBJECT) = range(len(COLUMNS))
# Left to right as she reads a row: who and what, what is next, when last; then the statistics.
VISUAL_ORDER = (COL_REFERENCE, COL_NAME, COL_SUBJECT, COL_NEXT_FOLLOWUP, COL_LAST_CONTACT, COL_STATUS, COL_KIND,
                COL_CATEGORIES, COL_ORGANISATION)
IDENTIFYING = (COL_NAME, COL_SUBJECT)


class CaseListModel(QAbstractTableModel):
    """Rows are case summaries; the model never queries the store itself.

    The model sorts itself (one Python ``list.sort`` with a key per row), which
    is far quicker for 10,000 rows than a proxy comparing pairs of rows
    through ``data()``; the filter proxy keeps the source order.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._row_of: dict[int, int] = {}
        self.organisation_names: dict[str, str] = {}  # key -> name; the key where a name is unknown
        self.organisation_sectors: dict[str, Sector] = {}  # key -> sector, for the categories' labels
        # While searching: why a case matched, computed from the decrypted case when a row is shown.
        self.context_of: Callable[[int], str] | None = None
        self._contexts: dict[int, str] = {}
        self._sort_column = COL_REFERENCE
        self._sort_order = Qt.SortOrder.DescendingOrder

    # -- content -----------------------------------------------------------------------------

    def set_summaries(self, summaries: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; selections and other persistent indexes follow their rows."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[index.row()].id if index.isValid() else None for index in persistent]
        self._sort_rows()
        self.changePersistentIndexList(
            persistent,
            [self.index(self._row_of[i], index.column()) if i is not None else QModelIndex()
             for i, index in zip(ids, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column = self._sort_column
        self._rows.sort(key=lambda s: self._sort_key(s, column),
                        reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._reindex()

    def clear(self) -> None:
        self.set_summaries([])

    def match_context(self, case_id: int) -> str:
        """The matching words in context for a search hit (empty without a search); cached per search."""
        if self.context_of is None:
            return ""
        if case_id not in self._contexts:
            self._contexts[case_id] = self.context_of(case_id)
        return self._contexts[case_id]

    def set_context_source(self, source: Callable[[int], str] | None) -> None:
        """A new search (or none): forget the contexts shown. The page repaints the visible rows
        (a dataChanged over 10,000 rows made the filter proxy walk them all on every keystroke)."""
        self.context_of = source
        self._contexts.clear()

    def repaint_identifying(self, _on: bool = False) -> None:
        """The discretion switch changed: names and subjects are drawn again (rarely: one signal is fine)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_NAME), self.index(len(self._rows) - 1, COL_SUBJECT))

    def summaries(self) -> list[CaseSummary]:
        return list(self._rows)

    def summary(self, case_id: int) -> CaseSummary | None:
        row = self._row_of.get(case_id)
        return None if row is None else self._rows[row]

    def row_of(self, case_id: int) -> int | None:
        return self._row_of.get(case_id)

    def upsert(self, summary: CaseSummary) -> None:
        """Replace the row of ``summary.id``, or add it at the top (a new case)."""
        row = self._row_of.get(summary.id)
        if row is None:
            # A new (or restored) case goes where the current sort puts it.
            keys = [self._sort_key(s, self._sort_column) for s in self._rows]
            key = self._sort_key(summary, self._sort_column)
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            row = next((i for i, k in enumerate(keys) if (k < key if descending else k > key)), len(keys))
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, summary)
            self._reindex()
            self.endInsertRows()
        else:
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def remove(self, case_id: int) -> None:
        row = self._row_of.get(case_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._reindex()
        self.endRemoveRows()

    def _reindex(self) -> None:
        self._row_of = {s.id: i for i, s in enumerate(self._rows)}

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        # Public (Qt's table model hides it), so generic model walkers can ask too.
        return not parent.isValid() and bool(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.DisplayRole:
            return masked(self._display(s, col)) if col in IDENTIFYING else self._display(s, col)
        if role == SORT_ROLE:
            return self._sort_key(s, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NEXT_FOLLOWUP and _overdue(s.next_followup):
            return tr("Overdue")
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ORGANISATION:
            return self._display(s, col)  # the column is narrower than most names
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_SUBJECT:
            return masked(self.match_context(s.id)) or masked(s.subject)  # why a search found it, or all of it
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_NEXT_FOLLOWUP and _overdue(s.next_followup):
            return OVERDUE_COLOUR
        return None

    def _display(self, s: CaseSummary, col: int) -> str:
        if col == COL_REFERENCE:
            return s.reference or tr("(purged)")
        if col == COL_KIND:
            return label(s.kind)
        if col == COL_CATEGORIES:
            return labels(s.categories, self.organisation_sectors.get(s.organisation))
        if col == COL_ORGANISATION:
            return self.organisation_names.get(s.organisation, s.organisation)
        if col == COL_STATUS:
            return status_text(s)
        if col == COL_LAST_CONTACT:
            return format_date(s.last_contact)
        if col == COL_NAME:
            return s.melder_name or ""
        if col == COL_SUBJECT:
            return self.match_context(s.id) or (s.subject or "").replace("\n", " ")
        return format_date(s.next_followup)

    def _sort_key(self, s: CaseSummary, col: int) -> str:
        # Strings sort the same in every column; ISO dates sort chronologically, "~" puts
        # absent dates last.
        if col == COL_REFERENCE:
            # Purged skeletons have no reference: they are the oldest, so they sort first
            # ascending and last in the default newest-first order.
            return s.reference or ""
        if col == COL_LAST_CONTACT:
            return s.last_contact.isoformat() if s.last_contact else "~"
        if col == COL_NEXT_FOLLOWUP:
            return s.next_followup.isoformat() if s.next_followup else "~"
        return self._display(s, col).casefold()


def _overdue(day: date | None) -> bool:
    return day is not None and day < date.today()


STATUS_ALL, STATUS_OPEN, STATUS_CLOSED, STATUS_ON_HOLD = "all", "open", "closed", "hold"


class CaseFilterProxy(QSortFilterProxyModel):
    """Filters on status, category, organisation, year and a set of search hits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = STATUS_ALL
        self.category: Category | None = None
        self.organisation: str | None = None
        self.year: int | None = None
        self.hits: set[int] | None = None  # None = no search active
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts (quickly); the proxy only filters and keeps the source order.
        source = self.sourceModel()
        if column >= 0 and source is not None:
            source.sort(column, order)

    def set_filters(self, **changes: Any) -> None:
        """Change some of ``status``, ``category``, ``organisation``, ``year``, ``hits`` and filter once."""
        self.beginFilterChange()
        self.configure(**changes)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def configure(self, **changes: Any) -> None:
        """Change filters without filtering now (the source is about to be reset anyway)."""
        unknown = set(changes) - {"status", "category", "organisation", "year", "hits"}
        if unknown:
            raise TypeError(f"unknown filters {sorted(unknown)}")
        for name, value in changes.items():
            setattr(self, name, value)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CaseListModel)
        s = model._rows[source_row]
        if self.hits is not None and s.id not in self.hits:
            return False
        if self.status == STATUS_OPEN and (s.closed is not None or s.purged):
            return False
        if self.status == STATUS_CLOSED and s.closed is None and not s.purged:
            return False
        if self.status == STATUS_ON_HOLD and not s.on_hold:
            return False
        if self.category is not None and self.category not in s.categories:
            return False
        if self.organisation is not None and s.organisation != self.organisation:
            return False
        if self.year is not None:
            # A case belongs to every year in which it was open.
            if s.opened.year > self.year:
                return False
            if s.closed is not None and s.closed.year < self.year:
                return False
        return True


class CasesPage(QWidget):
    """Case list with filters on the left, the open case on the right."""

    caseOpened = Signal(int)
    LOADS_ON_WORKER = True  # set_notebook starts a query on the worker (the window hands it the notebook last)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notebook: Notebook | None = None
        self._deleted: list[Case] = []  # undo stack; lives only while this notebook is open
        self._generation = 0  # counts notebooks and loads: a load's result is used only if still current
        self._loading = False
        self._after_load: list[Callable[[], None]] = []  # waiting for the first load (the place after unlock)
        self._build()
        self._build_actions()
        self._update_actions()
        # Names, notes and references leave only through the secret clipboard; the timeline
        # has its own Copy (summary and notes of the contact).
        protect_copy(self, exclude=(self.case_view.contacts_section.timeline,))

    # -- construction ------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(tr("Search names, notes, references… (Ctrl+F)"))
        self.search_edit.setAccessibleName(tr("Search cases"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search_changed)
        self.search_edit.installEventFilter(self)
        self._context_query = ""
        self._context_timer = QTimer(self)
        self._context_timer.setSingleShot(True)
        self._context_timer.setInterval(CONTEXT_DELAY_MS)
        self._context_timer.timeout.connect(self._show_contexts)

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(tr("Filter by status"))
        for text, value in ((tr("All cases"), STATUS_ALL), (tr("Open"), STATUS_OPEN),
                            (tr("Closed"), STATUS_CLOSED), (tr("On hold"), STATUS_ON_HOLD)):
            self.status_filter.addItem(text, value)
        self.category_filter = QComboBox(self)
        self.category_filter.setAccessibleName(tr("Filter by category"))
        self.category_filter.addItem(tr("All categories"), None)
        for category in Category:
            self.category_filter.addItem(label(category), category.value)
        self.organisation_filter = QComboBox(self)
        self.organisation_filter.setAccessibleName(tr("Filter by organisation"))
        # Organisation and category names are long: the combos stay narrow (at 1366 pixels the year filter
        # read "Alle jarer" beside them), their lists show the names whole.
        for combo, length in ((self.organisation_filter, 10), (self.category_filter, 16)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(length)
        self.category_filter.view().setMinimumWidth(self.category_filter.view().sizeHintForColumn(0) + 24)
        self.year_filter = QComboBox(self)
        self.year_filter.setAccessibleName(tr("Filter by year"))
        for combo in (self.status_filter, self.category_filter, self.organisation_filter, self.year_filter):
            combo.currentIndexChanged.connect(self._filters_changed)

        self.model = CaseListModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(tr("Cases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.installEventFilter(self)
        discretion.switch().changed.connect(self.model.repaint_identifying)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(tr("Number of cases shown"))

        # The status beside the search field: four filters in one row made the list at least
        # 500 pixels wide, which left the case view too narrow for its two columns at 1280 pixels.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.status_filter)
        filters = QHBoxLayout()
        for combo in (self.category_filter, self.organisation_filter, self.year_filter):
            filters.addWidget(combo)
        filters.addStretch(1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        self.case_view = CaseView(self)
        self.case_view.caseChanged.connect(self._case_changed)
        self.case_view.newContactRequested.connect(self.new_contact)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.case_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        # The case view needs about 780 pixels for both columns; at 1366 pixels the list gets the rest,
        # enough for reference, name, subject, next follow-up and last contact without scrolling.
        self.splitter.setSizes([560, 780])
        for column, width in ((COL_REFERENCE, 70), (COL_NAME, 112), (COL_SUBJECT, 132), (COL_NEXT_FOLLOWUP, 104),
                              (COL_LAST_CONTACT, 104), (COL_KIND, 72), (COL_CATEGORIES, 150),
                              (COL_ORGANISATION, 130), (COL_STATUS, 72)):
            self.table.setColumnWidth(column, width)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for position, column in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(column), position)

        # The undo bar appears after a delete, until the next delete is undone or the notebook locks.
        self.undo_bar = QFrame(self)
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_bar.setStyleSheet("QFrame { background: #fff4d6; }")
        bar = QHBoxLayout(self.undo_bar)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_button = QPushButton(tr("Undo (Ctrl+Z)"), self.undo_bar)
        self.undo_button.setAccessibleName(tr("Undo delete"))
        self.undo_button.clicked.connect(self.undo_delete)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.splitter, 1)

    def _build_actions(self) -> None:
        self.new_contact_action = QAction(tr("New contact…"), self)
        self.new_contact_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_contact_action.triggered.connect(lambda _checked=False: self.new_contact())
        self.new_case_action = QAction(tr("New case…"), self)
        self.new_case_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_case_action.triggered.connect(lambda _checked=False: self.new_case())
        self.delete_action = QAction(tr("Delete case…"), self)
        self.delete_action.setShortcut(QKeySequence("Ctrl+Delete"))
        self.delete_action.triggered.connect(self.delete_case)
        self.undo_action = QAction(tr("Undo delete"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo_delete)
        self.find_action = QAction(tr("Search cases"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._focus_search)
        # Also reachable when the shell has not (yet) put them in a menu.
        self.addActions([self.new_contact_action, self.new_case_action, self.delete_action,
                         self.undo_action, self.find_action])
        for action in self.actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def page_actions(self) -> list[QAction]:
        return [self.new_contact_action, self.new_case_action, self.delete_action, self.undo_action,
                self.find_action]

    # -- notebook ----------------------------------------------------------------------------

    def set_notebook(self, notebook: Notebook | None) -> None:
        """Show ``notebook``'s cases; ``None`` (locked) forgets every case and clears every view.

        The cases are loaded on the worker: until they arrive the list is empty and says it
        is loading. A result that arrives after another ``set_notebook`` is dropped.
        """
        self._notebook = notebook
        self._generation += 1
        self._loading = False
        self._after_load.clear()
        self._context_timer.stop()
        self._context_query = ""
        self.model.set_context_source(None)
        self._deleted.clear()
        self.undo_bar.hide()
        self.undo_label.clear()
        self.search_edit.blockSignals(True)
        self.search_edit.setText("")  # unlike clear(), forgets the undo history (a searched name)
        self.search_edit.blockSignals(False)
        self.proxy.configure(hits=None)
        self.case_view.set_notebook(notebook)
        self.model.clear()
        self._fill_filter_choices([], [])
        if notebook is None:
            self._update_count()
            self._update_actions()
            return
        self._loading = True
        self._update_count()
        self._update_actions()
        generation = self._generation
        run_task(partial(load_list, notebook), partial(self._loaded, generation),
                 partial(self._load_failed, generation))

    @property
    def loading(self) -> bool:
        """True while the first load of this notebook's cases runs on the worker."""
        return self._loading

    def when_loaded(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the cases are in the list (at once when they are); dropped at a lock."""
        if self._loading:
            self._after_load.append(action)
        elif self._notebook is not None:
            action()

    def _loaded(self, generation: int, data: ListData) -> None:
        if generation != self._generation or self._notebook is None:
            return  # locked, or another notebook, while loading: drop the stale rows
        self._loading = False
        self._show_list(data)
        waiting, self._after_load = self._after_load, []
        for action in waiting:
            action()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or self._notebook is None:
            return  # the vault was closed under a stale load: nothing to tell
        self._loading = False
        self._update_count()
        self._update_actions()
        if isinstance(exc, VpnotesError):
            show_error(self, exc)
        else:
            crash.report_exception(exc)

    def reload(self) -> None:
        """Load the case list again from the notebook (after an import, say), at once."""
        if self._notebook is None:
            return
        self._generation += 1  # an initial load still under way would be older
        self._loading = False
        self._show_list(load_list(self._notebook))

    def _show_list(self, data: ListData) -> None:
        """Put loaded rows in the list (UI thread): filter choices, then one model reset."""
        current = self.current_case_id()
        summaries = data.summaries
        # Every year from the oldest case to now: a case counts in each year it was open.
        opened_years = {s.opened.year for s in summaries} | {date.today().year}
        years = list(range(max(opened_years), min(opened_years) - 1, -1))
        self.model.organisation_names = dict(data.names)
        self.model.organisation_sectors = dict(data.sectors)
        self._fill_filter_choices(data.organisations, years, apply=False)
        # Filters first, then one reset: the proxy filters 10,000 rows once, not three times.
        self.proxy.configure(**self._chosen_filters(), hits=self._hits(self.search_edit.text()))
        self.model.set_summaries(summaries)
        if current is not None and self.model.row_of(current) is not None:
            self.show_case(current)
        else:
            self.case_view.show_case(None)
        self._update_count()
        self._update_actions()

    def _fill_filter_choices(self, organisations: list[str], years: list[int], *, apply: bool = True) -> None:
        org = self.organisation_filter.currentData()
        year = self.year_filter.currentData()
        for combo in (self.organisation_filter, self.year_filter):
            combo.blockSignals(True)
            combo.clear()
        self.organisation_filter.addItem(tr("All organisations"), None)
        for key in organisations:
            self.organisation_filter.addItem(self.model.organisation_names.get(key, key), key)
        self.organisation_filter.setVisible(len(organisations) > 1)
        # One organisation (an intern VP): the column would repeat its name in every row.
        self.table.setColumnHidden(COL_ORGANISATION, len(organisations) < 2)
        self.year_filter.addItem(tr("All years"), None)
        for y in years:
            self.year_filter.addItem(str(y), y)
        self.organisation_filter.setCurrentIndex(max(self.organisation_filter.findData(org), 0))
        self.organisation_filter.view().setMinimumWidth(self.organisation_filter.view().sizeHintForColumn(0) + 24)
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(year), 0))
        for combo in (self.organisation_filter, self.year_filter):
            combo.blockSignals(False)
        if apply:
            self._filters_changed()

    # -- list --------------------------------------------------------------------------------

    def current_case_id(self) -> int | None:
        return self.case_view.case_id()

    def show_case(self, case_id: int) -> None:
        """Select ``case_id`` in the list (clearing filters that hide it) and open it."""
        if self._notebook is None:
            return
        row = self.model.row_of(case_id)
        if row is None:
            return
        source = self.model.index(row, 0)
        proxy_index = self.proxy.mapFromSource(source)
        if not proxy_index.isValid():
            self._reset_filters()
            proxy_index = self.proxy.mapFromSource(source)
        if proxy_index.isValid():
            self.table.selectionModel().setCurrentIndex(
                proxy_index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(proxy_index)
        if self.case_view.case_id() != case_id:
            self.case_view.show_case(case_id)

    def _reset_filters(self) -> None:
        for combo in (self.status_filter, self.category_filter, self.organisation_filter, self.year_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.setText("")
        self.search_edit.blockSignals(False)
        self.proxy.set_filters(status=STATUS_ALL, category=None, organisation=None, year=None, hits=None)
        self._update_count()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = current.data(ID_ROLE) if current.isValid() else None
        if case_id is not None and case_id != self.case_view.case_id():
            self.case_view.show_case(int(case_id))
            self.caseOpened.emit(int(case_id))
        self._update_actions()

    def _hits(self, text: str) -> set[int] | None:
        """Ids of the cases matching ``text`` (full-text index); None when there is nothing to search."""
        if not text.strip() or self._notebook is None:
            return None
        return set(self._notebook.cases.search(text))

    def _search_changed(self, text: str) -> None:
        hits = self._hits(text)
        if hits != self.proxy.hits:  # "bakk" -> "bakke" often finds the same cases: nothing to redo
            self.proxy.set_filters(hits=hits)
        # Why each shown case matched: computed when she pauses typing, so keystrokes stay quick
        # (the first contexts after unlock read pages from disk: about 80 ms for a screenful).
        self.model.set_context_source(None)
        self._context_query = text if hits is not None else ""
        if hits is not None:
            self._context_timer.start()
        else:
            self._context_timer.stop()
        self._update_count()

    def _show_contexts(self) -> None:
        if self._notebook is not None and self._context_query:
            self.model.set_context_source(partial(self._match_context, self._context_query))
            self.table.viewport().update()

    def _match_context(self, text: str, case_id: int) -> str:
        """Why ``case_id`` matched ``text``: read from the decrypted case, only for rows shown."""
        if self._notebook is None:
            return ""
        # The index's own text of the case (one query per table, no full case): quick for visible rows.
        lines = self._notebook.cases.search_text(case_id).splitlines()
        return match_in_texts(lines[1:] + lines[:1], text)  # the reference last: the other texts say more

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search_edit and event.key() == Qt.Key.Key_Down and self.proxy.rowCount():
                # Down from the search box goes into the list (on the first row when none is chosen).
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if watched is self.table and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and self.table.currentIndex().isValid():
                self.case_view.focus_first_field()  # Enter opens the case: into its first field
                return True
        return super().eventFilter(watched, event)

    def _chosen_filters(self) -> dict[str, Any]:
        category = self.category_filter.currentData()
        return {
            "status": self.status_filter.currentData() or STATUS_ALL,
            "category": Category(category) if category else None,
            "organisation": self.organisation_filter.currentData(),
            "year": self.year_filter.currentData(),
        }

    def _filters_changed(self) -> None:
        self.proxy.set_filters(**self._chosen_filters())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self._notebook is None:
            self.count_label.clear()
        elif self._loading:
            self.count_label.setText(tr("Loading cases…"))
        elif shown == total:
            self.count_label.setText(tr("%n case(s)", "", total))
        else:
            self.count_label.setText(tr("%1 of %n case(s) shown", "", total).replace("%1", str(shown)))

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _case_changed(self, case_id: int) -> None:
        case = self.case_view.case()
        if case is not None and case.id == case_id:
            self.model.upsert(summary_from_case(case))
            self._update_count()

    def refresh_case(self, case_id: int) -> None:
        """Show the stored state of one case changed elsewhere (the agenda), without reloading the list."""
        if self._notebook is None or self.model.row_of(case_id) is None:
            return
        try:
            case = self._notebook.cases.get(case_id)
        except KeyError:
            self.model.remove(case_id)
            return
        self.model.upsert(summary_from_case(case))
        if self.case_view.case_id() == case_id:
            self.case_view.reload()

    def showEvent(self, event: QShowEvent) -> None:
        # The open case may have changed on another page (a follow-up done in the agenda).
        super().showEvent(event)
        case_id = self.case_view.case_id()
        if case_id is not None and not event.spontaneous():
            self.refresh_case(case_id)

    def _update_actions(self) -> None:
        # Nothing to add while loading: the rows on their way would not have the new one.
        has_notebook = self._notebook is not None and not self._notebook.vault.read_only and not self._loading
        has_case = has_notebook and self.case_view.case_id() is not None
        self.new_case_action.setEnabled(has_notebook)
        self.new_contact_action.setEnabled(has_notebook and self.model.rowCount() > 0)
        self.delete_action.setEnabled(has_case)
        self.undo_action.setEnabled(has_notebook and bool(self._deleted))

    # -- commands ----------------------------------------------------------------------------

    def resume_draft(self, draft: Draft) -> bool:
        """Offer a draft kept at a lock again in its dialog; False when it is not one of this page's."""
        if draft.kind == "case":
            self.new_case(draft)
        elif draft.kind == "contact":
            self.new_contact(draft)
        elif draft.kind in self.case_view.DRAFT_KINDS and draft.case_id is not None \
                and self.model.row_of(draft.case_id) is not None:
            self.show_case(draft.case_id)
            self.case_view.resume_draft(draft)
        else:
            return False
        return True

    def _draft_done(self, notebook: Notebook, draft: Draft | None) -> None:
        """The restored dialog was saved or discarded: its draft goes (not after a new lock: that kept a new one)."""
        if draft is not None and self._notebook is notebook:
            notebook.drafts.delete(draft.id)

    def new_case(self, draft: Draft | None = None) -> None:
        if self._notebook is None:
            return
        organisations = self._notebook.organisations.all()
        if not organisations:
            QMessageBox.information(self, tr("New case"),
                                    tr("Add an organisation first (in the settings)."))
            return
        notebook = self._notebook
        dialog = NewCaseDialog(organisations, self)
        restore(dialog, draft)
        case = ask(dialog, NewCaseDialog.case)
        # A lock while the dialog was open closed this notebook: what was typed is kept as a draft.
        if self._notebook is not notebook:
            return
        self._draft_done(notebook, draft)
        if case is None:
            return
        try:
            notebook.cases.add(case)
        except VpnotesError as exc:
            show_error(self, exc)
            return
        self.model.upsert(summary_from_case(case))
        assert case.id is not None
        self.show_case(case.id)
        self._update_count()
        self._update_actions()
        self.case_view.focus_first_field()

    def new_contact(self, draft: Draft | None = None) -> None:
        """Log a conversation: the open case is preselected, any open case can be chosen."""
        if self._notebook is None:
            return
        if draft is not None and draft.case_id is not None:
            self.show_case(draft.case_id)
        choices = [(s.id, s.reference or "") for s in self.model.summaries()
                   if s.closed is None and not s.purged]
        current = self.current_case_id()
        if current is not None and current not in {cid for cid, _ in choices}:
            summary = self.model.summary(current)
            if summary is not None:
                choices.insert(0, (current, summary.reference or ""))
        if not choices:
            QMessageBox.information(self, tr("New contact"), tr("Create a case first (Ctrl+Shift+N)."))
            return
        choices.sort(key=lambda c: c[1], reverse=True)
        notebook = self._notebook

        def consent_of(case_id: int) -> bool:
            return notebook.cases.get(case_id).consent.registration

        dialog = ContactDialog(choices, self.current_case_id(), consent_of, self)
        restore(dialog, draft)
        answer = ask(dialog, lambda d: (d.case_id(), d.contact(), d.planned_followup()))
        if self._notebook is not notebook:
            return
        self._draft_done(notebook, draft)
        if answer is None:
            return
        case_id, contact, followup = answer
        try:
            notebook.items.add_contact(case_id, contact)
            if followup is not None:
                notebook.items.add_followup(case_id, followup)
        except VpnotesError as exc:
            show_error(self, exc)
            return
        self.model.upsert(summary_from_case(notebook.cases.get(case_id)))
        self.show_case(case_id)
        self.case_view.reload()

    def delete_case(self) -> None:
        case_id = self.current_case_id()
        notebook = self._notebook
        if notebook is None or case_id is None:
            return
        summary = self.model.summary(case_id)
        reference = summary.reference if summary and summary.reference else tr("(purged)")
        if not confirm(self, tr("Delete case"),
                       tr("Delete case %1 with all its contacts, follow-ups and notes?\n"
                          "You can undo this until the notebook is locked or closed.").replace("%1", reference)):
            return
        if self._notebook is not notebook:
            return
        try:
            case = notebook.cases.delete(case_id, compact=False)
        except VpnotesError as exc:
            show_error(self, exc)
            return
        # Merging the index and vacuuming erases the last trace of it; that takes a moment on a
        # large notebook, so it runs on the worker (the vault lock orders it with other work).
        run_task(notebook.vault.compact, lambda _result: None, partial(self._compact_failed, notebook))
        self._deleted.append(case)
        self.case_view.show_case(None)
        self.model.remove(case_id)
        self.undo_label.setText(tr("Case %1 deleted.").replace("%1", reference))
        self.undo_bar.show()
        self._update_count()
        self._update_actions()

    def _compact_failed(self, notebook: Notebook, exc: BaseException) -> None:
        if self._notebook is not notebook:
            return  # locked meanwhile: the vault closed; the next delete or purge compacts again
        if isinstance(exc, VpnotesError):
            show_error(self, exc)
            return
        raise exc

    def undo_delete(self) -> None:
        if self._notebook is None or not self._deleted:
            return
        case = self._deleted.pop()
        try:
            self._notebook.cases.restore(case)
        except VpnotesError as exc:
            self._deleted.append(case)
            show_error(self, exc)
            return
        self.model.upsert(summary_from_case(case))
        assert case.id is not None
        self.show_case(case.id)
        if not self._deleted:
            self.undo_bar.hide()
            self.undo_label.clear()
        self._update_count()
        self._update_actions()

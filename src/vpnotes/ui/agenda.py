"""The agenda: open follow-ups across all cases, grouped as overdue, today,
this week and later. Space marks the selected follow-up done (with an undo),
Enter opens its case. Wbk deadlines (the employer's legal deadlines after a
melding misstand) are marked, because missing one matters.

The agenda fills itself whenever it is shown (a page switch), with one quick
query. When a notebook arrives while the agenda is hidden (at unlock the cases
page is in front) nothing is queried until it is shown; when it is in front
the follow-ups are queried on the worker (:func:`load_agenda`) and only the
tree is built on the UI thread. A result that arrives after a lock or another
notebook is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.model import AgendaItem
from vpnotes.domain.vocabulary import FollowUpKind
from vpnotes.errors import VpnotesError
from vpnotes.store.notebook import Notebook
from vpnotes.ui import crash, discretion
from vpnotes.ui.discretion import masked
from vpnotes.ui.i18n import format_date, label
from vpnotes.ui.widgets import MessageBar, protect_copy, tr
from vpnotes.ui.worker import run_task

ID_ROLE = Qt.ItemDataRole.UserRole
CASE_ROLE = Qt.ItemDataRole.UserRole + 1
WBK_KINDS = (FollowUpKind.WBK_ONTVANGSTBEVESTIGING, FollowUpKind.WBK_TERUGKOPPELING)
OVERDUE = QColor("#a3290f")


@dataclass(frozen=True)
class AgendaData:
    """What the agenda shows: the open follow-ups and how many organisations there are."""

    items: list[AgendaItem]
    organisations: int
    names: dict[str, str] = field(default_factory=dict)  # organisation key -> name, for its column


def load_agenda(notebook: Notebook) -> AgendaData:
    """Query the agenda's content; runs on the worker at unlock (the vault's lock serialises)."""
    organisations = notebook.organisations.all()
    return AgendaData(notebook.items.agenda(), len(organisations), {o.key: o.name for o in organisations})


def group_titles() -> list[str]:
    return [tr("Overdue"), tr("Today"), tr("This week"), tr("Later")]


def group_of(due: date, today: date) -> int:
    """Index into the groups (overdue, today, this week, later).

    "This week" runs to Sunday: Dutch weeks start on Monday.
    """
    if due < today:
        return 0
    if due == today:
        return 1
    if due <= today + timedelta(days=6 - today.weekday()):
        return 2
    return 3


class AgendaPage(QWidget):
    """Follow-ups of all cases. ``today`` is injectable so tests need no real clock."""

    caseRequested = Signal(int)
    followupsChanged = Signal(int)  # the case whose follow-up was marked done (or opened again)
    LOADS_ON_WORKER = True  # set_notebook starts a query on the worker (the window hands it the notebook last)

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._notebook: Notebook | None = None
        self._today = today
        self._last_done: int | None = None
        self._last_case: int | None = None
        self._generation = 0  # counts notebooks and loads: a load's result is used only if still current
        discretion.switch().changed.connect(self._discretion_changed)  # follow-up texts name people

        heading = QLabel(tr("Follow-ups of all cases"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        hint = QLabel(tr("Space: mark done · Enter: open the case"), self)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(tr("Agenda"))
        self.tree.setHeaderLabels([tr("Due"), tr("Case"), tr("What"), tr("Kind"), tr("Organisation")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the text gets the room

        self.done_action = QAction(tr("Mark follow-up done"), self)
        self.done_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.done_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.done_action.triggered.connect(self.mark_done)
        self.open_action = QAction(tr("Open case"), self)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_action.triggered.connect(self._open_current)
        self.tree.addActions([self.done_action, self.open_action])

        self.status = QLabel(self)
        self.status.setAccessibleName(tr("Last change"))
        self.undo_button = QPushButton(tr("Undo"), self)
        self.undo_button.setAccessibleName(tr("Undo mark done"))
        self.undo_button.clicked.connect(self.undo_done)
        self.undo_button.hide()
        self.message = MessageBar(self)
        done_button = QPushButton(tr("Mark done (Space)"), self)
        done_button.setAccessibleName(tr("Mark follow-up done"))
        done_button.clicked.connect(self.mark_done)
        open_button = QPushButton(tr("Open case (Enter)"), self)
        open_button.setAccessibleName(tr("Open case"))
        open_button.clicked.connect(self._open_current)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(done_button)
        bottom.addWidget(open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        protect_copy(self)

    def page_actions(self) -> list[QAction]:
        return [self.done_action, self.open_action]

    def showEvent(self, event: QShowEvent) -> None:
        # Follow-ups change on the cases page too; the agenda is one quick query.
        super().showEvent(event)
        if not event.spontaneous():  # a page switch, not the window coming back from the taskbar
            self.reload()

    def set_notebook(self, notebook: Notebook | None) -> None:
        """Show ``notebook``'s follow-ups; ``None`` (locked) empties the page.

        Hidden, the page waits until it is shown (:meth:`showEvent` reloads); in front, the
        follow-ups are queried on the worker.
        """
        self._notebook = notebook
        self._generation += 1
        self._last_done = None
        self.status.clear()
        self.undo_button.hide()
        self.message.clear_message()
        self.tree.clear()
        if notebook is None or not self.isVisible():
            return
        generation = self._generation
        run_task(partial(load_agenda, notebook), partial(self._loaded, generation),
                 partial(self._load_failed, generation))

    def _loaded(self, generation: int, data: AgendaData) -> None:
        if generation != self._generation or self._notebook is None:
            return  # locked, or another notebook, while loading: drop the stale follow-ups
        self._show(data)

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or self._notebook is None:
            return  # the vault was closed under a stale load: nothing to tell
        if isinstance(exc, VpnotesError):
            self.message.show_message(exc.message)
        else:
            crash.report_exception(exc)

    def _discretion_changed(self, _on: bool) -> None:
        if self._notebook is not None and self._notebook.vault.is_open:
            self.reload()

    def reload(self) -> None:
        """Query the follow-ups again, at once (one quick query)."""
        if self._notebook is None:
            self.tree.clear()
            return
        self._generation += 1  # a load still under way at unlock would be older
        self._show(load_agenda(self._notebook))

    def _show(self, data: AgendaData) -> None:
        """Build the tree from loaded follow-ups (UI thread), keeping the selection."""
        selected = self._current_id()
        self.tree.clear()
        today = self._today()
        children: list[list[QTreeWidgetItem]] = [[] for _ in group_titles()]
        for entry in data.items:
            children[group_of(entry.followup.due, today)].append(self._item(entry, today, data.names))
        groups = []
        for title, items in zip(group_titles(), children, strict=True):
            group = QTreeWidgetItem([f"{title} ({len(items)})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.addChildren(items)  # one insertion per group, before the tree sees it
            groups.append(group)
        self.tree.addTopLevelItems(groups)
        current = None
        for group, items in zip(groups, children, strict=True):
            group.setExpanded(True)
            group.setHidden(not items)
            if current is None:
                current = next((item for item in items if item.data(0, ID_ROLE) == selected), None)
        if current is None:
            current = next((items[0] for items in children if items), None)
        if current is not None:
            self.tree.setCurrentItem(current)
        for column in (0, 1, 3, 4):
            self.tree.resizeColumnToContents(column)
        # One organisation (an intern VP): its name in every row is noise.
        self.tree.setColumnHidden(4, data.organisations < 2)

    def _item(self, entry: AgendaItem, today: date, names: dict[str, str]) -> QTreeWidgetItem:
        f = entry.followup
        item = QTreeWidgetItem([format_date(f.due), entry.case_reference or "", masked(f.text), label(f.kind),
                                names.get(entry.organisation, entry.organisation)])
        item.setData(0, ID_ROLE, f.id)
        item.setData(0, CASE_ROLE, entry.case_id)
        if f.kind in WBK_KINDS:
            for column in range(5):
                font = item.font(column)
                font.setBold(True)
                item.setFont(column, font)
            item.setText(3, f"⚖ {label(f.kind)}")
            item.setToolTip(3, tr("Legal deadline (Wet bescherming klokkenluiders)"))
        if f.due < today:
            item.setForeground(0, QBrush(OVERDUE))
            item.setToolTip(0, tr("Overdue"))
        return item

    def _current_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return None if value is None else int(value)

    def mark_done(self) -> None:
        """Mark the selected follow-up done today; the next one becomes current."""
        item = self.tree.currentItem()
        followup_id = self._current_id()
        if self._notebook is None or item is None or followup_id is None:
            return
        next_id = self._neighbour_id(item)
        try:
            self._notebook.items.set_followup_done(followup_id, self._today())
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            return
        self.message.clear_message()
        self._last_done = followup_id
        case_id = int(item.data(0, CASE_ROLE))
        self._last_case = case_id
        what = item.text(1)
        self.status.setText(tr("Marked done: %1").replace("%1", what) if what else tr("Marked done."))
        self.undo_button.show()
        self.reload()
        if next_id is not None:
            self._select(int(next_id))
        self.followupsChanged.emit(case_id)

    def _neighbour_id(self, item: QTreeWidgetItem) -> int | None:
        """The follow-up after ``item`` (else before it), skipping group headings."""
        for step in (self.tree.itemBelow, self.tree.itemAbove):
            other = step(item)
            while other is not None and other.data(0, ID_ROLE) is None:
                other = step(other)
            if other is not None:
                return int(other.data(0, ID_ROLE))
        return None

    def undo_done(self) -> None:
        if self._notebook is None or self._last_done is None:
            return
        followup_id, self._last_done = self._last_done, None
        try:
            self._notebook.items.set_followup_done(followup_id, None)
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            return
        self.status.clear()
        self.undo_button.hide()
        self.reload()
        self._select(followup_id)
        if self._last_case is not None:
            self.followupsChanged.emit(self._last_case)

    def _select(self, followup_id: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount() if group is not None else 0):
                child = group.child(j) if group is not None else None
                if child is not None and child.data(0, ID_ROLE) == followup_id:
                    self.tree.setCurrentItem(child)
                    return

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, CASE_ROLE)
        if case_id is not None:
            self.caseRequested.emit(int(case_id))

    def _open_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._activated(item, 0)

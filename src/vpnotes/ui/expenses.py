"""Expenses of an extern VP (travel, room hire, other) per client organisation and
report year, with the total in euros; optionally linked to one of the
organisation's cases by its reference.

Amounts are kept in whole cents (``Expense.amount_cents``) and shown the Dutch way,
``€ 1.234,50``. Descriptions may name people or places: the retention policy erases
them, and the statement of hours and expenses (``vpnotes statement``) never shows
them, nor which case an expense belongs to. The page says so under the table.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
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

from vpnotes.domain.model import Expense, Organisation
from vpnotes.domain.vocabulary import ExpenseKind
from vpnotes.errors import VpnotesError
from vpnotes.store.notebook import Notebook
from vpnotes.ui.activities import OrganisationYearBar
from vpnotes.ui.i18n import format_date, label
from vpnotes.ui.widgets import CodeCombo, DateEdit, MessageBar, NoteEdit, ask, confirm, protect_copy, tr

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_EUROS = 1_000_000  # check_expense allows up to 100,000,000 cents
DUTCH = QLocale("nl_NL")
DATE, ORGANISATION, KIND, AMOUNT, CASE, DESCRIPTION = range(6)  # the description, last, takes the rest
COLUMN_GAP = 16  # pixels between the columns that fit their text


def euro_text(cents: int) -> str:
    """An amount the Dutch way: ``€ 23,40``, ``€ 1.234,50``."""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", ".")
    return f"{'-' if cents < 0 else ''}€ {grouped},{rest:02d}"


def to_cents(euros: float) -> int:
    """Euros from a spin box (two decimals) as whole cents, without float drift (23.4 -> 2340)."""
    return round(euros * 100)


def report_year(expense: Expense, start_month: int) -> int:
    """The report year an expense counts in when the year starts in ``start_month`` (8: a schooljaar)."""
    return expense.date.year if expense.date.month >= start_month else expense.date.year - 1


class ExpenseDialog(QDialog):
    """Add or change one expense; the case picker lists the chosen organisation's cases."""

    def __init__(self, organisations: list[Organisation], references: dict[str, list[str]],
                 parent: QWidget | None = None, *, expense: Expense | None = None,
                 organisation: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit expense") if expense else tr("New expense"))
        self._id = expense.id if expense else None
        self._references = references
        # An expense linked to a case the list does not offer (moved to another organisation) keeps its link.
        self._kept_reference = expense.case_reference if expense else None
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(tr("Organisation"))
        for org in organisations:
            self.organisation.addItem(org.name, org.key)
        self.date = DateEdit(self, accessible_name=tr("Date"))
        self.kind = CodeCombo(ExpenseKind, self, accessible_name=tr("Kind of expense"))
        self.amount = QDoubleSpinBox(self)
        self.amount.setLocale(DUTCH)  # decimal comma, whatever the UI language
        self.amount.setRange(0, MAX_EUROS)
        self.amount.setDecimals(2)
        self.amount.setSingleStep(1.0)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setPrefix("€ ")
        self.amount.setAccessibleName(tr("Amount in euros"))
        self.case = QComboBox(self)
        self.case.setAccessibleName(tr("Case (optional)"))
        self.description = NoteEdit(self, accessible_name=tr("Description"))
        self.description.setMaximumHeight(100)
        self.description.setPlaceholderText(tr("Erased with the retention policy; never on the statement"))
        form = QFormLayout()
        form.addRow(tr("&Organisation"), self.organisation)
        form.addRow(tr("&Date"), self.date)
        form.addRow(tr("&Kind"), self.kind)
        form.addRow(tr("&Amount"), self.amount)
        form.addRow(tr("&Case"), self.case)
        form.addRow(tr("D&escription"), self.description)
        for field in (self.organisation, self.date, self.kind, self.amount, self.case, self.description):
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
        key = expense.organisation if expense else organisation
        self.organisation.setCurrentIndex(max(self.organisation.findData(key), 0))
        self._fill_cases(self._kept_reference)
        self.organisation.currentIndexChanged.connect(lambda _i: self._fill_cases(self.case_reference()))
        if expense is not None:
            self.date.set_day(expense.date)
            self.kind.set_code(expense.kind)
            self.amount.setValue(expense.amount_cents / 100)
            self.description.set_text(expense.description or "")
        self.kind.setFocus()

    def _fill_cases(self, keep: str | None) -> None:
        """The references of the selected organisation's cases, after "no case"; keeps ``keep`` if offered."""
        offered = list(self._references.get(str(self.organisation.currentData()), []))
        if self._kept_reference is not None and self._kept_reference not in offered:
            offered.append(self._kept_reference)
        self.case.clear()
        self.case.addItem(tr("No case"), None)
        for reference in offered:
            self.case.addItem(reference, reference)
        self.case.setCurrentIndex(max(self.case.findData(keep), 0) if keep is not None else 0)

    def case_reference(self) -> str | None:
        value = self.case.currentData()
        return None if value is None else str(value)

    def expense(self) -> Expense:
        return Expense(
            id=self._id, organisation=str(self.organisation.currentData()), date=self.date.day(),
            kind=self.kind.code() or ExpenseKind.OVERIG, amount_cents=to_cents(self.amount.value()),
            description=self.description.text().strip() or None, case_reference=self.case_reference(),
        )


class ExpensesPage(QWidget):
    """Expenses per organisation and report year, with the total amount."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notebook: Notebook | None = None
        self._expenses: list[Expense] = []
        self._names: dict[str, str] = {}

        heading = QLabel(tr("Expenses"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.filters = OrganisationYearBar(self)
        # A schooljaar ("2025-2026") is wider than the calendar years the combo first showed.
        self.filters.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filters.changed.connect(self.reload)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(tr("Expenses"))
        self.tree.setHeaderLabels([tr("Date"), tr("Organisation"), tr("Kind"), tr("Amount"), tr("Case"),
                                   tr("Description")])
        self.tree.headerItem().setTextAlignment(AMOUNT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemActivated.connect(lambda _i, _c: self.edit_expense())
        self.privacy_note = QLabel(tr("Descriptions of expenses are erased with the retention policy and never "
                                      "appear in the statement of hours and expenses (vpnotes statement)."), self)
        self.privacy_note.setWordWrap(True)
        palette = self.privacy_note.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        self.privacy_note.setPalette(palette)
        self.total = QLabel(self)
        self.total.setAccessibleName(tr("Total amount"))
        self.message = MessageBar(self)

        self.add_action = QAction(tr("New expense…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.add_action.triggered.connect(self.add_expense)
        self.edit_action = QAction(tr("Edit expense…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.triggered.connect(self.edit_expense)
        self.delete_action = QAction(tr("Delete expense…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_expense)
        for action in self.page_actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions(self.page_actions())

        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        for text, action in ((tr("New… (Ctrl+Shift+K)"), self.add_action), (tr("Edit… (F2)"), self.edit_action),
                             (tr("Delete (Del)"), self.delete_action)):
            button = QPushButton(text, self)
            button.setAccessibleName(action.text().rstrip("…"))
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.privacy_note)
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
            self._expenses = []
            self._names = {}
            self.tree.clear()
            self.total.clear()
            self._update_actions()
            return
        organisations = notebook.organisations.all()
        self._names = {org.key: org.name for org in organisations}
        self.filters.set_organisations(organisations, self._years(notebook, organisations))  # -> reload

    @staticmethod
    def _years(notebook: Notebook, organisations: list[Organisation]) -> set[int]:
        """Every year the filter may need: calendar years (all organisations) and report years."""
        start = {org.key: org.year_start_month for org in organisations}
        years: set[int] = set()
        for expense in notebook.work.expenses():
            years.add(expense.date.year)
            years.add(report_year(expense, start.get(expense.organisation, 1)))
        return years

    def reload(self) -> None:
        self.tree.clear()
        self._expenses = []
        if self._notebook is None:
            self.total.clear()
            self._update_actions()
            return
        period = self.filters.period()
        start, end = period if period else (None, None)
        self._expenses = self._notebook.work.expenses(self.filters.organisation_key(), start, end)
        for expense in self._expenses:
            description = expense.description or ""
            item = QTreeWidgetItem([format_date(expense.date), self._names.get(expense.organisation,
                                                                                expense.organisation),
                                    label(expense.kind), euro_text(expense.amount_cents),
                                    expense.case_reference or "", " ".join(description.split())])
            item.setData(DATE, ID_ROLE, expense.id)
            item.setTextAlignment(AMOUNT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if "\n" in description:
                item.setToolTip(DESCRIPTION, description)
            self.tree.addTopLevelItem(item)
        # With one organisation chosen, its column says nothing the filter does not.
        self.tree.setColumnHidden(ORGANISATION, self.filters.organisation_key() is not None)
        for column in (DATE, ORGANISATION, KIND, AMOUNT, CASE):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, self.tree.columnWidth(column) + COLUMN_GAP)
        total = sum(e.amount_cents for e in self._expenses)
        self.total.setText(tr("Total: %1 (number of expenses: %2)")
                           .replace("%1", euro_text(total)).replace("%2", str(len(self._expenses))))
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_actions()

    def _update_actions(self) -> None:
        writable = self._notebook is not None and not self._notebook.vault.read_only
        self.add_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and bool(self._expenses))
        self.delete_action.setEnabled(writable and bool(self._expenses))

    def _selected(self) -> Expense | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return next((e for e in self._expenses if e.id == item.data(DATE, ID_ROLE)), None)

    def _case_references(self) -> dict[str, list[str]]:
        """Organisation key -> the references of its cases, newest first (what the case picker offers)."""
        assert self._notebook is not None
        found: dict[str, list[str]] = {}
        for summary in sorted(self._notebook.cases.summaries(), key=lambda s: (s.opened, s.id), reverse=True):
            if summary.reference:
                found.setdefault(summary.organisation, []).append(summary.reference)
        return found

    def add_expense(self) -> None:
        if self._notebook is None:
            return
        organisations = self._notebook.organisations.all()
        if not organisations:
            self.message.show_message(tr("Add an organisation first (in the settings)."))
            return
        dialog = ExpenseDialog(organisations, self._case_references(), self,
                               organisation=self.filters.organisation_key())
        expense = ask(dialog, ExpenseDialog.expense)
        if expense is not None:
            self._save(expense, new=True)

    def edit_expense(self) -> None:
        expense = self._selected()
        if self._notebook is None or expense is None:
            return
        dialog = ExpenseDialog(self._notebook.organisations.all(), self._case_references(), self, expense=expense)
        changed = ask(dialog, ExpenseDialog.expense)
        if changed is not None:
            self._save(changed, new=False)

    def _save(self, expense: Expense, *, new: bool) -> None:
        if self._notebook is None:
            return  # locked while the dialog was open: nothing is saved
        try:
            if new:
                self._notebook.work.add_expense(expense)
            else:
                self._notebook.work.update_expense(expense)
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            return
        self.message.clear_message()
        organisations = self._notebook.organisations.all()
        shown = {self.filters.year.itemData(i) for i in range(self.filters.year.count())}
        if not self._years(self._notebook, organisations) <= shown:
            self.filters.set_organisations(organisations, self._years(self._notebook, organisations))
        self.reload()
        if all(e.id != expense.id for e in self._expenses):
            # Saved outside the chosen organisation or year: go where it went, so the VP sees it saved.
            if self.filters.organisation_key() is not None:
                self.filters.organisation.setCurrentIndex(
                    max(self.filters.organisation.findData(expense.organisation), 0))
            start = next((o.year_start_month for o in organisations if o.key == self.filters.organisation_key()), 1)
            self.filters.year.setCurrentIndex(max(self.filters.year.findData(report_year(expense, start)), 0))
        self._select(expense.id)

    def _select(self, expense_id: int | None) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(DATE, ID_ROLE) == expense_id:
                self.tree.setCurrentItem(item)

    def delete_expense(self) -> None:
        expense = self._selected()
        if self._notebook is None or expense is None or expense.id is None:
            return
        question = tr("Delete this expense of %1?").replace("%1", euro_text(expense.amount_cents))
        if not confirm(self, tr("Delete expense"), question) or self._notebook is None:
            return
        try:
            self._notebook.work.delete_expense(expense.id)
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            return
        self.reload()

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
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from vpnotes.domain.model import Expense, Organisation
from vpnotes.domain.vocabulary import ExpenseKind
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
from vpnotes.ui.widgets import CodeCombo, DateEdit, NoteEdit, ask, tr

MAX_EUROS = 1_000_000  # check_expense allows up to 100,000,000 cents
DUTCH = QLocale("nl_NL")
DATE, ORGANISATION, KIND, AMOUNT, CASE, DESCRIPTION = range(6)  # the description, last, takes the rest


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
        self.organisation = organisation_combo(organisations, self, expense.organisation if expense else organisation)
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
        finish_dialog(self, form, (self.organisation, self.date, self.kind, self.amount, self.case, self.description))
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


class ExpensesPage(OrgYearPage[Expense]):
    """Expenses per organisation and report year, with the total amount."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, heading=tr("Expenses"),
                         actions=(tr("New expense…"), tr("Edit expense…"), tr("Delete expense…")),
                         new_button=tr("New… (Ctrl+Shift+K)"), shortcut="Ctrl+Shift+K", total_name=tr("Total amount"))
        self._names: dict[str, str] = {}  # organisation key -> name, for the organisation column
        for button, action in zip(self.buttons, self.page_actions(), strict=True):
            action.enabledChanged.connect(button.setEnabled)
            button.setEnabled(action.isEnabled())

    def _make_view(self) -> QTreeWidget | QListWidget:
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(tr("Expenses"))
        self.tree.setHeaderLabels([tr("Date"), tr("Organisation"), tr("Kind"), tr("Amount"), tr("Case"),
                                   tr("Description")])
        self.tree.headerItem().setTextAlignment(AMOUNT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        return self.tree

    def _below_view(self) -> list[QWidget]:
        self.privacy_note = QLabel(tr("Descriptions of expenses are erased with the retention policy and never "
                                      "appear in the statement of hours and expenses (Report > Hours and expenses "
                                      "statement)."), self)
        self.privacy_note.setWordWrap(True)
        palette = self.privacy_note.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        self.privacy_note.setPalette(palette)
        return [self.privacy_note]

    def set_notebook(self, notebook: Notebook | None) -> None:
        self._names = {org.key: org.name for org in notebook.organisations.all()} if notebook else {}
        super().set_notebook(notebook)

    def _years(self, notebook: Notebook) -> set[int]:
        """Every year the filter may need: calendar years (all organisations) and report years."""
        start = {org.key: org.year_start_month for org in notebook.organisations.all()}
        years: set[int] = set()
        for expense in notebook.work.expenses():
            years.add(expense.date.year)
            years.add(report_year(expense, start.get(expense.organisation, 1)))
        return years

    def _load(self, notebook: Notebook) -> list[Expense]:
        period = self.filters.period()
        start, end = period if period else (None, None)
        return notebook.work.expenses(self.filters.organisation_key(), start, end)

    def _show(self, records: list[Expense]) -> None:
        for expense in records:
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
        fit_columns(self.tree, (DATE, ORGANISATION, KIND, AMOUNT, CASE))
        total = sum(e.amount_cents for e in records)
        self.total.setText(tr("Total: %1 (number of expenses: %2)")
                           .replace("%1", euro_text(total)).replace("%2", str(len(records))))

    def _case_references(self, notebook: Notebook) -> dict[str, list[str]]:
        """Organisation key -> the references of its cases, newest first (what the case picker offers)."""
        found: dict[str, list[str]] = {}
        for summary in notebook.cases.summaries():  # already newest first (opened, id)
            if summary.reference:
                found.setdefault(summary.organisation, []).append(summary.reference)
        return found

    def _ask(self, notebook: Notebook, record: Expense | None) -> Expense | None:
        organisations, references = notebook.organisations.all(), self._case_references(notebook)
        if record is None:
            dialog = ExpenseDialog(organisations, references, self, organisation=self.filters.organisation_key())
        else:
            dialog = ExpenseDialog(organisations, references, self, expense=record)
        return ask(dialog, ExpenseDialog.expense)

    def _store(self, notebook: Notebook) -> StoreCalls[Expense]:
        return notebook.work.add_expense, notebook.work.update_expense, notebook.work.delete_expense

    def _delete_question(self, record: Expense) -> tuple[str, str]:
        return tr("Delete expense"), tr("Delete this expense of %1?").replace("%1", euro_text(record.amount_cents))

    def _report_year(self, record: Expense, start_month: int) -> int:
        return report_year(record, start_month)

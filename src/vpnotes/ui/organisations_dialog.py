"""Managing organisations: the "Organisations…" dialog of the Notebook menu.

An extern VP serves several client organisations, an intern VP's school reports
per school year. The dialog lists every organisation (name, key, employees, the
month its report year starts, and k read-only: k is a policy, changed in
Settings), adds one (the key proposed from the name, editable, fixed once made)
and edits one (name, employees, report year start). There is no Delete: cases,
activities and expenses refer to the organisation.

The core validates and logs each change (:class:`vpnotes.store.organisations.Organisations`).
A new report year start for an organisation that has cases moves cases between
report years, so the edit dialog says so and the VP is asked before it is saved.
After a change the main window's pages reload, so they show the new names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.model import Organisation, default_year_start
from vpnotes.domain.vocabulary import Sector
from vpnotes.errors import InvalidInput, VpnotesError
from vpnotes.store.notebook import Notebook
from vpnotes.store.organisations import check_organisation
from vpnotes.ui.dialog_action import DialogAction
from vpnotes.ui.i18n import label
from vpnotes.ui.passphrase_dialogs import MessageLabel, organisation_key
from vpnotes.ui.widgets import CodeCombo, buddy_labels, dialog_buttons

if TYPE_CHECKING:
    from vpnotes.ui.main_window import MainWindow

MAX_EMPLOYEES = 10_000_000
# Asked before a new report year start is saved for an organisation with cases:
# (organisation name, old month name, new month name, number of cases) -> go ahead?
ConfirmYearStart = Callable[[str, str, str, int], bool]


def month_names() -> list[str]:
    """January..December in the UI language (Dutch: januari..december)."""
    return [
        QCoreApplication.translate("OrganisationsDialog", "January"),
        QCoreApplication.translate("OrganisationsDialog", "February"),
        QCoreApplication.translate("OrganisationsDialog", "March"),
        QCoreApplication.translate("OrganisationsDialog", "April"),
        QCoreApplication.translate("OrganisationsDialog", "May"),
        QCoreApplication.translate("OrganisationsDialog", "June"),
        QCoreApplication.translate("OrganisationsDialog", "July"),
        QCoreApplication.translate("OrganisationsDialog", "August"),
        QCoreApplication.translate("OrganisationsDialog", "September"),
        QCoreApplication.translate("OrganisationsDialog", "October"),
        QCoreApplication.translate("OrganisationsDialog", "November"),
        QCoreApplication.translate("OrganisationsDialog", "December"),
    ]


class OrganisationEditDialog(QDialog):
    """Add an organisation (``organisation`` None) or edit one; validated by the core before it closes."""

    def __init__(self, notebook: Notebook, organisation: Organisation | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.original = organisation
        self.result_organisation: Organisation | None = None
        self._key_edited = False
        self.case_count = 0 if organisation is None else notebook.organisations.case_count(organisation.key)
        self.setWindowTitle(self.tr("New organisation") if organisation is None else self.tr("Edit organisation"))

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(organisation.name if organisation else "")
        self.name.setAccessibleName(self.tr("Name of the organisation"))
        form.addRow(self.tr("&Name:"), self.name)
        self.key = QLineEdit(organisation.key if organisation else "")
        self.key.setAccessibleName(self.tr("Key of the organisation"))
        self.key.setMaxLength(40)
        if organisation is None:
            self.key.setToolTip(self.tr("Lower-case letters, digits, - or _. Used on the command line; "
                                        "it cannot be changed later."))
            self.name.textChanged.connect(self._propose_key)
            self.key.textEdited.connect(self._key_typed)
        else:
            self.key.setReadOnly(True)
            self.key.setToolTip(self.tr("The key cannot be changed: cases refer to it."))
        form.addRow(self.tr("&Key:"), self.key)
        # Sector (DESIGN.md §9): the words and codes the app offers; a new school reports per schooljaar.
        self.sector = CodeCombo(Sector, self, accessible_name=self.tr("Sector of the organisation"))
        self.sector.set_code(organisation.sector if organisation else Sector.WERK)
        self.sector.setToolTip(self.tr("Work: a Dutch employer. Education: a Dutch school. Flanders: a Belgian "
                                       "employer under the Welzijnswet (informal intervention, register of "
                                       "third-party acts)."))
        form.addRow(self.tr("&Sector:"), self.sector)
        self.employees = QSpinBox()
        self.employees.setRange(0, MAX_EMPLOYEES)
        self.employees.setSpecialValueText(self.tr("unknown"))
        self.employees.setValue((organisation.employees or 0) if organisation else 0)
        self.employees.setAccessibleName(self.tr("Number of employees"))
        form.addRow(self.tr("&Employees:"), self.employees)
        self.year_start = QComboBox()
        for number, name in enumerate(month_names(), start=1):
            self.year_start.addItem(name, number)
        self.year_start.setCurrentIndex((organisation.year_start_month if organisation else 1) - 1)
        self.year_start.setAccessibleName(self.tr("First month of the report year"))
        form.addRow(self.tr("Report &year starts in:"), self.year_start)
        buddy_labels(form, (self.name, self.key, self.sector, self.employees, self.year_start))
        layout.addLayout(form)
        hint = QLabel(self.tr("A school reports per school year: choose August. The smallest number shown in "
                              "annual reports (k) is changed in Settings."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.year_warning = MessageLabel("warning")
        layout.addWidget(self.year_warning)
        self.error = MessageLabel("error")
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, self.tr("&Add") if organisation is None else self.tr("&Save"),
                                 on_accept=self.try_accept)
        layout.addWidget(buttons)
        self.year_start.currentIndexChanged.connect(lambda _index: self._show_year_warning())
        self._month_chosen = organisation is not None
        self.year_start.activated.connect(lambda _index: setattr(self, "_month_chosen", True))
        self.sector.currentIndexChanged.connect(lambda _index: self._sector_changed())
        self._show_year_warning()
        self.name.setFocus()

    def _propose_key(self, name: str) -> None:
        if not self._key_edited:
            self.key.setText(organisation_key(name) if name.strip() else "")

    def _key_typed(self, text: str) -> None:
        self._key_edited = bool(text)  # emptied: propose from the name again

    def _sector_changed(self) -> None:
        """A new organisation follows its sector's report year until the VP picks a month herself."""
        if not self._month_chosen:
            self.year_start.setCurrentIndex(default_year_start(self.sector.code() or Sector.WERK) - 1)

    def year_start_changed(self) -> bool:
        return self.original is not None and self.month() != self.original.year_start_month

    def _show_year_warning(self) -> None:
        if self.year_start_changed() and self.case_count:
            self.year_warning.show_message(self.tr(
                "This organisation has %1 cases. A different first month changes which cases count in which "
                "report year, also for years already reported.").replace("%1", str(self.case_count)))
        else:
            self.year_warning.clear_message()

    def month(self) -> int:
        return int(self.year_start.currentData())

    def organisation(self) -> Organisation:
        """What the fields say now (not yet checked)."""
        size: int | None = self.employees.value() or None
        if size is None and self.original is not None and self.original.employees == 0:
            size = 0  # "unknown" shows for 0 too: keep what was stored
        sector = self.sector.code() or Sector.WERK
        if self.original is None:
            return Organisation(key=self.key.text().strip(), name=self.name.text().strip(), employees=size,
                                year_start_month=self.month(), sector=sector)
        return replace(self.original, name=self.name.text().strip(), employees=size, year_start_month=self.month(),
                       sector=sector)

    def try_accept(self) -> bool:
        """Check the fields with the core; close when they are valid, else show why."""
        organisation = self.organisation()
        try:
            check_organisation(organisation)
            if self.original is None and organisation.key in {o.key for o in self.notebook.organisations.all()}:
                raise InvalidInput("key: deze organisatie bestaat al", "key: this organisation exists already")
        except VpnotesError as exc:
            self.error.show_message(exc.message)
            return False
        self.error.clear_message()
        self.result_organisation = organisation
        self.accept()
        return True


class OrganisationsDialog(QDialog):
    """The list of organisations with Add and Edit; every change goes through the core at once."""

    COLUMNS = 6

    def __init__(self, notebook: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.changed = False
        self.confirm_year_start: ConfirmYearStart = self._ask_year_start
        # Runs an edit dialog; True when the VP accepted it (replaced in tests, which fill the dialog).
        self.run_edit: Callable[[OrganisationEditDialog], bool] = \
            lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted
        self.on_change: Callable[[], None] = lambda: None
        self.setWindowTitle(self.tr("Organisations"))
        read_only = notebook.vault.read_only

        layout = QVBoxLayout(self)
        note = QLabel(self.tr("The organisations you work for. Each case, activity and expense belongs to one. "
                              "Every change is recorded in the notebook's log."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Key"), self.tr("Employees"),
                                   self.tr("Report year starts in"), self.tr("k"), self.tr("Sector")])
        self.list.headerItem().setToolTip(4, self.tr(
            "The smallest number shown in annual reports; it is changed in Settings."))
        self.list.setAccessibleName(self.tr("Organisations"))
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.edit())
        self.list.currentItemChanged.connect(lambda _current, _previous: self._update_buttons())
        layout.addWidget(self.list, 1)
        hint = QLabel(self.tr("k, the smallest number shown in annual reports, is changed in Settings "
                              "(Notebook menu)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        if read_only:
            self.read_only_note = MessageLabel("warning")
            self.read_only_note.show_message(self.tr("This notebook is read only: organisations cannot be "
                                                     "added or changed."))
            layout.addWidget(self.read_only_note)

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setAccessibleName(self.tr("Add an organisation"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen organisation"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setEnabled(False)
        self.delete_button.setToolTip(self.tr("Organisations cannot be deleted: cases, activities and expenses "
                                              "refer to them."))
        self.delete_button.setAccessibleName(self.tr("Delete (not possible)"))
        self.delete_button.setAccessibleDescription(self.delete_button.toolTip())
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.error = MessageLabel("error")
        layout.addWidget(self.error)
        self.reload()
        self.resize(720, 380)

    # -- list ----------------------------------------------------------------------------------

    def reload(self, current_key: str | None = None) -> None:
        months = month_names()
        self.list.clear()
        for org in self.notebook.organisations.all():
            item = QTreeWidgetItem([org.name, org.key, "" if org.employees is None else str(org.employees),
                                    months[org.year_start_month - 1], str(org.min_cell), label(org.sector)])
            item.setData(0, Qt.ItemDataRole.UserRole, org.key)
            item.setToolTip(4, self.tr("Changed in Settings"))
            self.list.addTopLevelItem(item)
            if org.key == current_key:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        for column in range(self.COLUMNS):
            self.list.resizeColumnToContents(column)
        self._update_buttons()

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        writable = not self.notebook.vault.read_only
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and self.current_key() is not None)

    # -- changes -------------------------------------------------------------------------------

    def add(self) -> None:
        if self.notebook.vault.read_only:
            return
        dialog = OrganisationEditDialog(self.notebook, None, self)
        try:
            if not self.run_edit(dialog) or dialog.result_organisation is None:
                return
            organisation = dialog.result_organisation
        finally:
            dialog.deleteLater()
        if self._store(lambda: self.notebook.organisations.add(organisation)):
            self.reload(organisation.key)

    def edit(self) -> None:
        key = self.current_key()
        if key is None or self.notebook.vault.read_only:
            return
        try:
            original = self.notebook.organisations.get(key)
        except VpnotesError as exc:
            self.error.show_message(exc.message)
            return
        dialog = OrganisationEditDialog(self.notebook, original, self)
        try:
            if not self.run_edit(dialog) or dialog.result_organisation is None:
                return
            changed, cases = dialog.result_organisation, dialog.case_count
        finally:
            dialog.deleteLater()
        if changed.year_start_month != original.year_start_month and cases:
            months = month_names()
            if not self.confirm_year_start(original.name, months[original.year_start_month - 1],
                                           months[changed.year_start_month - 1], cases):
                return
        if self._store(lambda: self.notebook.organisations.update(changed)):
            self.reload(key)

    def _store(self, change: Callable[[], object]) -> bool:
        self.error.clear_message()
        try:
            change()
        except VpnotesError as exc:
            self.error.show_message(exc.message)
            return False
        self.changed = True
        self.on_change()
        return True

    def _ask_year_start(self, name: str, old: str, new: str, cases: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Change the start of the report year?"),
            self.tr("%1 has %2 cases. If its report year starts in %3 instead of %4, cases move to another "
                    "report year: an annual report made again for an earlier year can give other numbers.\n\n"
                    "The change is recorded in the notebook's log. Continue?")
            .replace("%1", name).replace("%2", str(cases)).replace("%3", new).replace("%4", old),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


class OrganisationActions(DialogAction):
    """Owns the "Organisations…" action of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "organisationActions", self.tr("&Organisations…"),
                         self.tr("Add an organisation, or change its name, size or report year"), "Ctrl+Shift+O")

    def make_dialog(self, notebook: Notebook) -> OrganisationsDialog:
        dialog = OrganisationsDialog(notebook, self.window)
        dialog.on_change = self.reload_pages
        return dialog

    def wipe(self, dialog: QDialog) -> None:
        if isinstance(dialog, OrganisationsDialog):
            dialog.list.clear()

    def reload_pages(self) -> None:
        """Every page loads again, so lists and filters show the new names and report years.

        A page per organisation and year (activities, expenses, signals) reads the organisations
        only in ``set_notebook`` (its filter keeps the VP's choice); the others in ``reload``.
        """
        from vpnotes.ui.org_year_page import OrgYearPage

        notebook = self.window.notebook
        if notebook is None:
            return
        for page in self.window.pages.values():
            if isinstance(page, OrgYearPage):
                page.set_notebook(notebook)
                continue
            reload = getattr(page, "reload", None)
            if callable(reload):
                reload()


def install(window: MainWindow) -> None:
    """Add "Organisations…" to ``window``'s Notebook menu."""
    OrganisationActions(window)


def controller(window: MainWindow) -> OrganisationActions | None:
    found = window.findChild(OrganisationActions, "organisationActions")
    return found if isinstance(found, OrganisationActions) else None

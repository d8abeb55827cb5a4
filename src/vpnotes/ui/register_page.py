"""The register van feiten door derden in the app (DESIGN.md §9): one dialog per
Flemish organisation with its entries, Add, Edit, Erase and Print.

Every change goes through :class:`vpnotes.store.register.Register` at once.
Numbers are given by the core: one more than any number the organisation ever
used, so an erased entry's number never comes back. Erasing compacts the file
(no token of the entry is left); it runs on the worker. Printing writes a .docx
(never over an existing file). The dialog is reached from the Notebook menu
(:func:`install`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.model import RegisterEntry
from vpnotes.domain.vocabulary import Sector
from vpnotes.errors import VpnotesError
from vpnotes.practice.flemish_documents import write_register
from vpnotes.store.notebook import Notebook
from vpnotes.store.register import check_entry
from vpnotes.ui.dialog_action import DialogAction
from vpnotes.ui.i18n import format_date
from vpnotes.ui.passphrase_dialogs import MessageLabel
from vpnotes.ui.tasks import start_task
from vpnotes.ui.widgets import DateEdit, NoteEdit, OptionalDateEdit, buddy_labels, dialog_buttons

if TYPE_CHECKING:
    from vpnotes.ui.main_window import MainWindow

NUMBER_ROLE = Qt.ItemDataRole.UserRole


class RegisterEntryDialog(QDialog):
    """A new entry (``entry`` None) or a change to one; checked by the core before it closes."""

    def __init__(self, entry: RegisterEntry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = entry
        self.result_entry: RegisterEntry | None = None
        self.setWindowTitle(self.tr("New declaration") if entry is None else
                            self.tr("Declaration %1").replace("%1", str(entry.number)))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.recorded = DateEdit(self, accessible_name=self.tr("Date recorded"))
        self.recorded.set_day(entry.recorded if entry else date.today())
        form.addRow(self.tr("&Recorded on:"), self.recorded)
        self.facts = OptionalDateEdit(self.tr("known"), self, accessible_name=self.tr("Date of the facts"))
        self.facts.set_day(entry.facts_date if entry else None)
        form.addRow(self.tr("Date of the &facts:"), self.facts)
        self.description = NoteEdit(self, accessible_name=self.tr("Description of the facts"))
        self.description.set_text(entry.description or "" if entry else "")
        self.description.setPlaceholderText(self.tr("What happened, by whom (customer, supplier, patient, pupil …), "
                                                    "where"))
        form.addRow(self.tr("&Description:"), self.description)
        self.declarant = QLineEdit(entry.declarant or "" if entry else "", self)
        self.declarant.setAccessibleName(self.tr("Name of the declarant"))
        self.declarant.setPlaceholderText(self.tr("Only when the declarant agreed to be named"))
        form.addRow(self.tr("D&eclarant:"), self.declarant)
        buddy_labels(form, (self.recorded, self.description, self.declarant))
        layout.addLayout(form)
        self.error = MessageLabel("error")
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, self.tr("&Add") if entry is None else self.tr("&Save"),
                                 on_accept=self.try_accept)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def entry(self) -> RegisterEntry:
        number = self.original.number if self.original else 1
        return RegisterEntry(number=number, recorded=self.recorded.day(), facts_date=self.facts.day(),
                             description=self.description.toPlainText().strip() or None,
                             declarant=self.declarant.text().strip() or None,
                             organisation=self.original.organisation if self.original else "")

    def try_accept(self) -> bool:
        entry = self.entry()
        try:
            check_entry(entry)
        except VpnotesError as exc:
            self.error.show_message(exc.message)
            return False
        self.result_entry = entry
        self.accept()
        return True


class RegisterDialog(QDialog):
    """The register of one Flemish organisation at a time."""

    def __init__(self, notebook: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        # Replaced in tests: run an entry dialog (True when accepted), confirm an erasure, choose a file.
        self.run_edit: Callable[[RegisterEntryDialog], bool] = \
            lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted
        self.confirm_erase: Callable[[int], bool] = self._ask_erase
        self.choose_file: Callable[[str], str] = self._ask_file
        self.setWindowTitle(self.tr("Register of acts by third parties"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Declarations by workers about violence, bullying or unwanted sexual behaviour by "
                               "third parties (customers, suppliers, patients, pupils). Each gets the next number; "
                               "a number is never given again. Entries are erased five years after they were "
                               "recorded (Retention in the Notebook menu)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        for org in notebook.organisations.all():
            if org.sector is Sector.VLAANDEREN:
                self.organisation.addItem(org.name, org.key)
        label = QLabel(self.tr("&Organisation:"))
        label.setBuddy(self.organisation)
        row.addWidget(label)
        row.addWidget(self.organisation, 1)
        layout.addLayout(row)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("No."), self.tr("Facts"), self.tr("Recorded"), self.tr("Description"),
                                   self.tr("Declarant")])
        self.list.setAccessibleName(self.tr("Register entries"))
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.edit())
        self.list.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("No organisation in Flanders: set an organisation's sector to Flanders "
                                    "(Notebook menu, Organisations)."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.erase_button = QPushButton(self.tr("E&rase…"))
        self.erase_button.setAccessibleName(self.tr("Erase the chosen declaration"))
        self.erase_button.clicked.connect(self.erase)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the register as a Word document"))
        self.print_button.clicked.connect(self.print_register)
        for button in (self.add_button, self.edit_button, self.erase_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = MessageLabel("error")
        layout.addWidget(self.message)
        self.printed = MessageLabel("info")
        layout.addWidget(self.printed)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.organisation.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()
        self.resize(860, 460)

    # -- list ----------------------------------------------------------------------------------

    def key(self) -> str | None:
        value = self.organisation.currentData()
        return None if value is None else str(value)

    def reload(self, select: int | None = None) -> None:
        self.list.clear()
        key = self.key()
        self.empty.setVisible(key is None)
        for entry in self.notebook.register.entries(key, erased=True) if key else []:
            if entry.erased:
                cells = [str(entry.number), "", entry.recorded.strftime("%m-%Y"), self.tr("erased"), ""]
            else:
                cells = [str(entry.number), format_date(entry.facts_date), format_date(entry.recorded),
                         " ".join((entry.description or "").split()), entry.declarant or self.tr("not named")]
            item = QTreeWidgetItem(cells)
            item.setData(0, NUMBER_ROLE, entry.number)
            if entry.erased:
                item.setDisabled(True)
            self.list.addTopLevelItem(item)
            if entry.number == select:
                self.list.setCurrentItem(item)
        for column in (0, 1, 2):
            self.list.resizeColumnToContents(column)
        self.list.setColumnWidth(3, 420)
        self._update_buttons()

    def current_entry(self) -> RegisterEntry | None:
        item = self.list.currentItem()
        key = self.key()
        if item is None or key is None:
            return None
        return self.notebook.register.get(key, int(item.data(0, NUMBER_ROLE)))

    def _update_buttons(self) -> None:
        writable = not self.notebook.vault.read_only and self.key() is not None
        entry = self.current_entry()
        live = entry is not None and not entry.erased
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and live)
        self.erase_button.setEnabled(writable and live)
        self.print_button.setEnabled(self.key() is not None)

    # -- changes -------------------------------------------------------------------------------

    def _edit_dialog(self, entry: RegisterEntry | None) -> RegisterEntry | None:
        dialog = RegisterEntryDialog(entry, self)
        try:
            return dialog.result_entry if self.run_edit(dialog) else None
        finally:
            dialog.deleteLater()

    def add(self) -> None:
        key = self.key()
        if key is None:
            return
        entry = self._edit_dialog(None)
        if entry is None:
            return
        try:
            stored = self.notebook.register.add(key, recorded=entry.recorded, description=entry.description or "",
                                                facts_date=entry.facts_date, declarant=entry.declarant)
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            return
        self.message.clear_message()
        self.reload(stored.number)

    def edit(self) -> None:
        key, current = self.key(), self.current_entry()
        if key is None or current is None or current.erased:
            return
        entry = self._edit_dialog(current)
        if entry is None:
            return
        try:
            self.notebook.register.update(key, entry)
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            return
        self.message.clear_message()
        self.reload(entry.number)

    def erase(self) -> None:
        key, current = self.key(), self.current_entry()
        if key is None or current is None or current.erased or not self.confirm_erase(current.number):
            return
        number = current.number
        self.erase_button.setEnabled(False)
        start_task(None, lambda: self.notebook.register.erase(key, [number]), lambda _count: self.reload(number),
                   error=self.message, running=lambda on: self.setEnabled(not on))

    def print_register(self) -> None:
        key = self.key()
        if key is None:
            return
        name = self.choose_file(str(Path.home() / f"register-{key}.docx"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(".docx") else Path(name + ".docx")
        self.printed.clear_message()
        notebook = self.notebook

        def done(count: int) -> None:  # a long register takes a second or two: on the worker
            self.printed.show_message(self.tr("Register printed: %1 declarations in %2.")
                                      .replace("%1", str(count)).replace("%2", path.name))

        start_task(None, lambda: write_register(notebook, key, path), done, error=self.message,
                   running=lambda on: self.setEnabled(not on))

    def _ask_erase(self, number: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Erase declaration"),
            self.tr("Erase declaration %1? Its description and declarant are removed for good; its number and the "
                    "month it was recorded stay, so the number is never given again.").replace("%1", str(number)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_file(self, proposal: str) -> str:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Print the register"), proposal,
                                              self.tr("Word document (*.docx)"))
        return name


class RegisterActions(DialogAction):
    """Owns the "Register of acts by third parties…" action of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "registerActions", self.tr("&Register of acts by third parties…"),
                         self.tr("Flanders: the register of declarations about acts by third parties"))

    def make_dialog(self, notebook: Notebook) -> RegisterDialog:
        return RegisterDialog(notebook, self.window)

    def wipe(self, dialog: QDialog) -> None:
        if isinstance(dialog, RegisterDialog):
            dialog.list.clear()


def install(window: MainWindow) -> None:
    RegisterActions(window)


def controller(window: MainWindow) -> RegisterActions | None:
    return window.findChild(RegisterActions, "registerActions")

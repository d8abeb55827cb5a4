"""Signals: what the VP wants the organisation to hear in the annual report
(patterns, advice), written per organisation and year. Before the report is
written these texts are screened for names and other details that could
identify a person; the page says so, so the VP writes with that in mind.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.model import Organisation, Signal
from vpnotes.errors import VpnotesError
from vpnotes.store.notebook import Notebook
from vpnotes.ui.activities import OrganisationYearBar
from vpnotes.ui.widgets import MessageBar, NoteEdit, ask, confirm, protect_copy, tr

ID_ROLE = Qt.ItemDataRole.UserRole


class SignalDialog(QDialog):
    def __init__(self, organisations: list[Organisation], parent: QWidget | None = None, *,
                 signal: Signal | None = None, organisation: str | None = None, year: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit signal") if signal else tr("New signal"))
        self._id = signal.id if signal else None
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(tr("Organisation"))
        for org in organisations:
            self.organisation.addItem(org.name, org.key)
        key = signal.organisation if signal else organisation
        self.organisation.setCurrentIndex(max(self.organisation.findData(key), 0))
        # The store keeps a signal's organisation fixed; moving one means deleting and adding.
        self.organisation.setEnabled(signal is None and len(organisations) > 1)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(signal.year if signal else year)
        self.year.setAccessibleName(tr("Year"))
        self.text = NoteEdit(self, accessible_name=tr("Signal text"))
        self.text.setMinimumHeight(160)
        self.text.set_text(signal.text if signal else "")
        note = QLabel(tr("Write without names, departments below the minimum size, or dates with a day: "
                         "the text is screened before it goes into the annual report."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Organisation"), self.organisation)
        form.addRow(tr("&Year"), self.year)
        form.addRow(tr("&Text"), self.text)
        for field in (self.organisation, self.year, self.text):
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
        layout.addWidget(note)
        layout.addWidget(buttons)
        protect_copy(self)
        self.resize(520, 360)
        self.text.setFocus()

    def signal(self) -> Signal:
        return Signal(id=self._id, organisation=str(self.organisation.currentData()), year=self.year.value(),
                      text=self.text.text().strip())


class SignalsPage(QWidget):
    """Signals and advice for the annual report, per organisation and year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notebook: Notebook | None = None
        self._signals: list[Signal] = []

        heading = QLabel(tr("Signals for the annual report"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        note = QLabel(tr("These texts go into the annual report as you write them, after a screening for "
                         "names and other details that could identify a person."), self)
        note.setWordWrap(True)
        self.filters = OrganisationYearBar(self, all_organisations=False)
        self.filters.changed.connect(self.reload)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Signals"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(lambda _i: self.edit_signal())
        self.message = MessageBar(self)

        self.add_action = QAction(tr("New signal…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.add_action.triggered.connect(self.add_signal)
        self.edit_action = QAction(tr("Edit signal…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.triggered.connect(self.edit_signal)
        self.delete_action = QAction(tr("Delete signal…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_signal)
        for action in self.page_actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions(self.page_actions())

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for text, action in ((tr("New… (Ctrl+Shift+S)"), self.add_action), (tr("Edit… (F2)"), self.edit_action),
                             (tr("Delete (Del)"), self.delete_action)):
            button = QPushButton(text, self)
            button.setAccessibleName(action.text().rstrip("…"))
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.filters)
        layout.addWidget(self.list, 1)
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
            self._signals = []
            self.list.clear()
            self._update_actions()
            return
        years = {s.year for s in notebook.work.signals()}
        self.filters.set_organisations(notebook.organisations.all(), years)  # emits changed -> reload

    def reload(self) -> None:
        self.list.clear()
        self._signals = []
        if self._notebook is not None and self.filters.organisation_key() is not None:
            self._signals = self._notebook.work.signals(self.filters.organisation_key(),
                                                        self.filters.selected_year())
        for signal in self._signals:
            item = QListWidgetItem(signal.text)
            item.setData(ID_ROLE, signal.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_actions()

    def _update_actions(self) -> None:
        writable = self._notebook is not None and not self._notebook.vault.read_only
        self.add_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and bool(self._signals))
        self.delete_action.setEnabled(writable and bool(self._signals))

    def _selected(self) -> Signal | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((s for s in self._signals if s.id == item.data(ID_ROLE)), None)

    def add_signal(self) -> None:
        if self._notebook is None:
            return
        organisations = self._notebook.organisations.all()
        if not organisations:
            self.message.show_message(tr("Add an organisation first (in the settings)."))
            return
        dialog = SignalDialog(organisations, self, organisation=self.filters.organisation_key(),
                              year=self.filters.selected_year() or date.today().year)
        signal = ask(dialog, SignalDialog.signal)
        if signal is not None:
            self._save(signal, new=True)

    def edit_signal(self) -> None:
        signal = self._selected()
        if self._notebook is None or signal is None:
            return
        changed = ask(SignalDialog(self._notebook.organisations.all(), self, signal=signal, year=signal.year),
                      SignalDialog.signal)
        if changed is not None:
            self._save(changed, new=False)

    def _save(self, signal: Signal, *, new: bool) -> None:
        if self._notebook is None:
            return  # locked while the dialog was open: nothing is saved
        if not signal.text:
            self.message.show_message(tr("A signal needs a text."))
            return
        try:
            if new:
                self._notebook.work.add_signal(signal)
            else:
                self._notebook.work.update_signal(signal)
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            return
        self.message.clear_message()
        years = {self.filters.year.itemData(i) for i in range(self.filters.year.count())}
        if signal.year not in years or signal.organisation != self.filters.organisation_key() \
                or signal.year != self.filters.selected_year():
            # Show where the signal went, so the VP sees it saved.
            self.filters.set_organisations(self._notebook.organisations.all(),
                                           {s.year for s in self._notebook.work.signals()})
            self.filters.organisation.setCurrentIndex(max(self.filters.organisation.findData(signal.organisation), 0))
            self.filters.year.setCurrentIndex(max(self.filters.year.findData(signal.year), 0))
        self.reload()
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == signal.id:
                self.list.setCurrentRow(i)

    def delete_signal(self) -> None:
        signal = self._selected()
        if self._notebook is None or signal is None or signal.id is None:
            return
        if not confirm(self, tr("Delete signal"), tr("Delete this signal?")) or self._notebook is None:
            return
        try:
            self._notebook.work.delete_signal(signal.id)
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            return
        self.reload()

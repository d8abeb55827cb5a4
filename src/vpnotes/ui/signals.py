"""Signals: what the VP wants the organisation to hear in the annual report
(patterns, advice), written per organisation and year. Before the report is
written these texts are screened for names and other details that could
identify a person; the page says so, so the VP writes with that in mind.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QListWidget, QListWidgetItem, QSpinBox, QTreeWidget, QWidget

from vpnotes.domain.model import Organisation, Signal
from vpnotes.store.notebook import Notebook
from vpnotes.ui.org_year_page import ID_ROLE, OrgYearPage, StoreCalls, finish_dialog, organisation_combo
from vpnotes.ui.widgets import NoteEdit, ask, tr


class SignalDialog(QDialog):
    def __init__(self, organisations: list[Organisation], parent: QWidget | None = None, *,
                 signal: Signal | None = None, organisation: str | None = None, year: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit signal") if signal else tr("New signal"))
        self._id = signal.id if signal else None
        self.organisation = organisation_combo(organisations, self, signal.organisation if signal else organisation)
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
        finish_dialog(self, form, (self.organisation, self.year, self.text), below=(note,))
        self.resize(520, 360)
        self.text.setFocus()

    def signal(self) -> Signal:
        return Signal(id=self._id, organisation=str(self.organisation.currentData()), year=self.year.value(),
                      text=self.text.text().strip())


class SignalsPage(OrgYearPage[Signal]):
    """Signals and advice for the annual report, per organisation and year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, heading=tr("Signals for the annual report"),
                         actions=(tr("New signal…"), tr("Edit signal…"), tr("Delete signal…")),
                         new_button=tr("New… (Ctrl+Shift+S)"), shortcut="Ctrl+Shift+S",
                         note=tr("These texts go into the annual report as you write them, after a screening for "
                                 "names and other details that could identify a person."),
                         all_organisations=False)

    def _make_view(self) -> QTreeWidget | QListWidget:
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Signals"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        return self.list

    def _years(self, notebook: Notebook) -> set[int]:
        return {s.year for s in notebook.work.signals()}

    def _load(self, notebook: Notebook) -> list[Signal]:
        if self.filters.organisation_key() is None:
            return []
        return notebook.work.signals(self.filters.organisation_key(), self.filters.selected_year())

    def _show(self, records: list[Signal]) -> None:
        for signal in records:
            item = QListWidgetItem(signal.text)
            item.setData(ID_ROLE, signal.id)
            self.list.addItem(item)

    def _ask(self, notebook: Notebook, record: Signal | None) -> Signal | None:
        organisations = notebook.organisations.all()
        if record is None:
            dialog = SignalDialog(organisations, self, organisation=self.filters.organisation_key(),
                                  year=self.filters.selected_year() or date.today().year)
        else:
            dialog = SignalDialog(organisations, self, signal=record, year=record.year)
        return ask(dialog, SignalDialog.signal)

    def _problem(self, record: Signal) -> str | None:
        return None if record.text else tr("A signal needs a text.")

    def _store(self, notebook: Notebook) -> StoreCalls[Signal]:
        return notebook.work.add_signal, notebook.work.update_signal, notebook.work.delete_signal

    def _delete_question(self, record: Signal) -> tuple[str, str]:
        return tr("Delete signal"), tr("Delete this signal?")

    def _report_year(self, record: Signal, start_month: int) -> int:
        return record.year

"""Exports for the VP's own practice (docs/practice.md): an anonymised casus
for intervisie and an hours-and-expenses statement for a client organisation.

Both dialogs only collect the VP's choices and run the core on the worker
(:func:`vpnotes.practice.casus.export_casus`,
:func:`vpnotes.practice.statement.export_statement`): redaction, screening,
rounding and the file formats are the core's. The casus dialog reminds the VP
to read the casus before sharing it; when the core's screening still refuses,
the dialog lists the words (text and word), never more.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.dates import add_months
from vpnotes.errors import VpnotesError
from vpnotes.practice.casus import CasusExport, CasusRefused, CasusWarnings, Precision, export_casus
from vpnotes.practice.statement import Statement, export_statement
from vpnotes.store.notebook import Notebook
from vpnotes.ui import crash
from vpnotes.ui.i18n import labels
from vpnotes.ui.passphrase_dialogs import MessageLabel, sync_message
from vpnotes.ui.worker import Busy


class _ExportDialog(QDialog):
    """A form, a target file with a Browse button, an inline message and an Export button."""

    suffixes: tuple[str, ...] = ()

    def __init__(self, notebook: Notebook, busy: Busy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.busy = busy
        self.written: Path | None = None
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.clicked.connect(self._browse)
        self.message = MessageLabel("error", self)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.export_button.setDefault(True)

    def path_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        return row

    # -- seams for tests ----------------------------------------------------------------------

    def choose_path(self, suggestion: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), suggestion, self.file_filter(),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        return path

    def ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def info_box(self, message: str) -> None:
        QMessageBox.information(self, self.windowTitle(), message)

    # -- common -------------------------------------------------------------------------------

    def file_filter(self) -> str:
        return ""

    def suggested_name(self) -> str:
        return ""

    def _browse(self) -> None:
        current = self.path.text().strip()
        path = self.choose_path(current or str(Path.home() / self.suggested_name()))
        if path:
            self.path.setText(path)

    def target(self) -> Path | None:
        """The chosen file, checked for its extension and a synchronised folder; None to stop."""
        text = self.path.text().strip()
        if not text:
            self.message.show_message(self.tr("Choose a file to write to."))
            self.path.setFocus()
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() not in self.suffixes:
            self.message.show_message(self.tr("Choose a file name ending in %1.").replace(
                "%1", self.tr(" or ").join(self.suffixes)))
            self.path.setFocus()
            return None
        warning = sync_message(str(path))
        if warning and not self.ask(self.tr("Folder is synchronised"), warning + "\n\n" + self.tr("Export anyway?")):
            return None
        return path

    def set_working(self, working: bool) -> None:
        self.export_button.setEnabled(not working)
        self.browse.setEnabled(not working)

    def failed(self, exc: BaseException) -> None:
        self.set_working(False)
        if isinstance(exc, VpnotesError):
            self.message.show_message(exc.message)
        else:
            crash.report_exception(exc)

    def export(self) -> None:
        raise NotImplementedError


class CasusDialog(_ExportDialog):
    """An anonymised casus of one case, for intervisie (.docx or .txt)."""

    suffixes = (".docx", ".txt")

    def __init__(self, notebook: Notebook, busy: Busy, parent: QWidget | None = None, *,
                 case_id: int | None = None) -> None:
        super().__init__(notebook, busy, parent)
        self.setWindowTitle(self.tr("Case study for intervisie"))
        self.case = QComboBox(self)
        self.case.setAccessibleName(self.tr("Case"))
        for summary in notebook.cases.summaries():
            if summary.purged or summary.reference is None:
                continue  # a statistical skeleton has no course left to discuss
            self.case.addItem(f"{summary.reference} · {labels(summary.categories)}", summary.reference)
            if summary.id == case_id:
                self.case.setCurrentIndex(self.case.count() - 1)
        self.include_notes = QCheckBox(self.tr("Include the &notes (anonymised as well)"), self)
        self.precision = QComboBox(self)
        self.precision.setAccessibleName(self.tr("Timeline"))
        self.precision.addItem(self.tr("in days since the case was opened"), Precision.DAYS.value)
        self.precision.addItem(self.tr("in months since the case was opened"), Precision.MONTHS.value)
        explanation = QLabel(self.tr(
            "Names, departments, the organisation, e-mail addresses, phone numbers, the reference and every "
            "calendar date are replaced or left out. Follow-ups and consents stay out."), self)
        explanation.setWordWrap(True)
        self.reminder = MessageLabel("warning", self)
        self.reminder.show_message(self.tr(
            "Read the case study in full before you share it: names the notebook does not know, and "
            "descriptions that make someone recognisable, may still be in the text."))
        self.findings = QListWidget(self)
        self.findings.setAccessibleName(self.tr("Words to change"))
        self.findings.hide()
        # Shown with warnings only: the VP acknowledges the words she has checked, as for the report.
        self.accept_warnings = QCheckBox(self.tr("I have checked these words: &write the case study with them"),
                                         self)
        self.accept_warnings.hide()
        for changed in (self.case.currentIndexChanged, self.include_notes.toggled, self.precision.currentIndexChanged):
            changed.connect(self._forget_acceptance)  # another text: its words are checked anew

        form = QFormLayout()
        for text, field in ((self.tr("&Case"), self.case), (self.tr("&Timeline"), self.precision)):
            lbl = QLabel(text, self)
            lbl.setBuddy(field)
            form.addRow(lbl, field)
        form.addRow("", self.include_notes)
        file_label = QLabel(self.tr("&File (.docx or .txt)"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, self.path_row())
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.reminder)
        layout.addWidget(self.message)
        layout.addWidget(self.findings)
        layout.addWidget(self.accept_warnings)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.reminder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.resize(620, 360)
        self.export_button.setEnabled(self.case.count() > 0)

    def _forget_acceptance(self) -> None:
        self.accept_warnings.setChecked(False)
        self.accept_warnings.hide()
        self.findings.clear()
        self.findings.hide()

    def file_filter(self) -> str:
        return self.tr("Word document (*.docx);;Text (*.txt)")

    def suggested_name(self) -> str:
        return "casus-intervisie.docx"  # never the reference: the file name travels with the file

    def reference(self) -> str | None:
        value = self.case.currentData()
        return None if value is None else str(value)

    def export(self) -> None:
        reference = self.reference()
        self.message.clear_message()
        accepted = not self.accept_warnings.isHidden() and self.accept_warnings.isChecked()
        self.findings.clear()
        self.findings.hide()
        self.accept_warnings.hide()
        if reference is None:
            return
        path = self.target()
        if path is None:
            return
        notebook, notes = self.notebook, self.include_notes.isChecked()
        precision = Precision(str(self.precision.currentData()))
        self.set_working(True)

        def work() -> CasusExport:
            return export_casus(notebook, reference, path, include_notes=notes, precision=precision,
                                accept_warnings=accepted)

        self.busy.start(work, lambda result: self._written(path, result), self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.failed(exc)
        if isinstance(exc, CasusRefused):
            for finding in exc.findings:
                self.findings.addItem(finding.describe())
            self.findings.setVisible(bool(exc.findings))
        if isinstance(exc, CasusWarnings):
            self.accept_warnings.setChecked(False)
            self.accept_warnings.show()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))  # room for the list

    def _written(self, path: Path, result: CasusExport) -> None:
        self.set_working(False)
        self.written = path
        text = self.tr("The case study has been written to:\n%1").replace("%1", str(path))
        text += "\n\n" + self.reminder.text()
        self.info_box(text)
        self.accept()


class StatementDialog(_ExportDialog):
    """Hours and expenses for one client organisation, month by month (.docx or .csv)."""

    suffixes = (".docx", ".csv")

    def __init__(self, notebook: Notebook, busy: Busy, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(notebook, busy, parent)
        self.setWindowTitle(self.tr("Hours and expenses statement"))
        self.statement: Statement | None = None
        today = today or date.today()
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        for org in notebook.organisations.all():
            self.organisation.addItem(org.name, org.key)
        last_month = add_months(date(today.year, today.month, 1), -1)
        self.first = self._month_edit(self.tr("First month"), date(last_month.year, 1, 1)
                                      if last_month.month > 1 else last_month)
        self.last = self._month_edit(self.tr("Last month"), last_month)
        explanation = QLabel(self.tr(
            "For invoicing: hours of each kind of work over the period, hours of all work together and "
            "expenses per month. The statement holds no names, references, descriptions or numbers of cases."),
            self)
        explanation.setWordWrap(True)
        self.per_month = QCheckBox(self.tr("Show each kind of work &per month"), self)
        self.per_month.setToolTip(self.tr(
            "Shows in which month there were conversations in cases and how long they took: in a small "
            "organisation that can point to a person."))
        self.per_month_warning = MessageLabel("warning", self)
        self.per_month.toggled.connect(self._per_month_toggled)
        form = QFormLayout()
        for text, field in ((self.tr("&Organisation"), self.organisation), (self.tr("&From"), self.first),
                            (self.tr("&To"), self.last)):
            lbl = QLabel(text, self)
            lbl.setBuddy(field)
            form.addRow(lbl, field)
        form.addRow("", self.per_month)
        file_label = QLabel(self.tr("&File (.docx or .csv)"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, self.path_row())
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.per_month_warning)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.per_month_warning.hide()
        self.resize(560, 300)
        self.export_button.setEnabled(self.organisation.count() > 0)

    def _per_month_toggled(self, checked: bool) -> None:
        if checked:
            self.per_month_warning.show_message(self.tr(
                "Each kind of work per month shows in which month there were conversations in cases and how "
                "long they took (0,75 hours in June is one conversation of 45 minutes in June). In a small "
                "organisation that can point to a person."))
        else:
            self.per_month_warning.clear_message()

    def _month_edit(self, accessible_name: str, month: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDisplayFormat("MM-yyyy")
        edit.setCalendarPopup(False)
        edit.setAccessibleName(accessible_name)
        edit.setDate(QDate(month.year, month.month, 1))
        return edit

    @staticmethod
    def month_of(edit: QDateEdit) -> date:
        value = edit.date()
        return date(value.year(), value.month(), 1)

    def file_filter(self) -> str:
        return self.tr("Word document (*.docx);;Spreadsheet (*.csv)")

    def suggested_name(self) -> str:
        key = self.organisation.currentData() or "organisatie"
        return f"urenoverzicht-{key}-{self.month_of(self.first):%Y-%m}-{self.month_of(self.last):%Y-%m}.docx"

    def export(self) -> None:
        self.message.clear_message()
        key = self.organisation.currentData()
        if key is None:
            return
        path = self.target()
        if path is None:
            return
        notebook, first, last = self.notebook, self.month_of(self.first), self.month_of(self.last)
        per_month = self.per_month.isChecked()
        self.set_working(True)

        def work() -> Statement:
            return export_statement(notebook, str(key), first, last, path, per_month=per_month)

        self.busy.start(work, lambda result: self._written(path, result), self.failed)

    def _written(self, path: Path, statement: Statement) -> None:
        self.set_working(False)
        self.written = path
        self.statement = statement
        self.info_box(self.tr("The statement has been written to:\n%1\n\nIt holds no names, references or "
                              "descriptions.").replace("%1", str(path)))
        self.accept()

"""The annual report wizard (issue 4, item 4; DESIGN.md §6).

1. **Scope**: the organisation (or, with several, "all organisations:
   overview"), the report year (years with cases; a school's schooljaar is
   labelled "2025-2026"), and the minimum cell size k. k is the organisation's
   stored policy; for this report it can only be made stricter (as
   ``--min-cell``). Changing the stored value is a separate, deliberate step: a
   dialog that says what it means, a confirmation when it lowers k, and an entry
   in the notebook's log (:meth:`Policies.set`).
2. **Texts**: the VP's introduction (prefilled from the core's template), the
   signals written for this organisation and year (edited here or on the
   Signals page), and whether activity descriptions go in.
3. **Check and export**: the core prepares the report on the worker
   (:func:`vpnotes.report.service.prepare_report`); the preview shows its
   laid-out document exactly as it will be exported, beside the screening
   hits. A blocking hit (which text, which word) keeps Export disabled until
   the text is changed and checked again; each warning must be acknowledged
   with its own check box. Export asks where to write (.docx or .json) and
   writes on the worker (:func:`export_report`).

The wizard decides nothing about disclosure or screening: the core does. The
wizard closes when the notebook locks, so no figure or text outlives the lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vpnotes.domain.dates import report_year_label, report_year_of
from vpnotes.domain.model import MIN_CELL_RANGE, Organisation
from vpnotes.domain.vocabulary import Sector
from vpnotes.errors import VpnotesError
from vpnotes.report.document import people_words, render_template
from vpnotes.report.joint import Contribution
from vpnotes.report.screening import Finding
from vpnotes.report.service import PreparedReport, export_report, format_for, prepare_report
from vpnotes.store.notebook import Notebook
from vpnotes.ui import crash
from vpnotes.ui.passphrase_dialogs import MessageLabel, sync_message
from vpnotes.ui.report_contributions import ContributionsPage, JointSwitch
from vpnotes.ui.report_preview import ReportPreview
from vpnotes.ui.worker import Busy

FINDING_ROLE = Qt.ItemDataRole.UserRole
BLOCKING_COLOUR = QColor("#a61b1b")


def _wrapped(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def report_years(notebook: Notebook, organisation: str | None, start_month: int,
                 today: date | None = None) -> list[int]:
    """Report years with cases (opened or a contact in them), newest first; the current year at least."""
    today = today or date.today()
    current = report_year_of(today, start_month)
    span = notebook.cases.date_span(organisation)  # one query: the first and the last date decide
    if span is None:
        return [current]
    first, last = (report_year_of(day, start_month) for day in span)
    # Cases run on: every year between the first and the last has cases carried over.
    return list(range(max(last, current), first - 1, -1))


@dataclass(frozen=True)
class ReportChoice:
    """What the VP chose; the core gets exactly this."""

    organisation: str | None
    year: int
    introduction: str
    include_activity_descriptions: bool
    min_cell: int | None  # None: the stored k; otherwise a stricter one for this report only


# -- step 1: scope ----------------------------------------------------------------------------


class MinCellDialog(QDialog):
    """Change an organisation's stored minimum cell size: deliberate, explained and logged."""

    def __init__(self, organisation: Organisation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the minimum cell size"))
        self.organisation = organisation
        low, high = MIN_CELL_RANGE
        self.value = QSpinBox(self)
        self.value.setRange(low, high)
        self.value.setValue(organisation.min_cell)
        self.value.setAccessibleName(self.tr("New minimum cell size"))
        explanation = _wrapped(self.tr(
            "The minimum cell size k is the smallest number the annual reports of %1 show: smaller numbers "
            "appear as “<\u00a0k” or “x”. It is the same for every year and for the overview, so two versions of "
            "a report cannot be compared to find a small group. A lower value shows smaller groups and makes "
            "people easier to recognise. The change is recorded in the notebook's event log.")
            .replace("%1", organisation.name), self)
        form = QFormLayout()
        value_label = QLabel(self.tr("&New value (%1 to %2)").replace("%1", str(low)).replace("%2", str(high)), self)
        value_label.setBuddy(self.value)
        form.addRow(value_label, self.value)
        buttons = QDialogButtonBox(self)
        self.change_button = buttons.addButton(self.tr("Change and record in the log"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 240)


class ScopePage(QWizardPage):
    """Organisation, year and k."""

    def __init__(self, wizard: ReportWizard) -> None:
        super().__init__()
        self.report_wizard = wizard
        self.setTitle(self.tr("Which report"))
        self.setSubTitle(self.tr("Choose the organisation and the year. The figures are counted by vpnotes; "
                                 "small numbers are hidden so that nobody can be recognised."))
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Report year"))
        self.stored_k = QLabel(self)
        self.stored_k.setWordWrap(True)
        self.stricter = QSpinBox(self)
        self.stricter.setAccessibleName(self.tr("Minimum cell size for this report"))
        self.stricter.setToolTip(self.tr("For this report only; it can only be stricter than the stored value."))
        self.change_k = QPushButton(self.tr("Change the stored &value…"), self)
        self.change_k.setToolTip(self.tr("A deliberate change of the notebook's policy, recorded in the log"))
        self.change_k.clicked.connect(self.change_stored_k)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a61b1b;")

        form = QFormLayout()
        org_label = QLabel(self.tr("&Organisation"), self)
        org_label.setBuddy(self.organisation)
        year_label = QLabel(self.tr("&Year"), self)
        year_label.setBuddy(self.year)
        k_label = QLabel(self.tr("Minimum &cell size"), self)
        k_label.setBuddy(self.stricter)
        form.addRow(org_label, self.organisation)
        form.addRow(year_label, self.year)
        k_row = QHBoxLayout()
        k_row.addWidget(self.stricter)
        k_row.addWidget(self.change_k)
        k_row.addStretch(1)
        form.addRow(k_label, k_row)
        form.addRow("", self.stored_k)
        steps = _wrapped(self.tr(
            "Next: the texts (your introduction and the signals for this year), then a preview of exactly what "
            "will be exported, beside the check of every text for names and other traceable details. You "
            "choose where the file goes: a Word document for the board, or the figures as JSON."), self)
        steps.setStyleSheet("color: #4a4a4a; margin-top: 12px;")
        self.joint = JointSwitch(self)  # the step for a joint report (report_contributions.py)
        self.joint.toggled.connect(lambda _on: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.joint)
        layout.addWidget(self.message)
        layout.addWidget(steps)
        layout.addStretch(1)

        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        self.year.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        self._fill_organisations()

    # -- choices ----------------------------------------------------------------------------

    def organisations(self) -> list[Organisation]:
        return self.report_wizard.notebook.organisations.all()

    def organisation_key(self) -> str | None:
        value = self.organisation.currentData()
        return None if value is None else str(value)

    def selected(self) -> list[Organisation]:
        key = self.organisation_key()
        return [o for o in self.organisations() if key is None or o.key == key]

    def start_month(self) -> int:
        months = {o.year_start_month for o in self.selected()}
        return months.pop() if len(months) == 1 else 1

    def stored_min_cell(self) -> int:
        """The stored k of the organisation (the largest, for an overview), as the core uses it."""
        return max((o.min_cell for o in self.selected()), default=MIN_CELL_RANGE[0])

    def selected_year(self) -> int | None:
        value = self.year.currentData()
        return None if value is None else int(value)

    def chosen_min_cell(self) -> int | None:
        value = self.stricter.value()
        return None if value == self.stored_min_cell() else value

    def _fill_organisations(self, keep: str | None = None) -> None:
        organisations = self.organisations()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        for org in organisations:
            self.organisation.addItem(org.name, org.key)
        if len(organisations) > 1:
            self.organisation.addItem(self.tr("All organisations: overview"), None)
        self.organisation.setCurrentIndex(max(self.organisation.findData(keep), 0) if keep else 0)
        self.organisation.blockSignals(False)
        self._organisation_changed()

    def _organisation_changed(self) -> None:
        keep = self.selected_year()
        start = self.start_month()
        years = report_years(self.report_wizard.notebook, self.organisation_key(), start, self.report_wizard.today)
        self.year.blockSignals(True)
        self.year.clear()
        for y in years:
            self.year.addItem(report_year_label(y, start), y)
        # An annual report is usually written after the year: the last complete year first.
        default = report_year_of(self.report_wizard.today, start) - 1
        index = self.year.findData(keep if keep is not None else default)
        if index < 0:
            index = self.year.findData(default)
        self.year.setCurrentIndex(max(index, 0))
        self.year.blockSignals(False)
        self._show_min_cell()
        self.completeChanged.emit()

    def _show_min_cell(self) -> None:
        stored = self.stored_min_cell()
        self.stricter.setRange(stored, MIN_CELL_RANGE[1])
        self.stricter.setValue(stored)
        overview = self.organisation_key() is None
        if overview:
            text = self.tr("The overview uses the largest stored value of the organisations: %1. "
                           "Numbers below it are not shown.")
        else:
            text = self.tr("Stored for this organisation: %1. Numbers below it are not shown. For this report "
                           "you can only choose a stricter value.")
        self.stored_k.setText(text.replace("%1", str(stored)))
        self.change_k.setEnabled(not overview and not self.report_wizard.notebook.vault.read_only)
        if overview:  # a joint report is for one organisation
            self.joint.setChecked(False)
        self.joint.setEnabled(not overview)
        self.change_k.setToolTip(self.tr("Choose one organisation to change its stored value") if overview
                                 else self.tr("A deliberate change of the notebook's policy, recorded in the log"))

    def isComplete(self) -> bool:
        return self.organisation.count() > 0 and self.selected_year() is not None

    def nextId(self) -> int:
        wizard = self.report_wizard
        return wizard.contributions_id if self.joint.isChecked() else wizard.texts_id

    # -- the policy change ------------------------------------------------------------------

    def change_stored_k(self) -> None:
        orgs = self.selected()
        if self.organisation_key() is None or len(orgs) != 1:
            return
        org = orgs[0]
        dialog = MinCellDialog(org, self)
        if not self.report_wizard.run_dialog(dialog):
            return
        value = dialog.value.value()
        if value == org.min_cell:
            return
        if value < org.min_cell and not self.report_wizard.ask(
                self.tr("Show smaller numbers?"),
                self.tr("You are lowering the minimum cell size of %1 from %2 to %3. Smaller groups will be "
                        "visible in its annual reports, which makes people easier to recognise. "
                        "The change is recorded in the notebook's event log. Continue?")
                .replace("%1", org.name).replace("%2", str(org.min_cell)).replace("%3", str(value))):
            return
        try:
            self.report_wizard.notebook.policy.set(f"min_cell.{org.key}", value)
        except VpnotesError as exc:
            self.message.setText(exc.message)
            return
        self.message.clear()
        self._fill_organisations(keep=org.key)


# -- step 2: texts ----------------------------------------------------------------------------


class TextsPage(QWizardPage):
    """The introduction, the signals, and the activity descriptions switch."""

    def __init__(self, wizard: ReportWizard) -> None:
        super().__init__()
        self.report_wizard = wizard
        self.setTitle(self.tr("Texts in the report"))
        self.setSubTitle(self.tr("Everything you write here is checked for names and other details that could "
                                 "lead to a person before the report can be exported."))
        self.introduction = QPlainTextEdit(self)
        self.introduction.setAccessibleName(self.tr("Introduction"))
        self.introduction.setTabChangesFocus(True)
        self._prefilled = ""
        self.restore_intro = QPushButton(self.tr("Use the &standard text"), self)
        self.restore_intro.clicked.connect(self._restore_standard)
        self.signals = QListWidget(self)
        self.signals.setAccessibleName(self.tr("Signals for this report"))
        self.signals.setWordWrap(True)
        self.signals.setAlternatingRowColors(True)
        self.signals.itemActivated.connect(lambda _item: self.edit_signal())
        self.signals_note = _wrapped("", self)
        self.edit_signal_button = QPushButton(self.tr("&Edit signal…"), self)
        self.edit_signal_button.clicked.connect(self.edit_signal)
        self.new_signal_button = QPushButton(self.tr("&New signal…"), self)
        self.new_signal_button.clicked.connect(self.new_signal)
        self.descriptions = QCheckBox(self.tr("Include the &descriptions of preventive activities"), self)

        intro_label = QLabel(self.tr("&Introduction"), self)
        intro_label.setBuddy(self.introduction)
        signals_label = QLabel(self.tr("Si&gnals and advice to the organisation"), self)
        signals_label.setBuddy(self.signals)
        intro_row = QHBoxLayout()
        intro_row.addWidget(intro_label)
        intro_row.addStretch(1)
        intro_row.addWidget(self.restore_intro)
        signal_buttons = QHBoxLayout()
        signal_buttons.addWidget(self.edit_signal_button)
        signal_buttons.addWidget(self.new_signal_button)
        signal_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(intro_row)
        layout.addWidget(self.introduction, 3)
        layout.addWidget(signals_label)
        layout.addWidget(self.signals, 2)
        layout.addWidget(self.signals_note)
        layout.addLayout(signal_buttons)
        layout.addWidget(self.descriptions)

    def standard_introduction(self) -> str:
        """The core's template text for the chosen scope."""
        scope = self.report_wizard.scope
        orgs = scope.selected()
        year = scope.selected_year() or self.report_wizard.today.year
        overview = scope.organisation_key() is None
        name = orgs[0].name if orgs and not overview else ""
        return "\n\n".join(render_template(
            "introduction.txt.j2", organisation_name=name, label=report_year_label(year, scope.start_month()),
            overview=overview, organisations=len(orgs), vps=1 + len(self.report_wizard.joint_contributions()),
            people=people_words(orgs[0].sector if orgs and not overview else Sector.WERK)))

    def initializePage(self) -> None:
        standard = self.standard_introduction()
        current = self.introduction.toPlainText()
        if not current.strip() or current == self._prefilled:  # not yet written by the VP
            self.introduction.setPlainText(standard)
        self._prefilled = standard
        self.reload_signals()

    def _restore_standard(self) -> None:
        self.introduction.setPlainText(self.standard_introduction())

    def reload_signals(self) -> None:
        scope = self.report_wizard.scope
        key, year = scope.organisation_key(), scope.selected_year()
        self.signals.clear()
        overview = key is None
        if not overview and year is not None:
            for signal in self.report_wizard.notebook.work.signals(key, year):
                item = QListWidgetItem(signal.text, self.signals)
                item.setData(FINDING_ROLE, signal.id)
        if overview:
            self.signals_note.setText(self.tr("An overview across organisations holds no signals: they are written "
                                              "for one organisation's board."))
        elif not self.signals.count():
            self.signals_note.setText(self.tr("No signals for this year yet."))
        else:
            self.signals_note.setText(self.tr("Each signal appears in the report as one bullet."))
        for widget in (self.signals, self.edit_signal_button):
            widget.setEnabled(not overview and self.signals.count() > 0)
        self.new_signal_button.setEnabled(not overview and not self.report_wizard.notebook.vault.read_only)
        if self.signals.count():
            self.signals.setCurrentRow(0)

    def edit_signal(self, signal_id: int | None = None) -> bool:
        """Edit one signal (the selected one by default); True when it was changed."""
        if signal_id is None:
            item = self.signals.currentItem()
            if item is None:
                return False
            signal_id = int(item.data(FINDING_ROLE))
        changed = self.report_wizard.edit_signal(signal_id)
        if changed:
            self.reload_signals()
        return changed

    def new_signal(self) -> None:
        if self.report_wizard.new_signal():
            self.reload_signals()

    def select_in_introduction(self, spans: tuple[tuple[int, int], ...]) -> None:
        """Put the cursor on a word the screening found, so the VP can change it at once."""
        self.introduction.setFocus()
        if not spans:
            return
        start, end = spans[0]
        cursor = self.introduction.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.introduction.setTextCursor(cursor)


# -- step 3: check and export -----------------------------------------------------------------


class CheckPage(QWizardPage):
    """The preview exactly as exported, and the screening hits beside it."""

    def __init__(self, wizard: ReportWizard) -> None:
        super().__init__()
        self.report_wizard = wizard
        self.setTitle(self.tr("Check and export"))
        self.setSubTitle(self.tr("This is exactly what the report will contain. Changes to a text must be "
                                 "checked again before you can export."))
        self.preview = ReportPreview(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.findings = QListWidget(self)
        self.findings.setAccessibleName(self.tr("Screening results"))
        self.findings.setWordWrap(True)
        self.findings.itemChanged.connect(self._acknowledged)
        self.findings.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.findings.itemActivated.connect(lambda _item: self.fix_selected())
        self.fix_button = QPushButton(self.tr("&Change this text…"), self)
        self.fix_button.clicked.connect(self.fix_selected)
        self.check_button = QPushButton(self.tr("Check &again"), self)
        self.check_button.clicked.connect(self.prepare)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        findings_label = QLabel(self.tr("&Screening of the texts"), side)
        findings_label.setBuddy(self.findings)
        side_layout.addWidget(findings_label)
        side_layout.addWidget(self.status)
        side_layout.addWidget(self.findings, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.check_button)
        side_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.preview)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 360])
        # An own and a joint report of the same year must not both be published (DESIGN.md §10).
        self.publication_warning = MessageLabel("warning")
        layout = QVBoxLayout(self)
        layout.addWidget(self.publication_warning)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        self.setCommitPage(False)

    def initializePage(self) -> None:
        self.prepare()

    def nextId(self) -> int:
        return -1  # the last step, whatever page was added after it

    def cleanupPage(self) -> None:
        self.report_wizard.prepared = None
        self.preview.show_document(None)
        self.findings.clear()

    def prepare(self) -> None:
        self.report_wizard.prepare()

    def isComplete(self) -> bool:
        return self.report_wizard.can_export()

    # -- showing a prepared report ----------------------------------------------------------

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.check_button.setEnabled(not busy)
        if busy:
            self.status.setText(text)
        self.completeChanged.emit()

    def show_prepared(self, prepared: PreparedReport | None) -> None:
        self.preview.show_document(prepared.document if prepared is not None else None)
        warning = prepared.publication_warning if prepared is not None else None
        self.publication_warning.show_message(warning or "")
        self.findings.blockSignals(True)
        self.findings.clear()
        if prepared is not None:
            accepted = self.report_wizard.accepted_warnings
            for finding in prepared.screening.blocking:
                item = QListWidgetItem(self.tr("Blocks export – %1: “%2” (%3)")
                                       .replace("%1", finding.label).replace("%2", finding.word)
                                       .replace("%3", finding.reason_text), self.findings)
                item.setData(FINDING_ROLE, finding)
                item.setForeground(BLOCKING_COLOUR)
                font = item.font()
                font.setBold(True)  # stands out when selected too
                item.setFont(font)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            for finding in prepared.screening.warnings:
                item = QListWidgetItem(self.tr("Check – %1: “%2” (%3)")
                                       .replace("%1", finding.label).replace("%2", finding.word)
                                       .replace("%3", finding.reason_text), self.findings)
                item.setData(FINDING_ROLE, finding)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if finding.key in accepted else Qt.CheckState.Unchecked)
                item.setToolTip(self.tr("Tick when you have read it and the text may stay as it is"))
        self.findings.blockSignals(False)
        if self.findings.count():
            self.findings.setCurrentRow(0)
        self.update_status()

    def update_status(self) -> None:
        prepared = self.report_wizard.prepared
        if prepared is None:
            self.status.setText("")
        elif prepared.screening.blocking:
            self.status.setText(self.tr("Words that could lead to a person: %1. Change the text, then check "
                                        "again: until then the report cannot be exported.")
                                .replace("%1", str(len(prepared.screening.blocking))))
        elif prepared.screening.unacknowledged(self.report_wizard.accepted_warnings):
            self.status.setText(self.tr("Read each warning and tick it when the text may stay as it is, or "
                                        "change the text and check again."))
        elif prepared.screening.warnings:
            self.status.setText(self.tr("Every warning is acknowledged. The report can be exported."))
        else:
            self.status.setText(self.tr("No names or other traceable details found. The report can be exported."))
        self._update_buttons()
        self.completeChanged.emit()

    def _update_buttons(self) -> None:
        item = self.findings.currentItem()
        self.fix_button.setEnabled(item is not None and self.report_wizard.can_fix(item.data(FINDING_ROLE)))

    def _acknowledged(self, item: QListWidgetItem) -> None:
        finding = item.data(FINDING_ROLE)
        if not isinstance(finding, Finding) or finding.blocking:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self.report_wizard.accepted_warnings.add(finding.key)
        else:
            self.report_wizard.accepted_warnings.discard(finding.key)
        self.update_status()

    def fix_selected(self) -> None:
        item = self.findings.currentItem()
        if item is not None:
            self.report_wizard.fix(item.data(FINDING_ROLE))


# -- the wizard -------------------------------------------------------------------------------


class ReportWizard(QWizard):
    """From organisation and year to a screened annual report on disk."""

    exported = Signal(str)

    def __init__(self, notebook: Notebook, busy: Busy, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.busy = busy
        self.today = today or date.today()
        self.prepared: PreparedReport | None = None
        self.accepted_warnings: set[str] = set()
        self.written: Path | None = None
        self._working = False
        self.setWindowTitle(self.tr("Annual report"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Export…"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.scope = ScopePage(self)
        self.texts = TextsPage(self)
        self.check = CheckPage(self)
        self.scope_id = self.addPage(self.scope)
        self.texts_id = self.addPage(self.texts)
        self.check_id = self.addPage(self.check)
        self.contributions = ContributionsPage(self)  # only reached through the first page's joint switch
        self.contributions_id = self.addPage(self.contributions)
        self.resize(1100, 760)

    # -- seams for tests (the dialogs the VP answers) -------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def choose_path(self, suggestion: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the annual report"), suggestion,
            self.tr("Word document (*.docx);;Figures as JSON (*.json)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        return path

    def error_box(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Annual report"), message)

    def info_box(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Annual report"), message)

    # -- the choice ---------------------------------------------------------------------------

    def choice(self) -> ReportChoice:
        year = self.scope.selected_year()
        return ReportChoice(
            organisation=self.scope.organisation_key(),
            year=year if year is not None else self.today.year,
            introduction=self.texts.introduction.toPlainText(),
            include_activity_descriptions=self.texts.descriptions.isChecked(),
            min_cell=self.scope.chosen_min_cell(),
        )

    def scope_organisation(self) -> Organisation | None:
        """The one organisation chosen (None for an overview)."""
        orgs = self.scope.selected()
        return orgs[0] if self.scope.organisation_key() is not None and len(orgs) == 1 else None

    def joint_contributions(self) -> list[Contribution]:
        return self.contributions.opened() if self.scope.joint.isChecked() else []

    def done(self, result: int) -> None:
        self.contributions.close_all()  # nothing of a contribution outlives the wizard
        super().done(result)

    def can_export(self) -> bool:
        return (not self._working and self.prepared is not None
                and self.prepared.can_export(self.accepted_warnings))

    # -- preparing (worker) -------------------------------------------------------------------

    def prepare(self) -> None:
        """Count, disclose, screen and lay out on the worker; the preview follows."""
        if self._working:
            return
        choice = self.choice()
        notebook = self.notebook
        contributions = self.joint_contributions()
        self.prepared = None
        self._working = True
        self.check.set_busy(True, self.tr("Preparing the report…"))

        def work() -> PreparedReport:
            return prepare_report(notebook, choice.organisation, choice.year, choice.introduction,
                                  choice.include_activity_descriptions, choice.min_cell, contributions)

        self.busy.start(work, self._prepared, self._failed)

    def _prepared(self, prepared: PreparedReport) -> None:
        self._working = False
        if self.currentId() != self.check_id:  # the VP went back meanwhile: the next visit prepares anew
            self.check.set_busy(False)
            return
        self.prepared = prepared
        # Only acknowledgements of warnings that are still there count.
        self.accepted_warnings &= {w.key for w in prepared.screening.warnings}
        self.check.set_busy(False)
        self.check.show_prepared(prepared)

    def _failed(self, exc: BaseException) -> None:
        self._working = False
        self.check.set_busy(False)
        self.check.update_status()
        if isinstance(exc, VpnotesError):
            self.check.status.setText(exc.message)
            self.error_box(exc.message)
        else:
            crash.report_exception(exc)

    # -- fixing a text ------------------------------------------------------------------------

    def can_fix(self, finding: Any) -> bool:
        if not isinstance(finding, Finding):
            return False
        return finding.block == "introduction" or finding.block.startswith(("signal:", "activity:"))

    def fix(self, finding: Any) -> None:
        """Take the VP to the text of a hit: the introduction, a signal, or the descriptions switch."""
        if not isinstance(finding, Finding):
            return
        if finding.block == "introduction":
            self.back()
            self.texts.select_in_introduction(finding.spans)
        elif finding.block.startswith("signal:"):
            if self.edit_signal(int(finding.block.split(":", 1)[1])):
                self.texts.reload_signals()
                self.prepare()
        elif finding.block.startswith("activity:"):
            self.info_box(self.tr("Activity descriptions are changed on the Activities page. You can also leave "
                                  "the descriptions out of this report (previous step)."))

    def edit_signal(self, signal_id: int) -> bool:
        from vpnotes.ui.signals import SignalDialog

        signal = next((s for s in self.notebook.work.signals() if s.id == signal_id), None)
        if signal is None:
            return False
        dialog = SignalDialog(self.notebook.organisations.all(), self, signal=signal, year=signal.year)
        if not self.run_dialog(dialog):
            return False
        changed = dialog.signal()
        if not changed.text:
            self.error_box(self.tr("A signal needs a text."))
            return False
        try:
            self.notebook.work.update_signal(changed)
        except VpnotesError as exc:
            self.error_box(exc.message)
            return False
        return True

    def new_signal(self) -> bool:
        from vpnotes.ui.signals import SignalDialog

        key, year = self.scope.organisation_key(), self.scope.selected_year()
        dialog = SignalDialog(self.notebook.organisations.all(), self, organisation=key,
                              year=year or self.today.year)
        if not self.run_dialog(dialog):
            return False
        signal = dialog.signal()
        if not signal.text:
            return False
        try:
            self.notebook.work.add_signal(signal)
        except VpnotesError as exc:
            self.error_box(exc.message)
            return False
        return True

    # -- export (worker) ----------------------------------------------------------------------

    def suggested_name(self) -> str:
        prepared = self.prepared
        label = prepared.label if prepared is not None else str(self.today.year)
        key = (prepared.organisation if prepared is not None else None) or "overzicht"
        kind = "gezamenlijk-jaarverslag" if prepared is not None and prepared.contributions else "jaarverslag"
        return f"{kind}-{key}-{label}.docx"

    def accept(self) -> None:
        """Finish = export: ask where, write on the worker, close when written."""
        if self.written is not None:
            super().accept()
            return
        prepared = self.prepared
        if prepared is None or not self.can_export():
            return
        path = self.choose_path(str(Path.home() / self.suggested_name()))
        if not path:
            return
        if Path(path).suffix.lower() not in (".docx", ".json"):
            path += ".docx"
        warning = sync_message(path)
        if warning and not self.ask(self.tr("Folder is synchronised"), warning + "\n\n" + self.tr("Export anyway?")):
            return
        try:
            fmt = format_for(path, None)
        except VpnotesError as exc:
            self.error_box(exc.message)
            return
        notebook, accepted = self.notebook, set(self.accepted_warnings)
        self._working = True
        self.check.set_busy(True, self.tr("Writing the report…"))

        def work() -> Path:
            return export_report(notebook, prepared, path, fmt, accepted)

        self.busy.start(work, self._exported, self._export_failed)

    def _exported(self, path: Path) -> None:
        self._working = False
        self.written = path
        self.check.set_busy(False)
        self.exported.emit(str(path))
        self.info_box(self.tr("The annual report has been written to:\n%1").replace("%1", str(path)))
        super().accept()

    def _export_failed(self, exc: BaseException) -> None:
        self._working = False
        self.check.set_busy(False)
        self.check.update_status()
        if isinstance(exc, VpnotesError):
            self.error_box(exc.message)
        else:
            crash.report_exception(exc)


"""Verslag > Bijdrage voor een gezamenlijk jaarverslag (DESIGN.md §10).

The VP chooses the organisation and the year; the core counts what would go
and screens the signals on the worker
(:func:`vpnotes.lifecycle.contribution.plan_contribution`), and the dialog shows
it: the numbers of cases, activities and signals, any blocking word (the VP
changes the signal on the Signals page), warnings to accept, and the warning
when an own report of that year was already exported. Then the contribution
passphrase, twice, with the strength meter and the strength rules, the file,
and Write: the core writes on the worker
(:func:`vpnotes.lifecycle.contribution.write_contribution`). The dialog says
plainly how file and passphrase reach the coordinating VP: separately.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.dates import report_year_of
from vpnotes.lifecycle.contribution import ContributionPlan, ContributionResult, plan_contribution, write_contribution
from vpnotes.store.notebook import Notebook
from vpnotes.ui.org_year_page import OrganisationYearBar
from vpnotes.ui.passphrase_dialogs import MessageLabel, NewPassphraseFields, default_folder, sync_message
from vpnotes.ui.report_wizard import BLOCKING_COLOUR, report_years
from vpnotes.ui.tasks import busy_bar, start_task
from vpnotes.ui.worker import Busy

SUFFIX = ".vpnotes"


class ContributionDialog(QDialog):
    """From organisation and year to a contribution file for the coordinating VP."""

    def __init__(self, notebook: Notebook, busy: Busy, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.busy = busy
        self.today = today or date.today()
        self.plan: ContributionPlan | None = None
        self.result_info: ContributionResult | None = None
        self._working = False
        self._suggested = ""  # the file name last suggested; replaced while the VP has not typed their own
        self.setWindowTitle(self.tr("Contribution to a joint annual report"))

        intro = QLabel(self.tr(
            "When several confidential counsellors of one organisation publish one annual report, each of them "
            "makes a contribution and one of them, the coordinator, adds them up. A contribution holds figures "
            "only: the cases of this year and the year before without names, references, departments, genders, "
            "exact dates or notes; your activities without descriptions; and your signals for this year, checked "
            "for names first."), self)
        intro.setWordWrap(True)
        self.bar = OrganisationYearBar(self, all_organisations=False)
        self.bar.set_organisations(notebook.organisations.all(), set(report_years(notebook, None, 1, self.today)))
        self.organisation, self.year = self.bar.organisation, self.bar.year
        self._default_year()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.findings = QListWidget(self)
        self.findings.setAccessibleName(self.tr("Check of the signals"))
        self.findings.setWordWrap(True)
        self.findings.setMaximumHeight(110)
        self.accept_warnings = QCheckBox(self.tr("I have read the warnings; the signals may stay as they are"), self)
        self.accept_warnings.toggled.connect(lambda _on: self._update())
        self.publication_warning = MessageLabel("warning")
        self.fields = NewPassphraseFields(self.tr("Contribution passphrase"),
                                          field_label=self.tr("Contribution &passphrase:"))
        self.fields.changed.connect(self._update)
        handover = MessageLabel("warning")
        handover.show_message(self.tr(
            "Pass the file and the passphrase to the coordinator separately: the file by e-mail or on a USB "
            "stick, the passphrase in person or by phone. Never send both in the same message."))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Location of the contribution"))
        self.path.textChanged.connect(lambda _t: self._update())
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        self.problem = MessageLabel("error")
        self.sync_warning = MessageLabel("warning")
        self.done_message = MessageLabel("info")
        self.progress = busy_bar(self.tr("Working on the contribution"))

        form = QFormLayout()
        form.addRow(self.bar)
        form.addRow("", self.summary)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        path_label = QLabel(self.tr("&File"), self)
        path_label.setBuddy(self.path)

        self.buttons = QDialogButtonBox(self)
        self.write_button = self.buttons.addButton(self.tr("&Write contribution"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        above: tuple[QWidget, ...] = (self.findings, self.accept_warnings, self.publication_warning, self.fields)
        for widget in above:
            layout.addWidget(widget)
        file_form = QFormLayout()
        file_form.addRow(path_label, path_row)
        layout.addLayout(file_form)
        below: tuple[QWidget, ...] = (handover, self.problem, self.sync_warning, self.done_message, self.progress)
        for widget in below:
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 600)

        self.bar.changed.connect(self.refresh_plan)
        self.refresh_plan()

    # -- seams for tests --------------------------------------------------------------------------

    def choose_path(self, suggestion: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Contribution"), suggestion, "vpnotes (*.vpnotes)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        return path

    # -- choices ----------------------------------------------------------------------------------

    def organisation_key(self) -> str | None:
        return self.bar.organisation_key()

    def selected_year(self) -> int | None:
        return self.bar.selected_year()

    def _default_year(self) -> None:
        """Contributions are made after the year, like the report: the last complete year first."""
        index = self.year.findData(report_year_of(self.today, self.bar.start_month()) - 1)
        if index >= 0:
            self.year.setCurrentIndex(index)

    def _suggested_path(self) -> str:
        label = self.year.currentText() or str(self.today.year)
        return str(default_folder() / f"bijdrage-{self.organisation_key() or 'organisatie'}-{label}{SUFFIX}")

    def _browse(self) -> None:
        path = self.choose_path(self.path.text() or self._suggested_path())
        if path:
            self.path.setText(path if path.lower().endswith(SUFFIX) else path + SUFFIX)

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        return Path(text if text.lower().endswith(SUFFIX) else text + SUFFIX)

    # -- the plan (worker) ------------------------------------------------------------------------

    def refresh_plan(self) -> None:
        key, year = self.organisation_key(), self.selected_year()
        self.plan = None
        self.findings.clear()
        self.summary.setText("")
        if key is None or year is None:
            self._update()
            return
        if not self.path.text().strip() or self.path.text() == self._suggested:
            self._suggested = self._suggested_path()
            self.path.setText(self._suggested)
        notebook = self.notebook
        start_task(self.busy, lambda: plan_contribution(notebook, key, year), self._planned, error=self.problem,
                   running=self._set_working)

    def _planned(self, plan: ContributionPlan) -> None:
        if (plan.organisation.key, plan.year) != (self.organisation_key(), self.selected_year()):
            return  # the VP chose something else meanwhile; that plan is on its way
        self.plan = plan
        self.summary.setText(self.tr("The contribution for %1 holds – cases: %2 (of %1 and the year before); "
                                     "activities: %3; signals: %4.")
                             .replace("%1", plan.label).replace("%2", str(plan.cases))
                             .replace("%3", str(plan.activities)).replace("%4", str(plan.signals)))
        self.findings.clear()
        for finding in plan.screening.blocking:
            item = QListWidgetItem(self.tr("Blocks – %1: “%2” (%3)").replace("%1", finding.label)
                                   .replace("%2", finding.word).replace("%3", finding.reason_text), self.findings)
            item.setForeground(BLOCKING_COLOUR)
        for finding in plan.screening.warnings:
            QListWidgetItem(self.tr("Check – %1: “%2” (%3)").replace("%1", finding.label)
                            .replace("%2", finding.word).replace("%3", finding.reason_text), self.findings)
        self.publication_warning.show_message(plan.publication_warning or "")
        self._update()

    # -- state ------------------------------------------------------------------------------------

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.progress.setVisible(working)
        self._update()

    def problem_text(self) -> str:
        """Why the contribution cannot be written yet, in words; empty when it can."""
        plan = self.plan
        if plan is None:
            return ""
        if plan.screening.blocking:
            return self.tr("A signal contains words that could lead to a person. Change it on the Signals page, "
                           "then open this dialog again.")
        passphrase = self.fields.problem()
        if passphrase:
            return passphrase
        target = self.target()
        if target is None:
            return self.tr("Choose where the contribution goes.")
        if target.exists():
            return self.tr("A file with this name exists already; choose another name.")
        if not target.parent.is_dir():
            return self.tr("This folder does not exist.")
        return ""

    def _update(self) -> None:
        plan = self.plan
        has_warnings = plan is not None and bool(plan.screening.warnings)
        self.findings.setVisible(plan is not None and bool(plan.screening.blocking or plan.screening.warnings))
        self.accept_warnings.setVisible(has_warnings)
        problem = self.problem_text()
        if problem and (self.fields.text() or (plan is not None and plan.screening.blocking)):
            self.problem.show_message(problem)
        elif not self._working:
            self.problem.clear_message()
        self.sync_warning.show_message(sync_message(self.path.text().strip()))
        ready = (plan is not None and not problem and not self._working and self.result_info is None
                 and plan.can_write(self.accept_warnings.isChecked()))
        self.write_button.setEnabled(ready)

    # -- writing (worker) -------------------------------------------------------------------------

    def write(self) -> None:
        plan, target = self.plan, self.target()
        if plan is None or target is None or not self.write_button.isEnabled():
            return
        notebook, passphrase = self.notebook, self.fields.text()
        key, year, accept = plan.organisation.key, plan.year, self.accept_warnings.isChecked()

        def work() -> ContributionResult:
            return write_contribution(notebook, target, passphrase, key, year, accept_warnings=accept)

        start_task(self.busy, work, self._written, error=self.problem, running=self._set_working)

    def _written(self, result: ContributionResult) -> None:
        self.result_info = result
        self.fields.wipe()
        self.done_message.show_message(self.tr(
            "The contribution has been written to %1 (cases: %2; activities: %3; signals: %4) and recorded in "
            "your notebook's event log. Now pass the file and, separately, the passphrase to the coordinator.")
            .replace("%1", str(result.path)).replace("%2", str(result.cases))
            .replace("%3", str(result.activities)).replace("%4", str(result.signals)))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update()

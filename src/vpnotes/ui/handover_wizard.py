"""The handover wizard (issue 5, item 3): a successor's copy, explained step by step.

1. What a handover is and what the successor receives.
2. The organisations to hand over (all by default).
3. The open cases whose melder did not consent to handover: they pass as
   figures only, so the VP can tell those melders first.
4. The handover passphrase, twice, strong, to be passed on by another channel
   than the file; the successor must replace it at first open.
5. Where the copy goes (an existing file is refused).
6. A summary; "Write handover copy" runs
   :func:`vpnotes.lifecycle.handover.handover` on the worker.
7. The result, and an offer to destroy this notebook and the backups it knows
   (asked twice, never silently): the wizard emits ``destroyRequested`` and the
   app does it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vpnotes.lifecycle.handover import HandoverPlan, HandoverResult, handover, plan_handover
from vpnotes.store.notebook import Notebook
from vpnotes.ui.backup_dialogs import with_suffix
from vpnotes.ui.i18n import format_date
from vpnotes.ui.organisation_names import organisation_labels
from vpnotes.ui.passphrase_dialogs import (
    FILE_FILTER,
    VAULT_SUFFIX,
    MessageLabel,
    NewPassphraseFields,
    default_folder,
    sync_message,
)
from vpnotes.ui.tasks import busy_bar, start_task
from vpnotes.ui.worker import Busy


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class IntroPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Hand over to a successor"))
        self.setSubTitle(self.tr("What the successor receives and how the copy is protected."))
        layout = QVBoxLayout(self)
        layout.addWidget(_text(self.tr(
            "This wizard writes a new notebook file for the vertrouwenspersoon who takes over from you. "
            "Your own notebook is not changed by it.")))
        layout.addWidget(_text(self.tr(
            "The successor receives, for the organisations you choose: the open cases whose melder agreed to "
            "the handover, complete; every other case only as figures for the annual reports (no names, no "
            "notes, no reference); the organisations with their settings; all activities and signals. "
            "Your expenses stay with you.")))
        layout.addWidget(_text(self.tr(
            "The copy is protected by a handover passphrase that you pass on separately. The successor must "
            "replace it the first time the notebook is opened.")))
        layout.addStretch(1)


class OrganisationsPage(QWizardPage):
    def __init__(self, notebook: Notebook) -> None:
        super().__init__()
        self.setTitle(self.tr("Organisations"))
        self.setSubTitle(self.tr("Choose the organisations the successor takes over. Organisations you leave "
                                 "out are not in the copy at all."))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Organisations to hand over"))
        organisations = notebook.organisations.all()
        labels = organisation_labels(organisations)
        for organisation in organisations:
            item = QListWidgetItem(labels[organisation.key])
            item.setToolTip(organisation.key)
            item.setData(Qt.ItemDataRole.UserRole, organisation.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self.completeChanged.emit())
        layout.addWidget(self.list)
        self.hint = MessageLabel("warning")
        layout.addWidget(self.hint)

    def chosen(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def isComplete(self) -> bool:
        complete = bool(self.chosen())
        self.hint.show_message("" if complete else self.tr("Choose at least one organisation."))
        return complete


class ConsentPage(QWizardPage):
    def __init__(self, wizard: HandoverWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Open cases without consent to handover"))
        self.setSubTitle(self.tr("The successor receives an open case complete only when its melder agreed."))
        layout = QVBoxLayout(self)
        self.explanation = _text("")
        layout.addWidget(self.explanation)
        self.list = QTreeWidget()
        # Names and how to reach them: on her own screen only, so she can tell each melder herself.
        self.list.setHeaderLabels([self.tr("Reference"), self.tr("Melder"), self.tr("E-mail"), self.tr("Phone"),
                                   self.tr("Organisation"), self.tr("Opened")])
        self.list.setRootIsDecorated(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Open cases without consent to handover"))
        layout.addWidget(self.list, 1)

    def initializePage(self) -> None:
        plan = self.owner.refresh_plan()
        self.list.clear()
        for summary in plan.without_consent:
            organisation = self.owner.organisation_names.get(summary.organisation, summary.organisation)
            melder = self.owner.notebook.cases.get(summary.id).melder
            self.list.addTopLevelItem(QTreeWidgetItem([summary.reference or "", melder.name or "",
                                                       melder.email or "", melder.phone or "", organisation,
                                                       format_date(summary.opened)]))
        for column in range(5):
            self.list.resizeColumnToContents(column)
        self.list.setVisible(bool(plan.without_consent))
        if plan.without_consent:
            self.explanation.setText(self.tr(
                "The melders of these open cases did not agree to a handover. The successor receives these "
                "cases only as figures. Tell these melders that you are leaving and who takes over, so they "
                "can choose to go on with your successor; if one agrees after all, record the consent in the "
                "case first and come back to this wizard."))
        else:
            self.explanation.setText(self.tr(
                "Every open case of the chosen organisations has the melder's consent to handover."))


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Handover passphrase"))
        self.setSubTitle(self.tr("The successor opens the copy with this passphrase; pass it on separately."))
        layout = QVBoxLayout(self)
        layout.addWidget(_text(self.tr(
            "Choose a strong passphrase for the copy, different from your own. Pass it on by another channel "
            "than the file: the file by hand or on a USB stick, the passphrase by phone or in person. Never "
            "put both in the same e-mail.")))
        self.fields = NewPassphraseFields(self.tr("Handover passphrase"),
                                          field_label=self.tr("&Handover passphrase:"))
        self.fields.changed.connect(self.completeChanged)
        layout.addWidget(self.fields)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return not self.fields.problem()


class DestinationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where the copy goes"))
        self.setSubTitle(self.tr("For example a USB stick you give to your successor. An existing file is "
                                 "never overwritten."))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit(str(default_folder() / f"overdracht{VAULT_SUFFIX}"))
        self.path.setAccessibleName(self.tr("Location of the handover copy"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose where the handover copy goes"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.problem_label = MessageLabel("error")
        layout.addWidget(self.problem_label)
        self.sync_warning = MessageLabel("warning")
        layout.addWidget(self.sync_warning)
        layout.addStretch(1)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Handover copy"), self.path.text(), FILE_FILTER,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path.setText(with_suffix(path))

    def target(self) -> Path:
        return Path(with_suffix(self.path.text()))

    def problem(self) -> str:
        text = self.path.text().strip()
        if not text:
            return self.tr("Choose where the copy goes.")
        if self.target().exists():
            return self.tr("A file with this name exists already; choose another name.")
        if not self.target().parent.is_dir():
            return self.tr("This folder does not exist.")
        return ""

    def isComplete(self) -> bool:
        problem = self.problem()
        self.problem_label.show_message(problem if self.path.text().strip() else "")
        self.sync_warning.show_message(sync_message(self.path.text().strip()))
        return not problem


class SummaryPage(QWizardPage):
    def __init__(self, wizard: HandoverWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Ready to write"))
        self.setSubTitle(self.tr("Check your choices before the copy is written."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Write handover copy"))
        layout = QVBoxLayout(self)
        self.summary = _text("")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.error = MessageLabel("error")
        layout.addWidget(self.error)
        self.progress = busy_bar(self.tr("Writing the handover copy"))
        layout.addWidget(self.progress)
        layout.addStretch(1)

    def initializePage(self) -> None:
        plan = self.owner.refresh_plan()
        names = ", ".join(self.owner.organisation_names.get(key, key) for key in plan.organisations)
        self.error.clear_message()
        self.summary.setText(self.tr(
            "Organisations: %1\nCases handed over complete: %2\nCases handed over as figures only: %3\n"
            "Copy: %4\n\nWriting may take a moment; your notebook is read-only meanwhile.")
            .replace("%1", names).replace("%2", str(plan.whole))
            .replace("%3", str(plan.skeletons)).replace("%4", str(self.owner.destination.target())))

    def validatePage(self) -> bool:
        if self.owner.result_info is not None:
            return True
        self.owner.write_copy()
        return False


class ResultPage(QWizardPage):
    def __init__(self, wizard: HandoverWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Handover copy written"))
        self.setSubTitle(self.tr("Pass on the passphrase, then decide about your own notebook."))
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.summary = _text("")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        reminder = MessageLabel("warning")
        reminder.show_message(self.tr(
            "Pass the handover passphrase on separately from the file. Your backups and this notebook still "
            "hold every case: once the successor has opened the copy, you may destroy them."))
        layout.addWidget(reminder)
        row = QHBoxLayout()
        self.destroy_button = QPushButton(self.tr("&Destroy my notebook and its backups…"))
        self.destroy_button.clicked.connect(wizard.ask_destroy)
        row.addWidget(self.destroy_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.owner.result_info
        if result is None:
            return
        self.summary.setText(self.tr(
            "The handover copy has been written to %1.\nCases complete: %2; cases as figures only: %3.\n"
            "Both notebooks record the handover in their event log.")
            .replace("%1", str(result.path)).replace("%2", str(result.whole)).replace("%3", str(result.skeletons)))


class HandoverWizard(QWizard):
    """Leads the VP through a handover; ``destroyRequested`` when they chose to destroy afterwards."""

    destroyRequested = Signal()

    INTRO, ORGANISATIONS, CONSENT, PASSPHRASE, DESTINATION, SUMMARY, RESULT = range(7)

    def __init__(self, notebook: Notebook, busy: Busy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.busy = busy
        self.plan: HandoverPlan | None = None
        self.result_info: HandoverResult | None = None
        self.destroy_confirmed = False
        self.organisation_names = {o.key: o.name for o in notebook.organisations.all()}
        self.setWindowTitle(self.tr("Handover to a successor"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.organisations = OrganisationsPage(notebook)
        self.consent = ConsentPage(self)
        self.passphrase = PassphrasePage()
        self.passphrase.fields.set_organisation_names([o.name for o in notebook.organisations.all()])
        self.destination = DestinationPage()
        self.summary = SummaryPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in ((self.INTRO, IntroPage()), (self.ORGANISATIONS, self.organisations),
                              (self.CONSENT, self.consent), (self.PASSPHRASE, self.passphrase),
                              (self.DESTINATION, self.destination), (self.SUMMARY, self.summary),
                              (self.RESULT, self.result_page)):
            self.setPage(page_id, page)
        self.resize(720, 560)

    # Replaced in tests: the VP's answer.
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def refresh_plan(self) -> HandoverPlan:
        self.plan = plan_handover(self.notebook, self.organisations.chosen())
        return self.plan

    def write_copy(self) -> None:
        if self.busy.busy:
            return
        notebook = self.notebook
        target = self.destination.target()
        passphrase = self.passphrase.fields.text()
        keys = self.organisations.chosen()
        start_task(self.busy, lambda: handover(notebook, target, passphrase, organisations=keys), self._written,
                   error=self.summary.error, running=self._set_running)

    def _set_running(self, running: bool) -> None:
        self.summary.progress.setVisible(running)
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CommitButton,
                       QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(not running)

    def _written(self, result: HandoverResult) -> None:
        self.result_info = result
        self.passphrase.fields.wipe()
        if self.currentId() == self.SUMMARY:
            self.next()

    def lost_by_destroying(self) -> str:
        """What only this notebook holds after the handover, in words; empty when the copy holds everything."""
        result = self.result_info
        handed = set(result.organisations) if result is not None else set()
        left = [o for o in self.notebook.organisations.all() if o.key not in handed]
        parts = []
        if left:
            counts = {o.key: 0 for o in left}
            for summary in self.notebook.cases.summaries():
                if summary.organisation in counts:
                    counts[summary.organisation] += 1
            parts.append(self.tr("Not handed over: %1.").replace("%1", "; ".join(
                o.name + " (" + self.tr("%n case(s)", "", counts[o.key]) + ")" for o in left)))
        if result is not None and result.skeletons:
            parts.append(self.tr("%n case(s) went to the successor as figures only: their notes stay only here.",
                                 "", result.skeletons))
        return " ".join(parts)

    def ask_destroy(self) -> None:
        """Ask twice; on two yeses the app destroys this notebook and its known backups.

        After a partial handover the first question names what would be lost and offers to keep it.
        """
        lost = self.lost_by_destroying()
        if lost and not self.confirm(self.tr("This would be lost"), lost + "\n\n" + self.tr(
                "Destroying your notebook destroys this too. Choose No to keep your notebook (you can close it "
                "and keep it safe); Yes only if none of it needs keeping.")):
            return
        if not self.confirm(self.tr("Destroy your notebook?"), self.tr(
                "Destroy this notebook and every backup of it that vpnotes knows? Do this only when your "
                "successor has opened the handover copy with the handover passphrase.")):
            return
        if not self.confirm(self.tr("Really destroy?"), self.tr(
                "This is final: the notebook file and its backups are deleted and nobody can open them again. "
                "Destroy them now?")):
            return
        self.destroy_confirmed = True
        self.destroyRequested.emit()
        self.accept()

    def reject(self) -> None:
        if not self.busy.busy:
            self.passphrase.fields.wipe()
            super().reject()

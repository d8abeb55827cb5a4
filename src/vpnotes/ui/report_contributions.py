"""The report wizard's step for a joint annual report (DESIGN.md §10): the
contributions of the other VPs, each with its own passphrase.

The step appears when the VP ticks "Joint report with contributions of other
VPs" on the first page. "Add contribution…" asks for the file and its
passphrase and opens it on the worker (key derivation and the check of every
page): :func:`vpnotes.report.joint.open_contribution` names the contribution in
every error (wrong passphrase, damaged, not a contribution, the same file
twice), and :func:`vpnotes.report.joint.check_contributions` refuses one of
another organisation or year at once, with the core's message. The open
contributions are held until the wizard closes (or the notebook locks), then
closed; nothing of them is written into this notebook.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vpnotes.errors import VpnotesError
from vpnotes.report.joint import Contribution, check_contributions, open_contribution
from vpnotes.ui.passphrase_dialogs import MessageLabel, PassphraseEdit
from vpnotes.ui.tasks import busy_bar, start_task
from vpnotes.ui.widgets import dialog_buttons

if TYPE_CHECKING:
    from vpnotes.ui.report_wizard import ReportWizard

FILE_FILTER = "vpnotes (*.vpnotes);;* (*)"


class JointSwitch(QCheckBox):
    """The first page's switch to the joint report step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("&Joint report with contributions of other VPs"))
        self.setToolTip(self.tr("Add the contributions the other confidential counsellors of this organisation "
                                "made for this year; their figures are counted together with yours"))


class ContributionPassphraseDialog(QDialog):
    """The passphrase of one contribution (the other VP passed it on separately)."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase of the contribution"))
        self.passphrase = PassphraseEdit(self.tr("Passphrase of the contribution"), self)
        text = QLabel(self.tr("The passphrase of %1, as the other VP passed it on to you.").replace("%1", file_name),
                      self)
        text.setWordWrap(True)
        form = QFormLayout()
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self, self.tr("&Open")))


class ContributionsPage(QWizardPage):
    """The list of added contributions, with Add and Remove."""

    def __init__(self, wizard: ReportWizard) -> None:
        super().__init__()
        self.report_wizard = wizard
        self._opened: list[Contribution] = []
        self._working = False
        self._closed = False
        self.setTitle(self.tr("Contributions of other VPs"))
        self.setSubTitle(self.tr("A joint annual report counts the figures of several confidential counsellors "
                                 "together. Add the contribution each of them made for this organisation and year."))
        explanation = QLabel(self.tr(
            "A contribution holds figures only: no names, no case files, no departments. Its file and its "
            "passphrase reach you separately. The figures are counted in memory: nothing of a contribution is "
            "stored in your notebook. The report says it is a joint report, never which VP counted what."), self)
        explanation.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Contributions added"))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.add_button = QPushButton(self.tr("&Add contribution…"), self)
        self.add_button.clicked.connect(self.add_contribution)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = MessageLabel("error")
        self.progress = busy_bar(self.tr("Opening the contribution"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        self._update_buttons()

    # -- seams for tests (the dialogs the VP answers) ---------------------------------------------

    def choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Contribution"), "", FILE_FILTER)
        return path

    def ask_passphrase(self, file_name: str) -> str | None:
        dialog = ContributionPassphraseDialog(file_name, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.passphrase.text()
        finally:
            dialog.passphrase.wipe()
            dialog.deleteLater()

    # -- the list ---------------------------------------------------------------------------------

    def opened(self) -> list[Contribution]:
        return list(self._opened)

    def nextId(self) -> int:
        return self.report_wizard.texts_id

    def isComplete(self) -> bool:
        return not self._working and bool(self._opened)

    def initializePage(self) -> None:
        self.message.clear_message()
        self._check_scope()

    def _check_scope(self) -> bool:
        """The contributions added still fit the chosen organisation and year (the VP may have gone back)."""
        organisation = self.report_wizard.scope_organisation()
        year = self.report_wizard.scope.selected_year()
        if organisation is None or year is None or not self._opened:
            return True
        try:
            check_contributions(organisation, year, self._opened)
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            return False
        return True

    def add_contribution(self) -> None:
        if self._working:
            return
        path = self.choose_file()
        if not path:
            return
        passphrase = self.ask_passphrase(Path(path).name)
        if passphrase is None:
            return
        organisation = self.report_wizard.scope_organisation()
        year = self.report_wizard.scope.selected_year()
        already = list(self._opened)
        number = len(already) + 1
        own = self.report_wizard.notebook.vault.path  # refused as its own contribution, not "open elsewhere"

        def work() -> Contribution:
            contribution = open_contribution(path, passphrase, number, already, own)
            try:
                if organisation is not None and year is not None:
                    check_contributions(organisation, year, [*already, contribution])
            except BaseException:
                contribution.close()
                raise
            return contribution

        start_task(self.report_wizard.busy, work, self._added, error=self.message, running=self._set_working)

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.progress.setVisible(working)
        self._update_buttons()
        self.completeChanged.emit()

    def _added(self, contribution: Contribution) -> None:
        if self._closed:  # the wizard closed (or the notebook locked) meanwhile
            contribution.close()
            return
        self._opened.append(contribution)
        self._refill()
        self.completeChanged.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0 or self._working:
            return
        removed = self._opened.pop(row)
        removed.close()
        # Numbers follow the order: renumber so messages name what the VP sees.
        for number, contribution in enumerate(self._opened, start=1):
            contribution.number = number
        self.message.clear_message()
        self._refill()
        self.completeChanged.emit()

    def _refill(self) -> None:
        self.list.clear()
        for c in self._opened:
            item = QListWidgetItem(self.tr("Contribution %1: %2 (%3, %4)").replace("%1", str(c.number))
                                   .replace("%2", c.path.name).replace("%3", c.organisation.name)
                                   .replace("%4", c.label), self.list)
            item.setToolTip(str(c.path))
        if self._opened:
            self.list.setCurrentRow(len(self._opened) - 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(not self._working)
        self.remove_button.setEnabled(not self._working and self.list.currentRow() >= 0)

    def close_all(self) -> None:
        """Close every contribution (the wizard closes, or the notebook locks)."""
        self._closed = True
        for contribution in self._opened:
            contribution.close()
        self._opened.clear()
        self.list.clear()


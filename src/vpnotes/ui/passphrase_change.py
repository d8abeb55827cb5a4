"""Changing the notebook's passphrase in the app (issue 5, item 1).

:class:`ChangePassphraseDialog` asks the current passphrase and a new one (the
shared :class:`~vpnotes.ui.passphrase_dialogs.NewPassphraseFields`), runs
:func:`vpnotes.lifecycle.passphrase.change_passphrase` on the worker (a fresh
salt and key, a new file swapped in), and then says plainly that backups made
earlier still open with the old passphrase, listing the ones the notebook
knows with an offer to re-encrypt or delete them.

A handover copy must get its own passphrase at first open: the dialog then
runs in its *forced* form (no way around it but closing the notebook).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vpnotes.errors import WrongPassphrase
from vpnotes.lifecycle.backup import KnownBackup, delete_backup, reencrypt_backup
from vpnotes.lifecycle.passphrase import PassphraseChanged, change_passphrase
from vpnotes.store.notebook import Notebook
from vpnotes.ui.passphrase_dialogs import MessageLabel, NewPassphraseFields, PassphraseEdit
from vpnotes.ui.tasks import busy_bar, start_task
from vpnotes.ui.worker import Busy


def format_moment(backup: KnownBackup) -> str:
    return backup.made.strftime("%d-%m-%Y %H:%M")


class StaleBackupsWidget(QWidget):
    """The known backups that still open with an older passphrase, and what to do with them."""

    def __init__(self, notebook: Notebook, busy: Busy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.busy = busy
        self.old_passphrase = ""
        self.backups: list[KnownBackup] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Made on"), self.tr("Kind"), self.tr("File")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Backups that open with the old passphrase"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.reencrypt_button = QPushButton(self.tr("&Re-encrypt with the new passphrase"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        row.addWidget(self.reencrypt_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = MessageLabel("info")
        layout.addWidget(self.message)
        self.error = MessageLabel("error")
        layout.addWidget(self.error)
        self.reencrypt_button.clicked.connect(self.reencrypt_selected)
        self.delete_button.clicked.connect(self.delete_selected)

    # Replaced in tests: questions to the VP.
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_backup_passphrase(self, backup: KnownBackup) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Passphrase of the backup"),
            self.tr("The backup of %1 was made with an even older passphrase. Enter that passphrase:")
            .replace("%1", format_moment(backup)), QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def set_backups(self, backups: list[KnownBackup], old_passphrase: str) -> None:
        self.backups = list(backups)
        self.old_passphrase = old_passphrase
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for backup in self.backups:
            kind = self.tr("automatic") if backup.automatic else self.tr("made by you")
            item = QTreeWidgetItem([format_moment(backup), kind, str(backup.path)])
            item.setToolTip(0, kind)
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(2, str(backup.path))
            self.list.addTopLevelItem(item)
        for column in range(2):
            self.list.resizeColumnToContents(column)
            self.list.setColumnWidth(column, self.list.columnWidth(column) + 16)
        self.list.selectAll()
        count = len(self.backups)
        if count:
            self.explanation.setText(self.tr(
                "Backups and handover copies made before this change still open with the OLD passphrase. "
                "The backups below are known to this notebook. Re-encrypt them so that they open with the new "
                "passphrase, or delete them. Handover copies you gave away cannot be changed from here."))
        else:
            self.explanation.setText(self.tr(
                "Handover copies made before this change still open with the OLD passphrase; they cannot be "
                "changed from here. No backup of this notebook still opens with the old passphrase."))
        self.list.setVisible(bool(count))
        self.reencrypt_button.setVisible(bool(count))
        self.delete_button.setVisible(bool(count))

    def _selected(self) -> list[KnownBackup]:
        chosen = {item.data(0, Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()}
        return [b for b in self.backups if str(b.path) in chosen]

    def reencrypt_selected(self) -> None:
        chosen = self._selected()
        if not chosen or self.busy.busy:
            return
        passwords: dict[Path, str] = {}
        notebook = self.notebook
        old = self.old_passphrase

        def work() -> tuple[list[Path], list[KnownBackup]]:
            done: list[Path] = []
            refused: list[KnownBackup] = []
            for backup in chosen:
                try:
                    reencrypt_backup(notebook, backup.path, passwords.get(backup.path, old))
                except WrongPassphrase:
                    refused.append(backup)
                    continue
                done.append(backup.path)
            return done, refused

        def finished(result: tuple[list[Path], list[KnownBackup]]) -> None:
            done, refused = result
            self._forget(done)
            retry = []
            for backup in refused:
                passphrase = self.ask_backup_passphrase(backup)
                if passphrase:
                    passwords[backup.path] = passphrase
                    retry.append(backup)
            if retry:
                chosen[:] = retry
                self._start(work, finished)
                return
            text = self.tr("Re-encrypted: %1. They now open with the new passphrase.")
            self.message.show_message(text.replace("%1", str(len(done))) if done else "")

        self._start(work, finished)

    def delete_selected(self) -> None:
        chosen = self._selected()
        if not chosen or self.busy.busy:
            return
        if not self.confirm(self.tr("Delete backups?"), self.tr(
                "Delete the chosen backups (%1) for good? They cannot be brought back.").replace(
                "%1", str(len(chosen)))):
            return
        notebook = self.notebook

        def work() -> list[Path]:
            for backup in chosen:
                delete_backup(notebook, backup.path)
            return [b.path for b in chosen]

        def finished(done: list[Path]) -> None:
            self._forget(done)
            self.message.show_message(self.tr("Backups deleted: %1.").replace("%1", str(len(done))))

        self._start(work, finished)

    def _start(self, work: Callable[[], Any], finished: Callable[[Any], None]) -> None:
        start_task(self.busy, work, finished, error=self.error, running=lambda running: self.setEnabled(not running))

    def _forget(self, paths: list[Path]) -> None:
        gone = set(paths)
        self.backups = [b for b in self.backups if b.path not in gone]
        self._fill()


class ChangePassphraseDialog(QDialog):
    """Current passphrase, a new one twice; afterwards what it means for the backups."""

    ASK, DONE = range(2)

    def __init__(self, notebook: Notebook, busy: Busy, parent: QWidget | None = None, *,
                 forced: bool = False) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.busy = busy
        self.forced = forced
        self.result_info: PassphraseChanged | None = None
        self.setWindowTitle(self.tr("Choose your own passphrase") if forced else self.tr("Change passphrase"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)

        ask = QWidget()
        ask_layout = QVBoxLayout(ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel()
        intro.setWordWrap(True)
        if forced:
            intro.setText(self.tr(
                "This notebook was handed over to you. Its handover passphrase travelled to you from someone "
                "else, so choose a passphrase of your own before you work in it. Enter the handover passphrase "
                "once more, then your new passphrase twice."))
        else:
            intro.setText(self.tr(
                "The notebook is written anew under the new passphrase; the old one stops working for this "
                "file. Backups made earlier keep their old passphrase."))
        ask_layout.addWidget(intro)
        self.current = PassphraseEdit(self.tr("Current passphrase"))
        current_label = QLabel(self.tr("&Handover passphrase:") if forced else self.tr("&Current passphrase:"))
        current_label.setBuddy(self.current)
        # One column of labels for all three, the current passphrase first (also in tab order).
        self.fields = NewPassphraseFields(self.tr("New passphrase"),
                                          rows_before=lambda form: form.addRow(current_label, self.current))
        self.fields.set_organisation_names([o.name for o in notebook.organisations.all()])
        ask_layout.addWidget(self.fields)
        warning = MessageLabel("warning")
        warning.show_message(self.tr(
            "Write the passphrase down and keep it in a safe place. If it is lost, nobody can open the "
            "notebook again: not you, not IT, not the makers of vpnotes. There is no recovery."))
        ask_layout.addWidget(warning)
        self.error = MessageLabel("error")
        ask_layout.addWidget(self.error)
        self.progress = busy_bar(self.tr("Changing the passphrase"))
        ask_layout.addWidget(self.progress)
        self.pages.addWidget(ask)

        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.setContentsMargins(0, 0, 0, 0)
        self.done_message = MessageLabel("info")
        done_layout.addWidget(self.done_message)
        self.stale = StaleBackupsWidget(notebook, busy)
        done_layout.addWidget(self.stale, 1)
        self.pages.addWidget(done)

        self.buttons = QDialogButtonBox()
        self.change_button = self.buttons.addButton(self.tr("&Change passphrase"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.change_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Close the notebook") if forced else self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.close_button.hide()
        self.change_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(self.buttons)

        self.current.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self._update()
        self.current.setFocus()
        self.resize(640, self.heightForWidth(640))  # the wrapped texts at this width, not at a guessed one

    @property
    def changed(self) -> bool:
        return self.result_info is not None

    def _problem(self) -> str:
        if not self.current.text():
            return self.tr("Enter the current passphrase.")
        return self.fields.problem()

    def _update(self) -> None:
        self.change_button.setEnabled(not self._problem() and not self.busy.busy)

    def submit(self) -> None:
        problem = self._problem()
        if problem:
            self.error.show_message(problem)
            return
        if self.busy.busy:
            return
        notebook = self.notebook
        current, new = self.current.text(), self.fields.text()
        start_task(self.busy, lambda: change_passphrase(notebook, new, current_passphrase=current),
                   lambda result: self._changed(result, current), error=self.error, running=self._set_running,
                   on_error=self._failed)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        for widget in (self.current, self.fields, self.change_button, self.cancel_button):
            widget.setEnabled(not running)
        if not running:
            self._update()

    def _changed(self, result: PassphraseChanged, old_passphrase: str) -> None:
        self.result_info = result
        self.current.wipe()
        self.fields.wipe()
        self.done_message.show_message(self.tr(
            "The passphrase has been changed. From now on this notebook opens only with the new passphrase."))
        self.stale.set_backups(result.stale_backups, old_passphrase)
        self.pages.setCurrentIndex(self.DONE)
        self.change_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphrase):
            self.current.wipe()
            self.current.setFocus()

    def reject(self) -> None:
        if self.busy.busy:
            return
        if self.changed:
            self.accept()
            return
        self.current.wipe()
        self.fields.wipe()
        super().reject()

    def done(self, result: int) -> None:
        self.stale.old_passphrase = ""  # held only while the VP may re-encrypt backups
        super().done(result)

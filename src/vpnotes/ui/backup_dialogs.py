"""Backups in the app (issue 5, item 2): restoring a notebook from a backup, and
the name proposed for a backup made on demand.

A backup is an encrypted copy under the notebook's own key
(:mod:`vpnotes.lifecycle.backup`), so it opens with the passphrase the notebook
had when the backup was made; the dialog says so before anything happens.
Restoring copies the backup to a new file (never over an existing one, never
changing the backup) on the worker; the app then shows the lock screen for the
restored notebook. The automatic backup at close and "make a backup now" are
wired in :mod:`vpnotes.ui.lifecycle_actions`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vpnotes.lifecycle.backup import restore_backup
from vpnotes.ui.passphrase_dialogs import FILE_FILTER, VAULT_SUFFIX, MessageLabel, default_folder, sync_message
from vpnotes.ui.tasks import busy_bar, start_task
from vpnotes.ui.worker import Busy


def proposed_backup_name(vault_path: Path, today: date | None = None) -> str:
    """``notitieboek-reservekopie-2026-11-23.vpnotes`` for ``notitieboek.vpnotes``."""
    day = (today or date.today()).isoformat()
    return f"{vault_path.stem}-reservekopie-{day}{VAULT_SUFFIX}"


def with_suffix(path: str) -> str:
    path = path.strip()
    return path if not path or path.endswith(VAULT_SUFFIX) else path + VAULT_SUFFIX


class RestoreBackupDialog(QDialog):
    """Pick a backup file and where the restored notebook goes; then restore it."""

    def __init__(self, busy: Busy, parent: QWidget | None = None, *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.busy = busy
        self.restored: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = MessageLabel("info")
        intro.show_message(self.tr(
            "A backup opens with the passphrase this notebook had at the moment the backup was made, "
            "not necessarily with today's. The backup itself stays as it is: the restored notebook is a new "
            "file. vpnotes then asks for its passphrase."))
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Backup file to restore"))
        self.source.setMinimumWidth(380)
        source_label = QLabel(self.tr("&Backup:"))
        source_label.setBuddy(self.source)
        form.addRow(source_label, self._with_button(self.source, self._browse_source,
                                                    self.tr("Choose the backup file")))
        start = folder or default_folder()
        self.dest = QLineEdit(str(start / f"hersteld{VAULT_SUFFIX}"))
        self.dest.setAccessibleName(self.tr("Location of the restored notebook"))
        dest_label = QLabel(self.tr("&Restore to:"))
        dest_label.setBuddy(self.dest)
        form.addRow(dest_label, self._with_button(self.dest, self._browse_dest,
                                                  self.tr("Choose where the restored notebook goes")))
        layout.addLayout(form)
        self.sync_warning = MessageLabel("warning")
        layout.addWidget(self.sync_warning)
        self.error = MessageLabel("error")
        layout.addWidget(self.error)
        self.progress = busy_bar(self.tr("Restoring"))
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setDefault(True)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.source.textChanged.connect(self._update)
        self.dest.textChanged.connect(self._update)
        self._update()
        self.resize(620, self.sizeHint().height())

    def _with_button(self, field: QLineEdit, slot: object, accessible: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        button = QPushButton(self.tr("Choose…"))
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        row.addWidget(button)
        return row

    def _browse_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the backup file"),
                                              self.source.text() or str(default_folder()), FILE_FILTER)
        if path:
            self.source.setText(path)

    def _browse_dest(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Restore to"), self.dest.text(), FILE_FILTER,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.dest.setText(with_suffix(path))

    def _problem(self) -> str:
        source, dest = self.source.text().strip(), self.dest.text().strip()
        if not source:
            return self.tr("Choose the backup to restore.")
        if not Path(source).is_file():
            return self.tr("The backup file does not exist.")
        if not dest:
            return self.tr("Choose where the restored notebook goes.")
        if Path(dest).exists():
            return self.tr("A file with this name exists already; choose another name.")
        if not Path(dest).parent.is_dir():
            return self.tr("This folder does not exist.")
        return ""

    def _update(self) -> None:
        self.sync_warning.show_message(sync_message(self.dest.text().strip()))
        self.restore_button.setEnabled(not self._problem())

    def restore(self) -> None:
        problem = self._problem()
        if problem:
            self.error.show_message(problem)
            return
        if self.busy.busy:
            return
        source, dest = Path(self.source.text().strip()), Path(with_suffix(self.dest.text()))
        start_task(self.busy, lambda: restore_backup(source, dest), self._restored, error=self.error,
                   running=self._set_running)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        for widget in (self.source, self.dest, self.buttons):
            widget.setEnabled(not running)

    def _restored(self, path: Path) -> None:
        self.restored = path
        self.accept()

    def reject(self) -> None:
        if not self.busy.busy:
            super().reject()

"""The notebook's lifecycle in the main window (issue 5): the "Notebook" menu's
actions and the moments the app acts by itself.

:func:`install` adds to the "Notebook" menu: change passphrase, make a backup
now, restore from a backup, handover, retention, access extract, erasure
request and the event log. Everything that touches the file runs on the
window's worker (:class:`vpnotes.ui.worker.Busy`), which also makes the
notebook read-only in the app while it runs. Besides the menu:

- :func:`after_open` (the window calls it once a notebook is shown): a
  handover copy must get its own passphrase first (the forced passphrase
  dialog; declining closes the notebook), then a reminder when cases are due
  for erasure.
- :func:`before_close` (the window calls it when the app closes): the
  automatic backup, at most once a day, on the worker; the window closes when
  it is done.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog

from vpnotes.errors import VpnotesError
from vpnotes.ui import crash
from vpnotes.ui.passphrase_dialogs import FILE_FILTER, sync_message

if TYPE_CHECKING:
    from vpnotes.store.notebook import Notebook
    from vpnotes.ui.main_window import MainWindow

# The lifecycle core is imported where it is used: the window is built before any notebook is
# open, and the cold start to the lock screen must stay short.


class LifecycleActions(QObject):
    """Owns the lifecycle actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("lifecycleActions")
        self.window = window
        self.closing_backup_done = False
        self.today: date | None = None  # tests pin the day
        self._reminded: set[tuple[Path, date]] = set()  # the retention reminder comes once a day per notebook

        def action(text: str, slot: Any, tip: str, shortcut: str | None = None) -> QAction:
            made = QAction(text, window)
            made.setStatusTip(tip)
            if shortcut:
                made.setShortcut(shortcut)
            made.triggered.connect(lambda _checked=False: slot())
            return made

        self.passphrase_action = action(self.tr("Change &passphrase…"), self.change_passphrase,
                                        self.tr("Give this notebook a new passphrase"))
        self.backup_action = action(self.tr("Make a &backup now…"), self.backup_now,
                                    self.tr("Write an encrypted copy of this notebook"), "Ctrl+Shift+B")
        self.restore_action = action(self.tr("&Restore from backup…"), self.restore,
                                     self.tr("Make a notebook from a backup and open it"))
        self.handover_action = action(self.tr("&Hand over to a successor…"), self.handover,
                                      self.tr("Write a copy for the vertrouwenspersoon who takes over"))
        self.retention_action = action(self.tr("Apply &retention period…"), self.retention,
                                       self.tr("Erase cases whose retention period has ended"))
        self.access_action = action(self.tr("AVG &access extract…"), self.access_extract,
                                    self.tr("Everything stored about one person, for an access request"))
        self.erasure_action = action(self.tr("AVG &erasure request…"), self.erasure,
                                     self.tr("Erase one person's data, or record a refusal"))
        self.audit_action = action(self.tr("Event &log"), self.audit_log,
                                   self.tr("What happened in this notebook, and whether the log is intact"))
        menu_key = "notebook"
        for item in (self.passphrase_action, self.backup_action):
            window.add_notebook_action(menu_key, item)
        # Restoring is possible without an open notebook (the notebook may be the damaged one).
        window.menu(menu_key).addAction(self.restore_action)
        window.menu(menu_key).addSeparator()
        for item in (self.handover_action, self.retention_action):
            window.add_notebook_action(menu_key, item)
        window.menu(menu_key).addSeparator()
        for item in (self.access_action, self.erasure_action, self.audit_action):
            window.add_notebook_action(menu_key, item)
        window.busy.changed.connect(lambda busy: self.restore_action.setEnabled(not busy))

    # -- helpers -------------------------------------------------------------------------------

    @property
    def notebook(self) -> Notebook | None:
        return self.window.notebook

    def run_dialog(self, dialog: QDialog) -> int:
        """Show a dialog modally (replaced in tests, which drive the dialog themselves)."""
        return dialog.exec()

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, VpnotesError):
            self.window.show_error(exc)
        else:
            crash.report_exception(exc)

    def _reload_pages(self) -> None:
        for page in self.window.pages.values():
            reload = getattr(page, "reload", None)
            if callable(reload):
                reload()

    def _writable(self) -> Notebook | None:
        """The open notebook when it may be changed now (else a clear word, and None)."""
        notebook = self.notebook
        if notebook is None or self.window.busy.busy:
            return None
        if notebook.vault.read_only:
            from vpnotes.errors import ReadOnlyVault

            self.window.show_error(ReadOnlyVault())
            return None
        return notebook

    # -- passphrase ----------------------------------------------------------------------------

    def change_passphrase(self, *, forced: bool = False) -> bool:
        """The passphrase dialog; returns whether the passphrase was changed."""
        from vpnotes.ui.passphrase_change import ChangePassphraseDialog

        notebook = self._writable()
        if notebook is None:
            return False
        dialog = ChangePassphraseDialog(notebook, self.window.busy, self.window, forced=forced)
        self.run_dialog(dialog)
        changed = dialog.changed
        dialog.deleteLater()
        if changed:
            self.window.statusBar().showMessage(self.tr("The passphrase has been changed."), 10_000)
        return changed

    # -- backups -------------------------------------------------------------------------------

    def choose_backup_path(self, proposal: Path) -> str:
        """Where the backup goes (replaced in tests); empty when cancelled."""
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Make a backup"), str(proposal), FILE_FILTER,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        return path

    def backup_now(self) -> None:
        from vpnotes.lifecycle import backup as backups
        from vpnotes.ui.backup_dialogs import proposed_backup_name, with_suffix

        notebook = self.notebook
        if notebook is None or self.window.busy.busy:
            return
        folder = backups.backup_folder(notebook)
        start = folder if folder.is_dir() else Path.home()
        chosen = self.choose_backup_path(start / proposed_backup_name(notebook.vault.path, self.today))
        if not chosen:
            return
        target = Path(with_suffix(chosen))
        warning = sync_message(str(target))
        if warning and not self.window.ask(self.tr("Folder is synchronised"),
                                           warning + "\n\n" + self.tr("Make the backup there anyway?")):
            return
        self.window.statusBar().showMessage(self.tr("Making a backup…"))
        self.window.busy.start(lambda: backups.backup(notebook, target), self._backed_up, self._failed_status)

    def _backed_up(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr(
            "Backup written to %1. It opens with the passphrase this notebook has now.").replace("%1", str(path)),
            15_000)

    def _failed_status(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        self.failed(exc)

    def restore(self) -> None:
        from vpnotes.lifecycle.backup import backup_folder
        from vpnotes.ui.backup_dialogs import RestoreBackupDialog

        if self.window.busy.busy:
            return
        notebook = self.notebook
        folder = backup_folder(notebook) if notebook is not None else None
        dialog = RestoreBackupDialog(self.window.busy, self.window, folder=folder if folder and folder.is_dir()
                                     else None)
        self.run_dialog(dialog)
        restored = dialog.restored
        dialog.deleteLater()
        if restored is None:
            return
        self.window.open_path(restored)
        self.window.unlock.hint.show_message(self.tr(
            "Restored from a backup. Enter the passphrase this notebook had when the backup was made."))

    def before_close(self) -> bool:
        """At quit: the automatic backup on the worker. True when the window may close now."""
        notebook = self.notebook
        if (self.closing_backup_done or notebook is None or self.window.demo_dir is not None
                or not notebook.policy.get("backup.enabled")):
            return True
        self.closing_backup_done = True
        from vpnotes.lifecycle.backup import auto_backup

        self.window.statusBar().showMessage(self.tr("Making the daily backup before closing…"))

        def done(_path: Path | None) -> None:
            QTimer.singleShot(0, self.window.close)

        def failed(exc: BaseException) -> None:
            self.window.statusBar().clearMessage()
            if isinstance(exc, VpnotesError):
                self.window.error_box(self.tr("The automatic backup could not be made: %1").replace(
                    "%1", exc.message))
            else:
                crash.report_exception(exc)
            QTimer.singleShot(0, self.window.close)

        self.window.busy.start(lambda: auto_backup(notebook), done, failed)
        return False

    # -- handover ------------------------------------------------------------------------------

    def handover(self) -> None:
        from vpnotes.ui.handover_wizard import HandoverWizard

        notebook = self.notebook
        if notebook is None or self.window.busy.busy:
            return
        wizard = HandoverWizard(notebook, self.window.busy, self.window)
        self.run_dialog(wizard)
        destroy = wizard.destroy_confirmed
        wizard.deleteLater()
        if destroy:
            self.destroy_notebook()

    def destroy_notebook(self) -> None:
        """Delete this notebook and its known backups (after the wizard asked twice)."""
        from vpnotes.lifecycle.handover import destroy_notebook

        notebook = self._writable()
        if notebook is None:
            return
        path = notebook.vault.path
        for page in self.window.pages.values():  # no page may read the notebook while it goes
            set_notebook = getattr(page, "set_notebook", None)
            if callable(set_notebook):
                set_notebook(None)
        self.window.busy.start(lambda: destroy_notebook(notebook), lambda removed: self._destroyed(path, removed),
                               self.failed)

    def _destroyed(self, path: Path, removed: int) -> None:
        self.window.settings.forget(path)
        self.window.vault_path = None  # nothing left to unlock
        self.window.session.lock("closed")
        self.window.statusBar().showMessage(
            self.tr("The notebook and its backups have been destroyed (%1 files).").replace("%1", str(removed)),
            15_000)

    # -- retention -----------------------------------------------------------------------------

    def retention(self) -> None:
        from vpnotes.ui.retention_dialog import RetentionDialog

        notebook = self.notebook
        if notebook is None or self.window.busy.busy:
            return
        dialog = RetentionDialog(notebook, self.window.busy, self.window, today=self.today)
        self.run_dialog(dialog)
        purged = dialog.result_info is not None
        dialog.deleteLater()
        if purged:
            self._reload_pages()

    # -- at opening ----------------------------------------------------------------------------

    def after_open(self) -> None:
        """A notebook was just shown: a handover copy's own passphrase first, then due cases."""
        from vpnotes.lifecycle.passphrase import must_change_passphrase
        from vpnotes.lifecycle.retention import due_for_purge

        notebook = self.notebook
        if notebook is None or notebook.vault.read_only:
            return
        if must_change_passphrase(notebook) and not self.change_passphrase(forced=True):
            self.window.close_notebook()
            self.window.statusBar().showMessage(self.tr(
                "This handover copy opens only after you have chosen your own passphrase."), 15_000)
            return
        if self.window.demo_dir is not None:
            return
        today = self.today or date.today()
        if (notebook.vault.path, today) in self._reminded:
            return  # not again at every unlock after an automatic lock
        due = due_for_purge(notebook, today)
        if due:
            self._reminded.add((notebook.vault.path, today))
        if due and self.window.ask(self.tr("Retention period ended"), self.tr(
                "The retention period of %1 closed case(s) has ended. Their personal data should now be erased; "
                "the figures for the annual reports stay. Review them now?").replace("%1", str(len(due)))):
            self.retention()

    # -- AVG and the log -----------------------------------------------------------------------

    def current_person(self) -> str:
        """The melder of the case shown in the case list, to start an AVG dialog with."""
        notebook, cases = self.notebook, self.window.pages.get("cases")
        current = getattr(cases, "current_case_id", None)
        case_id = current() if callable(current) else None
        if notebook is None or not isinstance(case_id, int):
            return ""
        try:
            return notebook.cases.get(case_id).melder.name or ""
        except (VpnotesError, KeyError, LookupError):
            return ""

    def access_extract(self, person: str | None = None) -> None:
        from vpnotes.ui.avg_dialogs import AccessExtractDialog

        notebook = self.notebook
        if notebook is None or self.window.busy.busy:
            return
        dialog = AccessExtractDialog(notebook, self.window.busy, self.window,
                                     person=self.current_person() if person is None else person, today=self.today)
        self.run_dialog(dialog)
        dialog.deleteLater()

    def erasure(self, person: str | None = None) -> None:
        from vpnotes.ui.avg_dialogs import ErasureDialog

        notebook = self.notebook
        if notebook is None or self.window.busy.busy:
            return
        dialog = ErasureDialog(notebook, self.window.busy, self.window,
                               person=self.current_person() if person is None else person, today=self.today)
        self.run_dialog(dialog)
        changed = dialog.result_info is not None
        dialog.deleteLater()
        if changed:
            self._reload_pages()

    def audit_log(self) -> None:
        from vpnotes.ui.audit_view import AuditDialog

        notebook = self.notebook
        if notebook is None or self.window.busy.busy:
            return
        dialog = AuditDialog(notebook, self.window)
        self.run_dialog(dialog)
        dialog.deleteLater()


def install(window: MainWindow) -> LifecycleActions:
    """Add the lifecycle actions to ``window``'s "Notebook" menu."""
    return LifecycleActions(window)


def controller(window: MainWindow) -> LifecycleActions | None:
    found = window.findChild(LifecycleActions, "lifecycleActions")
    return found if isinstance(found, LifecycleActions) else None


def after_open(window: MainWindow) -> None:
    """Called by the window once an opened notebook is shown."""
    actions = controller(window)
    if actions is not None:
        actions.after_open()


def before_close(window: MainWindow) -> bool:
    """Called by the window when the app closes; False: wait, the window closes itself afterwards."""
    actions = controller(window)
    return True if actions is None else actions.before_close()

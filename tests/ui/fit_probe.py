"""Run by ``test_screen_fit.py`` in a fresh process on a screen of a given size: opens every
window, dialog and wizard of the app and prints, as JSON, whether each fits the screen's
available geometry with its buttons visible. Not a test module itself (no ``test_`` prefix)."""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QWidget, QWizard

from helpers import PASSPHRASE, new_notebook
from helpers.qt import fill
from vpnotes.store.notebook import Notebook
from vpnotes.ui.app import load_translations
from vpnotes.ui.settings import Settings
from vpnotes.ui.worker import Busy


def buttons_of(window: QWidget) -> list[QAbstractButton]:
    """The buttons a VP must reach to finish: a dialog's button box, a wizard's own buttons."""
    found: list[QAbstractButton] = []
    for box in window.findChildren(QDialogButtonBox):
        found += [b for b in box.buttons() if b.isVisibleTo(window)]
    if isinstance(window, QWizard):
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton,
                      QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton):
            button = window.button(which)
            if button is not None and button.isVisibleTo(window):
                found.append(button)
    return found


def probe(name: str, window: QWidget, available: QRect) -> dict[str, object]:
    window.show()
    QApplication.processEvents()
    frame = window.frameGeometry()
    minimum = window.minimumSizeHint()
    if isinstance(window, QWizard):  # the wizard's own hint is empty: its largest page plus its buttons
        pages = [window.page(i).minimumSizeHint() for i in window.pageIds()]
        minimum = QSize(max(p.width() for p in pages), max(p.height() for p in pages) + 120)
    outside = []
    for button in buttons_of(window):
        top_left = button.mapToGlobal(button.rect().topLeft())
        rect = QRect(top_left, button.size())
        if not available.contains(rect) or not window.geometry().contains(rect):
            outside.append(button.text())
    result = {
        "name": name, "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "fits": available.contains(frame), "minimum": [minimum.width(), minimum.height()],
        "minimum_fits": minimum.width() <= available.width() and minimum.height() <= available.height(),
        "buttons": len(buttons_of(window)), "buttons_outside": outside,
    }
    window.hide()
    window.deleteLater()
    return result


def main() -> None:
    app = QApplication(sys.argv[:1])
    load_translations(app, "nl")
    available = app.primaryScreen().availableGeometry()
    temp = Path(tempfile.mkdtemp())
    path = temp / "fit.vpnotes"
    notebook = new_notebook(path)
    fill(notebook)
    notebook.close()

    from vpnotes.ui.main_window import MainWindow

    settings = Settings(QSettings(str(temp / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.show()
    window.show_unlock(path)
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.submit()
    while window.notebook is None or window.pages["cases"].loading:  # type: ignore[attr-defined]
        app.processEvents()
    nb: Notebook = window.notebook
    busy = Busy()
    orgs = nb.organisations.all()
    case_id = nb.cases.summaries()[0].id

    from vpnotes.ui.activities import ActivityDialog
    from vpnotes.ui.audit_view import AuditDialog
    from vpnotes.ui.avg_dialogs import AccessExtractDialog, ErasureDialog
    from vpnotes.ui.backup_dialogs import RestoreBackupDialog
    from vpnotes.ui.case_sections import FollowUpDialog
    from vpnotes.ui.contact_dialog import ContactDialog
    from vpnotes.ui.crash import CrashDialog
    from vpnotes.ui.expenses import ExpenseDialog
    from vpnotes.ui.handover_wizard import HandoverWizard
    from vpnotes.ui.new_case_dialog import NewCaseDialog
    from vpnotes.ui.organisations_dialog import OrganisationEditDialog, OrganisationsDialog
    from vpnotes.ui.passphrase_change import ChangePassphraseDialog
    from vpnotes.ui.passphrase_dialogs import CreateNotebookDialog
    from vpnotes.ui.patterns_view import PatternsDialog
    from vpnotes.ui.practice_dialogs import CasusDialog, StatementDialog
    from vpnotes.ui.report_wizard import MinCellDialog, ReportWizard
    from vpnotes.ui.retention_dialog import RetentionDialog
    from vpnotes.ui.settings_dialog import SettingsDialog
    from vpnotes.ui.signals import SignalDialog

    makers: dict[str, Callable[[], QWidget]] = {
        "CreateNotebookDialog": lambda: CreateNotebookDialog(window, profile=0, folder=temp),
        "NewCaseDialog (intake)": lambda: NewCaseDialog(orgs, window),
        "ContactDialog": lambda: ContactDialog([(case_id, "2026-001")], case_id, lambda _c: True, window),
        "FollowUpDialog": lambda: FollowUpDialog(window, followup=None, text_allowed=True),
        "ActivityDialog": lambda: ActivityDialog(orgs, window),
        "ExpenseDialog": lambda: ExpenseDialog(orgs, {}, window),
        "SignalDialog": lambda: SignalDialog(orgs, window, year=2026),
        "AuditDialog": lambda: AuditDialog(nb, window),
        "AccessExtractDialog": lambda: AccessExtractDialog(nb, busy, window),
        "ErasureDialog": lambda: ErasureDialog(nb, busy, window),
        "RestoreBackupDialog": lambda: RestoreBackupDialog(busy, window, folder=temp),
        "CrashDialog": lambda: CrashDialog("Traceback (most recent call last):\n  ...", window),
        "OrganisationsDialog": lambda: OrganisationsDialog(nb, window),
        "OrganisationEditDialog": lambda: OrganisationEditDialog(nb, None, window),
        "ChangePassphraseDialog": lambda: ChangePassphraseDialog(nb, busy, window),
        "PatternsDialog": lambda: PatternsDialog(nb, busy, window),
        "CasusDialog": lambda: CasusDialog(nb, busy, window),
        "StatementDialog": lambda: StatementDialog(nb, busy, window),
        "ReportWizard": lambda: ReportWizard(nb, busy, window),
        "MinCellDialog": lambda: MinCellDialog(orgs[0], window),
        "RetentionDialog": lambda: RetentionDialog(nb, busy, window),
        "SettingsDialog": lambda: SettingsDialog(nb, settings, window),
        "HandoverWizard": lambda: HandoverWizard(nb, busy, window),
    }
    results = [{"name": "MainWindow", "frame": [window.frameGeometry().x(), window.frameGeometry().y(),
                                                window.frameGeometry().width(), window.frameGeometry().height()],
                "fits": available.contains(window.frameGeometry()),
                "fills": window.frameGeometry().size() == available.size(),
                "status_bar_visible": available.contains(QRect(window.statusBar().mapToGlobal(
                    window.statusBar().rect().topLeft()), window.statusBar().size())),
                "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
                "minimum_fits": window.minimumSizeHint().height() <= available.height()
                and window.minimumSizeHint().width() <= available.width(),
                "buttons": 0, "buttons_outside": []}]
    for name, make in makers.items():
        results.append(probe(name, make(), available))
    print(json.dumps({"available": [available.width(), available.height()], "windows": results}))
    window.shutdown()


if __name__ == "__main__":
    main()

"""Screenshots of every main screen with demo data: ``python tools/screenshots.py``.

Starts the real app under Xvfb (re-running itself through ``xvfb-run -a`` when no
display is set), creates a demo notebook in a temporary folder, walks through the
screens a VP sees (welcome, new notebook with a suggested passphrase, lock screen, case list (also in
the discreet view, F8), the case view's
tabs, agenda, activities, expenses, signals, settings, the quick new contact, the
annual report wizard step by step with its joint step, the patterns view, the handover wizard, the
retention period, the AVG access extract, the new passphrase, the event log, the
register van feiten door derden, the spreadsheet wizard, the intake of a new case, a dialog
before and after the lock and its draft offered again after unlock, the guide (F1) with a search,
and Eerste stappen) and saves each as a PNG in
``docs/screenshots/``. The shots the user guide names are then copied into the
guide's package (``src/vpnotes/guide/img/``), so the app ships them. Dialogs are opened through their
menu actions, as the VP opens them, and closed again without changing anything.
Preferences go to a temporary QSettings file: the VP's own configuration is never
touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)  # the common laptop screen the app must fit (issue 9)


def _under_xvfb() -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        raise SystemExit("xvfb-run not found: install Xvfb (Debian: xvfb)")
    env = dict(os.environ, VPNOTES_SCREENSHOTS_CHILD="1", QT_QPA_PLATFORM="xcb")
    return subprocess.call([xvfb, "-a", "-s", "-screen 0 1366x768x24", sys.executable, __file__], env=env)


def _shoot() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard

    from vpnotes.ui import case_list, lifecycle_actions, report_actions, worker
    from vpnotes.ui.app import load_translations, make_application
    from vpnotes.ui.main_window import MainWindow
    from vpnotes.ui.passphrase_dialogs import CreateNotebookDialog
    from vpnotes.ui.report_wizard import ReportWizard
    from vpnotes.ui.settings import Settings

    app = make_application()
    load_translations(app, "nl")
    worker.set_runner(worker.SyncRunner())  # one step after the other, so every screen is complete
    OUT.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix="vpnotes-shots-"))
    window = MainWindow(Settings(QSettings(str(temp / "settings.ini"), QSettings.Format.IniFormat)))
    window.resize(*SIZE)
    window.show()

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(OUT / f"{name}.png"))
        print(f"docs/screenshots/{name}.png")

    try:
        window.show_welcome()
        save(window, "01-welcome")

        create = CreateNotebookDialog(window, folder=temp, profile=1)
        create.organisation.setText("Gemeente Voorbeeldstad")
        create.passphrase.setText("zeven blauwe giraffen dansen op de markt")
        create.repeat.setText("zeven blauwe giraffen dansen op de markt")
        create.show()
        save(create, "02-create")
        create.fields.suggest_passphrase()  # Wachtzin voorstellen: five Dutch words, shown to be written down
        save(create, "40-suggest-passphrase")
        create.reject()

        window.start_demo()
        cases = window.pages["cases"]
        save(window, "04-cases")
        window.discreet_action.trigger()  # F8: names and subjects masked in every list
        save(window, "39-cases-discreet")
        window.discreet_action.trigger()
        window.lock()
        save(window, "03-unlock")
        window.unlock.passphrase.setText(window.demo_passphrase)
        window.unlock.submit()
        # The case with the most to show on every tab: follow-ups, steps, AVG requests, outcome, contacts.
        shown_case = max(window.notebook.cases.all() if window.notebook is not None else [], default=None,
                         key=lambda c: (c.consent.registration, sum(map(bool, (c.followups, c.formal_steps,
                                        c.avg_requests, c.outcomes, c.betrokkenen))), len(c.contacts)))
        if shown_case is not None and shown_case.id is not None:
            window.show_case(shown_case.id)
        save(window, "05-case-view")
        for page, key in (("agenda", "06-agenda"), ("activities", "07-activities"), ("signals", "08-signals")):
            window.tabs.setCurrentWidget(window.pages[page])
            save(window, key)
        window.tabs.setCurrentWidget(cases)
        dialog = window.settings_dialog()
        dialog.show()
        save(dialog, "09-settings")
        dialog.tabs.setCurrentIndex(1)
        save(dialog, "10-settings-computer")
        dialog.reject()

        case_tabs = cases.case_view.tabs  # type: ignore[attr-defined]
        for index, key in ((1, "11-case-contacts"), (2, "12-case-followup"), (3, "13-case-outcome")):
            case_tabs.setCurrentIndex(index)
            save(window, key)
        case_tabs.setCurrentIndex(0)
        window.tabs.setCurrentWidget(window.pages["expenses"])
        save(window, "14-expenses")
        window.tabs.setCurrentWidget(cases)

        def shown(shoot: Callable[[QDialog], None]) -> Callable[[QDialog], int]:
            """A stand-in for ``dialog.exec()``: show the dialog, take its pictures, close it."""

            def run(dialog: QDialog) -> int:
                dialog.show()
                shoot(dialog)
                dialog.reject()
                settle()
                return QDialog.DialogCode.Rejected.value

            return run

        def steps(*names: str) -> Callable[[QDialog], None]:
            """A wizard page by page (an empty name: on to the next page without a picture)."""

            def shoot(wizard: QDialog) -> None:
                assert isinstance(wizard, QWizard)
                for number, name in enumerate(names):
                    if number:
                        wizard.next()
                    if name:
                        save(wizard, name)

            return shoot

        def through(owner: Any, action: QAction, shoot: Callable[[QDialog], None]) -> None:
            """Open a dialog through its menu action, as the VP does (the tests' seam runs it)."""
            owner.run_dialog = shown(shoot)
            action.trigger()

        def new_contact(dialog: QDialog, _read: object) -> None:
            shown(lambda d: save(d, "15-new-contact"))(dialog)  # answered with None: nothing is added

        page_module: Any = case_list
        quick_ask = page_module.ask
        page_module.ask = new_contact
        try:
            cases.new_contact_action.trigger()  # type: ignore[attr-defined]  # Ctrl+N
        finally:
            page_module.ask = quick_ask

        reports = report_actions.controller(window)
        lifecycle = lifecycle_actions.controller(window)
        assert reports is not None and lifecycle is not None
        melder = shown_case.melder.name if shown_case is not None else None

        def report(wizard: QDialog) -> None:
            steps("16-report-scope", "17-report-texts", "18-report-check")(wizard)
            if not isinstance(wizard, ReportWizard) or not melder:
                return
            wizard.back()  # a name in the introduction: the check blocks the export and says where
            wizard.texts.introduction.appendPlainText(f"\nMet dank aan {melder} voor het meedenken.")
            wizard.next()
            save(wizard, "19-report-check-findings")

        through(reports, reports.report_action, report)
        through(reports, reports.report_action, lambda wizard: _shoot_joint(wizard, temp, save))
        through(reports, reports.patterns_action, lambda d: save(d, "20-patterns"))
        through(lifecycle, lifecycle.handover_action, steps("", "21-handover-organisations", "22-handover-consent"))
        through(lifecycle, lifecycle.retention_action, lambda d: save(d, "23-retention"))
        through(lifecycle, lifecycle.access_action, lambda d: save(d, "24-avg-access"))
        through(lifecycle, lifecycle.passphrase_action, lambda d: save(d, "25-change-passphrase"))
        through(lifecycle, lifecycle.audit_action, lambda d: save(d, "26-event-log"))

        def screen(name: str) -> None:
            """The whole screen: a dialog over the main window, as the VP sees it."""
            settle()
            app.primaryScreen().grabWindow(0).save(str(OUT / f"{name}.png"))
            print(f"docs/screenshots/{name}.png")

        def intake(dialog: QDialog, _read: object) -> None:
            def fill_in(d: QDialog) -> None:
                d.discard_question = lambda: True  # type: ignore[attr-defined]  # closed without saving
                d.categories.set_codes(list(d.categories._codes)[:1])  # type: ignore[attr-defined]
                d.consent.setChecked(True)  # type: ignore[attr-defined]
                d.melder_name.setText("Sanne de Wit")  # type: ignore[attr-defined]
                d.department.setText("Klantcontact")  # type: ignore[attr-defined]
                d.summary.setText("Voelt zich buitengesloten door het team")  # type: ignore[attr-defined]
                d.followup.buttons[1].setChecked(True)  # type: ignore[attr-defined]
                save(d, "35-intake")

            shown(fill_in)(dialog)

        def lock_over_dialog(dialog: QDialog, _read: object) -> None:
            dialog.show()
            dialog.summary.setText("Gesprek over het rooster van de nachtdienst")  # type: ignore[attr-defined]
            screen("36-lock-before")
            window.lock()  # closes the dialog; what was typed is kept as a draft
            screen("37-lock-after")

        def restored(dialog: QDialog, _read: object) -> None:
            dialog.discard_question = lambda: True  # type: ignore[attr-defined]
            dialog.show()
            screen("38-draft-restored")
            dialog.reject()

        page_module.ask = intake
        try:
            cases.new_case_action.trigger()  # type: ignore[attr-defined]  # Ctrl+Shift+N
            page_module.ask = lock_over_dialog
            cases.new_contact_action.trigger()  # type: ignore[attr-defined]
            page_module.ask = restored
            window.unlock.passphrase.setText(window.demo_passphrase)
            window.unlock.submit()
            settle()
        finally:
            page_module.ask = quick_ask
        _shoot_register_and_sheet(window, temp, through, steps, save)
        _shoot_help(window, save)
    finally:
        window.shutdown()
        window.close()
        QApplication.processEvents()
        shutil.rmtree(temp, ignore_errors=True)
    return 0


def _shoot_joint(wizard: Any, temp: Path, save: Callable[[Any, str], None]) -> None:
    """The report wizard's joint step with one contribution added (made here from the demo notebook)."""
    from vpnotes.lifecycle.contribution import write_contribution

    organisation, year = wizard.scope_organisation(), wizard.scope.selected_year()
    assert organisation is not None and year is not None
    path, passphrase = temp / "bijdrage-collega.vpnotes", "oranje kraanvogels tellen zeven wolken"
    write_contribution(wizard.notebook, path, passphrase, organisation.key, year, accept_warnings=True, profile=0)
    wizard.scope.joint.setChecked(True)
    wizard.next()
    page = wizard.contributions
    page.choose_file = lambda: str(path)
    page.ask_passphrase = lambda _name: passphrase
    page.add_contribution()
    save(wizard, "30-report-joint")


def _shoot_register_and_sheet(window: Any, temp: Path, through: Callable[..., None],
                              steps: Callable[..., Callable[[Any], None]], save: Callable[[Any, str], None]) -> None:
    """The register van feiten door derden (a Flemish demo organisation) and the spreadsheet wizard."""
    import csv

    from vpnotes.ui import register_page
    from vpnotes.ui.sheet_wizard import SheetActions

    register = register_page.controller(window)
    assert register is not None
    through(register, register.action, lambda d: save(d, "31-register"))

    sheet = temp / "registratie 2024.csv"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        rows = csv.writer(out, delimiter=";")
        rows.writerow(["Registratie vertrouwenspersoon 2024"])
        rows.writerow([])
        rows.writerow(["Nr", "Datum eerste gesprek", "Soort", "Onderwerp", "Afdeling", "Aantal gesprekken",
                       "Totale tijd (min)", "Doorverwezen naar", "Afgerond op"])
        rows.writerow(["2024-01", "14-1-2024", "Melding", "Pesten", "Logistiek", "3", "90", "Bedrijfsarts",
                       "3-3-2024"])
        rows.writerow(["2024-02", "4 februari 2024", "Vraag", "Agressie", "Financiën", "1", "30", "", "5-2-2024"])
        rows.writerow(["2024-03", "14 maart 2024", "Melding", "Discriminatie", "ICT", "2", "45", "HR",
                       "30-6-2024"])
        rows.writerow(["2024-04", "apr 2024", "Vraag", "Werkdruk", "Zorg", "1", "20", "", "30-4-2024"])

    def wizard(dialog: Any) -> None:
        dialog.file_page.path.setText(str(sheet))
        dialog.file_page.open_file(str(sheet))
        steps("", "", "32-sheet-columns", "33-sheet-values")(dialog)
        dialog.next()
        dialog.consent_page.skeleton.setChecked(True)
        dialog.consent_page.organisation.setCurrentIndex(max(dialog.consent_page.organisation.count() - 1, 0))
        dialog.next()
        save(dialog, "34-sheet-preview")

    sheets = window.findChild(SheetActions, "sheetActions")
    through(sheets, sheets.action, wizard)


def _shoot_help(window: Any, save: Callable[[Any, str], None]) -> None:
    """The guide at the chapter of the case list (F1 there), a search in it, and Eerste stappen."""
    from vpnotes.ui import first_steps, help_window

    window.tabs.setCurrentWidget(window.pages["cases"])
    helper = help_window.controller(window)
    steps = first_steps.controller(window)
    assert helper is not None and steps is not None
    shown = helper.show_help()
    shown.resize(1180, 760)
    save(shown, "27-guide")
    shown.search.setText("vergrendel")  # in this chapter and others: marks here, a list of chapters
    shown.find_next()
    save(shown, "28-guide-search")
    shown.close()
    dialog = steps.show()
    dialog.passphrase_noted.setChecked(True)
    save(dialog, "29-first-steps")
    dialog.close()


def copy_guide_images() -> list[str]:
    """Copy the shots the guide names into its package (``src/vpnotes/guide/img``).

    The guide ships inside the app, so its images must be package data; this keeps them the
    same pictures as ``docs/screenshots``. Returns the names of shots the guide names that
    this run did not make (the tests fail on those too).
    """
    sys.path.insert(0, str(ROOT / "src"))
    from vpnotes import guide

    missing = []
    target = ROOT / "src" / "vpnotes" / "guide"
    for chapter in guide.chapters():
        for image in guide.images(chapter):
            source = OUT / Path(image).name
            if source.exists():
                (target / image).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target / image)
            else:
                missing.append(image)
    return missing


def main() -> int:
    if os.environ.get("VPNOTES_SCREENSHOTS_CHILD") != "1" and not os.environ.get("DISPLAY"):
        code = _under_xvfb()
    else:
        code = _shoot()
        if os.environ.get("VPNOTES_SCREENSHOTS_CHILD") == "1":
            return code  # the parent copies the guide's images
    missing = copy_guide_images()
    for image in missing:
        print(f"the guide names {image}, which this run did not make", file=sys.stderr)
    return code or (1 if missing else 0)


if __name__ == "__main__":
    raise SystemExit(main())

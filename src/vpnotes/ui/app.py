"""Starting the desktop app: ``vpnotes``, ``vpnotes VAULT``, ``vpnotes --demo``.

:func:`run` makes the QApplication, loads the translations (vpnotes' own
``vpnotes_nl.qm`` and Qt's ``qtbase_nl``) and sets the core's language to
match, installs the crash dialog, and shows the first screen: the lock screen
of the given or last notebook, the welcome screen when none is known, or a
fresh demo notebook. A demo's temporary folder is removed at quit.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

import vpnotes
from vpnotes.i18n import set_language
from vpnotes.ui.qtfix import protect_none
from vpnotes.ui.settings import APPLICATION, ORGANISATION, Settings

if TYPE_CHECKING:
    from vpnotes.ui.main_window import MainWindow

TRANSLATIONS = Path(vpnotes.__file__).resolve().parent / "resources" / "translations"

_installed: list[QTranslator] = []


def load_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` (``nl`` or ``en``) and set the core's language.

    English is the source language: it needs no translator. Returns the installed
    translators (also kept alive here: Qt does not own them).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands if language == "nl" else QLocale.Country.UnitedKingdom))
    if language == "en":
        return []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"vpnotes_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return list(_installed)


def make_application() -> QApplication:
    protect_none()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("vpnotes")
    app.setApplicationVersion(vpnotes.__version__)
    return app


def start(window: MainWindow, vault: str | None, demo: bool) -> None:
    """The first screen: the demo, the given notebook, the last one, or the welcome screen."""
    settings = window.settings
    if demo:
        window.start_demo()
    elif vault:
        window.open_path(Path(vault).expanduser().absolute())
    elif settings.last_notebook and Path(settings.last_notebook).is_file():
        window.show_unlock(Path(settings.last_notebook))
    else:
        window.show_welcome()


def run(vault: str | None, demo: bool) -> int:
    """Start the app; returns the exit code."""
    app = make_application()
    settings = Settings()
    load_translations(app, settings.language)

    from vpnotes.ui import crash
    from vpnotes.ui.main_window import MainWindow

    crash.install()
    window = MainWindow(settings)
    window.show()
    window.lock_guard.start_watching()  # the system's screen lock and sleep lock the notebook too
    start(window, vault, demo)
    try:
        return int(app.exec())
    finally:
        window.shutdown()

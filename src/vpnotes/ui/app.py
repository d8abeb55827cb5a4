"""Starting the desktop app: ``vpnotes``, ``vpnotes VAULT``, ``vpnotes --demo``.

:func:`run` makes the QApplication, loads the translations (vpnotes' own
``vpnotes_nl.qm`` and Qt's ``qtbase_nl``) and sets the core's language to
match, installs the crash dialog, and shows the first screen: the lock screen
of the given or last notebook, the welcome screen when none is known, or a
fresh demo notebook. A demo's temporary folder is removed at quit.

Every way the app can be ended runs the same close routine as the window's close
button (the daily automatic backup, lock, checkpoint, demo folder removed):
SIGTERM and Ctrl+C (:class:`QuitOnSignal`), and the session manager's request
at Windows logoff or shutdown (``commitDataRequest``). macOS hands a document
opened in Finder (or dropped on the Dock icon) as a ``QFileOpenEvent``:
:class:`FileOpener` shows it at its lock screen.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFileOpenEvent, QIcon, QSessionManager
from PySide6.QtWidgets import QApplication, QDialog

import vpnotes
from vpnotes.i18n import set_language
from vpnotes.ui.qtfix import protect_none
from vpnotes.ui.settings import APPLICATION, APPLICATION_ID, ORGANISATION, Settings

if TYPE_CHECKING:
    from vpnotes.ui.main_window import MainWindow

RESOURCES = Path(vpnotes.__file__).resolve().parent / "resources"
TRANSLATIONS = RESOURCES / "translations"
ICONS = RESOURCES / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# How often Python gets a turn while Qt's event loop runs, so a signal handler runs promptly.
SIGNAL_POLL_MS = 200
# At logoff the system waits only so long; the backup of a normal notebook takes well under this.
LOGOFF_WAIT_MS = 15_000
BENCH_SHOWN = "VPNOTES_BENCH_SHOWN"

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
    app.setWindowIcon(application_icon())
    # The .desktop file's name (Wayland and taskbars match windows to it).
    app.setDesktopFileName(APPLICATION_ID)
    return app


def application_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(ICONS / f"vpnotes-{size}.png"))
    return icon


def request_close(window: MainWindow) -> None:
    """End the app as the close button does: close open dialogs, then the window (whose
    close routine makes the daily backup, locks and removes a demo); a running task is
    waited for first."""
    for widget in QApplication.topLevelWidgets():
        if widget is not window and isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()  # ends its exec(): the code that opened it carries on and returns
    if window.busy.busy:
        QTimer.singleShot(SIGNAL_POLL_MS, lambda: request_close(window))
        return
    window.close()


class QuitOnSignal(QObject):
    """SIGTERM and SIGINT (Ctrl+C in the terminal that started the app) end the app through
    :func:`request_close` instead of killing it mid-way. Python only runs a signal handler
    when it has control, so a timer gives it a turn while Qt's loop runs."""

    SIGNALS = tuple(s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.received: list[int] = []
        self._previous: dict[int, Callable[[int, FrameType | None], object] | int | None] = {}
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: None)
        self.timer.start(SIGNAL_POLL_MS)
        for number in self.SIGNALS:
            self._previous[number] = signal.signal(number, self._handle)

    def _handle(self, number: int, _frame: FrameType | None) -> None:
        self.received.append(number)
        if len(self.received) == 1:  # a second signal while closing changes nothing
            QTimer.singleShot(0, lambda: request_close(self.window))

    def restore(self) -> None:
        self.timer.stop()
        for number, previous in self._previous.items():
            signal.signal(number, previous if previous is not None else signal.SIG_DFL)
        self._previous.clear()


def close_for_logoff(window: MainWindow, manager: QSessionManager | None = None) -> None:
    """Windows logoff or shutdown (the session manager's commit request): run the close
    routine now and wait for it, since the process ends when this returns."""
    if manager is not None:
        manager.setRestartHint(QSessionManager.RestartHint.RestartNever)
    loop = QEventLoop()
    deadline = QDeadlineTimer(LOGOFF_WAIT_MS)
    request_close(window)
    while window.isVisible() and not deadline.hasExpired():
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    window.shutdown()  # whatever happened: locked, checkpointed, demo removed


class FileOpener(QObject):
    """macOS opens a document through a ``QFileOpenEvent`` sent to the application."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.open(event.file())
            return True
        return False

    def open(self, name: str) -> None:
        if not name:
            return
        path = Path(name).absolute()
        window = self.window
        window.raise_()
        window.activateWindow()
        if window.busy.busy or (window.session.is_open and window.vault_path == path):
            return  # busy, or that notebook is already open: bringing the window forward is enough
        window.open_path(path)


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


def _report_shown(app: QApplication) -> None:
    """Benchmarks only (``VPNOTES_BENCH_SHOWN=1``): the first screen has been shown; say when, on
    stderr, and quit. benchmarks/bench_bundle.py measures start to unlock window with it."""
    print(f"vpnotes-shown {time.time():.6f}", file=sys.stderr, flush=True)
    app.quit()


def run(vault: str | None, demo: bool) -> int:
    """Start the app; returns the exit code."""
    from vpnotes.process_hardening import disable_core_dumps

    disable_core_dumps()  # before any notebook content is in memory
    app = make_application()
    settings = Settings()
    load_translations(app, settings.language)

    from vpnotes.ui import crash, platform_privacy
    from vpnotes.ui.main_window import MainWindow

    crash.install()
    platform_privacy.install(app, settings.allow_screen_capture)
    window = MainWindow(settings)
    quit_on_signal = QuitOnSignal(window)
    opener = FileOpener(window)
    app.installEventFilter(opener)
    app.commitDataRequest.connect(lambda manager: close_for_logoff(window, manager))
    app.aboutToQuit.connect(window.shutdown)
    window.show()
    window.lock_guard.start_watching()  # the system's screen lock and sleep lock the notebook too
    start(window, vault, demo)
    if os.environ.get(BENCH_SHOWN):
        QTimer.singleShot(0, lambda: _report_shown(app))
    try:
        return int(app.exec())
    finally:
        quit_on_signal.restore()
        app.removeEventFilter(opener)
        window.shutdown()

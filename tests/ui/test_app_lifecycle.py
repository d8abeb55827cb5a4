"""Every way the app ends runs its close routine (issue 14 D19): SIGTERM and Ctrl+C,
Windows logoff; and macOS's open-document event shows the notebook's lock screen."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from helpers import PASSPHRASE, new_notebook
from helpers.qt import unlock_with
from vpnotes.lifecycle.locations import default_backup_folder
from vpnotes.store.notebook import Notebook
from vpnotes.ui.app import FileOpener, QuitOnSignal, close_for_logoff
from vpnotes.ui.main_window import MainWindow

posix_only = pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX signals to another process")


def _backups() -> list[Path]:
    folder = default_backup_folder()
    return sorted(folder.glob("vpnotes-*.vpnotes")) if folder.is_dir() else []


@posix_only
@pytest.mark.slow
@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGINT])
def test_the_demo_app_ends_cleanly_on_a_signal(tmp_path: Path, signal_number: int) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, "-m", "vpnotes", "--demo"], env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        demo = None
        while time.monotonic() < deadline and app.poll() is None:
            found = list(temp.glob("vpnotes-demo-*/demo.vpnotes"))
            journals = [j for j in temp.glob("vpnotes-demo-*/*-journal") if j.stat().st_size]
            if found and not journals and found[0].stat().st_size > 100_000:  # an open vault keeps a 0-byte journal
                demo = found[0]
                break
            time.sleep(0.2)
        assert demo is not None, "the demo notebook did not appear"
        time.sleep(1.5)  # the notebook opens in the window
        app.send_signal(signal_number)
        out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert out == ""
    assert list(temp.iterdir()) == []  # demo folder, journal and all: gone


def _signal_until_closed(qtbot: QtBot, window: MainWindow, number: int) -> QuitOnSignal:
    """Send ``number`` to this process with the app's handler in place; wait for the window to close."""
    handler = QuitOnSignal(window)
    try:
        signal.raise_signal(number)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    finally:
        handler.restore()
    return handler


def test_a_signal_runs_the_close_routine_with_the_daily_backup(qtbot: QtBot, main_window: MainWindow,
                                                               filled_notebook: Notebook) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    main_window.show()
    assert main_window.session.is_open and _backups() == []
    handler = _signal_until_closed(qtbot, main_window, signal.SIGTERM)
    assert handler.received == [signal.SIGTERM]
    assert not main_window.session.is_open
    (backup,) = _backups()
    with Notebook.open(backup, PASSPHRASE, record=False) as copy:
        assert copy.check() == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_a_signal_closes_an_open_dialog_first(qtbot: QtBot, main_window: MainWindow,
                                             filled_notebook: Notebook) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    main_window.show()
    dialog = QDialog(main_window)
    dialog.show()
    _signal_until_closed(qtbot, main_window, signal.SIGINT)
    assert not dialog.isVisible()
    assert not main_window.session.is_open


def test_windows_logoff_makes_the_backup_and_locks(qtbot: QtBot, main_window: MainWindow,
                                                   filled_notebook: Notebook) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    main_window.show()
    close_for_logoff(main_window)
    assert not main_window.isVisible()
    assert not main_window.session.is_open
    assert len(_backups()) == 1


def test_macos_open_document_event_shows_the_lock_screen(qtbot: QtBot, main_window: MainWindow,
                                                         tmp_path: Path, qapp: QApplication) -> None:
    other = new_notebook(tmp_path / "ander.vpnotes")
    other.close()
    main_window.show_welcome()
    opener = FileOpener(main_window)
    qapp.installEventFilter(opener)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "ander.vpnotes")))
    finally:
        qapp.removeEventFilter(opener)
    assert main_window.stack.currentWidget() is main_window.unlock
    assert main_window.unlock.vault_path == tmp_path / "ander.vpnotes"


def test_opening_the_notebook_that_is_open_keeps_it_open(qtbot: QtBot, main_window: MainWindow,
                                                         filled_notebook: Notebook) -> None:
    path = filled_notebook.vault.path
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    FileOpener(main_window).open(str(path))
    assert main_window.session.is_open

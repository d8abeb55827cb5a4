"""vpnotes makes no network connection (DESIGN.md §1, the privacy statement, SECURITY.md).

Every way to reach the network from Python is made to fail the test, and the command line
then creates a notebook, writes the annual report in both formats, exports, checks and runs
its self-test; the desktop app builds its window and opens the guide. Qt's network module is
never even loaded.
"""

from __future__ import annotations

import io
import socket
import sys
from pathlib import Path
from typing import Any

import pytest

from vpnotes.cli import main

ATTEMPTS: list[str] = []


def _refuse(name: str) -> Any:
    def refuse(*args: object, **kwargs: object) -> None:
        ATTEMPTS.append(name)
        raise AssertionError(f"network use: socket.{name}")

    return refuse


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    ATTEMPTS.clear()
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "create_server"):
        monkeypatch.setattr(socket, name, _refuse(name))
    for name in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, name, _refuse(name))


def _run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(list(args))


def test_the_command_line_never_touches_the_network(no_network: None, monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from helpers import PASSPHRASE

    vault = str(tmp_path / "demo.vpnotes")
    secret = PASSPHRASE + "\n"
    assert _run(monkeypatch, "demo", vault, "--cases", "40", "--passphrase-stdin", stdin=secret * 2) == 0
    year = "2025"
    for out in ("verslag.docx", "verslag.json"):
        code = _run(monkeypatch, "report", vault, "--year", year, "--out", str(tmp_path / out),
                    "--accept-warnings", "--passphrase-stdin", stdin=secret)
        assert code == 0, capsys.readouterr().err
    assert _run(monkeypatch, "export", vault, "--out", str(tmp_path / "alles.json"), "--yes",
                "--passphrase-stdin", stdin=secret) == 0
    assert _run(monkeypatch, "check", vault, "--passphrase-stdin", stdin=secret) == 0
    assert _run(monkeypatch, "selftest") == 0
    assert ATTEMPTS == []
    assert "PySide6.QtNetwork" not in sys.modules


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # the offscreen platform
def test_the_app_and_its_guide_never_load_qt_networking(no_network: None, qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from vpnotes.ui import help_window
    from vpnotes.ui.main_window import MainWindow
    from vpnotes.ui.settings import Settings

    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    actions = help_window.controller(window)
    assert actions is not None
    shown = actions.show_help(topic="aan-de-slag")
    assert not shown.browser.openExternalLinks()
    shown.close()
    window.shutdown()
    assert ATTEMPTS == []
    assert "PySide6.QtNetwork" not in sys.modules

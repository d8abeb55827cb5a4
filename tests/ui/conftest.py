"""Qt fixtures shared by every UI test.

- The Dutch translations are loaded (as the app ships them) and the core speaks Dutch.
- The worker is the synchronous stand-in: a task and its callback run at once.
- QSettings go to ``tmp_path`` under a test organisation name: tests never touch
  the real configuration.
- The crash dialog never opens: reports are collected, and a test fails if one
  appeared that it did not expect (consume ``crash_reports`` to expect one).
- ``filled_notebook``: a notebook (test KDF profile) with a few cases whose texts are
  easy to look for; ``CASE_TEXTS`` lists them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from helpers import new_notebook
from helpers.qt import FakeClock, fill
from vpnotes.i18n import set_language
from vpnotes.store.notebook import Notebook
from vpnotes.ui import crash, worker
from vpnotes.ui.app import load_translations
from vpnotes.ui.main_window import MainWindow
from vpnotes.ui.qtfix import protect_none
from vpnotes.ui.settings import Settings

protect_none()  # PySide6 6.12 on Python 3.11 drains None's reference count; see vpnotes.ui.qtfix


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns about a feature it lacks whenever a top-level window is shown;
    # that is noise about the test platform, not a problem in vpnotes.
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture(autouse=True)
def _dutch_ui(qapp: QApplication) -> Iterator[None]:
    load_translations(qapp, "nl")
    yield
    set_language(None)


@pytest.fixture(autouse=True)
def sync_worker() -> Iterator[worker.SyncRunner]:
    runner = worker.SyncRunner()
    previous = worker.set_runner(runner)
    yield runner
    worker.set_runner(previous)


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    organisation, application = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName("vpnotes-tests")
    qapp.setApplicationName("vpnotes-tests")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    qapp.setOrganizationName(organisation)
    qapp.setApplicationName(application)


@pytest.fixture
def ui_settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "vpnotes-settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def crash_reports(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    reports: list[str] = []
    monkeypatch.setattr(crash, "show", reports.append)
    yield reports
    assert not reports, "unexpected crash dialog:\n" + "\n".join(reports)


@pytest.fixture(autouse=True)
def _no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box nobody answers would hang the run: fail the test instead.
    Tests that expect one replace it (or the window's ``error_box``/``ask``) themselves."""

    def refuse(*args: object, **kwargs: object) -> None:
        texts = [str(a) for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected modal message box: {texts}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def filled_notebook(tmp_path: Path) -> Iterator[Notebook]:
    notebook = new_notebook(tmp_path / "filled.vpnotes")
    fill(notebook)
    yield notebook
    if notebook.vault.is_open:
        notebook.close()


@pytest.fixture
def main_window(qtbot: object, ui_settings: Settings, fake_clock: FakeClock) -> Iterator[MainWindow]:
    """The app's main window (all pages), with the fake clock; shut down afterwards."""
    window = MainWindow(ui_settings, clock=fake_clock)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    yield window
    window.shutdown()

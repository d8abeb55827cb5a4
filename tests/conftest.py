"""Fixtures shared by the whole suite (helpers live in tests/helpers/)."""

from __future__ import annotations

import os

# Headless Qt for every test, set before anything imports Qt; the offscreen screen is a 1920x1080
# desktop (Qt's default of 800x800 would shrink every window: they are fitted to the screen).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    _SCREEN = os.path.join(os.path.dirname(__file__), "ui", "screens", "desktop.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
# Core messages in Dutch whatever the machine's locale, unless a test says otherwise.
os.environ["LANG"] = "nl_NL.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_MESSAGES", None)
# The suite's notebooks use the fast test KDF on purpose: no warning about it on every command
# (tests/cli/test_robustness.py proves the warning without this).
os.environ["VPNOTES_QUIET_TEST_PROFILE"] = "1"

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook
from vpnotes.store.notebook import Notebook


@pytest.fixture(autouse=True)
def _user_folders_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the user's data and config folders (automatic backups, settings) inside the
    test's temporary folder: no test may leave anything in the real home folder."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("APPDATA", str(home / "appdata"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "localappdata"))


@pytest.fixture
def notebook(tmp_path: Path) -> Iterator[Notebook]:
    """An empty notebook (test KDF profile 0) with one organisation ``acme``."""
    nb = new_notebook(tmp_path / "test.vpnotes")
    yield nb
    if nb.vault.is_open:
        nb.close()


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE

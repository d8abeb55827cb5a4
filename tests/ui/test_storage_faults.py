"""Storage faults as the VP meets them in the app (issues 8 and 14): a backup to
a USB stick without hard links (FAT32/exFAT) is written, a folder that cannot
be written is named as the problem (not the notebook), and a file held by
another program during a passphrase change says so and keeps the notebook
usable."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from helpers import OTHER_PASSPHRASE, PASSPHRASE
from helpers.qt import unlock_with
from vpnotes.errors import DestinationNotWritable, FileBusy
from vpnotes.store import platform
from vpnotes.store.notebook import Notebook
from vpnotes.ui.lifecycle_actions import LifecycleActions, controller
from vpnotes.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def _open(window: MainWindow, notebook: Notebook, monkeypatch: pytest.MonkeyPatch) -> tuple[LifecycleActions,
                                                                                           list[str]]:
    unlock_with(window, notebook, PASSPHRASE)
    actions = controller(window)
    assert actions is not None
    shown: list[str] = []
    monkeypatch.setattr(window, "error_box", shown.append)
    return actions, shown


def test_backup_to_a_stick_without_hard_links(main_window: MainWindow, filled_notebook: Notebook, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    actions, shown = _open(main_window, filled_notebook, monkeypatch)
    stick = tmp_path / "stick"
    stick.mkdir()

    def no_link(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_link)
    monkeypatch.setattr(platform, "_renameat2_noreplace", lambda src, dst: False)
    monkeypatch.setattr(actions, "choose_backup_path", lambda _proposal: str(stick / "kopie.vpnotes"))
    actions.backup_action.trigger()
    assert shown == []  # was "alleen-lezen locatie"
    assert "Reservekopie geschreven naar" in main_window.statusBar().currentMessage()
    assert os.listdir(stick) == ["kopie.vpnotes"]
    with Notebook.open(stick / "kopie.vpnotes", PASSPHRASE, record=False) as copy:
        assert copy.check() == []


def test_backup_to_a_folder_that_cannot_be_written(main_window: MainWindow, filled_notebook: Notebook,
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actions, shown = _open(main_window, filled_notebook, monkeypatch)
    locked = tmp_path / "locked"
    locked.mkdir()
    real_open = os.open

    def refusing(target: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(os.fsdecode(target)).parent == locked:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(target, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    monkeypatch.setattr(actions, "choose_backup_path", lambda _proposal: str(locked / "kopie.vpnotes"))
    actions.backup_action.trigger()
    assert shown == [DestinationNotWritable.nl]  # the folder, not "the notebook is read-only"
    assert os.listdir(locked) == []
    assert not main_window.session.notebook.vault.read_only  # type: ignore[union-attr]


def test_a_held_file_during_a_passphrase_change(main_window: MainWindow, filled_notebook: Notebook,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = filled_notebook.vault.path
    actions, _ = _open(main_window, filled_notebook, monkeypatch)
    monkeypatch.setattr(platform, "BUSY_DELAYS", (0.0, 0.0))
    real_replace = os.replace

    def held(src: Any, dst: Any) -> None:
        if Path(os.fsdecode(dst)) == path:
            error = PermissionError(errno.EACCES, "held")
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", held)
    seen: dict[str, str] = {}

    def steps(dialog: Any) -> int:
        dialog.current.setText(PASSPHRASE)
        dialog.fields.passphrase.setText(OTHER_PASSPHRASE)
        dialog.fields.repeat.setText(OTHER_PASSPHRASE)
        dialog.change_button.click()
        seen["error"] = dialog.error.text()
        return 0

    monkeypatch.setattr(actions, "run_dialog", steps)
    actions.passphrase_action.trigger()
    assert seen["error"] == FileBusy.nl  # was "alleen-lezen locatie"
    # The app's notebook is still open, with the old passphrase, and keeps working; no copy is left beside it.
    notebook = main_window.session.notebook
    assert notebook is not None and notebook.vault.is_open and notebook.cases.ids()
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []
    main_window.close_notebook()
    Notebook.open(path, PASSPHRASE, record=False).close()

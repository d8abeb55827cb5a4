"""Settings: policies in the vault, preferences in QSettings, never case data
in the preferences file (issue 3, "Settings")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSpinBox, QTabWidget

from helpers import PASSPHRASE
from helpers.qt import CASE_TEXTS, unlock_with
from vpnotes.store.notebook import Notebook
from vpnotes.ui.main_window import MainWindow
from vpnotes.ui.settings import MAX_RECENT, SETTINGS_VERSION, Settings
from vpnotes.ui.settings_dialog import SettingsDialog


def spin(dialog: SettingsDialog, name: str) -> QSpinBox:
    widget = dialog.policy_widgets[name]
    assert isinstance(widget, QSpinBox)
    return widget


def test_policies_are_stored_in_the_vault_and_logged(qtbot: Any, filled_notebook: Notebook,
                                                    ui_settings: Settings) -> None:
    dialog = SettingsDialog(filled_notebook, ui_settings)
    qtbot.addWidget(dialog)
    assert spin(dialog, "autolock_minutes").value() == 5  # the default policy
    spin(dialog, "autolock_minutes").setValue(9)
    spin(dialog, "retention_years").setValue(3)
    dialog.policy_widgets["backup.keep"].setValue(4)  # type: ignore[attr-defined]

    dialog.apply()

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    path = filled_notebook.vault.path
    filled_notebook.close()
    with Notebook.open(path, PASSPHRASE) as reopened:
        assert reopened.policy.get("autolock_minutes") == 9
        assert reopened.policy.get("retention_years") == 3
        assert reopened.policy.get("backup.keep") == 4
        logged = [(e.event, e.detail) for e in reopened.audit.entries() if e.event == "policy_changed"]
    assert sorted(d for _, d in logged) == ["autolock_minutes", "backup.keep", "retention_years"]


def test_min_cell_change_needs_confirmation(qtbot: Any, filled_notebook: Notebook, ui_settings: Settings) -> None:
    dialog = SettingsDialog(filled_notebook, ui_settings)
    qtbot.addWidget(dialog)
    asked: list[list[str]] = []
    dialog.confirm_min_cell = lambda names: asked.append(names) or False
    spin(dialog, "min_cell.acme").setValue(3)

    dialog.apply()  # the VP says no

    assert asked == [["Acme BV"]]
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert filled_notebook.policy.get("min_cell.acme") == 5
    assert not [e for e in filled_notebook.audit.entries() if e.event == "policy_changed"]

    dialog.confirm_min_cell = lambda names: True
    dialog.apply()
    assert filled_notebook.policy.get("min_cell.acme") == 3
    assert [e.detail for e in filled_notebook.audit.entries() if e.event == "policy_changed"] == ["min_cell.acme"]


def test_unchanged_dialog_stores_and_logs_nothing(qtbot: Any, filled_notebook: Notebook,
                                                 ui_settings: Settings) -> None:
    dialog = SettingsDialog(filled_notebook, ui_settings)
    qtbot.addWidget(dialog)
    dialog.apply()
    assert dialog.changed_policies == []
    assert not [e for e in filled_notebook.audit.entries() if e.event == "policy_changed"]


def test_preferences_persist_in_qsettings_without_case_data(
        qtbot: Any, tmp_path: Path, filled_notebook: Notebook, main_window: MainWindow) -> None:
    filled_notebook.policy.set("backup.enabled", False)  # closing would otherwise back up into the home folder
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    dialog = SettingsDialog(main_window.notebook, main_window.settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("sidebar"))
    dialog.apply()
    main_window.apply_settings(dialog)

    assert main_window.tabs.tabPosition() == QTabWidget.TabPosition.West
    assert "opnieuw start" in main_window.statusBar().currentMessage()
    main_window.close()

    again = Settings(QSettings(str(tmp_path / "vpnotes-settings.ini"), QSettings.Format.IniFormat))
    assert again.language == "en"
    assert again.layout == "sidebar"
    assert again.last_notebook == str(filled_notebook.vault.path.resolve())
    assert not again.geometry.isEmpty()  # window geometry remembered
    stored = (tmp_path / "vpnotes-settings.ini").read_text(encoding="utf-8")
    assert [text for text in CASE_TEXTS if text in stored] == []
    assert "Acme" not in stored


def test_autolock_change_applies_to_the_open_session(qtbot: Any, filled_notebook: Notebook,
                                                     main_window: MainWindow, fake_clock: Any) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    dialog = SettingsDialog(main_window.notebook, main_window.settings)
    qtbot.addWidget(dialog)
    spin(dialog, "autolock_minutes").setValue(1)
    dialog.apply()
    main_window.apply_settings(dialog)
    fake_clock.advance(61)
    main_window.session.tick()
    assert not main_window.session.is_open


def test_settings_are_typed_and_versioned(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("ui/language", "klingon")
    store.setValue("ui/layout", 42)
    store.setValue("notebooks/recent", "/enkel/pad.vpnotes")
    settings = Settings(store)
    assert store.value("version") in (SETTINGS_VERSION, str(SETTINGS_VERSION))
    assert settings.language == "nl"  # unknown values fall back to the default
    assert settings.layout == "tabs"
    assert settings.recent_files == ["/enkel/pad.vpnotes"]
    for number in range(MAX_RECENT + 3):
        settings.add_recent(tmp_path / f"boek{number}.vpnotes")
    settings.add_recent(tmp_path / "boek3.vpnotes")
    recent = settings.recent_files
    assert len(recent) == MAX_RECENT
    assert recent[0].endswith("boek3.vpnotes") and len(set(recent)) == MAX_RECENT
    assert settings.last_notebook is not None and settings.last_notebook.endswith("boek3.vpnotes")


def test_portable_mode_keeps_settings_beside_the_executable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vpnotes.ui.settings as settings_module

    data = tmp_path / "stick" / "vpnotes-data"
    monkeypatch.setattr(settings_module, "portable_data_folder", lambda: data)
    settings = Settings()
    settings.language = "en"
    settings.sync()
    assert (data / "vpnotes.ini").is_file()
    assert "language=en" in (data / "vpnotes.ini").read_text(encoding="utf-8")
    assert Settings().language == "en"

"""The Dutch translation is complete and shipped compiled; English is selectable;
the core speaks the UI's language (issue 3, "Dutch by default")."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from vpnotes.domain.vocabulary import Category, ContactMode
from vpnotes.errors import WrongPassphrase
from vpnotes.ui.app import TRANSLATIONS, load_translations
from vpnotes.ui.i18n import format_date, label
from vpnotes.ui.main_window import MainWindow
from vpnotes.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_source_string_has_dutch_text_and_the_files_are_up_to_date() -> None:
    # Runs lupdate over the UI sources now, fills from nl/*.json, and compares with what is committed.
    assert tool().check() == []


def test_the_shipped_ts_has_no_unfinished_message() -> None:
    root = ET.parse(TRANSLATIONS / "vpnotes_nl.ts").getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert unfinished == []
    assert (TRANSLATIONS / "vpnotes_nl.qm").stat().st_size > 1000


def test_dutch_is_the_default_and_qt_itself_speaks_dutch(qapp: QApplication) -> None:
    assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"
    assert label(Category.SEKSUELE_INTIMIDATIE) == Category.SEKSUELE_INTIMIDATIE.label_nl != \
        Category.SEKSUELE_INTIMIDATIE.label_en
    assert label(ContactMode.TELEFOON) == ContactMode.TELEFOON.label_nl
    # Qt's own strings (standard buttons) come from qtbase_nl.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    assert WrongPassphrase().message.startswith("Verkeerde wachtzin")
    assert format_date(date(2026, 3, 7)) == "07-03-2026"


def test_english_can_be_chosen_and_the_core_follows(qapp: QApplication, ui_settings: Settings, qtbot: object) -> None:
    try:
        load_translations(qapp, "en")
        window = MainWindow(ui_settings)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        assert window.menus["file"].title() == "&File"
        assert window.lock_action.text() == "&Lock"
        assert WrongPassphrase().message.startswith("Wrong passphrase")
        assert label(Category.PESTEN) == Category.PESTEN.label_en
    finally:
        load_translations(qapp, "nl")
    assert QCoreApplication.translate("MainWindow", "&Lock") == "&Vergrendelen"

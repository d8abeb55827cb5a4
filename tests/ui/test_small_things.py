"""Small things of issue 9 item 7: the GUI follows the system language when no choice is stored,
and the View menu lists the pages, the discretion switch, then each page's actions in tab order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings

from helpers import PASSPHRASE
from helpers.qt import unlock_with
from vpnotes.store.notebook import Notebook
from vpnotes.ui import settings as settings_module
from vpnotes.ui.main_window import MainWindow
from vpnotes.ui.settings import Settings


@pytest.mark.parametrize(("system", "expected"), [(QLocale.Language.English, "en"), (QLocale.Language.Dutch, "nl"),
                                                  (QLocale.Language.German, "nl")])
def test_without_a_stored_choice_the_language_follows_the_system(
        tmp_path: object, monkeypatch: pytest.MonkeyPatch, system: QLocale.Language, expected: str) -> None:
    monkeypatch.setattr(settings_module, "system_language",
                        lambda: "en" if system == QLocale.Language.English else "nl")
    store = QSettings(str(tmp_path) + "/s.ini", QSettings.Format.IniFormat)  # type: ignore[operator]
    settings = Settings(store)
    assert settings.language == expected
    settings.language = "nl"  # a stored choice wins
    assert Settings(store).language == "nl"


def test_system_language_maps_english_to_en_and_everything_else_to_nl() -> None:
    assert settings_module.system_language() in ("nl", "en")
    assert settings_module.system_language() == ("en" if QLocale.system().language() == QLocale.Language.English
                                                 else "nl")


def test_the_view_menu_lists_pages_then_the_switch_then_sections_in_tab_order(
        main_window: MainWindow, filled_notebook: Notebook) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    entries = [("-" + a.text()) if a.isSeparator() else a.text().replace("&", "")
               for a in main_window.menu("view").actions()]
    tabs = [main_window.tabs.tabText(i).replace("&", "") for i in range(main_window.tabs.count())]
    assert entries[:len(tabs)] == tabs
    assert entries[len(tabs) + 1] == "Discrete weergave"
    sections = [e[1:] for e in entries[len(tabs) + 2:] if e.startswith("-")]
    assert sections == [t for t in tabs if t in sections]  # each page's section, in tab order
    assert sections  # the other pages do have actions


def test_counts_use_plural_forms(main_window: MainWindow, filled_notebook: Notebook) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    cases = main_window.pages["cases"]
    case_id = main_window.notebook.cases.id_for_reference("2026-001")  # type: ignore[union-attr]
    main_window.show_case(case_id)
    assert cases.case_view.contacts_section.total.text() == "1 contact, 0,8 uur in totaal"  # type: ignore[attr-defined]
    activities = main_window.pages["activities"]
    main_window.tabs.setCurrentWidget(activities)
    assert activities.total.text().endswith("in 1 activiteit")  # type: ignore[attr-defined]

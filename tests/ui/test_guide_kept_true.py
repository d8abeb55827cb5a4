"""Kept true: every menu path the guide names in bold (**Menu > Item**) exists in the app.

The main window is built with a notebook open (some menus appear only then) and its
QMenuBar walked; a renamed or removed menu item fails here with the chapter that names it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from helpers import PASSPHRASE
from helpers.qt import unlock_with
from vpnotes import guide
from vpnotes.store.notebook import Notebook
from vpnotes.ui.main_window import MainWindow


def _label(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def menu_paths(window: MainWindow) -> set[tuple[str, ...]]:
    """Every path in the menu bar, each as its parts in the words the VP reads."""
    found: set[tuple[str, ...]] = set()

    def walk(menu: QMenu, prefix: tuple[str, ...]) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.text():
                continue
            path = (*prefix, _label(action.text()))
            found.add(path)
            if action.menu() is not None:
                walk(action.menu(), path)  # type: ignore[arg-type]

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu(), (_label(action.text()),))  # type: ignore[arg-type]
    return found


def test_every_menu_path_in_the_guide_exists(main_window: MainWindow, filled_notebook: Notebook) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    existing = menu_paths(main_window)
    assert ("Notitieboek", "Overdragen aan een opvolger…") in existing  # the walk sees the menus
    assert ("Verslag", "Bijdrage voor een aardappeloogst…") not in existing  # and can say no

    named = [(chapter.file, path) for chapter in guide.chapters() for path in guide.menu_paths(chapter)]
    assert len(named) >= 25
    missing = [f"{file}: {' > '.join(path)}" for file, path in named if path not in existing]
    assert not missing, "the guide names menu items the app does not have:\n" + "\n".join(missing)

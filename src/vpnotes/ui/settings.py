"""UI preferences in QSettings: typed, versioned, and never case data.

Policy (auto-lock, retention, minimum cell size, ...) lives in the vault; this
file holds only how the app looks and where the notebooks are: window geometry,
language, layout, recent notebook paths and the last one opened. As in
Picard's ``config.py`` every key is declared once with its type and default, and
a ``version`` key lets a later release migrate what an earlier one wrote.
Values of the wrong type (a hand-edited file) fall back to the default.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings

from vpnotes.lifecycle.locations import portable_data_folder

SETTINGS_VERSION = 1
MAX_RECENT = 8
LANGUAGES = ("nl", "en")
LAYOUTS = ("tabs", "sidebar")

ORGANISATION = "vpnotes"
APPLICATION = "vpnotes"
# DESIGN.md §12: one reverse-DNS id for the .desktop file, AppStream, the macOS bundle and the MIME type.
APPLICATION_ID = "nl.vpnotes.vpnotes"


SETTINGS_FILE = "vpnotes.ini"


def system_language() -> str:
    """``en`` when the system speaks English, else ``nl`` (vpnotes is made for Dutch and Flemish VPs)."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"


def _qsettings() -> QSettings:
    # INI everywhere: one readable file the VP (or IT) can inspect; no registry entries.
    # Portable mode (DESIGN.md §12): the file lives in vpnotes-data beside the executable.
    portable = portable_data_folder()
    if portable is not None:
        return QSettings(str(portable / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


class Settings:
    """Typed access to the app's preferences."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else _qsettings()
        self._migrate()

    def _migrate(self) -> None:
        version = self._int("version", 0)
        if version > SETTINGS_VERSION:
            return  # written by a newer vpnotes: read what we know, change nothing structural
        # Version 0 -> 1: nothing to convert (first release); just stamp it.
        if version < SETTINGS_VERSION:
            self.store.setValue("version", SETTINGS_VERSION)

    # -- typed primitives ----------------------------------------------------------------------

    def _int(self, key: str, default: int) -> int:
        value: Any = self.store.value(key, default)
        try:
            return int(value)
        except (TypeError, ValueError):
            return default

    def _choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) and value in choices else default

    def _bool(self, key: str, default: bool) -> bool:
        value: Any = self.store.value(key, default)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):  # how the INI file holds it
            return value.lower() == "true"
        return default

    def _bytes(self, key: str) -> QByteArray:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    # -- preferences ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The chosen language; without a choice, the system's (English for an English system, else Dutch)."""
        return self._choice("ui/language", LANGUAGES, system_language())

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self.store.setValue("ui/language", value)

    @property
    def discreet(self) -> bool:
        """Names and subjects hidden in every list (the discretion switch, F8)."""
        return self.store.value("ui/discreet", "false") in (True, "true")

    @discreet.setter
    def discreet(self, value: bool) -> None:
        self.store.setValue("ui/discreet", "true" if value else "false")

    @property
    def layout(self) -> str:
        """``tabs`` (pages as tabs on top) or ``sidebar`` (tabs down the left side)."""
        return self._choice("ui/layout", LAYOUTS, "tabs")

    @layout.setter
    def layout(self, value: str) -> None:
        if value not in LAYOUTS:
            raise ValueError(f"unknown layout {value!r}")
        self.store.setValue("ui/layout", value)

    @property
    def first_steps_shown(self) -> bool:
        """Whether Help > Eerste stappen was shown once after the first notebook was made."""
        return self._int("help/first_steps_shown", 0) == 1

    @first_steps_shown.setter
    def first_steps_shown(self, value: bool) -> None:
        self.store.setValue("help/first_steps_shown", 1 if value else 0)

    @property
    def geometry(self) -> QByteArray:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.store.setValue("window/state", value)

    @property
    def allow_screen_capture(self) -> bool:
        """Let screenshots and screen sharing see the windows (Windows, macOS; DESIGN.md §12).

        Off by default: a shared Teams screen must not show a case."""
        return self._bool("privacy/allow_screen_capture", False)

    @allow_screen_capture.setter
    def allow_screen_capture(self, value: bool) -> None:
        self.store.setValue("privacy/allow_screen_capture", bool(value))

    # -- notebooks -----------------------------------------------------------------------------

    @property
    def recent_files(self) -> list[str]:
        value = self.store.value("notebooks/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        if not isinstance(value, list):
            return []
        return [item for item in value if isinstance(item, str) and item][:MAX_RECENT]

    def add_recent(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        recent = [text] + [p for p in self.recent_files if p != text]
        self.store.setValue("notebooks/recent", recent[:MAX_RECENT])
        self.store.setValue("notebooks/last", text)

    def forget(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        self.store.setValue("notebooks/recent", [p for p in self.recent_files if p != text])
        if self.last_notebook == text:
            self.store.remove("notebooks/last")

    @property
    def last_notebook(self) -> str | None:
        value = self.store.value("notebooks/last")
        return value if isinstance(value, str) and value else None

    def sync(self) -> None:
        self.store.sync()

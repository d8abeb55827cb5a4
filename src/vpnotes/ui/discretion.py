"""The discretion switch (issue 9 item 3): one key (F8) hides names and subjects
in every list, for the moment someone looks over the VP's shoulder.

One switch for the whole app, remembered in the settings (a preference of how
the app looks, not case data). Lists ask :func:`masked` for each identifying
cell and redraw on :attr:`Discretion.changed`. The lists still hold the data
(search and sorting keep working); only what is painted changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

MASK = "•••"


class Discretion(QObject):
    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.on = False

    def set_on(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            self.changed.emit(on)


_switch = Discretion()


def switch() -> Discretion:
    """The app's one discretion switch."""
    return _switch


def masked(text: str | None) -> str:
    """``text`` as a list shows it now: hidden behind dots while discretion is on."""
    if not text:
        return ""
    return MASK if _switch.on else text

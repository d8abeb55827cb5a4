"""Language choice for the GUI-free core (CLI messages, error texts, report).

The core speaks Dutch by default; English when ``LANG``/``LC_ALL``/``LANGUAGE``
starts with ``en``. The Qt UI sets the language explicitly with
:func:`set_language` so core messages it shows match the UI's language.
"""

from __future__ import annotations

import os

_override: str | None = None


def set_language(lang: str | None) -> None:
    """Force ``"nl"`` or ``"en"``; ``None`` returns to the environment's choice."""
    global _override
    _override = lang


def language() -> str:
    if _override is not None:
        return _override
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "nl"
    return "nl"


def pick(nl: str, en: str) -> str:
    """Return the text in the current language."""
    return en if language() == "en" else nl

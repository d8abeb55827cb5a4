"""Language choice for the GUI-free core (CLI messages, error texts, report).

The core speaks Dutch by default; English when the environment asks for it,
read as gettext does: the message locale is the first of ``LC_ALL``,
``LC_MESSAGES`` and ``LANG`` that is set; ``LANGUAGE`` (a colon-separated list
of preferences) overrides it unless that locale is ``C``/``POSIX``. The first
language we speak (``nl`` or ``en``) wins; anything else falls back to Dutch. The
Qt UI sets the language explicitly with :func:`set_language` so core messages it
shows match the UI's language.
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
    locale = next((os.environ[var] for var in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(var)), "")
    preferences = [locale]
    if locale.split(".")[0].upper() not in ("C", "POSIX"):
        preferences = os.environ.get("LANGUAGE", "").split(":") + preferences
    for value in preferences:
        code = value.strip().lower()[:2]
        if code in ("nl", "en"):
            return code
    return "nl"


def pick(nl: str, en: str) -> str:
    """Return the text in the current language."""
    return en if language() == "en" else nl

"""Which characters a text may hold, and how to show one that holds others.

Free text (summaries, notes) may hold line breaks and tabs. An identifier (a
case reference, an organisation key) and a name appear on one line of a list
or a terminal, so they may hold no control character, no line or paragraph
separator and no bidirectional override: a newline in a reference forges a
second reference in ``vpnotes search``, an escape sequence steers the terminal,
U+202E shows a name backwards. A lone surrogate cannot be written as UTF-8 at
all. :func:`printable` is the last line of defence for what is printed anyway
(data stored before these checks existed).
"""

from __future__ import annotations

import re
import unicodedata

# Line and paragraph separators, bidirectional marks and overrides, the byte order mark.
INVISIBLE = frozenset("\u2028\u2029\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
_SHOWN_ESCAPED = ("Cc", "Cs", "Zl", "Zp")
# The same sets as character classes (Cc is exactly U+0000-001F and U+007F-009F): the import checks
# every string of a file, and one regex search is far faster than a category look-up per character.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_SURROGATES = "\ud800-\udfff"
_BAD_IN_FREE_TEXT = re.compile(f"[{_CONTROLS}{_SURROGATES}]")
_BAD_IN_LINE = re.compile(f"[{_CONTROLS}\t\n\r{_SURROGATES}{''.join(sorted(INVISIBLE))}]")


def bad_in_free_text(text: str) -> bool:
    """A control character other than tab and line breaks, or a lone surrogate."""
    return _BAD_IN_FREE_TEXT.search(text) is not None


def bad_in_line(text: str) -> bool:
    """Anything that breaks or disguises a one-line value: controls (tab too), separators, bidi overrides."""
    return _BAD_IN_LINE.search(text) is not None


def printable(text: str) -> str:
    """``text`` with control characters, separators and bidi overrides shown as escapes (``\\x1b``)."""
    if text.isprintable() and not INVISIBLE.intersection(text):
        return text
    parts = []
    for ch in text:
        if ch in INVISIBLE or unicodedata.category(ch) in _SHOWN_ESCAPED:
            code = ord(ch)
            parts.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            parts.append(ch)
    return "".join(parts)

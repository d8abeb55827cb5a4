"""Translation helpers for the UI.

Vocabulary codes are shown through Qt's translation layer: their English
labels (from :mod:`vpnotes.domain.vocabulary`) are the source strings in the
``vocabulary`` context, and ``tools/translations.py`` fills the Dutch ones from
the domain, so the vocabulary has one source of truth.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication

from vpnotes.domain.vocabulary import Sector, Vocab, label_en

VOCABULARY_CONTEXT = "vocabulary"
DATE_FORMAT = "%d-%m-%Y"  # dd-mm-jjjj, as Dutch users write dates


def label(code: Vocab, sector: Sector | str | None = None) -> str:
    """The code's label in the UI language, as the organisation's sector words it (DESIGN.md §9)."""
    return QCoreApplication.translate(VOCABULARY_CONTEXT, label_en(code, sector))


def labels(codes: Iterable[Vocab], sector: Sector | str | None = None) -> str:
    """Comma-separated labels of a list of codes."""
    return ", ".join(label(c, sector) for c in codes)


def format_date(day: date | None) -> str:
    return "" if day is None else day.strftime(DATE_FORMAT)

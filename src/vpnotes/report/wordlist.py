"""Ordinary Dutch words: OpenTaal's lower-case spelling entries (no proper
nouns), expanded with their inflections by ``tools/make_wordlist.py`` and
shipped as ``resources/report/nl-words.txt.gz``.

The screening asks two questions of it: is this surname part also an ordinary
word (Groot, Roos, Boer: then lower-case use only warns), and is this
capitalised word from the notes an ordinary word (then it is no third party's
name). Comparison is on :func:`normalise`d text: case-folded, accents removed.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache
from pathlib import Path

import vpnotes

WORDLIST_PATH = Path(vpnotes.__file__).parent / "resources" / "report" / "nl-words.txt.gz"


def normalise(text: str) -> str:
    """Case- and diacritics-insensitive form: NFKD without combining marks, case-folded.

    NFKD also turns the Dutch ligature ``ĳ`` into ``ij`` and ``’`` stays as is,
    so ``Çelik``, ``çelik`` and ``CELIK`` compare equal.
    """
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@cache
def words() -> frozenset[str]:
    """The normalised word list, loaded once per process."""
    with gzip.open(WORDLIST_PATH, "rt", encoding="utf-8") as handle:
        return frozenset(handle.read().split())


def is_ordinary(word: str) -> bool:
    """True if ``word`` (any case, any accents) is an ordinary Dutch word."""
    return normalise(word) in words()

"""Folding text and names so that spelling variants meet.

A VP types the same name differently from one case to the next ("Çiğdem
Öztürk-de Vries", "cigdem ozturk-De Vries", "Öztürk-de Vries, Çiğdem"). Two
things need to see through that: the pattern finder (is this the same person?)
and the casus redaction (where in this text is a stored name?). Folding removes
diacritics and case; names are split into a first name and surname parts with
the tussenvoegsels (van, de, der, ter, ...) recognised, as DESIGN.md §6 does.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Dutch (and a few neighbouring) tussenvoegsels, folded. Abbreviations such as
# "v.d." are folded to "vd" by :func:`name_tokens`.
TUSSENVOEGSELS = frozenset({
    "van", "de", "der", "den", "het", "'t", "t", "ter", "ten", "te", "in", "op", "aan", "bij", "uit",
    "onder", "voor", "over", "vd", "v", "d", "la", "le", "du", "da", "di", "des", "del", "della", "von",
    "zu", "vom", "zum", "zur",
})

# Forms of address that may precede a name; they are not part of it.
HONORIFICS = frozenset({
    "dhr", "mevr", "mw", "mevrouw", "meneer", "heer", "mr", "dr", "drs", "ir", "ing", "prof", "ds",
})

# Letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans({
    "ı": "i", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ł": "l", "Ł": "l",
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ß": "ss", "ẞ": "ss",
})

_NAME_SPLIT = re.compile(r"[\s\-\u2010\u2011\u2012\u2013,]+")


def fold_char(char: str) -> str:
    """One character without diacritics and case ("Ö" -> "o", "ß" -> "ss")."""
    decomposed = unicodedata.normalize("NFKD", char).translate(_UNDECOMPOSED)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = plain.casefold()
    # casefold can bring back a combining mark (Turkish dotted capital I)
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """``text`` without diacritics and case."""
    return "".join(fold_char(c) for c in text)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each of its characters, the index of the original character."""
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), origin


def name_tokens(name: str) -> list[str]:
    """The folded words of a name in natural order, without forms of address.

    "Vries, Anna de" (surname first, as registers write it) becomes
    ``["anna", "de", "vries"]``; "v.d. Berg" becomes ``["vd", "berg"]``.
    """
    text = fold(name).replace("\u2019", "'")
    if text.count(",") == 1:
        surname, _, given = text.partition(",")
        if given.strip():
            text = f"{given} {surname}"
    tokens: list[str] = []
    for raw in _NAME_SPLIT.split(text):
        token = raw.strip(".'\"()")
        if raw == "'t":
            token = "'t"
        token = token.replace(".", "")
        if token and token not in HONORIFICS:
            tokens.append(token)
    return tokens


def is_tussenvoegsel(token: str) -> bool:
    return token in TUSSENVOEGSELS


@dataclass(frozen=True)
class NameParts:
    """A name split as DESIGN.md §6 splits it."""

    first: str | None  # first word, unless the name starts with a tussenvoegsel or has one word
    surname: tuple[str, ...]  # every other word and hyphen-part that is not a tussenvoegsel

    @property
    def key(self) -> tuple[str, ...]:
        """What two spellings of the same person share."""
        return ((self.first or ""), *self.surname)


def split_name(name: str) -> NameParts:
    tokens = name_tokens(name)
    words = [t for t in tokens if not is_tussenvoegsel(t)]
    if not words:
        return NameParts(None, ())
    if len(words) == 1 or is_tussenvoegsel(tokens[0]):
        # One word ("Jansen", "Anna") or a surname only ("de Vries"): no first name to tell apart.
        return NameParts(None, tuple(words))
    return NameParts(words[0], tuple(words[1:]))


def person_key(name: str) -> tuple[str, ...] | None:
    """The matching key of a person's name, or None when it holds no word at all.

    Case, diacritics, forms of address, word order with a comma and
    tussenvoegsels do not matter: "Jan van der Berg", "jan Van Der berg" and
    "Berg, Jan van der" share a key.
    """
    parts = split_name(name)
    if not parts.surname:
        return None
    return parts.key

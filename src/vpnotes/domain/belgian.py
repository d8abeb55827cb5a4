"""Belgian identifiers that must never leave the notebook (DESIGN.md §9): the
rijksregisternummer (national register number, ``YY.MM.DD-NNN.CC``) and Belgian
phone numbers. Pure functions; the report's screening blocks them and the casus
redacts them.
"""

from __future__ import annotations

import re

# With or without separators; the checksum decides whether eleven digits are a rijksregisternummer.
RIJKSREGISTER = re.compile(r"(?<![\w.,])\d{2}[.\s]?\d{2}[.\s]?\d{2}[-.\s]?\d{3}[.\s]?\d{2}(?![\w])")
# +32 / 0032 followed by 8 or 9 digits, or a mobile number 04xx xx xx xx; separators: space . / - ( ).
PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)32[\s./()-]*\d(?:[\s./-]?\d){7,8}|04\d{2}(?:[\s./-]?\d){6})(?!\d)")


def is_rijksregisternummer(digits: str) -> bool:
    """Whether eleven digits carry a valid checksum.

    The check is 97 minus the first nine digits modulo 97; for people born from
    2000 on the nine digits are read with a 2 in front (2YYMMDDNNN).
    """
    if len(digits) != 11 or not digits.isdigit():
        return False
    body, check = int(digits[:9]), int(digits[9:])
    return check in (97 - body % 97, 97 - (2_000_000_000 + body) % 97)


def rijksregister_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a valid rijksregisternummer."""
    return [(m.start(), m.end()) for m in RIJKSREGISTER.finditer(text)
            if is_rijksregisternummer(re.sub(r"\D", "", m.group()))]


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a Belgian phone number."""
    return [(m.start(), m.end()) for m in PHONE.finditer(text)]

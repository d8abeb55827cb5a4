"""Redaction of free text for a casus (intervisie) against what the vault holds.

The annual report *refuses* text that names a person (its screening lives in
``vpnotes.report``); a casus instead *replaces*: the VP wants to discuss the
conversation, so summaries (and notes, when asked for) are kept with every
identifying piece swapped for a neutral placeholder:

- every name stored in the vault (melders and betrokkenen of all cases), in
  full, as surname with or without its tussenvoegsels ("de Vries", "Vries"), as
  any surname part of a double name ("Öztürk") and as first name, matched case-
  and diacritics-insensitively across line breaks: the case's own melder becomes
  "[melder]", its betrokkenen "[betrokkene 1]", ..., anyone else "[naam]"; a
  single name part that is also an ordinary Dutch word ("meer", "groot",
  "bakker") is left alone when written in lower case and not after a
  tussenvoegsel, as the report's screening does: then it is most likely the
  word, and the screening still lists it for the VP to check;
- stored departments "[afdeling]", organisation names and keys "[organisatie]",
  stored references and reference-like numbers "[kenmerk]";
- e-mail addresses, phone numbers (stored ones and anything phone-shaped),
  BSN-like nine-digit numbers, IBANs and postcodes, whoever they belong to;
- dates with a day are reduced to month and year ("14 januari 2026" and
  "14-01-2026" become "januari 2026"), which DESIGN.md §6 allows.

Overlapping hits are merged and replaced as one, so no fragment of a longer
match survives next to a shorter one. Replacing rather than refusing means a
name the vault does not know (a third party mentioned only in passing) can
remain: that is why the VP must read a casus before sharing it, and the command
says so.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from vpnotes.domain import belgian
from vpnotes.domain.model import Case, Organisation
from vpnotes.practice.names import fold, fold_with_map, is_tussenvoegsel, name_tokens
from vpnotes.report.wordlist import words as ordinary_words

MELDER = "[melder]"
OTHER_PERSON = "[naam]"
DEPARTMENT = "[afdeling]"
ORGANISATION = "[organisatie]"
REFERENCE = "[kenmerk]"
EMAIL = "[e-mail]"
PHONE = "[telefoon]"
NUMBER = "[nummer]"
IBAN = "[rekeningnummer]"
POSTCODE = "[postcode]"
DATE = "[datum]"


def betrokkene_placeholder(number: int) -> str:
    return f"[betrokkene {number}]"


# Between the words of a name or department: spaces (line breaks too), hyphens, dots, commas.
_SEP = r"[\s\-\u2010-\u2015.,/&']+"
_ABBREVIATED_TUSSENVOEGSELS = r"v\.?\s?d\.?|v\.|vd"
_LEGAL_FORMS = frozenset({"bv", "nv", "vof", "cv", "stichting", "vereniging"})

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
_MONTH_PREFIXES = {
    "jan": 1, "feb": 2, "mrt": 3, "maa": 3, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}
# Dutch names and abbreviations, and the English ones that differ (notes are sometimes kept in English).
_MONTH_WORD = (r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
               r"january|february|march|may|june|july|october|"
               r"jan|febr|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)\.?")
_WEEKDAY = r"(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag|ma|di|wo|do|vr|za|zo)\.?,?\s+"

_EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\d{2}[\s\-]{0,3}(?:\(0\)[\s\-]{0,3})?\d(?:[\s\-]{0,3}\d){6,10}"
    r"|\(?0\d{1,3}\)?(?:[\s\-]{0,3}\d){6,8})(?!\w)"
)
_IBAN = re.compile(r"(?<!\w)[A-Za-z]{2}\d{2}(?:\s?[A-Za-z0-9]){11,30}(?!\w)")
_BSN = re.compile(r"(?<![\w.])(?:\d{4}[.\s]?\d{2}[.\s]?\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3})(?![\w])"
                  r"|(?<!\w)\d{8,9}(?!\w)")
_POSTCODE = re.compile(r"(?<!\w)[1-9][0-9]{3} ?[A-Z]{2}(?!\w)")  # case-sensitive, as DESIGN.md §6
_REFERENCE_LIKE = re.compile(r"(?<![\w-])(?:19|20)\d{2}-\d{3}(?![\w-])")
_ISO_DATE = re.compile(r"(?<![\w-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w-])")
_NUMERIC_DATE = re.compile(r"(?<![\w./-])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?![\w/-])")
_WRITTEN_DATE = re.compile(
    rf"(?<!\w)(?:{_WEEKDAY})?(\d{{1,2}})(?:e|ste|de)?\s+({_MONTH_WORD})(?:\s+(\d{{4}}))?(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    replacement: str
    rank: int  # lower wins when spans of equal length compete


@dataclass
class Redactor:
    """Replaces identifying text; build it with :meth:`for_case`."""

    # (pattern on folded text, placeholder, rank, lone word): one pattern per way of writing a term, so
    # that every way that matches is found and the longest wins (an alternation would stop at the first).
    # ``lone word`` is set for a single name part that is also an ordinary Dutch word (see redact()).
    folded_terms: list[tuple[re.Pattern[str], str, int, str | None]] = field(default_factory=list)
    _ranks: int = field(default=0, init=False)

    @classmethod
    def for_case(cls, case: Case, all_cases: Iterable[Case], organisations: Iterable[Organisation]) -> Redactor:
        """A redactor for a casus of ``case``, knowing every name in ``all_cases``."""
        # Insertion order is the order of precedence when two people share a name part.
        people: dict[str, list[str]] = {MELDER: [case.melder.name] if case.melder.name else []}
        for number, betrokkene in enumerate(case.betrokkenen, start=1):
            people[betrokkene_placeholder(number)] = [betrokkene.name] if betrokkene.name else []
        others: list[str] = []
        departments: set[str] = set()
        references: set[str] = set()
        phones: set[str] = set()
        for other in (*all_cases, case):
            if not (other is case or (case.id is not None and other.id == case.id)):
                others.extend(n for n in [other.melder.name, *(b.name for b in other.betrokkenen)] if n)
            departments.update(d for d in [other.melder.department, *(b.department for b in other.betrokkenen)] if d)
            if other.reference:
                references.add(other.reference)
            if other.melder.phone:
                phones.add(other.melder.phone)
        people[OTHER_PERSON] = others

        redactor = cls()
        for placeholder, names in people.items():
            redactor._add(placeholder, (alternative for name in names for alternative in name_alternatives(name)))
            redactor._add_words(placeholder, (part for name in names for part in name_words(name)))
        redactor._add(DEPARTMENT, (_words_pattern(fold(d)) for d in departments))
        org_terms: list[str] = []
        for org in organisations:
            org_terms.append(_words_pattern(fold(org.key)))
            words = re.findall(r"\w+", fold(org.name))
            org_terms.append(_words_pattern(" ".join(words)))
            core = [w for w in words if w not in _LEGAL_FORMS]
            if core and core != words:
                org_terms.append(_words_pattern(" ".join(core)))
        redactor._add(ORGANISATION, org_terms)
        redactor._add(REFERENCE, (re.escape(fold(r)) for r in references))
        redactor._add(PHONE, (_digits_pattern(p) for p in phones))
        return redactor

    def _add(self, placeholder: str, alternatives: Iterable[str]) -> None:
        """Terms for ``placeholder``; placeholders added earlier win when a hit ties in length."""
        rank = self._ranks
        self._ranks += 1
        for alternative in sorted({a for a in alternatives if a}):
            self.folded_terms.append((re.compile(rf"(?<!\w)(?:{alternative})(?!\w)"), placeholder, rank, None))

    def _add_words(self, placeholder: str, tokens: Iterable[tuple[str, str]]) -> None:
        """Single name parts, each with the tussenvoegsels that may precede it (same rank as ``_add``)."""
        rank = self._ranks - 1
        dictionary = ordinary_words()
        for token, prefix in sorted(set(tokens)):
            lone = token if token in dictionary else None
            pattern = rf"(?<!\w)(?:(?:{prefix}){_SEP})*{re.escape(token)}(?!\w)" if prefix else \
                rf"(?<!\w){re.escape(token)}(?!\w)"
            self.folded_terms.append((re.compile(pattern), placeholder, rank, lone))

    def redact(self, text: str) -> str:
        """``text`` with every identifying piece replaced."""
        spans: list[_Span] = []
        folded, origin = fold_with_map(text)
        for pattern, placeholder, rank, lone in self.folded_terms:
            for match in pattern.finditer(folded):
                if match.end() > match.start():
                    start = origin[match.start()]
                    if lone is not None and match.group(0) == lone and text[start].islower():
                        # "meer", "groot", "bakker" in lower case and not after a tussenvoegsel: most
                        # likely the word, not the name. The screening warns about it (DESIGN.md §6).
                        continue
                    end = origin[match.end() - 1] + 1
                    spans.append(_Span(start, end, placeholder, rank))
        base = self._ranks
        fixed: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
            # dates first: "01-02-2026" is phone-shaped too, and the date reading is the useful one
            (_ISO_DATE, lambda m: _month_year(m.group(3), m.group(2), m.group(1))),
            (_NUMERIC_DATE, lambda m: _month_year(m.group(1), m.group(2), m.group(3))),
            (_WRITTEN_DATE, _written_date),
            (_EMAIL, lambda m: EMAIL),
            (_IBAN, _iban),
            (belgian.RIJKSREGISTER, _rijksregister),
            (belgian.PHONE, lambda m: PHONE),
            (_PHONE, lambda m: PHONE),
            (_BSN, lambda m: NUMBER),
            (_POSTCODE, lambda m: POSTCODE),
            (_REFERENCE_LIKE, lambda m: REFERENCE),
        ]
        for offset, (pattern, replace) in enumerate(fixed):
            for match in pattern.finditer(text):
                replacement = replace(match)
                if replacement != match.group(0):
                    spans.append(_Span(match.start(), match.end(), replacement, base + offset))
        return _apply(text, spans)


def name_alternatives(name: str) -> list[str]:
    """Regular expressions (over folded text) for the multi-word ways a text may refer to ``name``."""
    tokens = name_tokens(name)
    if len(tokens) < 2:
        return []
    alternatives = [_sequence(tokens)]
    starts_with_first_name = not is_tussenvoegsel(tokens[0]) and sum(not is_tussenvoegsel(t) for t in tokens) > 1
    surname = tokens[1:] if starts_with_first_name else tokens
    if len(surname) > 1:
        alternatives.append(_sequence(surname))
    if starts_with_first_name:
        alternatives.append(_sequence([*surname, tokens[0]]))  # "Vries, Anna de", as registers write it
    return alternatives


def name_words(name: str) -> list[tuple[str, str]]:
    """Each single part of ``name`` (first name, surname parts) with a pattern for the tussenvoegsels
    that may precede it in a text ("de Vries"); the pattern is empty for the first name."""
    tokens = name_tokens(name)
    starts_with_first_name = bool(tokens) and not is_tussenvoegsel(tokens[0]) \
        and sum(not is_tussenvoegsel(t) for t in tokens) > 1
    found: list[tuple[str, str]] = []
    for index, token in enumerate(tokens):
        if is_tussenvoegsel(token) or len(token) < 2:
            continue  # an initial alone ("A.") says nothing and would hit every "a"
        if index == 0 and starts_with_first_name:
            found.append((token, ""))
            continue
        prefix_words: list[str] = []
        back = index - 1
        while back >= 0 and is_tussenvoegsel(tokens[back]):
            prefix_words.insert(0, re.escape(tokens[back]))
            back -= 1
        prefix_words.append(_ABBREVIATED_TUSSENVOEGSELS)
        found.append((token, "|".join(prefix_words)))
    return found


def _sequence(tokens: list[str]) -> str:
    return _SEP.join(re.escape(t) for t in tokens)


def _words_pattern(folded: str) -> str:
    words = re.findall(r"\w+", folded)
    return _SEP.join(re.escape(w) for w in words) if words else ""


def _digits_pattern(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 6:
        return ""
    return r"[\s\-().]*".join(re.escape(d) for d in digits)


def _rijksregister(match: re.Match[str]) -> str:
    """A valid rijksregisternummer is a number; other digit groups of that shape stay as written."""
    return NUMBER if belgian.is_rijksregisternummer(re.sub(r"\D", "", match.group(0))) else match.group(0)


def _iban(match: re.Match[str]) -> str:
    # Only strings with digits after the country code and bank part count; a long word does not.
    compact = re.sub(r"\s", "", match.group(0))
    return IBAN if sum(c.isdigit() for c in compact) >= 8 else match.group(0)


def _month_year(day: str, month: str, year: str) -> str:
    number = int(month)
    if not 1 <= number <= 12 or not 1 <= int(day) <= 31:
        return DATE
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    if int(day) > calendar.monthrange(full_year, number)[1]:
        return DATE
    return f"{MONTHS[number - 1]} {full_year}"


def _written_date(match: re.Match[str]) -> str:
    month_word = fold(match.group(2)).rstrip(".")
    number = _MONTH_PREFIXES.get(month_word[:3]) or 0
    if not number:
        return DATE
    year = match.group(3)
    if year:
        return f"{MONTHS[number - 1]} {year}"
    # "op 12 okt." ends a sentence as often as it abbreviates: keep the full stop
    return MONTHS[number - 1] + ("." if match.group(0).endswith(".") else "")


def _apply(text: str, spans: list[_Span]) -> str:
    """Replace merged clusters of overlapping spans; each cluster by its longest member."""
    if not spans:
        return text
    spans.sort(key=lambda s: (s.start, -(s.end - s.start), s.rank))
    pieces: list[str] = []
    position = 0
    index = 0
    while index < len(spans):
        cluster = [spans[index]]
        end = spans[index].end
        index += 1
        while index < len(spans) and spans[index].start < end:
            cluster.append(spans[index])
            end = max(end, spans[index].end)
            index += 1
        best = min(cluster, key=lambda s: (-(s.end - s.start), s.rank))
        start = cluster[0].start
        while end < len(text) and _is_mark(text[end]):
            end += 1  # a combining mark after the hit belongs to it (decomposed input)
        pieces.append(text[position:start])
        pieces.append(best.replacement)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _is_mark(char: str) -> bool:
    return unicodedata.combining(char) != 0

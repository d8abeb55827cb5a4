"""Words in a casus that are neither ordinary Dutch nor known to the notebook.

The redaction replaces what the notebook knows (names, departments, references)
and what has a shape (e-mail, phone, postcode). What it cannot know passes: a
code ("PRJ-42"), a nickname ("Bolle"), an internal name ("de Kuip"), a street.
The report's screening would warn only about capitalised words from the notes;
a casus goes to peers outside the organisation, so every word of its summaries
and notes is looked up, whatever its case:

- an ordinary word: in the OpenTaal list (:mod:`vpnotes.report.wordlist`), or a
  compound of two or three of its words, with or without a linking ``s``/``e``/
  ``en`` ("teamleidersoverleg", "pestgedrag"), since Dutch writes compounds as
  one word and no list holds them all; but a compound written with a capital
  inside a sentence is a proper name ("Hoogstraat", "Zuidas") and warns;
- known to the notebook: a word of the vocabulary's labels (both languages),
  the placeholders the redaction put in, and a short list of abbreviations of
  working life (HR, MT, BHV);
- numbers alone (45 minutes, 2026) are no word.

Everything else is a warning the VP acknowledges (``--accept-warnings``, or the
checkbox in the app), as with the report: she decides, nothing is hidden.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from vpnotes.domain import vocabulary
from vpnotes.i18n import pick
from vpnotes.report.screening import Finding, TextBlock, starts_sentence
from vpnotes.report.wordlist import normalise, words

REASON = "unknown_word"
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_MIN_PART = 3
_LINKS = ("", "s", "e", "en")
# Abbreviations of Dutch working life that name no one.
ABBREVIATIONS = frozenset({
    "hr", "mt", "or", "pz", "po", "bhv", "arbo", "cao", "vp", "vps", "avg", "wbk", "uwv", "ggd", "zzp", "zzper",
    "ok", "oke", "nb", "ca", "bijv", "bv", "nv", "evt", "mbt", "ivm", "tav", "tzt", "ipv", "ihkv", "mn", "wo",
    "ggz", "ptss", "burn", "out", "teams", "mail", "sms", "app", "ceo", "cfo", "ict", "it", "pr", "fte", "bsn",
    "iban", "kvk", "btw", "mbo", "hbo", "vwo", "havo", "vmbo", "mr", "dhr", "mevr", "mw", "drs", "ir", "ing",
})


@dataclass(frozen=True)
class UnknownWord(Finding):
    """A warning about a word the dictionary and the notebook do not know."""

    @property
    def reason_text(self) -> str:
        return pick("geen gewoon Nederlands woord en niet bekend in het notitieboek",
                    "no ordinary Dutch word and not known to the notebook")


@cache
def known_words() -> frozenset[str]:
    """The vocabulary's labels and the redaction's placeholders, word by word, normalised."""
    texts: list[str] = []
    for name in dir(vocabulary):
        kind = getattr(vocabulary, name)
        if isinstance(kind, type) and issubclass(kind, vocabulary.Vocab) and kind is not vocabulary.Vocab:
            for member in kind:
                texts += [member.label_nl, member.label_en, member.value]
    from vpnotes.practice import redact

    texts += [value for name, value in vars(redact).items() if name.isupper() and isinstance(value, str)]
    texts.append(redact.betrokkene_placeholder(1))
    return frozenset(normalise(w) for text in texts for w in _WORD.findall(text)) | ABBREVIATIONS


def is_ordinary(word: str) -> bool:
    """Whether ``word`` (normalised) is a word of the list or a compound of its words."""
    return word in words() or _compound(word, 3)


@cache
def _compound(word: str, parts_left: int) -> bool:
    if parts_left < 2 or len(word) < 2 * _MIN_PART:
        return False
    dictionary = words()
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        head = word[:cut]
        if head not in dictionary:
            continue
        for link in _LINKS:
            rest = word[cut:]
            if not rest.startswith(link):
                continue
            tail = rest[len(link):]
            if len(tail) >= _MIN_PART and (tail in dictionary or _compound(tail, parts_left - 1)):
                return True
    return False


def _is_unknown(norm: str, proper_name: bool) -> bool:
    if len(norm) < 2 or norm.isdigit() or norm in known_words() or norm in words():
        return False
    stem = norm.split("'")[0]  # "collega's", "auto's": the word before the apostrophe counts
    if stem != norm and (stem in known_words() or stem in words()):
        return False
    return proper_name or not (_compound(norm, 3) or (stem != norm and _compound(stem, 3)))


def unknown_words(blocks: Iterable[TextBlock]) -> tuple[Finding, ...]:
    """One warning per unknown word per text, in text order (the first place it occurs)."""
    findings: list[Finding] = []
    for block in blocks:
        seen: dict[str, list[tuple[int, int]]] = {}
        first: dict[str, str] = {}
        for match in _WORD.finditer(block.text):
            token = match.group()
            proper_name = token[:1].isupper() and not starts_sentence(block.text, match.start())
            if not _is_unknown(normalise(token), proper_name):
                continue
            norm = normalise(token)
            seen.setdefault(norm, []).append(match.span())
            first.setdefault(norm, token)
        findings += [UnknownWord(block.key, block.label, first[norm], REASON, False, tuple(spans))
                     for norm, spans in seen.items()]
    return tuple(findings)

"""How strong a new passphrase is, and a generator of strong ones (DESIGN.md §3, issue 9).

The rule of DESIGN.md §3 stays: at least 12 characters and a zxcvbn score of 3.
zxcvbn only knows English, so a Dutch VP's obvious choices (``Wachtwoord2024!``,
``Welkom2025!!``) scored as strong. Here zxcvbn learns, once per process:

- common Dutch password words (wachtwoord, welkom, the seasons, the months, the
  weekdays, vertrouwenspersoon, ...) at the top of its ranking, so they cost it a
  handful of guesses;
- every word of the shipped OpenTaal list (the report's ``nl-words.txt.gz``)
  after them;
- per call, the notebook's organisation names (``user_inputs``), whole and word
  by word.

One pattern zxcvbn still rates too kindly is a single word dressed up with a
capital, a year or digits and some punctuation (``Welkom2025!!``): its
brute-force part for the tail outweighs the cheap word. The same holds for the
organisation's name with its words swapped (zxcvbn charges every extra part of
a match sequence heavily). :func:`passphrase_strength` refuses these shapes
outright: letters that are one known word, or only the notebook's names and the
common words, followed by nothing but digits and punctuation.

The generator draws words with :mod:`secrets` from the same list, restricted
to plain lower-case words of 4 to 8 letters (easy to type, no proper nouns),
and reports the entropy it really has: ``words * log2(len(list))`` bits.
"""

from __future__ import annotations

import gzip
import math
import re
import secrets
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import vpnotes

MIN_PASSPHRASE_LENGTH = 12
MIN_ZXCVBN_SCORE = 3
ZXCVBN_MAX_LENGTH = 72  # zxcvbn raises ValueError beyond this and gains nothing from more
GENERATED_WORDS = 5
MIN_GENERATED_BITS = 64.0

WORDLIST_PATH = Path(vpnotes.__file__).parent / "resources" / "report" / "nl-words.txt.gz"

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
SEASONS = ("lente", "voorjaar", "zomer", "herfst", "najaar", "winter")
# What Dutch speakers choose first (Dutch leaked-password top lists), and this app's own words.
COMMON_WORDS = (
    "wachtwoord", "welkom", "welkom01", "geheim", "wachtzin", "paswoord", "inloggen", "hallo", "hoi",
    "vertrouwenspersoon", "vertrouwen", "vertrouwelijk", "notitieboek", "notities", "vpnotes", "melding",
    "meldingen", "klacht", "integriteit", "ongewenst", "gedrag", "personeel", "organisatie", "bedrijf",
    "ajax", "feyenoord", "psv", "oranje", "nederland", "holland", "amsterdam", "rotterdam", "utrecht",
    "vlaanderen", "belgie", "brussel", "antwerpen", "gent", "schatje", "liefde", "lieverd", "snoepje",
    "voetbal", "konijn", "poesje", "hond", "kat", "qwerty", "azerty", "asdfgh", "welkom123",
)


@dataclass(frozen=True)
class Strength:
    acceptable: bool
    score: int  # zxcvbn 0-4
    reason_nl: str
    reason_en: str


@dataclass(frozen=True)
class Generated:
    passphrase: str
    words: int
    bits: float  # the entropy of the draw: words * log2(list size)


def normalise(text: str) -> str:
    """Lower case without accents, the form the word lists are compared in."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@cache
def dutch_words() -> tuple[str, ...]:
    """The OpenTaal word list (lower case, with inflections), loaded once per process."""
    with gzip.open(WORDLIST_PATH, "rt", encoding="utf-8") as handle:
        return tuple(handle.read().split())


@cache
def generator_words() -> tuple[str, ...]:
    """Words the generator draws from: plain lower-case ASCII words of 4 to 8 letters."""
    return tuple(sorted({w for w in dutch_words() if re.fullmatch(r"[a-z]{4,8}", w)}))


def common_words() -> tuple[str, ...]:
    """Words a Dutch passphrase is guessed with first: common choices, months, days, seasons."""
    return (*COMMON_WORDS, *MONTHS, *WEEKDAYS, *SEASONS)


@cache
def _zxcvbn_with_dutch() -> None:
    """Teach zxcvbn the Dutch lists (once: it keeps them in its module's ranking tables)."""
    from zxcvbn import matching

    matching.add_frequency_lists({"nl_common": list(common_words()), "nl_words": list(dutch_words())})


def organisation_inputs(names: Iterable[str]) -> tuple[str, ...]:
    """The organisation names for zxcvbn's ``user_inputs``: each whole name and each of its words."""
    inputs: list[str] = []
    for name in names:
        folded = normalise(name).strip()
        if folded:
            inputs.append(folded)
            inputs.append(folded.replace(" ", ""))
            inputs.extend(w for w in re.split(r"[^\w]+", folded) if len(w) >= 3)
    return tuple(dict.fromkeys(inputs))


# Letters (one word, or an organisation's name of several), then only digits and punctuation:
# Welkom2025!!, Zomer2026!, Zorggroep Rivierland 2024!
_DECORATED_WORD = re.compile(r"([^\W\d_]+(?: [^\W\d_]+)*)[\d\W_]*")


def _decorated_known_word(passphrase: str, user_inputs: Sequence[str]) -> bool:
    match = _DECORATED_WORD.fullmatch(passphrase.strip())
    if match is None:
        return False
    letters = normalise(match.group(1))
    if letters in user_inputs or letters.replace(" ", "") in user_inputs:
        return True
    words = letters.split(" ")
    if len(words) == 1 and letters in _dutch_word_set():
        return True
    # Only the notebook's own names and the common words, in any order (Rivierland Zorggroep 1).
    known = set(user_inputs) | set(common_words())
    return all(w in known for w in words)


@cache
def _dutch_word_set() -> frozenset[str]:
    return frozenset(normalise(w) for w in dutch_words())


def passphrase_strength(passphrase: str, user_inputs: Sequence[str] = ()) -> Strength:
    """Judge a new passphrase: at least 12 characters, not a dressed-up known word, zxcvbn score >= 3.

    ``user_inputs`` are words that make a passphrase easy to guess for someone who knows the
    notebook: pass :func:`organisation_inputs` of its organisations.
    """
    from zxcvbn import zxcvbn  # imported lazily: it loads large word lists

    if not passphrase:
        return Strength(False, 0, "Vul een wachtzin in.", "Enter a passphrase.")
    _zxcvbn_with_dutch()
    inputs = [normalise(i) for i in user_inputs]
    score = int(zxcvbn(passphrase[:ZXCVBN_MAX_LENGTH], user_inputs=inputs)["score"])
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return Strength(
            False,
            min(score, 2),
            f"Te kort: gebruik minstens {MIN_PASSPHRASE_LENGTH} tekens, bijvoorbeeld vijf losse woorden.",
            f"Too short: use at least {MIN_PASSPHRASE_LENGTH} characters, for example five random words.",
        )
    if _decorated_known_word(passphrase, inputs):
        return Strength(
            False,
            min(score, 1),
            "Te makkelijk te raden: één bekend woord met cijfers of tekens erachter wordt als eerste "
            "geprobeerd. Gebruik vijf losse woorden.",
            "Too easy to guess: one known word with digits or symbols after it is among the first "
            "guesses. Use five random words.",
        )
    if score < MIN_ZXCVBN_SCORE:
        return Strength(
            False,
            score,
            f"Te makkelijk te raden (sterkte {score} van 4, minstens {MIN_ZXCVBN_SCORE} nodig): "
            "voeg ongebruikelijke woorden toe, of laat een wachtzin voorstellen.",
            f"Too easy to guess (strength {score} of 4, at least {MIN_ZXCVBN_SCORE} needed): "
            "add uncommon words, or have a passphrase suggested.",
        )
    return Strength(True, score, "Sterk genoeg.", "Strong enough.")


def entropy_bits(words: int, list_size: int) -> float:
    """The entropy of ``words`` words drawn uniformly and independently from ``list_size`` words."""
    return words * math.log2(list_size)


def generate(words: int = GENERATED_WORDS, user_inputs: Sequence[str] = ()) -> Generated:
    """A passphrase of ``words`` random Dutch words joined by spaces, at least 64 bits.

    Draws again in the (vanishingly rare) case that the draw would not pass
    :func:`passphrase_strength` itself, which costs a negligible fraction of a bit.
    """
    pool = generator_words()
    count = max(words, GENERATED_WORDS)
    while entropy_bits(count, len(pool)) < MIN_GENERATED_BITS:
        count += 1
    while True:
        phrase = " ".join(secrets.choice(pool) for _ in range(count))
        if passphrase_strength(phrase, user_inputs).acceptable:
            return Generated(phrase, count, entropy_bits(count, len(pool)))

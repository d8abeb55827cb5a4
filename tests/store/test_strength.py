"""Passphrase strength with Dutch words, names and patterns, and the generator (issue 9 item 5)."""

from __future__ import annotations

import math
import re

import pytest

from vpnotes.store import strength
from vpnotes.store.strength import generate, generator_words, organisation_inputs, passphrase_strength

DUTCH_WEAK = ["Wachtwoord2024!", "Welkom2025!!", "Zomer2026!", "Vertrouwenspersoon1!", "Augustus2025!",
              "Maandag12345!", "Herfst2026!!!", "wachtwoordwachtwoord"]


@pytest.mark.parametrize("passphrase", DUTCH_WEAK)
def test_dutch_password_words_with_years_and_symbols_are_refused(passphrase: str) -> None:
    judged = passphrase_strength(passphrase)
    assert not judged.acceptable
    assert judged.score < strength.MIN_ZXCVBN_SCORE
    assert judged.reason_nl and judged.reason_nl != "Sterk genoeg."


@pytest.mark.parametrize("passphrase", ["Zorggroep Rivierland 2024!", "zorggroeprivierland1!",
                                        "Rivierland Zorggroep 1"])
def test_the_organisations_own_name_is_refused(passphrase: str) -> None:
    names = organisation_inputs(["Zorggroep Rivierland"])
    assert not passphrase_strength(passphrase, names).acceptable


def test_ordinary_dutch_words_count_as_cheap_guesses() -> None:
    # A single ordinary Dutch word with a tail is refused; several random ones are fine.
    assert not passphrase_strength("Boterham2024!!").acceptable
    assert passphrase_strength("paarse giraffe fietst langs zeven molens").acceptable


def test_unrelated_random_words_stay_acceptable_with_organisation_names() -> None:
    names = organisation_inputs(["Zorggroep Rivierland", "Gemeente Achterveld"])
    assert passphrase_strength("kraan fiets molen boter zaaien", names).acceptable


def test_the_generator_draws_five_words_of_at_least_64_bits() -> None:
    pool = generator_words()
    assert len(pool) > 20_000 and all(re.fullmatch(r"[a-z]{4,8}", w) for w in pool[:1000])
    made = generate()
    words = made.passphrase.split(" ")
    assert made.words == len(words) >= 5
    assert all(w in set(pool) for w in words)
    # The entropy is that of a uniform draw: words * log2(size of the list), at least 64 bits.
    assert made.bits == pytest.approx(len(words) * math.log2(len(pool)))
    assert made.bits >= 64
    assert passphrase_strength(made.passphrase).acceptable


def test_the_generator_adds_words_when_the_list_is_too_small(monkeypatch: pytest.MonkeyPatch) -> None:
    small = tuple(f"{a}{b}{c}{d}" for a in "klmn" for b in "aeiou" for c in "prst" for d in "aeiou")  # 400 words
    monkeypatch.setattr(strength, "generator_words", lambda: small)
    made = generate()
    assert made.bits >= 64  # log2(400) = 8.6 bits a word: 8 words needed
    assert made.words == math.ceil(64 / math.log2(len(small)))


def test_draws_differ() -> None:
    assert len({generate().passphrase for _ in range(5)}) == 5

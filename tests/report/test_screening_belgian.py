"""Screening in vlaanderen (DESIGN.md §9): rijksregisternummers and Belgian phone numbers block."""

from __future__ import annotations

from vpnotes.report.screening import Lexicon, TextBlock, screen


def reasons(lexicon: Lexicon, text: str) -> dict[str, str]:
    result = screen([TextBlock("signal:1", "Signaal 1", text)], lexicon)
    return {f.word: f.reason for f in result.blocking}


def test_a_valid_rijksregisternummer_blocks_in_vlaanderen() -> None:
    assert reasons(Lexicon(belgian=True), "Nummer 85.07.30-033.28 in het dossier.") == {
        "85.07.30-033.28": "rijksregisternummer"}
    born_2001 = "010203123" + f"{97 - 2010203123 % 97:02d}"
    assert reasons(Lexicon(belgian=True), f"Nummer {born_2001}.") == {born_2001: "rijksregisternummer"}


def test_an_invalid_rijksregisternummer_passes() -> None:
    assert reasons(Lexicon(belgian=True), "Bestelnummer 85.07.30-033.27 geleverd.") == {}


def test_belgian_phone_numbers_block_in_vlaanderen() -> None:
    found = reasons(Lexicon(belgian=True), "Bel 0475 12 34 56 of +32 2 123 45 67.")
    assert found == {"0475 12 34 56": "belgian_phone", "+32 2 123 45 67": "belgian_phone"}


def test_outside_vlaanderen_the_belgian_patterns_are_not_applied() -> None:
    assert reasons(Lexicon(), "Nummer 85.07.30-033.28, bel 0475 12 34 56.") == {}

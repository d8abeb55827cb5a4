"""Belgian identifiers (DESIGN.md §9): the rijksregisternummer checksum, both variants, and phone numbers."""

from __future__ import annotations

import pytest

from vpnotes.domain.belgian import is_rijksregisternummer, phone_spans, rijksregister_spans


def valid_2000(nine: str) -> str:
    """A number of someone born from 2000 on: the checksum is taken over 2 followed by the nine digits."""
    return nine + f"{97 - int('2' + nine) % 97:02d}"


def test_a_valid_number_before_2000_passes_and_one_wrong_digit_fails() -> None:
    assert is_rijksregisternummer("85073003328")
    assert not is_rijksregisternummer("85073003327")
    assert not is_rijksregisternummer("8507300332")  # ten digits


def test_the_post_2000_variant_with_the_2_prefix_is_recognised() -> None:
    number = valid_2000("010203123")
    assert is_rijksregisternummer(number)
    # The same nine digits with the pre-2000 checksum would be a different check number.
    assert number[9:] != f"{97 - 10203123 % 97:02d}"


@pytest.mark.parametrize("written", ["85.07.30-033.28", "850730 033 28", "85073003328", "85.07.30-033 28"])
def test_numbers_are_found_with_or_without_separators(written: str) -> None:
    text = f"Zijn nummer is {written}, zei hij."
    spans = rijksregister_spans(text)
    assert [text[a:b] for a, b in spans] == [written]


def test_an_invalid_checksum_and_a_longer_number_are_not_found() -> None:
    assert rijksregister_spans("nummer 85.07.30-033.27") == []
    assert rijksregister_spans("factuur 1850730033289") == []


@pytest.mark.parametrize("phone", ["+32 2 123 45 67", "+32 475 12 34 56", "0032 475 123456", "0475 12 34 56",
                                   "0475/12.34.56"])
def test_belgian_phone_numbers_are_found(phone: str) -> None:
    text = f"Bel {phone} morgen."
    assert [text[a:b] for a, b in phone_spans(text)] == [phone]


@pytest.mark.parametrize("text", ["In 2026 waren er 0412 zaken", "tel 020-1234567", "+31 6 12345678"])
def test_dutch_numbers_and_short_numbers_are_not_belgian_phones(text: str) -> None:
    assert phone_spans(text) == []

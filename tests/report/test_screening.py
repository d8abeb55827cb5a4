"""Screening of the report's free texts (DESIGN.md §6, step 3)."""

from __future__ import annotations

from datetime import date

import pytest

from report.report_fixtures import Spec, add_cases
from vpnotes.report.screening import Lexicon, ScreeningResult, TextBlock, build_lexicon, screen
from vpnotes.report.wordlist import is_ordinary, normalise
from vpnotes.store.notebook import Notebook


@pytest.fixture
def lexicon(notebook: Notebook) -> Lexicon:
    add_cases(notebook, [
        Spec(opened=date(2025, 2, 3), name="Anna de Vries", betrokkene="Pieter Groot", email="anna@example.nl",
             phone="06-12345678",
             notes="Bedrijfsarts gebeld. Gesprek met Karel over het Teams-overleg. Daarna met Anna."),
        Spec(opened=date(2025, 3, 4), name="José Çelik", betrokkene="Willem van den Berg"),
        Spec(opened=date(2025, 4, 5), name="Kees de Boer", betrokkene="Fatima El Amrani-Roos"),
    ])
    return build_lexicon(notebook.vault, departments_below_k=["Inkoop en Logistiek"])


def check(lexicon: Lexicon, text: str) -> ScreeningResult:
    return screen([TextBlock("signal:1", "Signaal 1", text)], lexicon)


def blocked(result: ScreeningResult) -> dict[str, str]:
    return {normalise(f.word): f.reason for f in result.blocking}


def warned(result: ScreeningResult) -> dict[str, str]:
    return {normalise(f.word): f.reason for f in result.warnings}


def test_a_full_name_split_across_a_line_break_is_blocked(lexicon: Lexicon) -> None:
    result = check(lexicon, "Na het gesprek met Anna de\nVries bleek dat")
    assert blocked(result) == {"anna de vries": "name"}
    assert result.blocking[0].label == "Signaal 1"
    assert result.blocking[0].word == "Anna de Vries"  # as written, the line break shown as a space


def test_a_name_hyphenated_across_a_line_break_is_blocked(lexicon: Lexicon) -> None:
    result = check(lexicon, "Een klacht over Ce-\nlik kwam binnen.")
    assert "celik" in blocked(result)


@pytest.mark.parametrize("text", ["CELIK", "celik", "Çelik", "ÇELİK"])
def test_surnames_match_whatever_the_case_and_accents(lexicon: Lexicon, text: str) -> None:
    assert blocked(check(lexicon, f"Collega {text} meldde zich.")) == {normalise(text).replace("i̇", "i"): "surname"}


def test_a_first_name_alone_only_warns(lexicon: Lexicon) -> None:
    result = check(lexicon, "Jose en Anna waren erbij.")
    assert not result.blocking
    assert warned(result) == {"jose": "first_name", "anna": "first_name"}


def test_tussenvoegsels_and_ordinary_text_pass(lexicon: Lexicon) -> None:
    text = ("Van de meldingen ging het merendeel over de werkdruk in de teams. In 2026 en in maart 2026 "
            "volgt een nieuwe training van den beginne af aan, ter voorbereiding op het nieuwe beleid.")
    assert check(lexicon, text).clean


@pytest.mark.parametrize("text", ["12 maart 2026", "12 maart", "1e mei", "3 Jan. 2025", "12-03-2026",
                                  "12/3/26", "2026-03-12", "op 31\ndecember"])
def test_dates_with_a_day_are_blocked(lexicon: Lexicon, text: str) -> None:
    assert set(blocked(check(lexicon, f"Het gesprek was {text}.")).values()) == {"date"}


@pytest.mark.parametrize("text", ["2026", "maart 2026", "het eerste kwartaal van 2025", "Q3 2025",
                                  "3 gesprekken in mei", "2025-2026"])
def test_months_and_years_are_allowed(lexicon: Lexicon, text: str) -> None:
    assert check(lexicon, f"Dat was {text}.").clean


def test_surname_parts_that_are_ordinary_words_warn_only_in_lower_case(lexicon: Lexicon) -> None:
    assert is_ordinary("groot") and is_ordinary("boer") and is_ordinary("roos") and is_ordinary("berg")
    relaxed = check(lexicon, "Een groot deel van de werkdruk; een berg werk; een roos voor iedereen.")
    assert not relaxed.blocking
    assert warned(relaxed) == {"groot": "surname_word", "berg": "surname_word", "roos": "surname_word"}
    # Capitalised, or after a tussenvoegsel, the same word is a surname.
    strict = check(lexicon, "Mevrouw Groot sprak met de Boer, later met de boer en van den berg.")
    assert blocked(strict) == {"groot": "surname", "boer": "surname", "berg": "surname"}


def test_surname_parts_that_are_no_ordinary_word_block_in_any_case(lexicon: Lexicon) -> None:
    assert not is_ordinary("amrani")
    assert blocked(check(lexicon, "iets met amrani")) == {"amrani": "surname"}


def test_postcodes_are_case_sensitive(lexicon: Lexicon) -> None:
    assert set(blocked(check(lexicon, "Adres 1234 AB en 5678CD.")).values()) == {"postcode"}
    assert len(check(lexicon, "Adres 1234 AB en 5678CD.").blocking) == 2
    assert check(lexicon, "Er waren 1234 ab en 5678 cd.").clean


def test_bsn_iban_email_phone_and_reference_block(lexicon: Lexicon, notebook: Notebook) -> None:
    reference = notebook.vault.query_one("SELECT reference FROM cases ORDER BY id LIMIT 1")[0]
    text = (f"BSN 111222333, rekening NL91 ABNA 0417 1643 00, mail anna@EXAMPLE.nl, bel +31 6 1234 5678, "
            f"zaak {reference}.")
    assert sorted(blocked(check(lexicon, text)).values()) == ["bsn", "email", "iban", "phone", "reference"]


def test_numbers_that_are_no_bsn_or_phone_pass(lexicon: Lexicon) -> None:
    assert check(lexicon, "Er waren 123456789 euro aan kosten en 450 medewerkers.").clean


def test_an_unknown_email_address_warns(lexicon: Lexicon) -> None:
    assert warned(check(lexicon, "Mail vp@voorbeeld.nl voor een afspraak.")) == {"vp@voorbeeld.nl": "email_address"}


def test_departments_below_k_are_blocked_as_a_whole(lexicon: Lexicon) -> None:
    result = check(lexicon, "Meerdere signalen uit inkoop en\nlogistiek.")
    assert blocked(result) == {"inkoop en logistiek": "department"}
    assert check(lexicon, "De inkoop van materiaal.").clean


def test_capitalised_words_from_the_notes_that_are_no_ordinary_word_warn(lexicon: Lexicon) -> None:
    result = check(lexicon, "Karel gaf aan dat het Teams-overleg zwaar viel.")
    assert warned(result) == {"karel": "notes_word"}


def test_words_capitalised_only_at_the_start_of_a_sentence_do_not_warn(lexicon: Lexicon) -> None:
    # "Bedrijfsarts" is a compound the word list lacks, but it is capitalised by grammar, not as a name.
    assert check(lexicon, "De Bedrijfsarts en de bedrijfsarts.").clean


def test_each_text_is_named_and_findings_carry_no_words_in_their_key_order(lexicon: Lexicon) -> None:
    result = screen([TextBlock("introduction", "Inleiding", "Over Pieter Groot."),
                     TextBlock("signal:9", "Signaal 1", "Anna belde.")], lexicon)
    assert [f.label for f in result.blocking] == ["Inleiding"]
    assert [f.label for f in result.warnings] == ["Signaal 1"]
    assert "Pieter Groot" in result.blocking[0].describe()
    assert result.unacknowledged([result.warnings[0].key]) == ()

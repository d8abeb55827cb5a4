"""Recognising values: labels and synonyms of every code, folded and with small typos."""

from __future__ import annotations

import pytest

from vpnotes.domain.vocabulary import Category, Referral
from vpnotes.interchange.sheet.words import CODED_FIELDS, EXTRA_VALUES, distance, fold, value_lexicon


@pytest.mark.parametrize(("field", "text", "code"), [
    ("categories", "Ongewenste intimiteiten", "seksuele_intimidatie"),
    ("categories", "SI", "seksuele_intimidatie"),
    ("categories", "agressie", "agressie_geweld"),
    ("categories", "Agressie en geweld", "agressie_geweld"),
    ("categories", "Seksuele intimidatie", "seksuele_intimidatie"),
    ("categories", "Sexual harassment", "seksuele_intimidatie"),
    ("categories", "DISCRIMINATIE", "discriminatie"),
    ("kind", "vraag", "advies"),
    ("kind", "Melding", "melding"),
    ("referrals", "HR/P&O", "hr"),
    ("referrals", "P&O", "hr"),
    ("referrals", "BA", "bedrijfsarts"),
    ("referrals", "bedrijfsmaatschappelijk werk", "maatschappelijk_werk"),
    ("referrals", "klachtcommisie", "klachtencommissie"),  # typo
    ("referrals", "Klachtencommissie", "klachtencommissie"),
    ("referrals", "Huisarts of psycholoog", "huisarts_psycholoog"),
    ("betrokkene.relation", "Cliënt", "klant_client"),
    ("betrokkene.relation", "client", "klant_client"),
    ("melder.role", "Uitzendkracht", "flexwerker"),
    ("melder.role", "Stagiaire", "stagiair"),
    ("contacts.mode", "telefonisch", "telefoon"),
    ("outcomes", "Informeel opgelost", "informeel_opgelost"),
])
def test_values_are_recognised(field: str, text: str, code: str) -> None:
    assert value_lexicon(field).match(text) == code


@pytest.mark.parametrize(("field", "text"), [("categories", "Overlast"), ("kind", "xyz"), ("referrals", "B"),
                                             ("categories", "pest")])
def test_unknown_and_too_short_words_are_not_guessed(field: str, text: str) -> None:
    assert value_lexicon(field).match(text) is None


def test_every_code_and_label_of_the_vocabulary_is_known() -> None:
    for field, enum in CODED_FIELDS.items():
        lexicon = value_lexicon(field)
        for member in enum:
            assert lexicon.match(member.value) == member.value
            assert lexicon.match(member.label_nl) == member.value or member.label_nl in ("Overig", "Onbekend")


def test_the_extra_synonyms_table_may_name_codes_the_vocabulary_lacks() -> None:
    # bedreiging arrives with interchange v2: until then its words place nothing.
    lexicon = value_lexicon("categories")
    known = {member.value for member in Category}
    assert ("bedreiging" in known) == (lexicon.match("bedreigd") == "bedreiging")
    assert set(EXTRA_VALUES["referrals"]) - {r.value for r in Referral} <= {"veilig_thuis"}


def test_folding_and_distance() -> None:
    assert fold("  Cliënt/Klant ") == "client klant"
    assert fold("HR/P&O") == "hr p o"
    assert distance("klachtcommisie", "klachtcommissie", 2) == 1
    assert distance("ab", "ba", 1) == 1
    assert distance("kort", "heel lang woord", 2) == 3

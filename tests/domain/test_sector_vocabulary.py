"""Sector vocabulary (DESIGN.md §9): the new codes, the labels a sector gives a code, what a sector offers."""

from __future__ import annotations

import pytest

from vpnotes.domain.vocabulary import (
    Category,
    FollowUpKind,
    FormalStepKind,
    MelderRole,
    Referral,
    Relation,
    Sector,
    Vocab,
    label,
    label_en,
    label_nl,
    offered,
)
from vpnotes.i18n import set_language


@pytest.mark.parametrize(("code", "werk", "onderwijs", "vlaanderen"), [
    (MelderRole.MEDEWERKER, "Medewerker", "Personeelslid", "Werknemer"),
    (MelderRole.LEIDINGGEVENDE, "Leidinggevende", "Leidinggevende", "Lid van de hiërarchische lijn"),
    (Category.PESTEN, "Pesten", "Pesten", "Pesterijen"),
    (Category.SEKSUELE_INTIMIDATIE, "Seksuele intimidatie", "Seksuele intimidatie",
     "Ongewenst seksueel gedrag op het werk"),
    (Category.AGRESSIE_GEWELD, "Agressie en geweld", "Agressie en geweld", "Geweld"),
    (Category.WERKDRUK, "Werkdruk", "Werkdruk", "Stress en burn-out"),
    (Category.ARBEIDSCONFLICT, "Arbeidsconflict", "Conflict", "Conflict"),
    (Category.OVERIG, "Overig", "Overig", "Andere psychosociale risico's"),
    (Referral.ARBEIDSINSPECTIE, "Nederlandse Arbeidsinspectie", "Inspectie van het Onderwijs",
     "Toezicht Welzijn op het Werk"),
    (Referral.COLLEGE_RECHTEN_MENS, "College voor de Rechten van de Mens", "College voor de Rechten van de Mens",
     "Unia of Instituut voor de gelijkheid van vrouwen en mannen"),
    (Referral.HUIS_VOOR_KLOKKENLUIDERS, "Huis voor Klokkenluiders", "Huis voor Klokkenluiders",
     "Federale Ombudsman (klokkenluiders)"),
])
def test_the_labels_of_the_sector_table(code: Vocab, werk: str, onderwijs: str, vlaanderen: str) -> None:
    assert [label_nl(code, s) for s in Sector] == [werk, onderwijs, vlaanderen]
    assert label_nl(code) == werk == code.label_nl  # no sector: as before


def test_english_labels_follow_the_sector_and_differ_where_the_dutch_do() -> None:
    assert label_en(Category.WERKDRUK, Sector.VLAANDEREN) == "Stress and burn-out"
    set_language("en")
    try:
        assert label(MelderRole.MEDEWERKER, "onderwijs") == "Staff member"
        assert label(MelderRole.MEDEWERKER, None) == "Employee"
    finally:
        set_language(None)
    # One English source string per Dutch label: the Qt translation looks labels up by their English text.
    dutch_of: dict[str, str] = {}
    for cls in Vocab.__subclasses__():
        for code in cls:
            for sector in Sector:
                english, dutch = label_en(code, sector), label_nl(code, sector)
                assert dutch_of.setdefault(english, dutch) == dutch, english


def test_the_new_codes_exist_with_labels_in_every_sector() -> None:
    new = [Category.BEDREIGING, Category.ONDERWIJSKUNDIG, Category.SCHOOLORGANISATIE, Category.THUISSITUATIE,
           MelderRole.LEERLING, MelderRole.STUDENT, MelderRole.OUDER, Relation.DOCENT, Relation.MEDELEERLING,
           Relation.OUDER, Referral.VERTROUWENSINSPECTEUR, Referral.VEILIG_THUIS, Referral.PREVENTIEADVISEUR_PSA,
           FormalStepKind.FORMELE_PSI]
    for code in new:
        for sector in Sector:
            assert label_nl(code, sector) and label_en(code, sector)
    assert label_nl(Category.BEDREIGING) == "Bedreiging"


def test_each_sector_offers_its_own_codes() -> None:
    werk, school, vl = (set(offered(Category, s)) for s in Sector)
    assert Category.BEDREIGING in werk & school & vl
    assert Category.THUISSITUATIE in school and Category.THUISSITUATIE not in werk | vl
    assert MelderRole.LEERLING in offered(MelderRole, Sector.ONDERWIJS)
    assert MelderRole.LEERLING not in offered(MelderRole, Sector.WERK)
    assert Relation.MEDELEERLING in offered(Relation, Sector.ONDERWIJS)
    assert Referral.VEILIG_THUIS in offered(Referral, Sector.WERK)
    assert Referral.VEILIG_THUIS not in offered(Referral, Sector.VLAANDEREN)
    assert Referral.PREVENTIEADVISEUR_PSA in offered(Referral, Sector.VLAANDEREN)
    assert Referral.KLACHTENCOMMISSIE not in offered(Referral, Sector.VLAANDEREN)
    assert FormalStepKind.MELDING_MISSTAND not in offered(FormalStepKind, Sector.VLAANDEREN)
    assert FormalStepKind.FORMELE_PSI in offered(FormalStepKind, Sector.VLAANDEREN)
    assert FollowUpKind.WBK_TERUGKOPPELING not in offered(FollowUpKind, Sector.VLAANDEREN)


def test_a_werk_notebook_is_offered_exactly_the_codes_it_had_plus_bedreiging_and_veilig_thuis() -> None:
    assert [c.value for c in offered(Category, Sector.WERK)] == [
        "pesten", "seksuele_intimidatie", "intimidatie", "agressie_geweld", "discriminatie", "integriteit",
        "werkdruk", "arbeidsconflict", "bedreiging", "overig"]
    assert list(offered(MelderRole, Sector.WERK)) == [r for r in MelderRole if r.value not in
                                                     {"leerling", "student", "ouder"}]


def test_a_stored_code_is_still_shown_where_the_sector_does_not_offer_it() -> None:
    codes = offered(Referral, Sector.VLAANDEREN, keep=[Referral.KLACHTENCOMMISSIE])
    assert Referral.KLACHTENCOMMISSIE in codes
    assert codes.index(Referral.KLACHTENCOMMISSIE) == 0  # in vocabulary order

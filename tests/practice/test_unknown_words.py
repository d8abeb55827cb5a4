"""Which words of a casus the VP is asked to check: neither ordinary Dutch nor known to the
notebook (codes, nicknames, internal and street names), while ordinary compounds pass."""

from __future__ import annotations

from vpnotes.practice.unknown_words import unknown_words
from vpnotes.report.screening import TextBlock


def _flagged(text: str) -> list[str]:
    return [finding.word for finding in unknown_words([TextBlock("summary:0", "dag 1, samenvatting", text)])]


def test_codes_and_proper_names_warn_ordinary_words_and_compounds_pass() -> None:
    text = ("Melder noemt project PRJ-42 en team Xyloon. Afspraak in de Hoogstraat na het teamleidersoverleg. "
            "Collega's van HR pesten haar; ziekmelding, re-integratietraject en bedrijfsarts besproken.")
    assert _flagged(text) == ["PRJ", "Xyloon", "Hoogstraat"]


def test_a_capitalised_compound_opening_a_sentence_is_an_ordinary_word() -> None:
    assert _flagged("Teamleidersoverleg was gisteren. Pestgedrag duurt al maanden.") == []


def test_numbers_placeholders_and_vocabulary_pass() -> None:
    text = "[melder] sprak 45 minuten met [betrokkene 1] over seksuele intimidatie in 2026; doorverwezen."
    assert _flagged(text) == []


def test_each_word_once_per_text_with_every_place() -> None:
    findings = unknown_words([TextBlock("notes:0", "dag 3, notities", "Xyloon zei: Xyloon weet het.")])
    assert [(f.word, len(f.spans)) for f in findings] == [("Xyloon", 2)]
    assert findings[0].describe() == ("dag 3, notities: “Xyloon” (geen gewoon Nederlands woord en niet bekend "
                                      "in het notitieboek)")

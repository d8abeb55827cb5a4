"""The proposal for a realistic registration: title rows skipped, every column placed
by its header or its values, values mapped by labels and synonyms (typos too), crosses
read as categories, and everything it could not place listed instead of guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.sheets import HEADER, ROWS, convert_with_libreoffice, sheet_rows, write_csv, write_xlsx
from vpnotes.interchange.sheet import Target, propose, read_sheet
from vpnotes.interchange.sheet.mapping import parse

ACME = Target({"acme": "Acme BV"})
EXPECTED_COLUMNS = {
    "Nr": "reference", "Datum eerste gesprek": "opened", "Soort": "kind", "Onderwerp": "categories",
    "Naam": "melder.name", "Afdeling": "melder.department", "Functie": "melder.role",
    "Aantal gesprekken": "contacts.count", "Totale tijd (min)": "contacts.minutes",
    "Doorverwezen naar": "referrals", "Afgerond op": "closed", "Opmerkingen": "notes",
    "Pesten": "categories:pesten", "Discriminatie": "categories:discriminatie",
}


def test_realistic_sheet_is_placed_completely(tmp_path: Path) -> None:
    sheet = read_sheet(write_xlsx(tmp_path / "reg.xlsx", sheet_rows()))
    proposal = propose(sheet, ACME)
    m = proposal.mapping
    assert m.header_row == 4  # below the merged title, the organisation line and an empty row
    assert m.columns == EXPECTED_COLUMNS
    assert m.organisation == "acme"  # the notebook's only organisation
    assert m.consent is None  # consent is the VP's decision, never proposed
    assert m.values["kind"] == {"Melding": "melding", "Vraag": "advies", "Signaal": "signaal", "Advies": "advies"}
    assert m.values["categories"] == {"Ongewenste intimiteiten": "seksuele_intimidatie",
                                      "Agressie": "agressie_geweld", "Ruzie": "arbeidsconflict",
                                      "SI": "seksuele_intimidatie", "Werkdruk": "werkdruk", "pesten": "pesten"}
    assert m.values["referrals"] == {"Bedrijfsarts": "bedrijfsarts", "HR/P&O": "hr", "BA": "bedrijfsarts",
                                     "klachtcommisie": "klachtencommissie",
                                     "bedrijfsmaatschappelijk werk": "maatschappelijk_werk"}
    assert m.values["melder.role"]["Uitzendkracht"] == "flexwerker"
    assert proposal.unplaced_columns == [] and proposal.unplaced_values == []
    assert proposal.needs_choice == ["consent"]
    assert parse(m.to_document()) == m  # the proposal is a valid mapping file


def test_unplaced_values_and_columns_are_listed_not_guessed(tmp_path: Path) -> None:
    rows = [[*row] for row in ROWS]
    rows[1][3] = "Overlast"  # no code
    rows[2][2] = ""  # no kind
    header = [*HEADER, "Kleur map"]
    rows[0].extend([""] * (len(header) - len(rows[0]) - 1) + ["blauw"])
    sheet = read_sheet(write_csv(tmp_path / "reg.csv", [header, *rows]))
    proposal = propose(sheet, Target({"acme": "Acme BV", "beta": "Beta NV"}))
    m = proposal.mapping
    assert m.header_row == 1
    assert m.values["categories"]["Overlast"] is None
    assert m.values["kind"][""] is None  # what an empty kind means is the VP's choice
    assert m.columns["Kleur map"] == "ignore"
    assert proposal.unplaced_columns == ["Kleur map"]
    assert ("categories", "Overlast") in proposal.unplaced_values and ("kind", "") in proposal.unplaced_values
    assert m.organisation is None and "organisation" in proposal.needs_choice  # two organisations: VP decides
    notes = [nl for nl, _ in proposal.notes()]
    assert "Waarde 'Overlast' bij 'categories' hoort nog bij geen code." in notes
    assert "Kolom 'Kleur map' is niet geplaatst (voorstel: negeren)." in notes


def test_english_headers_and_values(tmp_path: Path) -> None:
    rows = [["Case", "Date opened", "Type", "Category", "Name", "Department", "Role", "Referred to", "Closed",
             "Notes"],
            ["A1", "2025-02-03", "Advice", "Bullying", "X Y", "Sales", "Employee", "Company doctor", "2025-03-01",
             "note"],
            ["A2", "2025-02-10", "Report", "Sexual harassment, Discrimination", "", "Sales", "Manager", "", "", ""]]
    proposal = propose(read_sheet(write_csv(tmp_path / "en.csv", rows, delimiter=",")), ACME)
    assert proposal.mapping.columns == {
        "Case": "ignore", "Date opened": "opened", "Type": "kind", "Category": "categories", "Name": "melder.name",
        "Department": "melder.department", "Role": "melder.role", "Referred to": "referrals", "Closed": "closed",
        "Notes": "notes"}
    assert proposal.mapping.values["categories"] == {"Bullying": "pesten", "Sexual harassment": "seksuele_intimidatie",
                                                     "Discrimination": "discriminatie"}
    assert proposal.unplaced_columns == ["Case"]


def test_columns_are_placed_by_their_values_when_the_header_says_nothing(tmp_path: Path) -> None:
    rows = [["Wanneer", "Wat", "Hoe", "Kolom 4"],
            ["14-01-2025", "Pesten", "telefonisch", "melding"],
            ["15-01-2025", "Discriminatie", "Teams", "advies"]]
    proposal = propose(read_sheet(write_csv(tmp_path / "v.csv", rows)), ACME)
    assert proposal.mapping.columns == {"Wanneer": "opened", "Wat": "categories", "Hoe": "contacts.mode",
                                        "Kolom 4": "kind"}


@pytest.mark.slow
def test_the_same_proposal_from_an_ods_copy(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "reg.xlsx", sheet_rows())
    ods = convert_with_libreoffice(source, "ods", tmp_path)
    proposal = propose(read_sheet(ods), ACME)
    assert proposal.mapping.header_row == 4
    assert proposal.mapping.columns == EXPECTED_COLUMNS


def test_a_plain_row_number_is_not_taken_for_a_reference(tmp_path: Path) -> None:
    rows = [["Nr", "Datum", "Soort", "Categorie"], [1, "14-01-2025", "Melding", "Pesten"],
            [2, "15-01-2025", "Vraag", "SI"]]
    proposal = propose(read_sheet(write_xlsx(tmp_path / "nr.xlsx", rows, merge_title=False)), ACME)
    assert proposal.mapping.columns["Nr"] == "ignore" and proposal.unplaced_columns == ["Nr"]


def test_a_yes_no_column_under_a_date_header_is_not_taken_for_dates(tmp_path: Path) -> None:
    rows = [["Datum", "Soort", "Categorie", "Afgerond"], ["14-01-2025", "Melding", "Pesten", "ja"],
            ["15-01-2025", "Vraag", "SI", "nee"]]
    proposal = propose(read_sheet(write_csv(tmp_path / "yn.csv", rows)), ACME)
    assert proposal.mapping.columns["Afgerond"] == "ignore" and proposal.unplaced_columns == ["Afgerond"]
    assert proposal.mapping.columns["Datum"] == "opened"


def test_time_in_hours_is_not_taken_for_minutes(tmp_path: Path) -> None:
    rows = [["Datum", "Soort", "Categorie", "Tijd (uren)"], ["14-01-2025", "Melding", "Pesten", "1,5"]]
    proposal = propose(read_sheet(write_csv(tmp_path / "h.csv", rows)), ACME)
    assert proposal.mapping.columns["Tijd (uren)"] == "ignore" and proposal.unplaced_columns == ["Tijd (uren)"]

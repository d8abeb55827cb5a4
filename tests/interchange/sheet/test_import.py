"""Bringing the rows in: the cases equal those of a hand-written interchange file of
the same rows; all or nothing with every problem listed by row and column; the
skeleton choice drops every identifying column; the log holds the file name and
counts only."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from helpers import new_notebook
from helpers.sheets import HEADER, ROWS, sheet_rows, write_csv, write_xlsx
from vpnotes import interchange
from vpnotes.errors import InvalidInput
from vpnotes.interchange.sheet import Mapping, Target, check, fingerprint, import_checked, propose, read_sheet
from vpnotes.store.notebook import Notebook

TODAY = date(2026, 1, 10)


def _contacts(day: str, minutes: list[int], notes: str | None = None) -> list[dict[str, Any]]:
    contacts: list[dict[str, Any]] = [{"date": day, "minutes": m, "mode": "persoonlijk"} for m in minutes]
    if notes:
        contacts[0]["notes"] = notes
    return contacts


# The rows of helpers.sheets.ROWS as a VP would write them by hand in interchange v1.
HAND_WRITTEN: dict[str, Any] = {"format": "vpnotes-interchange", "version": 1, "cases": [
    {"reference": "2025-01", "organisation": "acme", "kind": "melding", "categories": ["seksuele_intimidatie"],
     "opened": "2025-01-14", "closed": "2025-03-03",
     "melder": {"role": "medewerker", "name": "Anna de Vries", "department": "Financiën"},
     "contacts": _contacts("2025-01-14", [30, 30, 30], "Wil geen formele klacht"), "referrals": ["bedrijfsarts"]},
    {"reference": "2025-02", "organisation": "acme", "kind": "advies", "categories": ["agressie_geweld", "pesten"],
     "opened": "2025-02-04", "melder": {"role": "leidinggevende", "name": "Bram Jansen", "department": "Logistiek"},
     "contacts": _contacts("2025-02-04", [30])},
    {"reference": "2025-03", "organisation": "acme", "kind": "melding",
     "categories": ["arbeidsconflict", "discriminatie"], "opened": "2025-03-14", "closed": "2025-06-30",
     "melder": {"role": "flexwerker", "name": "Chris Bakker", "department": "ICT"},
     "contacts": _contacts("2025-03-14", [23, 23]), "referrals": ["hr", "bedrijfsarts"]},
    {"reference": "2025-04", "organisation": "acme", "kind": "signaal", "categories": ["seksuele_intimidatie"],
     "opened": "2025-04-01", "melder": {"role": "stagiair", "department": "Zorg"},
     "contacts": _contacts("2025-04-01", [0]), "referrals": ["klachtencommissie"]},
    {"reference": "2025-05", "organisation": "acme", "kind": "advies",
     "categories": ["werkdruk", "pesten", "discriminatie"], "opened": "2025-06-04", "closed": "2025-12-12",
     "melder": {"role": "medewerker", "name": "Dirk Smit", "department": "Financiën"},
     "contacts": _contacts("2025-06-04", [60, 60, 60, 60]), "referrals": ["maatschappelijk_werk"]},
]}


def _mapping(sheet_path: Path, consent: str = "registered") -> Mapping:
    mapping = propose(read_sheet(sheet_path), Target({"acme": "Acme BV"})).mapping
    mapping.consent = consent
    return mapping


def _import(notebook: Notebook, path: Path, mapping: Mapping) -> Any:
    checked = check(read_sheet(path), mapping, Target.of(notebook), today=TODAY, file_id=fingerprint(path))
    assert checked.ok, checked.problem_lines()
    return checked, import_checked(notebook, checked, str(path))


def _cases(notebook: Notebook) -> list[dict[str, Any]]:
    return sorted(interchange.export_document(notebook)["cases"], key=lambda c: c.get("reference") or "")


@pytest.mark.parametrize("form", ["xlsx", "csv-cp1252"])
def test_the_cases_equal_a_hand_written_interchange_file(tmp_path: Path, notebook: Notebook, form: str) -> None:
    if form == "xlsx":
        path = write_xlsx(tmp_path / "reg.xlsx", sheet_rows())
    else:
        path = write_csv(tmp_path / "reg.csv", sheet_rows(), encoding="cp1252")
    checked, result = _import(notebook, path, _mapping(path))
    assert result.cases == 5
    assert checked.month_only == [(8, "Datum eerste gesprek")]  # 'apr 2025' is listed in the preview
    expected = new_notebook(tmp_path / "expected.vpnotes")
    interchange.import_data(expected, interchange.parse(HAND_WRITTEN))
    assert _cases(notebook) == _cases(expected)
    expected.close()


def test_the_import_is_logged_with_file_name_and_counts_only(tmp_path: Path, notebook: Notebook) -> None:
    path = write_xlsx(tmp_path / "registratie 2025.xlsx", sheet_rows())
    _import(notebook, path, _mapping(path))
    entry = notebook.audit.entries()[-1]
    assert entry.event == "imported"
    assert entry.detail == "sheet file=registratie 2025.xlsx cases=5 skipped=0 consent=registered"


def test_skeleton_consent_drops_every_identifying_column(tmp_path: Path, notebook: Notebook) -> None:
    path = write_xlsx(tmp_path / "reg.xlsx", sheet_rows())
    checked, result = _import(notebook, path, _mapping(path, "skeleton"))
    assert result.cases == 5
    assert checked.dropped_columns == ["Nr", "Naam", "Afdeling", "Opmerkingen"]
    assert any("Niet overgenomen (herleidbaar): 'Nr', 'Naam', 'Afdeling', 'Opmerkingen'" in line
               for line in checked.summary_lines())
    exported = json.dumps(interchange.export_document(notebook), ensure_ascii=False)
    for word in ("Anna", "Bram", "Financiën", "Logistiek", "Zorg", "formele klacht", "2025-01-14", "2025-06-04"):
        assert word not in exported
    cases = interchange.export_document(notebook)["cases"]
    assert all(case["purged"] and "reference" not in case for case in cases)
    first = next(c for c in cases if c["opened"] == "2025-01" and c["kind"] == "melding")
    assert first["melder"] == {"role": "medewerker", "position": "zelf"}
    assert first["contacts"] == [{"date": "2025-01", "minutes": 30, "mode": "persoonlijk", "party": "melder"}] * 3
    # The same sheet read in again is recognised, not counted twice.
    again = check(read_sheet(path), _mapping(path, "skeleton"), Target.of(notebook), today=TODAY,
                  file_id=fingerprint(path))
    assert [p.message for p in again.problems][:1] == ["rij 5: deze rij is al eerder ingelezen"]


def test_one_bad_row_among_thousands_writes_nothing(tmp_path: Path, notebook: Notebook) -> None:
    good = ["", "14-01-2025", "Melding", "Pesten", "", "Zorg", "Medewerker", 1, 30, "", "", "", "", ""]
    rows = [list(good) for _ in range(3000)]
    rows[2345][10] = "01-01-2025"  # closed before opened
    path = write_csv(tmp_path / "many.csv", [HEADER, *rows])
    mapping = _mapping(path)
    before = notebook.vault.path.read_bytes()
    checked = check(read_sheet(path), mapping, Target.of(notebook), today=TODAY)
    assert [p.message for p in checked.problems] == [
        "rij 2347, kolom 'Afgerond op': de sluitdatum ligt vóór de openingsdatum"]
    with pytest.raises(InvalidInput, match="niets ingelezen"):
        import_checked(notebook, checked, str(path))
    assert notebook.vault.query("SELECT count(*) FROM cases")[0][0] == 0
    assert notebook.vault.path.read_bytes() == before


def test_problems_name_row_and_column_and_stop_at_fifty(tmp_path: Path, notebook: Notebook) -> None:
    rows = [[*row] for row in ROWS]
    rows[0][1] = "31-02-2024"  # no such date
    rows[1][1] = "14-1-25"  # two-digit year
    rows[2][10] = "1-1-2030"  # in the future
    rows[3][3] = "Overlast"  # a value that maps to no code
    rows[4][7] = "veel"  # not a number
    mapping = _mapping(write_xlsx(tmp_path / "good.xlsx", sheet_rows()))  # last year's mapping
    path = write_xlsx(tmp_path / "bad.xlsx", sheet_rows(rows))
    checked = check(read_sheet(path), mapping, Target.of(notebook), today=TODAY)
    assert [p.message for p in checked.problems] == [
        "rij 5, kolom 'Datum eerste gesprek': '31-02-2024' is geen datum",
        "rij 6, kolom 'Datum eerste gesprek': '14-1-25': schrijf het jaartal met vier cijfers",
        "rij 7, kolom 'Afgerond op': 01-01-2030 ligt in de toekomst",
        "rij 8, kolom 'Onderwerp': 'Overlast' hoort bij geen enkele code; koppel de waarde",
        "rij 9, kolom 'Aantal gesprekken': 'veel' is geen getal",
    ]
    many = [[*ROWS[1]] for _ in range(80)]
    for row in many:
        row[0], row[1] = "", "morgen"
    path = write_csv(tmp_path / "many.csv", sheet_rows(many, title=False))
    checked = check(read_sheet(path), _mapping(path), Target.of(notebook), today=TODAY)
    lines = checked.problem_lines()
    assert len(lines) == 51 and lines[-1] == "... en nog 30 problemen."


def test_a_value_left_undecided_is_a_problem(tmp_path: Path, notebook: Notebook) -> None:
    path = write_xlsx(tmp_path / "reg.xlsx", sheet_rows())
    mapping = _mapping(path)
    mapping.values["kind"]["Vraag"] = None
    mapping.consent = None
    checked = check(read_sheet(path), mapping, Target.of(notebook), today=TODAY)
    messages = [p.message for p in checked.problems]
    assert messages[0].startswith("Kies de toestemming")
    assert "rij 6, kolom 'Soort': de waarde 'Vraag' is nog niet aan een code gekoppeld" in messages


def test_empty_rows_and_repeated_headers_are_skipped_and_counted(tmp_path: Path, notebook: Notebook) -> None:
    rows = [ROWS[0], [], HEADER, ROWS[1], ["", "", ""], ROWS[2]]
    path = write_xlsx(tmp_path / "gaps.xlsx", sheet_rows(rows))
    checked = check(read_sheet(path), _mapping(path), Target.of(notebook), today=TODAY)
    assert checked.ok and len(checked.cases) == 3
    assert (checked.empty_rows, checked.header_repeats) == (2, 1)
    assert checked.rows == [5, 8, 10]


def test_a_reference_already_in_the_notebook_or_twice_in_the_sheet(tmp_path: Path, notebook: Notebook) -> None:
    path = write_xlsx(tmp_path / "reg.xlsx", sheet_rows())
    _import(notebook, path, _mapping(path))
    rows = [ROWS[0], [*ROWS[1][:0], "X-1", *ROWS[1][1:]], [*ROWS[2][:0], "X-1", *ROWS[2][1:]]]
    path2 = write_xlsx(tmp_path / "reg2.xlsx", sheet_rows(rows))
    checked = check(read_sheet(path2), _mapping(path2), Target.of(notebook), today=TODAY)
    assert [p.message for p in checked.problems] == [
        "rij 5, kolom 'Nr': dit kenmerk staat al in het notitieboek",
        "rij 7, kolom 'Nr': dit kenmerk staat ook in rij 6",
    ]


def test_a_subject_column_becomes_the_case_title(tmp_path: Path, notebook: Notebook) -> None:
    rows = [["Datum", "Soort", "Categorie", "Onderwerp"],
            ["14-01-2025", "Melding", "Pesten", "Ruzie over het rooster in de nachtdienst"],
            ["15-01-2025", "Vraag", "Werkdruk", "Vraag over overwerk"]]
    path = write_csv(tmp_path / "titles.csv", rows)
    mapping = _mapping(path)
    assert mapping.columns["Onderwerp"] == "title"  # free text under a subject header is no category
    _import(notebook, path, mapping)
    titles = sorted(t for (t,) in notebook.vault.query("SELECT title FROM cases"))
    assert titles == ["Ruzie over het rooster in de nachtdienst", "Vraag over overwerk"]
    skeleton_path = write_csv(tmp_path / "titles2.csv", [rows[0], ["16-01-2025", "Melding", "Pesten", "Geheim"]])
    _import(notebook, skeleton_path, _mapping(skeleton_path, "skeleton"))
    assert notebook.vault.query("SELECT count(*) FROM cases WHERE title = 'Geheim'")[0][0] == 0


def test_a_sheet_without_a_kind_column_asks_once_then_takes_the_chosen_kind(tmp_path: Path,
                                                                            notebook: Notebook) -> None:
    rows = [["Datum", "Categorie"], ["14-01-2025", "Pesten"], ["15-01-2025", ""], ["16-01-2025", "SI"]]
    path = write_csv(tmp_path / "nokind.csv", rows)
    mapping = _mapping(path)
    assert mapping.values["kind"] == {"": None} and mapping.values["categories"][""] is None
    checked = check(read_sheet(path), mapping, Target.of(notebook), today=TODAY)
    assert [p.message for p in checked.problems] == [
        "Er is geen kolom voor 'kind': kies één waarde voor alle rijen (values.kind.\"\").",
        "rij 3, kolom 'Categorie': leeg; kies wat een lege cel betekent",
    ]
    mapping.values["kind"][""] = "melding"
    mapping.values["categories"][""] = "overig"
    checked, result = _import(notebook, path, mapping)
    assert result.cases == 3
    assert sorted(c.categories[0].value for c in checked.cases) == ["overig", "pesten", "seksuele_intimidatie"]
    assert {c.kind.value for c in checked.cases} == {"melding"}

"""Full-text search as the VP uses it: diacritics-insensitive, prefix matching,
harmless with odd input, and always in step with edits and deletions (deleted
text is no longer found, neither through search nor left in the file).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook, run_cli, sample_case
from vpnotes.domain.model import Betrokkene, Contact, FollowUp, Melder
from vpnotes.domain.vocabulary import ContactMode, MelderRole, Relation
from vpnotes.store.notebook import Notebook


def add(notebook: Notebook, name: str, notes: str = "", **changes: object) -> int:
    case = sample_case(melder=Melder(role=MelderRole.MEDEWERKER, name=name), **changes)
    if notes:
        case.contacts[0].notes = notes
    return notebook.cases.add(case)


def test_diacritics_insensitive_both_ways(notebook: Notebook) -> None:
    cafe = add(notebook, "Anna Bakker", notes="Afspraak in het café bij de hoofdingang")
    jose = add(notebook, "José Fernández")
    plain = add(notebook, "Jose Garcia")
    turkish = add(notebook, "Çiğdem Öztürk-de Vries")
    assert notebook.cases.search("cafe") == [cafe]
    assert notebook.cases.search("café") == [cafe]
    assert set(notebook.cases.search("Jose")) == {jose, plain}
    assert set(notebook.cases.search("josé")) == {jose, plain}
    assert notebook.cases.search("fernandez") == [jose]
    assert notebook.cases.search("cigdem ozturk") == [turkish]
    assert notebook.cases.search("ÖZTÜRK") == [turkish]
    assert notebook.cases.search("vries") == [turkish]


def test_prefix_and_all_words(notebook: Notebook) -> None:
    first = add(notebook, "Marieke Jansen", notes="Conflict met teamleider over roosters")
    second = add(notebook, "Mark Jansen", notes="Roosterproblemen")
    assert set(notebook.cases.search("mar")) == {first, second}
    assert notebook.cases.search("marie") == [first]
    assert set(notebook.cases.search("rooster")) == {first, second}
    assert notebook.cases.search("jansen teamlei") == [first]  # every word must match
    assert notebook.cases.search("jansen onbekendwoord") == []


@pytest.mark.parametrize(
    "query",
    ['"', "*", "AND", "OR NOT", "NEAR(a b)", "anna OR", "^anna", "text:anna", "anna -bakker", "(", "'",
     "a\"b", "\x00", "{ } [ ]", "+", "-", "  ", ""],
)
def test_fts_operators_in_user_input_are_harmless(notebook: Notebook, query: str) -> None:
    add(notebook, "Anna Bakker", notes="Gesprek over text en AND-poort")
    result = notebook.cases.search(query)  # never raises
    assert isinstance(result, list)


def test_operators_are_searched_as_words(notebook: Notebook) -> None:
    anna = add(notebook, "Anna Bakker")
    other = add(notebook, "Piet Post", notes="niets")
    assert notebook.cases.search("anna OR piet") == []  # OR is a word that must occur, not an operator
    assert notebook.cases.search('"anna"') == [anna]
    assert notebook.cases.search("anna*") == [anna]
    assert notebook.cases.search("NOT anna") == []
    assert notebook.cases.search("post") == [other]


def test_search_covers_every_free_text(notebook: Notebook) -> None:
    case = sample_case(reference="2026-077")
    case.melder.email = "unieke.mail@voorbeeld.nl"
    case.melder.phone = "0612345678"
    case.melder.department = "Logistiek"
    case.betrokkenen = [Betrokkene(relation=Relation.COLLEGA, name="Bertus Betrokkene", department="Magazijn")]
    case.contacts[0].summary = "Samenvattingwoord"
    case.followups = [FollowUp(due=date(2026, 2, 1), text="Opvolgwoord")]
    cid = notebook.cases.add(case)
    for word in ("unieke", "voorbeeld", "0612345678", "logistiek", "bertus", "magazijn", "samenvattingwoord",
                 "opvolgwoord", "2026-077"):
        assert notebook.cases.search(word) == [cid], word


def test_index_follows_edits(notebook: Notebook) -> None:
    cid = add(notebook, "Anna Bakker")
    case = notebook.cases.get(cid)
    case.melder.name = "Bram Smit"
    notebook.cases.save(case)
    assert notebook.cases.search("anna") == []
    assert notebook.cases.search("bram") == [cid]
    contact = Contact(date=date(2026, 2, 2), minutes=30, mode=ContactMode.TELEFOON, notes="Vergadering verschoven")
    notebook.items.add_contact(cid, contact)
    assert notebook.cases.search("vergadering") == [cid]
    contact.notes = "Afspraak gemaakt"
    notebook.items.update_contact(cid, contact)
    assert notebook.cases.search("vergadering") == []
    assert notebook.cases.search("afspraak") == [cid]
    followup = FollowUp(due=date(2026, 3, 1), text="Evaluatiegesprek")
    notebook.items.add_followup(cid, followup)
    assert notebook.cases.search("evaluatie") == [cid]
    notebook.items.delete_followup(cid, followup.id or 0)
    assert notebook.cases.search("evaluatie") == []


def test_contact_deletion_removes_its_text(notebook: Notebook) -> None:
    cid = add(notebook, "Anna Bakker")
    contact = Contact(date=date(2026, 2, 2), minutes=30, mode=ContactMode.VIDEO, notes="Zwartboekwoord")
    notebook.items.add_contact(cid, contact)
    assert notebook.cases.search("zwartboek") == [cid]
    notebook.items.delete_contact(cid, contact.id or 0)
    assert notebook.cases.search("zwartboek") == []
    assert notebook.cases.search("anna") == [cid]  # the rest of the case is still found


def test_case_deletion_removes_it_from_search(notebook: Notebook) -> None:
    keep = add(notebook, "Kees Blijft")
    gone = add(notebook, "Gerrit Weg", notes="Verdwijnwoord")
    notebook.cases.delete(gone)
    assert notebook.cases.search("gerrit") == []
    assert notebook.cases.search("verdwijnwoord") == []
    assert notebook.cases.search("kees") == [keep]
    assert notebook.vault.query_one("SELECT count(*) FROM search_index WHERE search_index MATCH 'gerrit'")[0] == 0


def test_deleted_text_leaves_no_trace_in_the_index_after_compact(notebook: Notebook) -> None:
    gone = add(notebook, "Gerrit Weg", notes="Verdwijnwoord")
    add(notebook, "Kees Blijft")
    notebook.cases.delete(gone)
    notebook.vault.compact()
    # The index's own term list (fts5vocab) no longer holds the erased words.
    conn = notebook.vault.conn
    conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search_index, 'row')")
    terms = {row[0] for row in conn.execute("SELECT term FROM temp.terms")}
    conn.execute("DROP TABLE temp.terms")
    assert "kees" in terms
    assert "gerrit" not in terms and "verdwijnwoord" not in terms


def test_results_newest_first(notebook: Notebook) -> None:
    old = add(notebook, "Anna Oud", opened=date(2025, 1, 1), contacts=[])
    new = add(notebook, "Anna Nieuw", opened=date(2026, 3, 1), contacts=[])
    assert notebook.cases.search("anna") == [new, old]
    assert notebook.cases.search("anna", limit=1) == [new]


def test_search_command_prints_references_only(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:
        add(notebook, "José Fernández", reference="2026-005")
        add(notebook, "Anna Bakker", reference="2026-006")
    result = run_cli("search", str(path), "jose", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "2026-005\n"
    result = run_cli("search", str(path), "niemand", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0
    assert result.stdout == ""

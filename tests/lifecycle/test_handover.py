"""Handover to a successor: what the copy holds, what it leaves out (down to the
decrypted pages), its audit log, its passphrase rules and equal past figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from helpers import OTHER_PASSPHRASE, PASSPHRASE
from helpers.lifecycle_data import (
    add_organisation,
    add_work,
    planted_case,
    planted_tokens,
    report_figures,
    year_figures,
)
from helpers.rawpages import tokens_found
from vpnotes.domain.model import Contact, Organisation
from vpnotes.domain.vocabulary import ContactMode, Sector
from vpnotes.errors import DestinationExists, InvalidInput, WeakPassphrase, WrongPassphrase
from vpnotes.lifecycle.backup import backup_folder
from vpnotes.lifecycle.handover import destroy_notebook, handover, open_cases_without_consent, plan_handover
from vpnotes.lifecycle.passphrase import change_passphrase, must_change_passphrase
from vpnotes.store.audit import GENESIS
from vpnotes.store.notebook import Notebook

HANDOVER_PASSPHRASE = "oranje kameel danst rond elf vuurtorens"


@pytest.fixture
def filled(notebook: Notebook) -> dict[str, int]:
    add_organisation(notebook, "globex")
    ids = {
        "whole": notebook.cases.add(planted_case("qzwhole", closed=None, handover=True)),
        "noconsent": notebook.cases.add(planted_case("qznocons", closed=None)),
        "closed": notebook.cases.add(planted_case("qzclosed", handover=True)),
        "other": notebook.cases.add(planted_case("xqglobex", organisation="globex", closed=None, handover=True)),
    }
    add_work(notebook, "acme", "qzacme")
    add_work(notebook, "globex", "xqglobexwork")
    notebook.policy.set("retention_years", 4)
    notebook.policy.set("min_cell.acme", 7)
    return ids


def fts_terms(notebook: Notebook) -> set[str]:
    conn = notebook.vault.conn
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, search_index, 'row')")
    return {row[0] for row in conn.execute("SELECT term FROM temp.vocab")}


def test_copy_holds_consented_open_cases_whole_and_skeletons_of_the_rest(
        notebook: Notebook, filled: dict[str, int], tmp_path: Path) -> None:
    original = {key: notebook.cases.get(case_id) for key, case_id in filled.items()}
    result = handover(notebook, tmp_path / "successor.vpnotes", HANDOVER_PASSPHRASE, organisations=["acme"])
    assert (result.whole, result.skeletons, result.organisations) == (1, 2, ["acme"])
    with Notebook.open(result.path, HANDOVER_PASSPHRASE) as successor:
        cases = {c.uid: c for c in successor.cases.all()}
        whole = cases[original["whole"].uid]
        expected = original["whole"]
        assert (whole.reference, whole.melder, whole.betrokkenen, whole.contacts, whole.followups) == (
            expected.reference, expected.melder, expected.betrokkenen, expected.contacts, expected.followups)
        assert whole.consent == expected.consent and not whole.purged
        for key in ("noconsent", "closed"):
            skeleton = cases[original[key].uid]
            assert skeleton.purged and skeleton.reference is None and skeleton.melder.name is None
            assert all(c.notes is None and c.summary is None for c in skeleton.contacts)
            assert skeleton.categories == original[key].categories
        assert set(cases) == {original[k].uid for k in ("whole", "noconsent", "closed")}
        assert [o.key for o in successor.organisations.all()] == ["acme"]
        assert successor.policy.get("retention_years") == 4 and successor.policy.get("min_cell.acme") == 7
        assert [a.description for a in successor.work.activities()] == ["qzacmevoorlichting"]
        assert [s.text for s in successor.work.signals()] == ["qzacmesignaal"]
        assert successor.work.expenses() == []  # the predecessor's own accounts stay behind
        assert successor.cases.search("qzwholenotitie") == [whole.id]
        assert successor.check() == []


def test_nothing_of_excluded_cases_or_organisations_is_recoverable(
        notebook: Notebook, filled: dict[str, int], tmp_path: Path) -> None:
    removed = [*planted_tokens("qznocons"), *planted_tokens("qzclosed"), *planted_tokens("xqglobex"),
               "xqglobexworkvoorlichting", "xqglobexworksignaal", "qzacmereis", "Globex BV"]
    # Positive control: all of it is in the predecessor's pages.
    assert set(tokens_found(notebook.vault.path, PASSPHRASE, removed)) == set(removed)
    dest = tmp_path / "successor.vpnotes"
    handover(notebook, dest, HANDOVER_PASSPHRASE, organisations=["acme"])
    with Notebook.open(dest, HANDOVER_PASSPHRASE, record=False) as successor:
        for token in ("qznocons", "qzclosedmelder", "xqglobexnotitie", "qznoconsnotitie"):
            assert successor.cases.search(token) == []
        assert not [t for t in fts_terms(successor) if t.startswith(("qznocons", "qzclosed", "xqglobex"))]
        assert any(t.startswith("qzwhole") for t in fts_terms(successor))
        assert successor.vault.query_one("PRAGMA freelist_count")[0] == 0
    assert tokens_found(dest, HANDOVER_PASSPHRASE, removed) == []
    assert set(tokens_found(dest, HANDOVER_PASSPHRASE, planted_tokens("qzwhole"))) == set(planted_tokens("qzwhole"))


def test_both_audit_logs_record_the_handover_and_link(notebook: Notebook, filled: dict[str, int],
                                                      tmp_path: Path) -> None:
    last_before = notebook.audit.entries()[-1].hash
    dest = tmp_path / "successor.vpnotes"
    handover(notebook, dest, HANDOVER_PASSPHRASE)
    mine = notebook.audit.entries()[-1]
    assert mine.event == "handover" and mine.prev_hash == last_before
    assert mine.detail == "organisations=2 cases=2 skeletons=2"
    with Notebook.open(dest, HANDOVER_PASSPHRASE) as successor:
        entries = successor.audit.entries()
        assert entries[0].event == "handover" and entries[0].prev_hash == last_before
        assert entries[0].hash == mine.hash  # the same event, forked from the same point
        assert [e.event for e in entries[1:]] == ["opened"]
        assert successor.check() == []
    assert notebook.check() == []


def test_audit_chain_without_its_first_entries_is_broken(notebook: Notebook) -> None:
    notebook.audit.record("checked", "ok")
    notebook.audit.record("checked", "ok")
    assert notebook.audit.entries()[0].prev_hash == GENESIS
    with notebook.vault.transaction() as conn:
        conn.execute("DELETE FROM audit WHERE id = 1")
    assert notebook.check() != []


def test_handover_copy_demands_a_new_passphrase_at_first_open(notebook: Notebook, filled: dict[str, int],
                                                              tmp_path: Path) -> None:
    dest = tmp_path / "successor.vpnotes"
    handover(notebook, dest, HANDOVER_PASSPHRASE)
    assert not must_change_passphrase(notebook)
    with Notebook.open(dest, HANDOVER_PASSPHRASE) as successor:
        assert must_change_passphrase(successor)
        change_passphrase(successor, OTHER_PASSPHRASE, current_passphrase=HANDOVER_PASSPHRASE)
        assert not must_change_passphrase(successor)
    with pytest.raises(WrongPassphrase):
        Notebook.open(dest, HANDOVER_PASSPHRASE)
    with Notebook.open(dest, OTHER_PASSPHRASE) as successor:
        assert not must_change_passphrase(successor)


def test_handover_copy_does_not_carry_the_predecessors_backup_folder(notebook: Notebook, tmp_path: Path) -> None:
    mine = tmp_path / "kopieen van de voorganger"
    mine.mkdir()
    notebook.policy.set("backup.folder", str(mine))
    notebook.policy.set("backup.keep", "5")
    dest = tmp_path / "successor.vpnotes"
    handover(notebook, dest, HANDOVER_PASSPHRASE)
    assert notebook.policy.get("backup.folder") == str(mine)
    with Notebook.open(dest, HANDOVER_PASSPHRASE) as successor:
        assert successor.policy.get("backup.folder") == ""
        assert successor.policy.get("backup.keep") == 5  # the rest of the policy goes along
        assert backup_folder(successor) != mine


def test_handover_passphrase_rules_and_destination(notebook: Notebook, filled: dict[str, int],
                                                   tmp_path: Path) -> None:
    dest = tmp_path / "successor.vpnotes"
    with pytest.raises(WeakPassphrase):
        handover(notebook, dest, "kort")
    with pytest.raises(InvalidInput):
        handover(notebook, dest, PASSPHRASE)  # the successor must not learn the predecessor's passphrase
    with pytest.raises(InvalidInput):
        handover(notebook, dest, HANDOVER_PASSPHRASE, organisations=["initech"])
    assert not dest.exists()
    dest.write_bytes(b"")
    with pytest.raises(DestinationExists):
        handover(notebook, dest, HANDOVER_PASSPHRASE)
    assert dest.read_bytes() == b""


def test_wizard_lists_open_cases_without_consent(notebook: Notebook, filled: dict[str, int]) -> None:
    assert [s.id for s in open_cases_without_consent(notebook)] == [filled["noconsent"]]
    assert open_cases_without_consent(notebook, ["globex"]) == []
    plan = plan_handover(notebook, ["acme"])
    assert (plan.whole, plan.skeletons, [s.id for s in plan.without_consent]) == (1, 2, [filled["noconsent"]])


def test_successor_figures_for_last_year_equal_the_original(notebook: Notebook, tmp_path: Path) -> None:
    kinds = ["advies", "melding", "signaal"]
    for index in range(9):
        opened = date(2025, 1 + index, 3 + index)
        case = planted_case(f"qz{'abcdefghi'[index]}", opened=opened,
                            closed=None if index % 3 == 0 else date(2025, 12, 15), handover=index % 2 == 0)
        case.kind = type(case.kind)(kinds[index % 3])
        notebook.cases.add(case)
    carried = notebook.cases.add(planted_case("xqcarry", opened=date(2024, 11, 5), closed=None))
    notebook.items.add_contact(carried, Contact(date(2025, 2, 10), 60, ContactMode.VIDEO, notes="xqcarrylater"))
    before = year_figures(notebook, "acme", 2025)
    report_before = report_figures(notebook, "acme", 2025)
    dest = tmp_path / "successor.vpnotes"
    handover(notebook, dest, HANDOVER_PASSPHRASE)
    with Notebook.open(dest, HANDOVER_PASSPHRASE) as successor:
        assert year_figures(successor, "acme", 2025) == before
        assert report_figures(successor, "acme", 2025) == report_before  # the report's own counting
        assert year_figures(successor, "acme", 2024) == year_figures(notebook, "acme", 2024)
    assert before["cases"] == 10 and report_before["current"]["cases"][0] == 10


def test_destroy_after_handover_removes_the_notebook_and_its_backups(notebook: Notebook, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from vpnotes.lifecycle.backup import auto_backup, backup

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    manual = backup(notebook, tmp_path / "manual.vpnotes")
    automatic = auto_backup(notebook)
    assert automatic is not None
    unrelated = tmp_path / "notes.txt"
    unrelated.write_text("blijft")
    path = notebook.vault.path
    assert destroy_notebook(notebook) == 3
    assert not path.exists() and not manual.exists() and not automatic.exists() and unrelated.exists()


def test_the_register_travels_whole_with_its_organisation_only(notebook: Notebook, tmp_path: Path) -> None:
    for key in ("gent", "brugge"):
        notebook.organisations.add(Organisation(key=key, name=key.title(), sector=Sector.VLAANDEREN))
    notebook.register.add("gent", recorded=date(2026, 1, 5), description="Klant qzgentreg dreigde",
                          declarant="Wim Claes")
    notebook.register.add("gent", recorded=date(2026, 1, 6), description="Tweede")
    notebook.register.erase("gent", [2])
    notebook.register.add("brugge", recorded=date(2026, 1, 7), description="Patiënt xqbruggereg sloeg")
    dest = tmp_path / "successor.vpnotes"
    handover(notebook, dest, HANDOVER_PASSPHRASE, organisations=["gent"])
    with Notebook.open(dest, HANDOVER_PASSPHRASE) as successor:
        entries = successor.register.entries("gent", erased=True)
        assert [(e.number, e.erased, e.declarant) for e in entries] == [(1, False, "Wim Claes"), (2, True, None)]
        assert successor.register.add("gent", recorded=date(2026, 2, 1), description="Nieuw").number == 3
    assert tokens_found(dest, HANDOVER_PASSPHRASE, ["qzgentreg", "xqbruggereg"]) == ["qzgentreg"]

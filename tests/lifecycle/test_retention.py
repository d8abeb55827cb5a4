"""Retention: what is due, the skeleton left in place, and that nothing of an
erased case survives in search, the FTS index or the decrypted pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from helpers import PASSPHRASE
from helpers.lifecycle_data import add_work, planted_case, planted_tokens, report_figures, year_figures
from helpers.rawpages import tokens_found
from vpnotes import interchange
from vpnotes.errors import InvalidInput
from vpnotes.lifecycle.retention import descriptions_due, due_for_purge, purge
from vpnotes.store.notebook import Notebook


def fts_terms(notebook: Notebook) -> set[str]:
    conn = notebook.vault.conn
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, search_index, 'row')")
    return {row[0] for row in conn.execute("SELECT term FROM temp.vocab")}


def test_due_respects_closing_period_and_hold(notebook: Notebook) -> None:
    old = notebook.cases.add(planted_case("qzold", closed=date(2023, 5, 31)))
    notebook.cases.add(planted_case("qzrecent", closed=date(2024, 10, 1)))
    notebook.cases.add(planted_case("qzopen", closed=None))
    notebook.cases.add(planted_case("qzhold", closed=date(2021, 11, 10), hold=True))
    # Two years after 2023-05-31 is 2025-05-31: due that day, not the day before.
    assert [d.id for d in due_for_purge(notebook, date(2025, 5, 30))] == []
    assert [d.id for d in due_for_purge(notebook, date(2025, 5, 31))] == [old]
    notebook.policy.set("retention_years", 1)
    assert [d.id for d in due_for_purge(notebook, date(2025, 10, 1))] == [old, old + 1]


def test_purge_refuses_a_case_that_is_not_due(notebook: Notebook) -> None:
    held = notebook.cases.add(planted_case("qzhold", closed=date(2021, 11, 10), hold=True))
    open_case = notebook.cases.add(planted_case("qzopen", closed=None))
    for case_id in (held, open_case, 9999):
        with pytest.raises(InvalidInput):
            purge(notebook, [case_id], today=date(2026, 1, 1))
    assert not notebook.cases.get(held).purged
    assert notebook.cases.get(held).melder.name == "Xaviera qzholdmelder"


def test_purge_leaves_the_skeleton_in_place(notebook: Notebook) -> None:
    case_id = notebook.cases.add(planted_case("qzgone", closed=date(2023, 2, 1)))
    uid = notebook.cases.get(case_id).uid
    purge(notebook, [case_id], today=date(2026, 1, 1))
    case = notebook.cases.get(case_id)
    assert case.purged and case.uid == uid and case.reference is None
    assert (case.melder.name, case.melder.email, case.melder.phone, case.melder.department,
            case.melder.gender) == (None, None, None, None, None)
    assert case.melder.role.value == "medewerker" and case.melder.position.value == "getuige"
    assert [(b.relation.value, b.name, b.department) for b in case.betrokkenen] == [("leidinggevende", None, None)]
    assert [(c.minutes, c.summary, c.notes) for c in case.contacts] == [(45, None, None), (30, None, None)]
    assert case.followups == [] and case.consent.sharing == []
    assert case.confidentiality_breach is None and case.retention_hold is None
    assert [s.kind.value for s in case.formal_steps] == ["formele_klacht"]
    # Dates are stored as months, as the store does for purged cases.
    rows = notebook.vault.query("SELECT opened, closed FROM cases WHERE id = ?", (case_id,))
    assert rows == [("2021-03", "2023-02")]
    assert notebook.vault.query("SELECT date FROM contacts WHERE case_id = ? ORDER BY id", (case_id,)) == [
        ("2021-03",), ("2021-09",)]
    assert notebook.vault.query("SELECT date FROM formal_steps WHERE case_id = ?", (case_id,)) == [("2021-03",)]
    # The export shows it as a valid skeleton that imports again elsewhere.
    document = interchange.export_document(notebook)
    assert document["cases"][0]["purged"] is True and "reference" not in document["cases"][0]
    interchange.parse(document)
    assert notebook.audit.entries()[-1].event == "purge"
    assert notebook.audit.entries()[-1].detail == "cases=1 descriptions=0"


def test_no_token_of_a_purged_case_survives(notebook: Notebook, tmp_path: Path) -> None:
    gone = notebook.cases.add(planted_case("qzgone", closed=date(2023, 2, 1)))
    notebook.cases.add(planted_case("xqkept", closed=None))
    tokens = planted_tokens("qzgone")
    path = notebook.vault.path
    # Positive control: the scan sees the planted text before the purge.
    assert notebook.cases.search("qzgonenotitie") == [gone]
    assert set(tokens_found(path, PASSPHRASE, tokens)) == set(tokens)
    purge(notebook, [gone], today=date(2026, 1, 1))
    for token in ("qzgonenotitie", "qzgonemelder", "qzgoneafdeling", "qzgonebetrokkene", "qzgoneactiepunt"):
        assert notebook.cases.search(token) == []
    assert not [t for t in fts_terms(notebook) if t.startswith("qzgone")]
    assert notebook.cases.search("xqkeptnotitie") != []  # the rest of the index still works
    assert notebook.vault.query_one("PRAGMA freelist_count")[0] == 0
    journal = Path(f"{path}-journal")  # kept open in exclusive mode, but truncated after each transaction
    assert not journal.exists() or journal.stat().st_size == 0
    notebook.close()
    assert not journal.exists()
    assert tokens_found(path, PASSPHRASE, tokens) == []
    assert set(tokens_found(path, PASSPHRASE, planted_tokens("xqkept"))) == set(planted_tokens("xqkept"))


def test_descriptions_are_erased_after_the_retention_period(notebook: Notebook) -> None:
    add_work(notebook, "acme", "qzold", day=date(2023, 3, 1))
    add_work(notebook, "acme", "qznew", day=date(2025, 3, 1))
    activities, expenses = descriptions_due(notebook, date(2025, 3, 1))
    assert len(activities) == 1 and len(expenses) == 1
    result = purge(notebook, [], today=date(2025, 3, 1))
    assert (result.cases, result.descriptions) == (0, 2)
    assert [(a.date.year, a.hours, a.description) for a in notebook.work.activities()] == [
        (2023, 2.5, None), (2025, 2.5, "qznewvoorlichting")]
    assert [(e.amount_cents, e.description) for e in notebook.work.expenses()] == [
        (2340, None), (2340, "qznewreis")]
    path = notebook.vault.path
    notebook.close()
    assert tokens_found(path, PASSPHRASE, ["qzoldvoorlichting", "qzoldreis"]) == []


def test_past_figures_survive_the_purge(notebook: Notebook) -> None:
    for index in range(6):
        tag = f"qz{'abcdef'[index]}"
        notebook.cases.add(planted_case(tag, opened=date(2023 + index % 2, 1 + index, 10),
                                        closed=date(2024, 11, 1)))
    notebook.cases.add(planted_case("xqopen", opened=date(2024, 2, 3), closed=None))
    before = {year: year_figures(notebook, "acme", year) for year in (2023, 2024)}
    report_before = report_figures(notebook, "acme", 2024)
    due = due_for_purge(notebook, date(2027, 1, 1))
    assert len(due) == 6
    purge(notebook, [d.id for d in due], today=date(2027, 1, 1))
    after = {year: year_figures(notebook, "acme", year) for year in (2023, 2024)}
    assert after == before
    assert report_figures(notebook, "acme", 2024) == report_before  # this year and the previous one
    assert before[2024]["cases"] == 4 and before[2023]["cases"] == 3

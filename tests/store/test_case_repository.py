"""The case repository as the UI and the CLI use it: the case list's summary
columns (last contact, next open follow-up), whole-case loading, delete and
undo, and generated references.
"""

from __future__ import annotations

from datetime import date

from helpers import sample_case
from vpnotes.domain.model import Contact, FollowUp, Melder, RetentionHold
from vpnotes.domain.vocabulary import CaseKind, Category, ContactMode, MelderRole
from vpnotes.store.notebook import Notebook


def test_summaries_show_last_contact_and_next_open_followup(notebook: Notebook) -> None:
    busy = sample_case(
        contacts=[Contact(date=date(2026, 1, 14), minutes=30, mode=ContactMode.PERSOONLIJK),
                  Contact(date=date(2026, 3, 2), minutes=10, mode=ContactMode.TELEFOON),
                  Contact(date=date(2026, 2, 1), minutes=10, mode=ContactMode.VIDEO)],
        followups=[FollowUp(due=date(2026, 3, 1), text="al gedaan", done=date(2026, 2, 27)),
                   FollowUp(due=date(2026, 4, 9), text="later"),
                   FollowUp(due=date(2026, 3, 20), text="eerst")],
        retention_hold=RetentionHold("klacht loopt"),
    )
    quiet = sample_case(opened=date(2026, 2, 1), contacts=[], closed=date(2026, 2, 2),
                        categories=[Category.WERKDRUK, Category.OVERIG], kind=CaseKind.ADVIES)
    done = sample_case(opened=date(2025, 5, 1), contacts=[],
                       followups=[FollowUp(due=date(2025, 6, 1), text="klaar", done=date(2025, 6, 1))])
    busy_id, quiet_id, done_id = (notebook.cases.add(c) for c in (busy, quiet, done))
    summaries = {s.id: s for s in notebook.cases.summaries()}
    assert [s.id for s in notebook.cases.summaries()] == [quiet_id, busy_id, done_id]  # newest first
    assert summaries[busy_id].last_contact == date(2026, 3, 2)
    assert summaries[busy_id].next_followup == date(2026, 3, 20)
    assert summaries[busy_id].on_hold and summaries[busy_id].melder_name == "Anna de Vries"
    assert summaries[quiet_id].last_contact is None and summaries[quiet_id].next_followup is None
    assert summaries[quiet_id].categories == [Category.WERKDRUK, Category.OVERIG]
    assert summaries[quiet_id].closed == date(2026, 2, 2) and not summaries[quiet_id].on_hold
    assert summaries[done_id].next_followup is None
    assert {s.organisation for s in summaries.values()} == {"acme"}


def test_summaries_follow_changes(notebook: Notebook) -> None:
    cid = notebook.cases.add(sample_case())
    followup = FollowUp(due=date(2026, 2, 1), text="bellen")
    notebook.items.add_followup(cid, followup)
    notebook.items.add_contact(cid, Contact(date=date(2026, 1, 30), minutes=5, mode=ContactMode.TELEFOON))
    [summary] = notebook.cases.summaries()
    assert (summary.last_contact, summary.next_followup) == (date(2026, 1, 30), date(2026, 2, 1))
    notebook.items.set_followup_done(followup.id or 0, date(2026, 2, 1))
    assert notebook.cases.summaries()[0].next_followup is None


def test_whole_case_round_trips_through_the_store(notebook: Notebook) -> None:
    case = sample_case(reference="2026-042")
    case.melder = Melder(role=MelderRole.LEIDINGGEVENDE, name="Çiğdem Öztürk-de Vries", email="c@example.nl")
    cid = notebook.cases.add(case)
    loaded = notebook.cases.get(cid)
    assert loaded.melder == case.melder
    assert loaded.contacts == case.contacts
    assert loaded.reference == "2026-042" and loaded.uid == case.uid
    assert notebook.cases.all() == [loaded]


def test_delete_and_undo_keep_identity(notebook: Notebook) -> None:
    cid = notebook.cases.add(sample_case())
    deleted = notebook.cases.delete(cid)
    assert notebook.cases.all() == [] and notebook.cases.search("anna") == []
    assert notebook.vault.query_one("SELECT count(*) FROM contacts")[0] == 0
    new_id = notebook.cases.restore(deleted)
    restored = notebook.cases.get(new_id)
    assert (restored.reference, restored.uid) == (deleted.reference, deleted.uid)
    assert notebook.cases.search("anna") == [new_id]


def test_generated_references_count_per_year(notebook: Notebook) -> None:
    refs = [notebook.cases.get(notebook.cases.add(sample_case(opened=day, contacts=[]))).reference
            for day in (date(2026, 1, 1), date(2026, 5, 1), date(2025, 12, 31), date(2026, 6, 1))]
    assert refs == ["2026-001", "2026-002", "2025-001", "2026-003"]


def test_undoing_a_delete_brings_back_the_cases_avg_requests(notebook: Notebook) -> None:
    from vpnotes.domain.model import AvgRequest
    from vpnotes.domain.vocabulary import AvgRequestKind

    case_id = notebook.cases.add(sample_case())
    notebook.items.record_avg_request(AvgRequest(AvgRequestKind.INZAGE, date(2026, 2, 1), case_id=case_id))
    deleted = notebook.cases.delete(case_id)
    assert notebook.items.avg_requests()[0].case_id is None  # unlinked while the case is gone
    restored = notebook.cases.restore(deleted)
    requests = notebook.items.avg_requests()
    assert [(r.case_id, r.kind, r.received) for r in requests] == [(restored, AvgRequestKind.INZAGE, date(2026, 2, 1))]

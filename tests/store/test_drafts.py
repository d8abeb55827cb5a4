"""Drafts kept in the vault across a lock (issue 9 item 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook, sample_case
from vpnotes.errors import InvalidInput
from vpnotes.store.notebook import Notebook


def test_a_draft_survives_closing_and_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:
        case_id = notebook.cases.add(sample_case())
        draft_id = notebook.drafts.save("contact", case_id, {"summary": "qzconcept over de nachtdienst", "minutes": 45})
    assert b"qzconcept" not in path.read_bytes()
    with Notebook.open(path, PASSPHRASE) as notebook:
        [draft] = notebook.drafts.all()
        assert (draft.id, draft.kind, draft.case_id) == (draft_id, "contact", case_id)
        assert draft.payload == {"summary": "qzconcept over de nachtdienst", "minutes": 45}
        notebook.drafts.delete(draft_id)
        assert notebook.drafts.all() == [] and notebook.drafts.count() == 0


def test_replacing_keeps_one_draft_and_deleting_the_case_deletes_its_draft(tmp_path: Path) -> None:
    with new_notebook(tmp_path / "v.vpnotes") as notebook:
        case_id = notebook.cases.add(sample_case())
        first = notebook.drafts.save("followup", case_id, {"text": "a"})
        second = notebook.drafts.save("followup", case_id, {"text": "b"}, replaces=first)
        assert [d.id for d in notebook.drafts.all()] == [second]
        notebook.drafts.save("case", None, {"name": "x"})
        notebook.cases.delete(case_id)
        assert [d.kind for d in notebook.drafts.all()] == ["case"]


def test_a_draft_of_a_deleted_case_is_kept_without_the_case(tmp_path: Path) -> None:
    with new_notebook(tmp_path / "v.vpnotes") as notebook:
        draft_id = notebook.drafts.save("contact", 999, {"summary": "s"})
        assert notebook.drafts.all()[0].case_id is None and notebook.drafts.all()[0].id == draft_id


def test_a_runaway_draft_is_refused_with_a_message(tmp_path: Path) -> None:
    with new_notebook(tmp_path / "v.vpnotes") as notebook, pytest.raises(InvalidInput):
        notebook.drafts.save("contact", None, {"notes": "x" * 1_100_000})


def test_a_handover_copy_carries_no_drafts(tmp_path: Path) -> None:
    from vpnotes.lifecycle.handover import handover

    with new_notebook(tmp_path / "v.vpnotes") as notebook:
        case_id = notebook.cases.add(sample_case())
        notebook.drafts.save("contact", case_id, {"summary": "qzhalf getypt"})
        handover(notebook, tmp_path / "opvolger.vpnotes", "oranje kameel danst rond elf vuurtorens")
        assert notebook.drafts.count() == 1  # her own notebook keeps it
    with Notebook.open(tmp_path / "opvolger.vpnotes", "oranje kameel danst rond elf vuurtorens") as copy:
        assert copy.drafts.all() == []

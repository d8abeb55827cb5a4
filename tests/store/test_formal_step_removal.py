"""Removing a formal step recorded by mistake also removes the Wbk checks it brought."""

from __future__ import annotations

from datetime import date

from helpers import sample_case
from vpnotes.domain.model import FormalStep
from vpnotes.domain.vocabulary import FollowUpKind, FormalStepKind
from vpnotes.store.notebook import Notebook


def _wbk(notebook: Notebook, case_id: int) -> list[FollowUpKind]:
    return [f.kind for f in notebook.cases.get(case_id).followups if f.kind is not FollowUpKind.ACTIE]


def test_deleting_a_melding_misstand_removes_its_open_wbk_followups(notebook: Notebook) -> None:
    case_id = notebook.cases.add(sample_case())
    step = FormalStep(kind=FormalStepKind.MELDING_MISSTAND, date=date(2026, 2, 3))
    notebook.items.add_formal_step(case_id, step)
    assert len(_wbk(notebook, case_id)) == 2
    assert step.id is not None
    notebook.items.delete_formal_step(case_id, step.id)
    case = notebook.cases.get(case_id)
    assert case.formal_steps == []
    assert _wbk(notebook, case_id) == []


def test_a_wbk_followup_already_done_is_kept(notebook: Notebook) -> None:
    case_id = notebook.cases.add(sample_case())
    step = FormalStep(kind=FormalStepKind.MELDING_MISSTAND, date=date(2026, 2, 3))
    ack, _feedback = notebook.items.add_formal_step(case_id, step)
    assert ack.id is not None and step.id is not None
    notebook.items.set_followup_done(ack.id, date(2026, 2, 9))
    notebook.items.delete_formal_step(case_id, step.id)
    assert _wbk(notebook, case_id) == [FollowUpKind.WBK_ONTVANGSTBEVESTIGING]

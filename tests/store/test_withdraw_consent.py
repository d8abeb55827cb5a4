"""Cases.withdraw_registration_consent: without consent to registration a case
keeps only its statistical skeleton, erased in one step, search index included."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import sample_case
from vpnotes.domain import rules
from vpnotes.domain.model import (
    Betrokkene,
    ConfidentialityBreach,
    FollowUp,
    Melder,
    RetentionHold,
)
from vpnotes.domain.vocabulary import Gender, MelderPosition, MelderRole, Relation
from vpnotes.errors import InvalidInput
from vpnotes.store.notebook import Notebook


def test_withdrawal_erases_identifying_content_and_keeps_the_skeleton(notebook: Notebook) -> None:
    case = sample_case(
        melder=Melder(role=MelderRole.LEIDINGGEVENDE, name="Zoë Ëlberg", email="z@example.nl", phone="0612345678",
                      position=MelderPosition.GETUIGE, department="Financiën", gender=Gender.V),
        betrokkenen=[Betrokkene(relation=Relation.COLLEGA, name="Pieter Bakker", department="Inkoop")],
        followups=[FollowUp(due=date(2026, 2, 1), text="Bellen met Pieter")],
        confidentiality_breach=ConfidentialityBreach(date(2026, 1, 20), "Veilig Thuis"),
        retention_hold=RetentionHold("Klacht loopt"),
    )
    case.contacts[0].notes = "koffieautomaat"
    case_id = notebook.cases.add(case)

    returned = notebook.cases.withdraw_registration_consent(case_id)
    stored = notebook.cases.get(case_id)

    assert returned == stored
    assert rules.identifying_paths(stored) == []
    assert not stored.consent.registration and stored.consent.registration_date is None
    # The statistics and the VP's handles stay.
    assert (stored.reference, stored.opened, stored.melder.role, stored.melder.position) == (
        case.reference, date(2026, 1, 14), MelderRole.LEIDINGGEVENDE, MelderPosition.GETUIGE)
    assert [b.relation for b in stored.betrokkenen] == [Relation.COLLEGA]
    assert [(c.date, c.minutes) for c in stored.contacts] == [(date(2026, 1, 14), 45)]
    assert [f.due for f in stored.followups] == [date(2026, 2, 1)]
    for word in ("Elberg", "Bakker", "koffieautomaat", "Intake", "Financien", "Veilig", "Klacht"):
        assert notebook.cases.search(word) == [], word
    assert notebook.cases.search(case.reference or "") == [case_id]


def test_a_case_without_consent_then_refuses_identifying_data(notebook: Notebook) -> None:
    case_id = notebook.cases.add(sample_case())
    notebook.cases.withdraw_registration_consent(case_id)
    case = notebook.cases.get(case_id)
    case.melder.name = "Anna"
    with pytest.raises(InvalidInput) as refused:
        notebook.cases.save(case)
    assert "melder.name" in refused.value.message
    assert notebook.cases.get(case_id).melder.name is None

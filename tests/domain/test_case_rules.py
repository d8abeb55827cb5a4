"""The domain's rules as the notebook applies them: the Wbk follow-ups after a
melding misstand (with month clipping), the AVG one-month answer, consent to
registration, and the date checks; import generates no follow-ups.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import sample_case
from vpnotes import interchange
from vpnotes.domain import dates, rules
from vpnotes.domain.model import AvgRequest, Betrokkene, Consent, Contact, FollowUp, FormalStep
from vpnotes.domain.vocabulary import AvgRequestKind, ContactMode, FollowUpKind, FormalStepKind, Relation
from vpnotes.errors import InvalidInput
from vpnotes.store.notebook import Notebook


@pytest.mark.parametrize(
    ("melding", "ack", "feedback"),
    [
        (date(2026, 2, 3), date(2026, 2, 10), date(2026, 5, 10)),
        # D+7 = 31 January; + 3 months clips to 30 April.
        (date(2026, 1, 24), date(2026, 1, 31), date(2026, 4, 30)),
        # D+7 = 31 October 2027; + 3 months is 31 January 2028.
        (date(2027, 10, 24), date(2027, 10, 31), date(2028, 1, 31)),
        # D+7 = 30 November 2027; + 3 months = 29 February 2028 (leap year).
        (date(2027, 11, 23), date(2027, 11, 30), date(2028, 2, 29)),
        # D+7 = 30 November 2026; + 3 months clips to 28 February 2027.
        (date(2026, 11, 23), date(2026, 11, 30), date(2027, 2, 28)),
    ],
)
def test_melding_misstand_creates_the_two_wbk_followups(
    notebook: Notebook, melding: date, ack: date, feedback: date
) -> None:
    cid = notebook.cases.add(sample_case(opened=date(2026, 1, 1), contacts=[]))
    created = notebook.items.add_formal_step(cid, FormalStep(kind=FormalStepKind.MELDING_MISSTAND, date=melding))
    stored = notebook.cases.get(cid).followups
    assert [(f.kind, f.due, f.done) for f in stored] == [
        (FollowUpKind.WBK_ONTVANGSTBEVESTIGING, ack, None),
        (FollowUpKind.WBK_TERUGKOPPELING, feedback, None),
    ]
    assert [f.id for f in created] == [f.id for f in stored]
    assert f"{ack:%d-%m-%Y}" in stored[0].text and "ontvangstbevestiging" in stored[0].text.lower()
    assert f"{feedback:%d-%m-%Y}" in stored[1].text and "terugkoppeling" in stored[1].text.lower()
    agenda = notebook.items.agenda()
    assert [item.followup.due for item in agenda] == [ack, feedback]
    assert all(item.case_id == cid for item in agenda)


@pytest.mark.parametrize("kind", [k for k in FormalStepKind if k is not FormalStepKind.MELDING_MISSTAND])
def test_other_formal_steps_create_no_followups(notebook: Notebook, kind: FormalStepKind) -> None:
    cid = notebook.cases.add(sample_case(contacts=[]))
    assert notebook.items.add_formal_step(cid, FormalStep(kind=kind, date=date(2026, 2, 3))) == []
    case = notebook.cases.get(cid)
    assert case.followups == []
    assert [s.kind for s in case.formal_steps] == [kind]


def test_new_case_with_melding_misstand_gets_wbk_followups(notebook: Notebook) -> None:
    case = sample_case(formal_steps=[FormalStep(kind=FormalStepKind.MELDING_MISSTAND, date=date(2026, 3, 31))])
    cid = notebook.cases.add(case)
    dues = [f.due for f in notebook.cases.get(cid).followups]
    assert dues == [date(2026, 4, 7), date(2026, 7, 7)]


@pytest.mark.parametrize(
    ("received", "due"),
    [(date(2026, 3, 10), date(2026, 4, 10)), (date(2026, 1, 31), date(2026, 2, 28)),
     (date(2028, 1, 31), date(2028, 2, 29)), (date(2026, 12, 15), date(2027, 1, 15))],
)
def test_avg_request_followup_due_in_one_month(notebook: Notebook, received: date, due: date) -> None:
    cid = notebook.cases.add(sample_case())
    for kind in AvgRequestKind:
        followup = notebook.items.record_avg_request(AvgRequest(kind=kind, received=received, case_id=cid))
        assert followup.kind is FollowUpKind.AVG_VERZOEK
        assert followup.due == due
    stored = notebook.cases.get(cid).followups
    assert [(f.kind, f.due) for f in stored] == [(FollowUpKind.AVG_VERZOEK, due)] * len(AvgRequestKind)
    assert len(notebook.items.avg_requests()) == len(AvgRequestKind)


def test_avg_request_needs_a_case(notebook: Notebook) -> None:
    with pytest.raises(InvalidInput):
        notebook.items.record_avg_request(AvgRequest(kind=AvgRequestKind.INZAGE, received=date(2026, 1, 1)))


def test_import_generates_no_followups(notebook: Notebook) -> None:
    document = {
        "format": "vpnotes-interchange", "version": 1,
        "cases": [{"reference": "2026-050", "kind": "melding", "categories": ["integriteit"], "opened": "2026-01-02",
                   "melder": {"role": "medewerker"},
                   "formal_steps": [{"kind": "melding_misstand", "date": "2026-01-24"}],
                   "followups": [{"due": "2026-01-20", "text": "Eigen actie", "kind": "actie"}]}],
    }
    interchange.import_data(notebook, interchange.parse(document))
    [case] = notebook.cases.all()
    assert [(f.text, f.kind) for f in case.followups] == [("Eigen actie", FollowUpKind.ACTIE)]


def test_case_without_registration_consent_refuses_identifying_fields(notebook: Notebook) -> None:
    anonymous = sample_case(consent=Consent(registration=False))
    with pytest.raises(InvalidInput) as info:
        notebook.cases.add(anonymous)
    assert str(info.value).startswith("melder.name:")
    assert notebook.cases.all() == []
    # The statistical skeleton alone is accepted...
    skeleton = sample_case(consent=Consent(registration=False))
    skeleton.melder.name = None
    skeleton.contacts[0].summary = None
    skeleton.betrokkenen = [Betrokkene(relation=Relation.LEIDINGGEVENDE)]
    cid = notebook.cases.add(skeleton)
    # ... but nothing identifying can be added to it later.
    with pytest.raises(InvalidInput) as info:
        notebook.items.add_contact(cid, Contact(date=date(2026, 2, 1), minutes=10, mode=ContactMode.TELEFOON,
                                                notes="Naam genoemd"))
    assert "contacts[1].notes" in str(info.value)
    with pytest.raises(InvalidInput):
        notebook.items.add_followup(cid, FollowUp(due=date(2026, 2, 1), text="Bellen met mevrouw X"))
    case = notebook.cases.get(cid)
    case.betrokkenen[0].name = "Jan"
    with pytest.raises(InvalidInput):
        notebook.cases.save(case)
    stored = notebook.cases.get(cid)
    assert stored.betrokkenen[0].name is None
    assert len(stored.contacts) == 1 and stored.followups == []


def test_withdrawing_consent_requires_removing_identifying_data(notebook: Notebook) -> None:
    cid = notebook.cases.add(sample_case())
    case = notebook.cases.get(cid)
    case.consent.registration = False
    with pytest.raises(InvalidInput):
        notebook.cases.save(case)
    assert notebook.cases.get(cid).consent.registration is True


def test_date_rules(notebook: Notebook) -> None:
    with pytest.raises(InvalidInput) as info:
        notebook.cases.add(sample_case(closed=date(2026, 1, 1)))
    assert str(info.value).startswith("closed:")
    cid = notebook.cases.add(sample_case())
    with pytest.raises(InvalidInput) as info:
        notebook.items.add_contact(cid, Contact(date=date(2025, 12, 31), minutes=10, mode=ContactMode.TELEFOON))
    assert "contacts[1].date" in str(info.value)
    with pytest.raises(InvalidInput):
        notebook.items.add_contact(cid, Contact(date=date(2026, 2, 1), minutes=1441, mode=ContactMode.TELEFOON))
    assert len(notebook.cases.get(cid).contacts) == 1


def test_month_arithmetic_keeps_the_day_clipped() -> None:
    assert dates.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert dates.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert dates.add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert dates.add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert dates.add_years(date(2024, 2, 29), 2) == date(2026, 2, 28)
    assert dates.add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_rule_problems_carry_no_case_content() -> None:
    case = sample_case(consent=Consent(registration=False))
    case.melder.name = "Geheime Naam"
    problems = rules.check_case(case)
    assert problems
    for problem in problems:
        assert "Geheime" not in problem.nl and "Geheime" not in problem.en


def test_case_without_consent_keeps_its_wbk_deadlines(notebook: Notebook) -> None:
    anonymous = sample_case(consent=Consent(registration=False), contacts=[],
                            formal_steps=[FormalStep(kind=FormalStepKind.MELDING_MISSTAND, date=date(2026, 2, 3))])
    anonymous.melder.name = None
    cid = notebook.cases.add(anonymous)
    case = notebook.cases.get(cid)
    assert [f.kind for f in case.followups] == [FollowUpKind.WBK_ONTVANGSTBEVESTIGING, FollowUpKind.WBK_TERUGKOPPELING]
    # The case stays editable (closing it re-checks the whole case) ...
    case.closed = date(2026, 6, 1)
    notebook.cases.save(case)
    notebook.items.record_avg_request(AvgRequest(kind=AvgRequestKind.INZAGE, received=date(2026, 3, 1), case_id=cid))
    notebook.items.add_formal_step(cid, FormalStep(kind=FormalStepKind.MELDING_MISSTAND, date=date(2026, 3, 5)))
    notebook.cases.save(notebook.cases.get(cid))
    assert len(notebook.cases.get(cid).followups) == 5
    # ... but a follow-up text written by hand, or a generated one changed, is refused.
    with pytest.raises(InvalidInput):
        notebook.items.add_followup(cid, FollowUp(due=date(2026, 3, 2), text="Bellen met Jan",
                                                  kind=FollowUpKind.WBK_TERUGKOPPELING))
    changed = notebook.cases.get(cid).followups[0]
    changed.text += " - mevrouw Jansen"
    with pytest.raises(InvalidInput):
        notebook.items.update_followup(cid, changed)


def test_refused_new_case_is_left_as_it_was(notebook: Notebook) -> None:
    case = sample_case(closed=date(2025, 1, 1),  # before opened: refused
                       formal_steps=[FormalStep(kind=FormalStepKind.MELDING_MISSTAND, date=date(2026, 2, 3))])
    with pytest.raises(InvalidInput):
        notebook.cases.add(case)
    assert case.followups == [] and case.id is None and case.reference is None
    case.closed = None  # corrected and saved again: the Wbk follow-ups come once
    cid = notebook.cases.add(case)
    assert len(notebook.cases.get(cid).followups) == 2

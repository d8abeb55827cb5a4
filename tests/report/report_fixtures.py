"""Building notebooks for the report tests: compact case specs, many at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vpnotes.domain.model import (
    Activity,
    Betrokkene,
    Case,
    Contact,
    FormalStep,
    InformalIntervention,
    Melder,
    Organisation,
    Signal,
)
from vpnotes.domain.vocabulary import (
    ActivityKind,
    CaseKind,
    Category,
    ContactMode,
    ContactParty,
    FormalStepKind,
    Gender,
    InterventionType,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
)
from vpnotes.store.notebook import Notebook


@dataclass
class Spec:
    """One case in a few fields; everything else gets a plausible default."""

    opened: date
    categories: tuple[str, ...] = ("pesten",)
    kind: str = "melding"
    role: str = "medewerker"
    position: str = "zelf"
    contacts: tuple[date, ...] = ()
    minutes: int = 60
    mode: str = "persoonlijk"
    party: str = "melder"
    referrals: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    steps: tuple[tuple[str, date], ...] = ()
    department: str | None = None
    gender: str | None = None
    name: str | None = "Anna de Vries"
    email: str | None = None
    phone: str | None = None
    betrokkene: str | None = None
    notes: str | None = None
    organisation: str = "acme"
    purged: bool = False
    closed: date | None = None
    intervention: str | None = None  # vlaanderen: the informal intervention's type, dated the day it opened


def make_case(spec: Spec) -> Case:
    case = _case(spec)
    if spec.intervention is not None:
        case.informal_intervention = InformalIntervention(InterventionType(spec.intervention), spec.opened)
    return case


def _case(spec: Spec) -> Case:
    contacts_dates = spec.contacts or (spec.opened,)
    if spec.purged:
        return Case(
            kind=CaseKind(spec.kind), categories=[Category(c) for c in spec.categories],
            opened=spec.opened.replace(day=1), closed=spec.closed.replace(day=1) if spec.closed else None,
            melder=Melder(role=MelderRole(spec.role), position=MelderPosition(spec.position)),
            organisation=spec.organisation, purged=True,
            contacts=[Contact(date=d.replace(day=1), minutes=spec.minutes, mode=ContactMode(spec.mode),
                              party=ContactParty(spec.party)) for d in contacts_dates],
            referrals=[Referral(r) for r in spec.referrals], outcomes=[Outcome(o) for o in spec.outcomes],
            formal_steps=[FormalStep(FormalStepKind(k), d.replace(day=1)) for k, d in spec.steps],
        )
    return Case(
        kind=CaseKind(spec.kind), categories=[Category(c) for c in spec.categories], opened=spec.opened,
        closed=spec.closed,
        melder=Melder(role=MelderRole(spec.role), name=spec.name, email=spec.email, phone=spec.phone,
                      position=MelderPosition(spec.position), department=spec.department,
                      gender=Gender(spec.gender) if spec.gender else None),
        organisation=spec.organisation,
        betrokkenen=[Betrokkene(Relation.COLLEGA, name=spec.betrokkene)] if spec.betrokkene else [],
        contacts=[Contact(date=d, minutes=spec.minutes, mode=ContactMode(spec.mode), party=ContactParty(spec.party),
                          notes=spec.notes) for d in contacts_dates],
        referrals=[Referral(r) for r in spec.referrals], outcomes=[Outcome(o) for o in spec.outcomes],
        formal_steps=[FormalStep(FormalStepKind(k), d) for k, d in spec.steps],
    )


def add_cases(notebook: Notebook, specs: list[Spec]) -> None:
    for spec in specs:
        notebook.cases.add(make_case(spec))


def add_organisation(notebook: Notebook, key: str, *, min_cell: int = 5, start_month: int = 1) -> None:
    notebook.organisations.add(Organisation(key=key, name=key.title() + " BV", min_cell=min_cell,
                                            year_start_month=start_month))


def add_activity(notebook: Notebook, day: date, kind: str, hours: float, description: str | None = None,
                 organisation: str = "acme") -> None:
    notebook.work.add_activity(Activity(organisation, day, ActivityKind(kind), hours, description))


def add_signal(notebook: Notebook, year: int, text: str, organisation: str = "acme") -> None:
    notebook.work.add_signal(Signal(organisation, year, text))


def many(count: int, **fields: object) -> list[Spec]:
    """``count`` cases with the same fields, opened on successive days from 10 January."""
    opened = fields.pop("opened", date(2025, 1, 10))
    assert isinstance(opened, date)
    return [Spec(opened=date(opened.year, opened.month, min(28, opened.day + i % 15)), **fields)  # type: ignore[arg-type]
            for i in range(count)]

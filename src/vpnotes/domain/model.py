"""Plain dataclasses for everything a notebook holds (DESIGN.md §4-5).

No I/O here. Identifiers (``id``) are the store's row ids and are ``None``
for objects not yet stored. Dates of purged cases are month-precise: their
day is 1 and ``Case.purged`` says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from vpnotes.domain.vocabulary import (
    ActivityKind,
    AvgRequestKind,
    CaseKind,
    Category,
    ContactMode,
    ContactParty,
    ExpenseKind,
    FollowUpKind,
    FormalStepKind,
    Gender,
    InterventionType,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
    Sector,
)

DEFAULT_MIN_CELL = 5
SCHOOLJAAR_START = 8  # a new onderwijs organisation reports per schooljaar, from August (§9)
MIN_CELL_RANGE = (3, 10)


@dataclass
class Organisation:
    key: str
    name: str
    employees: int | None = None
    year_start_month: int = 1
    min_cell: int = DEFAULT_MIN_CELL
    sector: Sector = Sector.WERK
    id: int | None = None


def default_year_start(sector: Sector) -> int:
    """The first month of the report year a new organisation of ``sector`` starts with."""
    return SCHOOLJAAR_START if sector is Sector.ONDERWIJS else 1


@dataclass
class Melder:
    role: MelderRole
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    position: MelderPosition = MelderPosition.ZELF
    department: str | None = None
    gender: Gender | None = None


@dataclass
class Betrokkene:
    relation: Relation
    name: str | None = None
    department: str | None = None
    id: int | None = None


@dataclass
class SharingConsent:
    party: Referral
    date: date | None = None
    id: int | None = None


@dataclass
class Consent:
    registration: bool = True
    registration_date: date | None = None
    handover: bool = False
    handover_date: date | None = None
    sharing: list[SharingConsent] = field(default_factory=list)


@dataclass
class Contact:
    date: date
    minutes: int
    mode: ContactMode
    party: ContactParty = ContactParty.MELDER
    summary: str | None = None
    notes: str | None = None
    id: int | None = None


@dataclass
class FollowUp:
    due: date
    text: str
    done: date | None = None
    kind: FollowUpKind = FollowUpKind.ACTIE
    id: int | None = None


@dataclass
class FormalStep:
    kind: FormalStepKind
    date: date
    id: int | None = None


@dataclass
class ConfidentialityBreach:
    date: date
    justification: str


@dataclass
class RetentionHold:
    reason: str


@dataclass
class InformalIntervention:
    """Vlaanderen (§9): the type the verzoeker chose and the date of the document recording it."""

    type: InterventionType
    date: date


@dataclass
class Case:
    kind: CaseKind
    categories: list[Category]
    opened: date
    melder: Melder
    organisation: str | None = None  # organisation key
    reference: str | None = None
    closed: date | None = None
    betrokkenen: list[Betrokkene] = field(default_factory=list)
    consent: Consent = field(default_factory=Consent)
    contacts: list[Contact] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    formal_steps: list[FormalStep] = field(default_factory=list)
    confidentiality_breach: ConfidentialityBreach | None = None
    retention_hold: RetentionHold | None = None
    purged: bool = False
    title: str | None = None  # the subject the VP recognises the case by (identifying free text)
    informal_intervention: InformalIntervention | None = None
    # AVG requests about this case's person (not part of interchange v1; kept so an
    # undone delete brings them back with the case).
    avg_requests: list[AvgRequest] = field(default_factory=list)
    uid: str | None = None  # opaque random id; the only identity a purged skeleton keeps
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.closed is None


@dataclass
class Activity:
    organisation: str
    date: date
    kind: ActivityKind
    hours: float
    description: str | None = None
    id: int | None = None


@dataclass
class Expense:
    organisation: str
    date: date
    kind: ExpenseKind
    amount_cents: int
    description: str | None = None
    case_reference: str | None = None
    id: int | None = None


@dataclass
class Signal:
    organisation: str
    year: int
    text: str
    id: int | None = None


@dataclass
class AvgRequest:
    """An AVG (GDPR) request from a person: access or erasure, answered within a month."""

    kind: AvgRequestKind
    received: date
    case_id: int | None = None
    answered: date | None = None
    refusal_ground: str | None = None
    id: int | None = None


@dataclass
class CaseSummary:
    """One row of the case list: what the VP sees without opening a case."""

    id: int
    reference: str | None
    kind: CaseKind
    categories: list[Category]
    organisation: str
    opened: date
    closed: date | None
    purged: bool
    on_hold: bool
    last_contact: date | None
    next_followup: date | None
    melder_name: str | None
    subject: str | None = None  # the case title, else the first contact's summary (identifying text)


@dataclass
class AgendaItem:
    """A follow-up as the agenda shows it."""

    followup: FollowUp
    case_id: int
    case_reference: str | None
    organisation: str


@dataclass
class RegisterEntry:
    """Vlaanderen (§9): a declaration in the register van feiten door derden.

    ``number`` is per organisation and never given twice. An erased entry keeps
    its number and the month it was recorded (for the yearly count) and nothing else.
    """

    number: int
    recorded: date
    description: str | None
    facts_date: date | None = None
    declarant: str | None = None  # only when the declarant agreed to be named
    erased: bool = False
    organisation: str = ""  # the organisation's key
    id: int | None = None

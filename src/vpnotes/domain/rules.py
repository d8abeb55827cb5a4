"""Business rules that need no storage: validation of a case, what a case
without registration consent may hold, and the follow-ups the law implies
(Wbk deadlines after a melding misstand, the AVG one-month answer).

Problems are reported as ``Problem(path, nl, en)`` where ``path`` points into
the case (``contacts[0].date``) and the texts carry no case content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vpnotes.domain import dates
from vpnotes.domain.model import AvgRequest, Case, FollowUp, FormalStep
from vpnotes.domain.vocabulary import AvgRequestKind, FollowUpKind, FormalStepKind

MAX_MINUTES = 24 * 60
MAX_TEXT = 1_000_000  # characters; a whole book fits, a runaway paste does not


@dataclass(frozen=True)
class Problem:
    path: str
    nl: str
    en: str


def wbk_followups(step: FormalStep) -> list[FollowUp]:
    """The two check follow-ups DESIGN.md §1 prescribes for a melding misstand."""
    if step.kind is not FormalStepKind.MELDING_MISSTAND:
        return []
    ack, feedback = dates.wbk_deadlines(step.date)
    return [
        FollowUp(
            due=ack,
            text=f"Ontvangstbevestiging werkgever uiterlijk {ack:%d-%m-%Y} (Wbk, 7 dagen na melding)",
            kind=FollowUpKind.WBK_ONTVANGSTBEVESTIGING,
        ),
        FollowUp(
            due=feedback,
            text=f"Terugkoppeling werkgever uiterlijk {feedback:%d-%m-%Y} (Wbk, 3 maanden na bevestiging)",
            kind=FollowUpKind.WBK_TERUGKOPPELING,
        ),
    ]


def avg_followup(request: AvgRequest) -> FollowUp:
    due = dates.avg_deadline(request.received)
    what = "inzage" if request.kind is AvgRequestKind.INZAGE else "verwijdering"
    return FollowUp(
        due=due,
        text=f"AVG-verzoek ({what}) beantwoorden uiterlijk {due:%d-%m-%Y}",
        kind=FollowUpKind.AVG_VERZOEK,
    )


def generated_texts(due: date) -> set[str]:
    """Every follow-up text the notebook itself writes for a follow-up due on ``due``."""
    return {
        f"Ontvangstbevestiging werkgever uiterlijk {due:%d-%m-%Y} (Wbk, 7 dagen na melding)",
        f"Terugkoppeling werkgever uiterlijk {due:%d-%m-%Y} (Wbk, 3 maanden na bevestiging)",
        f"AVG-verzoek (inzage) beantwoorden uiterlijk {due:%d-%m-%Y}",
        f"AVG-verzoek (verwijdering) beantwoorden uiterlijk {due:%d-%m-%Y}",
    }


def is_generated(followup: FollowUp) -> bool:
    """A Wbk or AVG follow-up exactly as the rules wrote it: codes and a date, nothing personal."""
    return followup.kind is not FollowUpKind.ACTIE and followup.text in generated_texts(followup.due)


def identifying_paths(case: Case, *, generated_followups: bool = True) -> list[str]:
    """Paths of identifying content in ``case`` (what a skeleton may not hold).

    With ``generated_followups=False`` the notebook's own Wbk and AVG follow-ups
    (:func:`is_generated`) do not count: a case without registration consent keeps
    its legal deadlines, whose texts hold only a date.
    """
    found: list[str] = []
    m = case.melder
    for name in ("name", "email", "phone", "department"):
        if getattr(m, name):
            found.append(f"melder.{name}")
    if m.gender is not None:
        found.append("melder.gender")
    for i, b in enumerate(case.betrokkenen):
        if b.name:
            found.append(f"betrokkenen[{i}].name")
        if b.department:
            found.append(f"betrokkenen[{i}].department")
    for i, c in enumerate(case.contacts):
        if c.summary:
            found.append(f"contacts[{i}].summary")
        if c.notes:
            found.append(f"contacts[{i}].notes")
    for i, f in enumerate(case.followups):
        if f.text and (generated_followups or not is_generated(f)):
            found.append(f"followups[{i}].text")
    if case.confidentiality_breach is not None:
        found.append("confidentiality_breach")
    if case.retention_hold is not None:
        found.append("retention_hold")
    return found


def check_case(case: Case) -> list[Problem]:
    """Consistency rules of one case (dates in order, consent, sizes)."""
    problems: list[Problem] = []
    if not case.categories:
        problems.append(Problem("categories", "kies minstens één categorie", "choose at least one category"))
    if len(set(case.categories)) != len(case.categories):
        problems.append(Problem("categories", "een categorie staat er dubbel in", "a category is repeated"))
    if case.closed is not None and case.closed < case.opened:
        problems.append(
            Problem("closed", "de sluitdatum ligt vóór de openingsdatum", "closed is before opened")
        )
    for i, contact in enumerate(case.contacts):
        if contact.date < _floor(case.opened, case.purged):
            problems.append(
                Problem(f"contacts[{i}].date", "het contact ligt vóór de opening van de zaak",
                        "the contact is before the case was opened")
            )
        if not 0 <= contact.minutes <= MAX_MINUTES:
            problems.append(
                Problem(f"contacts[{i}].minutes", "duur moet tussen 0 en 1440 minuten liggen",
                        "duration must be between 0 and 1440 minutes")
            )
    if not case.consent.registration and not case.purged:
        for path in identifying_paths(case, generated_followups=False):
            problems.append(
                Problem(path, "zonder toestemming voor registratie worden alleen statistische gegevens bewaard",
                        "without consent to registration only statistics are kept")
            )
    if case.purged:
        for path in identifying_paths(case):
            problems.append(
                Problem(path, "een geschoonde zaak bevat alleen statistische gegevens",
                        "a purged case holds statistics only")
            )
    return problems


def _floor(day: date, month_only: bool) -> date:
    return day.replace(day=1) if month_only else day


def reference_for(year: int, number: int) -> str:
    return f"{year:04d}-{number:03d}"

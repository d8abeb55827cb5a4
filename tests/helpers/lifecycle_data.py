"""Notebooks with planted, recognisable content for the lifecycle tests, and an
independent count of a year's figures to compare notebooks before and after a
purge or a handover.

Planted tokens start with rare letter pairs so that FTS5's prefix compression of
sorted terms cannot split them in the raw pages (each is stored whole).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from vpnotes.domain.dates import report_year_of
from vpnotes.domain.model import (
    Activity,
    Betrokkene,
    Case,
    ConfidentialityBreach,
    Consent,
    Contact,
    Expense,
    FollowUp,
    FormalStep,
    Melder,
    Organisation,
    RetentionHold,
    SharingConsent,
    Signal,
)
from vpnotes.domain.vocabulary import (
    ActivityKind,
    CaseKind,
    Category,
    ContactMode,
    ContactParty,
    ExpenseKind,
    FormalStepKind,
    Gender,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
)
from vpnotes.store.notebook import Notebook


def planted_case(tag: str, *, organisation: str = "acme", opened: date = date(2021, 3, 11),
                 closed: date | None = date(2021, 10, 1), handover: bool = False,
                 hold: bool = False, kind: CaseKind = CaseKind.MELDING) -> Case:
    """A case whose every free-text field carries a token built from ``tag`` (e.g. ``qzalpha``)."""
    return Case(
        kind=kind,
        categories=[Category.PESTEN, Category.DISCRIMINATIE],
        opened=opened,
        closed=closed,
        organisation=organisation,
        melder=Melder(role=MelderRole.MEDEWERKER, name=f"Xaviera {tag}melder", email=f"{tag}@example.org",
                      phone="0612345678", position=MelderPosition.GETUIGE, department=f"{tag}afdeling",
                      gender=Gender.V),
        betrokkenen=[Betrokkene(relation=Relation.LEIDINGGEVENDE, name=f"Quinten {tag}betrokkene",
                                department=f"{tag}team")],
        consent=Consent(registration=True, registration_date=opened, handover=handover,
                        handover_date=opened if handover else None,
                        sharing=[SharingConsent(Referral.HR, opened)]),
        contacts=[
            Contact(date=opened, minutes=45, mode=ContactMode.PERSOONLIJK, summary=f"{tag}samenvatting",
                    notes=f"Gesprek over {tag}notitie op de werkvloer"),
            Contact(date=date(opened.year, 9, 2) if opened.month < 9 else opened, minutes=30,
                    mode=ContactMode.TELEFOON, party=ContactParty.LEIDINGGEVENDE, notes=f"{tag}vervolg"),
        ],
        followups=[FollowUp(due=opened, text=f"{tag}actiepunt")],
        referrals=[Referral.BEDRIJFSARTS],
        outcomes=[Outcome.DOORVERWEZEN, Outcome.INFORMEEL_OPGELOST],
        formal_steps=[FormalStep(FormalStepKind.FORMELE_KLACHT, date(opened.year, opened.month, 28))],
        confidentiality_breach=ConfidentialityBreach(opened, f"{tag}rechtvaardiging"),
        retention_hold=RetentionHold(f"{tag}procedure") if hold else None,
    )


def planted_tokens(tag: str) -> list[str]:
    return [f"{tag}melder", f"{tag}@example.org", f"{tag}afdeling", f"{tag}betrokkene", f"{tag}team",
            f"{tag}samenvatting", f"{tag}notitie", f"{tag}vervolg", f"{tag}actiepunt", f"{tag}rechtvaardiging"]


def add_work(notebook: Notebook, organisation: str, tag: str, day: date = date(2024, 4, 2)) -> None:
    notebook.work.add_activity(Activity(organisation, day, ActivityKind.VOORLICHTING, 2.5, f"{tag}voorlichting"))
    notebook.work.add_expense(Expense(organisation, day, ExpenseKind.REISKOSTEN, 2340, f"{tag}reis"))
    notebook.work.add_signal(Signal(organisation, day.year, f"{tag}signaal"))


def add_organisation(notebook: Notebook, key: str) -> None:
    notebook.organisations.add(Organisation(key=key, name=f"{key.title()} BV"))


def year_figures(notebook: Notebook, organisation: str, year: int) -> dict[str, Any]:
    """The counts an annual report of ``year`` rests on, computed independently of vpnotes.report.

    A case counts in year Y when it was opened in Y or had a contact in Y
    (DESIGN.md §6); formal steps count in the year of their own date.
    """
    start_month = notebook.organisations.get(organisation).year_start_month
    counted: list[Case] = []
    contacts = Counter[str]()
    minutes = 0
    steps = Counter[str]()
    for case in notebook.cases.all():
        if case.organisation != organisation:
            continue
        in_year = [c for c in case.contacts if report_year_of(c.date, start_month) == year]
        if report_year_of(case.opened, start_month) == year or in_year:
            counted.append(case)
        for contact in in_year:
            contacts[f"{contact.mode.value}/{contact.party.value}"] += 1
            minutes += contact.minutes
        for step in case.formal_steps:
            if report_year_of(step.date, start_month) == year:
                steps[step.kind.value] += 1
    new = [c for c in counted if report_year_of(c.opened, start_month) == year]
    return {
        "cases": len(counted),
        "new": len(new),
        "quarters": Counter((c.opened.month - 1) // 3 + 1 for c in new),
        "categories": Counter(cat.value for c in counted for cat in c.categories),
        "kinds": Counter(c.kind.value for c in counted),
        "roles": Counter(c.melder.role.value for c in counted),
        "positions": Counter(c.melder.position.value for c in counted),
        "relations": Counter(b.relation.value for c in counted for b in c.betrokkenen),
        "referrals": Counter(r.value for c in counted for r in c.referrals),
        "outcomes": Counter(o.value for c in counted for o in c.outcomes),
        "contacts": contacts,
        "minutes": minutes,
        "formal_steps": steps,
        "activities": sorted((a.kind.value, a.hours) for a in notebook.work.activities(organisation)
                             if report_year_of(a.date, start_month) == year),
    }


SKELETON_TABLES = ("categories", "kinds", "roles", "positions", "quarters", "modes", "parties", "referrals",
                   "outcomes", "formal_steps")


def report_figures(notebook: Notebook, organisation: str, year: int) -> dict[str, Any]:
    """The annual report's own aggregate of ``year`` (vpnotes.report), every table a skeleton supports.

    Department and gender tables are left out on purpose: a skeleton counts as ``onbekend`` there
    (DESIGN.md §5).
    """
    from vpnotes.report.aggregate import aggregate

    agg = aggregate(notebook, organisation, year)
    figures: dict[str, Any] = {}
    for name, period in (("current", agg.current), ("previous", agg.previous)):
        figures[name] = {
            "cases": (period.cases_total, period.cases_new, period.contacts, period.case_minutes),
            "activities": dict(period.activities),
            "tables": {t: (dict(period.tables[t].counts), period.tables[t].total)
                       for t in SKELETON_TABLES if t in period.tables},
        }
    return figures

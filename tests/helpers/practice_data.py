"""A notebook for the practice tests (casus, statement): one case full of
identifying details that must not leave the vault, another case whose people
are mentioned in the first one's texts, activities and expenses with telling
descriptions, and a second organisation whose figures must stay out.

``IDENTIFYING`` lists every word and string that no casus or statement may
contain; ``CASE_DATES`` every exact date of the main case.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import new_notebook
from vpnotes.domain.model import (
    Activity,
    Betrokkene,
    Case,
    Contact,
    Expense,
    FormalStep,
    Melder,
    Organisation,
)
from vpnotes.domain.vocabulary import (
    ActivityKind,
    CaseKind,
    Category,
    ContactMode,
    ContactParty,
    ExpenseKind,
    FormalStepKind,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
)
from vpnotes.store.notebook import Notebook

MAIN_REFERENCE = "2026-007"
OTHER_REFERENCE = "2025-031"
NOTES_MARKER = "zeppelinvergadering"  # a harmless word that only the notes hold

SUMMARY_1 = (
    "Intake met Çiğdem Öztürk-de Vries (cigdem.ozturk@acme-bv.nl, 06-12345678). Öztürk vertelt dat "
    "haar leidinggevende Bram van 't Hek op 12 januari 2026 op de afdeling Inkoop & Logistiek tegen haar schreeuwde."
)
SUMMARY_2 = (
    "Telefonisch overleg met HR over de Vries; HR kende de situatie rond van 't\nHek al uit zaak 2025-031 "
    "(melder Wim Bakker). Vervolg gepland op 3-2-2026."
)
SUMMARY_3 = "Mevrouw de Vries is tevreden; ÖZTÜRK wil geen formele stap. Afspraak op dinsdag 17 maart bij Acme."
NOTES_1 = (
    f"Privé: {NOTES_MARKER}. BSN 123456782, IBAN NL91 ABNA 0417 1643 00, woont 2511 CV Den Haag, "
    "belt ook 070-3456789; collega Wim Bakker was getuige."
)

IDENTIFYING = [
    "Çiğdem", "Öztürk", "Vries", "Bram", "Hek", "Wim", "Bakker", "cigdem.ozturk@acme-bv.nl", "acme-bv",
    "Financiën", "Inkoop", "Logistiek", "Acme", MAIN_REFERENCE, OTHER_REFERENCE, "123456782", "NL91",
    "2511 CV", "12345678", "3456789", "Voorlichtingsronde Hekkens", "hotel De Gouden Leeuw",
]
CASE_DATES = [date(2026, 1, 14), date(2026, 1, 28), date(2026, 2, 3), date(2026, 3, 17), date(2026, 3, 20),
              date(2026, 1, 12)]


def practice_notebook(path: Path) -> Notebook:
    """The notebook described above (open; the caller closes it)."""
    notebook = new_notebook(path)
    notebook.organisations.add(Organisation(key="beta", name="Beta Zorg"))
    notebook.cases.add(Case(
        reference=OTHER_REFERENCE, organisation="acme", kind=CaseKind.ADVIES, categories=[Category.WERKDRUK],
        opened=date(2025, 11, 3), closed=date(2025, 12, 1),
        melder=Melder(role=MelderRole.MEDEWERKER, name="Wim Bakker", department="Financiën"),
        contacts=[Contact(date=date(2025, 11, 3), minutes=30, mode=ContactMode.VIDEO, summary="Vraag over werkdruk")],
    ))
    notebook.cases.add(Case(
        reference=MAIN_REFERENCE, organisation="acme", kind=CaseKind.MELDING,
        categories=[Category.INTIMIDATIE, Category.PESTEN], opened=date(2026, 1, 14), closed=date(2026, 3, 20),
        melder=Melder(role=MelderRole.MEDEWERKER, position=MelderPosition.ZELF, name="Çiğdem Öztürk-de Vries",
                      email="cigdem.ozturk@acme-bv.nl", phone="06-12345678", department="Financiën"),
        betrokkenen=[Betrokkene(relation=Relation.LEIDINGGEVENDE, name="Bram van 't Hek",
                                department="Inkoop & Logistiek")],
        contacts=[
            Contact(date=date(2026, 1, 14), minutes=50, mode=ContactMode.PERSOONLIJK, summary=SUMMARY_1,
                    notes=NOTES_1),
            Contact(date=date(2026, 1, 28), minutes=20, mode=ContactMode.TELEFOON, party=ContactParty.HR,
                    summary=SUMMARY_2),
            Contact(date=date(2026, 3, 17), minutes=38, mode=ContactMode.PERSOONLIJK, summary=SUMMARY_3),
        ],
        referrals=[Referral.BEDRIJFSARTS], outcomes=[Outcome.DOORVERWEZEN, Outcome.INFORMEEL_OPGELOST],
        formal_steps=[FormalStep(kind=FormalStepKind.FORMELE_KLACHT, date=date(2026, 2, 3))],
    ))
    # Another organisation's case: its minutes must stay out of acme's statement.
    notebook.cases.add(Case(
        organisation="beta", kind=CaseKind.MELDING, categories=[Category.PESTEN], opened=date(2026, 1, 5),
        melder=Melder(role=MelderRole.MEDEWERKER, name="Kees Kok"),
        contacts=[Contact(date=date(2026, 1, 5), minutes=600, mode=ContactMode.PERSOONLIJK)],
    ))
    notebook.work.add_activity(Activity(organisation="acme", date=date(2026, 2, 10), kind=ActivityKind.VOORLICHTING,
                                        hours=2.5, description="Voorlichtingsronde Hekkens"))
    notebook.work.add_activity(Activity(organisation="acme", date=date(2026, 2, 24), kind=ActivityKind.VOORLICHTING,
                                        hours=1.1))
    notebook.work.add_activity(Activity(organisation="acme", date=date(2026, 3, 2), kind=ActivityKind.ADVIES_WERKGEVER,
                                        hours=0.75))
    notebook.work.add_activity(Activity(organisation="beta", date=date(2026, 2, 10), kind=ActivityKind.TRAINING,
                                        hours=40))
    notebook.work.add_expense(Expense(organisation="acme", date=date(2026, 2, 10), kind=ExpenseKind.REISKOSTEN,
                                      amount_cents=2340, description="Rit naar Wim Bakker"))
    notebook.work.add_expense(Expense(organisation="acme", date=date(2026, 2, 24), kind=ExpenseKind.REISKOSTEN,
                                      amount_cents=1205, case_reference=MAIN_REFERENCE))
    notebook.work.add_expense(Expense(organisation="acme", date=date(2026, 3, 2), kind=ExpenseKind.ZAALHUUR,
                                      amount_cents=15000, description="hotel De Gouden Leeuw"))
    notebook.work.add_expense(Expense(organisation="acme", date=date(2026, 5, 2), kind=ExpenseKind.OVERIG,
                                      amount_cents=999))  # outside the range the tests ask for
    return notebook


MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december")


def date_forms(day: date) -> list[str]:
    """The ways a date with a day may be written."""
    return [
        day.isoformat(), f"{day:%d-%m-%Y}", f"{day.day}-{day.month}-{day.year}", f"{day:%d/%m/%Y}",
        f"{day.day}/{day.month}/{day.year}", f"{day.day} {MONTHS_NL[day.month - 1]}",
        f"{day:%d.%m.%Y}",
    ]


def find_leaks(text: str, identifying: list[str] | None = None, dates: list[date] | None = None) -> list[str]:
    """Every identifying term or exact date found in ``text`` (case- and diacritics-insensitive, whole words)."""
    import re

    from vpnotes.practice.names import fold

    folded = fold(text)
    found = [term for term in (IDENTIFYING if identifying is None else identifying)
             if re.search(rf"(?<!\w){re.escape(fold(term))}(?!\w)", folded)]
    for day in CASE_DATES if dates is None else dates:
        found += [form for form in date_forms(day) if re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", folded)]
    return found

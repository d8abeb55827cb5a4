"""The access extract as a readable Word document (A4, Dutch): what the person
receives. Codes are shown with their Dutch labels, withheld parts with their
ground, and the document properties carry a title and no author (python-docx's
default template would say "python-docx" and use US Letter).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from docx import Document
from docx.shared import Mm, Pt

from vpnotes.domain.vocabulary import (
    AvgRequestKind,
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
    Vocab,
    label_nl,
)

if TYPE_CHECKING:
    from vpnotes.lifecycle.access import AccessExtract

TITLE = "Inzage in persoonsgegevens"
ROLE_LABELS = {"melder": "melder (u kwam bij de vertrouwenspersoon)", "betrokkene": "betrokkene (de zaak gaat over u)"}
WITHHELD = "[achtergehouden]"


def _label(enum: type[Vocab], code: str | None, sector: str | None = None) -> str:
    """A code's Dutch label in the case's sector (DESIGN.md §9)."""
    if code is None:
        return "-"
    try:
        return label_nl(enum(code), sector)
    except ValueError:
        return code


def _date(text: str | None) -> str:
    if not text:
        return "-"
    parts = text.split("-")
    return "-".join(reversed(parts))


def _text(value: Any) -> str:
    if _withheld(value):
        return WITHHELD
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)


def _withheld(value: Any) -> bool:
    return isinstance(value, dict) and value.get("withheld") is True


def _table(document: Any, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
        cells[0].width = Mm(50)
        cells[1].width = Mm(110)


def render_docx(extract: AccessExtract) -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(25))
    doc.styles["Normal"].font.size = Pt(10.5)
    props = doc.core_properties
    props.title = TITLE
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.subject = ""
    props.category = ""
    props.revision = 1
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = now
    props.language = "nl-NL"

    data = extract.document
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph(
        f"Dit overzicht bevat de gegevens die de vertrouwenspersoon over {data['person']} heeft vastgelegd, "
        f"opgesteld op {_date(data['made'])} naar aanleiding van uw verzoek om inzage (art. 15 AVG). "
        "Namen en contactgegevens van andere personen zijn weggelaten of vervangen door [naam], "
        "[e-mailadres] of [telefoonnummer]."
    )
    if not data["cases"]:
        doc.add_paragraph("Er zijn over u geen gegevens vastgelegd.")
    for index, case in enumerate(data["cases"], start=1):
        _render_case(doc, index, case)
    if data["restrictions"]:
        doc.add_heading("Beperkingen", level=1)
        doc.add_paragraph(
            "Sommige onderdelen zijn achtergehouden omdat inzage de rechten van anderen zou schaden of om een "
            "andere wettelijke reden (art. 41 UAVG). Per onderdeel staat hieronder de grond."
        )
        for restriction in data["restrictions"]:
            line = f"{_describe_path(restriction['path'])}: {restriction['ground_text']}"
            if restriction.get("explanation"):
                line += f" ({restriction['explanation']})"
            doc.add_paragraph(line, style="List Bullet")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _describe_path(path: str) -> str:
    words = {"cases": "zaak", "contacts": "gesprek", "followups": "afspraak", "betrokkenen": "betrokkene",
             "summary": "samenvatting", "notes": "aantekeningen", "confidentiality_breach": "doorbreking geheimhouding",
             "melder": "melder", "consent": "toestemming", "avg_requests": "AVG-verzoek"}
    out: list[str] = []
    for step in path.split("."):
        name, _, rest = step.partition("[")
        label = words.get(name, name)
        out.append(f"{label} {int(rest.rstrip(']')) + 1}" if rest else label)
    return ", ".join(out)


def _render_case(doc: Any, index: int, case: Any) -> None:
    if _withheld(case):
        doc.add_heading(f"Zaak {index}", level=1)
        doc.add_paragraph(WITHHELD)
        return
    doc.add_heading(f"Zaak {index}" + (f" ({case['reference']})" if case.get("reference") else ""), level=1)
    sector = case.get("sector")
    rows = [
        ("Organisatie", _text(case.get("organisation"))),
        ("Uw rol", ROLE_LABELS.get(case["role"], case["role"])),
        ("Soort", _label(CaseKind, case["kind"])),
        ("Onderwerp", ", ".join(_label(Category, c, sector) for c in case["categories"])),
        ("Geopend", _date(case["opened"])),
        ("Afgesloten", _date(case["closed"])),
    ]
    melder = case.get("melder")
    if _withheld(melder):
        rows.append(("Uw gegevens", WITHHELD))
    elif melder:
        rows += [
            ("Naam", _text(melder.get("name"))), ("E-mail", _text(melder.get("email"))),
            ("Telefoon", _text(melder.get("phone"))), ("Functie", _label(MelderRole, melder.get("role"), sector)),
            ("Positie", _label(MelderPosition, melder.get("position"))),
            ("Afdeling", _text(melder.get("department"))), ("Gender", _label(Gender, melder.get("gender"))),
        ]
    consent = case.get("consent")
    if consent and not _withheld(consent):
        rows.append(("Toestemming registratie", f"{_text(consent['registration'])} "
                                                 f"({_date(consent['registration_date'])})"))
        rows.append(("Toestemming overdracht", f"{_text(consent['handover'])} ({_date(consent['handover_date'])})"))
        for sharing in consent["sharing"]:
            rows.append(("Toestemming delen met",
                         f"{_label(Referral, sharing['party'], sector)} ({_date(sharing['date'])})"))
    rows.append(("Doorverwezen naar", ", ".join(_label(Referral, r, sector) for r in case["referrals"]) or "-"))
    rows.append(("Uitkomst", ", ".join(_label(Outcome, o) for o in case["outcomes"]) or "-"))
    for step in case["formal_steps"]:
        rows.append(("Formele stap", f"{_label(FormalStepKind, step['kind'], sector)} ({_date(step['date'])})"))
    if case.get("informal_intervention"):
        intervention = case["informal_intervention"]
        rows.append(("Informele psychosociale interventie",
                     f"{_label(InterventionType, intervention['type'])} ({_date(intervention['date'])})"))
    breach = case.get("confidentiality_breach")
    if breach:
        rows.append(("Geheimhouding doorbroken",
                     WITHHELD if _withheld(breach) else f"{_date(breach['date'])}: {_text(breach['justification'])}"))
    hold = case.get("retention_hold")
    if hold:
        rows.append(("Langer bewaard omdat", WITHHELD if _withheld(hold) else _text(hold["reason"])))
    _table(doc, rows)

    if case["betrokkenen"]:
        doc.add_heading("Betrokkenen", level=2)
        for person in case["betrokkenen"]:
            if _withheld(person):
                doc.add_paragraph(WITHHELD, style="List Bullet")
                continue
            line = f"{_text(person.get('name'))}, {_label(Relation, person['relation'], sector)}"
            if person.get("department"):
                line += f", {person['department']}"
            doc.add_paragraph(line, style="List Bullet")
    if case["contacts"]:
        doc.add_heading("Gesprekken", level=2)
        for contact in case["contacts"]:
            if _withheld(contact):
                doc.add_paragraph(WITHHELD, style="List Bullet")
                continue
            doc.add_paragraph(
                f"{_date(contact['date'])}, {contact['minutes']} minuten, {_label(ContactMode, contact['mode'])}, "
                f"met {_label(ContactParty, contact['party'])}", style="List Bullet")
            for key, label in (("summary", "Samenvatting"), ("notes", "Aantekeningen")):
                value = contact.get(key)
                if value:
                    doc.add_paragraph(f"{label}: {_text(value)}")
    if case["followups"]:
        doc.add_heading("Afspraken en acties", level=2)
        for followup in case["followups"]:
            if _withheld(followup):
                doc.add_paragraph(WITHHELD, style="List Bullet")
                continue
            done = f", gedaan {_date(followup['done'])}" if followup.get("done") else ""
            doc.add_paragraph(f"{_date(followup['due'])}: {_text(followup['text'])}{done}", style="List Bullet")
    if case.get("avg_requests"):
        doc.add_heading("Uw verzoeken (AVG)", level=2)
        for request in case["avg_requests"]:
            if _withheld(request):
                doc.add_paragraph(WITHHELD, style="List Bullet")
                continue
            line = (f"{_label(AvgRequestKind, request['kind'])}: ontvangen {_date(request['received'])}, "
                    f"beantwoord {_date(request['answered'])}")
            if request.get("refusal_ground"):
                line += f", geweigerd: {request['refusal_ground']}"
            doc.add_paragraph(line, style="List Bullet")

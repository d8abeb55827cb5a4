"""The annual report laid out once, independent of the file format: headings,
paragraphs, tables, bullets and the chart, all from the *disclosed* figures and
the screened texts. :mod:`render_docx` writes it to Word, and the app's preview
shows the same elements, so the preview is exactly what will be exported.

Narrative blocks come from jinja2 templates in ``resources/report/templates``
(plain text; a blank line separates paragraphs). A hidden count is shown as
``x`` in tables (explained beneath them and in "Over dit verslag") and as
``minder dan k`` in sentences.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

import vpnotes
from vpnotes.domain import vocabulary as voc
from vpnotes.report.charts import ChartData
from vpnotes.report.disclosure import (
    OTHER_DEPARTMENTS,
    OTHER_ORGANISATIONS,
    REMAINDER,
    REMAINDER_OR_UNKNOWN,
    Disclosed,
    ShownTable,
)

TEMPLATES = Path(vpnotes.__file__).parent / "resources" / "report" / "templates"
# Every template the report renders (the self-test loads each one).
TEMPLATE_NAMES = ("introduction.txt.j2", "joint.txt.j2", "key_figures.txt.j2", "no_breakdown.txt.j2", "method.txt.j2")
HIDDEN = "x"
TITLE = "Jaarverslag vertrouwenspersoon"
# Who turns to the VP, in the introduction's words for each sector (DESIGN.md §9).
_PEOPLE: dict[voc.Sector, str] = {
    voc.Sector.WERK: "medewerkers en anderen",
    voc.Sector.ONDERWIJS: "leerlingen, ouders, medewerkers en anderen",
    voc.Sector.VLAANDEREN: "werknemers en anderen",
}
JOINT_TITLE = "Gezamenlijk jaarverslag vertrouwenspersonen"

TABLE_TITLES: dict[str, str] = {
    "organisations": "Zaken per organisatie",
    "categories": "Zaken per categorie",
    "kinds": "Soort zaak",
    "roles": "Functie van de melder",
    "positions": "Positie van de melder",
    "quarters": "Nieuwe zaken per kwartaal",
    "modes": "Contacten per contactvorm",
    "parties": "Contacten per gesprekspartner",
    "referrals": "Verwijzingen",
    "outcomes": "Afloop van zaken",
    "formal_steps": "Formele stappen",
    "interventions": "Informele psychosociale interventies",
    "departments": "Zaken per afdeling van de melder",
    "genders": "Gender van de melder",
}
FIRST_COLUMN: dict[str, str] = {
    "organisations": "Organisatie", "categories": "Categorie", "kinds": "Soort", "roles": "Functie",
    "positions": "Positie", "quarters": "Periode", "modes": "Contactvorm", "parties": "Gesprekspartner",
    "referrals": "Verwezen naar", "outcomes": "Afloop", "formal_steps": "Formele stap",
    "interventions": "Soort interventie",
    "departments": "Afdeling", "genders": "Gender",
}
TOTAL_LABELS: dict[str, str] = {
    "cases": "Totaal (zaken)", "new": "Totaal nieuwe zaken", "contacts": "Totaal (contacten)",
    "steps": "Totaal (stappen)",
}
MULTI_NOTES: dict[str, str] = {
    "categories": "Eén zaak kan over meer dan één categorie gaan; het totaal is het aantal zaken, "
                  "niet de som van de rijen.",
    "referrals": "Eén zaak kan meer dan één verwijzing hebben; het totaal is het aantal zaken met een verwijzing.",
    "outcomes": "Eén zaak kan meer dan één afloop hebben; het totaal is het aantal zaken met een vastgelegde afloop.",
}
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Organisaties", ("organisations",)),
    ("Opvang: waarover en door wie", ("categories", "kinds", "roles", "positions", "quarters")),
    ("Contacten", ("modes", "parties")),
    ("Afloop en vervolg", ("outcomes", "referrals", "formal_steps", "interventions")),
    ("Afdelingen en gender", ("departments", "genders")),
)
_VOCAB: dict[str, type[voc.Vocab]] = {
    "categories": voc.Category, "kinds": voc.CaseKind, "roles": voc.MelderRole, "positions": voc.MelderPosition,
    "modes": voc.ContactMode, "parties": voc.ContactParty, "referrals": voc.Referral, "outcomes": voc.Outcome,
    "formal_steps": voc.FormalStepKind, "genders": voc.Gender, "interventions": voc.InterventionType,
}
# Titles a sector words differently (DESIGN.md §9).
SECTOR_TITLES: dict[tuple[voc.Sector, str], str] = {
    (voc.Sector.ONDERWIJS, "roles"): "Melders: leerlingen, ouders en personeel",
    (voc.Sector.ONDERWIJS, "departments"): "Zaken per afdeling of locatie van de melder",
}
SECTOR_FIRST_COLUMN: dict[tuple[voc.Sector, str], str] = {(voc.Sector.ONDERWIJS, "roles"): "Melder"}
_PERIODS = {"Q1": "1e kwartaal", "Q2": "2e kwartaal", "Q3": "3e kwartaal", "Q4": "4e kwartaal",
            "H1": "1e halfjaar", "H2": "2e halfjaar"}


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # body, lead (subtitle), note


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Chart:
    data: ChartData
    caption: str
    width_cm: float = 15.5


Element = Heading | Paragraph | Bullets | Table | Chart


@dataclass(frozen=True)
class ReportTexts:
    """The free texts of a report, already screened."""

    introduction: str | None = None  # None: the default introduction from the template
    signals: tuple[str, ...] = ()
    activity_descriptions: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportDocument:
    title: str
    subtitle: str
    header: str
    footer: str
    elements: tuple[Element, ...] = field(default_factory=tuple)

    def plain_text(self) -> str:
        """Everything the document says, as text (for previews and tests)."""
        lines = [self.title, self.subtitle]
        for element in self.elements:
            if isinstance(element, Heading | Paragraph):
                lines.append(element.text)
            elif isinstance(element, Bullets):
                lines.extend(element.items)
            elif isinstance(element, Table):
                lines.append(element.title)
                lines.extend(" | ".join(row) for row in (element.header, *element.rows))
                if element.total:
                    lines.append(" | ".join(element.total))
                lines.extend(element.notes)
            else:
                lines.append(element.caption)
        return "\n".join(lines)


def environment() -> jinja2.Environment:
    # Plain text, not HTML: the renderer escapes for XML itself.
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=False,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render_template(name: str, **values: object) -> list[str]:
    """Paragraphs of a narrative template."""
    text = environment().get_template(name).render(**values)
    return [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def default_introduction(disclosed: Disclosed, organisations: int = 1) -> str:
    return "\n\n".join(render_template(
        "introduction.txt.j2", organisation_name=disclosed.organisation_name, label=disclosed.label,
        overview=disclosed.organisation is None, organisations=organisations, vps=disclosed.vps,
        people=people_words(disclosed.sector)))


def people_words(sector: voc.Sector) -> str:
    """Who turns to the VP, as the default introduction says it for ``sector``."""
    return _PEOPLE[sector]


def number(value: int | None, hidden: str = HIDDEN) -> str:
    """A count for a table: Dutch thousands separator, ``x`` when hidden."""
    if value is None:
        return hidden
    return f"{value:,}".replace(",", ".")


def spoken(value: int | None, k: int) -> str:
    """A count in a sentence: ``minder dan k`` when hidden."""
    return f"minder dan {k}" if value is None else number(value)


def row_label(table: str, code: str, names: Mapping[str, str], sector: voc.Sector = voc.Sector.WERK) -> str:
    if table == "quarters":
        return _PERIODS[code]
    if table == "departments":
        return {OTHER_DEPARTMENTS: "Overige afdelingen", "onbekend": "Onbekend"}.get(code, code)
    if table == "organisations":
        return "Overige organisaties" if code == OTHER_ORGANISATIONS else names.get(code, code)
    if code == REMAINDER:
        return "Overig"  # small known groups together (named beneath the table)
    if code == REMAINDER_OR_UNKNOWN:
        return "Overig of onbekend"
    if table == "genders" and code == "x":
        return "Anders of X"  # a bare "X" reads as a typo in a board report
    if table == "roles" and code in {group.value for group in voc.RoleGroup}:
        return voc.RoleGroup(code).label_nl
    return voc.label_nl(_VOCAB[table](code), sector)


def table_element(table: ShownTable, disclosed: Disclosed, names: Mapping[str, str]) -> Table:
    k = disclosed.min_cell
    previous = disclosed.previous
    header = [SECTOR_FIRST_COLUMN.get((disclosed.sector, table.name), FIRST_COLUMN[table.name]), disclosed.label]
    if table.has_previous and previous is not None:
        header.append(previous.label)
    rows = []
    for row in table.rows:
        cells = [row_label(table.name, row.code, names, disclosed.sector), number(row.count)]
        if table.has_previous:
            cells.append(number(row.previous))
        rows.append(tuple(cells))
    total = [TOTAL_LABELS[table.unit], number(table.total)]
    if table.has_previous:
        total.append(number(table.previous_total))
    notes: list[str] = []
    for row in table.rows:
        if row.folded:
            folded = ", ".join(row_label(table.name, code, names, disclosed.sector) for code in row.folded)
            notes.append(f"Samengevoegd in ‘{row_label(table.name, row.code, names, disclosed.sector)}’: {folded}.")
    if table.multi:
        notes.append(MULTI_NOTES[table.name])
    if table.suppressed_any:
        notes.append(f"{HIDDEN} = niet getoond: minder dan {k}, of weggelaten zodat een klein aantal niet "
                     f"is terug te rekenen.")
    if disclosed.rounded_to:
        notes.append(f"Aantallen afgerond op veelvouden van {disclosed.rounded_to}.")
    title = SECTOR_TITLES.get((disclosed.sector, table.name), TABLE_TITLES[table.name])
    if table.name == "quarters" and table.rows and table.rows[0].code.startswith("H"):
        title = "Nieuwe zaken per halfjaar"
    return Table(title, tuple(header), tuple(rows), tuple(total), tuple(notes))


def build_document(disclosed: Disclosed, texts: ReportTexts, *, names: Mapping[str, str] | None = None,
                   chart: ChartData | None = None) -> ReportDocument:
    """Lay out the whole report. ``names``: organisation key -> name (overview rows)."""
    names = dict(names or {})
    k = disclosed.min_cell
    overview = disclosed.organisation is None
    who = f"{len(names)} organisaties" if overview else disclosed.organisation_name
    joint = disclosed.vps > 1
    doc_title = JOINT_TITLE if joint else TITLE
    subtitle = f"{who} · {disclosed.label}" + (f" · {disclosed.vps} vertrouwenspersonen" if joint else "")
    elements: list[Element] = [Heading("Inleiding")]
    introduction = texts.introduction if texts.introduction is not None else default_introduction(
        disclosed, len(names))
    elements.extend(Paragraph(p) for p in _paragraphs(introduction))
    if joint:  # whatever the VP wrote, the report says it is joint and that a melder may count twice
        elements.extend(Paragraph(p) for p in render_template(
            "joint.txt.j2", organisation_name=disclosed.organisation_name, label=disclosed.label,
            vps=disclosed.vps))

    elements.append(Heading("Kerncijfers"))
    previous = disclosed.previous
    cases = disclosed.cases
    elements.extend(Paragraph(p) for p in render_template(
        "key_figures.txt.j2", breakdown=disclosed.breakdown, label=disclosed.label,
        cases=spoken(cases.total, k),
        # New and carried over are hidden together (complementary): then the sentence leaves them out.
        new=number(cases.new) if cases.new is not None else None,
        carried_over=number(cases.carried_over) if cases.carried_over is not None else None,
        contacts=spoken(disclosed.contacts, k), hours_cases=disclosed.hours_cases,
        previous_cases=spoken(previous.cases.total, k) if previous is not None else None,
        previous_label=previous.label if previous is not None else "", joint=joint))
    elements.append(_key_figures(disclosed))
    if not disclosed.breakdown:
        elements.extend(Paragraph(p) for p in render_template(
            "no_breakdown.txt.j2", label=disclosed.label, threshold=2 * k))

    for title, table_names in SECTIONS:
        shown = [t for name in table_names if (t := disclosed.table(name)) is not None]
        if not shown:
            continue
        elements.append(Heading(title))
        for table in shown:
            elements.append(table_element(table, disclosed, names))
            if table.name == "categories" and chart is not None:
                caption = f"Zaken per categorie, {disclosed.label}"
                if table.has_previous and previous is not None:
                    caption += f" en {previous.label}"
                elements.append(Chart(chart, caption))

    if disclosed.has_register:
        elements.append(Heading("Register van feiten door derden"))
        elements.append(Paragraph(
            f"In {disclosed.label} zijn {spoken(disclosed.register, k)} verklaringen over geweld, pesterijen of "
            f"ongewenst seksueel gedrag door derden in het register opgenomen."))

    elements.append(Heading("Preventieve activiteiten en tijdsbesteding"))
    if disclosed.activities:
        elements.append(Table(
            "Preventieve activiteiten en overige werkzaamheden", ("Soort", "Aantal", "Uren"),
            tuple((voc.ActivityKind(a.code).label_nl, number(a.count), number(a.hours))
                  for a in disclosed.activities),
            ("Totaal", number(sum(a.count for a in disclosed.activities)), number(disclosed.hours_activities)),
            ("Uren afgerond op hele uren.",)))
    else:
        elements.append(Paragraph(f"In {disclosed.label} zijn geen preventieve activiteiten vastgelegd."))
    if texts.activity_descriptions:
        elements.append(Paragraph("Toelichting bij de activiteiten:"))
        elements.append(Bullets(tuple(" ".join(t.split()) for t in texts.activity_descriptions)))
    if disclosed.hours_cases is not None:
        elements.append(Paragraph(
            f"Aan zaken (gesprekken en contacten) is in {disclosed.label} {number(disclosed.hours_cases)} uur "
            f"besteed, aan preventieve activiteiten en overige werkzaamheden "
            f"{number(disclosed.hours_activities)} uur."))

    elements.append(Heading("Signalen en adviezen aan de organisatie"))
    if texts.signals:
        elements.append(Bullets(tuple(" ".join(t.split()) for t in texts.signals)))
    else:
        elements.append(Paragraph("Voor dit verslag zijn geen signalen of adviezen vastgelegd."))

    elements.append(Heading("Over dit verslag"))
    elements.extend(Paragraph(p) for p in render_template(
        "method.txt.j2", label=disclosed.label, k=k, rounded_to=disclosed.rounded_to, joint=joint))
    header = f"{doc_title} {disclosed.label} · {who}"
    return ReportDocument(doc_title, subtitle, header, f"{who} · {disclosed.label}", tuple(elements))


def _key_figures(disclosed: Disclosed) -> Table:
    k = disclosed.min_cell
    previous = disclosed.previous
    with_previous = previous is not None
    header = ["", disclosed.label] + ([previous.label] if previous is not None else [])

    def row(label: str, now: int | None, before: int | None, split: bool = False,
            before_present: bool = True) -> tuple[str, ...]:
        # Totals are hidden only when small ("< k"); new/carried over may hide a larger number too ("x").
        show = number if split else (lambda value: _small(value, k))
        cells = [label, show(now)]
        if with_previous:
            cells.append(show(before) if before_present else "–")
        return tuple(cells)

    rows = [row("Zaken", disclosed.cases.total, previous.cases.total if previous else None)]
    if disclosed.cases.split:
        split_before = previous is not None and previous.cases.split
        rows.append(row("  nieuw", disclosed.cases.new, previous.cases.new if previous else None, True,
                        split_before))
        rows.append(row("  doorlopend uit het jaar ervoor", disclosed.cases.carried_over,
                        previous.cases.carried_over if previous else None, True, split_before))
    rows.append(row("Contacten", disclosed.contacts, previous.contacts if previous else None))
    cells = {cell for row in rows for cell in row[1:]}
    legend = {f"< {k}": f"‘< {k}’: minder dan {k}",
              HIDDEN: f"‘{HIDDEN}’: niet getoond, zodat een klein aantal niet is terug te rekenen",
              "–": "‘–’: niet uitgesplitst (te weinig zaken)"}
    explained = "; ".join(text for marker, text in legend.items() if marker in cells)
    notes: tuple[str, ...] = (explained + ".",) if explained else ()
    if disclosed.rounded_to:
        notes += (f"Aantallen afgerond op veelvouden van {disclosed.rounded_to}.",)
    return Table("Zaken en contacten", tuple(header), tuple(rows), None, notes)


def _small(value: int | None, k: int) -> str:
    return f"< {k}" if value is None else number(value)


def _paragraphs(text: str) -> list[str]:
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n"))
    return [" ".join(block.split()) for block in blocks if block.strip()]


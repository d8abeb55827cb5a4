"""The two Flemish documents for signature or inspection (DESIGN.md §9).

- The **intervention document**: the informal psychosocial intervention a
  verzoeker chose (type and date), with the verzoeker's name and a line for the
  VP's and the verzoeker's signature. It is identifying by nature: it names
  this case's verzoeker and nothing of any other case.
- The **register van feiten door derden** of one organisation, printed for the
  employer or the inspection: numbers, dates, descriptions, and declarant names
  only where the declarant agreed to be named. An erased entry keeps its line
  ("gewist") so a gap in the numbering explains itself.

Both are Dutch (Flemish legal documents), written like every output (0600,
never over an existing file) and logged without a name or a description.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from docx.shared import Cm, Pt

from vpnotes.domain.dates import add_months
from vpnotes.domain.model import Case, Organisation, RegisterEntry
from vpnotes.domain.vocabulary import InterventionType, Sector
from vpnotes.errors import InvalidInput, UsageError
from vpnotes.practice import docx_util
from vpnotes.store.notebook import Notebook

INTERVENTION_TITLE = "Document informele psychosociale interventie"
REGISTER_TITLE = "Register van feiten door derden"
LEGAL_BASIS = ("Welzijnswet van 4 augustus 1996 en Codex over het welzijn op het werk, boek I, titel 3 "
               "(psychosociale risico's op het werk)")
_CHOICES = {
    InterventionType.GESPREK: "De verzoeker kiest voor gesprekken met de vertrouwenspersoon: onthaal, actief "
                              "luisteren en advies.",
    InterventionType.INTERVENTIE: "De verzoeker kiest voor een interventie van de vertrouwenspersoon bij een andere "
                                  "persoon van de organisatie, bijvoorbeeld een lid van de hiërarchische lijn.",
    InterventionType.VERZOENING: "De verzoeker kiest voor een verzoening met de betrokken persoon, als die daarmee "
                                 "instemt.",
}
NOT_NAMED = "niet genoemd"


def _day(value: date | None) -> str:
    return "" if value is None else value.strftime("%d-%m-%Y")


def require_docx(path: Path) -> None:
    if path.suffix.lower() != ".docx":
        raise UsageError("Kies een bestandsnaam op .docx.", "Choose a file name ending in .docx.")


# -- intervention document -----------------------------------------------------------------

def intervention_docx(case: Case, organisation: Organisation) -> bytes:
    """The document for signature of the case's informal psychosocial intervention."""
    intervention = case.informal_intervention
    if intervention is None:
        raise InvalidInput("Deze zaak heeft geen informele psychosociale interventie vastgelegd.",
                           "This case has no informal psychosocial intervention recorded.")
    document = docx_util.new_document(INTERVENTION_TITLE)
    document.add_heading(INTERVENTION_TITLE, level=0)
    document.add_paragraph().add_run(LEGAL_BASIS).italic = True
    docx_util.facts_table(document, [
        ("Organisatie", organisation.name),
        ("Verzoeker", case.melder.name or "……………………………………………"),
        ("Soort interventie", intervention.type.label_nl),
        ("Datum", _day(intervention.date)),
        ("Dossier", case.reference or ""),
    ], widths=(4.5, 11.5))
    document.add_paragraph()
    document.add_paragraph(_CHOICES[intervention.type])
    document.add_paragraph(
        "Dit document wordt gedateerd en ondertekend door de vertrouwenspersoon en door de verzoeker.")
    signatures = document.add_table(rows=3, cols=2)
    for column, who in enumerate(("De vertrouwenspersoon", "De verzoeker")):
        signatures.rows[0].cells[column].paragraphs[0].add_run(who).bold = True
        signatures.rows[1].cells[column].text = "\n\n\n______________________________"
        signatures.rows[2].cells[column].text = "Datum: ____ - ____ - ________"
    document.add_paragraph()
    note = document.add_paragraph().add_run("De verzoeker ontvangt een kopie van dit document.")
    note.italic = True
    note.font.size = Pt(9)
    return docx_util.document_bytes(document)


def write_intervention_document(notebook: Notebook, reference: str, path: Path) -> None:
    """Write the intervention document of the case ``reference``; logged without name or reference."""
    require_docx(path)
    notebook.audit.require_loggable()  # made only when it can be logged (issue 14 D20)
    case = notebook.cases.by_reference(reference)
    organisation = notebook.organisations.get(case.organisation or "")
    notebook.audit.write_output(path, intervention_docx(case, organisation), ("intervention_document", "docx"))


# -- the printed register ------------------------------------------------------------------

@dataclass(frozen=True)
class RegisterPrint:
    organisation: Organisation
    entries: tuple[RegisterEntry, ...]
    first: date | None  # the month selected from (by the day recorded), None: from the start
    last: date | None  # the last month selected, None: up to now


def select_register(notebook: Notebook, organisation: str, first: date | None = None,
                    last: date | None = None) -> RegisterPrint:
    """The organisation's register, erased entries included, recorded from month ``first`` to ``last``."""
    if first is not None and last is not None and last < first:
        raise InvalidInput("De eindmaand ligt vóór de beginmaand.", "The last month is before the first.")
    org = notebook.organisations.get(organisation)
    if org.sector is not Sector.VLAANDEREN:  # an empty "register" would claim a duty the Dutch law does not know
        raise InvalidInput(f"{org.name} is geen organisatie in Vlaanderen; alleen die houdt een register van feiten "
                           f"door derden bij. Zet de sector op vlaanderen als dat niet klopt.",
                           f"{org.name} is not an organisation in Flanders; only those keep a register of facts "
                           f"by third parties. Set the sector to vlaanderen if that is wrong.")
    entries = notebook.register.entries(org.key, erased=True, recorded_from=first,
                                        recorded_before=add_months(last, 1) if last is not None else None)
    return RegisterPrint(org, tuple(entries), first, last)


def _period(selection: RegisterPrint) -> str:
    def month(value: date) -> str:
        return value.strftime("%m-%Y")

    if selection.first and selection.last:
        return f"Geregistreerd van {month(selection.first)} tot en met {month(selection.last)}"
    if selection.first:
        return f"Geregistreerd vanaf {month(selection.first)}"
    if selection.last:
        return f"Geregistreerd tot en met {month(selection.last)}"
    return "Alle verklaringen"


def register_docx(selection: RegisterPrint, today: date | None = None) -> bytes:
    today = today or date.today()
    document = docx_util.new_document(REGISTER_TITLE)
    docx_util.landscape(document)
    document.add_heading(REGISTER_TITLE, level=0)
    document.add_paragraph().add_run(selection.organisation.name).bold = True
    document.add_paragraph(f"{_period(selection)} · afgedrukt op {_day(today)}")
    document.add_paragraph().add_run(
        "Verklaringen van werknemers over geweld, pesterijen of ongewenst seksueel gedrag op het werk door "
        "derden. Een verklaring wordt vijf jaar na de registratie gewist; haar nummer wordt niet opnieuw "
        "gebruikt. De naam van de verklaarder staat er alleen als die ermee instemde.").italic = True
    rows: list[list[str]] = []
    for entry in selection.entries:
        if entry.erased:
            rows.append([str(entry.number), "", entry.recorded.strftime("%m-%Y"),
                         "gewist (bewaartermijn verstreken)", ""])
        else:
            rows.append([str(entry.number), _day(entry.facts_date), _day(entry.recorded), entry.description or "",
                         entry.declarant or NOT_NAMED])
    if rows:
        table = docx_util.add_table(document, ["Nr.", "Datum feiten", "Geregistreerd", "Beschrijving", "Verklaarder"],
                                    rows, numeric_from=5)
        for column, width in zip(table.columns, (1.3, 2.8, 2.9, 14.0, 3.7), strict=True):
            column.width = Cm(width)  # the grid, once: per-cell widths cost seconds on a long register
    else:
        document.add_paragraph("Geen verklaringen in deze periode.")
    return docx_util.document_bytes(document)


def write_register(notebook: Notebook, organisation: str, path: Path, first: date | None = None,
                   last: date | None = None) -> int:
    """Print the register to ``path`` (.docx); returns the number of entries. Logged with the key and count."""
    require_docx(path)
    notebook.audit.require_loggable()  # made only when it can be logged (issue 14 D20)
    selection = select_register(notebook, organisation, first, last)
    notebook.audit.write_output(path, register_docx(selection), (
        "register_printed", f"{selection.organisation.key} entries={len(selection.entries)}"))
    return len(selection.entries)

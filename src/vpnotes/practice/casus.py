"""An anonymised casus for intervisie (DESIGN.md §1: cases are discussed with
peers only in anonymised form).

What a casus shows: the kind and categories, the melder's role and position,
the betrokkenen by placeholder and relation, a timeline of contacts in days
(or months) since the case was opened with mode, party, duration and the
redacted summary, and the referrals, outcomes and formal steps without their
dates. What it leaves out: the organisation, departments, gender, names and
contact details, the reference, every calendar date, follow-ups, consents, a
breach of confidentiality and a retention hold; notes only on request
(``include_notes``), redacted like the summaries (see :mod:`redact`).

After redaction the casus is screened: what would block the report refuses it;
warnings (a first name, a word that is neither ordinary Dutch nor known to the
notebook, see :mod:`unknown_words`) must be acknowledged by the VP before the
file is written (``accept_warnings``), as with the report.

The casus is built as a plain object first (:class:`Casus`, what the UI would
preview), then rendered to text or Word. Nothing of the case enters an error
message or the audit log: the log records that a casus was written, not of
which case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from vpnotes.domain.model import Case
from vpnotes.domain.vocabulary import (
    CaseKind,
    Category,
    ContactMode,
    ContactParty,
    FormalStepKind,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
    Sector,
)
from vpnotes.domain.vocabulary import (
    label as code_label,
)
from vpnotes.errors import ScreeningRefused, UsageError
from vpnotes.i18n import pick
from vpnotes.practice import docx_util
from vpnotes.practice.redact import Redactor, betrokkene_placeholder
from vpnotes.practice.unknown_words import unknown_words
from vpnotes.report import screening
from vpnotes.report.screening import Finding, ScreeningResult
from vpnotes.report.wordlist import normalise
from vpnotes.store.notebook import Notebook

TITLE_NL = "Casus voor intervisie"
TITLE_EN = "Case study for peer review"
FORMATS = ("docx", "txt")


class Precision(StrEnum):
    """How the timeline counts: days since opening ("dag 15") or months ("maand 2")."""

    DAYS = "dagen"
    MONTHS = "maanden"


@dataclass(frozen=True)
class CasusContact:
    offset: int  # 1 = the day (or month) the case was opened
    minutes: int
    mode: ContactMode
    party: ContactParty
    summary: str | None  # redacted
    notes: str | None  # redacted; None unless notes were asked for


@dataclass(frozen=True)
class Casus:
    kind: CaseKind
    categories: tuple[Category, ...]
    melder_role: MelderRole
    melder_position: MelderPosition
    betrokkenen: tuple[tuple[str, Relation], ...]  # (placeholder, relation)
    precision: Precision
    closed_offset: int | None  # when the case was closed, counted like the contacts; None while open
    contacts: tuple[CasusContact, ...]
    referrals: tuple[Referral, ...]
    outcomes: tuple[Outcome, ...]
    formal_steps: tuple[FormalStepKind, ...]
    notes_included: bool
    sector: Sector = Sector.WERK  # the words of the case's organisation (DESIGN.md §9)

    def when(self, offset: int) -> str:
        if self.precision is Precision.MONTHS:
            return pick(f"maand {offset}", f"month {offset}")
        return pick(f"dag {offset}", f"day {offset}")


def build_casus(notebook: Notebook, reference: str, *, include_notes: bool = False,
                precision: Precision = Precision.DAYS) -> Casus:
    """The anonymised casus of the case with ``reference``; InvalidInput when there is none."""
    case = notebook.cases.by_reference(reference)
    organisations = notebook.organisations.all()
    redactor = Redactor.for_case(case, notebook.cases.all(), organisations)
    sector = next((org.sector for org in organisations if org.key == case.organisation), Sector.WERK)
    return casus_of(case, redactor, include_notes=include_notes, precision=precision, sector=sector)


def casus_of(case: Case, redactor: Redactor, *, include_notes: bool = False,
             precision: Precision = Precision.DAYS, sector: Sector = Sector.WERK) -> Casus:
    """The casus of ``case`` with free text passed through ``redactor`` (pure)."""

    def offset(day: date) -> int:
        if precision is Precision.MONTHS:
            return (day.year - case.opened.year) * 12 + day.month - case.opened.month + 1
        return (day - case.opened).days + 1

    def clean(text: str | None) -> str | None:
        if text is None or not text.strip():
            return None
        return redactor.redact(text.strip())

    contacts = tuple(
        CasusContact(
            offset=offset(contact.date), minutes=contact.minutes, mode=contact.mode, party=contact.party,
            summary=clean(contact.summary), notes=clean(contact.notes) if include_notes else None,
        )
        for contact in sorted(case.contacts, key=lambda c: c.date)
    )
    return Casus(
        kind=case.kind,
        categories=tuple(case.categories),
        melder_role=case.melder.role,
        melder_position=case.melder.position,
        betrokkenen=tuple((betrokkene_placeholder(i), b.relation) for i, b in enumerate(case.betrokkenen, start=1)),
        precision=precision,
        closed_offset=offset(case.closed) if case.closed is not None else None,
        contacts=contacts,
        referrals=tuple(case.referrals),
        outcomes=tuple(case.outcomes),
        formal_steps=tuple(sorted({step.kind for step in case.formal_steps}, key=list(FormalStepKind).index)),
        notes_included=include_notes,
        sector=sector,
    )


# -- rendering -------------------------------------------------------------------------------

def _labels(values: tuple[Category, ...] | tuple[Referral, ...] | tuple[Outcome, ...]
            | tuple[FormalStepKind, ...], sector: Sector) -> str:
    return ", ".join(code_label(v, sector) for v in values) if values else pick("geen", "none")


def _facts(casus: Casus) -> list[tuple[str, str]]:
    melder = f"{code_label(casus.melder_role, casus.sector)}, {_inline(casus.melder_position.label)}"
    betrokkenen = "; ".join(f"{placeholder}: {_inline(code_label(relation, casus.sector))}"
                            for placeholder, relation in casus.betrokkenen)
    if casus.closed_offset is None:
        course = pick("lopend", "ongoing")
    else:
        course = pick(f"afgesloten ({casus.when(casus.closed_offset)})", f"closed ({casus.when(casus.closed_offset)})")
    return [
        (pick("Soort", "Kind"), casus.kind.label),
        (pick("Categorieën", "Categories"), _labels(casus.categories, casus.sector)),
        (pick("Melder", "Reporter"), melder),
        (pick("Betrokkenen", "Persons concerned"), betrokkenen or pick("geen", "none")),
        (pick("Verloop", "Course"), course),
    ]


def _inline(label: str) -> str:
    """A label inside a sentence: lower case, except acronyms ("HR")."""
    return label if label.isupper() else label[:1].lower() + label[1:]


def _contact_line(casus: Casus, contact: CasusContact) -> str:
    mode, party = _inline(contact.mode.label), _inline(contact.party.label)
    return pick(
        f"{casus.when(contact.offset)}: {mode}, met {party}, {contact.minutes} min.",
        f"{casus.when(contact.offset)}: {mode}, with {party}, {contact.minutes} min.",
    )


def _outcome_facts(casus: Casus) -> list[tuple[str, str]]:
    return [
        (pick("Verwijzingen", "Referrals"), _labels(casus.referrals, casus.sector)),
        (pick("Uitkomsten", "Outcomes"), _labels(casus.outcomes, casus.sector)),
        (pick("Formele stappen", "Formal steps"), _labels(casus.formal_steps, casus.sector)),
    ]


def _intro() -> str:
    return pick(
        "Geanonimiseerd voor intervisie: namen, afdelingen, organisatie, kenmerken, contactgegevens en data "
        "zijn vervangen. Lees de tekst na voordat u hem deelt.",
        "Anonymised for peer review: names, departments, organisation, references, contact details and dates "
        "have been replaced. Read the text before you share it.",
    )


def casus_text(casus: Casus) -> str:
    title = pick(TITLE_NL, TITLE_EN)
    lines = [title, "=" * len(title), "", _intro(), ""]
    facts = _facts(casus)
    width = max(len(label) for label, _ in facts + _outcome_facts(casus)) + 1
    lines += [f"{label + ':':<{width}} {value}" for label, value in facts]
    lines += ["", pick("Tijdlijn", "Timeline"), "-" * len(pick("Tijdlijn", "Timeline"))]
    if not casus.contacts:
        lines.append(pick("Geen contacten.", "No contacts."))
    for contact in casus.contacts:
        lines.append(_contact_line(casus, contact))
        if contact.summary:
            lines += ["    " + line for line in contact.summary.splitlines()]
        if contact.notes:
            lines.append("    " + pick("Notities:", "Notes:"))
            lines += ["    " + line for line in contact.notes.splitlines()]
    lines += ["", pick("Afloop", "Outcome"), "-" * len(pick("Afloop", "Outcome"))]
    lines += [f"{label + ':':<{width}} {value}" for label, value in _outcome_facts(casus)]
    return "\n".join(lines) + "\n"


def casus_docx(casus: Casus) -> bytes:
    document = docx_util.new_document(pick(TITLE_NL, TITLE_EN))
    document.add_heading(pick(TITLE_NL, TITLE_EN), level=0)
    document.add_paragraph().add_run(_intro()).italic = True
    docx_util.facts_table(document, _facts(casus))
    document.add_heading(pick("Tijdlijn", "Timeline"), level=1)
    if not casus.contacts:
        document.add_paragraph(pick("Geen contacten.", "No contacts."))
    for contact in casus.contacts:
        document.add_paragraph().add_run(_contact_line(casus, contact)).bold = True
        if contact.summary:
            document.add_paragraph(contact.summary)
        if contact.notes:
            paragraph = document.add_paragraph()
            paragraph.add_run(pick("Notities: ", "Notes: ")).italic = True
            paragraph.add_run(contact.notes)
    document.add_heading(pick("Afloop", "Outcome"), level=1)
    for label, value in _outcome_facts(casus):
        paragraph = document.add_paragraph()
        paragraph.add_run(label + ": ").bold = True
        paragraph.add_run(value)
    return docx_util.document_bytes(document)


# -- second pair of eyes ---------------------------------------------------------------------

class CasusRefused(ScreeningRefused):
    """After redaction the report's screening still blocks something: nothing is written (exit 5).

    ``findings`` name the words for the VP's screen; the message itself holds none.
    """

    nl = "De casus bevat na anonimisering nog herleidbare tekst; pas de samenvatting of notities aan."
    en = "After anonymisation the case study still holds identifying text; edit the summary or notes."

    def __init__(self, findings: tuple[Finding, ...]) -> None:
        super().__init__()
        self.findings = findings


class CasusWarnings(CasusRefused):
    """Warnings the VP has not acknowledged: nothing is written until she does (exit 5)."""

    nl = "De casus bevat woorden om te controleren; lees ze na en bevestig ze, of pas de tekst aan."
    en = "The case study holds words to check; review and confirm them, or edit the text."


def screen_casus(notebook: Notebook, casus: Casus) -> ScreeningResult:
    """Screen the casus's free texts as the annual report would (DESIGN.md §6).

    The redaction should leave nothing that blocks; the screening is the
    independent check of that, and its warnings (a first name, a capitalised word
    from the notes that the vault does not know as a name) point the VP to what
    to read twice. Every department counts as identifying here: a casus has no
    cell size to hide behind.
    """
    ids = [org.id for org in notebook.organisations.all() if org.id is not None]
    departments = screening.department_names(notebook.vault, ids).values() if ids else ()
    lexicon = screening.build_lexicon(notebook.vault, departments_below_k=departments,
                                      belgian=casus.sector is Sector.VLAANDEREN)
    blocks: list[screening.TextBlock] = []
    for index, contact in enumerate(casus.contacts):
        when = casus.when(contact.offset)
        if contact.summary:
            blocks.append(screening.TextBlock(f"summary:{index}", pick(f"{when}, samenvatting", f"{when}, summary"),
                                              contact.summary))
        if contact.notes:
            blocks.append(screening.TextBlock(f"notes:{index}", pick(f"{when}, notities", f"{when}, notes"),
                                              contact.notes))
    result = screening.screen(blocks, lexicon)
    flagged = {(f.block, normalise(f.word)) for f in result.blocking + result.warnings}
    unknown = tuple(f for f in unknown_words(blocks) if (f.block, normalise(f.word)) not in flagged)
    order = {block.key: i for i, block in enumerate(blocks)}
    warnings = sorted(result.warnings + unknown, key=lambda f: (order[f.block], f.spans[0][0]))
    return ScreeningResult(result.blocking, tuple(warnings))


def output_format(path: Path) -> str:
    """``docx`` or ``txt`` from the file name; UsageError (exit 2) otherwise."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UsageError("Kies een bestandsnaam op .docx of .txt.", "Choose a file name ending in .docx or .txt.")
    return suffix


@dataclass(frozen=True)
class CasusExport:
    casus: Casus
    warnings: tuple[Finding, ...]  # for the VP to read twice; shown, never logged


def export_casus(notebook: Notebook, reference: str, path: Path, *, include_notes: bool = False,
                 precision: Precision = Precision.DAYS, accept_warnings: bool = False) -> CasusExport:
    """Write the casus to ``path`` (.docx or .txt, never overwriting) and log that it was made.

    Raises CasusRefused (nothing written) when the screening still blocks a word, and
    CasusWarnings while there are warnings and ``accept_warnings`` is not given. The
    acceptance is logged with the number of warnings, never the words.
    """
    fmt = output_format(path)
    notebook.audit.require_loggable()  # a casus is made only when it can be logged (issue 14 D20)
    casus = build_casus(notebook, reference, include_notes=include_notes, precision=precision)
    result = screen_casus(notebook, casus)
    if result.blocking:
        raise CasusRefused(result.blocking)
    if result.warnings and not accept_warnings:
        raise CasusWarnings(result.warnings)
    data = casus_docx(casus) if fmt == "docx" else casus_text(casus).encode("utf-8")
    # Which case stays out of the log: the reference is identifying (DESIGN.md §5).
    detail = fmt + (" notes" if include_notes else "")
    if result.warnings:
        detail += f" warnings_accepted={len(result.warnings)}"
    notebook.audit.write_output(path, data, ("casus_exported", detail))
    return CasusExport(casus, result.warnings)

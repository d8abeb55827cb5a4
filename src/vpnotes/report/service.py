"""The annual report as the command line and the app use it: prepare (count,
disclose, screen, lay out) and then export (refuse on screening hits, write
the file, log). Pure core, no Qt: the app runs :func:`prepare_report` and
:func:`export_report` off the UI thread.

``prepare_report`` returns a :class:`PreparedReport`: the disclosed figures,
the texts exactly as they will appear, the screening result and the laid-out
document, so a preview can show exactly what will be exported. Exporting
refuses while there is a blocking hit or a warning the VP has not
acknowledged; warnings are acknowledged by their :attr:`Finding.key`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from vpnotes.domain.dates import report_year_bounds
from vpnotes.domain.model import MIN_CELL_RANGE, Organisation
from vpnotes.domain.vocabulary import ActivityKind
from vpnotes.errors import InvalidInput, ScreeningRefused
from vpnotes.report.aggregate import Aggregate, aggregate, department_key, resolve_organisations
from vpnotes.report.charts import ChartData, category_chart
from vpnotes.report.disclosure import Disclosed, disclose
from vpnotes.report.document import ReportDocument, ReportTexts, build_document, row_label
from vpnotes.report.joint import Contribution, contribution_signals, joint_aggregate, publication_warning
from vpnotes.report.render_docx import render_docx
from vpnotes.report.render_json import render_json
from vpnotes.report.screening import Lexicon, ScreeningResult, TextBlock, build_lexicon, department_names, screen
from vpnotes.store.files import write_new_file
from vpnotes.store.notebook import Notebook

Format = Literal["docx", "json"]
FORMATS: tuple[Format, ...] = ("docx", "json")


@dataclass(frozen=True)
class PreparedReport:
    """Everything an export will contain, ready for a preview."""

    organisation: str | None  # None: overview across organisations
    organisation_name: str
    year: int
    label: str
    min_cell: int
    aggregate: Aggregate
    disclosed: Disclosed
    texts: ReportTexts
    blocks: tuple[TextBlock, ...]  # the VP's texts, as screened
    screening: ScreeningResult
    document: ReportDocument
    organisation_names: Mapping[str, str]
    contributions: int = 0  # a joint report (DESIGN.md §10): how many contributions were counted in
    # Set when the other kind of report (own or joint) of this organisation and year was already made.
    publication_warning: str | None = None

    def can_export(self, accepted_warnings: Iterable[str] | bool = ()) -> bool:
        if self.screening.blocking:
            return False
        return accepted_warnings is True or not self.screening.unacknowledged(
            () if accepted_warnings is False else accepted_warnings)  # type: ignore[arg-type]


def resolve_min_cell(orgs: list[Organisation], requested: int | None) -> int:
    """The organisation's stored k (the largest, for an overview); a requested k may only be stricter."""
    stored = max(org.min_cell for org in orgs)
    if requested is None:
        return stored
    low, high = MIN_CELL_RANGE
    if requested < stored:
        raise InvalidInput(
            f"De minimale celgrootte is voor dit verslag {stored}; een lagere waarde ({requested}) mag niet. "
            f"Wijzig het alleen bewust met 'vpnotes policy'.",
            f"The minimum cell size for this report is {stored}; a lower value ({requested}) is not allowed. "
            f"Change it only deliberately with 'vpnotes policy'.")
    if requested > high:
        raise InvalidInput(f"Kies een minimale celgrootte van {low} tot en met {high}.",
                           f"Choose a minimum cell size from {low} to {high}.")
    return requested


def prepare_report(notebook: Notebook, organisation: str | None, year: int, introduction: str | None = None,
                   include_activity_descriptions: bool = False, min_cell: int | None = None,
                   contributions: Sequence[Contribution] = ()) -> PreparedReport:
    """Count, disclose, screen and lay out the report for ``year`` (the year the report year starts in).

    With ``contributions`` it is the joint report of DESIGN.md §10: their skeletons are counted with
    this notebook's cases of the organisation in memory, k is the largest of all, and their (already
    screened) signals are screened once more against this notebook.
    """
    if not 1900 <= year <= 9998:
        raise InvalidInput("Kies een geldig jaar.", "Choose a valid year.")
    orgs = resolve_organisations(notebook, organisation)
    if contributions:
        if len(orgs) != 1:
            raise InvalidInput(
                "Een gezamenlijk jaarverslag is voor één organisatie; kies die (--organisation).",
                "A joint annual report is for one organisation; choose it (--organisation).")
        k = resolve_min_cell([*orgs, *(c.organisation for c in contributions)], min_cell)
        agg = joint_aggregate(notebook, orgs[0], year, contributions)
    else:
        k = resolve_min_cell(orgs, min_cell)
        agg = aggregate(notebook, organisation, year)
    disclosed = disclose(agg, k)
    overview = agg.is_overview
    names = {org.key: org.name for org in orgs}

    blocks: list[TextBlock] = []
    intro = introduction if introduction is not None and introduction.strip() else None
    if intro is not None:
        blocks.append(TextBlock("introduction", "Inleiding", intro))
    signals: list[str] = []
    if not overview:  # signals are written for one organisation's board, not for an overview
        for number, signal in enumerate(notebook.work.signals(orgs[0].key, year), start=1):
            if signal.text.strip():
                signals.append(signal.text)
                blocks.append(TextBlock(f"signal:{signal.id}", f"Signaal {number}", signal.text))
        for key, label, text in contribution_signals(contributions):
            signals.append(text)
            blocks.append(TextBlock(key, label, text))
    descriptions: list[str] = []
    if include_activity_descriptions:
        number = 0
        for org in orgs:
            start, end = report_year_bounds(year, org.year_start_month)
            for activity in notebook.work.activities(org.key, start, end):
                if activity.description and activity.description.strip():
                    number += 1
                    descriptions.append(activity.description)
                    label = f"Activiteit {number} ({ActivityKind(activity.kind).label_nl}, {activity.date:%d-%m-%Y})"
                    blocks.append(TextBlock(f"activity:{activity.id}", label, activity.description))

    screening = screen(blocks, report_lexicon(notebook, orgs, agg, k))

    texts = ReportTexts(intro, tuple(signals), tuple(descriptions))
    chart = _chart(disclosed, names)
    document = build_document(disclosed, texts, names=names, chart=chart)
    # A contribution's own log records its making: that is no publication of its figures.
    warning = None if overview or notebook.is_contribution else publication_warning(notebook, orgs[0], disclosed.label,
                                                        joint=bool(contributions))
    return PreparedReport(agg.organisation, agg.organisation_name, year, disclosed.label, k, agg, disclosed, texts,
                          tuple(blocks), screening, document, names, len(contributions), warning)


def report_lexicon(notebook: Notebook, orgs: Sequence[Organisation], agg: Aggregate, k: int) -> Lexicon:
    """What the screening of a report's texts blocks and allows: the notebook's names, departments below
    k in ``agg`` (every department, when ``agg`` has no department table), the organisations' names."""
    counts = _department_counts(agg)
    org_ids = [org.id for org in orgs if org.id is not None]
    departments = department_names(notebook.vault, org_ids)
    below_k = [name for key, name in departments.items() if counts.get(key, 0) < k]
    at_least_k = [name for key, name in departments.items() if counts.get(key, 0) >= k]
    return build_lexicon(notebook.vault, departments_below_k=below_k,
                         allowed_words=[*(o.name for o in orgs), *(o.key for o in orgs), *at_least_k])


def _department_counts(agg: Aggregate) -> dict[str, int]:
    """This year's cases per department key. An overview has no department counts: there every
    department counts as below k, so no text of an overview names one."""
    table = agg.current.tables.get("departments")
    if table is None:
        return {}
    return {department_key(name): n for name, n in table.counts.items() if name != "onbekend"}


def _chart(disclosed: Disclosed, names: Mapping[str, str]) -> ChartData | None:
    table = disclosed.table("categories")
    if table is None:
        return None
    labels = [row_label("categories", row.code, names, disclosed.sector) for row in table.rows]
    previous = disclosed.previous.label if disclosed.previous is not None and table.has_previous else None
    return category_chart(table, labels, disclosed.label, previous)


def format_for(path: str | os.PathLike[str], fmt: str | None) -> Format:
    """The output format: as asked, else ``json`` for a ``.json`` file, else ``docx``."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise InvalidInput("Kies docx of json als formaat.", "Choose docx or json as format.")
        return "json" if fmt == "json" else "docx"
    return "json" if Path(path).suffix.lower() == ".json" else "docx"


def render(prepared: PreparedReport, fmt: Format) -> bytes:
    if fmt == "json":
        return render_json(prepared.disclosed, prepared.texts.signals)
    subject = f"{prepared.document.title} {prepared.label}"
    if prepared.organisation_name:
        subject += f", {prepared.organisation_name}"
    return render_docx(prepared.document, subject=subject)


def export_report(notebook: Notebook, prepared: PreparedReport, path: str | os.PathLike[str],
                  fmt: str | None = None, accepted_warnings: Iterable[str] | bool = ()) -> Path:
    """Write the prepared report to a new file (0600, atomic, never overwriting) and log it.

    ``accepted_warnings``: keys of the warnings the VP acknowledged, or True for all
    (``--accept-warnings``). Refuses with :class:`ScreeningRefused` (exit 5) while
    there is a blocking hit or an unacknowledged warning; nothing is written then.
    """
    # Every report is logged, or not made (a read-only or damaged notebook cannot log it). A contribution
    # (DESIGN.md §10) is read-only by nature, and its report holds nothing its maker's log lacks: it is
    # the one output that is not logged.
    if not notebook.is_contribution:
        notebook.audit.require_loggable()
    screening = prepared.screening
    if screening.blocking:
        raise ScreeningRefused(
            f"Het verslag is niet gemaakt: {len(screening.blocking)} tekstdeel/-delen kunnen naar personen leiden. "
            f"Pas de tekst aan.",
            f"The report was not written: {len(screening.blocking)} piece(s) of text may identify persons. "
            f"Change the text.")
    if accepted_warnings is not True:
        missing = screening.unacknowledged(() if accepted_warnings is False else accepted_warnings)
        if missing:
            raise ScreeningRefused(
                f"Het verslag is niet gemaakt: {len(missing)} waarschuwing(en) zijn nog niet bevestigd.",
                f"The report was not written: {len(missing)} warning(s) have not been acknowledged.")
    kind = format_for(path, fmt)
    target = Path(path)
    if notebook.is_contribution:
        write_new_file(target, render(prepared, kind))
        return target
    entries = [("screening_accepted", f"warnings={len(screening.warnings)}")] if screening.warnings else []
    scope = prepared.organisation or "overzicht"
    joint = f" contributions={prepared.contributions}" if prepared.contributions else ""
    entries.append(("report_exported", f"format={kind} year={prepared.label} organisation={scope} "
                                       f"min_cell={prepared.min_cell}" + joint))
    notebook.audit.write_output(target, render(prepared, kind), *entries)
    return target

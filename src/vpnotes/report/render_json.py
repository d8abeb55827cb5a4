"""The report as JSON (``--format json``), in the shape DESIGN.md §6 fixes, so
figures can be checked or reused. It is made from the same disclosed figures
as the Word document: a hidden row is ``{"code": …, "count": null,
"suppressed": true}`` and nothing else, any other hidden number is ``null``, a
table left out is absent.

Sectors (DESIGN.md §9): a report outside ``werk`` names its ``"sector"``, and a
Flemish one has ``"register": {"recorded": N}`` (N null when hidden) and the
table ``interventions``; a ``werk`` report keeps exactly its old shape.

Additions to the fixed shape (all optional for a reader): ``previous_year``
also carries ``contacts``; an overview whose counts are rounded says so in
``"rounded_to": 5``; a joint report of several VPs (DESIGN.md §10) says how many in
``"joint": {"vps": N}``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from vpnotes.domain.vocabulary import Sector
from vpnotes.report.disclosure import Disclosed, ShownCases, ShownTable

FORMAT = "vpnotes-report"
VERSION = 1


def _cases(cases: ShownCases) -> dict[str, Any]:
    shown: dict[str, Any] = {"total": cases.total}
    if cases.split:
        shown["new"] = cases.new
        shown["carried_over"] = cases.carried_over
    return shown


def _row(code: str, count: int | None, folded: Sequence[str]) -> dict[str, Any]:
    if count is None:  # nothing that could reveal it: no "folded" either
        return {"code": code, "count": None, "suppressed": True}
    row: dict[str, Any] = {"code": code, "count": count}
    if folded:
        row["folded"] = list(folded)
    return row


def _table(table: ShownTable, previous: bool) -> dict[str, Any]:
    rows = [_row(r.code, r.previous if previous else r.count, r.folded) for r in table.rows]
    return {"rows": rows, "total": table.previous_total if previous else table.total,
            "total_is_sum": table.total_is_sum}


def report_dict(disclosed: Disclosed, signals: Sequence[str]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "organisation": disclosed.organisation,
        "year": disclosed.label,
        "min_cell": disclosed.min_cell,
        "cases": _cases(disclosed.cases),
        "contacts": disclosed.contacts,
        "tables": {t.name: _table(t, previous=False) for t in disclosed.tables},
        "hours": {"cases": disclosed.hours_cases, "activities": disclosed.hours_activities},
        "activities": {"rows": [{"code": a.code, "count": a.count, "hours": a.hours}
                                for a in disclosed.activities]},
    }
    if disclosed.sector is not Sector.WERK:  # a werk report keeps exactly its old shape
        data["sector"] = disclosed.sector.value
    if disclosed.has_register:
        data["register"] = {"recorded": disclosed.register}
    if disclosed.previous is not None:
        prev = disclosed.previous
        data["previous_year"] = {
            "year": prev.label,
            "cases": _cases(prev.cases),
            "contacts": prev.contacts,
            "tables": {t.name: _table(t, previous=True) for t in disclosed.tables if t.has_previous},
        }
    data["signals"] = [" ".join(s.split()) for s in signals]
    if disclosed.rounded_to:
        data["rounded_to"] = disclosed.rounded_to
    if disclosed.vps > 1:
        data["joint"] = {"vps": disclosed.vps}
    return data


def render_json(disclosed: Disclosed, signals: Sequence[str]) -> bytes:
    return (json.dumps(report_dict(disclosed, signals), ensure_ascii=False, indent=2) + "\n").encode("utf-8")

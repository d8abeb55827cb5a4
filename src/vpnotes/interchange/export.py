"""Writing a whole notebook as interchange v2 (the full plaintext export, DESIGN.md §5)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from vpnotes.domain.dates import month_text
from vpnotes.domain.model import (
    Case,
    InformalIntervention,
    RegisterEntry,
)
from vpnotes.interchange.reading import FORMAT, VERSION
from vpnotes.store.notebook import Notebook


def _d(value: date | None, month_only: bool = False) -> str | None:
    if value is None:
        return None
    return month_text(value) if month_only else value.isoformat()


def _drop_none(d: dict[str, Any], keep: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None or k in keep}


def _intervention(value: InformalIntervention | None, month_only: bool = False) -> dict[str, Any] | None:
    return None if value is None else {"type": value.type.value, "date": _d(value.date, month_only)}


def register_document(entry: RegisterEntry) -> dict[str, Any]:
    """One entry of the register van feiten door derden; an erased one keeps number and month only."""
    if entry.erased:
        return {"organisation": entry.organisation, "number": entry.number, "recorded": _d(entry.recorded, True),
                "erased": True}
    return {"organisation": entry.organisation, "number": entry.number, "facts_date": _d(entry.facts_date),
            "recorded": _d(entry.recorded), "description": entry.description, "declarant": entry.declarant}


def case_document(case: Case) -> dict[str, Any]:
    """One case as interchange JSON (a purged case as its statistical skeleton)."""
    if case.purged:
        return skeleton_document(case)
    m = case.melder
    return _drop_none({
        "reference": case.reference,
        "organisation": case.organisation,
        "title": case.title,
        "kind": case.kind.value,
        "categories": [c.value for c in case.categories],
        "opened": _d(case.opened),
        "closed": _d(case.closed),
        "melder": _drop_none({
            "name": m.name, "email": m.email, "phone": m.phone, "role": m.role.value,
            "position": m.position.value, "department": m.department,
            "gender": m.gender.value if m.gender else None,
        }),
        "betrokkenen": [
            _drop_none({"name": b.name, "relation": b.relation.value, "department": b.department})
            for b in case.betrokkenen
        ],
        "consent": {
            "registration": case.consent.registration,
            "registration_date": _d(case.consent.registration_date),
            "handover": case.consent.handover,
            "handover_date": _d(case.consent.handover_date),
            "sharing": [{"party": s.party.value, "date": _d(s.date)} for s in case.consent.sharing],
        },
        "contacts": [
            _drop_none({"date": _d(c.date), "minutes": c.minutes, "mode": c.mode.value, "party": c.party.value,
                        "summary": c.summary, "notes": c.notes})
            for c in case.contacts
        ],
        "followups": [
            {"due": _d(f.due), "text": f.text, "done": _d(f.done), "kind": f.kind.value} for f in case.followups
        ],
        "referrals": [r.value for r in case.referrals],
        "outcomes": [o.value for o in case.outcomes],
        "formal_steps": [{"kind": s.kind.value, "date": _d(s.date)} for s in case.formal_steps],
        "confidentiality_breach": (
            {"date": _d(case.confidentiality_breach.date),
             "justification": case.confidentiality_breach.justification}
            if case.confidentiality_breach else None
        ),
        "retention_hold": {"reason": case.retention_hold.reason} if case.retention_hold else None,
        "informal_intervention": _intervention(case.informal_intervention),
        "purged": False,
    }, keep=("closed", "confidentiality_breach", "retention_hold"))


def skeleton_document(case: Case) -> dict[str, Any]:
    """The statistical skeleton of DESIGN.md §5: codes and months only."""
    return _drop_none({
        "id": case.uid,
        "purged": True,
        "organisation": case.organisation,
        "kind": case.kind.value,
        "categories": [c.value for c in case.categories],
        "opened": _d(case.opened, True),
        "closed": _d(case.closed, True),
        "melder": {"role": case.melder.role.value, "position": case.melder.position.value},
        "betrokkenen": [{"relation": b.relation.value} for b in case.betrokkenen],
        "contacts": [{"date": _d(c.date, True), "minutes": c.minutes, "mode": c.mode.value, "party": c.party.value}
                     for c in case.contacts],
        "referrals": [r.value for r in case.referrals],
        "outcomes": [o.value for o in case.outcomes],
        "formal_steps": [{"kind": s.kind.value, "date": _d(s.date, True)} for s in case.formal_steps],
        "informal_intervention": _intervention(case.informal_intervention, True),
    }, keep=("closed",))


def export_document(notebook: Notebook) -> dict[str, Any]:
    """The whole notebook as an interchange v2 document."""
    organisations = notebook.organisations.all()
    return {
        "format": FORMAT,
        "version": VERSION,
        "organisations": [
            _drop_none({"key": o.key, "name": o.name, "employees": o.employees,
                        "year_start_month": o.year_start_month, "min_cell": o.min_cell, "sector": o.sector.value})
            for o in organisations
        ],
        "cases": [case_document(c) for c in notebook.cases.all()],
        "activities": [
            _drop_none({"organisation": a.organisation, "date": _d(a.date), "kind": a.kind.value, "hours": a.hours,
                        "description": a.description})
            for a in notebook.work.activities()
        ],
        "expenses": [
            _drop_none({"organisation": e.organisation, "date": _d(e.date), "kind": e.kind.value,
                        "amount": e.amount_cents / 100, "description": e.description, "case": e.case_reference})
            for e in notebook.work.expenses()
        ],
        "signals": [{"organisation": s.organisation, "year": s.year, "text": s.text} for s in notebook.work.signals()],
        "third_party_register": [register_document(e) for o in organisations
                                 for e in notebook.register.entries(o.key, erased=True)],
    }


def export_file(notebook: Notebook, path: str | Path) -> None:
    """Write the full export; never overwrites an existing file. Logged."""
    notebook.audit.require_loggable()  # the export must be logged; refuse before any plaintext is made
    document = export_document(notebook)
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    notebook.audit.write_output(Path(path), data, ("exported", f"cases={len(document['cases'])}"))

"""Retention: N years after closing (policy ``retention_years``, default 2) a case
is reduced to its statistical skeleton, unless it is on hold; activity and
expense descriptions are erased N years after their date (DESIGN.md §1, §5).

:func:`due_for_purge` lists what is due (``vpnotes purge --dry-run`` and the
app's reminder); :func:`purge` erases the cases the VP confirmed, in one
transaction, then merges the search index and vacuums the file so no token of an
erased case survives in the index, in free pages or in a journal. Annual reports
of past years keep their figures: a skeleton keeps every code and month the
report counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from vpnotes.domain.dates import add_years
from vpnotes.errors import CleanupPending, InvalidInput
from vpnotes.lifecycle.skeleton import reduce_to_skeleton
from vpnotes.store import audit
from vpnotes.store.codec import day_value
from vpnotes.store.notebook import Notebook


@dataclass(frozen=True)
class DueCase:
    id: int
    reference: str | None
    organisation: str
    closed: date
    due: date  # the day the retention period ended


@dataclass(frozen=True)
class PurgeResult:
    cases: int
    descriptions: int


def retention_years(notebook: Notebook) -> int:
    return int(notebook.policy.get("retention_years"))


def due_for_purge(notebook: Notebook, today: date | None = None) -> list[DueCase]:
    """Closed, not yet purged cases whose retention period has ended and that are not on hold."""
    today = today or date.today()
    years = retention_years(notebook)
    due: list[DueCase] = []
    for case_id, reference, organisation, closed_text in notebook.vault.query(
        "SELECT c.id, c.reference, o.key, c.closed FROM cases c JOIN organisations o ON o.id = c.organisation_id "
        "WHERE c.purged = 0 AND c.closed IS NOT NULL AND c.hold_reason IS NULL ORDER BY c.closed, c.id"
    ):
        closed = day_value(closed_text)
        assert closed is not None
        ends = add_years(closed, years)
        if ends <= today:
            due.append(DueCase(case_id, reference, organisation, closed, ends))
    return due


def descriptions_due(notebook: Notebook, today: date | None = None) -> tuple[list[int], list[int]]:
    """Ids of activities and of expenses whose description is due for erasure."""
    today = today or date.today()
    years = retention_years(notebook)
    found: list[list[int]] = []
    for table in ("activities", "expenses"):
        rows = notebook.vault.query(f"SELECT id, date FROM {table} WHERE description IS NOT NULL ORDER BY id")
        found.append([row_id for row_id, text in rows if add_years(_date(text), years) <= today])
    return found[0], found[1]


def purge(
    notebook: Notebook, ids: Iterable[int], *, today: date | None = None, descriptions: bool = True
) -> PurgeResult:
    """Reduce the cases ``ids`` to their skeleton (each must be due), erase due descriptions.

    Refuses (InvalidInput, nothing changed) when a case is not due: open, on hold,
    within its retention period, already purged, or unknown.
    """
    today = today or date.today()
    wanted = list(dict.fromkeys(ids))
    due = {d.id for d in due_for_purge(notebook, today)}
    if any(case_id not in due for case_id in wanted):
        raise InvalidInput(
            "Een gekozen zaak is (nog) niet aan de beurt voor schonen; er is niets gewist.",
            "A chosen case is not due for purging; nothing was erased.",
        )
    activity_ids, expense_ids = descriptions_due(notebook, today) if descriptions else ([], [])
    erasing = bool(wanted or activity_ids or expense_ids)
    with notebook.vault.transaction(erasing=erasing) as conn:
        count = reduce_to_skeleton(conn, wanted)
        conn.executemany("UPDATE activities SET description = NULL WHERE id = ?", [(i,) for i in activity_ids])
        conn.executemany("UPDATE expenses SET description = NULL WHERE id = ?", [(i,) for i in expense_ids])
        erased = len(activity_ids) + len(expense_ids)
        if count or erased:
            audit.record(conn, "purge", f"cases={count} descriptions={erased}")
    if not erasing:
        return PurgeResult(count, erased)
    try:
        notebook.vault.compact()
    except CleanupPending:
        raise CleanupPending(
            f"Geschoond: {count} zaak/zaken teruggebracht tot hun skelet, {erased} omschrijving(en) gewist.",
            f"Purged: {count} case(s) reduced to their skeleton, {erased} description(s) erased.",
        ) from None
    return PurgeResult(count, erased)


def _date(text: str) -> date:
    value = day_value(text)
    assert value is not None
    return value

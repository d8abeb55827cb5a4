"""Adding parsed interchange data to a notebook: all or nothing, in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vpnotes.domain.vocabulary import Sector
from vpnotes.errors import InvalidInput
from vpnotes.interchange.reading import Interchange, load_file
from vpnotes.store import audit
from vpnotes.store.cases import insert_case
from vpnotes.store.notebook import Notebook
from vpnotes.store.work import insert_activity, insert_expense, insert_signal


@dataclass(frozen=True)
class ImportResult:
    organisations: int
    cases: int
    activities: int
    expenses: int
    signals: int
    register: int = 0


def import_data(notebook: Notebook, data: Interchange, *, audit_detail: str | None = None) -> ImportResult:
    """Write everything in one transaction; any problem leaves the notebook unchanged.

    Takes the data as it is: no follow-ups are generated (historical records).
    ``audit_detail`` replaces the log entry's counts (a caller that knows more, such
    as the spreadsheet import, says where the data came from; never what it holds).
    """
    with notebook.vault.transaction() as conn:
        new_orgs = 0
        for org in data.organisations:
            if conn.execute("SELECT 1 FROM organisations WHERE key = ?", (org.key,)).fetchone() is None:
                conn.execute(
                    "INSERT INTO organisations (key, name, employees, year_start_month, min_cell, sector) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (org.key, org.name, org.employees, org.year_start_month, org.min_cell, org.sector.value),
                )
                new_orgs += 1
        _insert_all(conn, data.cases, "cases", insert_case)
        _insert_all(conn, data.activities, "activities", insert_activity)
        _insert_all(conn, data.expenses, "expenses", insert_expense)
        _insert_all(conn, data.signals, "signals", insert_signal)
        _insert_register(notebook, conn, data)
        result = ImportResult(new_orgs, len(data.cases), len(data.activities), len(data.expenses), len(data.signals),
                              len(data.register))
        audit.record(conn, "imported", audit_detail or f"cases={result.cases} activities={result.activities}")
    return result


def _insert_all(conn: Any, items: list[Any], name: str, insert: Callable[[Any, Any], int]) -> None:
    for i, item in enumerate(items):
        if getattr(item, "organisation", None) == "":
            item.organisation = None  # optional when the vault has exactly one organisation
        try:
            item.id = insert(conn, item)
        except InvalidInput as exc:
            raise InvalidInput(f"{name}[{i}].{exc.nl}", f"{name}[{i}].{exc.en}") from None


def _insert_register(notebook: Notebook, conn: Any, data: Interchange) -> None:
    """Register entries go to their (Flemish) organisation with their own numbers (DESIGN.md §9)."""
    organisations = {key: (org_id, sector) for org_id, key, sector in
                     conn.execute("SELECT id, key, sector FROM organisations").fetchall()}
    for i, entry in enumerate(data.register):
        path = f"third_party_register[{i}]."
        key = entry.organisation or (next(iter(organisations)) if len(organisations) == 1 else "")
        if key not in organisations:
            raise InvalidInput(f"{path}organisation: onbekende organisatie",
                               f"{path}organisation: unknown organisation")
        org_id, sector = organisations[key]
        if sector != Sector.VLAANDEREN.value:
            raise InvalidInput(f"{path}organisation: alleen een organisatie in Vlaanderen heeft dit register",
                               f"{path}organisation: only a Flemish organisation keeps this register")
        entry.organisation = key
        notebook.register.insert(conn, org_id, entry, path)


def import_file(notebook: Notebook, path: str | Path) -> ImportResult:
    return import_data(notebook, load_file(path))



"""Adding parsed interchange data to a notebook: all or nothing, in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def import_data(notebook: Notebook, data: Interchange) -> ImportResult:
    """Write everything in one transaction; any problem leaves the notebook unchanged.

    Takes the data as it is: no follow-ups are generated (historical records).
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
        result = ImportResult(new_orgs, len(data.cases), len(data.activities), len(data.expenses), len(data.signals))
        audit.record(conn, "imported", f"cases={result.cases} activities={result.activities}")
    return result


def _insert_all(conn: Any, items: list[Any], name: str, insert: Callable[[Any, Any], int]) -> None:
    for i, item in enumerate(items):
        if getattr(item, "organisation", None) == "":
            item.organisation = None  # optional when the vault has exactly one organisation
        try:
            item.id = insert(conn, item)
        except InvalidInput as exc:
            raise InvalidInput(f"{name}[{i}].{exc.nl}", f"{name}[{i}].{exc.en}") from None


def import_file(notebook: Notebook, path: str | Path) -> ImportResult:
    return import_data(notebook, load_file(path))



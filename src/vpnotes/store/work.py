"""The VP's work for an organisation that is not a case: preventive activities
(with hours), expenses, and signals written for the annual report.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from vpnotes.domain.model import Activity, Expense, Signal
from vpnotes.domain.vocabulary import ActivityKind, ExpenseKind
from vpnotes.errors import InvalidInput
from vpnotes.store.cases import organisation_id
from vpnotes.store.codec import day_text, day_value
from vpnotes.store.vault import Vault

MAX_HOURS = 1000.0


def check_activity(activity: Activity, path: str = "") -> None:
    if not (math.isfinite(activity.hours) and 0 <= activity.hours <= MAX_HOURS):
        raise InvalidInput(f"{path}hours: kies 0-1000 uur", f"{path}hours: choose 0-1000 hours")


def check_expense(expense: Expense, path: str = "") -> None:
    if not 0 <= expense.amount_cents <= 100_000_000:
        raise InvalidInput(f"{path}amount: ongeldig bedrag", f"{path}amount: invalid amount")


def _date(text: str) -> date:
    value = day_value(text)
    assert value is not None
    return value


class Work:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # -- activities --------------------------------------------------------------------------

    def activities(self, organisation: str | None = None, start: date | None = None,
                   end: date | None = None) -> list[Activity]:
        """Activities, optionally of one organisation and within [start, end)."""
        sql, params = _filtered(
            "SELECT a.id, o.key, a.date, a.kind, a.hours, a.description FROM activities a "
            "JOIN organisations o ON o.id = a.organisation_id WHERE 1 = 1", "a", organisation, start, end)
        return [
            Activity(id=r[0], organisation=r[1], date=_date(r[2]), kind=ActivityKind(r[3]), hours=r[4],
                     description=r[5])
            for r in self.vault.query(sql + " ORDER BY a.date, a.id", params)
        ]

    def add_activity(self, activity: Activity) -> int:
        check_activity(activity)
        with self.vault.transaction() as conn:
            activity.id = insert_activity(conn, activity)
        return activity.id

    def update_activity(self, activity: Activity) -> None:
        check_activity(activity)
        with self.vault.transaction() as conn:
            conn.execute(
                "UPDATE activities SET organisation_id = ?, date = ?, kind = ?, hours = ?, description = ? "
                "WHERE id = ?",
                (organisation_id(conn, activity.organisation), day_text(activity.date), activity.kind.value,
                 activity.hours, activity.description, activity.id),
            )

    def delete_activity(self, activity_id: int) -> None:
        with self.vault.transaction() as conn:
            conn.execute("DELETE FROM activities WHERE id = ?", (activity_id,))

    # -- expenses ----------------------------------------------------------------------------

    def expenses(self, organisation: str | None = None, start: date | None = None,
                 end: date | None = None) -> list[Expense]:
        sql, params = _filtered(
            "SELECT e.id, o.key, e.date, e.kind, e.amount_cents, e.description, c.reference FROM expenses e "
            "JOIN organisations o ON o.id = e.organisation_id LEFT JOIN cases c ON c.id = e.case_id "
            "WHERE 1 = 1", "e", organisation, start, end)
        return [
            Expense(id=r[0], organisation=r[1], date=_date(r[2]), kind=ExpenseKind(r[3]), amount_cents=r[4],
                    description=r[5], case_reference=r[6])
            for r in self.vault.query(sql + " ORDER BY e.date, e.id", params)
        ]

    def add_expense(self, expense: Expense) -> int:
        check_expense(expense)
        with self.vault.transaction() as conn:
            expense.id = insert_expense(conn, expense)
        return expense.id

    def update_expense(self, expense: Expense) -> None:
        """Save a changed expense; its ``case_reference`` (if any) must name an existing case."""
        check_expense(expense)
        with self.vault.transaction() as conn:
            conn.execute(
                "UPDATE expenses SET organisation_id = ?, date = ?, kind = ?, amount_cents = ?, description = ?, "
                "case_id = ? WHERE id = ?",
                (organisation_id(conn, expense.organisation), day_text(expense.date), expense.kind.value,
                 expense.amount_cents, expense.description, case_id_for(conn, expense.case_reference), expense.id),
            )

    def delete_expense(self, expense_id: int) -> None:
        with self.vault.transaction() as conn:
            conn.execute("DELETE FROM expenses WHERE id = ?", (expense_id,))

    # -- signals -----------------------------------------------------------------------------

    def signals(self, organisation: str | None = None, year: int | None = None) -> list[Signal]:
        sql = ("SELECT s.id, o.key, s.year, s.text FROM signals s JOIN organisations o "
               "ON o.id = s.organisation_id WHERE 1 = 1")
        params: list[Any] = []
        if organisation is not None:
            sql += " AND o.key = ?"
            params.append(organisation)
        if year is not None:
            sql += " AND s.year = ?"
            params.append(year)
        return [Signal(id=r[0], organisation=r[1], year=r[2], text=r[3])
                for r in self.vault.query(sql + " ORDER BY s.year, s.id", params)]

    def add_signal(self, signal: Signal) -> int:
        with self.vault.transaction() as conn:
            signal.id = insert_signal(conn, signal)
        return signal.id

    def update_signal(self, signal: Signal) -> None:
        with self.vault.transaction() as conn:
            conn.execute("UPDATE signals SET year = ?, text = ? WHERE id = ?", (signal.year, signal.text, signal.id))

    def delete_signal(self, signal_id: int) -> None:
        with self.vault.transaction() as conn:
            conn.execute("DELETE FROM signals WHERE id = ?", (signal_id,))


def _filtered(sql: str, alias: str, organisation: str | None, start: date | None,
              end: date | None) -> tuple[str, list[Any]]:
    params: list[Any] = []
    if organisation is not None:
        sql += " AND o.key = ?"
        params.append(organisation)
    if start is not None:
        sql += f" AND {alias}.date >= ?"
        params.append(start.isoformat())
    if end is not None:
        sql += f" AND {alias}.date < ?"
        params.append(end.isoformat())
    return sql, params


def insert_activity(conn: Any, activity: Activity) -> int:
    return int(conn.execute(
        "INSERT INTO activities (organisation_id, date, kind, hours, description) VALUES (?, ?, ?, ?, ?)",
        (organisation_id(conn, activity.organisation), day_text(activity.date), activity.kind.value,
         activity.hours, activity.description),
    ).lastrowid)


def case_id_for(conn: Any, reference: str | None) -> int | None:
    """The id of the case with ``reference`` (None for no reference); an unknown one is refused."""
    if reference is None:
        return None
    row = conn.execute("SELECT id FROM cases WHERE reference = ?", (reference,)).fetchone()
    if row is None:
        raise InvalidInput("case: onbekend kenmerk", "case: unknown reference")
    return int(row[0])


def insert_expense(conn: Any, expense: Expense) -> int:
    return int(conn.execute(
        "INSERT INTO expenses (organisation_id, date, kind, amount_cents, description, case_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (organisation_id(conn, expense.organisation), day_text(expense.date), expense.kind.value,
         expense.amount_cents, expense.description, case_id_for(conn, expense.case_reference)),
    ).lastrowid)


def insert_signal(conn: Any, signal: Signal) -> int:
    return int(conn.execute(
        "INSERT INTO signals (organisation_id, year, text) VALUES (?, ?, ?)",
        (organisation_id(conn, signal.organisation), signal.year, signal.text),
    ).lastrowid)

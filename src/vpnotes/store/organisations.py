"""Organisations a VP serves (an intern VP has one, an extern VP several).

The key is fixed once made (cases, activities and expenses refer to the row);
name, number of employees and the report year's first month can change. Adding
or changing one is recorded in the audit log with the key only. ``min_cell`` is
a policy and changes through :meth:`vpnotes.store.policy.Policies.set`.
"""

from __future__ import annotations

import re

from vpnotes.domain.model import MIN_CELL_RANGE, Organisation
from vpnotes.domain.vocabulary import Sector
from vpnotes.errors import InvalidInput
from vpnotes.store import audit
from vpnotes.store.vault import Vault

_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


def check_organisation(org: Organisation, path: str = "") -> None:
    if not _KEY.match(org.key):
        raise InvalidInput(
            f"{path}key: gebruik 1-40 kleine letters, cijfers, - of _",
            f"{path}key: use 1-40 lower-case letters, digits, - or _",
        )
    if not org.name.strip():
        raise InvalidInput(f"{path}name: vul een naam in", f"{path}name: enter a name")
    if not 1 <= org.year_start_month <= 12:
        raise InvalidInput(f"{path}year_start_month: kies 1-12", f"{path}year_start_month: choose 1-12")
    low, high = MIN_CELL_RANGE
    if not low <= org.min_cell <= high:
        raise InvalidInput(f"{path}min_cell: kies {low}-{high}", f"{path}min_cell: choose {low}-{high}")
    if org.employees is not None and not 0 <= org.employees <= 10_000_000:
        raise InvalidInput(f"{path}employees: ongeldig aantal", f"{path}employees: invalid number")


class Organisations:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def all(self) -> list[Organisation]:
        return [
            Organisation(id=r[0], key=r[1], name=r[2], employees=r[3], year_start_month=r[4], min_cell=r[5],
                         sector=Sector(r[6]))
            for r in self.vault.query(
                "SELECT id, key, name, employees, year_start_month, min_cell, sector FROM organisations ORDER BY key"
            )
        ]

    def get(self, key: str) -> Organisation:
        for org in self.all():
            if org.key == key:
                return org
        raise InvalidInput("organisation: onbekende organisatie", "organisation: unknown organisation")

    def add(self, org: Organisation) -> int:
        check_organisation(org)
        with self.vault.transaction() as conn:
            if conn.execute("SELECT 1 FROM organisations WHERE key = ?", (org.key,)).fetchone():
                raise InvalidInput("key: deze organisatie bestaat al", "key: this organisation exists already")
            org.id = int(
                conn.execute(
                    "INSERT INTO organisations (key, name, employees, year_start_month, min_cell, sector) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (org.key, org.name, org.employees, org.year_start_month, org.min_cell, org.sector.value),
                ).lastrowid
            )
            audit.record(conn, "organisation_added", org.key)
        return org.id

    def update(self, org: Organisation) -> bool:
        """Change name, size and report year start; logged. ``min_cell`` changes go through the policy.

        Returns whether anything changed (an unchanged organisation is neither written nor logged).
        """
        check_organisation(org)
        with self.vault.transaction() as conn:
            row = conn.execute(
                "SELECT name, employees, year_start_month, sector FROM organisations WHERE key = ?", (org.key,)
            ).fetchone()
            if row is None:
                raise InvalidInput("organisation: onbekende organisatie", "organisation: unknown organisation")
            if tuple(row) == (org.name, org.employees, org.year_start_month, org.sector.value):
                return False
            conn.execute(
                "UPDATE organisations SET name = ?, employees = ?, year_start_month = ?, sector = ? WHERE key = ?",
                (org.name, org.employees, org.year_start_month, org.sector.value, org.key),
            )
            audit.record(conn, "organisation_changed", org.key)
        return True

    def case_count(self, key: str) -> int:
        """How many cases belong to the organisation (its report years depend on ``year_start_month``)."""
        row = self.vault.query_one(
            "SELECT COUNT(*) FROM cases JOIN organisations o ON o.id = cases.organisation_id WHERE o.key = ?",
            (key,),
        )
        return 0 if row is None else int(row[0])

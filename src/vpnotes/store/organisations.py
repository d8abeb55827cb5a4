"""Organisations a VP serves (an intern VP has one, an extern VP several)."""

from __future__ import annotations

import re

from vpnotes.domain.model import MIN_CELL_RANGE, Organisation
from vpnotes.errors import InvalidInput
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
            Organisation(id=r[0], key=r[1], name=r[2], employees=r[3], year_start_month=r[4], min_cell=r[5])
            for r in self.vault.query(
                "SELECT id, key, name, employees, year_start_month, min_cell FROM organisations ORDER BY key"
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
                    "INSERT INTO organisations (key, name, employees, year_start_month, min_cell) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (org.key, org.name, org.employees, org.year_start_month, org.min_cell),
                ).lastrowid
            )
        return org.id

    def update(self, org: Organisation) -> None:
        """Change name, size and report year start. ``min_cell`` changes go through the policy."""
        check_organisation(org)
        with self.vault.transaction() as conn:
            conn.execute(
                "UPDATE organisations SET name = ?, employees = ?, year_start_month = ? WHERE key = ?",
                (org.name, org.employees, org.year_start_month, org.key),
            )

"""The register van feiten door derden of a Flemish organisation (DESIGN.md §9).

Workers declare violence, bullying or unwanted sexual behaviour by third parties
(customers, suppliers, patients, pupils); the VP keeps the register. Every entry
gets the next number of its organisation; numbers are never given twice, also
after an entry is erased, because an erased entry keeps its row: its number and
the month it was recorded (the count per year survives for reports) and nothing
else. Entries are erased five years after they were recorded (:meth:`Register.purge`)
or earlier by the VP; either way the file is compacted after, so no token of the
description or the declarant survives in free pages or a journal. The audit log
names the organisation key and the entry's number, never its content.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from vpnotes.domain.dates import add_years
from vpnotes.domain.model import RegisterEntry
from vpnotes.errors import InvalidInput
from vpnotes.store import audit
from vpnotes.store.cases import organisation_id
from vpnotes.store.codec import day_sql, day_text, day_value
from vpnotes.store.vault import Vault

KEEP_YEARS = 5
_COLUMNS = "id, number, facts_date, recorded, description, declarant, erased"


@dataclass(frozen=True)
class DueEntry:
    """An entry whose five years have passed: ``purge --dry-run`` lists it as ``register KEY N``."""

    organisation: str
    number: int
    recorded: date


def check_entry(entry: RegisterEntry, path: str = "") -> None:
    """Refuse an entry without a description or with facts after the day they were recorded."""
    if entry.number < 1:
        raise InvalidInput(f"{path}number: kies een nummer vanaf 1", f"{path}number: choose a number from 1")
    if not entry.erased and not (entry.description or "").strip():
        raise InvalidInput(f"{path}description: beschrijf de feiten", f"{path}description: describe the facts")
    if entry.facts_date is not None and entry.facts_date > entry.recorded:
        raise InvalidInput(f"{path}facts_date: ligt na de datum van registratie",
                           f"{path}facts_date: is after the day it was recorded")


def _entry(row: Any, organisation: str) -> RegisterEntry:
    row_id, number, facts, recorded, description, declarant, erased = row
    day = day_value(recorded)
    assert day is not None
    return RegisterEntry(number=number, recorded=day, description=description, facts_date=day_value(facts),
                         declarant=declarant, erased=bool(erased), organisation=organisation, id=row_id)


def _clean(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None


class Register:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def entries(self, organisation: str, *, erased: bool = False, recorded_from: date | None = None,
                recorded_before: date | None = None) -> list[RegisterEntry]:
        """The organisation's entries by number; erased ones only when asked for.

        ``recorded_from``/``recorded_before`` select by the day an entry was recorded.
        """
        rows = self.vault.query(
            f"SELECT {_COLUMNS} FROM register_entries WHERE organisation_id = "
            "(SELECT id FROM organisations WHERE key = ?) ORDER BY number", (organisation,))
        found = [_entry(r, organisation) for r in rows]
        return [e for e in found if (erased or not e.erased)
                and (recorded_from is None or e.recorded >= recorded_from)
                and (recorded_before is None or e.recorded < recorded_before)]

    def get(self, organisation: str, number: int) -> RegisterEntry:
        for entry in self.entries(organisation, erased=True):
            if entry.number == number:
                return entry
        raise InvalidInput("number: dit nummer staat niet in het register", "number: no such number in the register")

    def next_number(self, organisation: str) -> int:
        row = self.vault.query_one(
            "SELECT coalesce(max(number), 0) + 1 FROM register_entries WHERE organisation_id = "
            "(SELECT id FROM organisations WHERE key = ?)", (organisation,))
        return int(row[0])

    def add(self, organisation: str, *, recorded: date, description: str, facts_date: date | None = None,
            declarant: str | None = None) -> RegisterEntry:
        """A new entry with the organisation's next number (one more than any number ever given)."""
        entry = RegisterEntry(number=1, recorded=recorded, description=_clean(description), facts_date=facts_date,
                              declarant=_clean(declarant), organisation=organisation)
        check_entry(entry)
        with self.vault.transaction() as conn:
            org_id = organisation_id(conn, organisation)
            entry.number = int(conn.execute(
                "SELECT coalesce(max(number), 0) + 1 FROM register_entries WHERE organisation_id = ?",
                (org_id,)).fetchone()[0])
            entry.id = _insert(conn, org_id, entry)
            audit.record(conn, "register_added", f"{organisation} {entry.number}")
        return entry

    def insert(self, conn: Any, organisation_id: int, entry: RegisterEntry, path: str = "") -> None:
        """Store an entry with its own number inside a running transaction (import, handover).

        A number the organisation has used already, also by an erased entry, is an error.
        """
        check_entry(entry, path)
        if conn.execute("SELECT 1 FROM register_entries WHERE organisation_id = ? AND number = ?",
                        (organisation_id, entry.number)).fetchone():
            raise InvalidInput(f"{path}number: dit nummer is al gebruikt in het register van deze organisatie",
                               f"{path}number: this number is already used in this organisation's register")
        entry.id = _insert(conn, organisation_id, entry)

    def update(self, organisation: str, entry: RegisterEntry) -> None:
        """Change the dates, description or declarant of a live entry; its number stays."""
        entry.description, entry.declarant = _clean(entry.description), _clean(entry.declarant)
        check_entry(entry)
        with self.vault.transaction() as conn:
            org_id = organisation_id(conn, organisation)
            changed = conn.execute(
                "UPDATE register_entries SET facts_date = ?, recorded = ?, description = ?, declarant = ? "
                "WHERE organisation_id = ? AND number = ? AND erased = 0",
                (day_text(entry.facts_date), day_text(entry.recorded), entry.description, entry.declarant,
                 org_id, entry.number)).rowcount
            if not changed:
                raise InvalidInput("number: dit nummer staat niet (meer) in het register",
                                   "number: this number is not (or no longer) in the register")
            audit.record(conn, "register_changed", f"{organisation} {entry.number}")

    def erase(self, organisation: str, numbers: Iterable[int], *, compact: bool = True) -> int:
        """Erase entries: each keeps its number and the month it was recorded, nothing else."""
        wanted = list(dict.fromkeys(numbers))
        with self.vault.transaction() as conn:
            org_id = organisation_id(conn, organisation)
            count = _erase(conn, org_id, wanted)
            for number in wanted:
                audit.record(conn, "register_erased", f"{organisation} {number}")
        if count and compact:
            self.vault.compact()
        return count

    def due(self, today: date | None = None) -> list[DueEntry]:
        """Live entries recorded five years ago or longer, over every organisation."""
        today = today or date.today()
        due: list[DueEntry] = []
        for key, number, recorded in self.vault.query(
                "SELECT o.key, r.number, r.recorded FROM register_entries r JOIN organisations o "
                "ON o.id = r.organisation_id WHERE r.erased = 0 ORDER BY o.key, r.number"):
            day = day_value(recorded)
            assert day is not None
            if add_years(day, KEEP_YEARS) <= today:
                due.append(DueEntry(key, number, day))
        return due

    def purge(self, today: date | None = None) -> int:
        """Erase every entry that is due (part of ``vpnotes purge``); logged as a count."""
        due = self.due(today)
        if not due:
            return 0
        with self.vault.transaction() as conn:
            count = 0
            for key in dict.fromkeys(d.organisation for d in due):
                org_id = organisation_id(conn, key)
                count += _erase(conn, org_id, [d.number for d in due if d.organisation == key])
            audit.record(conn, "register_purge", f"entries={count}")
        self.vault.compact()
        return count

    def recorded_count(self, organisation_id: int, start: date, end: date) -> int:
        """Entries (erased ones too) recorded in ``[start, end)``: the report's yearly count."""
        row = self.vault.query_one(
            f"SELECT count(*) FROM register_entries WHERE organisation_id = ? AND {day_sql('recorded')} >= ? "
            f"AND {day_sql('recorded')} < ?", (organisation_id, start.isoformat(), end.isoformat()))
        return int(row[0])


def _insert(conn: Any, organisation_id: int, entry: RegisterEntry) -> int:
    return int(conn.execute(
        "INSERT INTO register_entries (organisation_id, number, facts_date, recorded, description, declarant, "
        "erased) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (organisation_id, entry.number, day_text(entry.facts_date), day_text(entry.recorded, entry.erased),
         entry.description if not entry.erased else None, entry.declarant if not entry.erased else None,
         int(entry.erased))).lastrowid)


def _erase(conn: Any, organisation_id: int, numbers: list[int]) -> int:
    count = 0
    for number in numbers:
        count += conn.execute(
            "UPDATE register_entries SET description = NULL, declarant = NULL, facts_date = NULL, "
            "recorded = substr(recorded, 1, 7), erased = 1 WHERE organisation_id = ? AND number = ? AND erased = 0",
            (organisation_id, number)).rowcount
    return count

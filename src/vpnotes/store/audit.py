"""The notebook's event log: what happened when, never what about.

Each entry carries the SHA-256 of its own content and the previous entry's
hash, so a changed or removed entry breaks the chain (``vpnotes check``). The
``detail`` holds codes and counts only: no name, no note, no reference.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vpnotes.i18n import pick
from vpnotes.store.files import removed_unless_logged, write_new_file
from vpnotes.store.vault import Vault

GENESIS = "0" * 64

EVENTS: dict[str, tuple[str, str]] = {
    "created": ("Notitieboek aangemaakt", "Notebook created"),
    "opened": ("Geopend", "Opened"),
    "locked": ("Vergrendeld", "Locked"),
    "imported": ("Gegevens ingelezen", "Data imported"),
    "exported": ("Volledige export gemaakt", "Full export written"),
    "checked": ("Gecontroleerd", "Checked"),
    "policy_changed": ("Instelling gewijzigd", "Policy changed"),
    "report_exported": ("Jaarverslag gemaakt", "Annual report written"),
    "contribution_written": ("Bijdrage voor een gezamenlijk jaarverslag gemaakt",
                             "Contribution to a joint annual report written"),
    "screening_accepted": ("Waarschuwingen bij screening geaccepteerd", "Screening warnings accepted"),
    "backup": ("Reservekopie gemaakt", "Backup written"),
    "handover": ("Overdracht", "Handover"),
    "purge": ("Bewaartermijn toegepast", "Retention applied"),
    "passphrase_changed": ("Wachtzin gewijzigd", "Passphrase changed"),
    "access_extract": ("Inzage-overzicht gemaakt", "Access extract written"),
    "erasure": ("Gegevens gewist op verzoek", "Data erased on request"),
    "erasure_refused": ("Verzoek om verwijdering geweigerd", "Erasure request refused"),
    "backup_deleted": ("Reservekopie verwijderd", "Backup deleted"),
    "casus_exported": ("Casus voor intervisie gemaakt", "Case study written"),
    "statement_exported": ("Urenoverzicht gemaakt", "Statement written"),
    "organisation_added": ("Organisatie toegevoegd", "Organisation added"),
    "organisation_changed": ("Organisatie gewijzigd", "Organisation changed"),
    "register_added": ("Register feiten door derden: verklaring toegevoegd", "Third-party register: entry added"),
    "register_changed": ("Register feiten door derden: verklaring gewijzigd", "Third-party register: entry changed"),
    "register_erased": ("Register feiten door derden: verklaring gewist", "Third-party register: entry erased"),
    "register_purge": ("Register feiten door derden: bewaartermijn toegepast",
                       "Third-party register: retention applied"),
    "register_printed": ("Register feiten door derden afgedrukt", "Third-party register printed"),
    "intervention_document": ("Document informele psychosociale interventie gemaakt",
                              "Informal intervention document written"),
}


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    event: str
    detail: str
    prev_hash: str
    hash: str

    @property
    def label(self) -> str:
        nl, en = EVENTS.get(self.event, (self.event, self.event))
        return pick(nl, en)


def entry_hash(prev_hash: str, at: str, event: str, detail: str) -> str:
    payload = "\x1f".join((prev_hash, at, event, detail)).encode("utf-8")
    return hashlib.sha256(payload).hexdigest()


def last_hash(conn: Any) -> str:
    row = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return GENESIS if row is None else str(row[0])


def record(conn: Any, event: str, detail: str = "", *, at: str | None = None, prev: str | None = None) -> str:
    """Append an entry inside the caller's transaction; returns its hash."""
    if event not in EVENTS:
        raise ValueError(f"unknown audit event {event!r}")
    when = at or datetime.now(UTC).astimezone().isoformat(timespec="seconds")
    previous = last_hash(conn) if prev is None else prev
    digest = entry_hash(previous, when, event, detail)
    conn.execute(
        "INSERT INTO audit (at, event, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?)",
        (when, event, detail, previous, digest),
    )
    return digest


class AuditLog:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def record(self, event: str, detail: str = "") -> None:
        with self.vault.transaction() as conn:
            record(conn, event, detail)

    def require_loggable(self) -> None:
        """Refuse, before anything is made, an output this notebook could not log (read-only, damaged)."""
        self.vault.require_writable(logged_output=True)

    def write_output(self, path: Path, data: bytes, *entries: tuple[str, str]) -> None:
        """Write an output file (``write_new_file``) and log it, or neither (issue 14 D20).

        ``entries``: the (event, detail) pairs that record it, in one transaction. Should
        they fail (a full disk, the file turned read-only), the file is removed again, so
        no output of the notebook exists without its entry in the log.
        """
        self.require_loggable()
        write_new_file(path, data)
        with removed_unless_logged(path), self.vault.transaction() as conn:
            for event, detail in entries:
                record(conn, event, detail)

    def entries(self) -> list[AuditEntry]:
        return [AuditEntry(*r) for r in self.vault.query(
            "SELECT id, at, event, detail, prev_hash, hash FROM audit ORDER BY id")]

    def broken_entries(self) -> list[int]:
        """Ids of entries whose hash or link does not verify (empty when intact).

        The first entry starts the chain (links to GENESIS) or is the handover event
        linking to a predecessor's last hash (a handover copy); anything else means
        the first entries were removed.
        """
        broken: list[int] = []
        previous: str | None = None
        for entry in self.entries():
            if previous is None:
                linked = entry.prev_hash == GENESIS or entry.event == "handover"
            else:
                linked = entry.prev_hash == previous
            if not linked or entry_hash(entry.prev_hash, entry.at, entry.event, entry.detail) != entry.hash:
                broken.append(entry.id)
            previous = entry.hash
        return broken

"""Drafts: what the VP was typing in a dialog when the notebook locked (issue 9 item 1).

A lock closes every dialog; the unsaved content of an editing dialog (a new
contact, a new case, a follow-up, an edit) is kept here, in the vault, so it is
as encrypted as everything else and survives a crash. Right after unlock the
app offers it again in the same dialog and deletes it once the VP has saved or
discarded it. ``kind`` names the dialog, ``payload`` is its fields as a JSON
object (the UI decides their meaning), ``case_id`` ties a draft to its case so
deleting the case deletes the draft. Rows are removed with ``secure_delete`` on
(the vault's setting), so discarded text does not linger in free pages.

Drafts are never exported, reported or handed over: they are the VP's unfinished
typing, not case data yet.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from vpnotes.errors import InvalidInput
from vpnotes.store.vault import Vault

MAX_PAYLOAD_CHARS = 1_000_000  # far beyond any dialog; guards against a runaway paste


@dataclass(frozen=True)
class Draft:
    id: int
    kind: str
    case_id: int | None
    payload: dict[str, Any]
    saved: datetime


class Drafts:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def save(self, kind: str, case_id: int | None, payload: dict[str, Any], *, replaces: int | None = None) -> int:
        """Keep ``payload`` for the dialog ``kind``; ``replaces``: an older draft of it. Returns the new id."""
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        if not kind or len(text) > MAX_PAYLOAD_CHARS:
            raise InvalidInput("Dit concept is te groot om te bewaren.", "This draft is too large to keep.")
        saved = datetime.now(UTC).isoformat(timespec="seconds")
        with self.vault.transaction() as conn:
            if replaces is not None:
                conn.execute("DELETE FROM drafts WHERE id = ?", (replaces,))
            # A case deleted meanwhile (undo stack, another window): keep the draft without it.
            if case_id is not None and conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
                case_id = None
            cursor = conn.execute("INSERT INTO drafts (kind, case_id, payload, saved) VALUES (?, ?, ?, ?)",
                                  (kind, case_id, text, saved))
            return int(cursor.lastrowid or 0)

    def all(self) -> list[Draft]:
        """Every draft, oldest first."""
        rows = self.vault.query("SELECT id, kind, case_id, payload, saved FROM drafts ORDER BY id")
        drafts = []
        for draft_id, kind, case_id, payload, saved in rows:
            try:
                data = json.loads(payload)
            except ValueError:
                continue  # not ours (a hand-edited file): nothing to offer
            if isinstance(data, dict):
                drafts.append(Draft(int(draft_id), str(kind), case_id, data, datetime.fromisoformat(saved)))
        return drafts

    def delete(self, draft_id: int) -> None:
        """Forget a draft (saved or discarded by the VP)."""
        with self.vault.transaction() as conn:
            conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    def count(self) -> int:
        row = self.vault.query_one("SELECT count(*) FROM drafts")
        return int(row[0]) if row else 0

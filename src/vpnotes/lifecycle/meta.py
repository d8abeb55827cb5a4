"""Internal facts about a notebook that are no policy the VP sets: its stable id
(used to name and recognise its backups), where on-demand backups were written,
and whether the passphrase must be replaced at first open (a handover copy).

They live in the vault's ``policy`` table under the reserved prefix ``internal.``,
so they travel with the file but ``vpnotes policy`` neither shows nor accepts
them (it only knows the declared policies).
"""

from __future__ import annotations

import json
import secrets
from typing import Any

from vpnotes.store.notebook import Notebook

PREFIX = "internal."
NOTEBOOK_ID = PREFIX + "notebook_id"
BACKUPS = PREFIX + "backups"
MUST_CHANGE_PASSPHRASE = PREFIX + "must_change_passphrase"


def get(conn: Any, name: str) -> str | None:
    row = conn.execute("SELECT value FROM policy WHERE name = ?", (name,)).fetchone()
    return None if row is None else str(row[0])


def put(conn: Any, name: str, value: str | None) -> None:
    """Set (or with ``None`` remove) an internal fact, inside the caller's transaction."""
    if value is None:
        conn.execute("DELETE FROM policy WHERE name = ?", (name,))
    else:
        conn.execute("INSERT OR REPLACE INTO policy (name, value) VALUES (?, ?)", (name, value))


def new_notebook_id() -> str:
    return secrets.token_hex(6)


def notebook_id(notebook: Notebook) -> str:
    """The notebook's stable random id; created on first use (read-only: derived from the salt)."""
    with notebook.vault.reading() as conn:
        value = get(conn, NOTEBOOK_ID)
    if value is not None:
        return value
    if notebook.vault.read_only:
        # Cannot store one: fall back to the salt's random part, stable for this file.
        return notebook.vault.salt[5:11].hex()
    with notebook.vault.transaction() as conn:
        value = get(conn, NOTEBOOK_ID)
        if value is None:
            value = new_notebook_id()
            put(conn, NOTEBOOK_ID, value)
    return value


def recorded_backups(conn: Any) -> list[str]:
    text = get(conn, BACKUPS)
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [str(item) for item in value if isinstance(item, str)] if isinstance(value, list) else []


def set_recorded_backups(conn: Any, paths: list[str]) -> None:
    put(conn, BACKUPS, json.dumps(sorted(set(paths))) if paths else None)

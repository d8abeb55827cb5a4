"""Changing the notebook's passphrase (``vpnotes passwd`` and the app's dialog).

A new passphrase means a new salt and key and therefore a new file (DESIGN.md §3):
the vault is copied under the new key beside itself, verified, fsynced and swapped
in with one atomic rename (:meth:`Vault.replace_with_fresh_copy`). At every
instant the path holds the old complete file or the new one; a crash leaves at
most an unfinished copy beside it, which the next open removes. ``PRAGMA rekey``
is never used: it rewrites the file in place and is not crash-safe.

The audit entry is written into the new file before the swap, so the log says
"passphrase changed" exactly when it did. Backups and handover copies made
earlier still open with the old passphrase: the result lists the known backups
that do, for the app to offer re-encryption or deletion
(:mod:`vpnotes.lifecycle.backup`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vpnotes.errors import WrongPassphrase
from vpnotes.lifecycle import meta
from vpnotes.lifecycle.backup import KnownBackup, known_backups
from vpnotes.store import audit, kdf
from vpnotes.store.notebook import Notebook
from vpnotes.store.strength import organisation_inputs
from vpnotes.store.vault import rollback


@dataclass(frozen=True)
class PassphraseChanged:
    profile: int
    # Known backups that still open with an earlier passphrase (offer: re-encrypt or delete).
    stale_backups: list[KnownBackup]


def change_passphrase(
    notebook: Notebook,
    new_passphrase: str,
    *,
    current_passphrase: str | None = None,
    profile: int | None = None,
) -> PassphraseChanged:
    """Re-encrypt the notebook under ``new_passphrase`` with a fresh salt.

    ``current_passphrase``, when given, must be the notebook's passphrase (the app
    asks for it again before a change). ``profile`` upgrades the key derivation
    (default: keep the vault's). A weak new passphrase raises
    :class:`~vpnotes.errors.WeakPassphrase` (exit 5) before anything is written.
    Clears the "replace at first open" flag of a handover copy.
    """
    vault = notebook.vault
    vault.require_writable()
    if current_passphrase is not None and not vault.matches_passphrase(current_passphrase):
        raise WrongPassphrase("De huidige wachtzin klopt niet.", "The current passphrase is not correct.")
    kdf.require_strong(new_passphrase, organisation_inputs(o.name for o in notebook.organisations.all()))
    number = vault.profile.number if profile is None else profile
    salt = kdf.new_salt(number)
    key = kdf.derive_key(new_passphrase, salt)

    def transform(conn: Any) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            meta.put(conn, meta.MUST_CHANGE_PASSPHRASE, None)
            audit.record(conn, "passphrase_changed", f"profile={number}")
        except BaseException:
            rollback(conn)
            raise
        conn.execute("COMMIT")

    vault.replace_with_fresh_copy(key, salt, transform)
    for listener in list(vault.change_listeners):
        listener()
    stale = [b for b in known_backups(notebook) if not b.current_passphrase]
    return PassphraseChanged(number, stale)


def must_change_passphrase(notebook: Notebook) -> bool:
    """Whether this notebook must get a new passphrase now (a handover copy at first open).

    The app calls this right after opening and leads the successor to the
    passphrase dialog; the flag goes with :func:`change_passphrase`.
    """
    with notebook.vault.reading() as conn:
        return meta.get(conn, meta.MUST_CHANGE_PASSPHRASE) == "ja"

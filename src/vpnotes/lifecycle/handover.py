"""Handover to a successor (``vpnotes handover`` and the app's wizard).

The successor gets a fresh file (new salt and key from a strong handover
passphrase, passed on by another channel) that holds, for the chosen
organisations (all by default):

- the open cases whose melder consented to handover, whole;
- every other case as its statistical skeleton (:mod:`vpnotes.lifecycle.skeleton`),
  so the successor's annual reports of earlier years show the same figures;
- the organisations with their policies (minimum cell size, retention, ...),
  all their preventive activities and signals, and a Flemish organisation's
  register van feiten door derden whole (it belongs to the role, DESIGN.md §9).

Organisations not chosen are left out entirely: their cases, activities,
signals and the organisation itself. **Expenses are left out** too: they are the
predecessor's own accounts with the client (what they billed, with
descriptions that may say where and with whom); no report figure depends on
them and the successor bills their own.

The copy is written by :meth:`Vault.write_copy` with a transform that removes
and reduces in the copy before it is vacuumed, so no page of a removed case
exists in the file. Its audit log starts afresh with the handover event linked
to the predecessor's last hash; the predecessor records the same event. The copy
carries a flag that its passphrase must be replaced at first open
(:func:`vpnotes.lifecycle.passphrase.must_change_passphrase`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vpnotes.domain.model import CaseSummary
from vpnotes.errors import InvalidInput, ReadOnlyVault, translate_os_error
from vpnotes.lifecycle import meta
from vpnotes.lifecycle.backup import known_backups
from vpnotes.lifecycle.skeleton import optimize_search_index, reduce_to_skeleton
from vpnotes.store import audit, kdf, platform, tempfiles
from vpnotes.store.files import removed_unless_logged
from vpnotes.store.notebook import Notebook
from vpnotes.store.platform import fsync_dir
from vpnotes.store.strength import organisation_inputs
from vpnotes.store.vault import rollback


@dataclass(frozen=True)
class HandoverPlan:
    """What a handover of these organisations would carry (for the wizard's summary)."""

    organisations: list[str]
    whole: int  # open cases with handover consent
    skeletons: int  # every other case (already purged ones included)
    without_consent: list[CaseSummary]  # open cases whose melder did not consent: tell them


@dataclass(frozen=True)
class HandoverResult:
    path: Path
    organisations: list[str]
    whole: int
    skeletons: int


def chosen_organisations(notebook: Notebook, organisations: Sequence[str] | None) -> list[str]:
    """The organisation keys to hand over (all when ``None``); unknown keys are refused."""
    known = [o.key for o in notebook.organisations.all()]
    if not organisations:
        return known
    chosen = list(dict.fromkeys(organisations))
    unknown = [key for key in chosen if key not in known]
    if unknown:
        names = ", ".join(unknown)
        raise InvalidInput(f"onbekende organisatie: {names}", f"unknown organisation: {names}")
    return chosen


def _case_groups(conn: Any, keys: Sequence[str]) -> tuple[list[int], list[int], list[int]]:
    """(whole, to reduce, already purged) case ids among the organisations ``keys``."""
    marks = ", ".join("?" * len(keys))
    rows = conn.execute(
        f"SELECT c.id, c.closed IS NULL AND c.consent_handover = 1 AND c.purged = 0, c.purged FROM cases c "
        f"JOIN organisations o ON o.id = c.organisation_id WHERE o.key IN ({marks}) ORDER BY c.id",
        tuple(keys),
    ).fetchall()
    whole = [r[0] for r in rows if r[1]]
    reduce = [r[0] for r in rows if not r[1] and not r[2]]
    purged = [r[0] for r in rows if r[2]]
    return whole, reduce, purged


def open_cases_without_consent(notebook: Notebook, organisations: Sequence[str] | None = None) -> list[CaseSummary]:
    """Open cases of the chosen organisations whose melder did not consent to handover.

    The wizard lists them before writing so the VP can tell those melders (and
    perhaps record a consent after all); they pass as skeletons only.
    """
    keys = set(chosen_organisations(notebook, organisations))
    ids = {row[0] for row in notebook.vault.query(
        "SELECT id FROM cases WHERE closed IS NULL AND purged = 0 AND consent_handover = 0")}
    return [s for s in notebook.cases.summaries() if s.id in ids and s.organisation in keys]


def plan_handover(notebook: Notebook, organisations: Sequence[str] | None = None) -> HandoverPlan:
    keys = chosen_organisations(notebook, organisations)
    with notebook.vault.reading() as conn:
        whole, reduce, purged = _case_groups(conn, keys)
    return HandoverPlan(keys, len(whole), len(reduce) + len(purged), open_cases_without_consent(notebook, keys))


def handover(
    notebook: Notebook,
    dest: str | os.PathLike[str],
    handover_passphrase: str,
    *,
    organisations: Sequence[str] | None = None,
    profile: int | None = None,
) -> HandoverResult:
    """Write the successor's copy to ``dest`` (which must not exist). Logged in both notebooks.

    The handover passphrase must be strong and differ from the notebook's own
    (the successor must not learn a passphrase that opens the predecessor's backups).
    """
    vault = notebook.vault
    vault.require_writable(logged_output=True)  # the handover must be logged in this notebook too
    target = Path(os.path.abspath(os.fspath(dest)))
    tempfiles.check_destination(target)
    keys = chosen_organisations(notebook, organisations)
    kdf.require_strong(handover_passphrase, organisation_inputs(o.name for o in notebook.organisations.all()))
    if vault.matches_passphrase(handover_passphrase):
        raise InvalidInput(
            "Kies voor de overdracht een andere wachtzin dan uw eigen.",
            "Choose a handover passphrase other than your own.",
        )
    number = vault.profile.number if profile is None else profile
    salt = kdf.new_salt(number)
    key = kdf.derive_key(handover_passphrase, salt)
    with vault.reading() as conn:
        whole, reduce, purged = _case_groups(conn, keys)
        predecessor_hash = audit.last_hash(conn)
    detail = f"organisations={len(keys)} cases={len(whole)} skeletons={len(reduce) + len(purged)}"
    at = datetime.now(UTC).astimezone().isoformat(timespec="seconds")

    def transform(conn: Any) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            _strip_copy(conn, keys, reduce)
            conn.execute("DELETE FROM audit")
            audit.record(conn, "handover", detail, at=at, prev=predecessor_hash)
        except BaseException:
            rollback(conn)
            raise
        conn.execute("COMMIT")

    with vault.lock:
        vault.write_copy(target, key=key, salt=salt, transform=transform)
        with removed_unless_logged(target), vault.transaction() as conn:
            audit.record(conn, "handover", detail, at=at)
    return HandoverResult(target, keys, len(whole), len(reduce) + len(purged))


def _strip_copy(conn: Any, keys: Sequence[str], reduce: Sequence[int]) -> None:
    """Inside the copy: leave out other organisations and expenses, reduce the rest."""
    marks = ", ".join("?" * len(keys))
    others = f"SELECT id FROM organisations WHERE key NOT IN ({marks})"
    params = tuple(keys)
    conn.execute("DELETE FROM expenses")
    conn.execute("DELETE FROM drafts")  # her unfinished typing (store/drafts.py) is not the successor's
    conn.execute(
        f"DELETE FROM avg_requests WHERE case_id IS NULL OR case_id IN "
        f"(SELECT id FROM cases WHERE organisation_id IN ({others}))", params)
    conn.execute(
        f"DELETE FROM search_index WHERE rowid IN (SELECT id FROM cases WHERE organisation_id IN ({others}))",
        params)
    conn.execute(f"DELETE FROM cases WHERE organisation_id IN ({others})", params)
    conn.execute(f"DELETE FROM activities WHERE organisation_id IN ({others})", params)
    conn.execute(f"DELETE FROM signals WHERE organisation_id IN ({others})", params)
    # The register van feiten door derden belongs to the role: it travels with its organisation only.
    conn.execute(f"DELETE FROM register_entries WHERE organisation_id IN ({others})", params)
    conn.execute(f"DELETE FROM organisations WHERE key NOT IN ({marks})", params)
    reduce_to_skeleton(conn, reduce)
    # Rows of the search index without a case (should there be any) go too.
    conn.execute("DELETE FROM search_index WHERE rowid NOT IN (SELECT id FROM cases)")
    optimize_search_index(conn)
    # The successor's notebook is another notebook: its own id, no backups, a new passphrase first.
    meta.put(conn, meta.NOTEBOOK_ID, meta.new_notebook_id())
    meta.put(conn, meta.BACKUPS, None)
    # The predecessor's backup folder is a path on their machine: the successor uses their own default.
    conn.execute("DELETE FROM policy WHERE name = 'backup.folder'")
    meta.put(conn, meta.MUST_CHANGE_PASSPHRASE, "ja")


def destroy_notebook(notebook: Notebook, *, backups: bool = True) -> int:
    """After a handover: close the predecessor's notebook and delete its file and known backups.

    Returns how many files were deleted. The files are encrypted; they are unlinked,
    not overwritten (overwriting does not reach old blocks on SSDs and copy-on-write
    file systems). The app asks before calling this.
    """
    if notebook.vault.read_only:
        raise ReadOnlyVault()
    paths = [b.path for b in known_backups(notebook)] if backups else []
    path = notebook.vault.path
    notebook.close()
    removed = 0
    for victim in [*paths, path]:
        try:
            if not platform.remove(victim):
                continue
        except OSError as exc:
            raise translate_os_error(exc, destination=True) from None
        removed += 1
        fsync_dir(victim.parent)
    return removed

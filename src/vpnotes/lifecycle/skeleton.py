"""Reducing cases to their statistical skeleton in place (DESIGN.md §5).

Retention, erasure on request and a handover copy all keep of a case only what
the annual report counts: organisation, kind, categories, opened/closed as
``YYYY-MM``, melder role and position, betrokkene relations, contacts as
month/minutes/mode/party, referrals, outcomes and formal steps with months. The
opaque ``uid`` stays so a re-import is recognised. Everything else is removed:
reference, names, contact details, department, gender, every free text, exact
dates, follow-ups, sharing consents, the breach record and the hold. Report
years start on the first of a month, so month precision keeps every case, contact
and formal step in the year (and quarter) it counted in.

The statements run inside the caller's transaction; the caller then merges the
search index and vacuums (``Vault.compact`` or a copy's VACUUM) so no page keeps
a removed token.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

_STATEMENTS = (
    """UPDATE cases SET reference = NULL, opened = substr(opened, 1, 7), closed = substr(closed, 1, 7),
           melder_name = NULL, melder_email = NULL, melder_phone = NULL, melder_department = NULL,
           melder_gender = NULL, consent_registration_date = NULL, consent_handover = 0,
           consent_handover_date = NULL, breach_date = NULL, breach_justification = NULL,
           hold_reason = NULL, title = NULL, intervention_date = substr(intervention_date, 1, 7), purged = 1
       WHERE id IN (SELECT id FROM temp.skeleton_ids)""",
    "UPDATE betrokkenen SET name = NULL, department = NULL WHERE case_id IN (SELECT id FROM temp.skeleton_ids)",
    "DELETE FROM sharing_consents WHERE case_id IN (SELECT id FROM temp.skeleton_ids)",
    """UPDATE contacts SET date = substr(date, 1, 7), summary = NULL, notes = NULL
       WHERE case_id IN (SELECT id FROM temp.skeleton_ids)""",
    "DELETE FROM followups WHERE case_id IN (SELECT id FROM temp.skeleton_ids)",
    "UPDATE formal_steps SET date = substr(date, 1, 7) WHERE case_id IN (SELECT id FROM temp.skeleton_ids)",
    # An AVG request stays countable (that it came and was answered, by month); its text goes.
    """UPDATE avg_requests SET received = substr(received, 1, 7), answered = substr(answered, 1, 7),
           refusal_ground = NULL WHERE case_id IN (SELECT id FROM temp.skeleton_ids)""",
    # The VP's expenses stay (their amounts are accounts), but not what they say about the case.
    "UPDATE expenses SET description = NULL WHERE case_id IN (SELECT id FROM temp.skeleton_ids)",
)


def reduce_to_skeleton(conn: Any, case_ids: Iterable[int]) -> int:
    """Reduce each case to its skeleton and drop its search row; returns how many.

    Set-based: the ids go into a temporary table (in memory: ``temp_store = MEMORY``)
    and each statement runs once for all of them.
    """
    ids = list(dict.fromkeys(case_ids))
    if not ids:
        return 0
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS skeleton_ids (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.skeleton_ids")
    conn.executemany("INSERT INTO temp.skeleton_ids (id) VALUES (?)", [(i,) for i in ids])
    for statement in _STATEMENTS:
        conn.execute(statement)
    conn.execute("DELETE FROM search_index WHERE rowid IN (SELECT id FROM temp.skeleton_ids)")
    conn.execute("DELETE FROM temp.skeleton_ids")
    return len(ids)


def optimize_search_index(conn: Any) -> None:
    """Merge the full-text index into one segment: no stale segment keeps a removed token."""
    conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")

"""Schema and migrations. ``PRAGMA user_version`` holds the schema version;
each migration runs in one transaction together with the version bump.

Lists of codes (categories, referrals, outcomes) are JSON arrays in their
case row: they are always read and written with the case, and SQLite's
``json_each`` serves the report's counts.
"""

from __future__ import annotations

from typing import Any

from vpnotes.store import kdf

SCHEMA_VERSION = 2

_V1 = """
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    employees INTEGER,
    year_start_month INTEGER NOT NULL DEFAULT 1 CHECK (year_start_month BETWEEN 1 AND 12),
    min_cell INTEGER NOT NULL DEFAULT 5 CHECK (min_cell BETWEEN 3 AND 10)
);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    reference TEXT UNIQUE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    kind TEXT NOT NULL,
    categories TEXT NOT NULL,
    opened TEXT NOT NULL,
    closed TEXT,
    melder_name TEXT,
    melder_email TEXT,
    melder_phone TEXT,
    melder_role TEXT NOT NULL,
    melder_position TEXT NOT NULL DEFAULT 'zelf',
    melder_department TEXT,
    melder_gender TEXT,
    consent_registration INTEGER NOT NULL DEFAULT 1,
    consent_registration_date TEXT,
    consent_handover INTEGER NOT NULL DEFAULT 0,
    consent_handover_date TEXT,
    referrals TEXT NOT NULL DEFAULT '[]',
    outcomes TEXT NOT NULL DEFAULT '[]',
    breach_date TEXT,
    breach_justification TEXT,
    hold_reason TEXT,
    purged INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cases_organisation ON cases(organisation_id);
CREATE INDEX cases_opened ON cases(opened);

CREATE TABLE betrokkenen (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name TEXT,
    relation TEXT NOT NULL,
    department TEXT
);
CREATE INDEX betrokkenen_case ON betrokkenen(case_id);

CREATE TABLE sharing_consents (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    party TEXT NOT NULL,
    date TEXT
);
CREATE INDEX sharing_consents_case ON sharing_consents(case_id);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    mode TEXT NOT NULL,
    party TEXT NOT NULL DEFAULT 'melder',
    summary TEXT,
    notes TEXT
);
CREATE INDEX contacts_case ON contacts(case_id, date);
CREATE INDEX contacts_date ON contacts(date);

CREATE TABLE followups (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    due TEXT NOT NULL,
    text TEXT NOT NULL,
    done TEXT,
    kind TEXT NOT NULL DEFAULT 'actie'
);
CREATE INDEX followups_case ON followups(case_id);
CREATE INDEX followups_open ON followups(done, due);

CREATE TABLE formal_steps (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    date TEXT NOT NULL
);
CREATE INDEX formal_steps_case ON formal_steps(case_id);

CREATE TABLE avg_requests (
    id INTEGER PRIMARY KEY,
    case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    received TEXT NOT NULL,
    answered TEXT,
    refusal_ground TEXT
);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    hours REAL NOT NULL,
    description TEXT
);
CREATE INDEX activities_org_date ON activities(organisation_id, date);

CREATE TABLE expenses (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    description TEXT,
    case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL
);
CREATE INDEX expenses_org_date ON expenses(organisation_id, date);

CREATE TABLE signals (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    year INTEGER NOT NULL,
    text TEXT NOT NULL
);

CREATE TABLE policy (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    event TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

-- One row per case: its names, summaries and notes. Contentless, so the text is
-- held only in the tables above; 'secure-delete' removes a deleted row's tokens
-- from the index at once instead of leaving delete markers.
CREATE VIRTUAL TABLE search_index USING fts5(
    text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1);
"""

# Version 2 (DESIGN.md §5 v2, §9): the organisation's sector; a case's title (the
# subject the VP recognises it by) and its Flemish informal intervention; the
# register van feiten door derden (an erased entry keeps its row, flagged, so its
# number is never given again and the year's count survives); and drafts: what the
# VP was typing when the notebook locked, kept encrypted until she is back.
_V2 = """
ALTER TABLE organisations ADD COLUMN sector TEXT NOT NULL DEFAULT 'werk';
ALTER TABLE cases ADD COLUMN title TEXT;
ALTER TABLE cases ADD COLUMN intervention_type TEXT;
ALTER TABLE cases ADD COLUMN intervention_date TEXT;

CREATE TABLE register_entries (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    number INTEGER NOT NULL CHECK (number >= 1),
    facts_date TEXT,
    recorded TEXT NOT NULL,
    description TEXT,
    declarant TEXT,
    erased INTEGER NOT NULL DEFAULT 0,
    UNIQUE (organisation_id, number)
);

CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    payload TEXT NOT NULL,
    saved TEXT NOT NULL
);
"""

MIGRATIONS: dict[int, str] = {1: _V1, 2: _V2}


def migrate(conn: Any) -> None:
    """Bring the schema to :data:`SCHEMA_VERSION`, each step in its own transaction."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for target in range(version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[target]):
                conn.execute(statement)
            if target == 1:
                conn.execute(f"PRAGMA application_id = {kdf.APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {target}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    # Strip comment lines first: a ';' inside a comment must not split a statement.
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]

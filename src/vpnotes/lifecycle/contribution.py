"""A contribution to a joint annual report (DESIGN.md §10; ``vpnotes contribute``
and the app's Verslag > Bijdrage voor een gezamenlijk jaarverslag).

The contribution is a new vault file under its own strong passphrase (new salt
and key) that holds only what a joint report counts, for one organisation and
report year Y:

- the organisation's name, sector (where the notebook has sectors), year start
  and minimum cell size k; not its key's meaning, size or anything else;
- the statistical skeletons (§5) of its cases that count in Y or Y-1 (or have a
  formal step then), with fresh random ids in a random order: kind,
  categories, months of opening and closing, melder role and position,
  betrokkene relations, the contacts and formal steps of those two years by
  month, referrals and outcomes;
- its activities of Y and Y-1: kind, hours and month (stored as the 1st), no
  description;
- its signals for Y, screened against the contributor's notebook first: a
  blocking hit refuses, a warning must be accepted;
- (vlaanderen) the numbers of its register entries recorded in Y-1 and Y, with
  the month recorded and nothing else.

The file is built from scratch, not copied: a fresh empty vault is created
under a temporary name beside the notebook (which removes such leftovers of a
crash when it next opens), the rows above are inserted, the file is
checked (``cipher_integrity_check``), and its bytes are written to DEST like
every output file (``write_new_file``: 0600, fsynced, linked, never
overwriting); the temporary file is removed in any case. So no page of the contributor's notebook is ever in it. A
marker in its ``policy`` table makes it open read-only everywhere
(:class:`vpnotes.store.notebook.Notebook`). The contributor's audit log records
the contribution with the organisation, year and counts; the file's own log
starts with the same entry.

The screening of the signals uses :mod:`vpnotes.report.screening` through the
report service, the same sideways import :mod:`vpnotes.practice.casus` makes:
the screening is the product's one definition of "text that may identify
someone".
"""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from vpnotes.domain.dates import report_year_bounds, report_year_label
from vpnotes.domain.model import Organisation
from vpnotes.errors import DamagedVault, InvalidInput, ScreeningRefused
from vpnotes.report.aggregate import aggregate
from vpnotes.report.joint import marker_value, publication_warning
from vpnotes.report.screening import ScreeningResult, TextBlock, screen
from vpnotes.report.service import report_lexicon
from vpnotes.store import audit, kdf, tempfiles
from vpnotes.store.codec import day_sql
from vpnotes.store.files import removed_unless_logged, write_new_file
from vpnotes.store.notebook import CONTRIBUTION_MARKER, Notebook
from vpnotes.store.vault import Vault, open_raw, temp_path_beside

# Organisation columns a contribution carries when both files have them (``sector`` arrives with schema 2).
ORGANISATION_COLUMNS = ("key", "name", "year_start_month", "min_cell", "sector")


@dataclass(frozen=True)
class ContributionPlan:
    """What a contribution of this organisation and year would hold (for the dialog and the checks)."""

    organisation: Organisation
    year: int
    label: str
    cases: int
    activities: int
    signals: int
    screening: ScreeningResult
    # Set when this notebook already exported an own report of this organisation and year.
    publication_warning: str | None

    def can_write(self, accept_warnings: bool) -> bool:
        return not self.screening.blocking and (accept_warnings or not self.screening.warnings)


@dataclass(frozen=True)
class ContributionResult:
    path: Path
    id: str
    cases: int
    activities: int
    signals: int


@dataclass(frozen=True)
class _Window:
    """The two report years a contribution covers, as SQL parameters."""

    org_id: int
    start: str  # first day of Y-1
    end: str  # the day after Y
    signal_year: int

    @property
    def params(self) -> dict[str, Any]:
        return {"org": self.org_id, "start": self.start, "end": self.end}


def _window(org: Organisation, year: int) -> _Window:
    assert org.id is not None
    start = report_year_bounds(year - 1, org.year_start_month)[0]
    end = report_year_bounds(year, org.year_start_month)[1]
    return _Window(org.id, start.isoformat(), end.isoformat(), year)


def _selected_cases(w: _Window) -> str:
    """SQL for the ids of the cases that count in Y or Y-1, or have a formal step then."""
    opened = day_sql("c.opened")
    return (
        f"SELECT c.id FROM cases c WHERE c.organisation_id = :org AND (({opened} >= :start AND {opened} < :end) "
        f"OR EXISTS (SELECT 1 FROM contacts t WHERE t.case_id = c.id AND {day_sql('t.date')} >= :start "
        f"AND {day_sql('t.date')} < :end) "
        f"OR EXISTS (SELECT 1 FROM formal_steps f WHERE f.case_id = c.id AND {day_sql('f.date')} >= :start "
        f"AND {day_sql('f.date')} < :end))"
    )


def _validate_year(year: int) -> None:
    if not 1900 <= year <= 9998:
        raise InvalidInput("Kies een geldig jaar.", "Choose a valid year.")


def plan_contribution(notebook: Notebook, organisation: str, year: int) -> ContributionPlan:
    """Count what would go and screen the signals (nothing is written)."""
    _validate_year(year)
    org = notebook.organisations.get(organisation)
    w = _window(org, year)
    cases = notebook.vault.query_one(f"SELECT count(*) FROM ({_selected_cases(w)})", w.params)[0]
    activities = notebook.vault.query_one(
        "SELECT count(*) FROM activities WHERE organisation_id = :org AND date >= :start AND date < :end",
        w.params)[0]
    signals = [s for s in notebook.work.signals(org.key, year) if s.text.strip()]
    blocks = [TextBlock(f"signal:{s.id}", f"Signaal {n}", s.text) for n, s in enumerate(signals, start=1)]
    # The contributor's own lexicon: their names, and their departments below k in Y block.
    lexicon = report_lexicon(notebook, [org], aggregate(notebook, org.key, year), org.min_cell)
    label = report_year_label(year, org.year_start_month)
    return ContributionPlan(org, year, label, int(cases), int(activities), len(signals), screen(blocks, lexicon),
                            publication_warning(notebook, org, label, joint=True))


def write_contribution(notebook: Notebook, dest: str | os.PathLike[str], passphrase: str, organisation: str,
                       year: int, *, accept_warnings: bool = False, profile: int | None = None) -> ContributionResult:
    """Write the contribution of ``organisation`` for report year ``year`` to ``dest`` (must not exist).

    Refuses a weak passphrase or the notebook's own (exit 5), a blocking screening hit or an
    unaccepted warning in the signals (exit 5), an existing destination (exit 6). Logged.
    """
    vault = notebook.vault
    notebook.audit.require_loggable()  # the contribution must be logged in this notebook (issue 14 D20)
    target = Path(os.path.abspath(os.fspath(dest)))
    tempfiles.check_destination(target)  # as backup and handover: folder, name length, nothing there yet
    plan = plan_contribution(notebook, organisation, year)
    if plan.screening.blocking:
        raise ScreeningRefused(
            f"De bijdrage is niet gemaakt: {len(plan.screening.blocking)} signaal/signalen bevatten woorden die "
            f"naar personen kunnen leiden. Pas de tekst aan.",
            f"The contribution was not written: {len(plan.screening.blocking)} signal(s) contain words that may "
            f"identify persons. Change the text.")
    if plan.screening.warnings and not accept_warnings:
        raise ScreeningRefused(
            f"De bijdrage is niet gemaakt: {len(plan.screening.warnings)} waarschuwing(en) in de signalen zijn "
            f"nog niet bevestigd.",
            f"The contribution was not written: {len(plan.screening.warnings)} warning(s) in the signals have "
            f"not been acknowledged.")
    kdf.require_strong(passphrase)
    if vault.matches_passphrase(passphrase):
        raise InvalidInput("Kies voor de bijdrage een andere wachtzin dan uw eigen.",
                           "Choose a contribution passphrase other than your own.")
    number = vault.profile.number if profile is None else profile
    salt = kdf.new_salt(number)
    key = kdf.derive_key(passphrase, salt)
    contribution_id = secrets.token_hex(16)
    org = plan.organisation
    detail = (f"organisation={org.key} year={plan.label} cases={plan.cases} activities={plan.activities} "
              f"signals={plan.signals}")
    at = datetime.now(UTC).astimezone().isoformat(timespec="seconds")

    # Built beside the notebook under the name of its unfinished copies: should the machine stop
    # half-way, the notebook's next open removes it (``remove_stale_copies``); DEST never holds half a file.
    temp = temp_path_beside(vault.path)
    try:
        Vault.create_with_key(temp, key, salt)
        with Vault.open_with_key(temp, key) as copy, vault.lock, copy.transaction() as conn:
            _fill(vault.conn, conn, org, _window(org, year))
            conn.execute("INSERT INTO policy (name, value) VALUES (?, ?)",
                         (CONTRIBUTION_MARKER, marker_value(contribution_id, year)))
            audit.record(conn, "contribution_written", detail, at=at)
        _verify(temp, key)
        # Its (encrypted) bytes go to DEST as every output file does: 0600, fsynced, linked, never overwriting.
        write_new_file(target, temp.read_bytes())
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
    with removed_unless_logged(target), vault.transaction() as conn:
        audit.record(conn, "contribution_written", detail, at=at)
    return ContributionResult(target, contribution_id, plan.cases, plan.activities, plan.signals)


def _verify(path: Path, key: bytes) -> None:
    conn = open_raw(path, key, read_only=True)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    if problems or ok != "ok":
        raise DamagedVault("De bijdrage kon niet worden gecontroleerd; er is niets geschreven.",
                           "The contribution failed verification; nothing was written.")


def _columns(conn: Any, table: str) -> set[str]:
    return {str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")}


def _tables(conn: Any) -> set[str]:
    return {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _month(value: str | None) -> str | None:
    return None if value is None else value[:7]


def _fill(source: Any, conn: Any, org: Organisation, w: _Window) -> None:
    """Insert the skeletons, activities and signals of ``org`` read from ``source`` into ``conn``."""
    both = _columns(source, "organisations") & _columns(conn, "organisations")
    shared = [c for c in ORGANISATION_COLUMNS if c in both]
    values = source.execute(f"SELECT {', '.join(shared)} FROM organisations WHERE id = ?", (w.org_id,)).fetchone()
    conn.execute(f"INSERT INTO organisations ({', '.join(shared)}) VALUES ({', '.join('?' * len(shared))})", values)
    new_org = conn.execute("SELECT id FROM organisations").fetchone()[0]
    selected = _selected_cases(w)
    params = w.params

    def grouped(sql: str) -> dict[int, list[tuple[Any, ...]]]:
        rows: dict[int, list[tuple[Any, ...]]] = {}
        for case_id, *rest in source.execute(sql, params):
            rows.setdefault(case_id, []).append(tuple(rest))
        return rows

    relations = grouped(f"SELECT case_id, relation FROM betrokkenen WHERE case_id IN ({selected}) ORDER BY id")
    contacts = grouped(
        f"SELECT case_id, date, minutes, mode, party FROM contacts WHERE case_id IN ({selected}) "
        f"AND {day_sql('date')} >= :start AND {day_sql('date')} < :end ORDER BY date, id")
    steps = grouped(
        f"SELECT case_id, kind, date FROM formal_steps WHERE case_id IN ({selected}) "
        f"AND {day_sql('date')} >= :start AND {day_sql('date')} < :end ORDER BY date, id")
    # The Flemish informal intervention (schema 2) is part of the skeleton: its type and month.
    intervention = "intervention_type" in _columns(source, "cases") and "intervention_type" in _columns(conn, "cases")
    extra = ", intervention_type, intervention_date" if intervention else ""
    cases = source.execute(
        f"SELECT id, kind, categories, opened, closed, melder_role, melder_position, referrals, outcomes{extra} "
        f"FROM cases WHERE id IN ({selected})", params).fetchall()
    secrets.SystemRandom().shuffle(cases)  # row order says nothing about the contributor's order either
    for case_id, kind, categories, opened, closed, role, position, referrals, outcomes, *more in cases:
        more_values = (more[0], _month(more[1])) if intervention else ()
        new_id = conn.execute(
            f"INSERT INTO cases (uid, organisation_id, kind, categories, opened, closed, melder_role, "
            f"melder_position, referrals, outcomes, consent_registration, purged{extra}) "
            f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1{', ?, ?' if intervention else ''})",
            (secrets.token_hex(16), new_org, kind, categories, _month(opened), _month(closed), role, position,
             referrals, outcomes, *more_values)).lastrowid
        conn.executemany("INSERT INTO betrokkenen (case_id, relation) VALUES (?, ?)",
                         [(new_id, relation) for (relation,) in relations.get(case_id, [])])
        conn.executemany("INSERT INTO contacts (case_id, date, minutes, mode, party) VALUES (?, ?, ?, ?, ?)",
                         [(new_id, _month(day), minutes, mode, party)
                          for day, minutes, mode, party in contacts.get(case_id, [])])
        conn.executemany("INSERT INTO formal_steps (case_id, kind, date) VALUES (?, ?, ?)",
                         [(new_id, step_kind, _month(day)) for step_kind, day in steps.get(case_id, [])])
    # Activities: kind, hours and month (as the 1st, so date comparisons keep working); no description.
    conn.executemany(
        "INSERT INTO activities (organisation_id, date, kind, hours) VALUES (?, ?, ?, ?)",
        [(new_org, date.fromisoformat(day).replace(day=1).isoformat(), kind, hours) for day, kind, hours in
         source.execute("SELECT date, kind, hours FROM activities WHERE organisation_id = :org "
                        "AND date >= :start AND date < :end ORDER BY date, id", params)])
    # Vlaanderen's register van feiten door derden (schema 2): only what the report counts, the number and the
    # month recorded, as an erased entry (no facts date, description or declarant).
    if "register_entries" in _tables(source) and "register_entries" in _tables(conn):
        conn.executemany(
            "INSERT INTO register_entries (organisation_id, number, recorded, erased) VALUES (?, ?, ?, 1)",
            [(new_org, number, f"{str(recorded)[:7]}-01") for number, recorded in source.execute(
                f"SELECT number, recorded FROM register_entries WHERE organisation_id = :org "
                f"AND {day_sql('recorded')} >= :start AND {day_sql('recorded')} < :end ORDER BY number", params)])
    conn.executemany(
        "INSERT INTO signals (organisation_id, year, text) VALUES (?, ?, ?)",
        [(new_org, w.signal_year, text) for (text,) in source.execute(
            "SELECT text FROM signals WHERE organisation_id = ? AND year = ? ORDER BY id",
            (w.org_id, w.signal_year)) if text.strip()])

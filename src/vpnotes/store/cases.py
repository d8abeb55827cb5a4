"""Cases: loading a whole case, inserting one (import, undo of a delete),
saving the case's own fields, deleting, and the case list.

Contacts, follow-ups, formal steps and AVG requests have their own small
repository in :mod:`vpnotes.store.case_items`; betrokkenen and sharing
consents are short lists saved with the case.
"""

from __future__ import annotations

import secrets
from datetime import date
from typing import Any

from vpnotes.domain import rules
from vpnotes.domain.model import (
    AvgRequest,
    Betrokkene,
    Case,
    CaseSummary,
    ConfidentialityBreach,
    Consent,
    Contact,
    FollowUp,
    FormalStep,
    InformalIntervention,
    Melder,
    RetentionHold,
    SharingConsent,
)
from vpnotes.domain.vocabulary import (
    AvgRequestKind,
    CaseKind,
    Category,
    ContactMode,
    ContactParty,
    FollowUpKind,
    FormalStepKind,
    Gender,
    InterventionType,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
)
from vpnotes.errors import InvalidInput
from vpnotes.store import search
from vpnotes.store.codec import codes_text, codes_value, day_text, day_value, enum_or_none
from vpnotes.store.vault import Vault

_CASE_COLUMNS = (
    "kind, categories, opened, closed, melder_name, melder_email, melder_phone, melder_role, "
    "melder_position, melder_department, melder_gender, consent_registration, consent_registration_date, "
    "consent_handover, consent_handover_date, referrals, outcomes, breach_date, breach_justification, "
    "hold_reason, purged, title, intervention_type, intervention_date"
)
# One placeholder per column above, in the same order as _case_values().
_CASE_PLACEHOLDERS = ", ".join("?" * len(_CASE_COLUMNS.split(",")))


def raise_problems(problems: list[rules.Problem], prefix: str = "") -> None:
    if problems:
        first = problems[0]
        path = f"{prefix}{first.path}"
        raise InvalidInput(f"{path}: {first.nl}", f"{path}: {first.en}")


def _case_values(case: Case) -> tuple[Any, ...]:
    m = case.melder
    c = case.consent
    breach = case.confidentiality_breach
    month_only = case.purged
    return (
        case.kind.value,
        codes_text(case.categories),
        day_text(case.opened, month_only),
        day_text(case.closed, month_only),
        m.name,
        m.email,
        m.phone,
        m.role.value,
        m.position.value,
        m.department,
        m.gender.value if m.gender else None,
        int(c.registration),
        day_text(c.registration_date),
        int(c.handover),
        day_text(c.handover_date),
        codes_text(case.referrals),
        codes_text(case.outcomes),
        day_text(breach.date) if breach else None,
        breach.justification if breach else None,
        case.retention_hold.reason if case.retention_hold else None,
        int(case.purged),
        case.title,
        case.informal_intervention.type.value if case.informal_intervention else None,
        day_text(case.informal_intervention.date, month_only) if case.informal_intervention else None,
    )


class Cases:
    """Repository of cases within one vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # -- reading -----------------------------------------------------------------------------

    def ids(self) -> list[int]:
        return [r[0] for r in self.vault.query("SELECT id FROM cases ORDER BY id")]

    def id_for_reference(self, reference: str) -> int | None:
        row = self.vault.query_one("SELECT id FROM cases WHERE reference = ?", (reference,))
        return None if row is None else int(row[0])

    def get(self, case_id: int) -> Case:
        with self.vault.reading() as conn:
            return load_case(conn, case_id)

    def by_reference(self, reference: str) -> Case:
        """The case with ``reference``; InvalidInput (exit 5) when there is none."""
        case_id = self.id_for_reference(reference)
        if case_id is None:
            raise InvalidInput("Er is geen zaak met dit kenmerk.", "There is no case with this reference.")
        return self.get(case_id)

    def all(self) -> list[Case]:
        with self.vault.reading() as conn:
            return load_cases(conn)

    def summaries(self) -> list[CaseSummary]:
        rows = self.vault.query(
            """
            SELECT c.id, c.reference, c.kind, c.categories, o.key, c.opened, c.closed, c.purged,
                   c.hold_reason IS NOT NULL, lc.last_contact, nf.next_due, c.melder_name,
                   coalesce(nullif(c.title, ''),
                            -- the first contact's summary: one step down the (case_id, date) index
                            (SELECT k.summary FROM contacts k WHERE k.case_id = c.id ORDER BY k.date, k.id LIMIT 1))
            FROM cases c JOIN organisations o ON o.id = c.organisation_id
            -- One grouped pass each instead of a correlated subquery per case: for the
            -- follow-ups SQLite picked the (done, due) index and scanned every open
            -- follow-up for every case (seconds on 10,000 cases).
            LEFT JOIN (SELECT case_id, max(date) AS last_contact FROM contacts GROUP BY case_id) lc
                ON lc.case_id = c.id
            LEFT JOIN (SELECT case_id, min(due) AS next_due FROM followups WHERE done IS NULL
                       GROUP BY case_id) nf
                ON nf.case_id = c.id
            ORDER BY c.opened DESC, c.id DESC
            """
        )
        return [
            CaseSummary(
                id=r[0], reference=r[1], kind=CaseKind(r[2]), categories=codes_value(Category, r[3]),
                organisation=r[4], opened=_day(r[5]), closed=day_value(r[6]), purged=bool(r[7]),
                on_hold=bool(r[8]), last_contact=day_value(r[9]), next_followup=day_value(r[10]),
                melder_name=r[11], subject=r[12],
            )
            for r in rows
        ]

    def date_span(self, organisation: str | None = None) -> tuple[date, date] | None:
        """The earliest and latest of the cases' opening and last-contact dates (of one
        organisation's cases when given); None when there are no cases."""
        row = self.vault.query_one(
            """
            SELECT min(d), max(d) FROM (
                SELECT c.opened AS d FROM cases c JOIN organisations o ON o.id = c.organisation_id
                WHERE ?1 IS NULL OR o.key = ?1
                UNION ALL
                SELECT max(k.date) FROM contacts k JOIN cases c ON c.id = k.case_id
                JOIN organisations o ON o.id = c.organisation_id
                WHERE ?1 IS NULL OR o.key = ?1 GROUP BY k.case_id)
            """,
            (organisation,),
        )
        if row is None or row[0] is None:
            return None
        return _day(row[0]), _day(row[1])

    def search(self, query: str, limit: int | None = None) -> list[int]:
        with self.vault.reading() as conn:
            return search.search_case_ids(conn, query, limit)

    def search_text(self, case_id: int) -> str:
        """The text the search index holds for a case, one field a line (to show why it matched)."""
        with self.vault.lock:
            return search.case_text(self.vault.conn, case_id)

    # -- writing -----------------------------------------------------------------------------

    def add(self, case: Case) -> int:
        """Store a new case with all it contains; generates a reference when absent.

        Applies the rules of the domain for new work: a melding misstand among the
        formal steps brings its Wbk follow-ups. (Import uses :func:`insert_case`,
        which takes the data as it is.)
        """
        given = (case.followups, case.id, case.reference, case.uid)
        case.followups = case.followups + [f for step in case.formal_steps for f in rules.wbk_followups(step)]
        try:
            with self.vault.transaction() as conn:
                return insert_case(conn, case)
        except BaseException:
            # Leave the caller's case as it was (nothing was stored): a corrected retry must
            # not get the Wbk follow-ups twice, nor carry the id of a rolled-back row.
            case.followups, case.id, case.reference, case.uid = given
            raise

    def save(self, case: Case) -> None:
        """Save the case's own fields, betrokkenen and sharing consents."""
        if case.id is None:
            raise ValueError("case has no id")
        stored = self.get(case.id)
        # Contacts and follow-ups are saved by their own repository; check the case with them.
        case.contacts, case.followups = stored.contacts, stored.followups
        raise_problems(rules.check_case(case))
        with self.vault.transaction() as conn:
            org_id = organisation_id(conn, case.organisation)
            conn.execute(
                f"UPDATE cases SET ({_CASE_COLUMNS}, reference, organisation_id) = "
                f"({_CASE_PLACEHOLDERS}, ?, ?) WHERE id = ?",
                (*_case_values(case), case.reference, org_id, case.id),
            )
            _replace_children(conn, case)
            search.reindex(conn, case.id)

    def delete(self, case_id: int, *, compact: bool = True) -> Case:
        """Delete a case and everything in it; returns it whole so the UI can undo.

        The deletion ends with :meth:`Vault.compact` so no token of it survives in the index
        or free pages (DESIGN.md §3). ``compact=False`` leaves that step to the caller (the
        app runs it on its worker, since a VACUUM of a large notebook takes a moment).
        """
        case = self.get(case_id)
        with self.vault.transaction(erasing=True) as conn:
            conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            search.unindex(conn, case_id)
        if compact:
            self.vault.compact()
        return case

    def restore(self, case: Case) -> int:
        """Put back a case returned by :meth:`delete` (undo), with its reference and uid."""
        with self.vault.transaction() as conn:
            return insert_case(conn, case)

    def withdraw_registration_consent(self, case_id: int) -> Case:
        """Record that the melder gives no consent to registration (any more).

        Erases the case's identifying content in one transaction: melder name,
        contact details, department and gender, betrokkene names and
        departments, contact summaries and notes, follow-up texts, the breach
        record and the retention hold. The statistical skeleton, reference and
        exact dates stay (see ARCHITECTURE.md, "No consent to registration").
        Returns the case as stored afterwards.
        """
        case = self.get(case_id)
        m = case.melder
        m.name = m.email = m.phone = m.department = None
        m.gender = None
        for b in case.betrokkenen:
            b.name = b.department = None
        for contact in case.contacts:
            contact.summary = contact.notes = None
        for followup in case.followups:
            followup.text = ""
        case.confidentiality_breach = None
        case.retention_hold = None
        case.consent.registration = False
        case.consent.registration_date = None
        raise_problems(rules.check_case(case))
        with self.vault.transaction(erasing=True) as conn:
            conn.execute(
                f"UPDATE cases SET ({_CASE_COLUMNS}) = ({_CASE_PLACEHOLDERS}) WHERE id = ?",
                (*_case_values(case), case_id),
            )
            _replace_children(conn, case)
            conn.execute("UPDATE contacts SET summary = NULL, notes = NULL WHERE case_id = ?", (case_id,))
            conn.execute("UPDATE followups SET text = '' WHERE case_id = ?", (case_id,))
            search.reindex(conn, case_id)
        self.vault.compact()  # as after any erasure: no erased token left in the index or free pages
        return case


def _day(text: str) -> date:
    value = day_value(text)
    assert value is not None
    return value


def organisation_id(conn: Any, key: str | None) -> int:
    """The id of organisation ``key``; with ``None``, the only organisation."""
    if key is None:
        rows = conn.execute("SELECT id FROM organisations LIMIT 2").fetchall()
        if len(rows) != 1:
            raise InvalidInput("organisation: kies een organisatie", "organisation: choose an organisation")
        return int(rows[0][0])
    row = conn.execute("SELECT id FROM organisations WHERE key = ?", (key,)).fetchone()
    if row is None:
        raise InvalidInput("organisation: onbekende organisatie", "organisation: unknown organisation")
    return int(row[0])


def next_reference(conn: Any, year: int) -> str:
    prefix = f"{year:04d}-"
    rows = conn.execute("SELECT reference FROM cases WHERE reference LIKE ?", (prefix + "%",))
    highest = 0
    for (reference,) in rows:
        tail = reference[len(prefix):]
        if tail.isdigit():
            highest = max(highest, int(tail))
    return rules.reference_for(year, highest + 1)


def insert_case(conn: Any, case: Case) -> int:
    """Insert ``case`` and its children inside the caller's transaction; sets ids."""
    raise_problems(rules.check_case(case))
    org_id = organisation_id(conn, case.organisation)
    if case.purged:
        case.reference = None
    elif case.reference is None:
        case.reference = next_reference(conn, case.opened.year)
    elif conn.execute("SELECT 1 FROM cases WHERE reference = ?", (case.reference,)).fetchone():
        raise InvalidInput("reference: dit kenmerk bestaat al", "reference: this reference already exists")
    if case.uid is None:
        case.uid = secrets.token_hex(16)
    elif conn.execute("SELECT 1 FROM cases WHERE uid = ?", (case.uid,)).fetchone():
        raise InvalidInput("id: deze zaak is al eerder ingelezen", "id: this case was imported before")
    cursor = conn.execute(
        f"INSERT INTO cases (uid, reference, organisation_id, {_CASE_COLUMNS}) "
        f"VALUES (?, ?, ?, {_CASE_PLACEHOLDERS})",
        (case.uid, case.reference, org_id, *_case_values(case)),
    )
    case.id = int(cursor.lastrowid)
    _replace_children(conn, case)
    month_only = case.purged
    for contact in case.contacts:
        contact.id = insert_contact(conn, case.id, contact, month_only)
    for followup in case.followups:
        followup.id = insert_followup(conn, case.id, followup)
    for step in case.formal_steps:
        step.id = int(
            conn.execute(
                "INSERT INTO formal_steps (case_id, kind, date) VALUES (?, ?, ?)",
                (case.id, step.kind.value, day_text(step.date, month_only)),
            ).lastrowid
        )
    for request in case.avg_requests:
        request.case_id = case.id
        # A case put back after a delete: its requests were kept, unlinked (ON DELETE SET NULL).
        if request.id is not None and conn.execute(
            "UPDATE avg_requests SET case_id = ? WHERE id = ? AND case_id IS NULL", (case.id, request.id)
        ).rowcount:
            continue
        request.id = int(
            conn.execute(
                "INSERT INTO avg_requests (case_id, kind, received, answered, refusal_ground) VALUES (?, ?, ?, ?, ?)",
                (case.id, request.kind.value, day_text(request.received), day_text(request.answered),
                 request.refusal_ground),
            ).lastrowid
        )
    search.reindex(conn, case.id)
    return case.id


def insert_contact(conn: Any, case_id: int, contact: Contact, month_only: bool = False) -> int:
    cursor = conn.execute(
        "INSERT INTO contacts (case_id, date, minutes, mode, party, summary, notes) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (case_id, day_text(contact.date, month_only), contact.minutes, contact.mode.value,
         contact.party.value, contact.summary, contact.notes),
    )
    return int(cursor.lastrowid)


def insert_followup(conn: Any, case_id: int, followup: FollowUp) -> int:
    cursor = conn.execute(
        "INSERT INTO followups (case_id, due, text, done, kind) VALUES (?, ?, ?, ?, ?)",
        (case_id, day_text(followup.due), followup.text, day_text(followup.done), followup.kind.value),
    )
    return int(cursor.lastrowid)


def _replace_children(conn: Any, case: Case) -> None:
    conn.execute("DELETE FROM betrokkenen WHERE case_id = ?", (case.id,))
    for b in case.betrokkenen:
        b.id = int(
            conn.execute(
                "INSERT INTO betrokkenen (case_id, name, relation, department) VALUES (?, ?, ?, ?)",
                (case.id, b.name, b.relation.value, b.department),
            ).lastrowid
        )
    conn.execute("DELETE FROM sharing_consents WHERE case_id = ?", (case.id,))
    for s in case.consent.sharing:
        s.id = int(
            conn.execute(
                "INSERT INTO sharing_consents (case_id, party, date) VALUES (?, ?, ?)",
                (case.id, s.party.value, day_text(s.date)),
            ).lastrowid
        )


_CASE_SELECT = (
    f"SELECT c.id, c.uid, c.reference, o.key, {', '.join('c.' + col.strip() for col in _CASE_COLUMNS.split(','))} "
    "FROM cases c JOIN organisations o ON o.id = c.organisation_id"
)


def _case_from_row(row: Any) -> Case:
    (case_id, uid, reference, org, kind, categories, opened, closed, m_name, m_email, m_phone, m_role, m_position,
     m_department, m_gender, c_reg, c_reg_date, c_hand, c_hand_date, referrals, outcomes, breach_date,
     breach_just, hold_reason, purged, title, intervention_type, intervention_date) = row
    return Case(
        id=case_id,
        uid=uid,
        reference=reference,
        organisation=org,
        kind=CaseKind(kind),
        categories=codes_value(Category, categories),
        opened=_day(opened),
        closed=day_value(closed),
        melder=Melder(
            role=MelderRole(m_role), name=m_name, email=m_email, phone=m_phone,
            position=MelderPosition(m_position), department=m_department,
            gender=enum_or_none(Gender, m_gender),
        ),
        consent=Consent(
            registration=bool(c_reg), registration_date=day_value(c_reg_date),
            handover=bool(c_hand), handover_date=day_value(c_hand_date),
        ),
        referrals=codes_value(Referral, referrals),
        outcomes=codes_value(Outcome, outcomes),
        confidentiality_breach=(
            ConfidentialityBreach(_day(breach_date), breach_just or "") if breach_date else None
        ),
        retention_hold=RetentionHold(hold_reason) if hold_reason is not None else None,
        purged=bool(purged),
        title=title,
        informal_intervention=(
            InformalIntervention(InterventionType(intervention_type), _day(intervention_date))
            if intervention_type else None
        ),
    )


def _attach_children(conn: Any, cases: dict[int, Case], where: str, params: tuple[Any, ...]) -> None:
    """Fill the lists of ``cases`` with one query per child table (not one per case).

    ``where`` selects the rows by ``case_id``; within a case the order is the one
    the UI and the export show (contacts by date, follow-ups by due date, ...).
    """
    for (case_id, *r) in conn.execute(
        f"SELECT case_id, id, name, relation, department FROM betrokkenen {where} ORDER BY case_id, id", params
    ):
        cases[case_id].betrokkenen.append(Betrokkene(id=r[0], name=r[1], relation=Relation(r[2]), department=r[3]))
    for (case_id, *r) in conn.execute(
        f"SELECT case_id, id, party, date FROM sharing_consents {where} ORDER BY case_id, id", params
    ):
        cases[case_id].consent.sharing.append(SharingConsent(id=r[0], party=Referral(r[1]), date=day_value(r[2])))
    for (case_id, *r) in conn.execute(
        f"SELECT case_id, id, date, minutes, mode, party, summary, notes FROM contacts {where} "
        "ORDER BY case_id, date, id",
        params,
    ):
        cases[case_id].contacts.append(
            Contact(id=r[0], date=_day(r[1]), minutes=r[2], mode=ContactMode(r[3]), party=ContactParty(r[4]),
                    summary=r[5], notes=r[6])
        )
    for (case_id, *r) in conn.execute(
        f"SELECT case_id, id, due, text, done, kind FROM followups {where} ORDER BY case_id, due, id", params
    ):
        cases[case_id].followups.append(
            FollowUp(id=r[0], due=_day(r[1]), text=r[2], done=day_value(r[3]), kind=FollowUpKind(r[4]))
        )
    for (case_id, *r) in conn.execute(
        f"SELECT case_id, id, kind, date FROM formal_steps {where} ORDER BY case_id, date, id", params
    ):
        cases[case_id].formal_steps.append(FormalStep(id=r[0], kind=FormalStepKind(r[1]), date=_day(r[2])))
    for (case_id, *r) in conn.execute(
        f"SELECT case_id, id, kind, received, answered, refusal_ground FROM avg_requests {where} "
        "ORDER BY case_id, received, id", params
    ):
        cases[case_id].avg_requests.append(
            AvgRequest(id=r[0], case_id=case_id, kind=AvgRequestKind(r[1]), received=_day(r[2]),
                       answered=day_value(r[3]), refusal_ground=r[4])
        )


def load_case(conn: Any, case_id: int) -> Case:
    """One whole case; KeyError when there is none with that id."""
    row = conn.execute(f"{_CASE_SELECT} WHERE c.id = ?", (case_id,)).fetchone()
    if row is None:
        raise KeyError(case_id)
    case = _case_from_row(row)
    _attach_children(conn, {case_id: case}, "WHERE case_id = ?", (case_id,))
    return case


def load_cases(conn: Any) -> list[Case]:
    """All whole cases by id, in one query per table."""
    cases = {row[0]: _case_from_row(row) for row in conn.execute(f"{_CASE_SELECT} ORDER BY c.id")}
    _attach_children(conn, cases, "", ())
    return list(cases.values())

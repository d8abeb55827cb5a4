"""The dated items inside a case: contacts, follow-ups, formal steps and AVG
requests. Each change is one transaction that also refreshes the case's
search row, and applies the domain's rules (Wbk and AVG follow-ups).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from vpnotes.domain import rules
from vpnotes.domain.model import AgendaItem, AvgRequest, Contact, FollowUp, FormalStep
from vpnotes.domain.vocabulary import AvgRequestKind, FollowUpKind, FormalStepKind
from vpnotes.errors import InvalidInput
from vpnotes.store import search
from vpnotes.store.cases import Cases, insert_contact, insert_followup, raise_problems
from vpnotes.store.codec import day_text, day_value
from vpnotes.store.vault import Vault


class CaseItems:
    """Contacts, follow-ups, formal steps and AVG requests of the cases in a vault."""

    def __init__(self, vault: Vault, cases: Cases) -> None:
        self.vault = vault
        self.cases = cases

    def _check(self, case_id: int, *, contact: Contact | None = None, followup: FollowUp | None = None) -> None:
        """Validate the case as it would be after the change."""
        case = self.cases.get(case_id)
        if contact is not None:
            case.contacts = [c for c in case.contacts if c.id != contact.id or contact.id is None] + [contact]
        if followup is not None:
            case.followups = [f for f in case.followups if f.id != followup.id or followup.id is None] + [followup]
        problems = rules.check_case(case)
        raise_problems(problems)

    # -- contacts ----------------------------------------------------------------------------

    def add_contact(self, case_id: int, contact: Contact) -> int:
        self._check(case_id, contact=contact)
        with self.vault.transaction() as conn:
            contact.id = insert_contact(conn, case_id, contact)
            search.reindex(conn, case_id)
        return contact.id

    def update_contact(self, case_id: int, contact: Contact) -> None:
        self._check(case_id, contact=contact)
        with self.vault.transaction() as conn:
            conn.execute(
                "UPDATE contacts SET date = ?, minutes = ?, mode = ?, party = ?, summary = ?, notes = ? "
                "WHERE id = ? AND case_id = ?",
                (day_text(contact.date), contact.minutes, contact.mode.value, contact.party.value,
                 contact.summary, contact.notes, contact.id, case_id),
            )
            search.reindex(conn, case_id)

    def delete_contact(self, case_id: int, contact_id: int) -> None:
        with self.vault.transaction() as conn:
            conn.execute("DELETE FROM contacts WHERE id = ? AND case_id = ?", (contact_id, case_id))
            search.reindex(conn, case_id)

    # -- follow-ups --------------------------------------------------------------------------

    def add_followup(self, case_id: int, followup: FollowUp) -> int:
        self._check(case_id, followup=followup)
        with self.vault.transaction() as conn:
            followup.id = insert_followup(conn, case_id, followup)
            search.reindex(conn, case_id)
        return followup.id

    def update_followup(self, case_id: int, followup: FollowUp) -> None:
        self._check(case_id, followup=followup)
        with self.vault.transaction() as conn:
            conn.execute(
                "UPDATE followups SET due = ?, text = ?, done = ?, kind = ? WHERE id = ? AND case_id = ?",
                (day_text(followup.due), followup.text, day_text(followup.done), followup.kind.value,
                 followup.id, case_id),
            )
            search.reindex(conn, case_id)

    def set_followup_done(self, followup_id: int, done: date | None) -> None:
        """Mark a follow-up done on ``done`` (or open again with ``None``)."""
        with self.vault.transaction() as conn:
            conn.execute("UPDATE followups SET done = ? WHERE id = ?", (day_text(done), followup_id))

    def delete_followup(self, case_id: int, followup_id: int) -> None:
        with self.vault.transaction() as conn:
            conn.execute("DELETE FROM followups WHERE id = ? AND case_id = ?", (followup_id, case_id))
            search.reindex(conn, case_id)

    def agenda(self, until: date | None = None, include_done: bool = False) -> list[AgendaItem]:
        """Open follow-ups across all cases, due first; ``until`` limits the due date."""
        sql = (
            "SELECT f.id, f.due, f.text, f.done, f.kind, c.id, c.reference, o.key "
            "FROM followups f JOIN cases c ON c.id = f.case_id "
            "JOIN organisations o ON o.id = c.organisation_id WHERE 1 = 1"
        )
        params: list[Any] = []
        if not include_done:
            sql += " AND f.done IS NULL"
        if until is not None:
            sql += " AND f.due <= ?"
            params.append(until.isoformat())
        sql += " ORDER BY f.due, f.id"
        return [
            AgendaItem(
                followup=FollowUp(id=r[0], due=_required(r[1]), text=r[2], done=day_value(r[3]),
                                  kind=FollowUpKind(r[4])),
                case_id=r[5], case_reference=r[6], organisation=r[7],
            )
            for r in self.vault.query(sql, params)
        ]

    # -- formal steps ------------------------------------------------------------------------

    def add_formal_step(self, case_id: int, step: FormalStep) -> list[FollowUp]:
        """Record a formal step; returns the follow-ups the law implies (Wbk), now stored."""
        implied = rules.wbk_followups(step)
        with self.vault.transaction() as conn:
            step.id = int(
                conn.execute(
                    "INSERT INTO formal_steps (case_id, kind, date) VALUES (?, ?, ?)",
                    (case_id, step.kind.value, day_text(step.date)),
                ).lastrowid
            )
            for followup in implied:
                followup.id = insert_followup(conn, case_id, followup)
            search.reindex(conn, case_id)
        return implied

    def delete_formal_step(self, case_id: int, step_id: int) -> None:
        """Remove a formal step recorded by mistake, with the Wbk checks it brought that are
        still open and unchanged (a done or edited follow-up is the VP's own record: it stays)."""
        with self.vault.transaction() as conn:
            row = conn.execute(
                "SELECT kind, date FROM formal_steps WHERE id = ? AND case_id = ?", (step_id, case_id)
            ).fetchone()
            if row is None:
                return
            conn.execute("DELETE FROM formal_steps WHERE id = ?", (step_id,))
            step = FormalStep(kind=FormalStepKind(row[0]), date=_required(row[1]))
            for followup in rules.wbk_followups(step):
                conn.execute(
                    "DELETE FROM followups WHERE id = (SELECT id FROM followups WHERE case_id = ? AND kind = ? "
                    "AND due = ? AND text = ? AND done IS NULL ORDER BY id LIMIT 1)",
                    (case_id, followup.kind.value, day_text(followup.due), followup.text),
                )
            search.reindex(conn, case_id)

    # -- AVG requests ------------------------------------------------------------------------

    def record_avg_request(self, request: AvgRequest) -> FollowUp:
        """Record an access or erasure request about a case's person; creates the one-month follow-up."""
        if request.case_id is None:
            raise InvalidInput("case: kies de zaak waarover het verzoek gaat", "case: choose the case")
        followup = rules.avg_followup(request)
        with self.vault.transaction() as conn:
            request.id = int(
                conn.execute(
                    "INSERT INTO avg_requests (case_id, kind, received, answered, refusal_ground) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (request.case_id, request.kind.value, day_text(request.received),
                     day_text(request.answered), request.refusal_ground),
                ).lastrowid
            )
            followup.id = insert_followup(conn, request.case_id, followup)
            search.reindex(conn, request.case_id)
        return followup

    def avg_requests(self) -> list[AvgRequest]:
        return [
            AvgRequest(id=r[0], case_id=r[1], kind=AvgRequestKind(r[2]), received=_required(r[3]),
                       answered=day_value(r[4]), refusal_ground=r[5])
            for r in self.vault.query(
                "SELECT id, case_id, kind, received, answered, refusal_ground FROM avg_requests ORDER BY received"
            )
        ]

    def answer_avg_request(self, request_id: int, answered: date, refusal_ground: str | None = None) -> None:
        with self.vault.transaction() as conn:
            cur = conn.execute(
                "UPDATE avg_requests SET answered = ?, refusal_ground = ? WHERE id = ?",
                (answered.isoformat(), refusal_ground, request_id),
            )
            if cur.rowcount != 1:
                raise InvalidInput("onbekend AVG-verzoek", "unknown GDPR request")


def _required(text: str) -> date:
    value = day_value(text)
    assert value is not None
    return value

"""AVG requests about one person: the access extract (inzage), erasure on
request, and a recorded refusal.

**Access extract.** Everything the notebook stores about one person, as melder
or as betrokkene, found by the stored name (case- and diacritics-insensitive,
spaces normalised). Other persons' data is left out or redacted: their names
(every word of a stored name that is not a tussenvoegsel), e-mail addresses and
phone numbers in free text, their departments; a betrokkene does not see who
the melder is. The VP reviews the extract in a preview and may withhold parts
that would reveal others (UAVG art. 41), each with its recorded ground; the
extract says what was withheld and why. It is written as JSON or as a readable
Word document (A4), optionally password-protected with Office's own encryption
(``msoffcrypto-tool``) so it can be sent to the person and the password passed
on separately.

**Erasure.** :func:`erase_person` reduces the person's cases as melder to their
statistical skeleton and removes them as betrokkene (name, department, and
their name in that case's texts); :func:`refuse_erasure` records a refusal with
its ground (AVG art. 17(3)) instead. Both are logged without content.

Matching is on the name as stored. A person registered under another spelling
is not found: the VP searches first (the preview shows the cases found).
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from vpnotes.domain.model import Case
from vpnotes.domain.vocabulary import AvgRequestKind, Sector
from vpnotes.errors import InvalidInput
from vpnotes.i18n import pick
from vpnotes.lifecycle.skeleton import reduce_to_skeleton
from vpnotes.store import audit, kdf, search
from vpnotes.store.notebook import Notebook

FORMAT = "vpnotes-access"
VERSION = 1
NAME_REDACTED = "[naam]"
EMAIL_REDACTED = "[e-mailadres]"
PHONE_REDACTED = "[telefoonnummer]"

TUSSENVOEGSELS = frozenset((
    "van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "'t", "'r", "d'", "s'", "la", "le", "du",
    "da", "di", "del", "della", "von", "vom", "zu", "zum", "zur", "aan", "bij", "uit", "voor", "onder", "over",
))
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d\s().-]{7,}\d(?!\w)")
_JOINED = re.compile(
    r"\[naam\](?:\s+(?:" + "|".join(re.escape(t) for t in sorted(TUSSENVOEGSELS, key=len, reverse=True))
    + r"))*\s+\[naam\]", re.IGNORECASE)
_PATH_STEP = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?")


class RestrictionGround(StrEnum):
    """Grounds to withhold part of an access extract (UAVG art. 41 lid 1)."""

    RECHTEN_ANDEREN = "rechten_anderen"
    STRAFBARE_FEITEN = "strafbare_feiten"
    BEROEPSREGELS = "beroepsregels"

    @property
    def label(self) -> str:
        return pick(*_RESTRICTION_LABELS[self])

    @property
    def label_nl(self) -> str:
        return _RESTRICTION_LABELS[self][0]


_RESTRICTION_LABELS = {
    RestrictionGround.RECHTEN_ANDEREN: (
        "bescherming van de rechten en vrijheden van anderen (art. 41 lid 1 sub i UAVG)",
        "protection of the rights and freedoms of others (art. 41(1)(i) UAVG)"),
    RestrictionGround.STRAFBARE_FEITEN: (
        "voorkoming, opsporing en vervolging van strafbare feiten (art. 41 lid 1 sub d UAVG)",
        "prevention, investigation and prosecution of criminal offences (art. 41(1)(d) UAVG)"),
    RestrictionGround.BEROEPSREGELS: (
        "voorkoming, opsporing en vervolging van schendingen van beroepsregels (art. 41 lid 1 sub g UAVG)",
        "prevention, investigation and prosecution of breaches of professional rules (art. 41(1)(g) UAVG)"),
}


class RefusalGround(StrEnum):
    """Grounds to refuse erasure (AVG art. 17 lid 3)."""

    MENINGSUITING = "meningsuiting"
    WETTELIJKE_VERPLICHTING = "wettelijke_verplichting"
    VOLKSGEZONDHEID = "volksgezondheid"
    ARCHIVERING = "archivering"
    RECHTSVORDERING = "rechtsvordering"

    @property
    def label(self) -> str:
        return pick(*_REFUSAL_LABELS[self])

    @property
    def label_nl(self) -> str:
        return _REFUSAL_LABELS[self][0]


_REFUSAL_LABELS = {
    RefusalGround.MENINGSUITING: ("uitoefening van het recht op vrijheid van meningsuiting en informatie "
                                  "(art. 17 lid 3 sub a AVG)",
                                  "exercising the right of freedom of expression and information (art. 17(3)(a) GDPR)"),
    RefusalGround.WETTELIJKE_VERPLICHTING: ("nakoming van een wettelijke verplichting (art. 17 lid 3 sub b AVG)",
                                            "compliance with a legal obligation (art. 17(3)(b) GDPR)"),
    RefusalGround.VOLKSGEZONDHEID: ("algemeen belang op het gebied van volksgezondheid (art. 17 lid 3 sub c AVG)",
                                    "public interest in the area of public health (art. 17(3)(c) GDPR)"),
    RefusalGround.ARCHIVERING: ("archivering, wetenschappelijk of historisch onderzoek of statistiek "
                                "(art. 17 lid 3 sub d AVG)",
                                "archiving, scientific or historical research or statistics (art. 17(3)(d) GDPR)"),
    RefusalGround.RECHTSVORDERING: ("instelling, uitoefening of onderbouwing van een rechtsvordering "
                                    "(art. 17 lid 3 sub e AVG)",
                                    "establishment, exercise or defence of legal claims (art. 17(3)(e) GDPR)"),
}


@dataclass(frozen=True)
class Restriction:
    """Withhold the item at ``path`` (e.g. ``cases[0].contacts[1].notes``) on ``ground``."""

    path: str
    ground: RestrictionGround
    explanation: str = ""


@dataclass
class AccessExtract:
    person: str
    made: date
    document: dict[str, Any]
    case_ids: list[int] = field(default_factory=list)
    restrictions: list[Restriction] = field(default_factory=list)


@dataclass(frozen=True)
class ErasureResult:
    cases: int  # cases as melder, reduced to their skeleton
    betrokkenen: int  # entries as betrokkene removed
    mentions: int = 0  # texts of other cases in which the full name was replaced


# -- matching and redaction -------------------------------------------------------------------


def fold(text: str) -> str:
    """Case- and diacritics-insensitive form, whitespace collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def name_parts(name: str) -> set[str]:
    """The folded words of a name that identify: all but tussenvoegsels and initials."""
    return {w for w in (fold(m.group()) for m in _WORD.finditer(name)) if len(w) > 1 and w not in TUSSENVOEGSELS}


def find_person(notebook: Notebook, person: str) -> list[tuple[int, str]]:
    """``(case id, "melder" | "betrokkene")`` for every case where ``person`` is stored by name."""
    wanted = fold(person)
    if not wanted:
        raise InvalidInput("Vul een naam in.", "Enter a name.")
    found: dict[int, str] = {}
    for case_id, name in notebook.vault.query("SELECT id, melder_name FROM cases WHERE melder_name IS NOT NULL"):
        if fold(name) == wanted:
            found[case_id] = "melder"
    for case_id, name in notebook.vault.query("SELECT case_id, name FROM betrokkenen WHERE name IS NOT NULL"):
        if fold(name) == wanted:
            found.setdefault(case_id, "betrokkene")
    return sorted(found.items())


class Redactor:
    """Removes other persons' names, e-mail addresses and phone numbers from free text.

    Names are every stored name's parts (melders and betrokkenen of the whole
    notebook) and, with ``probable_names``, any capitalised word that does not
    start a sentence: in Dutch that is nearly always a name (a colleague named only
    in the notes). Words of the person's own name and of ``allowed`` stay. This
    errs towards redacting too much; the VP sees the result in the preview.
    """

    def __init__(self, other_names: Iterable[str], own_name: str, own_email: str | None = None,
                 own_phone: str | None = None, *, probable_names: bool = True,
                 allowed: Iterable[str] = ()) -> None:
        self.own = name_parts(own_name)
        self.allowed = self.own.union(*(name_parts(a) for a in allowed))
        self.words = set().union(*(name_parts(n) for n in other_names)) - self.own
        self.probable_names = probable_names
        self.own_email = fold(own_email) if own_email else None
        self.own_phone = _digits(own_phone) if own_phone else None

    def __call__(self, text: str | None) -> str | None:
        if not text:
            return text
        text = _EMAIL.sub(lambda m: m.group() if fold(m.group()) == self.own_email else EMAIL_REDACTED, text)
        text = _PHONE.sub(lambda m: m.group() if _digits(m.group()) == self.own_phone else PHONE_REDACTED, text)
        current: str = text
        current = _WORD.sub(lambda m: NAME_REDACTED if self._is_other(m, current) else m.group(), current)
        return _JOINED.sub(NAME_REDACTED, current)

    def _is_other(self, match: re.Match[str], text: str) -> bool:
        word = match.group()
        folded = fold(word)
        if folded in self.words:
            return True
        if not self.probable_names or folded in self.allowed or not word[0].isupper() or len(word) < 2:
            return False
        if word.isupper() and len(word) <= 5:
            return False  # an abbreviation (HR, AVG, MT)
        before = text[: match.start()].rstrip(" \t\"'‘“(")
        return not (before == "" or before[-1] in ".!?:;\n" or before.endswith("[naam]"))


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


# -- the extract ------------------------------------------------------------------------------


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _case_section(case: Case, role: str, person: str, redact: Redactor, organisation_name: str,
                  sector: Sector = Sector.WERK) -> dict[str, Any]:
    wanted = fold(person)
    section: dict[str, Any] = {
        "reference": case.reference,
        "organisation": organisation_name,
        "role": role,
        "kind": case.kind.value,
        "categories": [c.value for c in case.categories],
        "opened": _d(case.opened),
        "closed": _d(case.closed),
    }
    m = case.melder
    if role == "melder":
        section["melder"] = {
            "name": m.name, "email": m.email, "phone": m.phone, "role": m.role.value, "position": m.position.value,
            "department": m.department, "gender": m.gender.value if m.gender else None,
        }
        section["consent"] = {
            "registration": case.consent.registration, "registration_date": _d(case.consent.registration_date),
            "handover": case.consent.handover, "handover_date": _d(case.consent.handover_date),
            "sharing": [{"party": s.party.value, "date": _d(s.date)} for s in case.consent.sharing],
        }
    section["betrokkenen"] = [
        {"name": b.name, "relation": b.relation.value, "department": b.department}
        if b.name and fold(b.name) == wanted else {"name": NAME_REDACTED if b.name else None,
                                                   "relation": b.relation.value}
        for b in case.betrokkenen
    ]
    section["contacts"] = [
        {"date": _d(c.date), "minutes": c.minutes, "mode": c.mode.value, "party": c.party.value,
         "summary": redact(c.summary), "notes": redact(c.notes)}
        for c in case.contacts
    ]
    section["followups"] = [
        {"due": _d(f.due), "text": redact(f.text), "done": _d(f.done)} for f in case.followups
    ]
    section["referrals"] = [r.value for r in case.referrals]
    section["outcomes"] = [o.value for o in case.outcomes]
    section["formal_steps"] = [{"kind": s.kind.value, "date": _d(s.date)} for s in case.formal_steps]
    breach = case.confidentiality_breach
    section["confidentiality_breach"] = (
        {"date": _d(breach.date), "justification": redact(breach.justification)} if breach else None)
    section["retention_hold"] = {"reason": redact(case.retention_hold.reason)} if case.retention_hold else None
    # Schema 2 (DESIGN.md §9), only where present so an extract of a werk notebook keeps its shape.
    if sector is not Sector.WERK:
        section["sector"] = sector.value
    if case.title:
        section["title"] = redact(case.title)
    if case.informal_intervention:
        section["informal_intervention"] = {"type": case.informal_intervention.type.value,
                                            "date": _d(case.informal_intervention.date)}
    return section


def build_extract(
    notebook: Notebook, person: str, *, restrictions: Sequence[Restriction] = (), today: date | None = None
) -> AccessExtract:
    """The access extract for ``person`` with ``restrictions`` applied (the preview shows it)."""
    today = today or date.today()
    matches = find_person(notebook, person)
    names = [n for (n,) in notebook.vault.query(
        "SELECT melder_name FROM cases WHERE melder_name IS NOT NULL UNION "
        "SELECT name FROM betrokkenen WHERE name IS NOT NULL")]
    others = [n for n in names if fold(n) != fold(person)]
    organisations = {o.key: o.name for o in notebook.organisations.all()}
    sectors = {o.key: o.sector for o in notebook.organisations.all()}
    requests: dict[int, list[dict[str, Any]]] = {}
    for request in notebook.items.avg_requests():
        if request.case_id is not None:
            requests.setdefault(request.case_id, []).append(
                {"kind": request.kind.value, "received": _d(request.received), "answered": _d(request.answered),
                 "refusal_ground": request.refusal_ground})
    cases: list[dict[str, Any]] = []
    for case_id, role in matches:
        case = notebook.cases.get(case_id)
        own_email = case.melder.email if role == "melder" else None
        own_phone = case.melder.phone if role == "melder" else None
        redact = Redactor(others, person, own_email, own_phone, allowed=organisations.values())
        section = _case_section(case, role, person, redact, organisations.get(case.organisation or "", ""),
                                sectors.get(case.organisation or "", Sector.WERK))
        section["avg_requests"] = [
            {**r, "refusal_ground": redact(r["refusal_ground"])} for r in requests.get(case_id, [])]
        cases.append(section)
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION, "person": person, "made": today.isoformat(),
                                "cases": cases, "restrictions": []}
    for restriction in restrictions:
        _withhold(document, restriction)
        document["restrictions"].append({
            "path": restriction.path, "ground": restriction.ground.value,
            "ground_text": restriction.ground.label_nl, "explanation": restriction.explanation,
        })
    return AccessExtract(person, today, document, [cid for cid, _ in matches], list(restrictions))


def restrictable_paths(extract: AccessExtract) -> list[str]:
    """Paths the VP can withhold in the preview: each case, contact, follow-up and free text."""
    paths: list[str] = []
    for i, case in enumerate(extract.document["cases"]):
        base = f"cases[{i}]"
        paths.append(base)
        for j, _ in enumerate(case.get("contacts", [])):
            paths += [f"{base}.contacts[{j}]", f"{base}.contacts[{j}].summary", f"{base}.contacts[{j}].notes"]
        paths += [f"{base}.followups[{j}]" for j, _ in enumerate(case.get("followups", []))]
        paths += [f"{base}.betrokkenen[{j}]" for j, _ in enumerate(case.get("betrokkenen", []))]
        if case.get("confidentiality_breach"):
            paths.append(f"{base}.confidentiality_breach")
    return paths


def _withhold(document: dict[str, Any], restriction: Restriction) -> None:
    steps = restriction.path.split(".")
    parent: Any = document
    key: str | int | None = None
    try:
        for index, step in enumerate(steps):
            match = _PATH_STEP.fullmatch(step)
            if match is None:
                raise KeyError(step)
            container = parent if index == 0 else parent[key]
            if match[2] is None:
                parent, key = container, match[1]
                if key not in parent:
                    raise KeyError(key)
            else:
                parent, key = container[match[1]], int(match[2])
                parent[key]
    except (KeyError, IndexError, TypeError):
        raise InvalidInput(f"onbekend onderdeel: {restriction.path}", f"unknown item: {restriction.path}") from None
    if key is None or restriction.path in ("person", "made", "format", "version", "restrictions"):
        raise InvalidInput(f"onbekend onderdeel: {restriction.path}", f"unknown item: {restriction.path}")
    parent[key] = {"withheld": True, "ground": restriction.ground.value}


def extract_json(extract: AccessExtract) -> bytes:
    return json.dumps(extract.document, ensure_ascii=False, indent=1).encode("utf-8")


def write_extract(
    notebook: Notebook, extract: AccessExtract, path: str | Path, *, password: str | None = None
) -> Path:
    """Write the extract as ``.json`` or ``.docx`` (by extension); logged without content.

    ``password`` protects a ``.docx`` with Office encryption (Word and LibreOffice
    open it); it must be strong, as the document goes to the person by mail.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".json", ".docx"):
        raise InvalidInput("Kies een bestandsnaam op .json of .docx.", "Choose a file name ending in .json or .docx.")
    if password is not None and suffix != ".docx":
        raise InvalidInput("Alleen een .docx kan met een wachtwoord worden beveiligd.",
                           "Only a .docx can be protected with a password.")
    notebook.audit.require_loggable()  # an extract must be logged (issue 14 D20)
    if suffix == ".json":
        data = extract_json(extract)
    else:
        from vpnotes.lifecycle.access_docx import render_docx

        data = render_docx(extract)
        if password is not None:
            kdf.require_strong(password)
            data = encrypt_docx(data, password)
    grounds = sorted({r.ground.value for r in extract.restrictions})
    detail = f"cases={len(extract.case_ids)} restricted={len(extract.restrictions)}"
    if grounds:
        detail += f" grounds={','.join(grounds)}"
    if password is not None:
        detail += " protected"
    notebook.audit.write_output(target, data, ("access_extract", detail))
    return target


def encrypt_docx(data: bytes, password: str) -> bytes:
    """Office (ECMA-376 Agile) encryption of a .docx, as Word's "protect with password"."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()


# -- erasure and refusal ----------------------------------------------------------------------


def erase_person(notebook: Notebook, person: str, *, today: date | None = None) -> ErasureResult:
    """Erase ``person``'s data on request (AVG art. 17).

    Cases where they are melder are reduced to their statistical skeleton (open
    ones too: the VP decided); where they are betrokkene, their entry loses name
    and department and their name goes from that case's texts. Open erasure
    requests on those cases are marked answered. A case on hold is refused: record
    a refusal with :func:`refuse_erasure` instead.
    """
    today = today or date.today()
    matches = find_person(notebook, person)
    melder_cases = [cid for cid, role in matches if role == "melder"]
    betrokkene_cases = [cid for cid, role in matches if role == "betrokkene"]
    held = notebook.vault.query(
        f"SELECT count(*) FROM cases WHERE hold_reason IS NOT NULL AND id IN ({','.join('?' * len(matches))})",
        [cid for cid, _ in matches]) if matches else [(0,)]
    if held[0][0]:
        raise InvalidInput(
            "Een zaak van deze persoon staat op bewaren (hold); leg een weigering met grond vast.",
            "A case of this person is on hold; record a refusal with its ground instead.",
        )
    wanted = fold(person)
    redact = Redactor([person], "", probable_names=False)
    removed = 0
    with notebook.vault.transaction(erasing=True) as conn:
        all_ids = [cid for cid, _ in matches]
        if all_ids:
            conn.execute(
                f"UPDATE avg_requests SET answered = ? WHERE answered IS NULL AND kind = ? "
                f"AND case_id IN ({','.join('?' * len(all_ids))})",
                (today.isoformat(), AvgRequestKind.VERWIJDERING.value, *all_ids))
        reduce_to_skeleton(conn, melder_cases)
        for case_id in betrokkene_cases:
            for row_id, name in conn.execute(
                    "SELECT id, name FROM betrokkenen WHERE case_id = ? AND name IS NOT NULL", (case_id,)).fetchall():
                if fold(name) == wanted:
                    conn.execute("UPDATE betrokkenen SET name = NULL, department = NULL WHERE id = ?", (row_id,))
                    removed += 1
            for table, column in (("contacts", "summary"), ("contacts", "notes"), ("followups", "text")):
                for row_id, text in conn.execute(
                        f"SELECT id, {column} FROM {table} WHERE case_id = ? AND {column} IS NOT NULL",
                        (case_id,)).fetchall():
                    cleaned = redact(text)
                    if cleaned != text:
                        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (cleaned, row_id))
            for column in ("breach_justification", "hold_reason"):
                row = conn.execute(f"SELECT {column} FROM cases WHERE id = ?", (case_id,)).fetchone()
                if row and row[0]:
                    conn.execute(f"UPDATE cases SET {column} = ? WHERE id = ?", (redact(row[0]), case_id))
            search.reindex(conn, case_id)
        mentions = _erase_mentions(conn, person, exclude=set(all_ids))
        audit.record(conn, "erasure", f"cases={len(melder_cases)} betrokkenen={removed} mentions={mentions}")
    notebook.vault.compact()
    return ErasureResult(len(melder_cases), removed, mentions)


def full_name_pattern(person: str) -> re.Pattern[str]:
    """The person's full name as written or without accents, any case, any spacing between its words."""
    variants = {person, "".join(ch for ch in unicodedata.normalize("NFKD", person) if not unicodedata.combining(ch))}
    alternatives = [r"\s+".join(re.escape(word) for word in variant.split()) for variant in variants if variant.split()]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def _erase_mentions(conn: Any, person: str, *, exclude: set[int]) -> int:
    """Replace the person's full name in the texts of every other case (a colleague named
    in someone else's notes). Only the full name: a first name alone may be anyone."""
    pattern = full_name_pattern(unicodedata.normalize("NFC", person))
    changed_cases: set[int] = set()
    count = 0
    for table, column in (("contacts", "summary"), ("contacts", "notes"), ("followups", "text")):
        for row_id, case_id, text in conn.execute(
                f"SELECT id, case_id, {column} FROM {table} WHERE {column} IS NOT NULL").fetchall():
            if case_id in exclude:
                continue
            cleaned = pattern.sub(NAME_REDACTED, unicodedata.normalize("NFC", text))
            if cleaned != unicodedata.normalize("NFC", text):
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (cleaned, row_id))
                changed_cases.add(case_id)
                count += 1
    for case_id in changed_cases:
        search.reindex(conn, case_id)
    return count


def refuse_erasure(
    notebook: Notebook, request_id: int, ground: RefusalGround, explanation: str = "", *, today: date | None = None
) -> None:
    """Answer an erasure request with a refusal on ``ground`` (AVG art. 17(3)); logged by code."""
    today = today or date.today()
    request = next((r for r in notebook.items.avg_requests() if r.id == request_id), None)
    if request is None or request.kind is not AvgRequestKind.VERWIJDERING:
        raise InvalidInput("Onbekend verzoek om verwijdering.", "Unknown erasure request.")
    text = ground.label_nl + (f": {explanation.strip()}" if explanation.strip() else "")
    notebook.items.answer_avg_request(request_id, today, refusal_ground=text)
    notebook.audit.record("erasure_refused", f"ground={ground.value}")

"""Reading interchange v1 and v2 (DESIGN.md §5, §9): strict parsing into domain objects.

Version 2 adds the organisation's ``sector``, the case's ``title`` and
``informal_intervention``, the top-level ``third_party_register`` and the codes
of §9; in a version 1 file each of those is an error with its path.

Unknown keys, wrong types, unknown codes and invalid dates are refused with the
JSON path of the offending value (``cases[3].contacts[0].date``). Messages never
echo values from the file: they may be personal.

Before the fields are read, the whole document is checked for what JSON allows
and the notebook cannot hold: a key twice in one object, a lone surrogate
(``\ud800``), an integer of absurd length, control characters in text. After,
identifiers and names are checked to fit on one line (:mod:`vpnotes.domain.text`).
Only a regular file up to :data:`MAX_FILE_BYTES` is read: a device or a pipe
never ends or never starts.
"""

from __future__ import annotations

import codecs
import json
import math
import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from vpnotes.domain import rules, text
from vpnotes.domain.dates import FIRST_YEAR, LAST_YEAR
from vpnotes.domain.model import (
    Activity,
    Betrokkene,
    Case,
    ConfidentialityBreach,
    Consent,
    Contact,
    Expense,
    FollowUp,
    FormalStep,
    InformalIntervention,
    Melder,
    Organisation,
    RegisterEntry,
    RetentionHold,
    SharingConsent,
    Signal,
)
from vpnotes.domain.vocabulary import (
    ActivityKind,
    CaseKind,
    Category,
    ContactMode,
    ContactParty,
    ExpenseKind,
    FollowUpKind,
    FormalStepKind,
    Gender,
    InterventionType,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
    Sector,
    Vocab,
    is_new_in_version_2,
)
from vpnotes.errors import InvalidInput
from vpnotes.interchange.input_file import InputWords, read_input_file
from vpnotes.store.organisations import check_organisation
from vpnotes.store.register import check_entry
from vpnotes.store.work import check_activity, check_expense

FORMAT = "vpnotes-interchange"
VERSION = 2  # what export writes
VERSIONS = (1, 2)  # what import reads
# The version of the file being parsed: decides which fields and codes exist.
_reading_version: ContextVar[int] = ContextVar("interchange_version", default=VERSION)
# A full export of a busy VP's notebook is tens of megabytes; parsing takes about ten times the file in memory.
MAX_FILE_BYTES = 256 * 1024 * 1024
IMPORT_FILE = InputWords("het importbestand", "the import file")
# An integer in the file longer than this is no count of anything (Python refuses beyond 4,300 digits).
MAX_INTEGER_DIGITS = 20

E = TypeVar("E", bound=StrEnum)

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")


def _fail(path: str, nl: str, en: str) -> InvalidInput:
    return InvalidInput(f"{path}: {nl}", f"{path}: {en}")


@dataclass
class Interchange:
    """The content of one interchange file."""

    organisations: list[Organisation] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    expenses: list[Expense] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    register: list[RegisterEntry] = field(default_factory=list)



class _Obj:
    """A JSON object being read: tracks its path and refuses unknown keys."""

    def __init__(self, value: Any, path: str, required: tuple[str, ...], optional: tuple[str, ...],
                 since_v2: tuple[str, ...] = ()) -> None:
        if not isinstance(value, dict):
            raise _fail(path or "$", "verwacht een object", "expected an object")
        self.value = value
        self.path = path
        if _reading_version.get() >= 2:  # fields version 1 does not know are unknown fields there
            optional = optional + since_v2
        for key in value:
            if key not in required and key not in optional:
                raise _fail(self.sub(str(key)), "onbekend veld", "unknown field")
        for key in required:
            if key not in value:
                raise _fail(self.sub(key), "ontbreekt", "is missing")

    def sub(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, default: Any = None) -> Any:
        return self.value.get(key, default)

    def text(self, key: str, *, required: bool = False, max_len: int = rules.MAX_TEXT) -> str | None:
        value = self.value.get(key)
        if value is None:
            if required:
                raise _fail(self.sub(key), "ontbreekt", "is missing")
            return None
        if not isinstance(value, str):
            raise _fail(self.sub(key), "verwacht tekst", "expected text")
        if len(value) > max_len:
            raise _fail(self.sub(key), "tekst is te lang", "text is too long")
        if "\x00" in value:
            raise _fail(self.sub(key), "tekst bevat een ongeldig teken", "text contains an invalid character")
        return value

    def required_text(self, key: str, max_len: int = rules.MAX_TEXT) -> str:
        value = self.text(key, required=True, max_len=max_len)
        assert value is not None
        return value

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self.value.get(key, default)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise _fail(self.sub(key), "verwacht true of false", "expected true or false")
        return value

    def integer(self, key: str, low: int, high: int, default: int | None = None) -> int | None:
        value = self.value.get(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(self.sub(key), "verwacht een geheel getal", "expected a whole number")
        if not low <= value <= high:
            raise _fail(self.sub(key), f"kies {low}-{high}", f"choose {low}-{high}")
        return value

    def required_integer(self, key: str, low: int, high: int) -> int:
        """A whole number that must be present and not null."""
        if self.value.get(key) is None:
            raise _fail(self.sub(key), "ontbreekt", "is missing")
        value = self.integer(key, low, high)
        assert value is not None
        return value

    def number(self, key: str, low: float, high: float) -> float:
        value = self.value.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise _fail(self.sub(key), "verwacht een getal", "expected a number")
        if not low <= value <= high:
            raise _fail(self.sub(key), f"kies {low:g}-{high:g}", f"choose {low:g}-{high:g}")
        return float(value)

    def day(self, key: str, *, month_only: bool = False, required: bool = False) -> date | None:
        value = self.value.get(key)
        if value is None:
            if required:
                raise _fail(self.sub(key), "ontbreekt", "is missing")
            return None
        return parse_day(value, self.sub(key), month_only)

    def required_day(self, key: str, *, month_only: bool = False) -> date:
        value = self.day(key, month_only=month_only, required=True)
        assert value is not None
        return value

    def code(self, key: str, enum: type[E], default: E | None = None, required: bool = False) -> E | None:
        value = self.value.get(key)
        if value is None:
            if required:
                raise _fail(self.sub(key), "ontbreekt", "is missing")
            return default
        return parse_code(value, enum, self.sub(key))

    def required_code(self, key: str, enum: type[E]) -> E:
        value = self.code(key, enum, required=True)
        assert value is not None
        return value

    def codes(self, key: str, enum: type[E]) -> list[E]:
        return [parse_code(v, enum, f"{self.sub(key)}[{i}]") for i, v in enumerate(self.array(key))]

    def array(self, key: str) -> list[Any]:
        value = self.value.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise _fail(self.sub(key), "verwacht een lijst", "expected a list")
        return value

    def objects(self, key: str, parse: Callable[[Any, str], Any]) -> list[Any]:
        return [parse(item, f"{self.sub(key)}[{i}]") for i, item in enumerate(self.array(key))]


def parse_day(value: Any, path: str, month_only: bool = False) -> date:
    if not isinstance(value, str):
        raise _fail(path, "verwacht een datum", "expected a date")
    try:
        # Exactly YYYY-MM-DD (or YYYY-MM): date.fromisoformat alone also takes other ISO
        # forms of the same length, such as the week date 2026-W03-1.
        if not (_MONTH if month_only else _DAY).fullmatch(value):
            raise ValueError
        day = date.fromisoformat(value + "-01" if month_only else value)
    except ValueError:
        form = "JJJJ-MM" if month_only else "JJJJ-MM-DD"
        raise _fail(path, f"ongeldige datum (verwacht {form})",
                    f"invalid date (expected {form.replace('JJJJ', 'YYYY')})") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise _fail(path, f"datum buiten {FIRST_YEAR}-{LAST_YEAR}", f"date outside {FIRST_YEAR}-{LAST_YEAR}")
    return day


def parse_code(value: Any, enum: type[E], path: str) -> E:
    try:
        code = enum(value)
    except ValueError:
        raise _fail(path, "onbekende code", "unknown code") from None
    if _reading_version.get() < 2 and isinstance(code, Vocab) and is_new_in_version_2(code):
        raise _fail(path, "onbekende code in versie 1 (nieuw in versie 2)",
                    "unknown code in version 1 (new in version 2)")
    return code


def _organisation(value: Any, path: str) -> Organisation:
    o = _Obj(value, path, ("key", "name"), ("employees", "year_start_month", "min_cell"), since_v2=("sector",))
    org = Organisation(
        key=o.required_text("key", 40),
        name=o.required_text("name", 500),
        employees=o.integer("employees", 0, 10_000_000),
        year_start_month=o.integer("year_start_month", 1, 12, 1) or 1,
        min_cell=o.integer("min_cell", 3, 10, 5) or 5,
        sector=o.code("sector", Sector, Sector.WERK) or Sector.WERK,
    )
    check_organisation(org, path + ".")
    return org


_CASE_KEYS = (
    "reference", "organisation", "closed", "melder", "betrokkenen", "consent", "contacts", "followups",
    "referrals", "outcomes", "formal_steps", "confidentiality_breach", "retention_hold", "purged", "id",
)


def _case(value: Any, path: str) -> Case:
    o = _Obj(value, path, ("kind", "categories", "opened"), _CASE_KEYS, since_v2=("title", "informal_intervention"))
    purged = o.boolean("purged")
    mo = purged  # purged skeletons carry months, not days
    if purged:
        if o.get("reference") is not None:
            raise _fail(o.sub("reference"), "een geschoonde zaak heeft geen kenmerk", "a purged case has no reference")
        if o.get("consent") is not None:
            # Not part of the statistical skeleton (DESIGN.md §5): it would be dropped on export.
            raise _fail(o.sub("consent"), "een geschoonde zaak heeft geen toestemmingen",
                        "a purged case has no consents")
        uid = o.text("id", required=True, max_len=64)
    else:
        if o.get("id") is not None:
            raise _fail(o.sub("id"), "alleen geschoonde zaken hebben een id", "only purged cases have an id")
        uid = None
    m = _Obj(o.get("melder"), o.sub("melder"), ("role",),
             ("name", "email", "phone", "position", "department", "gender"))
    melder = Melder(
        role=m.required_code("role", MelderRole),
        name=m.text("name", max_len=500), email=m.text("email", max_len=500), phone=m.text("phone", max_len=100),
        position=m.code("position", MelderPosition, MelderPosition.ZELF) or MelderPosition.ZELF,
        department=m.text("department", max_len=500), gender=m.code("gender", Gender),
    )
    case = Case(
        kind=o.required_code("kind", CaseKind),
        categories=o.codes("categories", Category),
        opened=o.required_day("opened", month_only=mo),
        closed=o.day("closed", month_only=mo),
        melder=melder,
        organisation=o.text("organisation", max_len=40),
        reference=o.text("reference", max_len=40),
        betrokkenen=o.objects("betrokkenen", _betrokkene),
        consent=_consent(o.get("consent"), o.sub("consent")) if o.get("consent") is not None else Consent(),
        contacts=o.objects("contacts", lambda v, p: _contact(v, p, mo)),
        followups=o.objects("followups", _followup),
        referrals=o.codes("referrals", Referral),
        outcomes=o.codes("outcomes", Outcome),
        formal_steps=o.objects("formal_steps", lambda v, p: _formal_step(v, p, mo)),
        confidentiality_breach=_breach(o.get("confidentiality_breach"), o.sub("confidentiality_breach")),
        retention_hold=_hold(o.get("retention_hold"), o.sub("retention_hold")),
        purged=purged,
        uid=uid,
        title=o.text("title", max_len=500),
        informal_intervention=_intervention(o.get("informal_intervention"), o.sub("informal_intervention"), mo),
    )
    if purged and case.title is not None:
        raise _fail(o.sub("title"), "een geschoonde zaak heeft geen titel", "a purged case has no title")
    if case.reference is not None and not case.reference.strip():
        raise _fail(o.sub("reference"), "leeg kenmerk", "empty reference")
    problems = rules.check_case(case)
    if problems:
        first = problems[0]
        raise _fail(f"{path}.{first.path}", first.nl, first.en)
    return case


def _betrokkene(value: Any, path: str) -> Betrokkene:
    o = _Obj(value, path, ("relation",), ("name", "department"))
    return Betrokkene(relation=o.required_code("relation", Relation), name=o.text("name", max_len=500),
                      department=o.text("department", max_len=500))


def _consent(value: Any, path: str) -> Consent:
    o = _Obj(value, path, (), ("registration", "registration_date", "handover", "handover_date", "sharing"))
    return Consent(
        registration=o.boolean("registration", True), registration_date=o.day("registration_date"),
        handover=o.boolean("handover"), handover_date=o.day("handover_date"),
        sharing=o.objects("sharing", _sharing),
    )


def _sharing(value: Any, path: str) -> SharingConsent:
    o = _Obj(value, path, (), ("party", "date"))
    party = o.code("party", Referral, Referral.OVERIG) or Referral.OVERIG
    return SharingConsent(party=party, date=o.day("date"))


def _contact(value: Any, path: str, month_only: bool) -> Contact:
    keys = ("party",) if month_only else ("party", "summary", "notes")
    o = _Obj(value, path, ("date", "minutes", "mode"), keys)
    return Contact(
        date=o.required_day("date", month_only=month_only),
        minutes=o.required_integer("minutes", 0, rules.MAX_MINUTES),
        mode=o.required_code("mode", ContactMode),
        party=o.code("party", ContactParty, ContactParty.MELDER) or ContactParty.MELDER,
        summary=o.text("summary"), notes=o.text("notes"),
    )


def _followup(value: Any, path: str) -> FollowUp:
    o = _Obj(value, path, ("due", "text"), ("done", "kind"))
    return FollowUp(due=o.required_day("due"), text=o.required_text("text"), done=o.day("done"),
                    kind=o.code("kind", FollowUpKind, FollowUpKind.ACTIE) or FollowUpKind.ACTIE)


def _formal_step(value: Any, path: str, month_only: bool) -> FormalStep:
    o = _Obj(value, path, ("kind", "date"), ())
    return FormalStep(kind=o.required_code("kind", FormalStepKind), date=o.required_day("date", month_only=month_only))


def _breach(value: Any, path: str) -> ConfidentialityBreach | None:
    if value is None:
        return None
    o = _Obj(value, path, ("date", "justification"), ())
    return ConfidentialityBreach(date=o.required_day("date"), justification=o.required_text("justification"))


def _hold(value: Any, path: str) -> RetentionHold | None:
    if value is None:
        return None
    o = _Obj(value, path, ("reason",), ())
    return RetentionHold(reason=o.required_text("reason"))


def _intervention(value: Any, path: str, month_only: bool) -> InformalIntervention | None:
    if value is None:
        return None
    o = _Obj(value, path, ("type", "date"), ())
    return InformalIntervention(type=o.required_code("type", InterventionType),
                                date=o.required_day("date", month_only=month_only))


def _register_entry(value: Any, path: str) -> RegisterEntry:
    o = _Obj(value, path, ("number", "recorded"), ("organisation", "facts_date", "description", "declarant", "erased"))
    erased = o.boolean("erased")
    if erased:  # an erased entry keeps its number and month only (like a purged case)
        for key in ("facts_date", "description", "declarant"):
            if o.get(key) is not None:
                raise _fail(o.sub(key), "een gewiste verklaring heeft dit niet meer",
                            "an erased entry has no such field")
    entry = RegisterEntry(
        organisation=o.text("organisation", max_len=40) or "",
        number=o.required_integer("number", 1, 10_000_000),
        recorded=o.required_day("recorded", month_only=erased),
        facts_date=o.day("facts_date"),
        description=o.text("description", required=not erased),
        declarant=o.text("declarant", max_len=500),
        erased=erased,
    )
    check_entry(entry, path + ".")
    return entry


def _activity(value: Any, path: str) -> Activity:
    o = _Obj(value, path, ("date", "kind", "hours"), ("organisation", "description"))
    activity = Activity(
        organisation=o.text("organisation", max_len=40) or "", date=o.required_day("date"),
        kind=o.required_code("kind", ActivityKind), hours=o.number("hours", 0, 1000),
        description=o.text("description"),
    )
    check_activity(activity, path + ".")
    return activity


def _expense(value: Any, path: str) -> Expense:
    o = _Obj(value, path, ("date", "kind", "amount"), ("organisation", "description", "case"))
    amount = o.number("amount", 0, 1_000_000)
    expense = Expense(
        organisation=o.text("organisation", max_len=40) or "", date=o.required_day("date"),
        kind=o.required_code("kind", ExpenseKind), amount_cents=round(amount * 100),
        description=o.text("description"), case_reference=o.text("case", max_len=40),
    )
    check_expense(expense, path + ".")
    return expense


def _signal(value: Any, path: str) -> Signal:
    o = _Obj(value, path, ("year", "text"), ("organisation",))
    return Signal(organisation=o.text("organisation", max_len=40) or "",
                  year=o.required_integer("year", 1900, 2200), text=o.required_text("text"))


def parse(document: Any) -> Interchange:
    """Validate a decoded interchange document completely; raise InvalidInput with its path."""
    _check_document(document)
    version = document.get("version") if isinstance(document, dict) else None
    if type(version) is not int or version not in VERSIONS:  # JSON's true and 1.0 equal 1 in Python
        version = None
    token = _reading_version.set(version or VERSION)
    try:
        top = _Obj(document, "", ("format", "version"),
                   ("organisations", "cases", "activities", "expenses", "signals"), since_v2=("third_party_register",))
        if top.get("format") != FORMAT:
            raise _fail("format", f'verwacht "{FORMAT}"', f'expected "{FORMAT}"')
        if version is None:
            if type(top.get("version")) is not int:
                raise _fail("version", "verwacht een geheel getal", "expected a whole number")
            raise _fail("version", "alleen versie 1 en 2 worden ondersteund", "only versions 1 and 2 are supported")
        data = Interchange(
            organisations=top.objects("organisations", _organisation),
            cases=top.objects("cases", _case),
            activities=top.objects("activities", _activity),
            expenses=top.objects("expenses", _expense),
            signals=top.objects("signals", _signal),
            register=top.objects("third_party_register", _register_entry),
        )
    finally:
        _reading_version.reset(token)
    _check_within_file(data)
    _check_one_line_values(data)
    return data


def _check_within_file(data: Interchange) -> None:
    seen: set[str] = set()
    for i, org in enumerate(data.organisations):
        if org.key in seen:
            raise _fail(f"organisations[{i}].key", "komt twee keer voor", "occurs twice")
        seen.add(org.key)
    numbers: set[tuple[str, int]] = set()
    for i, entry in enumerate(data.register):
        if (entry.organisation, entry.number) in numbers:
            raise _fail(f"third_party_register[{i}].number", "komt twee keer voor", "occurs twice")
        numbers.add((entry.organisation, entry.number))
    refs: set[str] = set()
    uids: set[str] = set()
    for i, case in enumerate(data.cases):
        if case.reference is not None:
            if case.reference in refs:
                raise _fail(f"cases[{i}].reference", "komt twee keer voor", "occurs twice")
            refs.add(case.reference)
        if case.uid is not None:
            if case.uid in uids:
                raise _fail(f"cases[{i}].id", "komt twee keer voor", "occurs twice")
            uids.add(case.uid)


class _Repeated(dict[str, Any]):
    """A JSON object that named ``key`` twice (json would silently keep the last value)."""

    key: str = ""


class _TooLong:
    """Stands in for an integer of more than :data:`MAX_INTEGER_DIGITS` digits, to be refused with its path."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    repeated = _Repeated(result)
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            repeated.key = key
            break
        seen.add(key)
    return repeated


def _integer(literal: str) -> int | _TooLong:
    return _TooLong() if len(literal.lstrip("-")) > MAX_INTEGER_DIGITS else int(literal)


def _check_document(document: Any) -> None:
    """Refuse, with its path, what JSON allows and no field may hold (see the module docstring).

    Paths are built for containers only; a leaf's path is spelled out when it fails.
    """
    problem = _leaf_problem(document)
    if problem is not None:
        raise _fail("$", *problem)
    pending: list[tuple[Any, str]] = [(document, "")]
    while pending:
        value, path = pending.pop()
        if isinstance(value, dict):
            if isinstance(value, _Repeated):
                raise _fail(_key_path(path, value.key), "komt twee keer voor in hetzelfde object",
                            "occurs twice in the same object")
            for key, item in value.items():
                if text.bad_in_line(key):
                    raise _fail(_key_path(path, key), "veldnaam bevat een ongeldig teken",
                                "field name contains an invalid character")
                if isinstance(item, dict | list):
                    pending.append((item, _key_path(path, key)))
                elif (problem := _leaf_problem(item)) is not None:
                    raise _fail(_key_path(path, key), *problem)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict | list):
                    pending.append((item, f"{path}[{i}]"))
                elif (problem := _leaf_problem(item)) is not None:
                    raise _fail(f"{path}[{i}]", *problem)


def _key_path(path: str, key: str) -> str:
    shown = text.printable(key)  # a key is echoed in the message: never raw control characters
    return f"{path}.{shown}" if path else shown


def _leaf_problem(value: Any) -> tuple[str, str] | None:
    if isinstance(value, str):
        if text.bad_in_free_text(value):
            return ("tekst bevat een ongeldig teken (stuurteken of losse surrogaat)",
                    "text contains an invalid character (control character or lone surrogate)")
    elif isinstance(value, _TooLong):
        return "getal is te groot", "number is too large"
    return None


def _check_one_line_values(data: Interchange) -> None:
    """Identifiers and names are shown on one line: no tabs, line breaks, escapes or bidi overrides."""
    values: list[tuple[str, str | None]] = []
    for i, org in enumerate(data.organisations):
        values += [(f"organisations[{i}].key", org.key), (f"organisations[{i}].name", org.name)]
    for i, case in enumerate(data.cases):
        values += [(f"cases[{i}].reference", case.reference), (f"cases[{i}].organisation", case.organisation),
                   (f"cases[{i}].id", case.uid), (f"cases[{i}].melder.name", case.melder.name)]
        values += [(f"cases[{i}].betrokkenen[{j}].name", b.name) for j, b in enumerate(case.betrokkenen)]
    values += [(f"activities[{i}].organisation", a.organisation) for i, a in enumerate(data.activities)]
    values += [(f"expenses[{i}].organisation", e.organisation) for i, e in enumerate(data.expenses)]
    values += [(f"signals[{i}].organisation", s.organisation) for i, s in enumerate(data.signals)]
    values += [(f"expenses[{i}].case", e.case_reference) for i, e in enumerate(data.expenses)]
    for path, value in values:
        if value and text.bad_in_line(value):
            raise _fail(path, "bevat een stuurteken of regeleinde; dat past niet op één regel",
                        "contains a control character or line break; it must fit on one line")


def _decode(raw: bytes) -> str:
    """UTF-8, with or without the byte order mark Windows editors write; UTF-16 refused with the reason."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InvalidInput("Het importbestand is UTF-16-tekst; sla het op als UTF-8.",
                           "The import file is UTF-16 text; save it as UTF-8.")
    try:
        return raw.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput("Het importbestand is geen UTF-8-tekst.", "The import file is not UTF-8 text.") from None


def load_file(path: str | Path) -> Interchange:
    """Read, decode and validate an interchange file."""
    source = _decode(read_input_file(path, IMPORT_FILE, MAX_FILE_BYTES))
    try:
        document = json.loads(source, object_pairs_hook=_object, parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"Het importbestand is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}).",
            f"The import file is not valid JSON (line {exc.lineno}, column {exc.colno}).",
        ) from None
    except RecursionError:
        raise InvalidInput("Het importbestand is te diep genest.", "The import file is nested too deeply.") from None
    return parse(document)

"""Interchange v1 (DESIGN.md §5): a full round trip of every field, a property
test over random valid documents, and the all-or-nothing import that names
the JSON path of the first invalid value (in-process and on the command line).
"""

from __future__ import annotations

import copy
import json
import string
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import PASSPHRASE, new_notebook, run_cli
from vpnotes import interchange
from vpnotes.domain.text import INVISIBLE
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
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
)
from vpnotes.errors import InvalidInput
from vpnotes.store.notebook import Notebook

Doc = dict[str, Any]

LONG_NOTE = ("Gesprek over de situatie op de afdeling. Ze vertelt rustig, met pauzes.\n" * 1500)[:100_000]


def rich_document() -> Doc:
    """Every field of §5, written exactly as export writes it (so export must equal it)."""
    return {
        "format": "vpnotes-interchange",
        "version": 1,
        "organisations": [
            {"key": "acme", "name": "Acme BV", "employees": 450, "year_start_month": 1, "min_cell": 5},
            {"key": "school", "name": "Basisschool De Regenboog 🌈", "year_start_month": 8, "min_cell": 3},
        ],
        "cases": [
            {
                "reference": "2026-001", "organisation": "acme", "kind": "melding",
                "categories": ["pesten", "seksuele_intimidatie"],
                "opened": "2026-01-14", "closed": None,
                "melder": {"name": "Çiğdem Öztürk-de Vries", "email": "cigdem@example.nl", "phone": "+31 6 1234 5678",
                           "role": "medewerker", "position": "zelf", "department": "Financiën", "gender": "v"},
                "betrokkenen": [
                    {"name": "Jan-Willem van der Berg", "relation": "leidinggevende", "department": "Financiën"},
                    {"relation": "groep"},
                ],
                "consent": {"registration": True, "registration_date": "2026-01-14",
                            "handover": True, "handover_date": "2026-01-20",
                            "sharing": [{"party": "hr", "date": "2026-02-01"},
                                        {"party": "bedrijfsarts", "date": None}]},
                "contacts": [
                    {"date": "2026-01-14", "minutes": 45, "mode": "persoonlijk", "party": "melder",
                     "summary": "Intake 🙂 — eerste gesprek", "notes": LONG_NOTE},
                    {"date": "2026-01-21", "minutes": 0, "mode": "telefoon", "party": "hr"},
                    {"date": "2026-02-03", "minutes": 1440, "mode": "video", "party": "betrokkene",
                     "summary": "שלום — مرحبا — e\u0301e\u0301n", "notes": "Regel 1\r\nRegel 2\tmet tab\n"},
                ],
                "followups": [
                    {"due": "2026-01-21", "text": "Terugbellen over de afspraak", "done": "2026-01-21",
                     "kind": "actie"},
                    {"due": "2026-02-10", "text": "Ontvangstbevestiging controleren", "done": None,
                     "kind": "wbk_ontvangstbevestiging"},
                    {"due": "2026-03-03", "text": "Inzageverzoek beantwoorden", "done": None, "kind": "avg_verzoek"},
                    {"due": "2026-05-10", "text": "Terugkoppeling controleren", "done": None,
                     "kind": "wbk_terugkoppeling"},
                ],
                "referrals": ["bedrijfsarts", "huis_voor_klokkenluiders"],
                "outcomes": ["doorverwezen", "formele_stap"],
                "formal_steps": [{"kind": "melding_misstand", "date": "2026-02-03"},
                                 {"kind": "formele_klacht", "date": "2026-02-04"}],
                "confidentiality_breach": {"date": "2026-02-05",
                                           "justification": "Wettelijke plicht: acuut gevaar 👩🏽‍⚕️"},
                "retention_hold": {"reason": "Klacht loopt bij de klachtencommissie"},
                "purged": False,
            },
            {
                "reference": "2025-017", "organisation": "school", "kind": "advies",
                "categories": ["overig"], "opened": "2025-09-01", "closed": "2025-12-31",
                "melder": {"role": "onbekend", "position": "namens_ander"},
                "betrokkenen": [],
                "consent": {"registration": False, "registration_date": None, "handover": False,
                            "handover_date": None, "sharing": []},
                "contacts": [{"date": "2025-09-01", "minutes": 30, "mode": "schriftelijk", "party": "melder"}],
                "followups": [], "referrals": [], "outcomes": ["gehoord_geadviseerd"], "formal_steps": [],
                "confidentiality_breach": None, "retention_hold": None, "purged": False,
            },
            {
                "id": "0f1e2d3c4b5a69788796a5b4c3d2e1f0", "purged": True, "organisation": "acme",
                "kind": "signaal", "categories": ["discriminatie", "integriteit", "werkdruk"],
                "opened": "2024-03", "closed": "2024-06",
                "melder": {"role": "flexwerker", "position": "getuige"},
                "betrokkenen": [{"relation": "collega"}, {"relation": "klant_client"}],
                "contacts": [{"date": "2024-03", "minutes": 60, "mode": "persoonlijk", "party": "melder"},
                             {"date": "2024-05", "minutes": 15, "mode": "telefoon", "party": "leidinggevende"}],
                "referrals": ["vakbond"], "outcomes": ["gestopt"],
                "formal_steps": [{"kind": "aangifte", "date": "2024-04"}],
            },
            {
                "id": "skeleton-open-case", "purged": True, "organisation": "school", "kind": "melding",
                "categories": ["agressie_geweld"], "opened": "2023-11", "closed": None,
                "melder": {"role": "stagiair", "position": "zelf"}, "betrokkenen": [], "contacts": [],
                "referrals": [], "outcomes": [], "formal_steps": [],
            },
        ],
        "activities": [
            {"organisation": "acme", "date": "2026-02-01", "kind": "voorlichting", "hours": 2.5,
             "description": "Voorlichting teamleiders — “grenzen”"},
            {"organisation": "school", "date": "2026-02-02", "kind": "intervisie", "hours": 0.25},
        ],
        "expenses": [
            {"organisation": "acme", "date": "2026-02-01", "kind": "reiskosten", "amount": 23.4,
             "description": "Trein Utrecht–Zwolle", "case": "2026-001"},
            {"organisation": "school", "date": "2026-02-03", "kind": "zaalhuur", "amount": 1234.56},
            {"organisation": "acme", "date": "2026-02-04", "kind": "overig", "amount": 0.0, "description": ""},
        ],
        "signals": [
            {"organisation": "acme", "year": 2025, "text": "Werkdruk op de afdeling klantcontact 🚨"},
            {"organisation": "school", "year": 2026, "text": "Meer vragen over sociale veiligheid"},
        ],
    }


def canonical(document: Doc) -> str:
    return json.dumps(document, ensure_ascii=False, sort_keys=True)


def as_v2(document: Doc) -> Doc:
    """What export writes for a version 1 document: version 2, every organisation's sector, the register."""
    upgraded = copy.deepcopy(document)
    upgraded["version"] = 2
    for org in upgraded.get("organisations", []):
        org.setdefault("sector", "werk")
    upgraded.setdefault("third_party_register", [])
    return upgraded


def import_export(tmp: Path, document: Doc, *, organisation: str | None = None) -> Doc:
    """Import ``document`` through a file into a fresh notebook and export it again."""
    source = tmp / "in.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with new_notebook(tmp / "rt.vpnotes", organisation=organisation) as notebook:
        interchange.import_file(notebook, source)
        return interchange.export_document(notebook)


# -- round trip -------------------------------------------------------------------------------


def test_rich_document_round_trips_exactly(tmp_path: Path) -> None:
    document = rich_document()
    assert canonical(import_export(tmp_path, document)) == canonical(as_v2(document))


def test_round_trip_through_the_command_line(tmp_path: Path) -> None:
    document = rich_document()
    source = tmp_path / "in.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    vault_file = tmp_path / "v.vpnotes"
    new_notebook(vault_file, organisation=None).close()
    result = run_cli("import", str(vault_file), str(source), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    out = tmp_path / "out.json"
    result = run_cli("export", str(vault_file), "--out", str(out), "--yes", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert canonical(json.loads(out.read_text(encoding="utf-8"))) == canonical(as_v2(document))


def test_sparse_document_gets_defaults_and_is_stable(tmp_path: Path) -> None:
    sparse: Doc = {
        "format": "vpnotes-interchange", "version": 1,
        "cases": [{"kind": "advies", "categories": ["werkdruk"], "opened": "2026-03-05",
                   "melder": {"role": "medewerker"},
                   "contacts": [{"date": "2026-03-05", "minutes": 20, "mode": "telefoon"}],
                   "followups": [{"due": "2026-03-12", "text": "Nabellen"}]},
                  {"kind": "advies", "categories": ["werkdruk"], "opened": "2026-04-01",
                   "melder": {"role": "medewerker"}}],
        "activities": [{"date": "2026-03-01", "kind": "training", "hours": 3}],
        "expenses": [{"date": "2026-03-01", "kind": "reiskosten", "amount": 12}],
        "signals": [{"year": 2026, "text": "Signaal"}],
    }
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = import_export(tmp_path / "a", sparse, organisation="acme")
    case = first["cases"][0]
    assert case["reference"] == "2026-001"
    assert first["cases"][1]["reference"] == "2026-002"
    assert case["organisation"] == "acme"
    assert case["melder"] == {"role": "medewerker", "position": "zelf"}
    assert case["contacts"][0]["party"] == "melder"
    assert case["followups"][0] == {"due": "2026-03-12", "text": "Nabellen", "done": None, "kind": "actie"}
    assert case["consent"]["registration"] is True
    assert first["organisations"] == [{"key": "acme", "name": "Acme BV", "year_start_month": 1, "min_cell": 5,
                                       "sector": "werk"}]
    assert first["activities"][0]["organisation"] == "acme" and first["activities"][0]["hours"] == 3
    # Exporting the re-imported export changes nothing.
    second = import_export(tmp_path / "b", first)
    assert canonical(second) == canonical(first)


def test_import_takes_data_as_it_is_no_generated_followups(notebook: Notebook) -> None:
    document: Doc = {
        "format": "vpnotes-interchange", "version": 1,
        "cases": [{"reference": "2026-010", "kind": "melding", "categories": ["integriteit"],
                   "opened": "2026-02-01", "melder": {"role": "medewerker"},
                   "formal_steps": [{"kind": "melding_misstand", "date": "2026-02-03"}]}],
    }
    interchange.import_data(notebook, interchange.parse(document))
    [case] = notebook.cases.all()
    assert [s.kind for s in case.formal_steps] == [FormalStepKind.MELDING_MISSTAND]
    assert case.followups == []
    assert notebook.items.agenda() == []


def test_purged_skeleton_cannot_be_imported_twice(notebook: Notebook) -> None:
    skeleton = rich_document()["cases"][2]
    document: Doc = {"format": "vpnotes-interchange", "version": 1, "cases": [skeleton]}
    interchange.import_data(notebook, interchange.parse(document))
    with pytest.raises(InvalidInput) as info:
        interchange.import_data(notebook, interchange.parse(copy.deepcopy(document)))
    assert str(info.value).startswith("cases[0].id")
    assert len(notebook.cases.all()) == 1


# -- property: random valid documents round-trip ----------------------------------------------

_TEXT = st.text(  # what may stand anywhere, names included: no controls, separators or bidi overrides
    alphabet=st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"], exclude_characters=sorted(INVISIBLE)),
    min_size=1, max_size=40,
)
_DAY0 = date(2020, 1, 1)


def _codes(enum: type[Any], min_size: int = 0) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from([e.value for e in enum]), min_size=min_size, max_size=3, unique=True)


def _opt(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


@st.composite
def _case(draw: st.DrawFn, index: int, orgs: list[str]) -> Doc:
    opened = _DAY0 + timedelta(days=draw(st.integers(0, 2000)))

    def later(max_days: int = 400) -> date:
        return opened + timedelta(days=draw(st.integers(0, max_days)))

    purged = draw(st.booleans()) if index % 3 == 2 else False
    if purged:
        def month(d: date) -> str:
            return d.isoformat()[:7]
        return {
            "id": f"skeleton-{index}", "purged": True, "organisation": draw(st.sampled_from(orgs)),
            "kind": draw(st.sampled_from([k.value for k in CaseKind])),
            "categories": draw(_codes(Category, 1)), "opened": month(opened),
            "closed": draw(_opt(st.just(month(later())))),
            "melder": {"role": draw(st.sampled_from([r.value for r in MelderRole])),
                       "position": draw(st.sampled_from([p.value for p in MelderPosition]))},
            "betrokkenen": [{"relation": r} for r in draw(st.lists(st.sampled_from([r.value for r in Relation]),
                                                                   max_size=2))],
            "contacts": sorted(({"date": month(later()), "minutes": draw(st.integers(0, 1440)),
                                 "mode": draw(st.sampled_from([m.value for m in ContactMode])),
                                 "party": draw(st.sampled_from([p.value for p in ContactParty]))}
                                for _ in range(draw(st.integers(0, 2)))), key=lambda c: c["date"]),
            "referrals": draw(_codes(Referral)), "outcomes": draw(_codes(Outcome)),
            "formal_steps": [{"kind": draw(st.sampled_from([k.value for k in FormalStepKind])),
                              "date": month(later())} for _ in range(draw(st.integers(0, 1)))],
        }
    registered = draw(st.booleans()) or index % 4 != 3
    free = _opt(_TEXT) if registered else st.none()
    melder: Doc = {"role": draw(st.sampled_from([r.value for r in MelderRole])),
                   "position": draw(st.sampled_from([p.value for p in MelderPosition]))}
    for key in ("name", "email", "phone", "department"):
        value = draw(free)
        if value is not None:
            melder[key] = value
    if registered and draw(st.booleans()):
        melder["gender"] = draw(st.sampled_from([g.value for g in Gender]))
    contacts = []
    for _ in range(draw(st.integers(0, 3))):
        contact: Doc = {"date": later().isoformat(), "minutes": draw(st.integers(0, 1440)),
                        "mode": draw(st.sampled_from([m.value for m in ContactMode])),
                        "party": draw(st.sampled_from([p.value for p in ContactParty]))}
        for key in ("summary", "notes"):
            value = draw(free)
            if value is not None:
                contact[key] = value
        contacts.append(contact)
    contacts.sort(key=lambda c: c["date"])  # export lists contacts by date
    followups = sorted(
        ({"due": later().isoformat(), "text": draw(_TEXT), "done": draw(_opt(st.just(later().isoformat()))),
          "kind": draw(st.sampled_from([k.value for k in FollowUpKind]))}
         for _ in range(draw(st.integers(0, 2) if registered else st.just(0)))),
        key=lambda f: f["due"],
    )
    steps = sorted(({"kind": draw(st.sampled_from([k.value for k in FormalStepKind])),
                     "date": later().isoformat()} for _ in range(draw(st.integers(0, 2)))),
                   key=lambda s: s["date"])
    breach = None
    hold = None
    if registered and draw(st.booleans()):
        breach = {"date": later().isoformat(), "justification": draw(_TEXT)}
    if registered and draw(st.booleans()):
        hold = {"reason": draw(_TEXT)}
    return {
        "reference": f"R-{index:04d}", "organisation": draw(st.sampled_from(orgs)),
        "kind": draw(st.sampled_from([k.value for k in CaseKind])),
        "categories": draw(_codes(Category, 1)), "opened": opened.isoformat(),
        "closed": draw(_opt(st.just(later().isoformat()))), "melder": melder,
        "betrokkenen": [
            {k: v for k, v in (("name", draw(free)), ("relation", r), ("department", draw(free))) if v is not None}
            for r in draw(st.lists(st.sampled_from([r.value for r in Relation]), max_size=2))
        ],
        "consent": {"registration": registered, "registration_date": draw(_opt(st.just(opened.isoformat()))),
                    "handover": draw(st.booleans()), "handover_date": draw(_opt(st.just(later().isoformat()))),
                    "sharing": [{"party": p, "date": draw(_opt(st.just(later().isoformat())))}
                                for p in draw(st.lists(st.sampled_from([r.value for r in Referral]), max_size=2))]},
        "contacts": contacts, "followups": followups,
        "referrals": draw(_codes(Referral)), "outcomes": draw(_codes(Outcome)), "formal_steps": steps,
        "confidentiality_breach": breach, "retention_hold": hold, "purged": False,
    }


@st.composite
def documents(draw: st.DrawFn) -> Doc:
    keys = draw(st.lists(st.text(string.ascii_lowercase + string.digits + "_-", min_size=1, max_size=12)
                         .filter(lambda k: k[0].isalnum()), min_size=1, max_size=3, unique=True))
    orgs = []
    for key in sorted(keys):
        org: Doc = {"key": key, "name": draw(_TEXT.filter(lambda n: n.strip() != "")),
                    "year_start_month": draw(st.integers(1, 12)), "min_cell": draw(st.integers(3, 10))}
        employees = draw(_opt(st.integers(0, 100_000)))
        if employees is not None:
            org["employees"] = employees
        orgs.append(org)
    cases = [draw(_case(i, sorted(keys))) for i in range(draw(st.integers(0, 5)))]
    references = [c["reference"] for c in cases if not c["purged"]]
    activities = sorted(
        ({k: v for k, v in (("organisation", draw(st.sampled_from(sorted(keys)))),
                            ("date", (_DAY0 + timedelta(days=draw(st.integers(0, 2000)))).isoformat()),
                            ("kind", draw(st.sampled_from([a.value for a in ActivityKind]))),
                            ("hours", draw(st.floats(0, 1000, allow_nan=False))),
                            ("description", draw(_opt(_TEXT)))) if v is not None}
         for _ in range(draw(st.integers(0, 3)))),
        key=lambda a: a["date"],
    )
    expenses = sorted(
        ({k: v for k, v in (("organisation", draw(st.sampled_from(sorted(keys)))),
                            ("date", (_DAY0 + timedelta(days=draw(st.integers(0, 2000)))).isoformat()),
                            ("kind", draw(st.sampled_from([e.value for e in ExpenseKind]))),
                            ("amount", draw(st.integers(0, 10_000_000)) / 100),
                            ("description", draw(_opt(_TEXT))),
                            ("case", draw(_opt(st.sampled_from(references))) if references else None))
          if v is not None}
         for _ in range(draw(st.integers(0, 3)))),
        key=lambda e: e["date"],
    )
    signals: list[Doc] = sorted(
        ({"organisation": draw(st.sampled_from(sorted(keys))), "year": draw(st.integers(2000, 2100)),
          "text": draw(_TEXT)} for _ in range(draw(st.integers(0, 2)))),
        key=lambda s: int(s["year"]),
    )
    # Version 2: the codes are drawn from the whole vocabulary, §9's codes included.
    return {"format": "vpnotes-interchange", "version": 2, "organisations": orgs, "cases": cases,
            "activities": activities, "expenses": expenses, "signals": signals}


def _stable_order(document: Doc) -> Doc:
    """Equal dates keep insertion order in export (ORDER BY date, id): sort both sides the same way."""
    result = copy.deepcopy(document)
    for name in ("activities", "expenses", "signals"):
        result[name] = sorted(result[name], key=canonical)
    return result


@settings(max_examples=75, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_random_valid_documents_round_trip(document: Doc) -> None:
    with tempfile.TemporaryDirectory() as folder:
        exported = import_export(Path(folder), document)
    assert canonical(_stable_order(exported)) == canonical(_stable_order(as_v2(document)))


# -- invalid imports: all-or-nothing, with the path -------------------------------------------


def base_document() -> Doc:
    def case(reference: str, opened: str) -> Doc:
        return {"reference": reference, "organisation": "acme", "kind": "melding", "categories": ["pesten"],
                "opened": opened, "melder": {"role": "medewerker", "name": "Piet Planmarker"},
                "contacts": [{"date": opened, "minutes": 30, "mode": "persoonlijk", "notes": "Geheime notitie"}]}

    return {
        "format": "vpnotes-interchange", "version": 1,
        "organisations": [{"key": "acme", "name": "Acme BV"}],
        "cases": [case("2026-101", "2026-01-05"), case("2026-102", "2026-01-06"), case("2026-103", "2026-01-07")],
        "activities": [{"organisation": "acme", "date": "2026-01-08", "kind": "training", "hours": 2}],
        "expenses": [{"organisation": "acme", "date": "2026-01-08", "kind": "reiskosten", "amount": 10,
                      "case": "2026-101"}],
        "signals": [{"organisation": "acme", "year": 2026, "text": "Signaal"}],
    }


def _set(path: list[Any], value: Any) -> Callable[[Doc], None]:
    def mutate(document: Doc) -> None:
        target: Any = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return mutate


def _delete(path: list[Any]) -> Callable[[Doc], None]:
    def mutate(document: Doc) -> None:
        target: Any = document
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]
    return mutate


# name -> (mutation on the base document, expected path in the message)
INVALID_DOCUMENTS: dict[str, tuple[Callable[[Doc], None], str]] = {
    "last case: impossible contact date": (_set(["cases", 2, "contacts", 0, "date"], "2026-02-30"),
                                           "cases[2].contacts[0].date"),
    "wrong format": (_set(["format"], "vpnotes"), "format"),
    "wrong version": (_set(["version"], 3), "version"),
    "version as text": (_set(["version"], "1"), "version"),
    "unknown top-level key": (_set(["extra"], []), "extra"),
    "unknown key in melder": (_set(["cases", 2, "melder", "nickname"], "Pietje"), "cases[2].melder.nickname"),
    "unknown category code": (_set(["cases", 2, "categories"], ["pesten", "roddel"]), "cases[2].categories[1]"),
    "unknown contact mode": (_set(["cases", 2, "contacts", 0, "mode"], "brief"), "cases[2].contacts[0].mode"),
    "day-first date": (_set(["cases", 2, "opened"], "07-01-2026"), "cases[2].opened"),
    "date with time": (_set(["cases", 2, "opened"], "2026-01-07T10:00"), "cases[2].opened"),
    "month where a day is needed": (_set(["cases", 2, "opened"], "2026-01"), "cases[2].opened"),
    "ISO week date": (_set(["cases", 2, "opened"], "2026-W02-3"), "cases[2].opened"),
    "day in a skeleton's month": (_set(["cases", 2], {"id": "x1", "purged": True, "kind": "melding",
                                                       "categories": ["pesten"], "opened": "2026-01-07",
                                                       "melder": {"role": "medewerker"}}), "cases[2].opened"),
    "consent in a skeleton": (_set(["cases", 2], {"id": "x2", "purged": True, "kind": "melding",
                                                   "categories": ["pesten"], "opened": "2026-01",
                                                   "melder": {"role": "medewerker"},
                                                   "consent": {"handover": True}}), "cases[2].consent"),
    "null minutes": (_set(["cases", 2, "contacts", 0, "minutes"], None), "cases[2].contacts[0].minutes"),
    "null signal year": (_set(["signals", 0, "year"], None), "signals[0].year"),
    "null kind": (_set(["cases", 2, "kind"], None), "cases[2].kind"),
    "closed before opened": (_set(["cases", 2, "closed"], "2026-01-01"), "cases[2].closed"),
    "contact before opened": (_set(["cases", 2, "contacts", 0, "date"], "2025-12-31"), "cases[2].contacts[0].date"),
    "duplicate reference in the file": (_set(["cases", 2, "reference"], "2026-101"), "cases[2].reference"),
    "reference existing in the vault": (_set(["cases", 2, "reference"], "2025-001"), "cases[2].reference"),
    "unknown organisation": (_set(["cases", 2, "organisation"], "nope"), "cases[2].organisation"),
    "huge text": (_set(["cases", 2, "contacts", 0, "notes"], "x" * 1_000_001), "cases[2].contacts[0].notes"),
    "NUL in text": (_set(["cases", 2, "melder", "name"], "Piet\x00"), "cases[2].melder.name"),
    "absurd minutes": (_set(["cases", 2, "contacts", 0, "minutes"], 100_000), "cases[2].contacts[0].minutes"),
    "negative minutes": (_set(["cases", 2, "contacts", 0, "minutes"], -5), "cases[2].contacts[0].minutes"),
    "fractional minutes": (_set(["cases", 2, "contacts", 0, "minutes"], 30.5), "cases[2].contacts[0].minutes"),
    "boolean minutes": (_set(["cases", 2, "contacts", 0, "minutes"], True), "cases[2].contacts[0].minutes"),
    "hours out of range": (_set(["activities", 0, "hours"], 1e6), "activities[0].hours"),
    "no categories": (_set(["cases", 2, "categories"], []), "cases[2].categories"),
    "missing melder role": (_delete(["cases", 2, "melder", "role"]), "cases[2].melder.role"),
    "no registration consent but a name": (_set(["cases", 2, "consent"], {"registration": False}),
                                           "cases[2].melder.name"),
    "purged case with a reference": (_set(["cases", 2, "purged"], True), "cases[2].reference"),
    "expense for an unknown case": (_set(["expenses", 0, "case"], "2099-999"), "expenses[0].case"),
    "year_start_month 13": (_set(["organisations", 0, "year_start_month"], 13), "organisations[0].year_start_month"),
    "min_cell below 3": (_set(["organisations", 0, "min_cell"], 2), "organisations[0].min_cell"),
    "case is not an object": (_set(["cases", 2], "2026-103"), "cases[2]"),
    "contacts is not a list": (_set(["cases", 2, "contacts"], {"date": "2026-01-07"}), "cases[2].contacts"),
}

# name -> (raw file bytes, expected text in the message)
INVALID_FILES: dict[str, tuple[bytes, str]] = {
    "not JSON": (b"format: vpnotes-interchange\n", "geen geldige JSON"),
    "empty file": (b"", "geen geldige JSON"),
    "not UTF-8": ('{"format": "vpnotes-interchange", "version": 1, "signals": [{"year": 2026, "text": "café"}]}'
                  .encode("latin-1"), "geen UTF-8"),
    "top level is a list": (b"[]", "verwacht een object"),
    "a key twice": (b'{"format": "vpnotes-interchange", "version": 1, "signals": [{"year": 2026, "text": "a", '
                    b'"text": "b"}]}', "twee keer"),
    "deeply nested": (b"[" * 200_000 + b"]" * 200_000, "te diep genest"),
    "NaN hours": (b'{"format": "vpnotes-interchange", "version": 1, "activities": '
                  b'[{"date": "2026-01-08", "kind": "training", "hours": NaN}]}', "activities[0].hours"),
    "Infinity hours": (b'{"format": "vpnotes-interchange", "version": 1, "activities": '
                       b'[{"date": "2026-01-08", "kind": "training", "hours": Infinity}]}', "activities[0].hours"),
    "overflowing amount": (b'{"format": "vpnotes-interchange", "version": 1, "expenses": '
                           b'[{"date": "2026-01-08", "kind": "overig", "amount": 1e999}]}', "expenses[0].amount"),
}


@pytest.fixture
def closed_vault(tmp_path: Path) -> Path:
    """A closed notebook (organisation acme) already holding case 2025-001."""
    path = tmp_path / "vault" / "v.vpnotes"
    path.parent.mkdir()
    with new_notebook(path) as notebook:
        interchange.import_data(notebook, interchange.parse({
            "format": "vpnotes-interchange", "version": 1,
            "cases": [{"reference": "2025-001", "kind": "advies", "categories": ["overig"], "opened": "2025-05-05",
                       "melder": {"role": "medewerker"}}],
        }))
    return path


def snapshot(path: Path) -> tuple[str, int]:
    """The vault's full export and its number of 'imported' audit entries."""
    with Notebook.open(path, PASSPHRASE, record=False) as notebook:
        imports = sum(1 for e in notebook.audit.entries() if e.event == "imported")
        return canonical(interchange.export_document(notebook)), imports


def assert_refused(closed_vault: Path, raw: bytes, expected: str, tmp_path: Path) -> None:
    before = snapshot(closed_vault)
    source = tmp_path / "bad.json"
    source.write_bytes(raw)
    result = run_cli("import", str(closed_vault), str(source), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 5, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert expected in lines[0]
    # Values from the file are never echoed (they may be personal).
    for secret in ("Planmarker", "Geheime", "roddel", "nickname", "Pietje", "xxxxxxxx"):
        assert secret not in result.stderr or secret in expected
    assert snapshot(closed_vault) == before


def test_valid_base_document_is_accepted(closed_vault: Path, tmp_path: Path) -> None:
    # The mutations below are the only reason the base document fails.
    source = tmp_path / "ok.json"
    source.write_text(json.dumps(base_document()), encoding="utf-8")
    result = run_cli("import", str(closed_vault), str(source), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    export, imports = snapshot(closed_vault)
    assert imports == 2
    assert [c["reference"] for c in json.loads(export)["cases"]] == ["2025-001", "2026-101", "2026-102", "2026-103"]


@pytest.mark.parametrize("name", list(INVALID_DOCUMENTS))
def test_invalid_document_writes_nothing_and_names_the_path(
    name: str, closed_vault: Path, tmp_path: Path
) -> None:
    mutate, path = INVALID_DOCUMENTS[name]
    document = base_document()
    mutate(document)
    raw = json.dumps(document, ensure_ascii=False).encode("utf-8")
    assert_refused(closed_vault, raw, path + ":", tmp_path)


@pytest.mark.parametrize("name", list(INVALID_FILES))
def test_invalid_file_writes_nothing(name: str, closed_vault: Path, tmp_path: Path) -> None:
    raw, expected = INVALID_FILES[name]
    assert_refused(closed_vault, raw, expected, tmp_path)


def test_missing_import_file(closed_vault: Path, tmp_path: Path) -> None:
    # Exit 2 like every missing file (README: "2 usage or missing file"; issue 14 D17).
    result = run_cli("import", str(closed_vault), str(tmp_path / "nope.json"), "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 2
    assert result.stderr.strip() == "Het importbestand bestaat niet."


def test_invalid_last_case_rolls_back_earlier_cases_in_process(notebook: Notebook) -> None:
    document = base_document()
    document["organisations"] = []
    document["cases"][2]["organisation"] = "elders"  # passes parsing, fails while inserting
    data = interchange.parse(document)
    with pytest.raises(InvalidInput) as info:
        interchange.import_data(notebook, data)
    assert str(info.value).startswith("cases[2].organisation:")
    assert notebook.cases.all() == []
    assert notebook.work.activities() == []
    assert [e.event for e in notebook.audit.entries()] == ["created", "organisation_added"]


def test_export_refuses_to_overwrite(notebook: Notebook, tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("keep", encoding="utf-8")
    with pytest.raises(Exception) as info:
        interchange.export_file(notebook, target)
    assert getattr(info.value, "exit_code", None) == 6
    assert target.read_text(encoding="utf-8") == "keep"

"""Property: for random vaults, no identifying value of DESIGN.md §5 appears in
any part of the .docx package (every XML part, the properties included) or in
the JSON. Where a text that goes into the report holds one, screening refuses
and nothing is written."""

from __future__ import annotations

import io
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import new_notebook
from vpnotes.domain.model import (
    Activity,
    Betrokkene,
    Case,
    ConfidentialityBreach,
    Contact,
    Expense,
    FollowUp,
    Melder,
    RetentionHold,
    Signal,
)
from vpnotes.domain.vocabulary import (
    ActivityKind,
    CaseKind,
    Category,
    ContactMode,
    ExpenseKind,
    Gender,
    MelderRole,
    Relation,
)
from vpnotes.errors import ScreeningRefused
from vpnotes.report.service import export_report, prepare_report

_letters = st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=4, max_size=7)
# Made-up words that occur in no report text, so finding one means a leak.
_word = _letters.map(lambda s: "Q" + s + "y")
_day = st.dates(min_value=date(2024, 1, 1), max_value=date(2025, 12, 31))


@st.composite
def _case(draw: st.DrawFn) -> tuple[Case, list[str]]:
    first, last, other, note = draw(_word), draw(_word), draw(_word), draw(_word)
    opened = draw(_day)
    contact_day = opened + timedelta(days=draw(st.integers(0, 200)))
    phone = "06" + "".join(str(draw(st.integers(0, 9))) for _ in range(8))
    email = f"{first.lower()}@{last.lower()}.example"
    case = Case(
        kind=draw(st.sampled_from(list(CaseKind))),
        categories=draw(st.lists(st.sampled_from(list(Category)), min_size=1, max_size=3, unique=True)),
        opened=opened,
        melder=Melder(role=draw(st.sampled_from(list(MelderRole))), name=f"{first} van der {last}", email=email,
                      phone=phone, department=draw(st.sampled_from(["Financiën", "ICT", "Zorg", None])),
                      gender=draw(st.sampled_from([*Gender, None]))),
        betrokkenen=[Betrokkene(Relation.COLLEGA, name=f"{other} {last}x", department="Keuken")],
        contacts=[Contact(date=contact_day, minutes=45, mode=ContactMode.PERSOONLIJK, summary=f"Gesprek {note}",
                          notes=f"{note} vertelde over {other}.")],
        followups=[FollowUp(due=contact_day, text=f"Bellen met {other}z")],
        confidentiality_breach=ConfidentialityBreach(opened, f"Plicht {note}b") if draw(st.booleans()) else None,
        retention_hold=RetentionHold(f"Procedure {note}h") if draw(st.booleans()) else None,
    )
    identifying = [first, last, other, note, f"{other}z", f"{note}b", f"{note}h", email, phone,
                   opened.isoformat(), contact_day.isoformat(), f"{opened:%d-%m-%Y}", f"{contact_day:%d-%m-%Y}"]
    return case, identifying


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(cases=st.lists(_case(), max_size=30), k=st.integers(3, 5), leak=st.booleans(),
       description=_word)
def test_no_identifying_value_reaches_the_report(tmp_path_factory: pytest.TempPathFactory,
                                                 cases: list[tuple[Case, list[str]]], k: int, leak: bool,
                                                 description: str) -> None:
    folder = tmp_path_factory.mktemp("vault")
    notebook = new_notebook(folder / "v.vpnotes")
    try:
        if k != 5:
            notebook.policy.set("min_cell.acme", k)
        identifying = [description]
        for case, values in cases:
            case.organisation = "acme"
            notebook.cases.add(case)
            assert case.reference is not None
            identifying += [*values, case.reference]
        notebook.work.add_activity(Activity("acme", date(2025, 3, 1), ActivityKind.TRAINING, 2, description))
        notebook.work.add_expense(Expense("acme", date(2025, 3, 2), ExpenseKind.REISKOSTEN, 1200, description))
        signal = "Advies: meer voorlichting over pesten."
        if leak and cases:  # a name in a signal: screening must refuse
            signal += f" Denk aan {cases[0][1][1]}."
        notebook.work.add_signal(Signal("acme", 2025, signal))

        prepared = prepare_report(notebook, "acme", 2025)
        outputs = {"docx": folder / "r.docx", "json": folder / "r.json"}
        if leak and cases:
            assert prepared.screening.blocking
            for fmt, path in outputs.items():
                with pytest.raises(ScreeningRefused) as refused:
                    export_report(notebook, prepared, path, fmt, accepted_warnings=True)
                assert not path.exists()
                assert not any(value in refused.value.message for value in identifying)
            return
        for fmt, path in outputs.items():
            export_report(notebook, prepared, path, fmt, accepted_warnings=True)
        parts = [*_parts(outputs["docx"]), ("r.json", outputs["json"].read_text(encoding="utf-8"))]
        for name, text in parts:
            folded = text.casefold()
            leaked = [value for value in identifying if value.casefold() in folded]
            assert not leaked, (name, leaked)
    finally:
        notebook.close()


def _parts(path: Path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as package:
        return [(name, package.read(name).decode("utf-8")) for name in package.namelist()
                if name.endswith((".xml", ".rels"))]

"""Expenses of an extern VP: saving a changed expense (amount, kind, description,
the case it belongs to), and refusing what ``check_expense`` or an unknown case
reference would refuse on insert too.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import sample_case
from vpnotes.domain.model import Expense, Organisation
from vpnotes.domain.vocabulary import ExpenseKind
from vpnotes.errors import InvalidInput
from vpnotes.store.notebook import Notebook


def _expense(**changes: object) -> Expense:
    expense = Expense(organisation="acme", date=date(2026, 3, 2), kind=ExpenseKind.REISKOSTEN, amount_cents=2340,
                      description="Trein Utrecht")
    for key, value in changes.items():
        setattr(expense, key, value)
    return expense


def test_update_expense_saves_every_field(notebook: Notebook) -> None:
    notebook.organisations.add(Organisation(key="school", name="De Regenboog", year_start_month=8))
    notebook.cases.add(sample_case(reference="2026-007", organisation="school"))
    other = notebook.work.add_expense(_expense(description="Blijft staan"))
    expense = _expense()
    expense_id = notebook.work.add_expense(expense)

    changed = Expense(id=expense_id, organisation="school", date=date(2026, 9, 1), kind=ExpenseKind.ZAALHUUR,
                      amount_cents=12_500, description="Zaal ouderavond", case_reference="2026-007")
    notebook.work.update_expense(changed)
    assert {e.id: e for e in notebook.work.expenses()}[expense_id] == changed

    changed.case_reference = None
    changed.description = None
    notebook.work.update_expense(changed)
    stored = {e.id: e for e in notebook.work.expenses()}
    assert stored[expense_id].case_reference is None and stored[expense_id].description is None
    assert stored[other].description == "Blijft staan" and stored[other].amount_cents == 2340


@pytest.mark.parametrize("change", [{"amount_cents": -1}, {"amount_cents": 100_000_001},
                                    {"case_reference": "1999-999"}])
def test_update_expense_refuses_what_insert_refuses(notebook: Notebook, change: dict[str, object]) -> None:
    expense_id = notebook.work.add_expense(_expense())
    with pytest.raises(InvalidInput):
        notebook.work.update_expense(_expense(id=expense_id, **change))
    assert [(e.amount_cents, e.case_reference) for e in notebook.work.expenses()] == [(2340, None)]

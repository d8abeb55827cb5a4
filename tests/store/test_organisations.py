"""Organisations in the core: adding and changing one is validated and logged
with the key only; the key is fixed, ``min_cell`` stays a policy, and the case
count tells whether a new report year start moves cases between years."""

from __future__ import annotations

import pytest

from helpers import sample_case
from vpnotes.domain.model import Organisation
from vpnotes.errors import InvalidInput
from vpnotes.store.notebook import Notebook


def logged(notebook: Notebook, event: str) -> list[str]:
    return [e.detail for e in notebook.audit.entries() if e.event == event]


def test_adding_an_organisation_is_logged_with_its_key_only(notebook: Notebook) -> None:
    notebook.organisations.add(Organisation(key="gemeente-utrecht", name="Gemeente Utrecht", employees=4200,
                                            year_start_month=8))
    org = notebook.organisations.get("gemeente-utrecht")
    assert (org.name, org.employees, org.year_start_month, org.min_cell) == ("Gemeente Utrecht", 4200, 8, 5)
    assert logged(notebook, "organisation_added") == ["acme", "gemeente-utrecht"]
    assert "Utrecht" not in repr([(e.event, e.detail) for e in notebook.audit.entries()])
    assert notebook.audit.broken_entries() == []


def test_a_refused_organisation_is_neither_stored_nor_logged(notebook: Notebook) -> None:
    for bad in (Organisation(key="Acme BV", name="x"), Organisation(key="acme", name="Dubbel"),
                Organisation(key="nieuw", name="Nieuw", year_start_month=13)):
        with pytest.raises(InvalidInput):
            notebook.organisations.add(bad)
    assert [o.key for o in notebook.organisations.all()] == ["acme"]
    assert logged(notebook, "organisation_added") == ["acme"]


def test_changing_an_organisation_is_logged_and_keeps_min_cell(notebook: Notebook) -> None:
    notebook.policy.set("min_cell.acme", 7)
    changed = Organisation(key="acme", name="Acme Nederland BV", employees=120, year_start_month=9, min_cell=3)
    assert notebook.organisations.update(changed) is True
    org = notebook.organisations.get("acme")
    assert (org.name, org.employees, org.year_start_month) == ("Acme Nederland BV", 120, 9)
    assert org.min_cell == 7  # only the policy changes k
    assert logged(notebook, "organisation_changed") == ["acme"]
    assert notebook.organisations.update(org) is False  # nothing changed: nothing logged
    assert logged(notebook, "organisation_changed") == ["acme"]


def test_changing_an_unknown_or_invalid_organisation_is_refused(notebook: Notebook) -> None:
    with pytest.raises(InvalidInput):
        notebook.organisations.update(Organisation(key="elders", name="Elders"))
    with pytest.raises(InvalidInput):
        notebook.organisations.update(Organisation(key="acme", name="  "))
    with pytest.raises(InvalidInput):
        notebook.organisations.update(Organisation(key="acme", name="Acme", year_start_month=0))
    assert notebook.organisations.get("acme").name == "Acme BV"
    assert logged(notebook, "organisation_changed") == []


def test_case_count_per_organisation(notebook: Notebook) -> None:
    notebook.organisations.add(Organisation(key="leeg", name="Leeg"))
    notebook.cases.add(sample_case(organisation="acme"))
    notebook.cases.add(sample_case(organisation="acme"))
    assert notebook.organisations.case_count("acme") == 2
    assert notebook.organisations.case_count("leeg") == 0

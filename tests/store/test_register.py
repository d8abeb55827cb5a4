"""The register van feiten door derden (DESIGN.md §9): numbering that never repeats,
editing, erasure by the VP and after five years, and no token of an erased entry left
in the file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook
from helpers.rawpages import tokens_found
from vpnotes.domain.model import Organisation
from vpnotes.domain.vocabulary import Sector
from vpnotes.errors import InvalidInput
from vpnotes.store.notebook import Notebook


@pytest.fixture
def notebook(tmp_path: Path) -> Iterator[Notebook]:
    book = new_notebook(tmp_path / "vl.vpnotes", organisation=None)
    book.organisations.add(Organisation(key="gent", name="Stad Gent", sector=Sector.VLAANDEREN))
    book.organisations.add(Organisation(key="brugge", name="Brugse Zorg", sector=Sector.VLAANDEREN))
    yield book
    book.close()


def add(book: Notebook, org: str = "gent", text: str = "Klant schold loketmedewerker uit", **kw: object) -> int:
    entry = book.register.add(org, recorded=kw.pop("recorded", date(2026, 2, 3)), description=text,  # type: ignore[arg-type]
                              **kw)  # type: ignore[arg-type]
    return entry.number


def test_numbers_count_up_per_organisation(notebook: Notebook) -> None:
    assert [add(notebook), add(notebook), add(notebook, "brugge"), add(notebook)] == [1, 2, 1, 3]
    entries = notebook.register.entries("gent")
    assert [e.number for e in entries] == [1, 2, 3]
    assert entries[0].description == "Klant schold loketmedewerker uit" and entries[0].declarant is None


def test_a_number_is_never_given_again_after_erasure(notebook: Notebook) -> None:
    for _ in range(3):
        add(notebook)
    notebook.register.erase("gent", [3])
    notebook.register.erase("gent", [2])
    assert [e.number for e in notebook.register.entries("gent")] == [1]
    assert add(notebook) == 4
    assert [e.number for e in notebook.register.entries("gent", erased=True)] == [1, 2, 3, 4]


def test_an_entry_can_be_edited_but_keeps_its_number(notebook: Notebook) -> None:
    add(notebook, declarant="Jan Peeters", facts_date=date(2026, 2, 1))
    entry = notebook.register.get("gent", 1)
    entry.description = "Patiënt sloeg verpleegkundige"
    entry.declarant = "  "
    notebook.register.update("gent", entry)
    again = notebook.register.get("gent", 1)
    assert (again.number, again.description, again.declarant, again.facts_date) == (
        1, "Patiënt sloeg verpleegkundige", None, date(2026, 2, 1))


@pytest.mark.parametrize(("kw", "path"), [
    ({"text": "  "}, "description"),
    ({"facts_date": date(2026, 3, 1)}, "facts_date"),
])
def test_bad_input_is_refused_and_nothing_is_written(notebook: Notebook, kw: dict[str, object], path: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        add(notebook, **kw)  # type: ignore[arg-type]
    assert refused.value.nl.startswith(path)
    assert notebook.register.entries("gent") == []
    assert add(notebook) == 1


def test_an_erased_entry_cannot_be_edited(notebook: Notebook) -> None:
    add(notebook)
    entry = notebook.register.get("gent", 1)
    notebook.register.erase("gent", [1])
    with pytest.raises(InvalidInput):
        notebook.register.update("gent", entry)


def test_five_years_after_recording_an_entry_is_due_and_purge_erases_it(notebook: Notebook) -> None:
    add(notebook, recorded=date(2021, 3, 10))
    add(notebook, recorded=date(2021, 3, 11))
    due = notebook.register.due(date(2026, 3, 10))
    assert [(d.organisation, d.number) for d in due] == [("gent", 1)]
    assert notebook.register.purge(date(2026, 3, 10)) == 1
    erased = notebook.register.get("gent", 1)
    assert (erased.erased, erased.description, erased.declarant, erased.facts_date) == (True, None, None, None)
    assert erased.recorded == date(2021, 3, 1)  # the month survives for the yearly count
    gent_id = notebook.organisations.get("gent").id
    assert gent_id is not None
    assert notebook.register.recorded_count(gent_id, date(2021, 1, 1), date(2022, 1, 1)) == 2
    assert [e.event for e in notebook.audit.entries()][-1] == "register_purge"


def test_an_erased_entry_leaves_no_token_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "vl.vpnotes"
    book = new_notebook(path, organisation=None)
    book.organisations.add(Organisation(key="gent", name="Stad Gent", sector=Sector.VLAANDEREN))
    for i in range(30):
        book.register.add("gent", recorded=date(2024, 1, 1), description=f"gewone verklaring {i} " * 10)
    book.register.add("gent", recorded=date(2020, 5, 4), description="Leverancier Xylofoonwerk dreigde",
                      declarant="Quirina Zwartebeek")
    book.close()
    assert tokens_found(path, PASSPHRASE, ["Xylofoonwerk", "Zwartebeek"]) == ["Xylofoonwerk", "Zwartebeek"]
    with Notebook.open(path, PASSPHRASE) as again:
        assert again.register.purge(date(2026, 1, 1)) == 1
        assert len(again.register.entries("gent")) == 30
    assert tokens_found(path, PASSPHRASE, ["Xylofoonwerk", "Zwartebeek"]) == []
    assert not path.with_name(path.name + "-journal").exists()


def test_an_organisation_with_a_register_stays_flemish(notebook: Notebook) -> None:
    brugge = notebook.organisations.get("brugge")
    assert notebook.organisations.update(replace(brugge, sector=Sector.WERK))  # no register yet: may change
    add(notebook)
    gent = notebook.organisations.get("gent")
    with pytest.raises(InvalidInput) as refused:
        notebook.organisations.update(replace(gent, sector=Sector.ONDERWIJS))
    assert refused.value.nl.startswith("sector:")
    assert notebook.organisations.get("gent").sector is Sector.VLAANDEREN

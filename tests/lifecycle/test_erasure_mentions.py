"""Erasing a person on request also removes their full name where other cases' notes mention them."""

from __future__ import annotations

from datetime import date

from helpers import sample_case
from vpnotes.domain.model import Contact, Melder
from vpnotes.domain.vocabulary import ContactMode, MelderRole
from vpnotes.lifecycle.access import erase_person
from vpnotes.store.notebook import Notebook


def _contact(notes: str) -> Contact:
    return Contact(date=date(2026, 3, 2), minutes=30, mode=ContactMode.TELEFOON, notes=notes)


def test_full_name_mentions_in_other_cases_are_replaced_first_names_alone_stay(notebook: Notebook) -> None:
    own = notebook.cases.add(sample_case(melder=Melder(role=MelderRole.MEDEWERKER, name="José Çelik")))
    other = sample_case(melder=Melder(role=MelderRole.MEDEWERKER, name="Ria Smit"))
    other.contacts.append(_contact("Gesprek met jose  CELIK\nover het rooster; José van de kantine was er niet."))
    other_id = notebook.cases.add(other)
    result = erase_person(notebook, "José Çelik")
    assert result.cases == 1 and result.mentions == 1
    notes = [c.notes for c in notebook.cases.get(other_id).contacts if c.notes]
    assert notes == ["Gesprek met [naam]\nover het rooster; José van de kantine was er niet."]
    assert notebook.cases.search("celik") == []
    assert notebook.cases.get(own).purged
    assert "mentions=1" in notebook.audit.entries()[-1].detail

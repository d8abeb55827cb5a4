"""Search finds names with letters FTS5 does not fold (ı, ł, ø, ß) when typed plainly."""

from __future__ import annotations

import pytest

from helpers import sample_case
from vpnotes.domain.model import Melder
from vpnotes.domain.vocabulary import MelderRole
from vpnotes.store.notebook import Notebook


@pytest.mark.parametrize(
    ("stored", "typed"),
    [("Emre Yılmaz", "yilmaz"), ("Łukasz Nowak", "Lukasz"), ("Søren Ørsted", "soren orsted"),
     ("Grete Weiß", "weiss"), ("Grete Weiß", "Weiß"), ("Çiğdem Öztürk-de Vries", "cigdem ozturk")],
)
def test_plainly_typed_name_finds_case(notebook: Notebook, stored: str, typed: str) -> None:
    case_id = notebook.cases.add(sample_case(melder=Melder(role=MelderRole.MEDEWERKER, name=stored)))
    assert notebook.cases.search(typed) == [case_id]

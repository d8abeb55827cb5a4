"""The fixed dataset of the golden tests (aggregate and disclosure), organisation ``acme``, k = 5."""

from __future__ import annotations

from datetime import date

from report.report_fixtures import Spec, add_activity, add_cases, make_case
from vpnotes.domain.vocabulary import ContactMode
from vpnotes.store.notebook import Notebook


def fill_golden(notebook: Notebook) -> None:
    a = [Spec(opened=date(2025, 2, 10), categories=("pesten",), department="Financiën", gender="v",
              name=f"Medewerker A{i}") for i in range(6)]
    b = [Spec(opened=date(2025, 5, 5), categories=("pesten", "discriminatie"), kind="advies", role="leidinggevende",
              position="getuige", contacts=(date(2025, 5, 5), date(2025, 6, 1)), minutes=30, mode="telefoon",
              referrals=("hr",), outcomes=("doorverwezen",), department="ICT") for _ in range(4)]
    c = [Spec(opened=date(2024, 11, 20), categories=("werkdruk",), contacts=(date(2024, 11, 20), date(2025, 1, 15)),
              minutes=45, steps=(("formele_klacht", date(2025, 1, 20)),), gender="m") for _ in range(3)]
    d = [Spec(opened=date(2025, 1, 1), categories=("integriteit",), kind="signaal", role="onbekend",
              mode="schriftelijk",
              minutes=20, purged=True) for _ in range(2)]
    e = [Spec(opened=date(2024, 3, 1), categories=("pesten",))]
    f = [Spec(opened=date(2026, 1, 5), categories=("pesten",))]
    g = [Spec(opened=date(2024, 6, 1), categories=("intimidatie",), steps=(("melding_misstand", date(2025, 2, 1)),))]
    add_cases(notebook, a + c + d + e + f + g)
    for spec in b:  # the second contact of each B case is by video
        case = make_case(spec)
        case.contacts[1].mode = ContactMode.VIDEO
        notebook.cases.add(case)
    add_activity(notebook, date(2025, 3, 1), "voorlichting", 2.5, "Voorlichting teams")
    add_activity(notebook, date(2025, 9, 1), "training", 1.25)
    add_activity(notebook, date(2024, 9, 1), "training", 8)

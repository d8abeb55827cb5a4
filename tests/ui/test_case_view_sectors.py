"""The case view per sector (DESIGN.md §9): the codes a sector offers with its labels,
every stored code still shown, the Flemish informal intervention with its document,
the school's duties notice; a werk case looks as before."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from helpers import new_notebook, sample_case
from vpnotes.domain.model import InformalIntervention, Melder, Organisation
from vpnotes.domain.vocabulary import Category, InterventionType, MelderRole, Referral, Sector
from vpnotes.store.notebook import Notebook
from vpnotes.ui.case_list import COL_CATEGORIES, COL_REFERENCE, CaseListModel, load_list
from vpnotes.ui.case_view import CaseView
from vpnotes.ui.new_case_dialog import NewCaseDialog


@pytest.fixture
def notebook(tmp_path: Path) -> Iterator[Notebook]:
    book = new_notebook(tmp_path / "sectors.vpnotes")
    book.organisations.add(Organisation(key="gent", name="Stad Gent", sector=Sector.VLAANDEREN))
    book.organisations.add(Organisation(key="lyceum", name="Het Lyceum", sector=Sector.ONDERWIJS,
                                        year_start_month=8))
    yield book
    if book.vault.is_open:
        book.close()


def show(qtbot: QtBot, notebook: Notebook, **fields: object) -> tuple[CaseView, int]:
    case = sample_case(**fields)
    notebook.cases.add(case)
    assert case.id is not None
    view = CaseView()
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.set_notebook(notebook)
    view.show_case(case.id)
    view.show()
    return view, case.id


def checklist(view: CaseView) -> list[str]:
    items = view.case_section.categories
    return [items.item(i).text() for i in range(items.count())]


def combo(box: object) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]  # type: ignore[attr-defined]


def test_a_werk_case_offers_the_werk_codes_with_their_labels(qtbot: QtBot, notebook: Notebook) -> None:
    view, _ = show(qtbot, notebook, reference="2026-001", organisation="acme")
    assert checklist(view) == ["Pesten", "Seksuele intimidatie", "Intimidatie", "Agressie en geweld",
                               "Discriminatie", "Integriteit", "Werkdruk", "Arbeidsconflict", "Bedreiging", "Overig"]
    assert "Leerling" not in combo(view.melder_section.role)
    assert view.intervention_section.isHidden() and view.duties_notice.isHidden()


def test_a_flemish_case_speaks_flemish_and_keeps_a_stored_dutch_code(qtbot: QtBot, notebook: Notebook) -> None:
    view, _ = show(qtbot, notebook, reference="2026-002", organisation="gent",
                   referrals=[Referral.KLACHTENCOMMISSIE])
    categories = checklist(view)
    assert "Pesterijen" in categories and "Stress en burn-out" in categories and "Pesten" not in categories
    assert "Werknemer" in combo(view.melder_section.role)
    referrals = view.outcome_section.referrals
    shown = [referrals.item(i).text() for i in range(referrals.count())]
    assert "Preventieadviseur psychosociale aspecten" in shown
    assert "Klachtencommissie" in shown  # not offered in vlaanderen, but this case holds it
    assert "Melding misstand" not in combo(view.steps_section.kind)
    assert "Verzoek tot formele psychosociale interventie" in combo(view.steps_section.kind)


def test_the_informal_intervention_is_saved_and_its_document_written(qtbot: QtBot, notebook: Notebook,
                                                                     tmp_path: Path) -> None:
    view, case_id = show(qtbot, notebook, reference="2026-003", organisation="gent",
                         melder=Melder(role=MelderRole.MEDEWERKER, name="Lotte Peeters"))
    section = view.intervention_section
    assert not section.isHidden() and not section.document.isEnabled()
    section.kind.setCurrentIndex(section.kind.findData("interventie"))
    section.kind.activated.emit(section.kind.currentIndex())
    section.date.set_day(date(2026, 3, 2))
    section.date.committed.emit()
    stored = notebook.cases.get(case_id).informal_intervention
    assert stored == InformalIntervention(InterventionType.INTERVENTIE, date(2026, 3, 2))
    assert section.document.isEnabled()
    target = tmp_path / "interventie"
    section.choose_file = lambda _proposal: str(target)
    section.document.click()
    written = target.with_suffix(".docx")
    text = "\n".join(c.text for t in docx.Document(str(written)).tables for r in t.rows for c in r.cells)
    assert "Lotte Peeters" in text and "02-03-2026" in text
    assert "Geschreven" in section.result.text()
    section.document.click()  # never over an existing file: the message says so
    assert "bestaat al" in section.result.text()


def test_a_pupil_reporting_the_home_situation_shows_the_duties_notice(qtbot: QtBot, notebook: Notebook) -> None:
    view, case_id = show(qtbot, notebook, reference="2026-004", organisation="lyceum",
                         melder=Melder(role=MelderRole.LEERLING), categories=[Category.ONDERWIJSKUNDIG])
    assert view.duties_notice.isHidden()
    assert "Leerling" in combo(view.melder_section.role) and "Personeelslid" in combo(view.melder_section.role)
    assert "Thuissituatie, huiselijk geweld, kindermishandeling" in checklist(view)
    items = view.case_section.categories
    for i in range(items.count()):
        if items.item(i).text().startswith("Thuissituatie"):
            items.item(i).setCheckState(items.item(i).checkState().Checked)
    assert Category.THUISSITUATIE in notebook.cases.get(case_id).categories
    assert not view.duties_notice.isHidden()
    assert "Scholen en Vlaanderen" in view.duties_notice.text.text()
    view.duties_notice.record.click()
    assert view.tabs.currentIndex() == 3


def test_the_new_case_dialog_offers_the_chosen_organisations_codes(qtbot: QtBot, notebook: Notebook) -> None:
    dialog = NewCaseDialog(notebook.organisations.all())
    qtbot.addWidget(dialog)

    def shown() -> list[str]:
        return [dialog.categories.item(i).text() for i in range(dialog.categories.count())]

    dialog.organisation.setCurrentIndex(dialog.organisation.findData("acme"))
    assert "Pesten" in shown() and "Thuissituatie, huiselijk geweld, kindermishandeling" not in shown()
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("lyceum"))
    assert "Thuissituatie, huiselijk geweld, kindermishandeling" in shown()
    assert "Leerling" in combo(dialog.role)
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("gent"))
    assert "Pesterijen" in shown() and "Werknemer" in combo(dialog.role) and "Leerling" not in combo(dialog.role)
    dialog.categories.item(0).setCheckState(dialog.categories.item(0).checkState().Checked)
    case = dialog.case()
    assert case.organisation == "gent" and case.categories == [Category.PESTEN]


def test_the_case_list_shows_categories_as_each_cases_sector_words_them(notebook: Notebook) -> None:
    notebook.cases.add(sample_case(reference="2026-010", organisation="gent", categories=[Category.WERKDRUK]))
    notebook.cases.add(sample_case(reference="2026-011", organisation="acme", categories=[Category.WERKDRUK]))
    data = load_list(notebook)
    model = CaseListModel()
    model.organisation_sectors = dict(data.sectors)
    model.set_summaries(data.summaries)
    shown = {model.index(r, COL_REFERENCE).data(): model.index(r, COL_CATEGORIES).data()
             for r in range(model.rowCount())}
    assert shown == {"2026-010": "Stress en burn-out", "2026-011": "Werkdruk"}

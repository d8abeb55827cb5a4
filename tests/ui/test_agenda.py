"""The agenda: follow-ups grouped overdue / today / this week / later across
cases, Wbk deadlines marked, done with Space, Enter opens the case."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from helpers import sample_case
from vpnotes.domain.model import FollowUp, FormalStep
from vpnotes.domain.vocabulary import FormalStepKind
from vpnotes.store.notebook import Notebook
from vpnotes.ui.agenda import AgendaPage, group_of, group_titles

TODAY = date(2026, 3, 11)  # a Wednesday


@pytest.fixture
def agenda(qtbot: QtBot, notebook: Notebook) -> AgendaPage:
    notebook.cases.add(sample_case(reference="2026-031", followups=[
        FollowUp(due=date(2026, 3, 2), text="Verslag sturen"),  # overdue
        FollowUp(due=TODAY, text="Bellen met HR"),
        FollowUp(due=date(2026, 3, 15), text="Na het weekend checken"),  # Sunday: this week
        FollowUp(due=date(2026, 3, 16), text="Evaluatie", done=date(2026, 3, 1)),  # done: not shown
    ]))
    notebook.cases.add(sample_case(reference="2026-032", followups=[
        FollowUp(due=date(2026, 3, 20), text="Later gesprek")]))
    case_id = notebook.cases.id_for_reference("2026-032")
    assert case_id is not None
    notebook.items.add_formal_step(case_id, FormalStep(kind=FormalStepKind.MELDING_MISSTAND, date=date(2026, 3, 5)))
    page = AgendaPage(today=lambda: TODAY)
    qtbot.addWidget(page)
    page.set_notebook(notebook)
    page.show()
    return page


def groups(page: AgendaPage) -> dict[str, list[str]]:
    """Group title (without count) -> texts of its follow-ups, as shown."""
    shown: dict[str, list[str]] = {}
    for i in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(i)
        assert group is not None
        if group.isHidden():
            continue
        title = group.text(0).rsplit(" (", 1)[0]
        shown[title] = [child.text(2) for j in range(group.childCount()) if (child := group.child(j))]
    return shown


def item_with_text(page: AgendaPage, text: str) -> QTreeWidgetItem:
    for i in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(i)
        for j in range(group.childCount() if group else 0):
            child = group.child(j) if group else None
            if child is not None and child.text(2) == text:
                return child
    raise AssertionError(f"{text!r} not in the agenda")


def test_followups_are_grouped_overdue_today_this_week_later(agenda: AgendaPage) -> None:
    overdue, today, week, later = group_titles()
    shown = groups(agenda)
    assert shown[overdue] == ["Verslag sturen"]
    assert shown[today] == ["Bellen met HR"]
    # 12-03 is the Wbk acknowledgement deadline (5 March + 7 days), 15-03 the Sunday.
    assert shown[week][1] == "Na het weekend checken"
    assert shown[week][0].startswith("Ontvangstbevestiging")
    assert shown[later][0] == "Later gesprek"
    assert shown[later][1].startswith("Terugkoppeling")
    assert "Evaluatie" not in str(shown)
    assert item_with_text(agenda, "Verslag sturen").text(1) == "2026-031"
    assert item_with_text(agenda, "Bellen met HR").text(0) == "11-03-2026"


def test_week_runs_to_sunday() -> None:
    assert group_of(date(2026, 3, 15), TODAY) == 2
    assert group_of(date(2026, 3, 16), TODAY) == 3
    assert group_of(date(2026, 3, 10), TODAY) == 0
    assert group_of(date(2026, 3, 15), date(2026, 3, 15)) == 1


def test_wbk_deadlines_are_marked(agenda: AgendaPage) -> None:
    ack = item_with_text(agenda, groups(agenda)[list(groups(agenda))[2]][0])
    plain = item_with_text(agenda, "Na het weekend checken")
    assert ack.font(0).bold() and not plain.font(0).bold()
    assert "⚖" in ack.text(3) and "⚖" not in plain.text(3)
    assert "klokkenluiders" in ack.toolTip(3)


def test_space_marks_done_and_undo_reopens(agenda: AgendaPage, notebook: Notebook, qtbot: QtBot) -> None:
    agenda.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is agenda)
    agenda.tree.setFocus()
    agenda.tree.setCurrentItem(item_with_text(agenda, "Bellen met HR"))
    qtbot.keyClick(agenda.tree, Qt.Key.Key_Space)

    assert "Bellen met HR" not in str(groups(agenda))
    case_id = notebook.cases.id_for_reference("2026-031")
    assert case_id is not None
    done = {f.text: f.done for f in notebook.cases.get(case_id).followups}
    assert done["Bellen met HR"] == TODAY
    # The next follow-up is current, so Space again keeps working down the list.
    current = agenda.tree.currentItem()
    assert current is not None and current.text(2) == groups(agenda)[list(groups(agenda))[1]][0]
    assert agenda.undo_button.isVisible()

    agenda.undo_button.click()
    assert "Bellen met HR" in str(groups(agenda))
    assert {f.text: f.done for f in notebook.cases.get(case_id).followups}["Bellen met HR"] is None


def test_enter_opens_the_case(agenda: AgendaPage, notebook: Notebook, qtbot: QtBot) -> None:
    agenda.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is agenda)
    agenda.tree.setFocus()
    agenda.tree.setCurrentItem(item_with_text(agenda, "Later gesprek"))
    with qtbot.waitSignal(agenda.caseRequested) as blocker:
        qtbot.keyClick(agenda.tree, Qt.Key.Key_Return)
    assert blocker.args == [notebook.cases.id_for_reference("2026-032")]


def test_locking_empties_the_agenda(agenda: AgendaPage) -> None:
    agenda.mark_done()
    assert agenda.status.text()
    agenda.set_notebook(None)
    assert agenda.tree.topLevelItemCount() == 0
    assert agenda.status.text() == ""
    assert not agenda.undo_button.isVisible()


def test_done_in_the_agenda_shows_on_the_cases_page_and_new_followups_in_the_agenda(
        agenda: AgendaPage, notebook: Notebook, qtbot: QtBot) -> None:
    from vpnotes.ui.case_list import COL_NEXT_FOLLOWUP, CasesPage

    cases = CasesPage()
    qtbot.addWidget(cases)
    cases.set_notebook(notebook)
    agenda.followupsChanged.connect(cases.refresh_case)  # as the main window wires them
    case_id = notebook.cases.id_for_reference("2026-031")
    assert case_id is not None
    cases.show_case(case_id)
    row = cases.model.row_of(case_id)
    assert row is not None
    assert cases.model.index(row, COL_NEXT_FOLLOWUP).data() == "02-03-2026"

    agenda.tree.setCurrentItem(item_with_text(agenda, "Verslag sturen"))
    agenda.mark_done()
    assert cases.model.index(row, COL_NEXT_FOLLOWUP).data() == "11-03-2026"
    done = [f for f in cases.case_view.case().followups if f.text == "Verslag sturen"]  # type: ignore[union-attr]
    assert done[0].done == TODAY

    # A follow-up added on the cases page is in the agenda when the VP switches to it.
    cases.case_view.run(lambda nb, cid: nb.items.add_followup(cid, FollowUp(due=TODAY, text="Nieuw")))
    agenda.hide()
    agenda.show()
    assert "Nieuw" in str(groups(agenda))

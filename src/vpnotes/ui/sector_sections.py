"""The case view's sector parts (DESIGN.md §9), kept apart from the general sections:

- the codes a case's organisation offers, labelled as its sector words them
  (:func:`offer_sector_codes`; every code the case holds stays visible);
- Vlaanderen: the informal psychosocial intervention (type and date) with the
  document for signature (:class:`InterventionSection`);
- Onderwijs: the notice of duties that can override confidentiality
  (:class:`DutiesNotice`). It informs and never blocks.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vpnotes.domain.model import Case, InformalIntervention
from vpnotes.domain.sector_rules import records_intervention, shows_duties_notice
from vpnotes.domain.vocabulary import (
    Category,
    FormalStepKind,
    InterventionType,
    MelderRole,
    Referral,
    Relation,
    Sector,
    offered,
)
from vpnotes.errors import VpnotesError
from vpnotes.practice.flemish_documents import write_intervention_document
from vpnotes.ui.case_sections import Host, Section
from vpnotes.ui.help_window import HelpActions
from vpnotes.ui.widgets import CodeCombo, DateEdit, tr

if TYPE_CHECKING:
    from vpnotes.ui.case_view import CaseView

GUIDE_CHAPTER = "Scholen en Vlaanderen"
# The section of that chapter the notice's link opens (a test checks it exists).
GUIDE_TOPIC = "sectoren#Plichten die uw geheimhouding kunnen doorbreken"


def offer_sector_codes(view: CaseView, case: Case | None, sector: Sector) -> None:
    """Offer the sector's codes in the case view's pickers, plus every code ``case`` holds."""
    view.case_section.categories.offer(offered(Category, sector, case.categories if case else ()), sector)
    view.melder_section.role.offer(offered(MelderRole, sector, [case.melder.role] if case else ()), sector)
    view.betrokkenen_section.relation.offer(
        offered(Relation, sector, [b.relation for b in case.betrokkenen] if case else ()), sector)
    view.consent_section.sharing_party.offer(
        offered(Referral, sector, [s.party for s in case.consent.sharing] if case else ()), sector)
    view.outcome_section.referrals.offer(offered(Referral, sector, case.referrals if case else ()), sector)
    view.steps_section.kind.offer(offered(FormalStepKind, sector), sector)


class InterventionSection(Section):
    """Vlaanderen: the informal psychosocial intervention the verzoeker chose, and its document."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(tr("Informal psychosocial intervention"), host, parent)
        # Replaced in tests; returns the chosen file name ("" when cancelled).
        self.choose_file: Callable[[str], str] = self._ask_file
        self.kind = CodeCombo(InterventionType, self, accessible_name=tr("Type of informal intervention"),
                              none_text=tr("(none)"))
        self.date = DateEdit(self, accessible_name=tr("Date of the intervention document"))
        self.document = QPushButton(tr("&Document for signature…"), self)
        self.document.setAccessibleName(tr("Write the intervention document for signature"))
        self.document.clicked.connect(self.write_document)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(tr("Result"))
        hint = QLabel(tr("The type the verzoeker chose and the date of the dated and signed document that records "
                         "it. The verzoeker receives a copy."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(self.date)
        row.addWidget(self.document)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.kind.activated.connect(lambda _i: self._apply(self._set))
        self.date.committed.connect(lambda: self._apply(self._set))

    def _set(self, case: Case) -> None:
        kind = self.kind.code()
        case.informal_intervention = None if kind is None else InformalIntervention(kind, self.date.day())

    def _populate(self, case: Case | None) -> None:
        intervention = case.informal_intervention if case else None
        self.kind.set_code(intervention.type if intervention else None)
        self.date.set_day(intervention.date if intervention else date.today())
        self.date.setEnabled(intervention is not None)
        self.document.setEnabled(intervention is not None and bool(case and case.reference))
        self.result.clear()

    def _ask_file(self, proposal: str) -> str:
        name, _ = QFileDialog.getSaveFileName(self, tr("Save the intervention document"), proposal,
                                              tr("Word document (*.docx)"))
        return name

    def write_document(self) -> None:
        case, notebook = self.host.current(), self.host.notebook
        if case is None or notebook is None or not case.reference:
            return
        name = self.choose_file(str(Path.home() / f"interventie-{case.reference}.docx"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        try:
            write_intervention_document(notebook, case.reference, path)
        except VpnotesError as exc:
            self.result.setText(exc.message)
            return
        self.result.setText(tr("Written. Have it dated and signed; the verzoeker receives a copy."))


class DutiesNotice(QWidget):
    """Onderwijs: duties that can override the VP's confidentiality. Information, not legal advice."""

    recordBreachRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(html.escape(tr(
            "Duties that can override your confidentiality may apply to this case: the meldcode huiselijk geweld "
            "en kindermishandeling, and the school board's duty to report and to file charges when a staff member "
            "is suspected of a sexual offence against a minor pupil (after consulting the vertrouwensinspecteur). "
            "This is information, not legal advice. See the guide, chapter \"%1\"."), quote=False)
            .replace("%1", f'<a href="{GUIDE_TOPIC}">{GUIDE_CHAPTER}</a>'), self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.text.linkActivated.connect(self.open_guide)
        self.text.setAccessibleName(tr("Duties that can override confidentiality"))
        self.record = QPushButton(tr("Record a &breach of confidentiality…"), self)
        self.record.setAccessibleName(tr("Record a breach of confidentiality"))
        self.record.clicked.connect(self.recordBreachRequested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.record)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("DutiesNotice { background: #eef4fb; border: 1px solid #b9cfe6; border-radius: 4px; } "
                           "QLabel { color: #1d3d5c; }")
        self.hide()

    def show_for(self, case: Case | None, sector: Sector) -> None:
        self.setVisible(case is not None and shows_duties_notice(case, sector))

    def open_guide(self, topic: str) -> None:
        """The link: the guide at the section on these duties (the main window's help, when there is one)."""
        helper = self.window().findChild(HelpActions, "helpActions")
        if isinstance(helper, HelpActions):
            helper.show_help(topic=topic)


def intervention_visible(case: Case | None, sector: Sector) -> bool:
    return case is not None and records_intervention(sector, case)

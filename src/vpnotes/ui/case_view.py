"""The case view: one case with every field editable and saved at once.

It hosts the sections of :mod:`vpnotes.ui.case_sections` in four tabs
(case and persons, contacts, follow-ups and steps, outcome and records) and
is their only link to the notebook: ``apply`` saves a change to the case's own
fields with ``notebook.cases.save``; ``run`` performs an item operation
(contacts, follow-ups, formal steps, AVG requests) and reloads the case. A
refused change (a :class:`~vpnotes.errors.VpnotesError`) shows its message
inline and the fields return to what is stored.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain import rules
from vpnotes.domain.model import Case, Contact
from vpnotes.domain.vocabulary import Sector
from vpnotes.errors import VpnotesError
from vpnotes.store.drafts import Draft
from vpnotes.store.notebook import Notebook
from vpnotes.ui.case_sections import (
    AvgSection,
    BetrokkenenSection,
    CaseSection,
    ConsentSection,
    ContactsSection,
    FollowUpsSection,
    FormalStepsSection,
    MelderSection,
    OutcomeSection,
    RecordsSection,
    Section,
)
from vpnotes.ui.clipboard import copy_secret
from vpnotes.ui.contact_dialog import ContactDialog
from vpnotes.ui.editing import restore
from vpnotes.ui.i18n import label
from vpnotes.ui.sector_sections import DutiesNotice, InterventionSection, intervention_visible, offer_sector_codes
from vpnotes.ui.widgets import MessageBar, ask, confirm, tr


def _scrolled(*sections: QWidget) -> QScrollArea:
    page = QWidget()
    layout = QVBoxLayout(page)
    for section in sections:
        layout.addWidget(section)
    layout.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


class TwoColumns(QScrollArea):
    """Pairs of sections in two columns when both fit the width, in one column when they do not.

    On a 1366-pixel laptop, with the case list beside it, the case tab's two columns are wider
    than the room they get; a sideways scroll would hide half of every form, so the right-hand
    sections move below the left-hand ones instead (and back when the window grows).
    """

    def __init__(self, pairs: list[tuple[QWidget, QWidget]]) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._pairs = pairs
        content = QWidget()
        self._grid = QGridLayout(content)
        self.columns = 0
        self._arrange(2)
        self.setWidget(content)

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        grid = self._grid
        for pair in self._pairs:
            for widget in pair:
                grid.removeWidget(widget)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        row = 0
        for left, right in self._pairs:
            if columns == 2:
                grid.addWidget(left, row, 0)
                grid.addWidget(right, row, 1)
                row += 1
            else:
                grid.addWidget(left, row, 0)
                grid.addWidget(right, row + 1, 0)
                row += 2
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1 if columns == 2 else 0)
        grid.setRowStretch(row, 1)

    def two_column_width(self) -> int:
        """The narrowest width at which the pairs fit side by side."""
        margins = self._grid.contentsMargins()
        left = max(pair[0].minimumSizeHint().width() for pair in self._pairs)
        right = max(pair[1].minimumSizeHint().width() for pair in self._pairs)
        return left + right + max(self._grid.horizontalSpacing(), 0) + margins.left() + margins.right()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(2 if self.viewport().width() >= self.two_column_width() else 1)
        super().resizeEvent(event)


class CaseView(QWidget):
    """One case, editable in place. Emits ``caseChanged`` after every saved change."""

    caseChanged = Signal(int)
    newContactRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notebook: Notebook | None = None
        self._case: Case | None = None

        self.title = QLabel(self)
        self.title.setAccessibleName(tr("Case reference"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setAccessibleName(tr("Case summary"))
        self.consent_hint = QLabel(
            tr("No consent to registration: only statistics are kept; identifying fields are locked."), self)
        self.consent_hint.setWordWrap(True)
        self.consent_hint.setStyleSheet("QLabel { color: #6b4e00; }")
        self.message = MessageBar(self)

        self.case_section = CaseSection(self)
        self.melder_section = MelderSection(self)
        self.consent_section = ConsentSection(self)
        self.betrokkenen_section = BetrokkenenSection(self)
        self.contacts_section = ContactsSection(self)
        self.followups_section = FollowUpsSection(self)
        self.steps_section = FormalStepsSection(self)
        self.avg_section = AvgSection(self)
        self.outcome_section = OutcomeSection(self)
        self.records_section = RecordsSection(self)
        self.intervention_section = InterventionSection(self)  # vlaanderen (DESIGN.md §9)
        self.duties_notice = DutiesNotice(self)  # onderwijs (DESIGN.md §9)
        self.duties_notice.recordBreachRequested.connect(self._record_breach)
        self.sections: list[Section] = [
            self.case_section, self.melder_section, self.consent_section, self.betrokkenen_section,
            self.contacts_section, self.followups_section, self.steps_section, self.avg_section,
            self.outcome_section, self.records_section, self.intervention_section,
        ]

        self._frozen: list[tuple[QWidget, str]] = []  # what _freeze changed, to undo it
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Parts of the case"))
        # What the case is and who it is about side by side where both fit, else one below the other.
        self.overview = TwoColumns([(self.case_section, self.melder_section),
                                    (self.consent_section, self.betrokkenen_section)])
        self.tabs.addTab(self.overview, tr("&Case"))
        contacts = QWidget()
        contacts_layout = QVBoxLayout(contacts)
        contacts_layout.addWidget(self.contacts_section)
        self.tabs.addTab(contacts, tr("C&ontacts"))
        self._followups_tab = _scrolled(self.followups_section, self.steps_section, self.intervention_section,
                                        self.avg_section)
        self.tabs.addTab(self._followups_tab, tr("&Follow-ups and steps"))
        self.tabs.addTab(_scrolled(self.outcome_section, self.records_section), tr("O&utcome and records"))

        case_page = QWidget()
        layout = QVBoxLayout(case_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.consent_hint)
        layout.addWidget(self.duties_notice)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.empty = QLabel(tr("Choose a case in the list, or create one with Ctrl+Shift+N."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(case_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._populate()

    # -- host interface for the sections -----------------------------------------------------

    @property
    def notebook(self) -> Notebook | None:
        return self._notebook

    def current(self) -> Case | None:
        return self._case

    def case(self) -> Case | None:
        return self._case

    def case_id(self) -> int | None:
        return None if self._case is None else self._case.id

    def apply(self, change: Callable[[Case], None]) -> bool:
        """Change the open case's own fields and save at once; False (and the stored values) if refused."""
        if self._notebook is None or self._case is None:
            return False
        changed = copy.deepcopy(self._case)
        change(changed)
        try:
            self._notebook.cases.save(changed)
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            self.reload(keep_message=True)
            return False
        self.message.clear_message()
        self._case = changed
        self._populate()
        assert changed.id is not None
        self.caseChanged.emit(changed.id)
        return True

    def run(self, action: Callable[[Notebook, int], object]) -> object | None:
        """Run an item operation on the open case, then show the case as stored."""
        if self._notebook is None or self._case is None or self._case.id is None:
            return None
        case_id = self._case.id
        try:
            result = action(self._notebook, case_id)
        except VpnotesError as exc:
            self.message.show_message(exc.message)
            self.reload(keep_message=True)
            return None
        self.message.clear_message()
        self.reload()
        self.caseChanged.emit(case_id)
        return result

    def request_new_contact(self) -> None:
        self.newContactRequested.emit()

    DRAFT_KINDS = ("contact_edit", *FollowUpsSection.DRAFT_KINDS)

    def resume_draft(self, draft: Draft) -> None:
        """Reopen the edit dialog a lock closed, with what was typed (the case is shown)."""
        case = self._case
        if case is None:
            return
        if draft.kind == "contact_edit":
            contact = next((c for c in case.contacts if c.id == draft.payload.get("contact_id")), None)
            if contact is not None:
                self.edit_contact(contact, draft)
                return
        elif draft.kind in FollowUpsSection.DRAFT_KINDS:
            self.tabs.setCurrentWidget(self._followups_tab)
            self.followups_section.resume_draft(draft)
            return
        if self._notebook is not None:
            self._notebook.drafts.delete(draft.id)  # its contact is gone: nothing to edit

    def edit_contact(self, contact: Contact, draft: Draft | None = None) -> None:
        case, notebook = self._case, self._notebook
        if case is None or case.id is None or notebook is None:
            return
        dialog = ContactDialog([(case.id, case.reference or "")], case.id,
                               lambda _cid: case.consent.registration, self, contact=contact)
        restore(dialog, draft)
        changed = ask(dialog, ContactDialog.contact)
        if self._notebook is not notebook:
            return  # locked meanwhile: what was typed is a draft now
        if draft is not None:
            notebook.drafts.delete(draft.id)
        if changed is None or self._case is not case:
            return  # cancelled, or another case shown meanwhile
        self.run(lambda nb, case_id: nb.items.update_contact(case_id, changed))

    def copy_text(self, text: str) -> None:
        # Marked secret for clipboard managers and cleared after 30 s.
        copy_secret(text)

    # -- showing a case ----------------------------------------------------------------------

    def set_notebook(self, notebook: Notebook | None) -> None:
        """Work on ``notebook``; ``None`` (locked) empties every field."""
        self._notebook = notebook
        self._case = None
        self.message.clear_message()
        self._populate()
        if notebook is None:
            # Empty fields can still hold typed text in their undo history: setting the text drops it.
            for line in self.findChildren(QLineEdit):
                if not isinstance(line.parent(), QAbstractSpinBox):
                    line.setText("")
            for text in self.findChildren(QPlainTextEdit):
                text.setPlainText("")

    def show_case(self, case_id: int | None) -> None:
        self.message.clear_message()
        if self._notebook is None or case_id is None:
            self._case = None
        else:
            try:
                self._case = self._notebook.cases.get(case_id)
            except KeyError:
                self._case = None
        self.steps_section.notice.hide()
        self._populate()

    def reload(self, *, keep_message: bool = False) -> None:
        """Show the open case as stored now."""
        if not keep_message:
            self.message.clear_message()
        if self._notebook is not None and self._case is not None and self._case.id is not None:
            try:
                self._case = self._notebook.cases.get(self._case.id)
            except KeyError:
                self._case = None
        self._populate()

    def focus_first_field(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.case_section.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def _organisation_name(self, key: str | None) -> str:
        """The organisation's name (the key only when no organisation has it)."""
        if not key or self._notebook is None:
            return key or ""
        return next((o.name for o in self._notebook.organisations.all() if o.key == key), key)

    def sector(self) -> Sector:
        """The sector of the open case's organisation: its words and the codes it offers (DESIGN.md §9)."""
        if self._case is None or self._notebook is None:
            return Sector.WERK
        return next((o.sector for o in self._notebook.organisations.all() if o.key == self._case.organisation),
                    Sector.WERK)

    def _record_breach(self) -> None:
        self.tabs.setCurrentIndex(3)
        self.records_section.breach.setFocus()

    def _populate(self) -> None:
        case = self._case
        self._thaw()
        sector = self.sector()
        offer_sector_codes(self, case, sector)
        for section in self.sections:
            section.populate(case)
        self.intervention_section.setVisible(intervention_visible(case, sector))
        self.duties_notice.show_for(case, sector)
        if case is None:
            self.title.clear()
            self.subtitle.clear()
            self.consent_hint.hide()
            self.stack.setCurrentWidget(self.empty)
            return
        self.title.setText(case.reference or tr("(purged)"))
        status = tr("open") if case.closed is None else tr("closed")
        if case.retention_hold is not None:
            status += " · " + tr("on hold")
        self.subtitle.setText(" · ".join([label(case.kind), status, self._organisation_name(case.organisation)]))
        self.consent_hint.setVisible(not case.consent.registration)
        self.tabs.setEnabled(self._notebook is not None)
        if self._notebook is not None and self._notebook.vault.read_only:
            self._freeze()
        self.stack.setCurrentIndex(1)

    def _freeze(self) -> None:
        """A notebook on a read-only location: every part stays readable (tabs switch,
        text scrolls and can be selected) but nothing can be edited."""
        for widget in self.tabs.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                if isinstance(widget.parent(), QAbstractSpinBox) or widget.isReadOnly():
                    continue
                widget.setReadOnly(True)
                self._frozen.append((widget, "read_only"))
            elif isinstance(widget, QAbstractButton | QComboBox | QAbstractSpinBox) and widget.isEnabled():
                widget.setEnabled(False)
                self._frozen.append((widget, "enabled"))

    def _thaw(self) -> None:
        for widget, how in self._frozen:
            if how == "read_only":
                widget.setReadOnly(False)  # type: ignore[attr-defined]
            else:
                widget.setEnabled(True)
        self._frozen.clear()

    # -- consent -----------------------------------------------------------------------------

    def set_registration(self, on: bool, day: date) -> None:
        """Give or withdraw consent to registration; withdrawing asks before erasing identifying data."""
        if self._case is None or self._notebook is None:
            return

        def change(case: Case) -> None:
            case.consent.registration = on
            case.consent.registration_date = day if on else None

        if on or not rules.identifying_paths(self._case):
            self.apply(change)
            return
        case_id = self._case.id
        if not confirm(self, tr("No consent to registration"),
                       tr("Without consent to registration only statistics may be kept.\n\n"
                          "Erase the names, contact details, department, gender, contact summaries and notes, "
                          "follow-up texts and records of this case now? This cannot be undone.")):
            self._populate()
            return
        if self._case is None or self._case.id != case_id:
            return  # locked (or another case shown) while the question was open
        self.run(lambda nb, cid: nb.cases.withdraw_registration_consent(cid))

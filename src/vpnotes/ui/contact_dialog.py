"""The quick "new contact" dialog (Ctrl+N): log a conversation in seconds,
keyboard only. Date defaults to today, the open case is preselected; Tab or
Enter walks through duration, mode, party and summary, the notes take Enter as
a new line, Ctrl+Enter saves. An optional follow-up (none, 1 week, 2 weeks,
1 month, a date) is planned in the same go.

The same dialog edits an existing contact from the case's timeline (without
the follow-up). It is an :class:`~vpnotes.ui.editing.EditingDialog`: a lock
keeps what was typed as a draft, Esc asks before discarding.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.model import Contact, FollowUp
from vpnotes.domain.rules import MAX_MINUTES
from vpnotes.domain.vocabulary import ContactMode, ContactParty
from vpnotes.ui.editing import EditingDialog
from vpnotes.ui.quick_followup import QuickFollowUp
from vpnotes.ui.widgets import CodeCombo, DateEdit, buddy_labels, dialog_buttons, protect_copy, tr

DEFAULT_MINUTES = 30


def conversation_fields(parent: QWidget, minutes: int,
                        notes_height: int) -> tuple[QSpinBox, CodeCombo[ContactMode], QLineEdit, QPlainTextEdit]:
    """Duration, mode, summary and notes of a conversation (the contact dialog and the intake)."""
    duration = QSpinBox(parent)
    duration.setRange(0, MAX_MINUTES)
    duration.setSingleStep(5)
    duration.setSuffix(tr(" min"))
    duration.setValue(minutes)
    duration.setAccessibleName(tr("Duration in minutes"))
    mode: CodeCombo[ContactMode] = CodeCombo(ContactMode, parent, accessible_name=tr("Mode"))
    summary = QLineEdit(parent)
    summary.setAccessibleName(tr("Summary"))
    summary.setPlaceholderText(tr("One line: what was it about?"))
    notes = QPlainTextEdit(parent)
    notes.setAccessibleName(tr("Notes"))
    notes.setTabChangesFocus(True)  # keyboard users leave the notes with Tab
    notes.setMinimumHeight(notes_height)
    for widget, name in ((duration, "minutes"), (mode, "mode"), (summary, "summary"), (notes, "notes")):
        widget.setObjectName(name)  # the names drafts keep the fields under
    return duration, mode, summary, notes


class ContactDialog(EditingDialog):
    """Ask for one contact of a case.

    ``cases`` are the (id, reference) pairs to choose from; ``consent_of`` tells
    whether a case has consent to registration (without it, summary and notes
    stay empty: only the statistical skeleton may be kept).
    """

    def __init__(self, cases: list[tuple[int, str]], case_id: int | None,
                 consent_of: Callable[[int], bool], parent: QWidget | None = None,
                 *, contact: Contact | None = None) -> None:
        super().__init__(parent)
        self._consent_of = consent_of
        self.draft_kind = "contact_edit" if contact else "contact"
        self.setWindowTitle(tr("Edit contact") if contact else tr("New contact"))
        self.setModal(True)

        self.case_combo = QComboBox(self)
        self.case_combo.setAccessibleName(tr("Case"))
        for cid, reference in cases:
            self.case_combo.addItem(reference, cid)
        if case_id is not None:
            self.case_combo.setCurrentIndex(max(self.case_combo.findData(case_id), 0))
        self.case_combo.setEnabled(contact is None and len(cases) > 1)
        self.case_combo.setObjectName("case")

        self.date_edit = DateEdit(self, accessible_name=tr("Date"))
        self.minutes, self.mode, self.summary, self.notes = conversation_fields(self, DEFAULT_MINUTES, 110)
        self.party = CodeCombo(ContactParty, self, accessible_name=tr("With whom"))
        self.date_edit.setObjectName("date")
        self.party.setObjectName("party")
        for first, second in ((self.mode, self.party), (self.party, self.summary)):
            QWidget.setTabOrder(first, second)  # made after the shared fields: put in its place in the form
        self.followup = QuickFollowUp(self)
        self.followup.setVisible(contact is None)
        self.consent_hint = QLabel(
            tr("This case has no consent to registration: summary and notes are not kept."), self)
        self.consent_hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("&Case"), self.case_combo)
        form.addRow(tr("&Date"), self.date_edit)
        form.addRow(tr("D&uration"), self.minutes)
        form.addRow(tr("&Mode"), self.mode)
        form.addRow(tr("&With whom"), self.party)
        form.addRow(tr("&Summary"), self.summary)
        form.addRow(tr("&Notes"), self.notes)
        if contact is None:
            form.addRow(tr("Follow-up"), self.followup)
        buddy_labels(form, (self.case_combo, self.date_edit, self.minutes, self.mode, self.party, self.summary,
                            self.notes))
        buttons = dialog_buttons(self, tr("Save (Ctrl+Enter)"), accept=QDialogButtonBox.StandardButton.Save,
                                 ctrl_enter=True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.consent_hint)
        layout.addWidget(buttons)

        if contact is not None:
            self.date_edit.set_day(contact.date)
            self.minutes.setValue(contact.minutes)
            self.mode.set_code(contact.mode)
            self.party.set_code(contact.party)
            self.summary.setText(contact.summary or "")
            self.notes.setPlainText(contact.notes or "")
        self._contact_id = contact.id if contact else None
        self.case_combo.currentIndexChanged.connect(self._case_changed)
        self._case_changed()
        self.resize(560, self.sizeHint().height())
        protect_copy(self)
        self.finish_setup()
        # Date is already today, the case is already chosen: start where typing begins.
        self.minutes.setFocus(Qt.FocusReason.OtherFocusReason)
        self.minutes.selectAll()

    def _case_changed(self) -> None:
        cid = self.case_combo.currentData()
        consent = cid is None or self._consent_of(int(cid))
        self.summary.setEnabled(consent)
        self.notes.setEnabled(consent)
        self.followup.set_text_allowed(consent)
        self.consent_hint.setVisible(not consent)

    def draft_case_id(self) -> int | None:
        cid = self.case_combo.currentData()
        return int(cid) if cid is not None else None

    def draft_context(self) -> dict[str, Any]:
        return {"contact_id": self._contact_id}

    def planned_followup(self) -> FollowUp | None:
        """The follow-up chosen with a new contact, or None."""
        return self.followup.followup() if self.followup.isVisibleTo(self) else None

    def case_id(self) -> int:
        return int(self.case_combo.currentData())

    def contact(self) -> Contact:
        consent = self.summary.isEnabled()
        mode = self.mode.code() or ContactMode.PERSOONLIJK
        party = self.party.code() or ContactParty.MELDER
        return Contact(
            id=self._contact_id,
            date=self.date_edit.day(),
            minutes=self.minutes.value(),
            mode=mode,
            party=party,
            summary=(self.summary.text().strip() or None) if consent else None,
            notes=(self.notes.toPlainText().strip() or None) if consent else None,
        )

"""The intake (Ctrl+Shift+N): a new case with what a first conversation gives,
in one dialog (issue 9 item 2).

Left, the case: kind, categories, organisation, the melder's role, position,
consent to registration, name and department, and an optional subject (the
case ``title``; when empty the list shows the conversation's summary). Right,
the first conversation: date (also the case's opening date), minutes, mode,
summary and notes, and an optional follow-up (1 week, 2 weeks, 1 month, a
date). Everything is stored in one transaction (``cases.add``).

Keyboard only: Enter moves on through the one-line fields, the notes take
Enter as a new line, Ctrl+Enter creates. Without consent the name, department,
subject, summary, notes and follow-up text are disabled: only the statistical
skeleton may be kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.model import Case, Consent, Contact, Melder, Organisation
from vpnotes.domain.vocabulary import (
    CaseKind,
    Category,
    ContactMode,
    ContactParty,
    MelderPosition,
    MelderRole,
    Sector,
    offered,
)
from vpnotes.ui.contact_dialog import conversation_fields
from vpnotes.ui.editing import EditingDialog
from vpnotes.ui.organisation_names import organisation_labels
from vpnotes.ui.quick_followup import QuickFollowUp
from vpnotes.ui.widgets import (
    CodeChecklist,
    CodeCombo,
    DateEdit,
    MessageBar,
    buddy_labels,
    dialog_buttons,
    protect_copy,
    tr,
)

DEFAULT_MINUTES = 45  # a first conversation is usually longer than a follow-up call


class NewCaseDialog(EditingDialog):
    """The intake: a new case, its first contact and an optional follow-up."""

    draft_kind = "case"

    def __init__(self, organisations: list[Organisation], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New case"))
        self.setModal(True)

        self.kind = CodeCombo(CaseKind, self, accessible_name=tr("Kind"))
        self.kind.set_code(CaseKind.MELDING)
        self.categories = CodeChecklist(Category, self, accessible_name=tr("Categories"))
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(tr("Organisation"))
        for key, shown in organisation_labels(organisations).items():
            self.organisation.addItem(shown, key)
            self.organisation.setItemData(self.organisation.count() - 1, key, Qt.ItemDataRole.ToolTipRole)
        self.role = CodeCombo(MelderRole, self, accessible_name=tr("Role of the melder"))
        self.position = CodeCombo(MelderPosition, self, accessible_name=tr("Position of the melder"))
        self.consent = QCheckBox(tr("The melder consents to registration of personal details"), self)
        self.consent.setAccessibleName(tr("Consent to registration"))
        self.melder_name = QLineEdit(self)
        self.melder_name.setAccessibleName(tr("Name of the melder"))
        self.department = QLineEdit(self)
        self.department.setAccessibleName(tr("Department of the melder"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(tr("Subject"))
        self.title.setPlaceholderText(tr("Optional; otherwise the summary"))

        self.opened = DateEdit(self, accessible_name=tr("Date of the conversation"))
        self.minutes, self.mode, self.summary, self.notes = conversation_fields(self, DEFAULT_MINUTES, 90)
        self.followup = QuickFollowUp(self)
        self.message = MessageBar(self)
        for widget, name in ((self.kind, "kind"), (self.categories, "categories"),
                             (self.organisation, "organisation"), (self.role, "role"), (self.position, "position"),
                             (self.consent, "consent"), (self.melder_name, "name"),
                             (self.department, "department"), (self.title, "title"), (self.opened, "date")):
            widget.setObjectName(name)
        self._personal = (self.melder_name, self.department, self.title, self.summary, self.notes)
        self.consent.toggled.connect(self._consent_changed)

        case_box = QGroupBox(tr("Case"), self)
        case_form = QFormLayout(case_box)
        case_form.addRow(tr("&Kind"), self.kind)
        case_form.addRow(tr("C&ategories"), self.categories)
        case_form.addRow(tr("&Organisation"), self.organisation)
        case_form.addRow(tr("&Role"), self.role)
        case_form.addRow(tr("Pos&ition"), self.position)
        case_form.addRow("", self.consent)
        case_form.addRow(tr("&Name"), self.melder_name)
        case_form.addRow(tr("De&partment"), self.department)
        case_form.addRow(tr("Su&bject"), self.title)
        buddy_labels(case_form, (self.kind, self.categories, self.organisation, self.role, self.position,
                                 self.melder_name, self.department, self.title))
        if len(organisations) == 1:
            # An intern VP has one organisation: nothing to choose.
            self.organisation.hide()
            lbl = case_form.labelForField(self.organisation)
            if lbl is not None:
                lbl.hide()

        # The chosen organisation's sector decides the codes offered and their labels (DESIGN.md §9).
        self._sectors = {org.key: org.sector for org in organisations}
        self.organisation.currentIndexChanged.connect(lambda _index: self._offer_sector_codes())
        self._offer_sector_codes()

        contact_box = QGroupBox(tr("First conversation"), self)
        contact_form = QFormLayout(contact_box)
        contact_form.addRow(tr("&Date"), self.opened)
        contact_form.addRow(tr("D&uration"), self.minutes)
        contact_form.addRow(tr("&Mode"), self.mode)
        contact_form.addRow(tr("&Summary"), self.summary)
        contact_form.addRow(tr("No&tes"), self.notes)
        contact_form.addRow(tr("Follow-up"), self.followup)
        buddy_labels(contact_form, (self.opened, self.minutes, self.mode, self.summary, self.notes))

        columns = QHBoxLayout()
        columns.addWidget(case_box, 1)
        columns.addWidget(contact_box, 1)
        buttons = dialog_buttons(self, tr("Create (Ctrl+Enter)"), ctrl_enter=True)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._consent_changed(False)
        protect_copy(self)
        self.finish_setup()
        self.kind.setFocus()

    def _offer_sector_codes(self) -> None:
        sector = self._sectors.get(self.organisation.currentData(), Sector.WERK)
        self.categories.offer(offered(Category, sector), sector)
        self.role.offer(offered(MelderRole, sector), sector)

    def _consent_changed(self, consent: bool) -> None:
        for widget in self._personal:
            widget.setEnabled(consent)
        self.followup.set_text_allowed(consent)

    def accept(self) -> None:
        if not self.categories.codes():
            self.message.show_message(tr("Choose at least one category."))
            self.categories.setFocus()
            return
        super().accept()

    def case(self) -> Case:
        consent = self.consent.isChecked()
        opened = self.opened.day()

        def personal(edit: QLineEdit | QPlainTextEdit) -> str | None:
            text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            return (text.strip() or None) if consent else None

        followup = self.followup.followup()
        return Case(
            kind=self.kind.code() or CaseKind.MELDING,
            categories=self.categories.codes(),
            opened=opened,
            organisation=self.organisation.currentData(),
            melder=Melder(
                role=self.role.code() or MelderRole.MEDEWERKER,
                position=self.position.code() or MelderPosition.ZELF,
                name=personal(self.melder_name),
                department=personal(self.department),
            ),
            consent=Consent(registration=consent, registration_date=opened if consent else None),
            title=personal(self.title),
            contacts=[Contact(date=opened, minutes=self.minutes.value(),
                              mode=self.mode.code() or ContactMode.PERSOONLIJK, party=ContactParty.MELDER,
                              summary=personal(self.summary), notes=personal(self.notes))],
            followups=[followup] if followup is not None else [],
        )

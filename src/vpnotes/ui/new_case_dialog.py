"""The "new case" dialog (Ctrl+Shift+N): the few facts an intake needs
(kind, categories, organisation, date, the melder's role and position, and
whether the melder consents to registration). Everything else is filled in
the case view afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.model import Case, Consent, Melder, Organisation
from vpnotes.domain.vocabulary import CaseKind, Category, MelderPosition, MelderRole, Sector, offered
from vpnotes.ui.organisation_names import organisation_labels
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


class NewCaseDialog(QDialog):
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
        self.opened = DateEdit(self, accessible_name=tr("Opened"))
        self.role = CodeCombo(MelderRole, self, accessible_name=tr("Role of the melder"))
        self.position = CodeCombo(MelderPosition, self, accessible_name=tr("Position of the melder"))
        self.consent = QCheckBox(tr("The melder consents to registration of personal details"), self)
        self.consent.setAccessibleName(tr("Consent to registration"))
        self.melder_name = QLineEdit(self)
        self.melder_name.setAccessibleName(tr("Name of the melder"))
        self.melder_name.setEnabled(False)
        self.consent.toggled.connect(self.melder_name.setEnabled)
        self.message = MessageBar(self)

        form = QFormLayout()
        form.addRow(tr("&Kind"), self.kind)
        form.addRow(tr("C&ategories"), self.categories)
        form.addRow(tr("&Organisation"), self.organisation)
        form.addRow(tr("O&pened"), self.opened)
        form.addRow(tr("&Role"), self.role)
        form.addRow(tr("Pos&ition"), self.position)
        form.addRow("", self.consent)
        form.addRow(tr("&Name"), self.melder_name)
        buddy_labels(form, (self.kind, self.categories, self.organisation, self.opened, self.role, self.position,
                            self.melder_name))
        if len(organisations) == 1:
            # An intern VP has one organisation: nothing to choose.
            self.organisation.hide()
            lbl = form.labelForField(self.organisation)
            if lbl is not None:
                lbl.hide()

        # The chosen organisation's sector decides the codes offered and their labels (DESIGN.md §9).
        self._sectors = {org.key: org.sector for org in organisations}
        self.organisation.currentIndexChanged.connect(lambda _index: self._offer_sector_codes())
        self._offer_sector_codes()

        buttons = dialog_buttons(self, tr("Create (Ctrl+Enter)"), ctrl_enter=True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        protect_copy(self)
        self.kind.setFocus()

    def _offer_sector_codes(self) -> None:
        sector = self._sectors.get(self.organisation.currentData(), Sector.WERK)
        self.categories.offer(offered(Category, sector), sector)
        self.role.offer(offered(MelderRole, sector), sector)

    def accept(self) -> None:
        if not self.categories.codes():
            self.message.show_message(tr("Choose at least one category."))
            self.categories.setFocus()
            return
        super().accept()

    def case(self) -> Case:
        consent = self.consent.isChecked()
        opened = self.opened.day()
        return Case(
            kind=self.kind.code() or CaseKind.MELDING,
            categories=self.categories.codes(),
            opened=opened,
            organisation=self.organisation.currentData(),
            melder=Melder(
                role=self.role.code() or MelderRole.MEDEWERKER,
                position=self.position.code() or MelderPosition.ZELF,
                name=(self.melder_name.text().strip() or None) if consent else None,
            ),
            consent=Consent(registration=consent, registration_date=opened if consent else None),
        )

"""The sections of the case view: each shows one part of a case and saves
every edit at once through its host (:class:`vpnotes.ui.case_view.CaseView`).

A section never talks to the store on its own: it changes the case through
``host.apply`` (the case's own fields, via ``notebook.cases.save``) or runs an
item operation through ``host.run`` (contacts, follow-ups, formal steps, AVG
requests, via ``notebook.items``). The host handles errors and refreshes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.model import (
    AvgRequest,
    Betrokkene,
    Case,
    ConfidentialityBreach,
    Contact,
    FollowUp,
    FormalStep,
    RetentionHold,
    SharingConsent,
)
from vpnotes.domain.vocabulary import (
    AvgRequestKind,
    CaseKind,
    Category,
    FollowUpKind,
    FormalStepKind,
    Gender,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
    Sector,
)
from vpnotes.store.drafts import Draft
from vpnotes.store.notebook import Notebook
from vpnotes.ui.editing import EditingDialog, restore
from vpnotes.ui.i18n import format_date, label
from vpnotes.ui.organisation_names import organisation_labels
from vpnotes.ui.widgets import (
    CodeChecklist,
    CodeCombo,
    DateEdit,
    NoteEdit,
    OptionalDateEdit,
    ask,
    confirm,
    dialog_buttons,
    protect_copy,
    set_line,
    tr,
)

ID_ROLE = Qt.ItemDataRole.UserRole

WBK_KINDS = (FollowUpKind.WBK_ONTVANGSTBEVESTIGING, FollowUpKind.WBK_TERUGKOPPELING)


class Host(Protocol):
    """What a section needs from the case view around it."""

    @property
    def notebook(self) -> Notebook | None: ...

    def current(self) -> Case | None: ...

    def apply(self, change: Callable[[Case], None]) -> bool: ...

    def run(self, action: Callable[[Notebook, int], object]) -> object | None: ...

    def request_new_contact(self) -> None: ...

    def edit_contact(self, contact: Contact) -> None: ...

    def copy_text(self, text: str) -> None: ...

    def set_registration(self, on: bool, day: date) -> None: ...

    def sector(self) -> Sector: ...


class Section(QGroupBox):
    """A titled part of the case view."""

    def __init__(self, title: str, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.host = host
        self._filling = False

    def populate(self, case: Case | None) -> None:
        """Show ``case`` (``None``: clear every field)."""
        self._filling = True
        try:
            self._populate(case)
        finally:
            self._filling = False

    def _populate(self, case: Case | None) -> None:
        raise NotImplementedError

    def _apply(self, change: Callable[[Case], None]) -> None:
        if not self._filling:
            self.host.apply(change)


def _button(text: str, parent: QWidget, slot: Callable[[], None], *, accessible: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible or text.replace("&", ""))
    button.clicked.connect(lambda _checked=False: slot())  # not the checked flag as an argument
    return button


def _tree(parent: QWidget, headers: list[str], accessible: str) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAccessibleName(accessible)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setUniformRowHeights(True)
    return tree


def _row(tree: QTreeWidget) -> int:
    """Row of the current top-level item, -1 when none."""
    item = tree.currentItem()
    return -1 if item is None else tree.indexOfTopLevelItem(item)


def _select_row(tree: QTreeWidget, row: int) -> None:
    item = tree.topLevelItem(row)
    if item is not None:
        tree.setCurrentItem(item)


def _selected_id(tree: QTreeWidget | QListWidget) -> int | None:
    item = tree.currentItem()
    if item is None:
        return None
    value = item.data(0, ID_ROLE) if isinstance(item, QTreeWidgetItem) else item.data(ID_ROLE)
    return None if value is None else int(value)


# -- the case's own fields ----------------------------------------------------------------------


class CaseSection(Section):
    """Kind, categories, organisation, opened and closed."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(tr("Case"), host, parent)
        self.kind = CodeCombo(CaseKind, self, accessible_name=tr("Kind"))
        self.categories = CodeChecklist(Category, self, accessible_name=tr("Categories"))
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(tr("Organisation"))
        self.opened = DateEdit(self, accessible_name=tr("Opened"))
        self.closed = OptionalDateEdit(tr("Closed on"), self, accessible_name=tr("Closed"))

        form = QFormLayout(self)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Categories"), self.categories)
        self._org_label = QLabel(tr("Organisation"), self)
        form.addRow(self._org_label, self.organisation)
        form.addRow(tr("Opened"), self.opened)
        form.addRow("", self.closed)

        self.kind.activated.connect(lambda _i: self._apply(self._set_kind))
        self.categories.changed.connect(lambda: self._apply(self._set_categories))
        self.organisation.activated.connect(lambda _i: self._apply(self._set_organisation))
        self.opened.committed.connect(lambda: self._apply(self._set_opened))
        self.closed.committed.connect(lambda: self._apply(self._set_closed))

    def _set_kind(self, case: Case) -> None:
        case.kind = self.kind.code() or case.kind

    def _set_categories(self, case: Case) -> None:
        case.categories = self.categories.codes()

    def _set_organisation(self, case: Case) -> None:
        case.organisation = self.organisation.currentData()

    def _set_opened(self, case: Case) -> None:
        case.opened = self.opened.day()

    def _set_closed(self, case: Case) -> None:
        case.closed = self.closed.day()

    def _populate(self, case: Case | None) -> None:
        notebook = self.host.notebook
        self.organisation.clear()
        if case is None or notebook is None:
            self.kind.set_code(CaseKind.MELDING)
            self.categories.set_codes([])
            self.closed.set_day(None)
            return
        organisations = notebook.organisations.all()
        labels = organisation_labels(organisations)
        for org in organisations:
            self.organisation.addItem(labels[org.key], org.key)
            self.organisation.setItemData(self.organisation.count() - 1, org.key, Qt.ItemDataRole.ToolTipRole)
        self.organisation.setCurrentIndex(max(self.organisation.findData(case.organisation), 0))
        several = len(organisations) > 1
        self.organisation.setVisible(several)
        self._org_label.setVisible(several)
        self.kind.set_code(case.kind)
        self.categories.set_codes(case.categories)
        self.opened.set_day(case.opened)
        self.closed.set_day(case.closed)


class MelderSection(Section):
    """Who came to the VP. Name, contact details, department and gender are identifying."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(tr("Melder"), host, parent)
        self.name = self._line(tr("Name"))
        self.email = self._line(tr("Email"))
        self.phone = self._line(tr("Phone"))
        self.role = CodeCombo(MelderRole, self, accessible_name=tr("Role"))
        self.position = CodeCombo(MelderPosition, self, accessible_name=tr("Position"))
        self.department = self._line(tr("Department"))
        self.gender = CodeCombo(Gender, self, accessible_name=tr("Gender"), none_text=tr("(not recorded)"))

        form = QFormLayout(self)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Email"), self.email)
        form.addRow(tr("Phone"), self.phone)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("Position"), self.position)
        form.addRow(tr("Department"), self.department)
        form.addRow(tr("Gender"), self.gender)

        self.role.activated.connect(lambda _i: self._apply(self._set_codes))
        self.position.activated.connect(lambda _i: self._apply(self._set_codes))
        self.gender.activated.connect(lambda _i: self._apply(self._set_codes))

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.editingFinished.connect(self._text_finished)
        return edit

    def identifying_fields(self) -> list[QWidget]:
        return [self.name, self.email, self.phone, self.department, self.gender]

    def _text_finished(self) -> None:
        case = self.host.current()
        if case is None:
            return
        m = case.melder
        new = (self.name.text().strip() or None, self.email.text().strip() or None,
               self.phone.text().strip() or None, self.department.text().strip() or None)
        if new != (m.name, m.email, m.phone, m.department):
            self._apply(self._set_texts)

    def _set_texts(self, case: Case) -> None:
        m = case.melder
        m.name = self.name.text().strip() or None
        m.email = self.email.text().strip() or None
        m.phone = self.phone.text().strip() or None
        m.department = self.department.text().strip() or None

    def _set_codes(self, case: Case) -> None:
        m = case.melder
        m.role = self.role.code() or m.role
        m.position = self.position.code() or m.position
        m.gender = self.gender.code()

    def _populate(self, case: Case | None) -> None:
        m = case.melder if case else None
        set_line(self.name, m.name if m else None)
        set_line(self.email, m.email if m else None)
        set_line(self.phone, m.phone if m else None)
        set_line(self.department, m.department if m else None)
        self.role.set_code(m.role if m else MelderRole.MEDEWERKER)
        self.position.set_code(m.position if m else MelderPosition.ZELF)
        self.gender.set_code(m.gender if m else None)
        consent = case is not None and case.consent.registration
        for field in self.identifying_fields():
            field.setEnabled(consent)


class ConsentSection(Section):
    """Dated consents: registration, handover to a successor, sharing with a party."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(tr("Consent"), host, parent)
        self.registration = QCheckBox(tr("Consent to registration of personal details"), self)
        self.registration.setAccessibleName(tr("Consent to registration"))
        self.registration_date = DateEdit(self, accessible_name=tr("Date of consent to registration"))
        self.handover = QCheckBox(tr("Consent to handover to a successor"), self)
        self.handover.setAccessibleName(tr("Consent to handover"))
        self.handover_date = DateEdit(self, accessible_name=tr("Date of consent to handover"))
        self.sharing = _tree(self, [tr("Shared with"), tr("Date")], tr("Consents to share"))
        self.sharing.setMaximumHeight(110)
        self.sharing_party = CodeCombo(Referral, self, accessible_name=tr("Share with"))
        self.sharing_date = DateEdit(self, accessible_name=tr("Date of consent to share"))
        add = _button(tr("Add consent to share"), self, self._add_sharing)
        remove = _button(tr("Remove"), self, self._remove_sharing, accessible=tr("Remove consent to share"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(remove)

        layout = QVBoxLayout(self)
        for check, edit in ((self.registration, self.registration_date), (self.handover, self.handover_date)):
            row = QHBoxLayout()
            row.addWidget(check, 1)
            row.addWidget(edit)
            layout.addLayout(row)
        layout.addWidget(self.sharing)
        row = QHBoxLayout()
        row.addWidget(self.sharing_party, 1)
        row.addWidget(self.sharing_date)
        layout.addLayout(row)
        layout.addLayout(buttons)

        self.registration.toggled.connect(self._registration_toggled)
        self.registration_date.committed.connect(lambda: self._apply(self._set_registration_date))
        self.handover.toggled.connect(lambda _on: self._apply(self._set_handover))
        self.handover_date.committed.connect(lambda: self._apply(self._set_handover))

    def _registration_toggled(self, on: bool) -> None:
        if self._filling:
            return
        self.host.set_registration(on, self.registration_date.day())

    def _set_registration_date(self, case: Case) -> None:
        if case.consent.registration:
            case.consent.registration_date = self.registration_date.day()

    def _set_handover(self, case: Case) -> None:
        case.consent.handover = self.handover.isChecked()
        case.consent.handover_date = self.handover_date.day() if self.handover.isChecked() else None

    def _add_sharing(self) -> None:
        party = self.sharing_party.code()
        if party is None:
            return
        day = self.sharing_date.day()
        self._apply(lambda case: case.consent.sharing.append(SharingConsent(party=party, date=day)))

    def _remove_sharing(self) -> None:
        sharing_id = _selected_id(self.sharing)
        if sharing_id is None:
            return

        def remove(case: Case) -> None:
            case.consent.sharing = [s for s in case.consent.sharing if s.id != sharing_id]

        self._apply(remove)

    def _populate(self, case: Case | None) -> None:
        c = case.consent if case else None
        self.registration.setChecked(bool(c and c.registration))
        self.registration_date.set_day((c.registration_date if c else None) or date.today())
        self.registration_date.setEnabled(bool(c and c.registration))
        self.handover.setChecked(bool(c and c.handover))
        self.handover_date.set_day((c.handover_date if c else None) or date.today())
        self.handover_date.setEnabled(bool(c and c.handover))
        self.sharing.clear()
        for s in c.sharing if c else []:
            item = QTreeWidgetItem([label(s.party, self.host.sector()), format_date(s.date)])
            item.setData(0, ID_ROLE, s.id)
            self.sharing.addTopLevelItem(item)


class BetrokkenenSection(Section):
    """The persons the case is about: relation to the melder, name and department."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(tr("Persons concerned"), host, parent)
        self.list = _tree(self, [tr("Relation"), tr("Name"), tr("Department")], tr("Persons concerned"))
        self.list.setMaximumHeight(120)
        self.relation = CodeCombo(Relation, self, accessible_name=tr("Relation to the melder"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(tr("Name of the person concerned"))
        self.department = QLineEdit(self)
        self.department.setAccessibleName(tr("Department of the person concerned"))
        add = _button(tr("Add person"), self, self._add)
        remove = _button(tr("Remove"), self, self._remove, accessible=tr("Remove person concerned"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        form = QFormLayout()
        form.addRow(tr("Relation"), self.relation)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Department"), self.department)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)

        self.list.currentItemChanged.connect(lambda _c, _p: self._show_selected())
        self.relation.activated.connect(lambda _i: self._edit_selected())
        self.name.editingFinished.connect(self._edit_selected)
        self.department.editingFinished.connect(self._edit_selected)

    def _selected(self, case: Case) -> Betrokkene | None:
        row = _row(self.list)
        return case.betrokkenen[row] if 0 <= row < len(case.betrokkenen) else None

    def _show_selected(self) -> None:
        case = self.host.current()
        b = self._selected(case) if case else None
        was_filling, self._filling = self._filling, True
        self.relation.set_code(b.relation if b else Relation.COLLEGA)
        set_line(self.name, b.name if b else None)
        set_line(self.department, b.department if b else None)
        editable = b is not None
        consent = bool(case and case.consent.registration)
        self.relation.setEnabled(editable)
        self.name.setEnabled(editable and consent)
        self.department.setEnabled(editable and consent)
        self._filling = was_filling

    def _edit_selected(self) -> None:
        if self._filling:
            return
        case = self.host.current()
        if case is None:
            return
        b = self._selected(case)
        if b is None:
            return
        row = case.betrokkenen.index(b)
        relation = self.relation.code() or b.relation
        name = self.name.text().strip() or None if self.name.isEnabled() else b.name
        department = self.department.text().strip() or None if self.department.isEnabled() else b.department
        if (relation, name, department) == (b.relation, b.name, b.department):
            return

        def change(c: Case) -> None:
            target = c.betrokkenen[row]
            target.relation, target.name, target.department = relation, name, department

        self._apply(change)

    def _add(self) -> None:
        self._apply(lambda case: case.betrokkenen.append(Betrokkene(relation=Relation.COLLEGA)))
        _select_row(self.list, self.list.topLevelItemCount() - 1)
        self.relation.setFocus()

    def _remove(self) -> None:
        case = self.host.current()
        if case is None:
            return
        row = _row(self.list)
        if not 0 <= row < len(case.betrokkenen):
            return

        def remove(c: Case) -> None:
            del c.betrokkenen[row]

        self._apply(remove)

    def _populate(self, case: Case | None) -> None:
        row = max(_row(self.list), 0)
        self.list.clear()
        for b in case.betrokkenen if case else []:
            self.list.addTopLevelItem(QTreeWidgetItem([label(b.relation, self.host.sector()), b.name or "",
                                                       b.department or ""]))
        if self.list.topLevelItemCount():
            _select_row(self.list, min(row, self.list.topLevelItemCount() - 1))
        self._show_selected()


# -- dated items ------------------------------------------------------------------------------


def contact_text(contact: Contact) -> str:
    """One entry of the timeline: a heading line, then summary and notes."""
    head = " · ".join([format_date(contact.date), tr("%1 min").replace("%1", str(contact.minutes)),
                       label(contact.mode), label(contact.party)])
    lines = [head]
    if contact.summary:
        lines.append(contact.summary)
    if contact.notes:
        lines.append(contact.notes)
    return "\n".join(lines)


class ContactsSection(Section):
    """The conversations of the case as a timeline, newest first."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(tr("Contacts"), host, parent)
        self.timeline = QListWidget(self)
        self.timeline.setAccessibleName(tr("Contacts timeline"))
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSpacing(2)
        self.timeline.itemActivated.connect(lambda _item: self._edit())
        self.total = QLabel(self)
        new = _button(tr("New contact (Ctrl+N)"), self, host.request_new_contact, accessible=tr("New contact"))
        edit = _button(tr("Edit… (Enter)"), self, self._edit, accessible=tr("Edit contact"))
        copy = _button(tr("Copy notes (Ctrl+C)"), self, self._copy, accessible=tr("Copy notes of the contact"))
        delete = _button(tr("Delete (Del)"), self, self._delete, accessible=tr("Delete contact"))
        QShortcut(QKeySequence.StandardKey.Copy, self.timeline, self._copy, Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.timeline, self._delete, Qt.ShortcutContext.WidgetShortcut)

        layout = QVBoxLayout(self)
        # The total above the timeline, not beside the buttons: there it set the case view's
        # minimum width and pushed the window past 1280 pixels.
        layout.addWidget(self.total)
        layout.addWidget(self.timeline, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (new, edit, copy, delete):
            row.addWidget(button)
        layout.addLayout(row)

    def _selected(self) -> Contact | None:
        case = self.host.current()
        contact_id = _selected_id(self.timeline)
        if case is None or contact_id is None:
            return None
        return next((c for c in case.contacts if c.id == contact_id), None)

    def _edit(self) -> None:
        contact = self._selected()
        if contact is not None:
            self.host.edit_contact(contact)

    def _copy(self) -> None:
        contact = self._selected()
        if contact is not None:
            text = "\n".join(t for t in (contact.summary, contact.notes) if t)
            if text:
                self.host.copy_text(text)

    def _delete(self) -> None:
        contact = self._selected()
        if contact is None or contact.id is None:
            return
        if not confirm(self, tr("Delete contact"),
                       tr("Delete the contact of %1?").replace("%1", format_date(contact.date))):
            return
        contact_id = contact.id
        self.host.run(lambda nb, case_id: nb.items.delete_contact(case_id, contact_id))

    def _populate(self, case: Case | None) -> None:
        selected = _selected_id(self.timeline)
        self.timeline.clear()
        contacts = sorted(case.contacts, key=lambda c: (c.date, c.id or 0), reverse=True) if case else []
        for contact in contacts:
            item = QListWidgetItem(contact_text(contact))
            item.setData(ID_ROLE, contact.id)
            self.timeline.addItem(item)
            if contact.id == selected:
                self.timeline.setCurrentItem(item)
        if case is None:
            self.total.clear()
        else:
            minutes = sum(c.minutes for c in case.contacts)
            self.total.setText(tr("%n contact(s), %1 hours in total", "", len(case.contacts))
                               .replace("%1", f"{minutes / 60:.1f}".replace(".", ",")))


class FollowUpDialog(EditingDialog):
    """Add or change one follow-up: due date (a week from now for a new one) and what to do."""

    def __init__(self, parent: QWidget | None, *, followup: FollowUp | None, text_allowed: bool,
                 case_id: int | None = None) -> None:
        super().__init__(parent)
        self.draft_kind = "followup_edit" if followup else "followup"
        self._case_id = case_id
        self._followup_id = followup.id if followup else None
        self.setWindowTitle(tr("Edit follow-up") if followup else tr("New follow-up"))
        self.due = DateEdit(self, accessible_name=tr("Due date"))
        self.due.set_day(date.today() + timedelta(days=7))  # today is rarely meant
        self.due.setObjectName("due")
        self.text = QLineEdit(self)
        self.text.setObjectName("text")
        self.text.setAccessibleName(tr("What to do"))
        self.text.setEnabled(text_allowed)
        if followup is not None:
            self.due.set_day(followup.due)
            self.text.setText(followup.text)
        form = QFormLayout()
        form.addRow(tr("&Due"), self.due)
        form.addRow(tr("&What"), self.text)
        buttons = dialog_buttons(self, ctrl_enter=True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        protect_copy(self)
        self.finish_setup()
        (self.text if text_allowed else self.due).setFocus()

    def draft_case_id(self) -> int | None:
        return self._case_id

    def draft_context(self) -> dict[str, Any]:
        return {"followup_id": self._followup_id}

    def values(self) -> tuple[date, str]:
        return self.due.day(), self.text.text().strip() if self.text.isEnabled() else ""


def followup_kind_text(followup: FollowUp) -> str:
    return label(followup.kind)


class FollowUpsSection(Section):
    """Follow-ups: tick to mark done (Space), Enter to edit, Wbk deadlines marked."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(tr("Follow-ups"), host, parent)
        self.list = _tree(self, [tr("Done"), tr("Due"), tr("What"), tr("Kind")], tr("Follow-ups"))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemActivated.connect(lambda _i, _c: self._edit())
        add = _button(tr("Add follow-up…"), self, self._add, accessible=tr("Add follow-up"))
        edit = _button(tr("Edit… (Enter)"), self, self._edit, accessible=tr("Edit follow-up"))
        delete = _button(tr("Delete (Del)"), self, self._delete, accessible=tr("Delete follow-up"))
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self._delete, Qt.ShortcutContext.WidgetShortcut)
        hint = QLabel(tr("Space ticks the selected follow-up done."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        for button in (add, edit, delete):
            row.addWidget(button)
        layout.addLayout(row)

    def _selected(self) -> FollowUp | None:
        case = self.host.current()
        followup_id = _selected_id(self.list)
        if case is None or followup_id is None:
            return None
        return next((f for f in case.followups if f.id == followup_id), None)

    def _text_allowed(self) -> bool:
        case = self.host.current()
        return bool(case and case.consent.registration)

    DRAFT_KINDS = ("followup", "followup_edit")

    def resume_draft(self, draft: Draft) -> None:
        """Reopen the follow-up dialog a lock closed, with what was typed."""
        case = self.host.current()
        if draft.kind == "followup":
            self._add(draft)
            return
        followup = next((f for f in case.followups if f.id == draft.payload.get("followup_id")), None) if case else None
        if followup is not None:
            self._edit(followup, draft)
        elif self.host.notebook is not None:
            self.host.notebook.drafts.delete(draft.id)  # the follow-up is gone: nothing to edit

    def _ask(self, followup: FollowUp | None, draft: Draft | None) -> tuple[date, str] | None:
        """Run the dialog; None when cancelled or when a lock closed it (then its draft is kept)."""
        notebook, case = self.host.notebook, self.host.current()
        dialog = FollowUpDialog(self, followup=followup, text_allowed=self._text_allowed(),
                                case_id=case.id if case else None)
        restore(dialog, draft)
        values = ask(dialog, FollowUpDialog.values)
        if notebook is None or self.host.notebook is not notebook:
            return None
        if draft is not None:
            notebook.drafts.delete(draft.id)
        return values

    def _add(self, draft: Draft | None = None) -> None:
        values = self._ask(None, draft)
        if values is None:
            return
        due, text = values
        self.host.run(lambda nb, case_id: nb.items.add_followup(case_id, FollowUp(due=due, text=text)))

    def _edit(self, selected: FollowUp | None = None, draft: Draft | None = None) -> None:
        followup = selected or self._selected()
        if followup is None:
            return
        values = self._ask(followup, draft)
        if values is None:
            return
        due, text = values
        changed = FollowUp(id=followup.id, due=due, text=text, done=followup.done, kind=followup.kind)
        self.host.run(lambda nb, case_id: nb.items.update_followup(case_id, changed))

    def _delete(self) -> None:
        followup = self._selected()
        if followup is None or followup.id is None:
            return
        if not confirm(self, tr("Delete follow-up"), tr("Delete this follow-up?")):
            return
        followup_id = followup.id
        self.host.run(lambda nb, case_id: nb.items.delete_followup(case_id, followup_id))

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        followup_id = int(item.data(0, ID_ROLE))
        done = date.today() if item.checkState(0) == Qt.CheckState.Checked else None
        self.host.run(lambda nb, _case_id: nb.items.set_followup_done(followup_id, done))

    def _populate(self, case: Case | None) -> None:
        selected = _selected_id(self.list)
        self.list.clear()
        today = date.today()
        for f in case.followups if case else []:
            item = QTreeWidgetItem(["", format_date(f.due), f.text, followup_kind_text(f)])
            item.setData(0, ID_ROLE, f.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if f.done else Qt.CheckState.Unchecked)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                         tr("done on %1").replace("%1", format_date(f.done)) if f.done else tr("open"))
            if f.done:
                item.setToolTip(0, tr("Done on %1").replace("%1", format_date(f.done)))
            if f.kind in WBK_KINDS:
                font = item.font(3)
                font.setBold(True)
                item.setFont(3, font)
                item.setToolTip(3, tr("Legal deadline (Wet bescherming klokkenluiders)"))
            if f.done is None and f.due < today:
                item.setForeground(1, Qt.GlobalColor.darkRed)
                item.setToolTip(1, tr("Overdue"))
            self.list.addTopLevelItem(item)
            if f.id == selected:
                self.list.setCurrentItem(item)
        for column in (0, 1, 3):
            self.list.resizeColumnToContents(column)


class FormalStepsSection(Section):
    """Formal steps with their dates; a melding misstand brings its Wbk follow-ups."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(tr("Formal steps"), host, parent)
        self.list = _tree(self, [tr("Step"), tr("Date")], tr("Formal steps"))
        self.list.setMaximumHeight(110)
        self.kind = CodeCombo(FormalStepKind, self, accessible_name=tr("Formal step"))
        self.date = DateEdit(self, accessible_name=tr("Date of the formal step"))
        add = _button(tr("Add step"), self, self._add, accessible=tr("Add formal step"))
        remove = _button(tr("Remove"), self, self._remove, accessible=tr("Remove formal step"))
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(tr("Follow-ups created"))
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(self.date)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)
        layout.addWidget(self.notice)

    def _add(self) -> None:
        kind = self.kind.code()
        if kind is None:
            return
        step = FormalStep(kind=kind, date=self.date.day())
        result = self.host.run(lambda nb, case_id: nb.items.add_formal_step(case_id, step))
        implied = result if isinstance(result, list) else []
        if implied:
            lines = [tr("Follow-ups added for the Wbk deadlines:")]
            lines += [f"• {format_date(f.due)}: {label(f.kind)}" for f in implied if isinstance(f, FollowUp)]
            self.notice.setText("\n".join(lines))
            self.notice.show()
        else:
            self.notice.hide()

    def _remove(self) -> None:
        step_id = _selected_id(self.list)
        if step_id is None:
            return
        if not confirm(self, tr("Remove formal step"),
                       tr("Remove this formal step? Its follow-ups stay; delete them separately if needed.")):
            return
        self.host.run(lambda nb, case_id: nb.items.delete_formal_step(case_id, step_id))

    def _populate(self, case: Case | None) -> None:
        self.list.clear()
        if case is None:
            self.notice.clear()
            self.notice.hide()
        for step in case.formal_steps if case else []:
            item = QTreeWidgetItem([label(step.kind, self.host.sector()), format_date(step.date)])
            item.setData(0, ID_ROLE, step.id)
            self.list.addTopLevelItem(item)


class AvgSection(Section):
    """AVG (GDPR) requests about this case: access or erasure, answered within a month."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(tr("AVG requests"), host, parent)
        self.list = _tree(self, [tr("Request"), tr("Received"), tr("Answered")], tr("AVG requests"))
        self.list.setMaximumHeight(100)
        self.kind = CodeCombo(AvgRequestKind, self, accessible_name=tr("Kind of AVG request"))
        self.received = DateEdit(self, accessible_name=tr("Date the AVG request was received"))
        add = _button(tr("Record request"), self, self._add, accessible=tr("Record AVG request"))
        answered = _button(tr("Answered today"), self, self._answered, accessible=tr("Mark AVG request answered"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(self.received)
        row.addWidget(add)
        row.addWidget(answered)
        layout.addLayout(row)

    def _add(self) -> None:
        kind = self.kind.code()
        if kind is None:
            return
        received = self.received.day()
        self.host.run(lambda nb, case_id: nb.items.record_avg_request(
            AvgRequest(kind=kind, received=received, case_id=case_id)))

    def _answered(self) -> None:
        request_id = _selected_id(self.list)
        if request_id is None:
            return
        self.host.run(lambda nb, _case_id: nb.items.answer_avg_request(request_id, date.today()))

    def _populate(self, case: Case | None) -> None:
        self.list.clear()
        notebook = self.host.notebook
        if case is None or notebook is None:
            return
        for request in notebook.items.avg_requests():
            if request.case_id != case.id:
                continue
            item = QTreeWidgetItem([label(request.kind), format_date(request.received),
                                    format_date(request.answered)])
            item.setData(0, ID_ROLE, request.id)
            self.list.addTopLevelItem(item)


# -- the end of a case ------------------------------------------------------------------------


class OutcomeSection(Section):
    """Referrals and outcomes (several of each)."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(tr("Referrals and outcome"), host, parent)
        self.referrals = CodeChecklist(Referral, self, accessible_name=tr("Referrals"))
        self.outcomes = CodeChecklist(Outcome, self, accessible_name=tr("Outcomes"))
        layout = QHBoxLayout(self)
        for title, widget in ((tr("Referred to"), self.referrals), (tr("Outcome"), self.outcomes)):
            column = QVBoxLayout()
            heading = QLabel(title, self)
            # Headings on one line: a short list (outcomes) left its heading floating halfway down.
            heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            column.addWidget(heading)
            column.addWidget(widget, 1)
            column.addStretch(0)
            layout.addLayout(column)
        self.referrals.changed.connect(lambda: self._apply(self._set))
        self.outcomes.changed.connect(lambda: self._apply(self._set))

    def _set(self, case: Case) -> None:
        case.referrals = self.referrals.codes()
        case.outcomes = self.outcomes.codes()

    def _populate(self, case: Case | None) -> None:
        self.referrals.set_codes(case.referrals if case else [])
        self.outcomes.set_codes(case.outcomes if case else [])


class RecordsSection(Section):
    """Rare but traceable: a breach of confidentiality, and a hold on retention."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(tr("Confidentiality and retention"), host, parent)
        self.breach = QCheckBox(tr("Confidentiality was broken (legal duty or conflict of duties)"), self)
        self.breach.setAccessibleName(tr("Confidentiality was broken"))
        self.breach_date = DateEdit(self, accessible_name=tr("Date confidentiality was broken"))
        self.justification = NoteEdit(self, accessible_name=tr("Justification"))
        self.justification.setPlaceholderText(tr("Why was confidentiality broken, and towards whom?"))
        self.justification.setMaximumHeight(90)
        self.hold = QCheckBox(tr("Keep this case beyond the retention period"), self)
        self.hold.setAccessibleName(tr("Retention hold"))
        self.hold_reason = QLineEdit(self)
        self.hold_reason.setAccessibleName(tr("Reason for the retention hold"))
        self.hold_reason.setPlaceholderText(tr("For example: pending complaint, court case"))

        form = QFormLayout(self)
        form.addRow(self.breach)
        form.addRow(tr("Date"), self.breach_date)
        form.addRow(tr("Justification"), self.justification)
        form.addRow(self.hold)
        form.addRow(tr("Reason"), self.hold_reason)

        self.breach.toggled.connect(lambda _on: self._apply(self._set_breach))
        self.breach_date.committed.connect(lambda: self._apply(self._set_breach))
        self.justification.committed.connect(lambda: self._apply(self._set_breach))
        self.hold.toggled.connect(lambda _on: self._apply(self._set_hold))
        self.hold_reason.editingFinished.connect(self._reason_finished)

    def identifying_fields(self) -> list[QWidget]:
        return [self.breach, self.breach_date, self.justification, self.hold, self.hold_reason]

    def _set_breach(self, case: Case) -> None:
        if self.breach.isChecked():
            case.confidentiality_breach = ConfidentialityBreach(self.breach_date.day(),
                                                                self.justification.text().strip())
        else:
            case.confidentiality_breach = None
        self._enable(case)

    def _reason_finished(self) -> None:
        case = self.host.current()
        if case is not None and case.retention_hold is not None and \
                case.retention_hold.reason != self.hold_reason.text().strip():
            self._apply(self._set_hold)

    def _set_hold(self, case: Case) -> None:
        case.retention_hold = RetentionHold(self.hold_reason.text().strip()) if self.hold.isChecked() else None
        self._enable(case)

    def _enable(self, case: Case | None) -> None:
        consent = bool(case and case.consent.registration)
        self.breach.setEnabled(consent)
        self.hold.setEnabled(consent)
        self.breach_date.setEnabled(consent and self.breach.isChecked())
        self.justification.setEnabled(consent and self.breach.isChecked())
        self.hold_reason.setEnabled(consent and self.hold.isChecked())

    def _populate(self, case: Case | None) -> None:
        breach = case.confidentiality_breach if case else None
        hold = case.retention_hold if case else None
        self.breach.setChecked(breach is not None)
        self.breach_date.set_day(breach.date if breach else date.today())
        self.justification.set_text(breach.justification if breach else "")
        self.hold.setChecked(hold is not None)
        set_line(self.hold_reason, hold.reason if hold else None)
        self._enable(case)

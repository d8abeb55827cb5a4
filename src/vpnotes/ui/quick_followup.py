"""The optional follow-up of the intake and contact dialogs (issue 9 item 2).

Most conversations end with "I'll call you next week". One key (Alt+1, Alt+2,
Alt+M) plans it: none, in 1 week, in 2 weeks, in 1 month, or on a chosen date.
The default is none: a follow-up due today, which is what the follow-up dialog
offered, is rarely meant. The chosen due date is shown beside the choices.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QLineEdit, QRadioButton, QWidget

from vpnotes.domain.model import FollowUp
from vpnotes.ui.i18n import format_date
from vpnotes.ui.widgets import DateEdit, tr

NONE, WEEK, TWO_WEEKS, MONTH, ON_DATE = range(5)


def add_month(day: date) -> date:
    """The same day next month (the last day of a shorter month: 31 January -> 28/29 February)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_for(choice: int, today: date, on_date: date) -> date | None:
    if choice == WEEK:
        return today + timedelta(days=7)
    if choice == TWO_WEEKS:
        return today + timedelta(days=14)
    if choice == MONTH:
        return add_month(today)
    if choice == ON_DATE:
        return on_date
    return None


class QuickFollowUp(QWidget):
    """Choose whether and when to follow up, and what (the text only with consent)."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._text_allowed = True
        self.group = QButtonGroup(self)
        texts = (tr("&No follow-up"), tr("In &1 week"), tr("In &2 weeks"), tr("In 1 &month"), tr("On &date:"))
        names = ("followup_none", "followup_week", "followup_two_weeks", "followup_month", "followup_on_date")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QRadioButton] = []
        for index, (text, name) in enumerate(zip(texts, names, strict=True)):
            button = QRadioButton(text, self)
            button.setObjectName(name)
            self.group.addButton(button, index)
            self.buttons.append(button)
            layout.addWidget(button, index // 3, index % 3)
        self.on_date = DateEdit(self, accessible_name=tr("Follow-up on date"))
        self.on_date.setObjectName("followup_date")
        self.on_date.set_day(self.today + timedelta(days=7))
        layout.addWidget(self.on_date, 1, 2)
        self.text = QLineEdit(self)
        self.text.setObjectName("followup_text")
        self.text.setAccessibleName(tr("Follow-up: what to do"))
        self.text.setPlaceholderText(tr("What to do (for example: call back)"))
        layout.addWidget(self.text, 2, 0, 1, 3)
        self.due_label = QLabel(self)
        layout.addWidget(self.due_label, 3, 0, 1, 3)
        self.buttons[NONE].setChecked(True)
        self.group.idToggled.connect(lambda _id, _on: self._update())
        self.on_date.dateChanged.connect(lambda _d: self._update())
        self._update()

    def choice(self) -> int:
        return self.group.checkedId()

    def due(self) -> date | None:
        return due_for(self.choice(), self.today, self.on_date.day())

    def set_text_allowed(self, allowed: bool) -> None:
        """Without consent to registration a follow-up keeps no text."""
        self._text_allowed = allowed
        self._update()

    def followup(self) -> FollowUp | None:
        due = self.due()
        if due is None:
            return None
        text = self.text.text().strip() if self._text_allowed else ""
        return FollowUp(due=due, text=text)

    def _update(self) -> None:
        due = self.due()
        self.on_date.setEnabled(self.choice() == ON_DATE)
        self.text.setEnabled(due is not None and self._text_allowed)
        self.due_label.setText(tr("Follow-up on %1").replace("%1", format_date(due)) if due else "")

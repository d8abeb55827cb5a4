"""The editing dialogs' common behaviour (issue 9 items 1 and 2).

:class:`EditingDialog` is the base of every dialog in which the VP types case
data (the intake, a contact, a follow-up, their edits). It gives them:

- **drafts**: :meth:`~EditingDialog.draft_payload` reads every named field
  (``objectName``) into a plain JSON object, :meth:`~EditingDialog.restore_draft`
  puts one back. A lock keeps the payload in the vault (``store/drafts.py``) and
  the same dialog gets it again right after unlock.
- **Esc and Cancel ask** before they throw typed text away; a dialog closed by a
  lock is closed with :meth:`QDialog.done` and does not ask (its text is kept).
- **Enter moves on** in single-line fields, combo boxes, spin boxes, dates, check
  boxes and lists (as in a paper form); on a focused button Enter presses it;
  multi-line notes take Enter as a new line. Ctrl+Enter saves from anywhere
  (:func:`vpnotes.ui.widgets.dialog_buttons` with ``ctrl_enter``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from vpnotes.store.drafts import Draft
from vpnotes.ui.widgets import tr

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def field_value(widget: QWidget) -> Any:
    """The JSON value of one input widget, or None for a widget that holds no input."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QDateEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return data if isinstance(data, (str, int)) else widget.currentIndex()
    if isinstance(widget, (QCheckBox, QRadioButton)):
        return widget.isChecked()
    if isinstance(widget, QListWidget):  # a checklist of codes
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]
    return None


def set_field_value(widget: QWidget, value: Any) -> None:
    """Put a value read by :func:`field_value` back (a value of the wrong type is ignored)."""
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QDateEdit) and isinstance(value, str):
        day = QDate.fromString(value, Qt.DateFormat.ISODate)
        if day.isValid():
            widget.setDate(day)
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QComboBox) and isinstance(value, (str, int)):
        index = widget.findData(value)
        if index < 0 and isinstance(value, int) and 0 <= value < widget.count():
            index = value
        if index >= 0:
            widget.setCurrentIndex(index)
    elif isinstance(widget, (QCheckBox, QRadioButton)) and isinstance(value, bool) and value:
        widget.setChecked(True)  # a radio button is unchecked by checking another one
    elif isinstance(widget, QCheckBox) and isinstance(value, bool):
        widget.setChecked(value)
    elif isinstance(widget, QListWidget) and isinstance(value, list):
        for i in range(widget.count()):
            item = widget.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in value
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class _EnterMovesOn(QObject):
    """Enter in a one-line field goes to the next field, as Tab does."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or event.key() not in _ENTER:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        dialog = watched.window() if isinstance(watched, QWidget) else None
        if modifiers == Qt.KeyboardModifier.ControlModifier and isinstance(dialog, QDialog):
            dialog.accept()  # Ctrl+Enter saves (also before the window manager activated the dialog)
            return True
        if modifiers:
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False  # Enter chooses in the open list
        if isinstance(watched, QWidget):
            window = watched.window()
            if isinstance(window, QDialog):
                window.focusNextChild()
                return True
        return False


class EditingDialog(QDialog):
    """A dialog where case text is typed: drafts, asking before discarding, Enter moves on.

    Subclasses set ``draft_kind`` and give every input an ``objectName``; they call
    :meth:`finish_setup` at the end of ``__init__`` (after filling in an existing item).
    """

    draft_kind = ""  # names the dialog in the drafts table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft_id: int | None = None  # the stored draft this dialog was restored from
        self._initial: dict[str, Any] = {}
        self._enter = _EnterMovesOn(self)
        self.discard_question = self.ask_discard  # replaced in tests

    def finish_setup(self) -> None:
        """Remember the fields as they start (what is "typed" is what differs) and let Enter move on."""
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton, QListWidget)) \
                    and not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
                widget.installEventFilter(self._enter)
        self._initial = self.fields()

    def fields(self) -> dict[str, Any]:
        """Every named input's value."""
        values: dict[str, Any] = {}
        for widget in self.findChildren(QWidget):
            name = widget.objectName()
            if name and not name.startswith("qt_"):
                value = field_value(widget)
                if value is not None:
                    values[name] = value
        return values

    def typed(self) -> bool:
        """Whether the VP changed anything since the dialog opened."""
        return self.fields() != self._initial

    # -- drafts ---------------------------------------------------------------------------------

    def draft_case_id(self) -> int | None:
        """The case the draft belongs to (deleting the case deletes the draft)."""
        return None

    def draft_payload(self) -> dict[str, Any] | None:
        """What to keep when the notebook locks now; None when nothing was typed."""
        if not self.typed():
            return None
        return {"fields": self.fields(), **self.draft_context()}

    def draft_context(self) -> dict[str, Any]:
        """More than the fields that the dialog needs to be made again (an item's id)."""
        return {}

    def restore_draft(self, payload: dict[str, Any]) -> None:
        fields = payload.get("fields")
        if not isinstance(fields, dict):
            return
        for widget in self.findChildren(QWidget):
            name = widget.objectName()
            if name in fields:
                set_field_value(widget, fields[name])

    # -- cancelling -----------------------------------------------------------------------------

    def ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self, tr("Discard what you typed?"),
            tr("You have typed in this window. Close it and throw that away?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: ask first when something was typed."""
        if self.typed() and not self.discard_question():
            return
        super().reject()


def restore(dialog: EditingDialog, draft: Draft | None) -> None:
    """Fill ``dialog`` with a draft kept at a lock (nothing when ``draft`` is None)."""
    if draft is not None:
        dialog.restore_draft(draft.payload)
        dialog.draft_id = draft.id

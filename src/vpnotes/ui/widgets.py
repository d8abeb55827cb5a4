"""Small input widgets shared by the case pages: a date edit that shows
dd-mm-jjjj, an optional date (a check box plus a date), a picker for one code
of the vocabulary, a checkable list for several codes, an inline message bar,
the labels and buttons of their small edit dialogs, and the translation helper
all case pages use.

All strings of the case pages live in one translation context, ``cases``, so
that the flat ``resources/translations/nl/cases.json`` maps them one to one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from vpnotes.domain.vocabulary import Sector, Vocab
from vpnotes.errors import VpnotesError
from vpnotes.ui.clipboard import copy_secret
from vpnotes.ui.i18n import label

CONTEXT = "cases"
DISPLAY_FORMAT = "dd-MM-yyyy"  # dd-mm-jjjj, as the VP writes dates

V = TypeVar("V", bound=Vocab)


def tr(source: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate ``source`` (English) in the case pages' context; with ``n``, its plural form (``%n``)."""
    if n < 0 and not disambiguation:
        return QCoreApplication.translate(CONTEXT, source)  # no None handed to PySide (see vpnotes.ui.qtfix)
    return QCoreApplication.translate(CONTEXT, source, disambiguation, n)


def buddy_labels(form: QFormLayout, fields: Iterable[QWidget]) -> None:
    """Make each field the buddy of its label in ``form``, so the label's Alt+letter goes to it."""
    for field in fields:
        lbl = form.labelForField(field)
        if isinstance(lbl, QLabel):
            lbl.setBuddy(field)


def dialog_buttons(dialog: QDialog, accept_text: str | None = None, *,
                   accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
                   ctrl_enter: bool = False, on_accept: Callable[[], object] | None = None) -> QDialogButtonBox:
    """``accept`` (named ``accept_text`` when given) and Cancel for ``dialog``, wired to accept and reject;
    with ``ctrl_enter``, Ctrl+Enter accepts from any field (notes take a plain Enter). ``on_accept``
    replaces ``dialog.accept`` where the dialog checks its fields first (and accepts itself)."""
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel, dialog)
    if accept_text is not None:
        buttons.button(accept).setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
    buttons.accepted.connect(on_accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    if ctrl_enter:
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), dialog, dialog.accept)
    return buttons


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def show_error(parent: QWidget | None, exc: VpnotesError) -> None:
    """Show a core error the way every case page does: a plain message box."""
    QMessageBox.warning(parent, tr("Not saved"), exc.message)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; No is the default so Enter never destroys anything."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class DateEdit(QDateEdit):
    """A date edit showing dd-mm-jjjj with a calendar popup.

    ``committed`` fires once the VP has finished choosing a date (focus leaves,
    Enter, or a click in the calendar), not on every keystroke, so each edit
    is saved once and no half-typed date reaches the notebook.
    """

    committed = Signal()

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        self.setDate(to_qdate(date.today()))
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self._last = self.day()
        self.editingFinished.connect(self._maybe_commit)
        self.calendarWidget().clicked.connect(lambda _d: self._maybe_commit())

    def day(self) -> date:
        return from_qdate(self.date())

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves the date as it leaves every other field (Qt's date edit walks its day, month and
        # year with Tab; Left and Right still do that), so a form is walked with one Tab a field.
        return QWidget.focusNextPrevChild(self, next)

    def set_day(self, day: date) -> None:
        """Show ``day`` without emitting ``committed``."""
        self.blockSignals(True)
        self.setDate(to_qdate(day))
        self.blockSignals(False)
        self._last = day

    def _maybe_commit(self) -> None:
        if self.day() != self._last:
            self._last = self.day()
            self.committed.emit()


class OptionalDateEdit(QWidget):
    """A date that may be absent: a check box enables the date edit.

    Used for closing dates, consent dates, follow-up completion.
    """

    committed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(text, self)
        self.edit = DateEdit(self, accessible_name=accessible_name or text)
        self.check.setAccessibleName(accessible_name or text)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self._toggled)
        self.edit.committed.connect(self.committed)

    def day(self) -> date | None:
        return self.edit.day() if self.check.isChecked() else None

    def set_day(self, day: date | None) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(day is not None)
        self.check.blockSignals(False)
        self.edit.setEnabled(day is not None)
        self.edit.set_day(day or date.today())

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.committed.emit()


class CodeCombo(QComboBox, Generic[V]):
    """Pick one code of a vocabulary; shows its label, keeps the code."""

    def __init__(self, codes: type[V], parent: QWidget | None = None, *, accessible_name: str = "",
                 none_text: str | None = None) -> None:
        super().__init__(parent)
        self._codes = codes
        if none_text is not None:
            self.addItem(none_text, None)
        for code in codes:
            self.addItem(label(code), code.value)
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def code(self) -> V | None:
        value = self.currentData()
        return None if value is None else self._codes(value)

    def set_code(self, code: V | None) -> None:
        self.blockSignals(True)
        index = self.findData(None if code is None else code.value)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def offer(self, codes: Iterable[V], sector: Sector | None = None) -> None:
        """Show ``codes`` (a sector's, DESIGN.md §9) labelled as ``sector`` words them; the choice stays."""
        wanted = [(code.value, label(code, sector)) for code in codes]
        if wanted == [(self.itemData(i), self.itemText(i)) for i in range(self.count()) if self.itemData(i)]:
            return
        current = self.currentData()
        self.blockSignals(True)
        for index in reversed(range(self.count())):
            if self.itemData(index) is not None:  # the "none" entry stays
                self.removeItem(index)
        for value, text in wanted:
            self.addItem(text, value)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)


class CodeChecklist(QListWidget, Generic[V]):
    """Choose several codes of a vocabulary by ticking them (Space toggles)."""

    changed = Signal()

    def __init__(self, codes: type[V], parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self._codes = codes
        self._changing = False
        self.offer(codes)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self.itemChanged.connect(lambda _item: self._item_changed())

    def codes(self) -> list[V]:
        return [
            self._codes(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def offer(self, codes: Iterable[V], sector: Sector | None = None) -> None:
        """Show ``codes`` (a sector's, DESIGN.md §9) labelled as ``sector`` words them; ticks stay."""
        wanted = [(code.value, label(code, sector)) for code in codes]
        shown = [(self.item(i).data(Qt.ItemDataRole.UserRole), self.item(i).text()) for i in range(self.count())]
        if wanted == shown:
            return
        if self._changing:  # asked from our own itemChanged (a tick saved): items may not go away under Qt
            QTimer.singleShot(0, lambda: self._show(wanted))
        else:
            self._show(wanted)

    def _show(self, wanted: list[tuple[str, str]]) -> None:
        ticked = {c.value for c in self.codes()}
        self.blockSignals(True)
        self.clear()
        for value, text in wanted:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        # Tall enough to show every code without a scroll bar: the lists are short.
        rows = min(self.count(), 9)
        height = rows * self.sizeHintForRow(0) + 2 * self.frameWidth() + 4
        self.setMinimumHeight(height)
        self.setMaximumHeight(height if self.count() <= 9 else 16777215)

    def _item_changed(self) -> None:
        self._changing = True
        try:
            self.changed.emit()
        finally:
            self._changing = False

    def set_codes(self, codes: list[V]) -> None:
        wanted = {c.value for c in codes}
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)


class MessageBar(QLabel):
    """An inline message under a form (an error the VP can read without a modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("QLabel { color: #8a1f11; padding: 4px 0; }")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class NoteEdit(QPlainTextEdit):
    """Multi-line text that commits when the VP leaves it (Tab moves on, as in a form)."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self._last = ""

    def set_text(self, text: str) -> None:
        """Show ``text`` without emitting ``committed``; keeps the cursor if nothing changed."""
        if text != self.toPlainText():
            self.setPlainText(text)
        self._last = text

    def text(self) -> str:
        return self.toPlainText()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._last:
            self._last = self.toPlainText()
            self.committed.emit()


def set_line(edit: QLineEdit, text: str | None) -> None:
    """Set a line edit's text only when it differs, so a save never moves the VP's cursor."""
    if edit.text() != (text or ""):
        edit.setText(text or "")


class SecretCopy(QObject):
    """Sends Copy and Cut from the watched widgets through :func:`copy_secret`.

    Qt's text fields and item views copy to the clipboard on their own (an
    item view copies the current cell on Ctrl+C), unmarked, so a clipboard
    manager would keep names and notes in its history. This filter takes
    over Ctrl+C / Ctrl+X and the context menu's Copy and Cut.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            cut = event.matches(QKeySequence.StandardKey.Cut)
            if cut or event.matches(QKeySequence.StandardKey.Copy):
                event.accept()  # on ShortcutOverride: "deliver the key here", no window shortcut
                if kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
                    self.copy(watched, cut=cut)
                return True
        if kind == QEvent.Type.ContextMenu and isinstance(watched, (QLineEdit, QPlainTextEdit)) \
                and isinstance(event, QContextMenuEvent):
            menu = watched.createStandardContextMenu()
            for action in menu.actions():
                if action.objectName() in ("edit-copy", "edit-cut"):
                    action.triggered.disconnect()
                    cut = action.objectName() == "edit-cut"
                    action.triggered.connect(lambda _c=False, w=watched, x=cut: self.copy(w, cut=x))
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return False

    @staticmethod
    def copy(widget: QWidget, *, cut: bool = False) -> None:
        text = ""
        if isinstance(widget, QLineEdit):
            text = widget.selectedText()
            if cut and text and not widget.isReadOnly() and widget.echoMode() == QLineEdit.EchoMode.Normal:
                widget.del_()
        elif isinstance(widget, QPlainTextEdit):
            cursor = widget.textCursor()
            text = cursor.selectedText().replace("\u2029", "\n")  # Qt's paragraph separator
            if cut and text and not widget.isReadOnly():
                cursor.removeSelectedText()
        elif isinstance(widget, QAbstractItemView):
            value = widget.currentIndex().data(Qt.ItemDataRole.DisplayRole)
            text = value if isinstance(value, str) else ""
        if text:
            copy_secret(text)


def protect_copy(root: QWidget, *, exclude: tuple[QWidget, ...] = ()) -> SecretCopy:
    """Make every text field and item view under ``root`` copy through :func:`copy_secret`."""
    guard = SecretCopy(root)
    widgets: list[QWidget] = [*root.findChildren(QLineEdit), *root.findChildren(QPlainTextEdit),
                              *root.findChildren(QAbstractItemView)]
    for widget in widgets:
        if widget not in exclude:
            widget.installEventFilter(guard)
    return guard


D = TypeVar("D", bound=QDialog)
T = TypeVar("T")


def ask(dialog: D, read: Callable[[D], T]) -> T | None:
    """Run ``dialog`` modally: what ``read`` takes from it when accepted, else None.

    The dialog is destroyed right after, so no typed case text lingers in a hidden
    window that a lock would not empty.
    """
    try:
        return read(dialog) if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.hide()
        dialog.setParent(None)  # type: ignore[call-overload]  # Python owns it now and frees it at once
        dialog.deleteLater()

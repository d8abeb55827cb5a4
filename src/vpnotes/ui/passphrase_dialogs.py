"""Creating and unlocking a notebook (issue 3, "Start"; Electrum's password
dialogs are the model).

:class:`CreateNotebookDialog` asks where, and a new passphrase twice, judges
its strength as the VP types (the core's rule: 12 characters and zxcvbn 3),
says plainly that a lost passphrase cannot be recovered, and warns when the
chosen folder is uploaded by a sync client. :class:`UnlockWidget` is the lock
screen: a wrong passphrase gives an inline message and an empty field, never a
modal. Key derivation and opening run on the worker with a busy indication
(:func:`vpnotes.ui.tasks.start_task`); the passphrase lives in the field and the
task only as long as needed.

Also the pieces the other passphrase dialogs share: :class:`MessageLabel`,
:class:`PassphraseEdit`, and :class:`NewPassphraseFields`, the "new passphrase
twice, with its strength as you type" block (creating a notebook, changing its
passphrase, the handover wizard); the rule itself is the core's
(:func:`vpnotes.store.strength.passphrase_strength`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.model import Organisation
from vpnotes.errors import VpnotesError, WrongPassphrase
from vpnotes.i18n import pick
from vpnotes.store.kdf import DEFAULT_PROFILE
from vpnotes.store.notebook import Notebook
from vpnotes.store.strength import MIN_ZXCVBN_SCORE, generate, organisation_inputs, passphrase_strength
from vpnotes.ui.tasks import busy_bar, start_task

VAULT_SUFFIX = ".vpnotes"
FILE_FILTER = "vpnotes (*.vpnotes)"


def message_style(kind: str) -> str:
    """Colours for inline messages that still read in dark themes (text, not only colour, carries meaning)."""
    colours = {"error": ("#8a1c1c", "#fdecea"), "warning": ("#6b4e00", "#fff4d6"), "info": ("#1f4e79", "#e8f1fa")}
    fg, bg = colours[kind]
    return f"QLabel {{ color: {fg}; background: {bg}; border-radius: 4px; padding: 6px 8px; }}"


class MessageLabel(QLabel):
    """An inline message: hidden when empty, word-wrapped, read out by screen readers."""

    def __init__(self, kind: str = "error", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(message_style(kind))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        self.updateGeometry()  # a longer text needs more lines: let the layout ask again

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Word-wrapped labels in centred columns are otherwise laid out one line high.
        super().resizeEvent(event)
        if not self.isVisible():
            return  # laid out before it is shown (at Qt's default width): no height to keep from that
        # QLabel's heightForWidth never answers less than the minimum height: without the floor
        # first, a height set while the label was narrow stayed when it grew wide (a tall box).
        floor = self.minimumHeight()
        if floor:
            self.setMinimumHeight(0)
        needed = self.heightForWidth(self.width())
        self.setMinimumHeight(needed if needed > 0 else floor)

    def clear_message(self) -> None:
        self.show_message("")


# The Caps Lock bit of QKeyEvent.nativeModifiers() where Qt passes the window system's state on.
_NATIVE_CAPS_LOCK = {"xcb": 0x2, "windows": 0x100}


def caps_lock_from_key(text: str, shift: bool) -> bool | None:
    """Caps Lock guessed from one typed character: a capital without Shift (or a small letter with
    Shift) means it is on; a small letter without Shift means off; anything else tells nothing."""
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    return text.isupper() != shift


def caps_lock_state(event: QKeyEvent, platform: str) -> bool | None:
    """Caps Lock from the window system where Qt passes it on (X11, Windows), else from the letter typed."""
    bit = _NATIVE_CAPS_LOCK.get(platform)
    if bit is not None and event.nativeModifiers():
        return bool(event.nativeModifiers() & bit)
    return caps_lock_from_key(event.text(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))


class PassphraseEdit(QLineEdit):
    """A masked field with a show/hide toggle and a Caps Lock warning; copying out of it stays impossible."""

    capsLockChanged = Signal(bool)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        self.setMinimumWidth(320)
        self.caps_lock = False
        self.caps_warning = QAction(self.tr("Caps Lock is on"), self)
        self.caps_warning.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning))
        self.caps_warning.setToolTip(self.tr("Caps Lock is on"))
        self.caps_warning.setVisible(False)
        self.addAction(self.caps_warning, QLineEdit.ActionPosition.TrailingPosition)
        self.reveal = QAction(self.tr("Show passphrase"), self)
        self.reveal.setCheckable(True)
        self.reveal.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_FileDialogContentsView))
        self.reveal.toggled.connect(self._toggle)
        self.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        state = caps_lock_state(event, QGuiApplication.platformName())
        if state is not None and state != self.caps_lock:
            self.caps_lock = state
            self.caps_warning.setVisible(state)
            self.setToolTip(self.tr("Caps Lock is on") if state else "")
            if state and self.isVisible():
                QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.tr("Caps Lock is on"), self)
            self.capsLockChanged.emit(state)
        super().keyPressEvent(event)

    def _toggle(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.reveal.setText(self.tr("Hide passphrase") if shown else self.tr("Show passphrase"))

    def wipe(self) -> None:
        self.clear()
        self.reveal.setChecked(False)


class NewPassphraseFields(QWidget):
    """A new passphrase twice, its strength judged as the VP types; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None, *, field_label: str = "",
                 rows_before: Callable[[QFormLayout], None] | None = None) -> None:
        """``label`` names the new passphrase field; ``field_label`` is its visible label; ``rows_before``
        adds a dialog's own rows above it, in one column of labels and first in the tab order."""
        super().__init__(parent)
        form = self.form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if rows_before is not None:
            rows_before(form)
        self.passphrase = PassphraseEdit(label)
        passphrase_label = QLabel(field_label or self.tr("&New passphrase:"))
        passphrase_label.setBuddy(self.passphrase)
        form.addRow(passphrase_label, self.passphrase)
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        form.addRow("", self.strength)
        self.strength_text = QLabel()
        self.strength_text.setWordWrap(True)
        form.addRow("", self.strength_text)
        self.repeat = PassphraseEdit(self.tr("Repeat the passphrase"))
        repeat_label = QLabel(self.tr("&Repeat:"))
        repeat_label.setBuddy(self.repeat)
        form.addRow(repeat_label, self.repeat)
        self.match_text = QLabel()
        form.addRow("", self.match_text)
        self.suggest = QPushButton(self.tr("&Suggest a passphrase"))
        self.suggest.setAutoDefault(False)
        self.suggest.setToolTip(self.tr("Five or more random Dutch words: at least 64 bits, easy to type"))
        self.suggest.clicked.connect(self.suggest_passphrase)
        form.addRow("", self.suggest)
        self.user_inputs: tuple[str, ...] = ()
        self.generated_bits = 0.0
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.setFocusProxy(self.passphrase)
        self._update()

    def text(self) -> str:
        return self.passphrase.text()

    def set_organisation_names(self, names: list[str]) -> None:
        """The notebook's organisations: a passphrase made of their names is easy to guess."""
        self.user_inputs = organisation_inputs(names)
        self._update()

    def suggest_passphrase(self) -> None:
        """Fill both fields with a generated passphrase and show it, so she can write it down."""
        made = generate(user_inputs=self.user_inputs)
        self.passphrase.setText(made.passphrase)
        self.repeat.setText(made.passphrase)
        self.passphrase.reveal.setChecked(True)
        self.generated_bits = made.bits
        self.strength_text.setText(self.tr("Suggested: %1 random words, %2 bits. Write it down now.")
                                   .replace("%1", str(made.words)).replace("%2", str(int(made.bits))))

    def problem(self) -> str:
        """Why the new passphrase cannot be used yet, in words; empty when it can."""
        strength = passphrase_strength(self.passphrase.text(), self.user_inputs)
        if not strength.acceptable:
            return pick(strength.reason_nl, strength.reason_en)
        if self.repeat.text() != self.passphrase.text():
            return self.tr("The two passphrases are not the same yet.")
        return ""

    def wipe(self) -> None:
        self.passphrase.wipe()
        self.repeat.wipe()

    def _update(self) -> None:
        text = self.passphrase.text()
        strength = passphrase_strength(text, self.user_inputs)
        self.strength.setValue(strength.score if text else 0)
        level = "good" if strength.acceptable else ("weak" if strength.score < MIN_ZXCVBN_SCORE - 1 else "almost")
        colour = {"good": "#2e7d32", "almost": "#ef6c00", "weak": "#c62828"}[level]
        self.strength.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.strength_text.setText(pick(strength.reason_nl, strength.reason_en) if text else
                                   self.tr("At least 12 characters; five or more unusual words work well."))
        if self.repeat.text():
            same = self.repeat.text() == text
            self.match_text.setText(self.tr("The passphrases match.") if same else
                                    self.tr("The passphrases are not the same yet."))
        else:
            self.match_text.setText("")
        self.changed.emit()


def default_folder() -> Path:
    """The user's documents folder as the system names it: Qt asks Windows for the known folder
    (which may have moved, to another drive or into OneDrive), reads XDG user-dirs on Linux
    (``~/Documenten`` on a Dutch desktop); the home folder when there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    documents = Path(location) if location else Path.home()
    return documents if documents.is_dir() else Path.home()


def sync_message(path: str) -> str:
    """The sync client warning for ``path`` in the core's language, or an empty string."""
    if not path:
        return ""
    from vpnotes.lifecycle.locations import sync_warning

    warning = sync_warning(path)
    return warning.message if warning is not None else ""


def organisation_key(name: str) -> str:
    """A key for the organisation from its name: ``Gemeente Utrecht`` -> ``gemeente-utrecht``."""
    key = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:40].strip("-")
    return key or "organisatie"


class CreateNotebookDialog(QDialog):
    """A new notebook: location, passphrase twice with its strength, and an honest warning."""

    def __init__(self, parent: QWidget | None = None, *, profile: int = DEFAULT_PROFILE,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.notebook: Notebook | None = None
        self.setWindowTitle(self.tr("New notebook"))
        self.setModal(True)

        layout = QVBoxLayout(self)
        self.location = QLineEdit(str((folder or default_folder()) / f"notitieboek{VAULT_SUFFIX}"))
        self.location.setAccessibleName(self.tr("Location of the notebook file"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.setAccessibleName(self.tr("Choose location"))
        browse.clicked.connect(self._browse)
        self.sync_warning = MessageLabel("warning")
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("for example: Gemeente Utrecht"))
        self.organisation.setAccessibleName(self.tr("Organisation you work for as counsellor"))

        def rows_before(form: QFormLayout) -> None:
            row = QHBoxLayout()
            row.addWidget(self.location, 1)
            row.addWidget(browse)
            location_label = QLabel(self.tr("&Location:"))
            location_label.setBuddy(self.location)
            form.addRow(location_label, row)
            form.addRow(self.sync_warning)
            organisation_label = QLabel(self.tr("&Organisation:"))
            organisation_label.setBuddy(self.organisation)
            form.addRow(organisation_label, self.organisation)

        self.fields = NewPassphraseFields(self.tr("New passphrase"), field_label=self.tr("&Passphrase:"),
                                          rows_before=rows_before)
        self.passphrase, self.repeat = self.fields.passphrase, self.fields.repeat
        self.strength_text, self.match_text = self.fields.strength_text, self.fields.match_text
        layout.addWidget(self.fields)

        warning = MessageLabel("warning")
        warning.show_message(self.tr(
            "Write the passphrase down and keep it in a safe place. If it is lost, nobody can open the "
            "notebook again: not you, not IT, not the makers of vpnotes. There is no recovery."
        ))
        layout.addWidget(warning)
        self.error = MessageLabel("error")
        layout.addWidget(self.error)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFormat(self.tr("Creating the notebook…"))
        self.busy.setAccessibleName(self.tr("Creating the notebook"))
        self.busy.hide()
        layout.addWidget(self.busy)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("&Create notebook"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        for button in (self.buttons.button(QDialogButtonBox.StandardButton.Cancel), browse):
            button.setAutoDefault(False)  # Enter in a field creates; it never cancels or browses
        self.buttons.accepted.connect(self.create_notebook)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.location.textChanged.connect(self._update)
        self.organisation.textChanged.connect(lambda name: self.fields.set_organisation_names([name]))
        self.fields.changed.connect(self._update)
        self._update()
        self.passphrase.setFocus()
        self.resize(620, self.heightForWidth(620))  # the wrapped texts at this width, not at a guessed one

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New notebook"), self.location.text(), FILE_FILTER)
        if path:
            if not path.endswith(VAULT_SUFFIX):
                path += VAULT_SUFFIX
            self.location.setText(path)

    def _problem(self) -> str:
        """What stops creation now, in words; empty when everything is fine."""
        location = self.location.text().strip()
        if not location:
            return self.tr("Choose where to keep the notebook.")
        if Path(location).exists():
            return self.tr("A file with this name exists already; choose another name.")
        if not Path(location).parent.is_dir():
            return self.tr("This folder does not exist.")
        return self.fields.problem()

    def _update(self) -> None:
        self.sync_warning.show_message(sync_message(self.location.text().strip()))
        self.create_button.setEnabled(not self._problem())
        # While disabled, Qt hands the default to another button (Cancel): Enter must create, never cancel.
        self.create_button.setDefault(True)

    def create_notebook(self) -> None:
        problem = self._problem()
        if problem:  # Enter with an unfit passphrase: say why, create nothing
            self.error.show_message(problem)
            return
        self.error.clear_message()
        path = Path(self.location.text().strip())
        passphrase = self.passphrase.text()
        name = self.organisation.text().strip()
        profile = self.profile

        def work() -> Notebook:
            notebook = Notebook.create(path, passphrase, profile=profile, organisation_names=[name] if name else [])
            try:
                if name:
                    notebook.organisations.add(Organisation(key=organisation_key(name), name=name))
            except BaseException:
                notebook.close()
                raise
            return notebook

        start_task(None, work, self._created, error=self.error, running=self._set_busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.location, self.organisation, self.passphrase, self.repeat, self.buttons):
            widget.setEnabled(not busy)

    def _created(self, notebook: Notebook) -> None:
        self.notebook = notebook
        self.fields.wipe()
        self.accept()

    def path(self) -> Path:
        return Path(self.location.text().strip())


class _UnlockErrors:
    """The lock screen's error line: the core's message, worded by :meth:`UnlockWidget.explain`."""

    def __init__(self, widget: UnlockWidget) -> None:
        self.widget = widget

    def show_message(self, text: str) -> None:
        self.widget.error.show_message(self.widget.explain(self.widget.last_failure, text))

    def clear_message(self) -> None:
        self.widget.last_failure = None
        self.widget.error.clear_message()


class UnlockWidget(QWidget):
    """The lock screen: the notebook's name, a passphrase field, an inline error."""

    unlocked = Signal(object)  # the opened Notebook
    openOtherRequested = Signal()
    newRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path: Path | None = None
        self.busy_running = False
        self.last_failure: BaseException | None = None
        self._caps_lock = False
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        column = QWidget()
        column.setFixedWidth(520)  # fixed, so word-wrapped messages get their full height
        layout = QVBoxLayout(column)
        layout.setSpacing(10)
        self.title = QLabel(self.tr("Notebook locked"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.file_label)
        self.hint = MessageLabel("info")
        layout.addWidget(self.hint)
        prompt = QLabel(self.tr("&Passphrase:"))
        self.passphrase = PassphraseEdit(self.tr("Passphrase"))
        prompt.setBuddy(self.passphrase)
        layout.addWidget(prompt)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.error = MessageLabel("error")
        layout.addWidget(self.error)
        self.busy = busy_bar(self.tr("Unlocking"))
        layout.addWidget(self.busy)
        others = QHBoxLayout()
        self.open_other = QPushButton(self.tr("Open &another notebook…"))
        self.open_other.setFlat(True)
        self.new_button = QPushButton(self.tr("&New notebook…"))
        self.new_button.setFlat(True)
        others.addWidget(self.open_other)
        others.addWidget(self.new_button)
        others.addStretch(1)
        layout.addLayout(others)
        outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.passphrase.returnPressed.connect(self.submit)
        self.unlock_button.clicked.connect(self.submit)
        self.open_other.clicked.connect(self.openOtherRequested)
        self.new_button.clicked.connect(self.newRequested)
        self.setFocusProxy(self.passphrase)

    def set_vault(self, path: Path, hint: str = "") -> None:
        """Show the lock screen for ``path``; ``hint`` e.g. the demo's passphrase."""
        self.vault_path = path
        self.file_label.setText(self.tr("Notebook: %1\nFolder: %2").replace("%1", path.name).replace(
            "%2", str(path.parent)))
        self.hint.show_message(hint)
        self.error.clear_message()
        self.passphrase.wipe()
        self._set_busy(False)

    def submit(self) -> None:
        if self.vault_path is None or self.busy_running:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.show_message(self.tr("Enter the passphrase of this notebook."))
            return
        path = self.vault_path
        self._caps_lock = self.passphrase.caps_lock
        start_task(None, lambda: Notebook.open(path, passphrase), self._opened, error=_UnlockErrors(self),
                   running=self._set_busy, on_error=self._failed)

    def explain(self, exc: BaseException | None, message: str) -> str:
        """A wrong passphrase reads as one first (with Caps Lock when it was on); damage comes second."""
        if not isinstance(exc, WrongPassphrase):
            return message
        text = self.tr("Wrong passphrase.")
        if self._caps_lock:
            text += " " + self.tr("Caps Lock is on.")
        return text + "\n" + self.tr(
            "Sure it is the right one? Then the start of the file may be damaged: open a backup instead.")

    def _set_busy(self, busy: bool) -> None:
        self.busy_running = busy
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.open_other.setEnabled(not busy)
        self.new_button.setEnabled(not busy)

    def _opened(self, notebook: Notebook) -> None:
        self.passphrase.wipe()
        self.unlocked.emit(notebook)

    def _failed(self, exc: BaseException) -> None:
        self.last_failure = exc
        self.passphrase.wipe()
        if isinstance(exc, VpnotesError):
            self.passphrase.setFocus()

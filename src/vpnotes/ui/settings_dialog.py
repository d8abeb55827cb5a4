"""Settings: the notebook's policies (stored in the vault, they travel with a
handover and the command line sees them) and this computer's preferences
(QSettings: language, layout). The dialog says which is which.

Policies are validated by the core (:meth:`Policies.check`) before anything is
stored, and each change is logged by the core. Lowering or raising a minimum
cell size changes what annual reports reveal, so it needs an explicit
confirmation (DESIGN.md §6: "changed only deliberately and logged").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.model import MIN_CELL_RANGE
from vpnotes.errors import VpnotesError
from vpnotes.store.notebook import Notebook
from vpnotes.store.policy import MIN_CELL_PREFIX, SPECS
from vpnotes.ui import platform_privacy
from vpnotes.ui.passphrase_dialogs import MessageLabel, sync_message
from vpnotes.ui.settings import Settings

Confirm = Callable[[list[str]], bool]


class SettingsDialog(QDialog):
    """Edit policies and preferences; nothing is stored until OK."""

    def __init__(self, notebook: Notebook | None, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.policy_widgets: dict[str, QWidget] = {}
        self.confirm_min_cell: Confirm = self._ask_min_cell
        self.changed_policies: list[str] = []
        self.language_changed = False

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        if notebook is not None:
            self.tabs.addTab(self._policy_page(notebook), self.tr("&Notebook"))
        self.tabs.addTab(self._preferences_page(), self.tr("&This computer"))
        self.error = MessageLabel("error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(600, self.sizeHint().height())

    # -- building ------------------------------------------------------------------------------

    def _spin(self, name: str, value: int, low: int, high: int, label: str, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        if suffix:
            spin.setSuffix(suffix)
        spin.setAccessibleName(label)
        self.policy_widgets[name] = spin
        return spin

    def _policy_page(self, notebook: Notebook) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(self.tr(
            "These settings are stored in the notebook itself: they travel with a handover and apply to the "
            "command line too. Every change is recorded in the notebook's log."))
        note.setWordWrap(True)
        layout.addWidget(note)
        values = notebook.policy.all()
        read_only = notebook.vault.read_only

        general = QGroupBox(self.tr("Security and retention"))
        form = QFormLayout(general)
        spec = SPECS["autolock_minutes"]
        form.addRow(self.tr("Lock automatically after:"), self._spin(
            spec.name, values[spec.name], spec.low, spec.high, self.tr("Lock automatically after (minutes)"),
            self.tr(" min")))
        spec = SPECS["retention_years"]
        form.addRow(self.tr("Keep case content after closing:"), self._spin(
            spec.name, values[spec.name], spec.low, spec.high, self.tr("Retention after closing (years)"),
            self.tr(" years")))
        layout.addWidget(general)

        organisations = notebook.organisations.all()
        if organisations:
            cells = QGroupBox(self.tr("Annual report: smallest number shown"))
            form = QFormLayout(cells)
            explanation = QLabel(self.tr(
                "Numbers below this value are shown as \"< k\" so that no one can be recognised. "
                "Change it only deliberately."))
            explanation.setWordWrap(True)
            form.addRow(explanation)
            low, high = MIN_CELL_RANGE
            for org in organisations:
                form.addRow(f"{org.name}:", self._spin(
                    MIN_CELL_PREFIX + org.key, org.min_cell, low, high,
                    self.tr("Minimum cell size for %1").replace("%1", org.name)))
            layout.addWidget(cells)

        patterns = QGroupBox(self.tr("Patterns (only for you)"))
        form = QFormLayout(patterns)
        for name, text in (
            ("patterns.department_min_cases", self.tr("Cases from one department:")),
            ("patterns.betrokkene_min_cases", self.tr("Cases about the same person:")),
            ("patterns.rise_percent", self.tr("Rise of a category (%):")),
        ):
            spec = SPECS[name]
            form.addRow(text, self._spin(name, values[name], spec.low, spec.high, text.rstrip(":")))
        layout.addWidget(patterns)

        backup = QGroupBox(self.tr("Backups"))
        form = QFormLayout(backup)
        enabled = QCheckBox(self.tr("Make a backup automatically"))
        enabled.setChecked(bool(values["backup.enabled"]))
        enabled.setAccessibleName(self.tr("Make a backup automatically"))
        self.policy_widgets["backup.enabled"] = enabled
        form.addRow(enabled)
        spec = SPECS["backup.keep"]
        form.addRow(self.tr("Backups to keep:"), self._spin(
            spec.name, values[spec.name], spec.low, spec.high, self.tr("Backups to keep")))
        folder = QLineEdit(str(values["backup.folder"]))
        folder.setPlaceholderText(self.tr("the standard folder for this computer"))
        folder.setAccessibleName(self.tr("Backup folder"))
        self.policy_widgets["backup.folder"] = folder
        browse = QPushButton(self.tr("C&hoose…"))
        browse.clicked.connect(lambda: self._choose_folder(folder))
        row = QHBoxLayout()
        row.addWidget(folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Backup folder:"), row)
        self.backup_warning = MessageLabel("warning")
        form.addRow(self.backup_warning)
        folder.textChanged.connect(lambda text: self.backup_warning.show_message(sync_message(text.strip())))
        self.backup_warning.show_message(sync_message(folder.text().strip()))
        layout.addWidget(backup)
        layout.addStretch(1)
        if read_only:
            for widget in self.policy_widgets.values():
                widget.setEnabled(False)
        return page

    def _preferences_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(self.tr("These preferences belong to this computer only; they hold no case data."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", QLabel(self.tr("A new language applies the next time vpnotes starts.")))
        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("Tabs along the top"), "tabs")
        self.layout_choice.addItem(self.tr("Sidebar on the left"), "sidebar")
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(self.settings.layout)))
        self.layout_choice.setAccessibleName(self.tr("Layout"))
        form.addRow(self.tr("La&yout:"), self.layout_choice)
        layout.addLayout(form)
        layout.addWidget(self._capture_box())
        layout.addStretch(1)
        return page

    def _capture_box(self) -> QGroupBox:
        """Screenshots and screen sharing (DESIGN.md §12): excluded by default where the system allows."""
        box = QGroupBox(self.tr("Screen sharing"))
        column = QVBoxLayout(box)
        self.allow_capture = QCheckBox(self.tr("&Allow screenshots and screen sharing of vpnotes windows"))
        self.allow_capture.setAccessibleName(self.tr("Allow screenshots and screen sharing"))
        self.allow_capture.setChecked(self.settings.allow_screen_capture)
        column.addWidget(self.allow_capture)
        if platform_privacy.capture_protection_supported():
            text = self.tr("Off: vpnotes stays invisible when you share your screen (in Teams, for example) "
                           "or take a screenshot.")
        else:
            text = self.tr("On this system vpnotes cannot keep its windows out of screenshots or screen "
                           "sharing: close or lock the notebook before you share your screen.")
            self.allow_capture.setChecked(True)
            self.allow_capture.setEnabled(False)
        note = QLabel(text)
        note.setWordWrap(True)
        column.addWidget(note)
        return box

    def _choose_folder(self, field: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), field.text())
        if folder:
            field.setText(folder)

    def _ask_min_cell(self, organisations: list[str]) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Change the smallest number shown?"),
            self.tr("You are changing the smallest number shown in annual reports for: %1.\n\n"
                    "A lower value shows smaller groups and makes people easier to recognise. "
                    "The change is recorded in the notebook's log. Continue?").replace("%1", ", ".join(organisations)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- applying ------------------------------------------------------------------------------

    def _value(self, widget: QWidget) -> Any:
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        raise TypeError(type(widget).__name__)

    def pending_policies(self) -> dict[str, Any]:
        """Policies whose value in the dialog differs from the vault."""
        if self.notebook is None or self.notebook.vault.read_only:
            return {}
        current = self.notebook.policy.all()
        return {name: self._value(widget) for name, widget in self.policy_widgets.items()
                if self._value(widget) != current.get(name)}

    def apply(self) -> None:
        """Validate everything, confirm a changed minimum cell size, store, close."""
        self.error.clear_message()
        changes = self.pending_policies()
        try:
            if self.notebook is not None:
                for name, value in changes.items():  # all checked before any is stored
                    self.notebook.policy.check(name, value)
                cells = [name[len(MIN_CELL_PREFIX):] for name in changes if name.startswith(MIN_CELL_PREFIX)]
                if cells:
                    names = {o.key: o.name for o in self.notebook.organisations.all()}
                    if not self.confirm_min_cell([names.get(key, key) for key in cells]):
                        return
                for name, value in changes.items():
                    self.notebook.policy.set(name, value)
        except VpnotesError as exc:
            self.error.show_message(exc.message)
            return
        self.changed_policies = list(changes)
        language = str(self.language.currentData())
        self.language_changed = language != self.settings.language
        self.settings.language = language
        self.settings.layout = str(self.layout_choice.currentData())
        if self.allow_capture.isEnabled():
            self.settings.allow_screen_capture = self.allow_capture.isChecked()
            platform_privacy.set_allow_capture(self.allow_capture.isChecked())
        self.settings.sync()
        self.accept()

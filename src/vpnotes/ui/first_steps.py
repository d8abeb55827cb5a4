"""Help > Eerste stappen: a short checklist for a new notebook.

Three things decide whether a VP's first weeks go well: the passphrase is written down
somewhere safe (it cannot be recovered), the organisation is right (name, size, report
year), and backups go to a folder she chose, with a first one made. The dialog shows each
with its state and a button that opens the place where it is done; it is shown once, right
after the first notebook is created in the app (the ``first_steps_shown`` preference), and
stays reachable from the Help menu. It is not modal: she can do the steps with it open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from vpnotes.ui import help_window

if TYPE_CHECKING:
    from vpnotes.ui.main_window import MainWindow

DONE, TODO = "✔", "○"


class FirstStepsDialog(QDialog):
    """The checklist; :meth:`refresh` reads the notebook's state again."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("First steps"))
        self.setProperty(help_window.HELP_PROPERTY, "aan-de-slag#Eerste stappen")
        intro = QLabel(self.tr("Three things to settle before you record your first conversation."))
        intro.setWordWrap(True)

        self.passphrase_noted = QCheckBox(self.tr("I have written my passphrase down and keep it in a safe place, "
                                                  "not on this computer."))
        passphrase_note = QLabel(self.tr("Nobody can open the notebook without it: not IT, not the makers of "
                                         "vpnotes. There is no recovery."))
        self.organisation_mark, self.organisation_state = QLabel(), QLabel()
        self.backup_mark, self.backup_state = QLabel(), QLabel()
        self.organisations_button = QPushButton(self.tr("&Organisations…"))
        self.settings_button = QPushButton(self.tr("&Settings…"))
        self.backup_button = QPushButton(self.tr("Make a &backup now…"))
        self.organisations_button.clicked.connect(lambda: self._trigger(self._organisations_action()))
        self.settings_button.clicked.connect(lambda: self._trigger(window.settings_action))
        self.backup_button.clicked.connect(lambda: self._trigger(self._backup_action()))

        grid = QGridLayout()
        grid.addWidget(self._heading(self.tr("1. Passphrase")), 0, 0, 1, 3)
        grid.addWidget(self.passphrase_noted, 1, 0, 1, 3)
        grid.addWidget(passphrase_note, 2, 0, 1, 3)
        grid.addWidget(self._heading(self.tr("2. Organisation")), 3, 0, 1, 3)
        grid.addWidget(self.organisation_mark, 4, 0)
        grid.addWidget(self.organisation_state, 4, 1)
        grid.addWidget(self.organisations_button, 4, 2)
        grid.addWidget(self._heading(self.tr("3. Backups")), 5, 0, 1, 3)
        grid.addWidget(self.backup_mark, 6, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.backup_state, 6, 1, 2, 1)
        grid.addWidget(self.settings_button, 6, 2)
        grid.addWidget(self.backup_button, 7, 2)
        grid.setColumnStretch(1, 1)
        for label in (passphrase_note, self.organisation_state, self.backup_state):
            label.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.guide_button = buttons.addButton(self.tr("Open the &guide"), QDialogButtonBox.ButtonRole.HelpRole)
        self.guide_button.clicked.connect(self._open_guide)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(620, 420)
        self.refresh()

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setContentsMargins(0, 10, 0, 0)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _organisations_action(self) -> QAction | None:
        from vpnotes.ui import organisations_dialog

        found = organisations_dialog.controller(self.window_)
        return found.action if found is not None else None

    def _backup_action(self) -> QAction | None:
        from vpnotes.ui import lifecycle_actions

        found = lifecycle_actions.controller(self.window_)
        return found.backup_action if found is not None else None

    def _trigger(self, action: QAction | None) -> None:
        if action is not None and action.isEnabled():
            action.trigger()
        self.refresh()

    def _open_guide(self) -> None:
        found = help_window.controller(self.window_)
        if found is not None:
            found.show_help(self)

    def refresh(self) -> None:
        """Show the state of each step as the notebook has it now."""
        from vpnotes.lifecycle.backup import backup_folder, known_backups

        notebook = self.window_.notebook
        writable = notebook is not None and not notebook.vault.read_only
        for button in (self.organisations_button, self.backup_button):
            button.setEnabled(writable)
        self.settings_button.setEnabled(True)
        if notebook is None:
            for mark, state in ((self.organisation_mark, self.organisation_state),
                                (self.backup_mark, self.backup_state)):
                mark.setText(TODO)
                state.setText(self.tr("Open or create a notebook first."))
            return
        names = [organisation.name for organisation in notebook.organisations.all()]
        self.organisation_mark.setText(DONE if names else TODO)
        self.organisation_state.setText(
            self.tr("You work for: %1. Check its number of employees and the month its report year starts.")
            .replace("%1", ", ".join(names)) if names
            else self.tr("No organisation yet: add the organisation you are the counsellor for."))
        folder = str(backup_folder(notebook))
        made = bool(known_backups(notebook))
        chosen = bool(notebook.policy.get("backup.folder"))
        self.backup_mark.setText(DONE if made and chosen else TODO)
        lines = [self.tr("Backups go to: %1").replace("%1", folder) if chosen
                 else self.tr("Backups go to the standard folder of this computer: %1. Choose a folder of your "
                              "own in the settings, best not one that is synchronised.").replace("%1", folder)]
        lines.append(self.tr("A backup has been made.") if made
                     else self.tr("No backup yet: make the first one now."))
        self.backup_state.setText("\n".join(lines))

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)


class FirstSteps(QObject):
    """Help > Eerste stappen of one main window, and its showing once after the first notebook."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("firstSteps")
        self.window = window
        self.dialog: FirstStepsDialog | None = None
        self.action = QAction(self.tr("&First steps"), window)
        self.action.setStatusTip(self.tr("A short checklist for a new notebook"))
        self.action.triggered.connect(lambda _checked=False: self.show())
        help_menu = window.menu("help")
        actions = help_menu.actions()
        help_menu.insertAction(actions[1] if len(actions) > 1 else None, self.action)  # type: ignore[arg-type]
        window.session.locked.connect(self._hide)

    def show(self) -> FirstStepsDialog:
        if self.dialog is None:
            self.dialog = FirstStepsDialog(self.window)
        self.dialog.refresh()
        self.dialog.show()
        help_window.bring_forward(self.dialog)
        return self.dialog

    def _hide(self, _reason: str = "") -> None:
        if self.dialog is not None:
            self.dialog.hide()

    def after_create(self) -> None:
        """Right after a notebook was created in the app: the checklist, the first time only."""
        if self.window.settings.first_steps_shown or self.window.notebook is None:
            return
        self.window.settings.first_steps_shown = True
        self.show()


def install(window: MainWindow) -> FirstSteps:
    """Put Help > Eerste stappen into ``window``'s Help menu (after Handleiding)."""
    return FirstSteps(window)


def controller(window: MainWindow) -> FirstSteps | None:
    found = window.findChild(FirstSteps, "firstSteps")
    return found if isinstance(found, FirstSteps) else None

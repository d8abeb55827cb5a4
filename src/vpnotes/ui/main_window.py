"""The main window: the shell around the case pages.

One window with three faces in a stack: the welcome screen (no notebook
known), the lock screen, and the work area (banners plus the pages in tabs).
It owns the menus (every action with a visible shortcut), the tool bar and the
status bar; import and export run on the worker with a progress indication.
The pages come from the case pages' modules and are created at the first
unlock, so a cold start only builds what the lock screen needs. When a notebook
is shown, the pages' first loads (the case list's query) start on the worker
after the window's own queries, so the UI thread never waits for them.

Menus other parts of the app extend: :meth:`MainWindow.menu` returns the
``"file"``, ``"notebook"``, ``"report"``, ``"view"`` or ``"help"`` menu; actions
added with :meth:`MainWindow.add_notebook_action` are enabled only while a
notebook is open. An empty menu stays hidden.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from vpnotes import __version__
from vpnotes.errors import VpnotesError
from vpnotes.store.notebook import Notebook
from vpnotes.ui import (
    clipboard,
    crash,
    discretion,
    lifecycle_actions,
    organisations_dialog,
    report_actions,
    screen_fit,
    sheet_wizard,
    worker,
)
from vpnotes.ui.help_window import after_notebook_created
from vpnotes.ui.help_window import install as install_help
from vpnotes.ui.lock_guard import LockGuard
from vpnotes.ui.passphrase_dialogs import FILE_FILTER, CreateNotebookDialog, MessageLabel, UnlockWidget, sync_message
from vpnotes.ui.qtfix import protect_none
from vpnotes.ui.register_page import install as install_register
from vpnotes.ui.session import Clock, Session
from vpnotes.ui.settings import Settings
from vpnotes.ui.welcome import WelcomeWidget
from vpnotes.ui.worker import Busy

protect_none()  # before any window exists: see qtfix (PySide6 drains None's reference count on 3.11)


class _HeldTasks:
    """A runner that keeps the tasks given to it until :meth:`start` hands them to the real one.

    While a notebook is shown, the pages' first loads wait here, so the window's own quick
    queries on the UI thread are not queued behind them on the vault's lock.
    """

    def __init__(self) -> None:
        self.tasks: list[tuple[Callable[..., Any], worker.OnDone, worker.OnError, worker.Progress | None]] = []

    def run(self, fn: Callable[..., Any], on_done: worker.OnDone, on_error: worker.OnError,
            progress: worker.Progress | None = None) -> None:
        self.tasks.append((fn, on_done, on_error, progress))

    def active(self) -> int:
        return 0

    def start(self) -> None:
        """Run the held tasks now (a task of a notebook locked meanwhile fails and is dropped by its page)."""
        tasks, self.tasks = self.tasks, []
        for fn, on_done, on_error, progress in tasks:
            worker.run_task(fn, on_done, on_error, progress)


@dataclass(frozen=True)
class PageSpec:
    key: str  # "cases", "agenda", "activities", "signals"
    title: str
    factory: Callable[[], QWidget]


def _page_factory(module: str, name: str) -> Callable[[], QWidget]:
    """Import the page's module only when the page is first needed (keeps the cold start short)."""

    def factory() -> QWidget:
        import importlib

        widget = getattr(importlib.import_module(module), name)(None)
        if not isinstance(widget, QWidget):
            raise TypeError(f"{module}.{name} is not a QWidget")
        return widget

    return factory


class MainWindow(QMainWindow):
    WELCOME, UNLOCK, WORK = range(3)

    def __init__(self, settings: Settings, *, pages: Callable[[], Sequence[PageSpec]] | None = None,
                 clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._page_specs = pages or self.default_pages
        self.pages: dict[str, QWidget] = {}
        self.busy = Busy(self)
        self.session = Session(self._page_list, busy=self.busy, clock=clock, parent=self)
        self.session.locked.connect(self._on_locked)
        self.busy.changed.connect(self._busy_changed)
        self.vault_path: Path | None = None
        self.demo_dir: Path | None = None
        self.demo_passphrase = ""
        self._notebook_actions: list[QAction] = []
        self._page_action_menus: list[QAction] = []

        self.stack = QStackedWidget()
        self.welcome = WelcomeWidget()
        self.unlock = UnlockWidget()
        self.work = QWidget()
        for widget in (self.welcome, self.unlock, self.work):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)

        work_layout = QVBoxLayout(self.work)
        work_layout.setContentsMargins(6, 6, 6, 0)
        self.demo_banner = MessageLabel("info")
        self.profile_banner = MessageLabel("warning")
        self.read_only_banner = MessageLabel("warning")
        self.sync_banner = MessageLabel("warning")
        for banner in (self.demo_banner, self.profile_banner, self.read_only_banner, self.sync_banner):
            work_layout.addWidget(banner)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        work_layout.addWidget(self.tabs, 1)

        self.welcome.newRequested.connect(self.new_notebook)
        self.welcome.openRequested.connect(self.open_notebook_dialog)
        self.welcome.demoRequested.connect(self.start_demo)
        self.unlock.unlocked.connect(self.open_notebook)
        self.unlock.openOtherRequested.connect(self.open_notebook_dialog)
        self.unlock.newRequested.connect(self.new_notebook)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.apply_layout()
        self._update_state()
        screen_fit.install()  # every dialog inside the available screen, its buttons visible
        if not self.restoreGeometry(settings.geometry):
            self.setGeometry(screen_fit.available_geometry(self))  # the first start: the whole available screen
        screen_fit.fit_into(self, screen_fit.available_geometry(self))  # a smaller screen than last time
        self.lock_guard = LockGuard(self)  # drafts and closing dialogs before a lock, the place after unlock
        lifecycle_actions.install(self)
        report_actions.install(self)
        install_register(self)  # Flanders: the register of acts by third parties (DESIGN.md §9)
        organisations_dialog.install(self)
        install_help(self)  # Help > Handleiding (F1) and Help > Eerste stappen
        sheet_wizard.install(self)

    def default_pages(self) -> list[PageSpec]:
        """The case pages (built by the case pages' modules)."""
        return [
            PageSpec("cases", self.tr("Cases"), _page_factory("vpnotes.ui.case_list", "CasesPage")),
            PageSpec("agenda", self.tr("Agenda"), _page_factory("vpnotes.ui.agenda", "AgendaPage")),
            PageSpec("activities", self.tr("Activities"), _page_factory("vpnotes.ui.activities", "ActivitiesPage")),
            PageSpec("expenses", self.tr("Expenses"), _page_factory("vpnotes.ui.expenses", "ExpensesPage")),
            PageSpec("signals", self.tr("Signals"), _page_factory("vpnotes.ui.signals", "SignalsPage")),
        ]

    # -- construction --------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], Any],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "", *, needs_notebook: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        if needs_notebook:
            self._notebook_actions.append(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New notebook…"), self.new_notebook, None,
                                       self.tr("Create a new, empty notebook"))
        self.open_action = self._action(self.tr("&Open notebook…"), self.open_notebook_dialog,
                                        QKeySequence.StandardKey.Open, self.tr("Open a notebook file"))
        self.import_action = self._action(self.tr("&Import…"), self.import_file, "Ctrl+Shift+I",
                                          self.tr("Add cases from an interchange file"), needs_notebook=True)
        self.export_action = self._action(self.tr("&Export…"), self.export_file, "Ctrl+Shift+E",
                                          self.tr("Write everything to an unencrypted file"), needs_notebook=True)
        self.lock_action = self._action(self.tr("&Lock"), self.lock, "Ctrl+L",
                                        self.tr("Lock the notebook now"), needs_notebook=True)
        self.close_action = self._action(self.tr("&Close notebook"), self.close_notebook, "Ctrl+W",
                                         self.tr("Close this notebook"), needs_notebook=True)
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings, "Ctrl+,",
                                            self.tr("Notebook policies and preferences"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.about_action = self._action(self.tr("&About vpnotes"), self.show_about)
        self.discreet_action = self._action(self.tr("&Discreet view"), self._discreet_toggled, "F8",
                                            self.tr("Hide names and subjects in every list"))
        self.discreet_action.setCheckable(True)
        self.discreet_action.setChecked(self.settings.discreet)
        discretion.switch().set_on(self.settings.discreet)
        for action in (self.lock_action, self.quit_action, self.discreet_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.addActions([self.lock_action, self.quit_action, self.discreet_action])

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {}
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent notebooks"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.menus["file"] = file_menu
        self.menus["cases"] = bar.addMenu(self.tr("&Cases"))
        self.menus["view"] = bar.addMenu(self.tr("&View"))
        notebook_menu = bar.addMenu(self.tr("&Notebook"))
        notebook_menu.addAction(self.settings_action)
        notebook_menu.addSeparator()  # passphrase, backup, handover, purge, AVG, audit go below
        self.menus["notebook"] = notebook_menu
        self.menus["report"] = bar.addMenu(self.tr("&Report"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.menus["help"] = help_menu

        self.toolbar = QToolBar(self.tr("Main tool bar"))
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self._toolbar_tail = self.toolbar.addSeparator()
        self.toolbar.addAction(self.lock_action)

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)

    def menu(self, key: str) -> QMenu:
        """A menu other parts extend: file, cases, view, notebook, report, help."""
        return self.menus[key]

    def add_notebook_action(self, menu_key: str, action: QAction) -> None:
        """Put ``action`` in a menu; it is enabled only while a notebook is open."""
        self.menus[menu_key].addAction(action)
        self._notebook_actions.append(action)
        self._update_state()

    # -- pages ---------------------------------------------------------------------------------

    def _page_list(self) -> list[Any]:
        # Pages that load on the worker get the notebook last: the quick queries the other pages
        # make on the UI thread then do not wait for the vault's lock behind the worker's queries.
        return sorted(self.pages.values(), key=lambda page: bool(getattr(page, "LOADS_ON_WORKER", False)))

    def _ensure_pages(self) -> None:
        if self.pages:
            return
        view_menu = self.menus["view"]
        sections: list[tuple[str, list[QAction]]] = []
        for index, spec in enumerate(self._page_specs()):
            page = spec.factory()
            self.pages[spec.key] = page
            self.tabs.addTab(page, spec.title)
            go = self._action(spec.title, partial(self.tabs.setCurrentIndex, index), f"Ctrl+{index + 1}",
                              needs_notebook=True)
            view_menu.addAction(go)
            actions = list(page.page_actions()) if hasattr(page, "page_actions") else []
            if spec.key == "cases":
                self.menus["cases"].addActions(actions)
            elif actions:
                sections.append((spec.title, actions))
            self._page_action_menus.extend(actions)
        # The pages first (in tab order), then the discretion switch, then each page's own actions
        # under its name, in the same order.
        view_menu.addSeparator()
        view_menu.addAction(self.discreet_action)
        for title, actions in sections:
            view_menu.addSection(title)
            view_menu.addActions(actions)
            if spec.key == "cases":
                for action in actions[:2]:  # new contact, new case
                    self.toolbar.insertAction(self._toolbar_tail, action)
        agenda, cases = self.pages.get("agenda"), self.pages.get("cases")
        if agenda is not None and cases is not None and hasattr(agenda, "caseRequested"):
            agenda.caseRequested.connect(self.show_case)
        if agenda is not None and cases is not None and hasattr(agenda, "followupsChanged") \
                and hasattr(cases, "refresh_case"):
            # A follow-up marked done in the agenda shows in the case list at once.
            agenda.followupsChanged.connect(cases.refresh_case)

    @Slot(int)
    def show_case(self, case_id: int) -> None:
        cases = self.pages.get("cases")
        if cases is None:
            return
        self.tabs.setCurrentWidget(cases)
        cases.show_case(case_id)  # type: ignore[attr-defined]

    def apply_layout(self) -> None:
        sidebar = self.settings.layout == "sidebar"
        self.tabs.setTabPosition(QTabWidget.TabPosition.West if sidebar else QTabWidget.TabPosition.North)

    # -- state ---------------------------------------------------------------------------------

    @property
    def notebook(self) -> Notebook | None:
        return self.session.notebook

    def _update_state(self) -> None:
        open_ = self.session.is_open
        for action in self._notebook_actions:
            action.setEnabled(open_ and not self.busy.busy)
        if open_ and self.notebook is not None and self.notebook.vault.read_only:
            self.import_action.setEnabled(False)
        self.recent_menu.setEnabled(not self.busy.busy)
        for menu in self.menus.values():
            menu.menuAction().setVisible(bool(menu.actions()) or menu is self.menus["file"])
        self.menus["cases"].menuAction().setVisible(open_ and bool(self.menus["cases"].actions()))
        self.toolbar.setVisible(open_)
        if open_ and self.vault_path is not None:
            name = self.tr("Demo") if self.demo_dir is not None else self.vault_path.stem
            self.setWindowTitle(f"{name} – vpnotes")
            self.saved_label.setText(self.tr("Every change is saved at once"))
        else:
            self.setWindowTitle("vpnotes")
            self.saved_label.setText("")

    def _show_banners(self, notebook: Notebook) -> None:
        self.demo_banner.show_message(self.tr(
            "Demo notebook: every person and case in it is fictional. It is deleted when you quit vpnotes."
        ) if self.demo_dir is not None else "")
        self.profile_banner.show_message(self.tr(
            "Test profile: this notebook's key is derived with the quick profile meant for tests only. "
            "Do not keep real cases in it."
        ) if notebook.vault.profile.for_tests_only else "")
        self.read_only_banner.show_message(self.tr(
            "Contribution to a joint annual report: it holds figures only and can be read, not changed."
        ) if notebook.is_contribution else self.tr(
            "Read only: this notebook is on a location where vpnotes cannot write. You can read, not change."
        ) if notebook.vault.read_only else "")
        folders = [str(notebook.vault.path)]
        backup = notebook.policy.get("backup.folder")
        if backup and self.demo_dir is None:
            folders.append(str(backup))
        warnings = [m for m in dict.fromkeys(sync_message(f) for f in folders) if m]
        self.sync_banner.show_message(" ".join(warnings))

    # -- opening, locking ----------------------------------------------------------------------

    def show_welcome(self) -> None:
        self.stack.setCurrentIndex(self.WELCOME)
        self.welcome.setFocus()
        self._update_state()

    def show_unlock(self, path: Path, hint: str = "") -> None:
        self.vault_path = path
        self.unlock.set_vault(path, hint)
        self.stack.setCurrentIndex(self.UNLOCK)
        self.unlock.setFocus()
        self._update_state()

    @Slot(object)
    def open_notebook(self, notebook: Notebook) -> None:
        """Show an opened notebook (from the lock screen, the create dialog or the demo)."""
        self._ensure_pages()
        self.vault_path = notebook.vault.path
        # The pages' first loads (the case list's) start on the worker only when the window's own
        # queries below are done: those would otherwise wait on the UI thread for the vault's lock.
        held = _HeldTasks()
        previous = worker.set_runner(held)
        try:
            self.session.open(notebook)
        finally:
            worker.set_runner(previous)
        if self.demo_dir is None:
            self.settings.add_recent(notebook.vault.path)
        self._show_banners(notebook)
        self.stack.setCurrentIndex(self.WORK)
        self._update_state()
        self.tabs.setCurrentIndex(0)
        current = self.tabs.currentWidget()
        if current is not None:
            current.setFocus()
        lifecycle_actions.after_open(self)
        # Its quick queries (what is due, drafts) before the pages' loads, which then take the vault.
        self.lock_guard.after_open(notebook)
        held.start()

    def lock(self) -> None:
        self.session.lock("manual")

    def _discreet_toggled(self) -> None:
        """F8: hide or show names and subjects in every list; remembered for the next start."""
        on = self.discreet_action.isChecked()
        self.settings.discreet = on
        discretion.switch().set_on(on)
        self.statusBar().showMessage(self.tr("Discreet view: names and subjects hidden (F8 shows them)") if on
                                     else self.tr("Names and subjects shown (F8 hides them)"), 5000)

    def close_notebook(self) -> None:
        self.session.lock("closed")

    @Slot(str)
    def _on_locked(self, reason: str) -> None:
        for banner in (self.demo_banner, self.profile_banner, self.read_only_banner, self.sync_banner):
            banner.clear_message()
        self.statusBar().clearMessage()
        if self.vault_path is not None and reason != "closed":
            hint = self._demo_hint()
            self.show_unlock(self.vault_path, hint)
            if reason in ("idle", "sleep"):
                self.unlock.hint.show_message(
                    (hint + "\n" if hint else "") + self.tr("Locked automatically after a period without use."))
            elif reason == "screen":
                self.unlock.hint.show_message(
                    (hint + "\n" if hint else "") + self.tr("Locked together with the computer."))
        elif self.vault_path is not None:
            self.show_unlock(self.vault_path, self._demo_hint())
        else:
            self.show_welcome()

    def _demo_hint(self) -> str:
        if self.demo_dir is None:
            return ""
        return self.tr("Demo notebook with fictional data. Its passphrase is: %1").replace(
            "%1", self.demo_passphrase)

    def _leave_current(self) -> None:
        """Close whatever is open before opening something else."""
        if self.session.is_open:
            self.session.lock("closed")
        self._drop_demo()

    def choose_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open notebook"), str(self._start_folder()), FILE_FILTER)
        return path

    def _start_folder(self) -> Path:
        last = self.settings.last_notebook
        return Path(last).parent if last else Path.home()

    def open_notebook_dialog(self) -> None:
        if self.busy.busy:
            return
        path = self.choose_open_path()
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """Show the lock screen for ``path``, after closing the current notebook."""
        self._leave_current()
        if not path.is_file():
            if self.vault_path is not None:
                self.show_unlock(self.vault_path)
            else:
                self.show_welcome()
            self.show_error(VpnotesError("Het bestand bestaat niet: kies een ander notitieboek.",
                                         "The file does not exist: choose another notebook."))
            return
        self.show_unlock(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for text in self.settings.recent_files:
            action = self.recent_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, p=text: self.open_path(Path(p)))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def new_notebook(self, profile: int | None = None) -> None:
        if self.busy.busy:
            return
        dialog = self.create_dialog(profile)
        if dialog.exec() and dialog.notebook is not None:
            self._leave_current()
            self.open_notebook(dialog.notebook)
            after_notebook_created(self)  # the first time: Help > Eerste stappen

    def create_dialog(self, profile: int | None = None) -> CreateNotebookDialog:
        from vpnotes.store.kdf import DEFAULT_PROFILE

        return CreateNotebookDialog(self, profile=DEFAULT_PROFILE if profile is None else profile)

    # -- demo ----------------------------------------------------------------------------------

    def start_demo(self, cases: int | None = None) -> None:
        """Create a demo notebook in a fresh private temporary folder and open it."""
        from vpnotes.demo import DEMO_PASSPHRASE, create_demo

        self._leave_current()
        folder = Path(tempfile.mkdtemp(prefix="vpnotes-demo-"))  # mode 0700
        self.demo_dir = folder
        self.demo_passphrase = DEMO_PASSPHRASE
        path = folder / "demo.vpnotes"
        self.statusBar().showMessage(self.tr("Preparing the demo notebook…"))

        def work() -> Notebook:
            create_demo(path, DEMO_PASSPHRASE, cases=cases, profile=1)
            return Notebook.open(path, DEMO_PASSPHRASE)

        self.busy.start(work, self._demo_ready, self._task_failed)

    def _demo_ready(self, notebook: Notebook) -> None:
        self.statusBar().clearMessage()
        self.open_notebook(notebook)

    def _drop_demo(self) -> None:
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)
            self.demo_dir = None
            self.demo_passphrase = ""
            self.vault_path = None

    # -- import and export ---------------------------------------------------------------------

    def ask(self, title: str, text: str) -> bool:
        """A yes/no question with No as default (replaced in tests)."""
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def choose_import_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), str(Path.home()),
                                              self.tr("Interchange files (*.json)"))
        return path

    def choose_export_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), str(Path.home() / "vpnotes-export.json"),
                                              self.tr("Interchange files (*.json)"))
        return path

    def import_file(self) -> None:
        notebook = self.notebook
        if notebook is None or self.busy.busy:
            return
        path = self.choose_import_path()
        if not path:
            return
        from vpnotes import interchange

        def work(report: Callable[[int, int], None]) -> interchange.ImportResult:
            report(0, 2)
            data = interchange.load_file(path)
            report(1, 2)
            result = interchange.import_data(notebook, data)
            report(2, 2)
            return result

        self.busy.start(work, self._imported, self._task_failed, self._progress)

    def _imported(self, result: Any) -> None:
        for page in self.pages.values():
            page.reload()  # type: ignore[attr-defined]
        counts = ", ".join((self.tr("%n case(s)", "", result.cases),
                            self.tr("%n activity(ies)", "", result.activities),
                            self.tr("%n signal(s)", "", result.signals)))
        self.statusBar().showMessage(self.tr("Imported: %1.").replace("%1", counts), 10_000)

    def export_file(self) -> None:
        notebook = self.notebook
        if notebook is None or self.busy.busy:
            return
        if not self.ask(self.tr("Export unencrypted?"), self.tr(
                "The export is NOT encrypted: it holds every name and note in this notebook, readable by anyone "
                "who gets the file. Keep it on this computer and delete it when you are done. Continue?")):
            return
        path = self.choose_export_path()
        if not path:
            return
        warning = sync_message(path)
        if warning and not self.ask(self.tr("Folder is synchronised"), warning + "\n\n" + self.tr("Export anyway?")):
            return
        from vpnotes import interchange

        def work(report: Callable[[int, int], None]) -> str:
            report(0, 1)
            interchange.export_file(notebook, path)
            report(1, 1)
            return path

        self.busy.start(work, self._exported, self._task_failed, self._progress)

    def _exported(self, path: str) -> None:
        self.statusBar().showMessage(
            self.tr("Export written to %1. Store or destroy it with care.").replace("%1", Path(path).name), 15_000)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _task_failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        if isinstance(exc, VpnotesError):
            if self.demo_dir is not None and not self.session.is_open:
                self._drop_demo()
                self.show_welcome()
            self.show_error(exc)
        else:
            crash.report_exception(exc)

    def show_error(self, exc: VpnotesError) -> None:
        """A core error as one clear sentence (the core speaks the UI's language)."""
        self.error_box(exc.message)

    def error_box(self, message: str) -> None:
        QMessageBox.warning(self, "vpnotes", message)

    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        self.work.setEnabled(not busy)  # pages wait while the worker holds the notebook
        self._update_state()

    # -- settings, about -----------------------------------------------------------------------

    def settings_dialog(self) -> Any:
        from vpnotes.ui.settings_dialog import SettingsDialog

        return SettingsDialog(self.notebook, self.settings, self)

    def show_settings(self) -> None:
        dialog = self.settings_dialog()
        if dialog.exec():
            self.apply_settings(dialog)

    def apply_settings(self, dialog: Any) -> None:
        if self.notebook is not None and "autolock_minutes" in dialog.changed_policies:
            self.session.set_autolock_minutes(int(self.notebook.policy.get("autolock_minutes")))
        if self.notebook is not None:
            self._show_banners(self.notebook)
        self.apply_layout()
        if dialog.language_changed:
            self.statusBar().showMessage(self.tr("The new language applies the next time vpnotes starts."), 10_000)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About vpnotes"), self.tr(
            "<h3>vpnotes %1</h3><p>An encrypted case notebook for the confidential counsellor "
            "(vertrouwenspersoon).</p><p>Everything stays in one encrypted file on this computer. "
            "vpnotes makes no network connections and never checks for updates.</p>"
            "<p>Releases are published on the GitHub Releases page of the vpnotes project, each with a "
            "SHA256SUMS file listing the SHA-256 checksum of every download: compare it with your "
            "download before you install (the manual, chapter Aan de slag, says how).</p>").replace("%1", __version__))

    # -- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy.busy:
            self.statusBar().showMessage(self.tr("Please wait until the current task has finished."), 5000)
            event.ignore()
            return
        if not lifecycle_actions.before_close(self):  # the daily backup first; the window closes after it
            event.ignore()
            return
        self.settings.geometry = QByteArray(self.saveGeometry())
        self.settings.sync()
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Lock, clear a copied secret, and remove a demo folder (quit and tests)."""
        with contextlib.suppress(RuntimeError):
            self.session.shutdown()
        clipboard.clear_secret()
        self._drop_demo()

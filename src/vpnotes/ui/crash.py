"""The one crash dialog: an unexpected exception is a bug, and the VP sees
where it happened, never what it was about.

Exception messages and local variables may hold case data (a name in a
``KeyError``, a note in a ``ValueError``), so the report is built from the
traceback's frames only (file, line, function) and the exception's type name.
:func:`install` hooks ``sys.excepthook`` (exceptions escaping slots end up
there under PySide6) and is what the worker's error paths call for non-user
errors too.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vpnotes import __version__


def crash_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Frames and type name only: no message, no source lines, no locals."""
    lines = [f"vpnotes {__version__}, Python {sys.version.split()[0]}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
    lines.append(exc_type.__name__)
    return "\n".join(lines)


def _short(filename: str) -> str:
    # From the package root on: the user's home folder (and user name) stays out of the report.
    parts = Path(filename).parts
    for anchor in ("vpnotes", "site-packages"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index:])
    return Path(filename).name


class CrashDialog(QDialog):
    """Tells the VP a bug happened, offers the report to copy, and lets them go on or quit."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("vpnotes: internal error"))
        self.report = report
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Something went wrong inside vpnotes. This is a bug, not something you did. "
            "Your notebook has not been changed by it: every change you made before was already saved.\n\n"
            "The report below shows only where in the program it happened; it holds none of your notes. "
            "You may send it to whoever supports vpnotes for you."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error report"))
        self.details.setMinimumHeight(160)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(self.tr("&Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = buttons.addButton(self.tr("&Quit vpnotes"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.continue_button = buttons.addButton(self.tr("C&ontinue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.clicked.connect(self._copy)
        self.quit_button.clicked.connect(self._quit)
        self.continue_button.clicked.connect(self.accept)
        self.continue_button.setDefault(True)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report)

    def _quit(self) -> None:
        self.reject()
        QCoreApplication.exit(1)


_showing = False
ShowDialog = Callable[[str], None]


def _show_dialog(report: str) -> None:
    global _showing
    if _showing:  # an error while the dialog is up: one dialog is enough
        return
    _showing = True
    try:
        CrashDialog(report, QApplication.activeWindow()).exec()
    finally:
        _showing = False


show: ShowDialog = _show_dialog
"""Replaced in tests to capture the report instead of opening a modal dialog."""


def report_exception(exc: BaseException) -> None:
    """Show the crash dialog for ``exc`` (worker errors that are not user errors)."""
    report = crash_report(type(exc), exc.__traceback__)
    print(report, file=sys.stderr)  # frames only, as the dialog; useful when started from a terminal
    show(report)


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.exit(130)
        return
    report = crash_report(exc_type, tb)
    print(report, file=sys.stderr)
    show(report)


def install() -> None:
    """Route uncaught exceptions to the crash dialog."""
    sys.excepthook = _hook

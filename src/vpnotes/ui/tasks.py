"""A dialog's step on the worker: the busy indication while it runs, and what
the VP reads when it fails.

:func:`start_task` is the pattern the notebook's lifecycle dialogs share (create,
change passphrase, restore, erase, hand over): clear the inline error, show the
dialog as running, run the work through :mod:`vpnotes.ui.worker` and, when it ends,
show the dialog as idle again before the result is handled. A core error
(:class:`~vpnotes.errors.VpnotesError`) shows its message inline; anything else is
a bug and goes to the crash report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtWidgets import QProgressBar

from vpnotes.errors import VpnotesError
from vpnotes.ui import crash
from vpnotes.ui.worker import Busy, run_task

T = TypeVar("T")


class Messages(Protocol):
    """Where a dialog shows its inline error (a ``MessageLabel``)."""

    def show_message(self, text: str) -> None: ...

    def clear_message(self) -> None: ...


def busy_bar(accessible_name: str) -> QProgressBar:
    """A thin bar that moves while work runs; hidden until then."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(10)
    bar.setAccessibleName(accessible_name)
    bar.hide()
    return bar


def show_failure(error: Messages, exc: BaseException) -> None:
    """A core error's message in ``error``; anything else is a bug, for the crash report."""
    if isinstance(exc, VpnotesError):
        error.show_message(exc.message)
    else:
        crash.report_exception(exc)


def start_task(busy: Busy | None, work: Callable[[], T], on_done: Callable[[T], None], *, error: Messages,
               running: Callable[[bool], None], on_error: Callable[[BaseException], None] | None = None) -> None:
    """Run ``work`` on the worker (counted by ``busy`` when given) with ``running(True)`` meanwhile.

    When it ends: ``running(False)``, then ``on_done(result)``; or on failure
    ``on_error(exc)`` (when given) and the failure shown in ``error``.
    """
    error.clear_message()
    running(True)

    def done(result: T) -> None:
        running(False)
        on_done(result)

    def failed(exc: BaseException) -> None:
        running(False)
        if on_error is not None:
            on_error(exc)
        show_failure(error, exc)

    if busy is not None:
        busy.start(work, done, failed)
    else:
        run_task(work, done, failed)

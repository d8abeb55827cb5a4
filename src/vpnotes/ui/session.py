"""The unlocked session: which notebook is open, which pages show it, and when
to lock it again (issue 3, "Lock").

A :class:`Session` hands the open :class:`Notebook` to every page and takes it
back when it locks: by Ctrl+L, after ``autolock_minutes`` (a policy in the
vault, default 5) without keyboard or mouse input, or when the computer wakes
from sleep past that limit. Sleep is noticed as a jump of the wall clock that
the monotonic clock did not see (on Linux and macOS the monotonic clock stands
still while suspended); the jump is checked on every timer tick *and* on the
first input after waking, because that first keystroke must not count as
activity that resets the idle time.

Ctrl+L locks from anywhere, also inside a modal dialog (Qt blocks the main
window's shortcuts there): the session's application-wide event filter sees
the key first. The operating system's own lock and sleep come in through
:meth:`Session.lock` with reason ``"screen"`` or ``"sleep"`` (:mod:`vpnotes.ui.os_lock`).

Locking first emits ``locking(notebook)`` while the vault is still open, so the
window can keep what is being typed as a draft and close every dialog; then it
drops the data (every page gets ``set_notebook(None)``, a secret on the
clipboard is cleared), then closes the vault, then tells the window.
Work running on the worker holds the vault; a lock asked for meanwhile waits
for it to finish. The clock is injectable so tests can advance time.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence

from vpnotes.store.notebook import Notebook
from vpnotes.ui import clipboard
from vpnotes.ui.worker import Busy

DEFAULT_AUTOLOCK_MINUTES = 5
LOCK_KEYS = QKeySequence("Ctrl+L")
TICK_MS = 10_000

# Input that proves someone is at the keyboard; window-system noise (paint, timers) does not.
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.MouseMove, QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
})


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def wall(self) -> float: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()


class Page(Protocol):
    """What a hosted page offers the session (agreed with the case pages)."""

    def set_notebook(self, notebook: Notebook | None) -> None: ...

    def reload(self) -> None: ...


class Session(QObject):
    """Owns the open notebook and locks it; emits ``locked(reason)`` afterwards.

    Reasons: ``"manual"``, ``"idle"``, ``"sleep"``, ``"screen"`` (the computer's own lock), ``"closed"``.
    """

    locking = Signal(object)  # the Notebook, still open: keep drafts, close dialogs
    locked = Signal(str)
    unlocked = Signal()

    def __init__(self, pages: Callable[[], Sequence[Page]], busy: Busy | None = None,
                 clock: Clock | None = None, tick_ms: int = TICK_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self.busy = busy
        self.clock: Clock = clock or SystemClock()
        self.notebook: Notebook | None = None
        self.limit_seconds = DEFAULT_AUTOLOCK_MINUTES * 60.0
        self._last_input = 0.0
        self._slept = 0.0  # seconds asleep since the last input
        self._last_mono = 0.0
        self._last_wall = 0.0
        self._pending_reason: str | None = None
        self._filtering = False
        self._locking = False
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        if busy is not None:
            busy.changed.connect(self._busy_changed)

    # -- opening -------------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.notebook is not None

    def open(self, notebook: Notebook) -> None:
        """Show ``notebook`` on every page and start watching for idleness."""
        if self.notebook is not None:
            self.lock("closed")
        self.notebook = notebook
        self.limit_seconds = float(self._policy_minutes(notebook)) * 60.0
        for page in self._pages():
            page.set_notebook(notebook)
        self._reset()
        self.timer.start()
        self._watch_input(True)
        self.unlocked.emit()

    def set_autolock_minutes(self, minutes: int) -> None:
        """Apply a changed policy at once (the settings dialog stored it in the vault)."""
        self.limit_seconds = float(minutes) * 60.0

    @staticmethod
    def _policy_minutes(notebook: Notebook) -> int:
        value = notebook.policy.get("autolock_minutes")
        return int(value) if isinstance(value, int) else DEFAULT_AUTOLOCK_MINUTES

    # -- idleness ------------------------------------------------------------------------------

    def _reset(self) -> None:
        now = self.clock.monotonic()
        self._last_input = now
        self._last_mono = now
        self._last_wall = self.clock.wall()
        self._slept = 0.0

    def _observe_clocks(self) -> None:
        """Add any time the wall clock moved but the monotonic clock did not (sleep)."""
        mono, wall = self.clock.monotonic(), self.clock.wall()
        jump = (wall - self._last_wall) - (mono - self._last_mono)
        if jump > 1.0:  # seconds; smaller differences are clock adjustment noise
            self._slept += jump
        self._last_mono, self._last_wall = mono, wall

    def idle_seconds(self) -> float:
        return self.clock.monotonic() - self._last_input + self._slept

    def due(self) -> str | None:
        """Why the session should lock now (``"idle"``/``"sleep"``), or None."""
        if self.notebook is None:
            return None
        self._observe_clocks()
        if self.idle_seconds() < self.limit_seconds:
            return None
        return "sleep" if self.idle_seconds() - self._slept < self.limit_seconds else "idle"

    @Slot()
    def tick(self) -> None:
        reason = self.due()
        if reason is not None:
            self.lock(reason)

    def user_active(self) -> bool:
        """Register input; returns False (and locks) when it comes after the limit."""
        if self.notebook is None:
            return True
        reason = self.due()
        if reason is not None:
            # Not from inside the event dispatch: the widget receiving this input is being emptied.
            QTimer.singleShot(0, lambda: self.lock(reason))
            return False
        self._last_input = self.clock.monotonic()
        self._slept = 0.0
        return True

    def _watch_input(self, on: bool) -> None:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is None or on == self._filtering:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and QKeySequence(event.keyCombination()) == LOCK_KEYS:
            # Ctrl+L inside a modal dialog (the window's shortcut is blocked there): lock once the
            # key's dispatch is over, as the dialog it arrived in is about to be closed.
            QTimer.singleShot(0, lambda: self.lock("manual"))
            return True
        # Input that arrives after the limit is swallowed: it must not reach a page being emptied.
        return event.type() in _ACTIVITY and not self.user_active()

    # -- locking -------------------------------------------------------------------------------

    def lock(self, reason: str = "manual") -> None:
        """Drop every reference to case data, close the vault, then emit ``locked``."""
        if self.notebook is None or self._locking:
            return
        if self.busy is not None and self.busy.busy:
            self._pending_reason = reason  # the worker holds the vault; lock when it is done
            return
        self._pending_reason = None
        self.timer.stop()
        self._watch_input(False)
        self._locking = True
        try:
            self.locking.emit(self.notebook)
        finally:
            self._locking = False
        for page in self._pages():
            page.set_notebook(None)
        clipboard.clear_secret()
        notebook, self.notebook = self.notebook, None
        notebook.close()
        self.locked.emit(reason)

    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._pending_reason is not None:
            self.lock(self._pending_reason)

    def shutdown(self) -> None:
        """At quit: lock without ceremony."""
        self.lock("closed")
        self._watch_input(False)

"""The one way to run work off the UI thread (DESIGN.md §2, after Picard's
``util/thread.py``).

:func:`run_task` hands a function to a thread pool and posts its result (or
its exception) back to the UI thread through a Qt signal, so ``on_done`` and
``on_error`` always run on the UI thread and may touch widgets. Key derivation,
opening, import and export go through here; nothing else starts threads.

Tests swap in :class:`SyncRunner` with :func:`set_runner`: the same callbacks,
called at once on the calling thread, so a test reads like the user's steps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

Progress = Callable[[int, int], None]
"""``report(done, total)``: how far a task has come."""

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class Runner(Protocol):
    def run(self, fn: Callable[..., Any], on_done: OnDone, on_error: OnError,
            progress: Progress | None = None) -> None: ...

    def active(self) -> int: ...


class _Bridge(QObject):
    """Lives on the UI thread; the pool emits its signals, its slots run on the UI thread."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, on_done: OnDone, on_error: OnError, progress: Progress | None,
                 finished: Callable[[_Bridge], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._progress = progress
        self._finished = finished
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        self._finished(self)
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, exc: Any) -> None:
        self._finished(self)
        self._on_error(exc)

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(done, total)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], bridge: _Bridge, with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.bridge = bridge
        self.with_progress = with_progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.bridge.progressed.emit) if self.with_progress else self.fn()
        except BaseException as exc:  # every failure goes back to the UI thread, bugs included
            self.bridge.failed.emit(exc)
            return
        self.bridge.done.emit(result)


class ThreadRunner:
    """Runs tasks on a private :class:`QThreadPool`; callbacks arrive on the UI thread."""

    def __init__(self, max_threads: int = 2) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(max_threads)
        self._bridges: set[_Bridge] = set()
        self._lock = threading.Lock()

    def run(self, fn: Callable[..., Any], on_done: OnDone, on_error: OnError,
            progress: Progress | None = None) -> None:
        bridge = _Bridge(on_done, on_error, progress, self._release)
        # The bridge must belong to the UI thread so its slots run there (queued).
        app = QCoreApplication.instance()
        if app is not None and bridge.thread() is not app.thread():
            bridge.moveToThread(app.thread())
        with self._lock:
            self._bridges.add(bridge)  # keep it alive until the result is delivered
        self.pool.start(_Task(fn, bridge, progress is not None))

    def _release(self, bridge: _Bridge) -> None:
        with self._lock:
            self._bridges.discard(bridge)
        bridge.deleteLater()

    def active(self) -> int:
        with self._lock:
            return len(self._bridges)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running tasks (at quit); callbacks still need the event loop."""
        return bool(self.pool.waitForDone(msecs))


class SyncRunner:
    """The synchronous stand-in for tests: runs the task and its callback at once."""

    def __init__(self) -> None:
        self.calls = 0

    def run(self, fn: Callable[..., Any], on_done: OnDone, on_error: OnError,
            progress: Progress | None = None) -> None:
        self.calls += 1
        try:
            result = fn(progress) if progress is not None else fn()
        except BaseException as exc:
            on_error(exc)
            return
        on_done(result)

    def active(self) -> int:
        return 0


_runner: Runner | None = None


def runner() -> Runner:
    global _runner
    if _runner is None:
        _runner = ThreadRunner()
    return _runner


def set_runner(new: Runner | None) -> Runner | None:
    """Replace the runner (tests); returns the previous one. ``None`` restores the default."""
    global _runner
    previous, _runner = _runner, new
    return previous


def run_task(fn: Callable[..., Any], on_done: OnDone, on_error: OnError,
             progress: Progress | None = None) -> None:
    """Run ``fn`` off the UI thread; ``on_done(result)`` or ``on_error(exc)`` then runs on the UI thread.

    With ``progress``, ``fn`` is called as ``fn(report)`` and each ``report(done, total)``
    reaches ``progress`` on the UI thread.
    """
    runner().run(fn, on_done, on_error, progress)


class Busy(QObject):
    """Counts tasks a window started, so it can wait with locking until they end."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.count = 0

    def start(self, fn: Callable[..., Any], on_done: OnDone, on_error: OnError,
              progress: Progress | None = None) -> None:
        self.count += 1
        if self.count == 1:
            self.changed.emit(True)

        def done(result: Any) -> None:
            self._end()
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._end()
            on_error(exc)

        run_task(fn, done, failed, progress)

    @Slot()
    def _end(self) -> None:
        self.count -= 1
        if self.count == 0:
            self.changed.emit(False)

    @property
    def busy(self) -> bool:
        return self.count > 0

"""The operating system's own lock and sleep, as triggers for locking the notebook (issue 9 item 1).

When she locks her computer (Win+L, the lid, the screen saver) or it goes to
sleep, the notebook locks too, so nothing is readable when the screen comes
back. Each platform tells it differently; :class:`SystemLockWatcher` turns all
of them into one signal, ``lockRequested(reason)`` with reason ``"screen"`` or
``"sleep"``:

- Windows: ``WTSRegisterSessionNotification`` for the window, then
  ``WM_WTSSESSION_CHANGE`` / ``WTS_SESSION_LOCK`` and ``WM_POWERBROADCAST`` /
  ``PBT_APMSUSPEND`` arrive as native events (:class:`WindowsMessageFilter`).
- Linux: over D-Bus when a bus is there, freedesktop's
  ``org.freedesktop.ScreenSaver.ActiveChanged(true)`` on the session bus, and
  logind's ``Session.Lock`` and ``Manager.PrepareForSleep(true)`` on the system bus.
- macOS: the distributed notification ``com.apple.screenIsLocked``, where PyObjC
  (``Foundation``) is installed; without it the idle timer and the sleep check of
  :mod:`vpnotes.ui.session` still lock.

Every source is optional: a missing bus or library is silently skipped (the
idle lock remains). The handlers are plain slots, so tests simulate each signal
by calling them or, on Windows, by passing a real ``MSG`` structure.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QObject, Signal, Slot

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


def windows_reason(message: int, wparam: int) -> str | None:
    """What a Windows message means for the notebook: ``"screen"``, ``"sleep"`` or nothing."""
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return "screen"
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "sleep"
    return None


class _Msg(ctypes.Structure):
    """Windows' ``MSG`` (winuser.h), enough of it to read the message and its wParam."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint), ("wParam", ctypes.c_size_t),
                ("lParam", ctypes.c_ssize_t), ("time", ctypes.c_ulong), ("pt_x", ctypes.c_long),
                ("pt_y", ctypes.c_long)]


class WindowsMessageFilter(QAbstractNativeEventFilter):
    """Reads Windows' native messages and tells the watcher about a lock or suspend."""

    def __init__(self, watcher: SystemLockWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(self, event_type: QByteArray | bytes | bytearray | memoryview,
                          message: Any) -> tuple[bool, int]:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if kind != b"windows_generic_MSG" or not message:
            return False, 0
        msg = _Msg.from_address(int(message))
        reason = windows_reason(msg.message, msg.wParam)
        if reason is not None:
            self._watcher.lockRequested.emit(reason)
        return False, 0  # others may want the message too


class SystemLockWatcher(QObject):
    """One signal for every way the operating system says "the screen is locked" or "going to sleep"."""

    lockRequested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []  # which sources are listened to (shown in tests and logs of nothing)
        self._windows_filter: WindowsMessageFilter | None = None
        self._mac_observer: Any = None

    def start(self, window_id: int | None = None) -> None:
        """Listen to what this platform offers; ``window_id`` is the main window's native handle (Windows)."""
        if sys.platform == "win32":
            self._start_windows(window_id)
        elif sys.platform == "darwin":
            self._start_macos()
        else:
            self._start_dbus()

    # -- the handlers (slots: D-Bus calls them, tests too) ----------------------------------------

    @Slot(bool)
    def screensaver_active_changed(self, active: bool) -> None:
        if active:
            self.lockRequested.emit("screen")

    @Slot()
    def session_locked(self) -> None:
        self.lockRequested.emit("screen")

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.lockRequested.emit("sleep")

    # -- platforms ---------------------------------------------------------------------------------

    def _start_windows(self, window_id: int | None) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        self._windows_filter = WindowsMessageFilter(self)
        app.installNativeEventFilter(self._windows_filter)
        self.sources.append("windows-power")
        if window_id is None:
            return
        try:
            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined,unused-ignore]
            if wtsapi.WTSRegisterSessionNotification(ctypes.c_void_p(window_id), NOTIFY_FOR_THIS_SESSION):
                self.sources.append("windows-session")
        except (OSError, AttributeError):
            pass  # no terminal services: sleep and the idle timer still lock

    def _start_dbus(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        session, system = QDBusConnection.sessionBus(), QDBusConnection.systemBus()
        wanted = [
            (session, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
             "ActiveChanged", "screensaver_active_changed(bool)", "screensaver"),
            (system, "org.freedesktop.login1", "", "org.freedesktop.login1.Session", "Lock",
             "session_locked()", "logind-lock"),
            (system, "org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
             "PrepareForSleep", "prepare_for_sleep(bool)", "logind-sleep"),
        ]
        for bus, service, path, interface, name, slot, source in wanted:
            if bus.isConnected() and bus.connect(service, path, interface, name, self, SLOT(slot).encode()):
                self.sources.append(source)

    def _start_macos(self) -> None:
        try:
            from Foundation import NSDistributedNotificationCenter  # type: ignore[import-not-found]
        except ImportError:
            return  # PyObjC not installed: the idle timer and the sleep check still lock
        center = NSDistributedNotificationCenter.defaultCenter()
        self._mac_observer = center.addObserverForName_object_queue_usingBlock_(
            "com.apple.screenIsLocked", None, None, lambda _note: self.lockRequested.emit("screen"))
        self.sources.append("macos-screen")

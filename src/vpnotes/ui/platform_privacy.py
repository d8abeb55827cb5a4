"""Keeping vpnotes' windows out of screenshots and screen sharing (DESIGN.md §12).

A VP who shares the screen in Teams must not show a case by accident. On Windows
(10 2004 and later) ``SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)``
leaves the window out of every capture; older Windows only knows
``WDA_MONITOR``, which shows a black rectangle instead, still better than the
case. On macOS ``NSWindow.sharingType = NSWindowSharingNone`` does the same. Both
are called through ctypes on the window's native handle (``winId()``: an HWND on
Windows, an NSView on macOS). On Linux no system offers this; the privacy
statement says so and :func:`capture_protection_supported` is False.

:class:`CaptureGuard` watches the application for every top-level window that is
shown (the main window, dialogs, wizards, message boxes) and applies the
choice; the setting ``allow_screen_capture`` (off by default) lifts it, at once
for the open windows too.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

WDA_NONE = 0x00
WDA_MONITOR = 0x01
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1
_APPLIED = "vpnotes_capture_allowed"  # widget property: the choice last applied to that window


def capture_protection_supported(platform: str | None = None) -> bool:
    platform = sys.platform if platform is None else platform
    return platform.startswith("win") or platform == "darwin"


def _user32() -> Any:
    return ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]


def _objc() -> Any:
    import ctypes.util

    library = ctypes.util.find_library("objc") or "/usr/lib/libobjc.A.dylib"
    objc = ctypes.cdll.LoadLibrary(library)
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    return objc


def _windows_exclude(hwnd: int, allow: bool) -> bool:
    user32 = _user32()
    if allow:
        return bool(user32.SetWindowDisplayAffinity(ctypes.c_void_p(hwnd), WDA_NONE))
    if user32.SetWindowDisplayAffinity(ctypes.c_void_p(hwnd), WDA_EXCLUDEFROMCAPTURE):
        return True
    # Before Windows 10 2004 the exclusion flag is refused: a black rectangle is the best there is.
    return bool(user32.SetWindowDisplayAffinity(ctypes.c_void_p(hwnd), WDA_MONITOR))


def _mac_exclude(view: int, allow: bool) -> bool:
    objc = _objc()
    send = objc.objc_msgSend
    send.restype = ctypes.c_void_p
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    window = send(ctypes.c_void_p(view), objc.sel_registerName(b"window"))
    if not window:
        return False  # not on screen yet: applied again at the next show
    send.restype = None
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong]  # NSUInteger
    sharing = NS_WINDOW_SHARING_READ_ONLY if allow else NS_WINDOW_SHARING_NONE
    send(ctypes.c_void_p(window), objc.sel_registerName(b"setSharingType:"), sharing)
    return True


def protect_window(widget: QWidget, allow_capture: bool, *, platform: str | None = None) -> bool:
    """Exclude ``widget``'s window from capture (or allow it); True when the system took it."""
    platform = sys.platform if platform is None else platform
    if not capture_protection_supported(platform):
        return False
    handle = int(widget.winId())
    if not handle:
        return False
    try:
        done = _windows_exclude(handle, allow_capture) if platform.startswith("win") else _mac_exclude(
            handle, allow_capture)
    except (OSError, AttributeError):  # an unusual system without the call: the app still works
        return False
    if done:
        widget.setProperty(_APPLIED, allow_capture)
    return done


class CaptureGuard(QObject):
    """Applies the capture choice to every top-level window when it is first shown."""

    def __init__(self, allow_capture: bool, parent: QObject | None = None, *, platform: str | None = None) -> None:
        super().__init__(parent)
        self.allow_capture = allow_capture
        self.platform = sys.platform if platform is None else platform

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow()
                and watched.property(_APPLIED) != self.allow_capture):
            protect_window(watched, self.allow_capture, platform=self.platform)
        return False

    def set_allow_capture(self, allow: bool) -> None:
        """Change the choice and apply it to the windows already open."""
        self.allow_capture = allow
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                protect_window(widget, allow, platform=self.platform)


_guard: CaptureGuard | None = None


def install(app: QApplication, allow_capture: bool, *, platform: str | None = None) -> CaptureGuard | None:
    """Watch ``app``'s windows (Windows and macOS only); returns the guard, or None on Linux."""
    global _guard
    if not capture_protection_supported(platform):
        return None
    if _guard is None:
        _guard = CaptureGuard(allow_capture, app, platform=platform)
        app.installEventFilter(_guard)
    else:
        _guard.set_allow_capture(allow_capture)
    return _guard


def uninstall(app: QApplication) -> None:
    global _guard
    if _guard is not None:
        app.removeEventFilter(_guard)
        _guard.deleteLater()
        _guard = None


def set_allow_capture(allow: bool) -> None:
    """The settings dialog changed the choice: apply it to the open windows."""
    if _guard is not None:
        _guard.set_allow_capture(allow)

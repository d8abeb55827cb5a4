"""Every window on the screen it opens on (issue 9 item 4).

A laptop of 1366x768 with a task bar leaves 1366x728; 1920x1080 at 150 %
scaling leaves 1280x720 logical pixels. Qt opens a dialog at its size hint,
which can be taller than that, with its buttons below the screen's edge.
:class:`ScreenFit`, installed once on the application, sees every top-level
window as it is shown and brings it inside the screen's available geometry
(smaller if needed, never smaller than its layout's minimum), so the buttons
stay on screen. The dialogs themselves keep their minimum sizes within the
smallest of those screens (``tests/ui/test_screen_fit.py`` checks each one).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

# Title bar and borders the window manager adds around a window (Qt knows them only once shown).
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_into(window: QWidget, available: QRect) -> None:
    """Resize and move ``window`` so that it, with its frame, lies inside ``available``."""
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    if extra.width() <= 0 and extra.height() <= 0:
        extra = FRAME_ALLOWANCE if window.isWindow() and window.parentWidget() is not None else QSize(0, 0)
    room = QSize(available.width() - extra.width(), available.height() - extra.height())
    size = window.size().boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room))
    if size != window.size():
        window.resize(size)
    x = min(max(window.x(), available.left()), available.right() + 1 - size.width() - extra.width())
    y = min(max(window.y(), available.top()), available.bottom() + 1 - size.height() - extra.height())
    if (x, y) != (window.x(), window.y()):
        window.move(max(x, available.left()), max(y, available.top()))


class ScreenFit(QObject):
    """Brings every top-level window inside the available screen as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow() \
                and not watched.inherits("QMenu") and not watched.inherits("QToolTip"):
            fit_into(watched, available_geometry(watched))
        return False


_installed: list[ScreenFit] = []


def install() -> None:
    """Watch every window of the application (once)."""
    app = QApplication.instance()
    if app is not None and not _installed:
        fit = ScreenFit(app)
        app.installEventFilter(fit)
        _installed.append(fit)

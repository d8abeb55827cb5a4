"""Copying note text without leaving it behind (DESIGN.md §8, as KeePassXC does).

:func:`copy_secret` puts text on the clipboard marked as secret, so clipboard
managers that honour the markers keep it out of their history: KDE's
``x-kde-passwordManagerHint: secret``, Windows' ``ExcludeClipboardContentFromMonitorProcessing``
(plus "not in Win+V history, not to the cloud clipboard"), and on macOS
``org.nspasteboard.ConcealedType`` (nspasteboard.org, honoured by Maccy, Alfred,
Paste and others). After
:data:`CLEAR_AFTER_MS` the clipboard is emptied, but only if it still holds what we
put there: whatever the VP copied since is left alone.
Locking and quitting clear it at once.

Only a hash of the copied text is remembered, never the text itself.
"""

from __future__ import annotations

import hashlib
import sys

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000

# Windows registers the names after "value=" as clipboard formats as they are.
_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
SECRET_MARKERS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    _WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"): b"\x01\x00\x00\x00",
    _WINDOWS.format("CanIncludeInClipboardHistory"): b"\x00\x00\x00\x00",
    _WINDOWS.format("CanUploadToCloudClipboard"): b"\x00\x00\x00\x00",
}

# macOS: Qt puts this MIME type on the pasteboard under the UTI named after "value=".
_MAC = 'application/x-qt-mac-pasteboard-mime;value="{}"'
MAC_CONCEALED = _MAC.format("org.nspasteboard.ConcealedType")

_copied_hash: bytes | None = None
_timer: QTimer | None = None


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def secret_markers(platform: str | None = None) -> dict[str, bytes]:
    """The markers for this system: the common ones, plus the concealed type on macOS."""
    platform = sys.platform if platform is None else platform
    markers = dict(SECRET_MARKERS)
    if platform == "darwin":
        # The type's presence is the signal; its data is not read. Empty, so no second copy of the text.
        markers[MAC_CONCEALED] = b""
    return markers


def secret_mime_data(text: str, platform: str | None = None) -> QMimeData:
    """Plain text plus every marker that asks clipboard managers to forget it."""
    data = QMimeData()
    data.setText(text)
    for fmt, value in secret_markers(platform).items():
        data.setData(fmt, value)
    return data


def copy_secret(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    """Copy ``text`` marked secret; clear it after ``clear_after_ms`` if still there."""
    global _copied_hash, _timer
    board = QGuiApplication.clipboard()
    board.setMimeData(secret_mime_data(text), QClipboard.Mode.Clipboard)
    _copied_hash = _digest(text)
    if _timer is None:
        _timer = QTimer()
        _timer.setSingleShot(True)
        _timer.timeout.connect(clear_secret)
    _timer.start(clear_after_ms)


def holds_secret() -> bool:
    """Whether the clipboard still holds the text we copied last."""
    if _copied_hash is None:
        return False
    current = QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)
    return bool(current) and _digest(current) == _copied_hash


def clear_secret() -> None:
    """Empty the clipboard if it still holds our secret (timer, lock, quit)."""
    global _copied_hash
    if _timer is not None:
        _timer.stop()
    if holds_secret():
        QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
    _copied_hash = None

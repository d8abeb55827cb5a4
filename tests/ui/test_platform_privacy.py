"""Screen-capture exclusion on Windows and macOS (DESIGN.md §12) and the macOS
concealed clipboard type, tested by simulating the platform: ``sys.platform`` and
the native calls (user32's ``SetWindowDisplayAffinity``, the Objective-C runtime)
are replaced, since only Linux runs here."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from vpnotes.ui import clipboard, platform_privacy
from vpnotes.ui.platform_privacy import WDA_EXCLUDEFROMCAPTURE, WDA_MONITOR, WDA_NONE, CaptureGuard
from vpnotes.ui.settings import Settings
from vpnotes.ui.settings_dialog import SettingsDialog


class FakeUser32:
    """user32 as far as we use it: records each call; refuses the values in ``refuse``."""

    def __init__(self, refuse: tuple[int, ...] = ()) -> None:
        self.calls: list[tuple[int, int]] = []
        self.refuse = refuse

    def SetWindowDisplayAffinity(self, hwnd: ctypes.c_void_p, affinity: int) -> int:
        self.calls.append((int(hwnd.value or 0), affinity))
        return 0 if affinity in self.refuse else 1


class FakeObjC:
    """The Objective-C runtime: ``[view window]`` answers a window pointer, ``setSharingType:`` is recorded."""

    WINDOW = 0xBEEF

    def __init__(self) -> None:
        self.sent: list[tuple[int, str, tuple[Any, ...]]] = []
        outer = self

        class Send:
            restype: Any = None
            argtypes: Any = None

            def __call__(self, receiver: ctypes.c_void_p, selector: bytes, *args: Any) -> int | None:
                outer.sent.append((int(receiver.value or 0), selector.decode(), args))
                return outer.WINDOW if selector == b"window" else None

        self.objc_msgSend = Send()

    @staticmethod
    def sel_registerName(name: bytes) -> bytes:
        return name


@pytest.fixture
def user32(monkeypatch: pytest.MonkeyPatch) -> FakeUser32:
    fake = FakeUser32()
    monkeypatch.setattr(platform_privacy, "_user32", lambda: fake)
    return fake


@pytest.fixture
def guard_reset(qapp: QApplication) -> Iterator[None]:
    yield
    platform_privacy.uninstall(qapp)


def test_windows_excludes_every_window_from_capture_by_default(qtbot: QtBot, user32: FakeUser32,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               qapp: QApplication, guard_reset: None) -> None:
    monkeypatch.setattr("sys.platform", "win32")
    assert platform_privacy.install(qapp, Settings().allow_screen_capture) is not None
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    dialog = QDialog(window)
    dialog.show()
    handles = {int(window.winId()), int(dialog.winId())}
    assert {hwnd for hwnd, _ in user32.calls} == handles
    assert {affinity for _, affinity in user32.calls} == {WDA_EXCLUDEFROMCAPTURE}
    # Showing a window again does not call the system again for the same choice.
    calls = len(user32.calls)
    window.hide()
    window.show()
    assert len(user32.calls) == calls
    dialog.close()


def test_allowing_capture_applies_to_open_windows_at_once(qtbot: QtBot, user32: FakeUser32,
                                                         monkeypatch: pytest.MonkeyPatch, qapp: QApplication,
                                                         guard_reset: None) -> None:
    monkeypatch.setattr("sys.platform", "win32")
    platform_privacy.install(qapp, False)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    platform_privacy.set_allow_capture(True)
    assert (int(window.winId()), WDA_NONE) in user32.calls


def test_older_windows_falls_back_to_a_black_rectangle(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeUser32(refuse=(WDA_EXCLUDEFROMCAPTURE,))
    monkeypatch.setattr(platform_privacy, "_user32", lambda: fake)
    window = QWidget()
    qtbot.addWidget(window)
    assert platform_privacy.protect_window(window, False, platform="win32")
    assert [affinity for _, affinity in fake.calls] == [WDA_EXCLUDEFROMCAPTURE, WDA_MONITOR]


def test_macos_sets_the_sharing_type_of_the_views_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeObjC()
    monkeypatch.setattr(platform_privacy, "_objc", lambda: fake)
    window = QWidget()
    qtbot.addWidget(window)
    assert platform_privacy.protect_window(window, False, platform="darwin")
    view = int(window.winId())
    assert fake.sent == [(view, "window", ()), (FakeObjC.WINDOW, "setSharingType:",
                                                (platform_privacy.NS_WINDOW_SHARING_NONE,))]
    platform_privacy.protect_window(window, True, platform="darwin")
    assert fake.sent[-1][2] == (platform_privacy.NS_WINDOW_SHARING_READ_ONLY,)


def test_linux_cannot_and_does_not_try(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    def unreachable() -> None:
        raise AssertionError("no native call on Linux")

    monkeypatch.setattr(platform_privacy, "_user32", unreachable)
    monkeypatch.setattr(platform_privacy, "_objc", unreachable)
    window = QWidget()
    qtbot.addWidget(window)
    assert not platform_privacy.protect_window(window, False, platform="linux")
    assert platform_privacy.install(qapp, False, platform="linux") is None


def test_a_system_without_the_call_is_not_a_crash(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> None:
        raise OSError("user32 not found")

    monkeypatch.setattr(platform_privacy, "_user32", missing)
    window = QWidget()
    qtbot.addWidget(window)
    assert not platform_privacy.protect_window(window, False, platform="win32")


def test_the_guard_watches_only_windows(qtbot: QtBot, user32: FakeUser32) -> None:
    guard = CaptureGuard(False, platform="win32")
    window = QWidget()
    qtbot.addWidget(window)
    child = QWidget(window)
    window.installEventFilter(guard)
    child.installEventFilter(guard)
    window.show()
    assert [hwnd for hwnd, _ in user32.calls] == [int(window.winId())]


def test_the_settings_dialog_offers_the_choice_where_it_exists(qtbot: QtBot, ui_settings: Settings,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              user32: FakeUser32, qapp: QApplication,
                                                              guard_reset: None) -> None:
    monkeypatch.setattr("sys.platform", "win32")
    assert ui_settings.allow_screen_capture is False
    dialog = SettingsDialog(None, ui_settings)
    qtbot.addWidget(dialog)
    assert dialog.allow_capture.isEnabled() and not dialog.allow_capture.isChecked()
    assert dialog.allow_capture.text() == "&Schermafbeeldingen en scherm delen van vpnotes-vensters toestaan"
    dialog.allow_capture.setChecked(True)
    dialog.apply()
    assert ui_settings.allow_screen_capture is True
    reopened = SettingsDialog(None, ui_settings)
    qtbot.addWidget(reopened)
    assert reopened.allow_capture.isChecked()


def test_on_linux_the_dialog_says_capture_cannot_be_prevented(qtbot: QtBot, ui_settings: Settings,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    dialog = SettingsDialog(None, ui_settings)
    qtbot.addWidget(dialog)
    assert not dialog.allow_capture.isEnabled()
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "kan vpnotes zijn vensters niet buiten schermafbeeldingen" in labels
    dialog.apply()
    assert ui_settings.allow_screen_capture is False  # the greyed box stores nothing


def test_macos_clipboard_marks_copied_text_as_concealed() -> None:
    mac = clipboard.secret_mime_data("Anna de Vries", platform="darwin")
    assert mac.hasFormat('application/x-qt-mac-pasteboard-mime;value="org.nspasteboard.ConcealedType"')
    assert mac.text() == "Anna de Vries"
    assert "x-kde-passwordManagerHint" in mac.formats()
    linux = clipboard.secret_mime_data("Anna de Vries", platform="linux")
    assert clipboard.MAC_CONCEALED not in linux.formats()

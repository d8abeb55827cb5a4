"""Core dumps and crash reports are switched off at start (issue 14 D4), on each system
as far as it allows; a refusal by the system never stops the program."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from vpnotes import process_hardening


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux measures")
def test_linux_process_is_not_dumpable_and_has_no_core_limit() -> None:
    import ctypes
    import resource

    # In this process: harmless for the test run (no test wants a core dump either).
    assert process_hardening.disable_core_dumps() == ("RLIMIT_CORE", "PR_SET_DUMPABLE")
    assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    assert ctypes.CDLL(None).prctl(process_hardening.PR_GET_DUMPABLE, 0, 0, 0, 0) == 0


class _FakeKernel32:
    def __init__(self) -> None:
        self.mode = 0x8000  # SEM_NOOPENFILEERRORBOX set by someone else: kept

    def GetErrorMode(self) -> int:
        return self.mode

    def SetErrorMode(self, mode: int) -> int:
        previous, self.mode = self.mode, mode
        return previous


def test_windows_keeps_error_reporting_out_of_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    kernel32 = _FakeKernel32()
    monkeypatch.setattr(process_hardening, "_kernel32", lambda: kernel32)
    assert process_hardening.disable_core_dumps("win32") == ("SetErrorMode",)
    assert kernel32.mode == 0x8000 | process_hardening.SEM_FAILCRITICALERRORS | process_hardening.SEM_NOGPFAULTERRORBOX


def test_macos_sets_the_core_limit_only(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(process_hardening, "_core_limit_zero", lambda: calls.append("rlimit") or True)
    monkeypatch.setattr(process_hardening, "_not_dumpable", lambda: calls.append("prctl") or True)
    assert process_hardening.disable_core_dumps("darwin") == ("RLIMIT_CORE",)
    assert calls == ["rlimit"]


def test_a_refusing_system_is_no_reason_to_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: Any) -> Any:
        raise OSError("not allowed")

    monkeypatch.setattr(process_hardening, "_kernel32", refuse)
    monkeypatch.setattr(process_hardening, "_libc", refuse)
    assert process_hardening.disable_core_dumps("win32") == ()
    assert "PR_SET_DUMPABLE" not in process_hardening.disable_core_dumps("linux")

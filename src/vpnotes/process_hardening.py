"""Keep the notebook's plaintext out of crash dumps (issue 14, D4).

A core dump of a crashed vpnotes process holds whatever was in memory: names,
notes and the raw SQLCipher key. :func:`disable_core_dumps` is called first
thing by the command line and by the app:

- POSIX (Linux, macOS): the core-file size limit is set to 0, soft and hard, so
  no child or later call can raise it again;
- Linux: ``prctl(PR_SET_DUMPABLE, 0)`` as well, which also covers a
  ``core_pattern`` that pipes to a crash collector (systemd-coredump, apport
  ignore the size limit) and stops other processes of the same user from
  attaching a debugger or reading ``/proc/<pid>/mem``;
- Windows: ``SetErrorMode`` with ``SEM_NOGPFAULTERRORBOX`` keeps Windows Error
  Reporting (which collects a dump for upload) out of a crash; dumps that an
  administrator configures machine-wide (``LocalDumps``) stay outside our reach.

Each measure is best effort: a refusal by the system is no reason to refuse the
VP her notebook. The function reports what it applied, for tests and selftest.
Only the standard library is used here, so the GUI-free core can call it.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


def disable_core_dumps(platform: str | None = None) -> tuple[str, ...]:
    """Switch off core dumps and crash reports for this process; returns the measures applied."""
    platform = sys.platform if platform is None else platform
    applied: list[str] = []
    if platform == "win32":
        if _windows_error_mode():
            applied.append("SetErrorMode")
        return tuple(applied)
    if _core_limit_zero():
        applied.append("RLIMIT_CORE")
    if platform.startswith("linux") and _not_dumpable():
        applied.append("PR_SET_DUMPABLE")
    return tuple(applied)


def _core_limit_zero() -> bool:
    try:
        import resource
    except ImportError:
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return True


def _libc() -> Any:
    return ctypes.CDLL(None, use_errno=True)


def _not_dumpable() -> bool:
    try:
        libc = _libc()
        return bool(libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _kernel32() -> Any:
    return ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]


def _windows_error_mode() -> bool:
    try:
        kernel32 = _kernel32()
        mode = int(kernel32.GetErrorMode())
        kernel32.SetErrorMode(mode | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
    except (OSError, AttributeError):
        return False
    return True

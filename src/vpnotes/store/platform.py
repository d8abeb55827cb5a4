"""File-system primitives that behave alike on Windows, macOS, Linux and USB sticks.

Every place that makes a file durable, publishes it under its final name or
removes it goes through these helpers, because the systems differ:

- **fsync** needs a handle open for writing on Windows (``EBADF`` on a
  read-only one); on macOS ``fsync`` does not flush the drive's cache, only
  ``fcntl(F_FULLFSYNC)`` does. Folders can be fsynced on POSIX only.
- **Publishing without overwriting**: ``os.link`` is refused on FAT32/exFAT
  (the usual USB stick) and on some network shares. Windows ``os.rename``
  never overwrites; Linux has ``renameat2(RENAME_NOREPLACE)`` and macOS
  ``renamex_np(RENAME_EXCL)``; elsewhere a hard link, and where even that is
  refused a check-then-rename (the one fallback with a short race, documented
  in docs/ARCHITECTURE.md).
- **Windows file locks**: Defender, the search indexer or OneDrive briefly hold
  files open, and replacing or deleting them fails with WinError 5 or 32. Such
  operations are retried with backoff for a few seconds, then reported as
  :class:`~vpnotes.errors.FileBusy` (another program holds the file), never as
  a read-only location.
- **Temporary files** are hidden in Explorer on Windows and carry a lock while
  they are being written, so a later run can tell an abandoned one (its writer
  was killed) from one that is still being written, and remove it.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from vpnotes.errors import DestinationExists, FileBusy

T = TypeVar("T")

IS_WINDOWS = sys.platform == "win32"
IS_MACOS = sys.platform == "darwin"

# Windows errors raised while another program holds a file open.
_WINDOWS_BUSY = {5, 32, 33}  # access denied (pending delete, scanner), sharing violation, lock violation
# How long to wait for such a program to let go: the delays between attempts.
BUSY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.5)

# errno values with which a file system refuses hard links (FAT32, exFAT, some shares).
_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS, errno.EMLINK, errno.EXDEV}
_NO_RENAMEAT2 = {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP}

FILE_ATTRIBUTE_HIDDEN = 0x2
# fcntl command that makes macOS flush the drive's own cache (F_FULLFSYNC in <fcntl.h>).
F_FULLFSYNC = 51


# -- durability ----------------------------------------------------------------------------------


def sync_handle(fd: int) -> None:
    """Make everything written through ``fd`` durable (a real cache flush on macOS)."""
    if IS_MACOS:
        import fcntl

        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, getattr(fcntl, "F_FULLFSYNC", F_FULLFSYNC))
            return
    os.fsync(fd)


def fsync_file(path: Path) -> None:
    """fsync a file by path, opened for writing (Windows refuses fsync on a read-only handle)."""
    flags = os.O_RDWR | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        sync_handle(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename or a new name in ``path`` durable where the system allows it.

    Windows cannot open a folder as a file (NTFS commits names itself); some POSIX
    file systems refuse to fsync one (vfat on older kernels, network shares): then
    there is nothing more we can do.
    """
    if IS_WINDOWS:
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- Windows file locks --------------------------------------------------------------------------


def held_by_another_program(exc: BaseException) -> bool:
    """Whether ``exc`` is Windows saying that another program holds the file open."""
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in _WINDOWS_BUSY


def retry_busy(action: Callable[[], T]) -> T:
    """Run ``action``; while another program holds the file, retry with backoff, then FileBusy."""
    for delay in (*BUSY_DELAYS, None):
        try:
            return action()
        except PermissionError as exc:
            if not held_by_another_program(exc):
                raise
            if delay is None:
                raise FileBusy() from None
            time.sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def replace(src: Path, dst: Path) -> None:
    """``os.replace`` that waits for a scanner or sync client to let go of either file."""
    retry_busy(lambda: os.replace(src, dst))


def remove(path: Path) -> bool:
    """Delete ``path`` (waiting for a scanner to let go); False when it was already gone."""
    try:
        retry_busy(lambda: os.unlink(path))
    except FileNotFoundError:
        return False
    return True


# -- publishing without overwriting --------------------------------------------------------------


def _libc() -> Any:
    name = ctypes.util.find_library("c")
    return ctypes.CDLL(name, use_errno=True) if name else None


_AT_FDCWD = -100


def _call_libc(function_name: str, *args: Any) -> bool:
    """Call a C library function that returns 0 or -1 with errno.

    True on success; False when the system lacks the function or refuses the
    operation as unsupported (the caller then falls back); otherwise the OSError.
    """
    libc = _libc()
    function = getattr(libc, function_name, None) if libc is not None else None
    if function is None:
        return False
    if function(*args) == 0:
        return True
    code = ctypes.get_errno()
    if code in _NO_RENAMEAT2:
        return False
    raise OSError(code, os.strerror(code))


def _renameat2_noreplace(src: Path, dst: Path) -> bool:
    """Linux ``renameat2(..., RENAME_NOREPLACE)``; False when the system lacks it."""
    rename_noreplace = 1
    return _call_libc("renameat2", _AT_FDCWD, os.fsencode(src), _AT_FDCWD, os.fsencode(dst), rename_noreplace)


def _renamex_excl(src: Path, dst: Path) -> bool:
    """macOS ``renamex_np(..., RENAME_EXCL)``; False when the system lacks it."""
    rename_excl = 0x4
    return _call_libc("renamex_np", os.fsencode(src), os.fsencode(dst), rename_excl)


def link_following(src: Path, dst: Path) -> None:
    """``linkat(src, dst, AT_SYMLINK_FOLLOW)`` (Linux): name the file a /proc fd link points at.

    Python's ``os.link`` calls plain ``link`` there, which links the symlink itself.
    Raises FileExistsError rather than overwrite.
    """
    at_symlink_follow = 0x400
    if not _call_libc("linkat", _AT_FDCWD, os.fsencode(src), _AT_FDCWD, os.fsencode(dst), at_symlink_follow):
        raise OSError(errno.ENOSYS, "linkat")


def _link_then_unlink(src: Path, dst: Path) -> bool:
    """Hard link then drop the temporary name; False where links are refused (FAT, shares)."""
    try:
        os.link(src, dst)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno in _NO_LINKS:
            return False
        raise
    with contextlib.suppress(FileNotFoundError):
        os.unlink(src)
    return True


def publish(src: Path, dst: Path) -> None:
    """Give the finished file ``src`` the name ``dst``, atomically, never overwriting.

    Raises DestinationExists when ``dst`` appeared meanwhile (``src`` stays for the
    caller to remove) and the OSError of anything else.
    """
    try:
        if IS_WINDOWS:
            retry_busy(lambda: os.rename(src, dst))  # MoveFileExW without REPLACE_EXISTING
            return
        if sys.platform.startswith("linux") and _renameat2_noreplace(src, dst):
            return
        if IS_MACOS and _renamex_excl(src, dst):
            return
        if _link_then_unlink(src, dst):
            return
        # A file system with neither (old kernel on FAT): check, then rename. The
        # window between the two is a few microseconds of our own process.
        if os.path.lexists(dst):
            raise DestinationExists()
        os.rename(src, dst)
    except FileExistsError:
        raise DestinationExists() from None


# -- temporary files -----------------------------------------------------------------------------


def hide(path: Path) -> None:
    """Hide a temporary file in Explorer (Windows); names starting with a dot do that elsewhere."""
    if not IS_WINDOWS:
        return
    with contextlib.suppress(OSError, AttributeError):
        _kernel32().SetFileAttributesW(str(path), FILE_ATTRIBUTE_HIDDEN)


def _kernel32() -> Any:
    if sys.platform == "win32":
        return ctypes.windll.kernel32
    raise AttributeError("kernel32 exists on Windows only")


def lock_handle(fd: int) -> None:
    """Mark a temporary file as being written: an advisory ``flock`` on its handle (POSIX).

    SQLite's byte-range locks are another kind and are not disturbed. The lock goes
    when the handle is closed or the process dies, which is how a cleaner tells an
    abandoned file from a living one. On Windows nothing is taken: a handle we
    kept open would block the final rename, and the cleaner goes by age there.
    """
    if IS_WINDOWS:
        return
    import fcntl

    with contextlib.suppress(OSError):  # a share without flock: the cleaner goes by age
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


# A temporary file whose lock cannot be tested is taken for abandoned when untouched this long.
ABANDONED_AFTER = 3600.0


def _old(path: Path) -> bool:
    try:
        return time.time() - path.stat().st_mtime > ABANDONED_AFTER
    except OSError:
        return False


def abandoned(path: Path) -> bool:
    """Whether the temporary file ``path`` no longer has a living writer."""
    if IS_WINDOWS:
        return _old(path)  # and a file a living writer holds open cannot be deleted anyway
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False  # its writer is alive
    except OSError:
        return _old(path)
    finally:
        os.close(fd)  # also releases the lock we may just have taken
    return True

"""Writing plaintext output files (exports, reports, extracts) safely.

An output appears at its destination complete or not at all, never over an
existing file, owner-only (0600), and a process killed while writing it leaves
no plaintext behind (issue 14 D2):

- On Linux the data goes into an unnamed file (``O_TMPFILE``) in the destination
  folder, which is given its name only when complete (``linkat``). A kill before
  that leaves nothing at all: the kernel frees a file that has no name.
- Elsewhere (Windows, macOS, a FAT stick on Linux) it goes into a locked,
  hidden temporary file beside the destination (:mod:`vpnotes.store.tempfiles`)
  that is renamed into place without overwriting. A kill leaves that file; the
  next vpnotes run that writes into the folder, or opens a notebook in it,
  removes it.

A failure (disk full, a folder that cannot be written) removes the partial file
and raises one of our errors, blaming the destination, not the notebook.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from vpnotes.errors import DestinationExists, VpnotesError, translate_os_error
from vpnotes.store import platform, tempfiles

# errno values with which a file system or kernel refuses O_TMPFILE (vfat, network shares, old kernels).
_NO_TMPFILE = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT, errno.ENOTSUP}


def write_new_file(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Atomically create ``path`` with ``data`` (owner-only)."""
    tempfiles.check_destination(path, may_exist=overwrite)
    with contextlib.suppress(OSError):
        tempfiles.remove_abandoned(path.parent)  # what a killed run left on another system
    try:
        if not overwrite and _write_unnamed(path, data):
            platform.fsync_dir(path.parent)
            return
        with tempfiles.beside(path) as temp:
            _write_all(temp, data)
            if overwrite:
                platform.replace(temp, path)
            else:
                platform.publish(temp, path)
        platform.fsync_dir(path.parent)
    except OSError as exc:
        raise translate_os_error(exc, destination=True) from None


def _write_all(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        platform.sync_handle(handle.fileno())


def _write_unnamed(path: Path, data: bytes) -> bool:
    """Write ``data`` into an unnamed file and link it in as ``path`` (Linux); False if unsupported."""
    flag = getattr(os, "O_TMPFILE", 0)
    proc = Path("/proc/self/fd")
    if not flag or not proc.is_dir():
        return False
    try:
        fd = os.open(path.parent, flag | os.O_WRONLY, 0o600)
    except OSError as exc:
        if exc.errno in _NO_TMPFILE:
            return False
        raise
    try:
        with os.fdopen(fd, "wb", closefd=False) as handle:
            handle.write(data)
            handle.flush()
        os.fchmod(fd, 0o600)
        os.fsync(fd)
        # linkat(AT_SYMLINK_FOLLOW) through /proc: the kernel's way to name an O_TMPFILE
        # file without privileges. Fails with EEXIST rather than overwrite.
        platform.link_following(proc / str(fd), path)
    except FileExistsError:
        raise DestinationExists() from None
    except OSError as exc:
        if exc.errno in (errno.ENOSYS, errno.ENOENT):  # no linkat, or no /proc: the unnamed file just goes
            return False
        raise
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
    return True


@contextlib.contextmanager
def removed_unless_logged(path: Path) -> Iterator[None]:
    """Around the audit entry of an output or copy just written: remove it again if logging fails.

    No output or copy of the notebook exists without its entry in the log (issue
    14 D20), and an error's "nothing was changed" stays true, e.g. when the
    notebook's disk is full but the output went to another one (D5).
    """
    try:
        yield
    except BaseException:
        with contextlib.suppress(OSError, VpnotesError):
            platform.remove(path)
        raise

"""Temporary files beside a destination: named, created, locked and cleaned up alike.

Every vault copy vpnotes writes, and every plaintext output where the system
has no unnamed files (:mod:`vpnotes.store.files`), is finished under a temporary
name in the destination's own folder and only then given its final name
(:func:`vpnotes.store.platform.publish`), so a crash leaves nothing at the
destination. The temporary name has one unmistakable pattern::

    .<name, shortened to fit>.<12 hex digits>.vpnotes-tmp

It never exceeds 255 bytes (the limit of every common file system), however
long the destination's name. While being written it is locked
(:func:`vpnotes.store.platform.writer_lock`); a file of this pattern whose lock
nobody holds was left by a killed process and :func:`remove_abandoned` deletes
it (with a journal SQLite may have left beside it). That runs whenever vpnotes
writes into a folder and when a vault is opened, so a half-made copy goes at
the next opportunity.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

from vpnotes.errors import DestinationExists, FileBusy, NameTooLong, VaultMissing, translate_os_error
from vpnotes.store import platform

TEMP_SUFFIX = ".vpnotes-tmp"
JOURNAL = "-journal"
MAX_NAME_BYTES = 255
_TOKEN_CHARS = 12
_PATTERN = re.compile(r"^\..*\.[0-9a-f]{12}\.vpnotes-tmp(?:-journal)?$", re.DOTALL)


def _shortened(name: str, budget: int) -> str:
    """``name`` cut to at most ``budget`` UTF-8 bytes without splitting a character."""
    encoded = os.fsencode(name)
    if len(encoded) <= budget:
        return name
    return encoded[:budget].decode("utf-8", "ignore") if budget > 0 else ""


def temp_path_beside(path: Path) -> Path:
    """A fresh temporary name in ``path``'s folder, at most 255 bytes long (journal included)."""
    fixed = 1 + 1 + _TOKEN_CHARS + len(TEMP_SUFFIX) + len(JOURNAL)  # dot, dot, token, suffix, SQLite's journal
    stem = _shortened(path.name, MAX_NAME_BYTES - fixed)
    return path.with_name(f".{stem}.{secrets.token_hex(_TOKEN_CHARS // 2)}{TEMP_SUFFIX}")


def check_destination(
    target: Path, *, folder_message: tuple[str, str] | None = None, may_exist: bool = False
) -> None:
    """Refuse a destination before any work: folder missing (VaultMissing), name too
    long (NameTooLong), something already there, a link included (DestinationExists)."""
    try:
        if not target.parent.is_dir():
            nl, en = folder_message or ("De doelmap bestaat niet.", "The destination folder does not exist.")
            raise VaultMissing(nl, en)
        if len(os.fsencode(target.name)) > MAX_NAME_BYTES:
            raise NameTooLong()
        if not may_exist and os.path.lexists(target):
            raise DestinationExists()
    except OSError as exc:
        raise translate_os_error(exc, destination=True) from None


def is_temp_name(name: str) -> bool:
    return _PATTERN.match(name) is not None


def create(path: Path) -> int:
    """Create an empty owner-only file and return its open handle; DestinationExists if anything is there."""
    try:
        return os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        raise DestinationExists() from None
    except OSError as exc:
        raise translate_os_error(exc, destination=True) from None


def discard(temp: Path) -> None:
    """Remove a temporary file and the journal SQLite may have left beside it."""
    for leftover in (temp, temp.with_name(temp.name + JOURNAL)):
        with contextlib.suppress(OSError, FileBusy):  # never hide the error that brought us here
            platform.remove(leftover)


@contextlib.contextmanager
def beside(target: Path) -> Iterator[Path]:
    """A new, hidden, locked temporary file in ``target``'s folder; removed afterwards if still there.

    Abandoned temporary files in the folder are removed first. A name too long
    for the file system is refused with a clear message.
    """
    folder = target.parent
    with contextlib.suppress(OSError):
        remove_abandoned(folder)
    if len(os.fsencode(str(target))) > 4000:
        raise NameTooLong()
    temp = temp_path_beside(target)
    fd: int | None = create(temp)
    try:
        assert fd is not None
        platform.lock_handle(fd)
        if platform.IS_WINDOWS:  # an open handle would block the final rename there
            os.close(fd)
            fd = None
        platform.hide(temp)
        yield temp
    finally:
        if fd is not None:
            os.close(fd)
        discard(temp)


def remove_abandoned(folder: Path, *, keep: str | None = None) -> int:
    """Delete temporary files of ours in ``folder`` whose writer is gone; returns how many went.

    ``keep``: a name never to remove (a vault being opened under a temporary name, such as
    a contribution being built, is in use by this very process).
    """
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    present = set(names)
    for name in names:
        if not is_temp_name(name) or (keep is not None and name in (keep, keep + JOURNAL)):
            continue
        path = folder / name
        if name.endswith(JOURNAL):
            owner = name[: -len(JOURNAL)]
            if owner in present:
                continue  # goes with its owner below
            if not path.is_file():
                continue
        elif not path.is_file() or path.is_symlink() or not platform.abandoned(path):
            continue
        try:
            os.unlink(path)
        except OSError:
            continue  # held by a living writer (Windows) or not ours to delete
        removed += 1
        journal = folder / (name + JOURNAL)
        if name + JOURNAL in present:
            with contextlib.suppress(OSError):
                os.unlink(journal)
                removed += 1
    if removed:
        platform.fsync_dir(folder)
    return removed

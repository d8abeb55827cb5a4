"""Writing plaintext output files (exports, reports, extracts) safely.

An output file is written to a temporary name beside its destination with mode
0600, fsynced, then linked into place only if nothing is there (never
overwriting). A failure (disk full, read-only folder) removes the partial file
and raises one of our errors, so no half-written file is left behind.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from vpnotes.errors import DestinationExists, ReadOnlyVault, VaultMissing
from vpnotes.store.vault import fsync_dir, precreate, temp_path_beside, translate


def write_new_file(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Atomically create ``path`` with ``data`` (owner-only)."""
    if not path.parent.is_dir():
        raise VaultMissing("De doelmap bestaat niet.", "The destination folder does not exist.")
    if path.exists() and not overwrite:
        raise DestinationExists()
    temp = temp_path_beside(path)
    try:
        precreate(temp)
    except ReadOnlyVault:
        raise ReadOnlyVault("In deze map kan niet worden geschreven.", "This folder is not writable.") from None
    try:
        try:
            with open(temp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if overwrite:
                os.replace(temp, path)
            else:
                os.link(temp, path)
        except FileExistsError:
            raise DestinationExists() from None
        except OSError as exc:
            raise translate(exc) from None
        fsync_dir(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)

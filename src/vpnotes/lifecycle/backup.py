"""Backups: encrypted copies under the vault's own key and salt (DESIGN.md §3), so
they need no passphrase to make and open with the passphrase the vault had at
that moment.

- :func:`backup` writes one on demand to a path the VP chose (never over an
  existing file: :class:`~vpnotes.errors.DestinationExists`, exit 6) and
  remembers the path so the notebook can list it later.
- :func:`auto_backup` is called when the app closes: at most once a calendar day,
  into the policy's ``backup.folder`` (default: the user's data folder, see
  :func:`vpnotes.lifecycle.locations.default_backup_folder`), keeping the newest
  ``backup.keep``. Names hold the notebook's random id and a time stamp, nothing
  about cases: ``vpnotes-<id>-YYYYMMDD-HHMMSS.vpnotes``.
- :func:`known_backups` lists both kinds and says which still open with an older
  passphrase; :func:`reencrypt_backup` and :func:`delete_backup` act on them after
  a passphrase change or a handover.
- :func:`restore_backup` copies a backup to a new path (restoring never touches
  the backup itself, nor an existing file); it opens with the backup's passphrase.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vpnotes.errors import (
    InvalidInput,
    VaultMissing,
    VpnotesError,
    translate_os_error,
)
from vpnotes.lifecycle import meta
from vpnotes.lifecycle.locations import default_backup_folder, usable_backup_folder
from vpnotes.store import audit, kdf, platform, tempfiles
from vpnotes.store.files import removed_unless_logged
from vpnotes.store.notebook import Notebook
from vpnotes.store.platform import fsync_dir
from vpnotes.store.vault import Vault, fsync_path, publish_file, translate

SUFFIX = ".vpnotes"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^vpnotes-(?P<id>[0-9a-f]{12})-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.vpnotes$")


@dataclass(frozen=True)
class KnownBackup:
    """A backup this notebook knows of."""

    path: Path
    made: datetime
    automatic: bool  # in the backup folder under our naming scheme (else written on demand)
    current_passphrase: bool  # made with the vault's current key and salt


def backup_folder(notebook: Notebook) -> Path:
    """The folder for automatic backups: the policy's ``backup.folder`` or the default."""
    # A chosen folder this machine cannot use (another system's path, a predecessor's, a stick
    # not plugged in) falls back to the default and is never created.
    return usable_backup_folder(str(notebook.policy.get("backup.folder") or "")) or default_backup_folder()


def backup_name(notebook_id: str, when: datetime) -> str:
    return f"vpnotes-{notebook_id}-{when.strftime(_STAMP)}{SUFFIX}"


def backup(notebook: Notebook, dest: str | os.PathLike[str]) -> Path:
    """Write a backup to ``dest`` (which must not exist); remembered and logged.

    A notebook that cannot log it (read-only, or found damaged) is refused: a copy
    of a read-only file is an ordinary file copy, and a damaged one must not be
    passed on as a backup.
    """
    notebook.vault.require_writable(logged_output=True)
    target = Path(os.path.abspath(os.fspath(dest)))
    tempfiles.check_destination(target)  # anything there, the notebook itself included, is refused
    notebook.vault.write_copy(target)
    with removed_unless_logged(target), notebook.vault.transaction() as conn:
        meta.set_recorded_backups(conn, [*meta.recorded_backups(conn), str(target)])
        audit.record(conn, "backup", "manual")
    return target



def auto_backup(notebook: Notebook, *, now: datetime | None = None) -> Path | None:
    """The automatic backup at close: returns its path, or ``None`` when off or done today.

    Keeps the newest ``backup.keep`` automatic backups of this notebook in the folder;
    older ones of this notebook are deleted. Other files in the folder are left alone.
    """
    if not notebook.policy.get("backup.enabled") or notebook.vault.read_only:
        return None  # read-only: it cannot have changed, and the backup could not be logged
    when = (now or datetime.now()).replace(microsecond=0)
    folder = backup_folder(notebook)
    notebook_id = meta.notebook_id(notebook)
    existing = _automatic_backups(folder, notebook_id)
    if any(made.date() == when.date() for _, made in existing):
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise translate_os_error(exc, destination=True) from None
    target = folder / backup_name(notebook_id, when)
    serial = 1
    while target.exists():  # a clock set back: never overwrite
        serial += 1
        target = folder / f"{backup_name(notebook_id, when)[: -len(SUFFIX)]}-{serial}{SUFFIX}"
    notebook.vault.write_copy(target)
    keep = int(notebook.policy.get("backup.keep"))
    backups = sorted(_automatic_backups(folder, notebook_id), key=lambda item: (item[1], item[0].name))
    removed = 0
    for path, _ in backups[: max(0, len(backups) - keep)]:
        try:
            removed += platform.remove(path)
        except (OSError, VpnotesError):
            continue  # held by another program or gone: rotation tries again next time
    if removed:
        fsync_dir(folder)
    with notebook.vault.transaction() as conn:
        audit.record(conn, "backup", f"auto removed={removed}")
    return target


def known_backups(notebook: Notebook) -> list[KnownBackup]:
    """The automatic backups of this notebook and the on-demand ones it wrote, oldest first."""
    found: dict[Path, KnownBackup] = {}
    salt = notebook.vault.salt
    for path, made in _automatic_backups(backup_folder(notebook), meta.notebook_id(notebook)):
        header = _header(path)
        if header is not None:
            found[path] = KnownBackup(path, made, True, header == salt)
    with notebook.vault.reading() as conn:
        recorded = meta.recorded_backups(conn)
    for text in recorded:
        path = Path(text)
        header = _header(path)
        if header is None or path in found:
            continue
        made = datetime.fromtimestamp(path.stat().st_mtime)
        found[path] = KnownBackup(path, made, False, header == salt)
    return sorted(found.values(), key=lambda b: (b.made, str(b.path)))


def reencrypt_backup(notebook: Notebook, path: str | os.PathLike[str], backup_passphrase: str) -> None:
    """Re-encrypt a backup made under an older passphrase with the vault's current one.

    The backup is opened with ``backup_passphrase`` (its own), copied under the
    vault's key and salt beside itself, and swapped in atomically.
    """
    target = Path(path)
    if _header(target) == notebook.vault.salt:
        return
    source = Vault.open(target, backup_passphrase)
    try:
        notebook.vault.write_copy_of(source, target, replace_existing=True)
    finally:
        source.close()
    if not notebook.vault.read_only:
        notebook.audit.record("backup", "reencrypted")


def delete_backup(notebook: Notebook, path: str | os.PathLike[str]) -> None:
    """Delete one of the notebook's known backups (refuses any other file)."""
    target = Path(path)
    if target not in {b.path for b in known_backups(notebook)}:
        raise InvalidInput("Dit is geen bekende reservekopie van dit notitieboek.",
                           "This is not a known backup of this notebook.")
    try:
        platform.remove(target)
    except OSError as exc:
        raise translate_os_error(exc, destination=True) from None
    fsync_dir(target.parent)
    if not notebook.vault.read_only:
        with notebook.vault.transaction() as conn:
            meta.set_recorded_backups(conn, [p for p in meta.recorded_backups(conn) if Path(p) != target])
            audit.record(conn, "backup_deleted")


def restore_backup(
    source: str | os.PathLike[str], dest: str | os.PathLike[str], *, passphrase: str | None = None
) -> Path:
    """Copy the backup ``source`` to the new path ``dest`` (mode 0600, never over a file).

    With ``passphrase`` the copy is opened once to prove it is whole and the
    passphrase right before it appears at ``dest``. Open the result with
    :meth:`Notebook.open` and the backup's passphrase.
    """
    origin = Path(source)
    target = Path(dest)
    if not origin.is_file():
        raise VaultMissing()
    kdf.profile_of(kdf.read_header(origin))  # NotAVault / UnknownProfile before copying
    tempfiles.check_destination(target)
    with tempfiles.beside(target) as temp:
        try:
            with open(origin, "rb") as reader, open(temp, "wb") as writer:
                shutil.copyfileobj(reader, writer, 1024 * 1024)
                writer.flush()
                platform.sync_handle(writer.fileno())
        except OSError as exc:
            raise translate(exc) from None
        if passphrase is not None:
            Vault.open(temp, passphrase).close()
            fsync_path(temp)
        publish_file(temp, target)
    return target


def _automatic_backups(folder: Path, notebook_id: str) -> list[tuple[Path, datetime]]:
    if not folder.is_dir():
        return []
    found: list[tuple[Path, datetime]] = []
    for path in folder.glob(f"vpnotes-{notebook_id}-*{SUFFIX}"):
        match = _NAME.match(path.name)
        if match is None or match["id"] != notebook_id or not path.is_file():
            continue
        try:
            found.append((path, datetime.strptime(match["stamp"], _STAMP)))
        except ValueError:
            continue
    return found


def _header(path: Path) -> bytes | None:
    """The file's salt when it is a vpnotes vault, else ``None``."""
    try:
        header = kdf.read_header(path)
        kdf.profile_of(header)
    except (OSError, VpnotesError):  # gone, unreadable, foreign or an unknown profile
        return None
    return header

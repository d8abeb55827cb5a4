"""The vault file: create, open, copy and close a SQLCipher notebook exactly as
DESIGN.md §3 prescribes, and map SQLite's failures onto our error taxonomy.

Everything that touches the database goes through a :class:`Vault`; the
repositories borrow its connection. The connection runs in autocommit mode and
:meth:`Vault.transaction` wraps each logical change in ``BEGIN IMMEDIATE`` /
``COMMIT``, so every change is durable when the call returns.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from vpnotes.errors import (
    CannotLog,
    CleanupPending,
    DamagedVault,
    DiskFull,
    NameTooLong,
    NewerVersion,
    NotAVault,
    OpenElsewhere,
    ReadOnlyVault,
    StorageGone,
    VaultMissing,
    VpnotesError,
    WrongPassphrase,
    translate_os_error,
)
from vpnotes.store import kdf, platform, schema, tempfiles
from vpnotes.store.platform import fsync_dir
from vpnotes.store.tempfiles import TEMP_SUFFIX, temp_path_beside

__all__ = ["TEMP_SUFFIX", "Vault", "fsync_dir", "fsync_path", "open_raw", "temp_path_beside", "translate"]

Connection = Any  # sqlcipher3.Connection has no type stubs

SQLITE_ERROR = 1
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26

# SQLCipher 4's page size (cipher_compatibility = 4); vaults never change it.
PAGE_SIZE = 4096
# Set (in the policy table, inside the erasing transaction) until the index merge and
# VACUUM after an erasure have finished; a later open finishes them (issue 14 D27).
CLEANUP_PENDING = "internal.cleanup_pending"


JOURNAL_SUFFIX = "-journal"


def journal_path(path: Path) -> Path:
    """Where SQLite keeps the rollback journal of ``path`` (journal mode DELETE)."""
    return path.with_name(path.name + JOURNAL_SUFFIX)


def _hot_journal(path: Path) -> bool:
    """Whether a non-empty rollback journal lies beside ``path`` (an interrupted write)."""
    try:
        return journal_path(path).stat().st_size > 0
    except OSError:
        return False


def translate(exc: BaseException, *, first_read: bool = False) -> BaseException:
    """Map a SQLite exception onto a :class:`VpnotesError`; other errors are returned unchanged."""
    if isinstance(exc, VpnotesError):
        return exc
    if isinstance(exc, OSError):
        return translate_os_error(exc)
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None or code == SQLITE_ERROR:
        # Errors raised inside SQL functions (sqlcipher_export) carry only SQLite's message
        # (and the generic SQLITE_ERROR code).
        text = str(exc).lower()
        if "database or disk is full" in text:
            return DiskFull()
        if "disk i/o error" in text:
            return StorageGone()
        if "malformed" in text or "file is not a database" in text:
            return DamagedVault()
        return exc
    primary = code & 0xFF
    if primary == SQLITE_NOTADB:
        return WrongPassphrase() if first_read else DamagedVault()
    if primary == SQLITE_CORRUPT:
        return DamagedVault()
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return OpenElsewhere()
    if primary == SQLITE_FULL:
        return DiskFull()
    if primary == SQLITE_READONLY:
        return ReadOnlyVault()
    if primary == SQLITE_IOERR:
        # SQLite reports ENOSPC as SQLITE_FULL; an I/O error is a device that went
        # away (a pulled stick, a dropped share) or failing hardware, not a full disk.
        return StorageGone()
    return exc


@contextlib.contextmanager
def translated(*, first_read: bool = False) -> Iterator[None]:
    """Re-raise known SQLite/OS failures as user-facing errors (without chaining case data)."""
    try:
        yield
    except (sqlcipher3.Error, OSError) as exc:
        mapped = translate(exc, first_read=first_read)
        if mapped is exc:
            raise
        raise mapped from None


def rollback(conn: Connection) -> None:
    """Roll back the open transaction, if SQLite has not done so itself.

    After an I/O error or a full disk SQLite may already have rolled back; a second
    ROLLBACK would raise "no transaction is active" and hide the real error.
    """
    if conn.in_transaction:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")


def mark_cleanup_pending(conn: Connection) -> None:
    """Inside an erasing transaction: record that :meth:`Vault.compact` must still run."""
    conn.execute("INSERT OR REPLACE INTO policy (name, value) VALUES (?, 'ja')", (CLEANUP_PENDING,))


def publish_file(temp: Path, target: Path, *, replace_existing: bool = False) -> None:
    """Give a finished file its final name, never overwriting unless asked; refusals blamed on the destination."""
    try:
        if replace_existing:
            platform.replace(temp, target)
        else:
            platform.publish(temp, target)
    except OSError as exc:
        raise translate_os_error(exc, destination=True) from None
    fsync_dir(target.parent)


def _key_literal(key: bytes, salt: bytes | None = None) -> str:
    if len(key) != kdf.KEY_SIZE:
        raise ValueError("key must be 32 bytes")
    text = key.hex() + (salt.hex() if salt is not None else "")
    return f"\"x'{text}'\""


def fsync_path(path: Path) -> None:
    """Make a written file durable (opened for writing: Windows refuses fsync otherwise)."""
    with translated():
        platform.fsync_file(path)


def precreate(path: Path) -> None:
    """Create an empty owner-only file; DestinationExists if anything is there."""
    os.close(tempfiles.create(path))


def remove_stale_copies(path: Path) -> int:
    """Delete unfinished copies and outputs a killed process left beside ``path`` (never ``path`` itself)."""
    return tempfiles.remove_abandoned(path.parent, keep=path.name)


# SQLite's Unix file layer refuses paths past 512 bytes (SQLITE_MAX_PATHNAME), its journal's
# name included; the same limit everywhere keeps a notebook movable between systems.
MAX_SQLITE_PATH = 512 - len(JOURNAL_SUFFIX) - 1


def require_short_path(path: Path) -> None:
    """NameTooLong (a clear message) for a path SQLite could not open or journal."""
    if len(os.fsencode(os.path.abspath(path))) > MAX_SQLITE_PATH:
        raise NameTooLong()


def _connect(path: Path, key: bytes, *, read_only: bool, salt: bytes | None = None) -> Connection:
    """Open a raw keyed connection and pin the cipher settings; nothing read yet."""
    require_short_path(path)
    mode = "ro" if read_only else "rw"
    uri = f"file:{quote(str(path))}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, timeout=0.0, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = {_key_literal(key, salt)}")
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA cipher_log_level = NONE")
        # On macOS a plain fsync leaves the data in the drive's cache; SQLite then uses
        # F_FULLFSYNC. Elsewhere the pragma has no effect.
        conn.execute("PRAGMA fullfsync = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def open_raw(path: str | os.PathLike[str], key: bytes, *, read_only: bool = True) -> Connection:
    """A keyed connection whose key is verified by a first read (for tools and tests)."""
    conn = _connect(Path(path), key, read_only=read_only)
    try:
        with translated(first_read=True):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


class Vault:
    """An open notebook file, held exclusively by this process."""

    def __init__(self, path: Path, conn: Connection, salt: bytes, key: bytes, read_only: bool) -> None:
        self.path = path
        self._conn: Connection | None = conn
        self.salt = salt
        self._key = key
        self.read_only = read_only
        # What a refused write says: a contribution (DESIGN.md §10) is read-only by nature, not by location.
        self.read_only_error: type[ReadOnlyVault] = ReadOnlyVault
        # Set once damage was met: from then on nothing is written into this file.
        self.damaged = False
        # Serialises use of the connection by a worker thread and the UI thread.
        self.lock = threading.RLock()
        self.change_listeners: list[Callable[[], None]] = []

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        passphrase: str,
        *,
        profile: int = kdf.DEFAULT_PROFILE,
        check_strength: bool = True,
        user_inputs: Sequence[str] = (),
    ) -> Vault:
        """Create a new, empty notebook at ``path`` and open it.

        ``user_inputs``: words that make a passphrase easy to guess here (the organisations' names).
        """
        target = Path(path)
        if check_strength:
            kdf.require_strong(passphrase, user_inputs)
        tempfiles.check_destination(target, folder_message=("De map bestaat niet.", "The folder does not exist."))
        salt = kdf.new_salt(profile)
        key = kdf.derive_key(passphrase, salt)
        cls.create_with_key(target, key, salt)
        return cls.open_with_key(target, key)

    @classmethod
    def create_with_key(cls, target: Path, key: bytes, salt: bytes) -> None:
        """Write an empty notebook with the current schema; atomic and never clobbering."""
        tempfiles.check_destination(target, folder_message=("De map bestaat niet.", "The folder does not exist."))
        if len(os.fsencode(target.name + JOURNAL_SUFFIX)) > tempfiles.MAX_NAME_BYTES:
            raise NameTooLong()  # SQLite could never write its journal beside it
        with tempfiles.beside(target) as temp:
            conn = _connect(temp, key, read_only=False, salt=salt)
            try:
                with translated():
                    conn.execute("PRAGMA journal_mode = DELETE")
                    conn.execute("PRAGMA secure_delete = ON")
                    schema.migrate(conn)
            finally:
                conn.close()
            fsync_path(temp)
            publish_file(temp, target)

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str, *, read_only: bool = False) -> Vault:
        """Open with a passphrase: header check, key derivation, then :meth:`open_with_key`.

        ``read_only`` opens for reading even where the file is writable (a check that must
        write nothing, not even the log's "opened").
        """
        target = Path(path)
        salt = cls.read_salt(target)
        return cls.open_with_key(target, kdf.derive_key(passphrase, salt), read_only=read_only)

    @staticmethod
    def read_salt(target: Path) -> bytes:
        """Validate the file's header before any key derivation and return its salt."""
        if not target.exists():
            raise VaultMissing()
        if not target.is_file():
            raise NotAVault()
        try:
            salt = kdf.read_header(target)
        except PermissionError:
            raise ReadOnlyVault("Het bestand kan niet worden gelezen.", "The file cannot be read.") from None
        kdf.profile_of(salt)
        # SQLite writes whole pages, so a sound vault is a whole number of them. A file cut
        # short would otherwise fail its first read like a wrong passphrase (exit 3); say
        # "damaged" instead, before any key derivation. A hot journal beside the file may
        # legitimately restore its length on open, so then we let SQLite decide.
        size = target.stat().st_size
        if (size < PAGE_SIZE or size % PAGE_SIZE) and not _hot_journal(target):
            raise DamagedVault()
        return salt

    @classmethod
    def open_with_key(cls, path: str | os.PathLike[str], key: bytes, *, read_only: bool = False) -> Vault:
        target = Path(path)
        salt = cls.read_salt(target)
        read_only = read_only or not os.access(target, os.W_OK) or not os.access(target.parent, os.W_OK)
        conn = _connect(target, key, read_only=read_only)
        try:
            with translated(first_read=True):
                # In normal locking mode, so that rolling back a journal a killed process
                # left deletes it; in exclusive mode SQLite would keep an empty one beside
                # the vault after close.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            with translated():
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if app_id != kdf.APPLICATION_ID:
                    raise NotAVault()
                if version > schema.SCHEMA_VERSION:
                    raise NewerVersion()
                if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    # Tables but no schema version: a copy that lost it (sqlcipher_export
                    # does not copy it) or a damaged header. Migrating would fail half-way.
                    raise DamagedVault()
                conn.execute("PRAGMA secure_delete = ON")
                conn.execute("PRAGMA temp_store = MEMORY")
                conn.execute("PRAGMA foreign_keys = ON")
                if not read_only:
                    conn.execute("PRAGMA journal_mode = DELETE")
                    # In exclusive locking mode SQLite keeps the journal file between
                    # transactions (header zeroed, old page images left in it); truncate it
                    # after every transaction so no erased page lingers there while open.
                    conn.execute("PRAGMA journal_size_limit = 0")
                    # Take the write lock now and keep it (exclusive locking mode) so a
                    # second process gets "open elsewhere" instead of racing us.
                    conn.execute("BEGIN EXCLUSIVE")
                    conn.execute("COMMIT")
                    # Clear what a killed copy or export left beside us, and the empty journal
                    # a process killed between two transactions leaves (exclusive locking mode
                    # keeps it, truncated): any hot journal was rolled back by the first read,
                    # and holding the write lock, no other process can be using one.
                    with contextlib.suppress(OSError):
                        remove_stale_copies(target)
                    with contextlib.suppress(OSError):  # gone, or held: it is harmless, try next time
                        os.unlink(journal_path(target))
                    if version < schema.SCHEMA_VERSION:
                        schema.migrate(conn)
                elif version < schema.SCHEMA_VERSION:
                    raise ReadOnlyVault()
        except BaseException:
            conn.close()
            raise
        vault = cls(target, conn, salt, key, read_only)
        vault.finish_pending_cleanup()
        return vault

    # -- use ---------------------------------------------------------------------------------

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("vault is closed")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def profile(self) -> kdf.Profile:
        return kdf.profile_of(self.salt)

    def matches_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` derives this vault's key (re-asking before a passphrase change)."""
        return hmac.compare_digest(kdf.derive_key(passphrase, self.salt), self._key)

    @contextlib.contextmanager
    def guarded(self) -> Iterator[None]:
        """:func:`translated`, and a vault found damaged turns read-only for good (issue 14 D6)."""
        try:
            with translated():
                yield
        except DamagedVault:
            self.mark_damaged()
            raise

    def mark_damaged(self) -> None:
        self.damaged = True
        self.read_only = True

    def require_writable(self, *, logged_output: bool = False) -> None:
        """Refuse a change or a copy: DamagedVault once damage was met, else ReadOnlyVault.

        ``logged_output``: the refusal is of an output or copy that must be logged
        (issue 14 D20), and the message says so.
        """
        if self.damaged:
            raise DamagedVault()
        if self.read_only:
            if self.read_only_error is not ReadOnlyVault:  # read-only by nature (a contribution)
                raise self.read_only_error()
            raise CannotLog() if logged_output else ReadOnlyVault()

    @contextlib.contextmanager
    def transaction(self, *, erasing: bool = False) -> Iterator[Connection]:
        """One committed unit of change; rolled back on any error.

        ``erasing`` marks, in the same transaction, that :meth:`compact` must follow:
        should it not finish (a full disk, a crash), the next open finishes it.
        """
        self.require_writable()
        with self.lock, self.guarded():
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                if erasing:
                    mark_cleanup_pending(conn)
                yield conn
            except BaseException:
                rollback(conn)
                raise
            conn.execute("COMMIT")
        for listener in list(self.change_listeners):
            listener()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """The connection for reads spanning several statements, with errors translated."""
        with self.lock, self.guarded():
            yield self.conn

    def query(self, sql: str, params: Any = ()) -> list[Any]:
        with self.lock, self.guarded():
            return list(self.conn.execute(sql, params).fetchall())

    def query_one(self, sql: str, params: Any = ()) -> Any:
        with self.lock, self.guarded():
            return self.conn.execute(sql, params).fetchone()

    # -- copies ------------------------------------------------------------------------------

    def write_copy(
        self,
        dest: str | os.PathLike[str],
        *,
        key: bytes | None = None,
        salt: bytes | None = None,
        transform: Callable[[Connection], None] | None = None,
        replace_existing: bool = False,
    ) -> Path:
        """Write an encrypted copy of this notebook to ``dest`` (which must not exist).

        Without ``key``/``salt`` the copy reuses this vault's key and salt (a backup);
        with them it is a fresh file (passphrase change, handover). ``transform`` may
        change the copy (e.g. leave cases out) before it is vacuumed and checked.
        The copy is made, changed, vacuumed, verified and fsynced under a temporary
        name beside ``dest`` and only then given that name, so ``dest`` never holds a
        half-made copy (issue 14 D1, D3). With ``replace_existing`` it atomically
        replaces the file at ``dest`` instead (re-encrypting a backup in place).
        """
        target = Path(dest)
        if self.damaged:
            raise DamagedVault()
        with tempfiles.beside(target) as temp:
            self._export_to(temp, self._key if key is None else key, self.salt if salt is None else salt, transform)
            publish_file(temp, target, replace_existing=replace_existing)
        return target

    def _export_to(
        self, target: Path, key: bytes, salt: bytes, transform: Callable[[Connection], None] | None
    ) -> None:
        """Export into the empty file ``target``, change, vacuum, verify and fsync it there."""
        require_short_path(target)
        with self.lock, self.guarded():
            conn = self.conn
            conn.execute(f"ATTACH DATABASE ? AS copy KEY {_key_literal(key, salt)}", (str(target),))
            try:
                conn.execute("PRAGMA copy.cipher_compatibility = 4")
                conn.execute("PRAGMA copy.journal_mode = DELETE")
                conn.execute("SELECT sqlcipher_export('copy')")
                version = conn.execute("PRAGMA main.user_version").fetchone()[0]
                conn.execute(f"PRAGMA copy.user_version = {int(version)}")
                conn.execute(f"PRAGMA copy.application_id = {kdf.APPLICATION_ID}")
            finally:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("DETACH DATABASE copy")
        copy = _connect(target, key, read_only=False)
        try:
            with translated():
                copy.execute("PRAGMA secure_delete = ON")
                copy.execute("PRAGMA foreign_keys = ON")
                copy.execute("PRAGMA temp_store = MEMORY")
                if transform is not None:
                    transform(copy)
                    copy.execute("VACUUM")
                problems = [row[0] for row in copy.execute("PRAGMA cipher_integrity_check")]
                ok = copy.execute("PRAGMA quick_check").fetchone()[0]
            if problems or ok != "ok":
                raise DamagedVault(
                    "De kopie kon niet worden gecontroleerd; er is niets gewijzigd.",
                    "The copy failed verification; nothing was changed.",
                )
        finally:
            copy.close()
        fsync_path(target)

    def write_copy_of(self, source: Vault, dest: str | os.PathLike[str], *, replace_existing: bool = False) -> Path:
        """Write ``source``'s content to ``dest`` under this vault's key and salt.

        Re-encrypting an old backup after a passphrase change: the result opens with
        this vault's current passphrase.
        """
        return source.write_copy(dest, key=self._key, salt=self.salt, replace_existing=replace_existing)

    def replace_with_fresh_copy(
        self, key: bytes, salt: bytes, transform: Callable[[Connection], None] | None = None
    ) -> None:
        """Swap this vault for a re-encrypted copy (new key and salt), atomically.

        At every instant the path holds either the old complete file or the new one.
        """
        self.require_writable()
        with self.lock:
            failure: BaseException | None = None
            # The temporary file's lock handle is closed when this block ends, before
            # the vault is reopened: closing a handle of a file drops every POSIX lock
            # the process holds on it, the reopened vault's exclusive lock included.
            with tempfiles.beside(self.path) as temp:
                self._export_to(temp, key, salt, transform)
                self._close_connection()
                try:
                    platform.replace(temp, self.path)
                    fsync_dir(self.path.parent)
                except (OSError, VpnotesError) as exc:
                    failure = exc
            # Reopen whichever file is now at the path: the new one unless the swap failed.
            reopened = Vault.open_with_key(self.path, self._key if failure else key)
            self._conn, self.salt, self._key = reopened._conn, reopened.salt, reopened._key
            reopened._conn = None
            if failure is not None:
                raise (translate(failure) if isinstance(failure, OSError) else failure) from None

    # -- checking and closing ----------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """Page HMAC failures and structural damage; empty when the file is sound."""
        with self.lock, self.guarded():
            problems = [str(row[0]) for row in self.conn.execute("PRAGMA cipher_integrity_check")]
            if problems:
                # A page whose HMAC fails cannot be decrypted: the structural check would only
                # stop at it with an error. The page list is the report.
                self.mark_damaged()
                return problems
            try:
                problems += [
                    str(row[0]) for row in self.conn.execute("PRAGMA integrity_check") if row[0] != "ok"
                ]
            except sqlcipher3.Error as exc:
                if not isinstance(translate(exc), DamagedVault):
                    raise
                problems.append("integrity_check: " + type(exc).__name__)
        if problems:
            self.mark_damaged()
        return problems

    def compact(self) -> None:
        """Merge the full-text index, vacuum and leave no journal: after erasing content.

        Clears the "clean-up pending" mark that the erasing transaction set
        (``transaction(erasing=True)``). If the disk is full or gone, the change
        itself stays committed, the mark stays and the next open finishes the
        clean-up: :class:`CleanupPending` says exactly that.
        """
        self.require_writable()
        try:
            with self.lock, self.guarded():
                self.conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
                self.conn.execute("VACUUM")
                if self.conn.execute("SELECT 1 FROM policy WHERE name = ?", (CLEANUP_PENDING,)).fetchone():
                    self.conn.execute("DELETE FROM policy WHERE name = ?", (CLEANUP_PENDING,))
        except (DiskFull, StorageGone):
            rollback(self.conn)
            raise CleanupPending() from None

    @property
    def cleanup_pending(self) -> bool:
        """Whether an erasure's index merge and VACUUM still have to run."""
        return self.query_one("SELECT 1 FROM policy WHERE name = ?", (CLEANUP_PENDING,)) is not None

    def finish_pending_cleanup(self) -> bool:
        """At open: finish an erasure's clean-up that a full disk or a crash interrupted.

        Returns whether it ran. A failure (the disk still full) leaves the mark for
        the next open and does not stop the notebook from opening.
        """
        if self.read_only or not self.cleanup_pending:
            return False
        try:
            self.compact()
        except CleanupPending:
            return False
        return True

    def _close_connection(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            conn.close()

    def close(self) -> None:
        """Close the file; it is then a single file at rest. The key is dropped."""
        with self.lock:
            self._close_connection()
            self._key = b""

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

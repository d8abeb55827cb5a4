"""The vault file: create, open, copy and close a SQLCipher notebook exactly as
DESIGN.md §3 prescribes, and map SQLite's failures onto our error taxonomy.

Everything that touches the database goes through a :class:`Vault`; the
repositories borrow its connection. The connection runs in autocommit mode and
:meth:`Vault.transaction` wraps each logical change in ``BEGIN IMMEDIATE`` /
``COMMIT``, so every change is durable when the call returns.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import hmac
import os
import secrets
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from vpnotes.errors import (
    DamagedVault,
    DestinationExists,
    DiskFull,
    NewerVersion,
    NotAVault,
    OpenElsewhere,
    ReadOnlyVault,
    VaultMissing,
    VpnotesError,
    WrongPassphrase,
)
from vpnotes.store import kdf, schema

Connection = Any  # sqlcipher3.Connection has no type stubs

SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26

TEMP_SUFFIX = ".vpnotes-tmp"
# SQLCipher 4's page size (cipher_compatibility = 4); vaults never change it.
PAGE_SIZE = 4096


def journal_path(path: Path) -> Path:
    """Where SQLite keeps the rollback journal of ``path`` (journal mode DELETE)."""
    return path.with_name(path.name + "-journal")


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
        if exc.errno == errno.ENOSPC:
            return DiskFull()
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyVault()
        return exc
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
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
    if primary == SQLITE_IOERR and "disk" in str(exc).lower():
        return DiskFull()
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


def _key_literal(key: bytes, salt: bytes | None = None) -> str:
    if len(key) != kdf.KEY_SIZE:
        raise ValueError("key must be 32 bytes")
    text = key.hex() + (salt.hex() if salt is not None else "")
    return f"\"x'{text}'\""


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform/filesystem can fsync a folder
        fsync_path(path)


def precreate(path: Path) -> None:
    """Create an empty owner-only file; DestinationExists if anything is there."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        raise DestinationExists() from None
    except OSError as exc:
        raise translate(exc) from None
    os.close(fd)


def temp_path_beside(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def remove_stale_copies(path: Path) -> int:
    """Delete unfinished copies a crash left beside ``path`` (and their journals).

    Only called by the process that holds ``path`` exclusively: no other process can
    be writing a copy of this vault then. Returns how many files went.
    """
    removed = 0
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*{TEMP_SUFFIX}*"):
        middle = leftover.name[len(path.name) + 2:].split(TEMP_SUFFIX, 1)[0]
        if len(middle) != 12 or not all(ch in "0123456789abcdef" for ch in middle):
            continue  # not one of ours
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            removed += 1
    return removed


def _connect(path: Path, key: bytes, *, read_only: bool, salt: bytes | None = None) -> Connection:
    """Open a raw keyed connection and pin the cipher settings; nothing read yet."""
    mode = "ro" if read_only else "rw"
    uri = f"file:{quote(str(path))}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, timeout=0.0, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = {_key_literal(key, salt)}")
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA cipher_log_level = NONE")
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
        if target.exists():
            raise DestinationExists()
        salt = kdf.new_salt(profile)
        key = kdf.derive_key(passphrase, salt)
        cls.create_with_key(target, key, salt)
        return cls.open_with_key(target, key)

    @classmethod
    def create_with_key(cls, target: Path, key: bytes, salt: bytes) -> None:
        """Write an empty notebook with the current schema; atomic and never clobbering."""
        if not target.parent.is_dir():
            raise VaultMissing("De map bestaat niet.", "The folder does not exist.")
        temp = temp_path_beside(target)
        precreate(temp)
        try:
            conn = _connect(temp, key, read_only=False, salt=salt)
            try:
                with translated():
                    conn.execute("PRAGMA journal_mode = DELETE")
                    conn.execute("PRAGMA secure_delete = ON")
                    schema.migrate(conn)
            finally:
                conn.close()
            fsync_path(temp)
            try:
                os.link(temp, target)  # fails if the target appeared meanwhile: never clobber
            except FileExistsError:
                raise DestinationExists() from None
            except OSError as exc:
                raise translate(exc) from None
            fsync_dir(target.parent)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str) -> Vault:
        """Open with a passphrase: header check, key derivation, then :meth:`open_with_key`."""
        target = Path(path)
        salt = cls.read_salt(target)
        return cls.open_with_key(target, kdf.derive_key(passphrase, salt))

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
    def open_with_key(cls, path: str | os.PathLike[str], key: bytes) -> Vault:
        target = Path(path)
        salt = cls.read_salt(target)
        read_only = not os.access(target, os.W_OK) or not os.access(target.parent, os.W_OK)
        conn = _connect(target, key, read_only=read_only)
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            with translated(first_read=True):
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            with translated():
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if app_id != kdf.APPLICATION_ID:
                    raise NotAVault()
                if version > schema.SCHEMA_VERSION:
                    raise NewerVersion()
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
                    # Holding the lock, clear what a crash during a copy left beside us.
                    with contextlib.suppress(OSError):
                        remove_stale_copies(target)
                    if version < schema.SCHEMA_VERSION:
                        schema.migrate(conn)
                elif version < schema.SCHEMA_VERSION:
                    raise ReadOnlyVault()
        except BaseException:
            conn.close()
            raise
        return cls(target, conn, salt, key, read_only)

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
    def transaction(self) -> Iterator[Connection]:
        """One committed unit of change; rolled back on any error."""
        if self.read_only:
            raise ReadOnlyVault()
        with self.lock, translated():
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        for listener in list(self.change_listeners):
            listener()

    def query(self, sql: str, params: Any = ()) -> list[Any]:
        with self.lock, translated():
            return list(self.conn.execute(sql, params).fetchall())

    def query_one(self, sql: str, params: Any = ()) -> Any:
        with self.lock, translated():
            return self.conn.execute(sql, params).fetchone()

    # -- copies ------------------------------------------------------------------------------

    def write_copy(
        self,
        dest: str | os.PathLike[str],
        *,
        key: bytes | None = None,
        salt: bytes | None = None,
        transform: Callable[[Connection], None] | None = None,
    ) -> Path:
        """Write an encrypted copy of this notebook to ``dest`` (which must not exist).

        Without ``key``/``salt`` the copy reuses this vault's key and salt (a backup);
        with them it is a fresh file (passphrase change, handover). ``transform`` may
        change the copy (e.g. leave cases out) before it is vacuumed and checked.
        The copy is verified with ``cipher_integrity_check`` and fsynced.
        """
        target = Path(dest)
        new_salt = self.salt if salt is None else salt
        new_key = self._key if key is None else key
        precreate(target)
        try:
            with self.lock, translated():
                conn = self.conn
                conn.execute(f"ATTACH DATABASE ? AS copy KEY {_key_literal(new_key, new_salt)}", (str(target),))
                try:
                    conn.execute("PRAGMA copy.cipher_compatibility = 4")
                    conn.execute("SELECT sqlcipher_export('copy')")
                    version = conn.execute("PRAGMA main.user_version").fetchone()[0]
                    conn.execute(f"PRAGMA copy.user_version = {int(version)}")
                    conn.execute(f"PRAGMA copy.application_id = {kdf.APPLICATION_ID}")
                finally:
                    conn.execute("DETACH DATABASE copy")
            copy = _connect(target, new_key, read_only=False)
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
            fsync_dir(target.parent)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(target)
            raise
        return target

    def write_copy_of(self, source: Vault, dest: str | os.PathLike[str]) -> Path:
        """Write ``source``'s content to ``dest`` under this vault's key and salt.

        Re-encrypting an old backup after a passphrase change: the result opens with
        this vault's current passphrase.
        """
        return source.write_copy(dest, key=self._key, salt=self.salt)

    def replace_with_fresh_copy(
        self, key: bytes, salt: bytes, transform: Callable[[Connection], None] | None = None
    ) -> None:
        """Swap this vault for a re-encrypted copy (new key and salt), atomically.

        At every instant the path holds either the old complete file or the new one.
        """
        if self.read_only:
            raise ReadOnlyVault()
        temp = temp_path_beside(self.path)
        with self.lock:
            self.write_copy(temp, key=key, salt=salt, transform=transform)
            self._close_connection()
            failure: OSError | None = None
            try:
                os.replace(temp, self.path)
                fsync_dir(self.path.parent)
            except OSError as exc:
                failure = exc
                with contextlib.suppress(OSError):
                    os.unlink(temp)
            # Reopen whichever file is now at the path: the new one unless the swap failed.
            reopened = Vault.open_with_key(self.path, self._key if failure else key)
            self._conn, self.salt, self._key = reopened._conn, reopened.salt, reopened._key
            reopened._conn = None
            if failure is not None:
                raise translate(failure) from None

    # -- checking and closing ----------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """Page HMAC failures and structural damage; empty when the file is sound."""
        with self.lock, translated():
            problems = [str(row[0]) for row in self.conn.execute("PRAGMA cipher_integrity_check")]
            if problems:
                # A page whose HMAC fails cannot be decrypted: the structural check would only
                # stop at it with an error. The page list is the report.
                return problems
            try:
                problems += [
                    str(row[0]) for row in self.conn.execute("PRAGMA integrity_check") if row[0] != "ok"
                ]
            except sqlcipher3.Error as exc:
                if not isinstance(translate(exc), DamagedVault):
                    raise
                problems.append("integrity_check: " + type(exc).__name__)
        return problems

    def compact(self) -> None:
        """Merge the full-text index, vacuum and leave no journal: after erasing content."""
        if self.read_only:
            raise ReadOnlyVault()
        with self.lock, translated():
            self.conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
            self.conn.execute("VACUUM")

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

"""``vpnotes selftest``: prove the crypto stack on this machine works as the
vault format needs (SQLCipher 4 with FTS5, raw keys, Argon2id), in a
temporary folder that is removed afterwards."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from vpnotes.store import kdf
from vpnotes.store.vault import Vault

_SELFTEST_PASSPHRASE = "zelftest-wachtzin-die-nergens-anders-voor-dient"


def run_selftest() -> Iterator[tuple[str, bool]]:
    probe = sqlcipher3.connect(":memory:")
    try:
        version = probe.execute("PRAGMA cipher_version").fetchone()
        cipher = version[0] if version else ""
        yield f"SQLCipher {cipher or 'ontbreekt'}", cipher.startswith("4.")
        options = {row[0] for row in probe.execute("PRAGMA compile_options")}
        yield "FTS5 beschikbaar", "ENABLE_FTS5" in options
        sqlite_version = probe.execute("SELECT sqlite_version()").fetchone()[0]
        yield f"SQLite {sqlite_version}", tuple(int(p) for p in sqlite_version.split(".")[:2]) >= (3, 43)
    finally:
        probe.close()
    profile = kdf.PROFILES[kdf.DEFAULT_PROFILE]
    start = time.perf_counter()
    key = kdf.derive_key(_SELFTEST_PASSPHRASE, kdf.new_salt(profile.number))
    elapsed = time.perf_counter() - start
    yield f"Argon2id profiel {profile.number}: {elapsed:.2f} s", len(key) == kdf.KEY_SIZE
    with tempfile.TemporaryDirectory(prefix="vpnotes-selftest-") as folder:
        path = Path(folder) / "selftest.vpnotes"
        vault = Vault.create(path, _SELFTEST_PASSPHRASE, profile=0, check_strength=False)
        vault.close()
        encrypted = path.read_bytes()[:4] == kdf.MAGIC and b"SQLite format 3" not in path.read_bytes()
        reopened = Vault.open(path, _SELFTEST_PASSPHRASE)
        sound = not reopened.integrity_problems()
        reopened.close()
        yield "Versleuteld bestand maken en openen", encrypted and sound

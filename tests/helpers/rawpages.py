"""Decrypt every page of a vault file with its key, outside SQLite, so tests can
search the raw bytes (live pages, free pages, slack within pages) for text that
must be gone. SQLCipher 4 defaults: 4096-byte pages, AES-256-CBC with the raw
key, each page's IV in the 80 reserved bytes at its end (16 IV + 64 HMAC); the
first 16 bytes of the file are the plaintext salt.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from vpnotes.store import kdf

PAGE = 4096
RESERVE = 80
IV = 16


def decrypted_pages(path: Path, passphrase: str) -> list[bytes]:
    """The plaintext of every page in ``path``; raises if the key does not fit page 1."""
    data = path.read_bytes()
    key = kdf.derive_key(passphrase, data[:16])
    pages: list[bytes] = []
    for number, start in enumerate(range(0, len(data), PAGE), start=1):
        page = data[start:start + PAGE]
        body_start = 16 if number == 1 else 0
        iv = page[PAGE - RESERVE:PAGE - RESERVE + IV]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain = decryptor.update(page[body_start:PAGE - RESERVE]) + decryptor.finalize()
        if number == 1 and plain[:2] != PAGE.to_bytes(2, "big"):
            raise ValueError("page 1 does not decrypt to a SQLite header: wrong key")
        pages.append(plain)
    return pages


def _variants(token: str) -> list[bytes]:
    forms = {token, token.lower(), token.upper(), unicodedata.normalize("NFD", token)}
    stripped = "".join(c for c in unicodedata.normalize("NFD", token) if not unicodedata.combining(c))
    forms.update({stripped, stripped.lower()})
    return [f.encode("utf-8") for f in forms if f]


def tokens_found(path: Path, passphrase: str, tokens: list[str]) -> list[str]:
    """Those of ``tokens`` whose bytes (any case, with or without diacritics) occur in a page."""
    blob = b"\x00".join(decrypted_pages(path, passphrase))
    return [t for t in tokens if any(v in blob for v in _variants(t))]

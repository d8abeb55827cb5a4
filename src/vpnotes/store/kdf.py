"""Key derivation and the vault header (DESIGN.md §3).

Bytes 0-15 of a vault are SQLCipher's plaintext salt, chosen by us:
``VPNB`` + one profile byte + 11 random bytes. All 16 bytes are the Argon2id
salt, so the profile byte is bound into the key. Profiles are a closed table.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from vpnotes.errors import NotAVault, UnknownProfile, WeakPassphrase
from vpnotes.store.strength import passphrase_strength

MAGIC = b"VPNB"
HEADER_SIZE = 16
KEY_SIZE = 32
APPLICATION_ID = 0x56504E42


@dataclass(frozen=True)
class Profile:
    number: int
    time_cost: int
    memory_kib: int
    parallelism: int
    for_tests_only: bool = False


PROFILES: dict[int, Profile] = {
    0: Profile(0, time_cost=1, memory_kib=8 * 1024, parallelism=1, for_tests_only=True),
    1: Profile(1, time_cost=3, memory_kib=64 * 1024, parallelism=4),
}
DEFAULT_PROFILE = 1


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalised UTF-8; never trimmed."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def new_salt(profile: int = DEFAULT_PROFILE) -> bytes:
    if profile not in PROFILES:
        raise UnknownProfile()
    return MAGIC + bytes([profile]) + os.urandom(HEADER_SIZE - 5)


def profile_of(salt: bytes) -> Profile:
    """Check the header and return its profile, before any key derivation."""
    if len(salt) < HEADER_SIZE or salt[:4] != MAGIC:
        raise NotAVault()
    profile = PROFILES.get(salt[4])
    if profile is None:
        raise UnknownProfile()
    return profile


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """Argon2id(passphrase, salt) with the salt's profile: 32 raw bytes."""
    profile = profile_of(salt)
    return bytes(
        hash_secret_raw(
            normalise_passphrase(passphrase),
            salt[:HEADER_SIZE],
            time_cost=profile.time_cost,
            memory_cost=profile.memory_kib,
            parallelism=profile.parallelism,
            hash_len=KEY_SIZE,
            type=Type.ID,
        )
    )


def read_header(path: str | os.PathLike[str]) -> bytes:
    """The first 16 bytes of ``path``; NotAVault when there are fewer."""
    with open(path, "rb") as handle:
        header = handle.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE:
        raise NotAVault()
    return header


def require_strong(passphrase: str, user_inputs: Sequence[str] = ()) -> None:
    """Raise WeakPassphrase (exit 5) with the reason unless ``passphrase`` is strong enough."""
    strength = passphrase_strength(passphrase, user_inputs)
    if not strength.acceptable:
        raise WeakPassphrase(strength.reason_nl, strength.reason_en)

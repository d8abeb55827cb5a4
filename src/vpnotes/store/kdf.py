"""Key derivation and the vault header (DESIGN.md §3).

Bytes 0-15 of a vault are SQLCipher's plaintext salt, chosen by us:
``VPNB`` + one profile byte + 11 random bytes. All 16 bytes are the Argon2id
salt, so the profile byte is bound into the key. Profiles are a closed table.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from vpnotes.errors import NotAVault, UnknownProfile, WeakPassphrase

MAGIC = b"VPNB"
HEADER_SIZE = 16
KEY_SIZE = 32
APPLICATION_ID = 0x56504E42
MIN_PASSPHRASE_LENGTH = 12
MIN_ZXCVBN_SCORE = 3


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


@dataclass(frozen=True)
class Strength:
    acceptable: bool
    score: int  # zxcvbn 0-4
    reason_nl: str
    reason_en: str


def passphrase_strength(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    """Judge a new passphrase: at least 12 characters and zxcvbn score >= 3."""
    from zxcvbn import zxcvbn  # imported lazily: it loads large word lists

    if not passphrase:
        return Strength(False, 0, "Vul een wachtzin in.", "Enter a passphrase.")
    # zxcvbn is slow on very long input, gains nothing beyond this length and
    # raises ValueError above 72 characters.
    score = int(zxcvbn(passphrase[:72], user_inputs=list(user_inputs))["score"])
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return Strength(
            False,
            min(score, 2),
            f"Te kort: gebruik minstens {MIN_PASSPHRASE_LENGTH} tekens, bijvoorbeeld vier losse woorden.",
            f"Too short: use at least {MIN_PASSPHRASE_LENGTH} characters, for example four random words.",
        )
    if score < MIN_ZXCVBN_SCORE:
        return Strength(
            False,
            score,
            f"Te makkelijk te raden (sterkte {score} van 4, minstens {MIN_ZXCVBN_SCORE} nodig): "
            "voeg ongebruikelijke woorden toe.",
            f"Too easy to guess (strength {score} of 4, at least {MIN_ZXCVBN_SCORE} needed): "
            "add uncommon words.",
        )
    return Strength(True, score, "Sterk genoeg.", "Strong enough.")


def require_strong(passphrase: str) -> None:
    strength = passphrase_strength(passphrase)
    if not strength.acceptable:
        raise WeakPassphrase(strength.reason_nl, strength.reason_en)

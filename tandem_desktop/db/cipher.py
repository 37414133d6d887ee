"""The keys that protect the programme at rest, and the sealing of bytes with them.

- The **data key**: 256 random bits; SQLCipher encrypts the database and every backup with it (keyed raw, so
  that no connection pays a key derivation: db/driver.py), and sealed files and exports use it too.
- A **passphrase** is stretched into a wrapping key with Argon2id, memory-hard, at a cost of about half a
  second here (`PASSPHRASE_COST`): a thief who has the key file tries passphrases at that pace, not millions a
  second.
- The **recovery key** is 160 random bits written as 32 characters of Crockford's base32 in groups of four
  (easy to read aloud, to type, and forgiving of O/0 and I/L); it needs no stretching, HKDF is enough.

Sealing is AES-256-GCM (`cryptography`): a random nonce per sealing, and an associated text that names what
is sealed, so that a sealed key slot cannot be passed off as a sealed export.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import os
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
RECOVERY_BYTES = 20
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class Unsealable(Exception):
    """The key does not open the sealed bytes (a wrong passphrase or key), or they were changed."""


class DataKey:
    """The programme's data key. Its bytes never appear in a repr, a log line or an exception."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        self._raw = raw

    @classmethod
    def new(cls) -> DataKey:
        return cls(secrets.token_bytes(KEY_BYTES))

    @property
    def raw(self) -> bytes:
        return self._raw

    def fingerprint(self) -> bytes:
        """Tells this key from another without keeping it (the lock screen forgets the key itself)."""
        return hashlib.sha256(b"tandem data key fingerprint" + self._raw).digest()

    def sqlcipher_key(self) -> str:
        """The value for `PRAGMA key`: a raw key in SQLCipher's blob syntax, used as is (no derivation)."""
        return f"\"x'{self._raw.hex()}'\""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DataKey) and hmac.compare_digest(self._raw, other._raw)

    def __repr__(self) -> str:
        return "DataKey(…)"


@dataclass(frozen=True)
class PassphraseCost:
    """Argon2id's parameters; stored with each slot, so that a key file made with other ones still opens."""

    time_cost: int
    memory_kib: int
    parallelism: int = 1

    def __post_init__(self) -> None:
        # Read from files (a key file, a sealed export): a hostile one must not make the app try to take a
        # terabyte of memory or hours of work. Far beyond any cost this app writes, far below harm.
        if not (
            1 <= self.time_cost <= 64
            and 8 <= self.memory_kib <= 4 * 1024 * 1024
            and 1 <= self.parallelism <= 16
        ):
            raise ValueError("key derivation parameters out of range")


# About half a second on the machines this was measured on (Argon2id, 128 MiB: OWASP's advice is at least
# 19 MiB; more memory is what makes guessing on graphics cards expensive).
PASSPHRASE_COST = PassphraseCost(time_cost=4, memory_kib=128 * 1024)


def passphrase_key(passphrase: str, salt: bytes, cost: PassphraseCost) -> bytes:
    from argon2.exceptions import Argon2Error
    from argon2.low_level import Type, hash_secret_raw

    try:
        return hash_secret_raw(
            passphrase.encode("utf-8"),
            salt,
            time_cost=cost.time_cost,
            memory_cost=cost.memory_kib,
            parallelism=cost.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )
    except Argon2Error as exc:  # a salt too short, read from a damaged or hostile file
        raise ValueError(f"Argon2id refused its input: {type(exc).__name__}") from exc


def new_recovery_key() -> str:
    """A new recovery key as it is printed: eight groups of four characters."""
    number = int.from_bytes(secrets.token_bytes(RECOVERY_BYTES), "big")
    chars = []
    for _ in range(RECOVERY_BYTES * 8 // 5):
        number, digit = divmod(number, 32)
        chars.append(_CROCKFORD[digit])
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(typed: str) -> str | None:
    """The recovery key as typed (any case, spaces or dashes, O for 0, I or L for 1) in its printed form; None
    when it cannot be one (a wrong length, a character that is not in the alphabet)."""
    text = "".join(ch for ch in typed.upper() if not ch.isspace() and ch != "-").translate(_CROCKFORD_ALIASES)
    if len(text) != RECOVERY_BYTES * 8 // 5 or any(ch not in _CROCKFORD for ch in text):
        return None
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def recovery_wrapping_key(recovery_key: str, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"tandem recovery key")
    return hkdf.derive(recovery_key.encode("ascii"))


def seal(key: bytes, data: bytes, purpose: bytes) -> bytes:
    """`data` encrypted and authenticated with `key`: nonce + ciphertext + tag."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, data, purpose)


def unseal(key: bytes, sealed: bytes, purpose: bytes) -> bytes:
    if len(sealed) < NONCE_BYTES + 16:
        raise Unsealable("too short")
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], purpose)
    except InvalidTag:
        raise Unsealable("wrong key or changed bytes") from None


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


MIN_PASSPHRASE_LENGTH = 10


def passphrase_strength(passphrase: str) -> int:
    """A rough guide for the hint shown while she types: 0 too short, 1 weak, 2 fair, 3 strong.

    Estimated bits: the characters, with runs of the same one counted once, times the bits of the kinds of
    characters used. It cannot see a famous quote; it does see that length counts more than symbols.
    """
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return 0
    pool = 0
    if any(ch.islower() for ch in passphrase):
        pool += 26
    if any(ch.isupper() for ch in passphrase):
        pool += 26
    if any(ch.isdigit() for ch in passphrase):
        pool += 10
    if any(not ch.isalnum() and ch.isascii() for ch in passphrase):
        pool += 33
    if any(not ch.isascii() for ch in passphrase):
        pool += 100
    length = sum(1 for i, ch in enumerate(passphrase) if i == 0 or ch != passphrase[i - 1])
    bits = length * math.log2(max(pool, 2)) * (len(set(passphrase)) / len(passphrase)) ** 0.5
    return 1 if bits < 60 else 2 if bits < 80 else 3

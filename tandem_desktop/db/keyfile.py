"""The key file: the data key, kept only wrapped, as LUKS keeps a disk's key.

`tandem.key` in the data folder holds the data key sealed twice ("slots"): once with a key stretched from the
coordinator's passphrase, once with the recovery key of the emergency sheet. Changing the passphrase reseals
one slot; nothing of the database is encrypted again. A copy of the file is kept in the backups folder, as
the backups need it to be read: a damaged key file is then not the end of the programme.

Its format is a first line that names it, then JSON, so that it can be read in any year by anybody with the
passphrase and the standard algorithms named in it (Argon2id, HKDF-SHA256, AES-256-GCM).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tandem_desktop import paths

from . import backups, cipher, driver
from .cipher import DataKey, PassphraseCost
from .durable import write_durably
from .errors import KeyFileDamaged, KeyFileMissing, WrongPassphrase, WrongRecoveryKey
from .faults import classify_os

FORMAT = "tandem-desktop key file"
FIRST_LINE = b"TANDEM-DESKTOP-KEY-FILE\n"
VERSION = 1
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"


def _purpose(slot: str) -> bytes:
    return f"{FORMAT} {VERSION}: {slot} slot".encode()


@dataclass(frozen=True)
class NewKeys:
    data_key: DataKey
    recovery_key: str = field(repr=False)  # to be shown once, on the emergency sheet; never stored
    slots: dict[str, dict[str, Any]] = field(repr=False, default_factory=dict)  # what the key file holds


def key_file(data_dir: Path) -> Path:
    return data_dir / paths.KEY_NAME


def key_copy(data_dir: Path) -> Path:
    return paths.backup_dir(data_dir) / paths.KEY_NAME


def has_key_file(data_dir: Path) -> bool:
    return key_file(data_dir).exists() or key_copy(data_dir).exists()


def needs_new_key(data_dir: Path) -> bool:
    """Whether this data folder has no key yet: a new folder, or one of an earlier version with a plain
    database. Raises KeyFileMissing when encrypted files are there but the key file that opens them is not."""
    if has_key_file(data_dir):
        return False
    files = [
        paths.database_path(data_dir),
        *(b.path for b in backups.list_backups(paths.backup_dir(data_dir))),
    ]
    for path in files:
        try:
            encrypted = path.stat().st_size > 0 and not driver.is_plain(path)
        except OSError:
            continue  # missing or unreadable: the opening names that
        if encrypted:
            raise KeyFileMissing(str(key_file(data_dir)))
    return True


def new_keys(passphrase: str, cost: PassphraseCost | None = None) -> NewKeys:
    """A new data key wrapped by `passphrase` and a new recovery key, not written yet: the app shows the
    recovery key first, and writes the key file (`save`) once she has kept the emergency sheet."""
    data_key = DataKey.new()
    recovery_key = cipher.new_recovery_key()
    slots = {
        PASSPHRASE_SLOT: _passphrase_slot(data_key, passphrase, cost or cipher.PASSPHRASE_COST),
        RECOVERY_SLOT: _recovery_slot(data_key, recovery_key),
    }
    return NewKeys(data_key, recovery_key, slots)


def save(data_dir: Path, keys: NewKeys) -> None:
    """Write the key file of new keys (`new_keys`)."""
    _write(data_dir, keys.slots)


def create(data_dir: Path, passphrase: str, cost: PassphraseCost | None = None) -> NewKeys:
    """A new data key for a new (or a plain) programme, wrapped by `passphrase` and a new recovery key."""
    keys = new_keys(passphrase, cost)
    _write(data_dir, keys.slots)
    return keys


def new_recovery_key(data_dir: Path, data_key: DataKey) -> str:
    """Replace the recovery key (the old emergency sheet no longer opens the data); returns the new one."""
    slots = _read(data_dir)
    recovery_key = cipher.new_recovery_key()
    slots[RECOVERY_SLOT] = _recovery_slot(data_key, recovery_key)
    _write(data_dir, slots)
    return recovery_key


def key_for(data_dir: Path, passphrase: str) -> DataKey:
    """The data key of `data_dir`, made there with `passphrase` if it has none (its recovery key unseen): for
    fictional programmes only (the screenshots, the benchmarks, the tests)."""
    if needs_new_key(data_dir):
        data_dir.mkdir(parents=True, exist_ok=True)
        return create(data_dir, passphrase).data_key
    return unlock(data_dir, passphrase)


def unlock(data_dir: Path, passphrase: str) -> DataKey:
    """The data key, unwrapped with the passphrase; WrongPassphrase when it does not open the slot."""
    slot = _read(data_dir)[PASSPHRASE_SLOT]
    try:
        cost = PassphraseCost(int(slot["time_cost"]), int(slot["memory_kib"]), int(slot["parallelism"]))
        salt, sealed = cipher.unb64(slot["salt"]), cipher.unb64(slot["sealed"])
    except (KeyError, TypeError, ValueError):
        raise KeyFileDamaged(str(key_file(data_dir))) from None
    try:
        wrapping = cipher.passphrase_key(passphrase, salt, cost)
        return DataKey(cipher.unseal(wrapping, sealed, _purpose(PASSPHRASE_SLOT)))
    except cipher.Unsealable:
        raise WrongPassphrase() from None
    except ValueError:  # argon2 refuses parameters out of range: not a file this app wrote
        raise KeyFileDamaged(str(key_file(data_dir))) from None


def recover(data_dir: Path, recovery_key: str) -> DataKey:
    """The data key, unwrapped with the recovery key as typed; WrongRecoveryKey when it is not the one."""
    normalised = cipher.normalise_recovery_key(recovery_key)
    if normalised is None:
        raise WrongRecoveryKey()
    slot = _read(data_dir)[RECOVERY_SLOT]
    try:
        salt, sealed = cipher.unb64(slot["salt"]), cipher.unb64(slot["sealed"])
    except (KeyError, TypeError, ValueError):
        raise KeyFileDamaged(str(key_file(data_dir))) from None
    try:
        wrapping = cipher.recovery_wrapping_key(normalised, salt)
        return DataKey(cipher.unseal(wrapping, sealed, _purpose(RECOVERY_SLOT)))
    except cipher.Unsealable:
        raise WrongRecoveryKey() from None


def change_passphrase(
    data_dir: Path, data_key: DataKey, new_passphrase: str, cost: PassphraseCost | None = None
) -> None:
    """Wrap the data key with a new passphrase; the recovery slot stays as it is."""
    slots = _read(data_dir)
    slots[PASSPHRASE_SLOT] = _passphrase_slot(data_key, new_passphrase, cost or cipher.PASSPHRASE_COST)
    _write(data_dir, slots)


def _passphrase_slot(data_key: DataKey, passphrase: str, cost: PassphraseCost) -> dict[str, Any]:
    salt = os.urandom(cipher.SALT_BYTES)
    wrapping = cipher.passphrase_key(passphrase, salt, cost)
    return {
        "kdf": "argon2id",
        "time_cost": cost.time_cost,
        "memory_kib": cost.memory_kib,
        "parallelism": cost.parallelism,
        "salt": cipher.b64(salt),
        "sealed": cipher.b64(cipher.seal(wrapping, data_key.raw, _purpose(PASSPHRASE_SLOT))),
    }


def _recovery_slot(data_key: DataKey, recovery_key: str) -> dict[str, Any]:
    salt = os.urandom(cipher.SALT_BYTES)
    wrapping = cipher.recovery_wrapping_key(recovery_key, salt)
    return {
        "kdf": "hkdf-sha256",
        "salt": cipher.b64(salt),
        "sealed": cipher.b64(cipher.seal(wrapping, data_key.raw, _purpose(RECOVERY_SLOT))),
    }


def _parse(raw: bytes) -> dict[str, dict[str, Any]] | None:
    if not raw.startswith(FIRST_LINE):
        return None
    try:
        document = json.loads(raw[len(FIRST_LINE) :].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if (
        not isinstance(document, dict)
        or document.get("format") != FORMAT
        or document.get("version") != VERSION
    ):
        return None
    slots = document.get("slots")
    if not isinstance(slots, dict):
        return None
    wanted = (PASSPHRASE_SLOT, RECOVERY_SLOT)
    if not all(isinstance(slots.get(name), dict) for name in wanted):
        return None
    return {name: slots[name] for name in wanted}


def _read(data_dir: Path) -> dict[str, dict[str, Any]]:
    """The slots of the key file, or of its copy in the backups folder when the file is gone or damaged."""
    main, copy = key_file(data_dir), key_copy(data_dir)
    found_any = False
    for path in (main, copy):
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise classify_os(exc, path) or KeyFileDamaged(str(path)) from exc
        found_any = True
        slots = _parse(raw)
        if slots is not None:
            return slots
    if not found_any:
        raise KeyFileMissing(str(main))
    raise KeyFileDamaged(str(main))


def _write(data_dir: Path, slots: dict[str, dict[str, Any]]) -> None:
    """Write the key file and its copy, each whole or not at all, and durably: a key file lost in a power cut
    would lose the programme with it."""
    document = {"format": FORMAT, "version": VERSION, "slots": slots}
    raw = FIRST_LINE + (json.dumps(document, indent=2) + "\n").encode("utf-8")
    for path in (key_file(data_dir), key_copy(data_dir)):
        try:
            write_durably(path, raw)
        except OSError as exc:
            raise classify_os(exc, path) or exc from exc

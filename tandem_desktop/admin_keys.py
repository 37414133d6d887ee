"""The data key for the administrator's commands, and the commands that change how it is wrapped.

A command's passphrase comes from `--passphrase-file FILE` (its first line), else the system's keychain, else
a prompt when there is a terminal; with none of these the command stops with one line that says so. A folder
without a key yet (a new one, or one of an earlier version) gets one, with a passphrase from the same places
(asked twice at a prompt) and a recovery key printed once.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from tandem_desktop import keychain
from tandem_desktop.db import cipher, keyfile
from tandem_desktop.db.cipher import DataKey
from tandem_desktop.db.errors import NoPassphrase
from tandem_desktop.messages import UserFacingError


class PassphraseRefused(UserFacingError):
    pass


# More than any passphrase or key: a file named by mistake (a video, /dev/zero) is not read whole.
_MOST_READ = 4096


def _first_line(path: Path, what: str) -> str:
    try:
        with path.open("rb") as file:
            first = file.read(_MOST_READ).splitlines()[:1]
    except OSError as exc:
        raise PassphraseRefused(
            "The {what} file {path} cannot be read: {reason}.",
            what=what,
            path=path,
            reason=exc.strerror or exc,
        ) from None
    try:
        line = first[0].decode("utf-8-sig").rstrip("\r") if first else ""
    except UnicodeDecodeError:
        raise PassphraseRefused("The {what} file {path} is not UTF-8 text.", what=what, path=path) from None
    if not line:
        raise PassphraseRefused("The {what} file {path} is empty.", what=what, path=path)
    return line


def _prompt(question: str) -> str:
    if not sys.stdin.isatty():
        raise NoPassphrase()
    return getpass.getpass(question)


def _new_passphrase(file: Path | None, what: str = "passphrase") -> str:
    """A new passphrase, from `file` or typed twice; refused when too short."""
    if file is not None:
        passphrase = _first_line(file, what)
    else:
        passphrase = _prompt(f"New {what}: ")
        if _prompt("The same again: ") != passphrase:
            raise PassphraseRefused("The two passphrases differ; nothing was changed.")
    if cipher.passphrase_strength(passphrase) == 0:
        raise PassphraseRefused(
            "A passphrase needs at least {length} characters; a few words you remember make a good one.",
            length=cipher.MIN_PASSPHRASE_LENGTH,
        )
    return passphrase


def export_passphrase(file: Path | None, *, new: bool) -> str:
    """The passphrase of an export: a new one to seal it with (asked twice), or the one it was sealed with."""
    if new:
        return _new_passphrase(file, "export passphrase")
    if file is not None:
        return _first_line(file, "export passphrase")
    return _prompt("The export's passphrase: ")


def _current_passphrase(data_dir: Path, file: Path | None) -> str:
    if file is not None:
        return _first_line(file, "passphrase")
    stored = keychain.stored_passphrase(data_dir)
    if stored is not None:
        return stored
    return _prompt(f"Passphrase of {data_dir}: ")


def print_recovery_key(recovery_key: str) -> None:
    print("The data is encrypted. Its recovery key, shown only now:")
    print(f"    {recovery_key}")
    print(
        "Write it down and keep it away from this computer (in the office safe). It opens the data when the\n"
        "passphrase is lost: `tandem-desktop recover`. When both are lost, the data is gone for good."
    )


def command_key(data_dir: Path, args: argparse.Namespace) -> DataKey:
    """The data key of `data_dir`, made (with a new passphrase and recovery key) when it has none yet."""
    file: Path | None = getattr(args, "passphrase_file", None)
    if keyfile.needs_new_key(data_dir):
        new = keyfile.create(data_dir, _new_passphrase(file))
        print_recovery_key(new.recovery_key)
        return new.data_key
    return keyfile.unlock(data_dir, _current_passphrase(data_dir, file))


def cmd_passphrase(data_dir: Path, args: argparse.Namespace, **_: object) -> int:
    if keyfile.needs_new_key(data_dir):
        print(f"There is no encrypted programme in {data_dir} yet.")
        return 1
    key = keyfile.unlock(data_dir, _current_passphrase(data_dir, args.passphrase_file))
    passphrase = _new_passphrase(args.new_passphrase_file)
    keyfile.change_passphrase(data_dir, key, passphrase)
    if keychain.stored_passphrase(data_dir) is not None:
        keychain.remember(data_dir, passphrase)
    print("The passphrase was changed. The recovery key stays the same.")
    return 0


def cmd_recover(data_dir: Path, args: argparse.Namespace, **_: object) -> int:
    if keyfile.needs_new_key(data_dir):
        print(f"There is no encrypted programme in {data_dir} yet.")
        return 1
    if args.recovery_key_file is not None:
        typed = _first_line(args.recovery_key_file, "recovery key")
    else:
        typed = _prompt("Recovery key (eight groups of four characters): ")
    key = keyfile.recover(data_dir, typed)
    keyfile.change_passphrase(data_dir, key, _new_passphrase(args.new_passphrase_file))
    keychain.forget(data_dir)
    print("A new passphrase is set. The recovery key stays the same: keep the emergency sheet.")
    return 0

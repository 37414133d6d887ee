"""The passphrase kept in the operating system's keychain, when she asks for it on her own laptop.

Optional in every way: a bare Linux without a Secret Service, a locked keychain or a refused access leaves
the app asking for the passphrase, as it would without a keychain. `keyring` is imported only when used (it
looks for its backends when imported).
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from tandem_desktop import APP_NAME

log = logging.getLogger(__name__)


def _account(data_dir: Path) -> str:
    # One entry per data folder: a second folder (a test programme) has its own passphrase.
    return str(data_dir.resolve())


def available() -> bool:
    """Whether a real keychain is there to keep the passphrase in."""
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception as exc:  # a keychain that cannot be reached is no keychain
        log.info("no keychain: %s", type(exc).__name__)
        return False


def stored_passphrase(data_dir: Path) -> str | None:
    if not available():
        return None
    try:
        import keyring

        return keyring.get_password(APP_NAME, _account(data_dir))
    except Exception as exc:
        log.warning("could not read the keychain: %s", type(exc).__name__)
        return None


def remember(data_dir: Path, passphrase: str) -> bool:
    """Keep the passphrase in the keychain; False when there is none or it refused."""
    if not available():
        return False
    try:
        import keyring

        keyring.set_password(APP_NAME, _account(data_dir), passphrase)
    except Exception as exc:
        log.warning("could not write to the keychain: %s", type(exc).__name__)
        return False
    return True


def forget(data_dir: Path) -> None:
    if not available():
        return
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):  # nothing was kept
            keyring.delete_password(APP_NAME, _account(data_dir))
    except Exception as exc:
        log.warning("could not delete from the keychain: %s", type(exc).__name__)

"""Test-wide setup: headless Qt, and no test ever touches a real profile or data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.keys import test_key

# Before anything imports Qt: tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test reads or writes the keychain of the machine it runs on: keyring's backend that has none.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


@pytest.fixture(autouse=True)
def cheap_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """The one test setting of the key derivation: Argon2id at its least (tests/keys.py), as a store's key file
    made at the real cost takes half a second; test_keys.py checks the real cost separately."""
    from tandem_desktop.db import cipher
    from tests.keys import CHEAP

    monkeypatch.setattr(cipher, "PASSPHRASE_COST", CHEAP)


@pytest.fixture(autouse=True)
def keychain_holds_the_test_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a coordinator's own laptop with the passphrase kept in its keychain: the app and the commands
    open a test's data folder without asking. Tests of the asking itself take this away
    (`keychain_is_empty`)."""
    from tandem_desktop import keychain
    from tests.keys import PASSPHRASE

    monkeypatch.setattr(keychain, "stored_passphrase", lambda _data_dir: PASSPHRASE)


@pytest.fixture
def keychain_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    from tandem_desktop import keychain

    monkeypatch.setattr(keychain, "stored_passphrase", lambda _data_dir: None)


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every standard folder points into a fresh temporary one, so platformdirs and QSettings stay inside."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("TANDEM_DATA_DIR", raising=False)
    return home


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[object]:
    from tandem_desktop.db.store import open_store

    opened = open_store(data_dir, test_key(data_dir))
    yield opened
    opened.close()

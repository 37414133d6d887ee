"""The data key of a test's data folder: made with a fictional coordinator's passphrase at the first opening,
unwrapped with it afterwards (at the cheap cost conftest.py sets for tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tandem_desktop.db import keyfile
from tandem_desktop.db.cipher import DataKey, PassphraseCost

PASSPHRASE = "fiets naar de bibliotheek op woensdag"
# Argon2id's least: a test opens about 150 stores, and half a second each would add minutes to the suite.
CHEAP = PassphraseCost(time_cost=1, memory_kib=64)


def test_key(data_dir: Path) -> DataKey:
    """The data key of `data_dir`, made there if it has none."""
    return keyfile.key_for(data_dir, PASSPHRASE)


def passphrase_file(folder: Path) -> Path:
    """A file with the test passphrase on its first line, for `--passphrase-file` (the CLI in a child process,
    or in a fixture wider than one test, where the keychain of conftest.py is not there)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def cli_in_child(data_dir: Path, *command: str, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    """`tandem-desktop --data-dir DATA_DIR COMMAND` in a process of its own, with the test passphrase in a file
    beside the folder (the key derivation at the app's real cost, as no test setting reaches a child); `umask`
    is the child's own. Fails the test when the command fails."""
    return subprocess.run(
        [sys.executable, "-m", "tandem_desktop", "--data-dir", str(data_dir),
         "--passphrase-file", str(passphrase_file(data_dir.parent)), *command],
        capture_output=True,
        text=True,
        check=True,
        preexec_fn=None if umask is None else (lambda: os.umask(umask)),
    )  # fmt: skip


def plain_copy(encrypted: Path, key: DataKey, plain: Path) -> None:
    """What an earlier version of the app left: the same database, not encrypted."""
    from contextlib import closing

    from tandem_desktop.db import driver

    with closing(driver.connect(encrypted, key)) as conn:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")


test_key.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test for pytest to collect

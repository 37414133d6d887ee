"""The data folder holds what is known of families and their children: no other user of the computer may read
any of it, whatever the umask the app was started with, and a folder left readable by an earlier version is
made private when it is opened."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tandem_desktop.db.store import open_store
from tests.keys import cli_in_child, test_key

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Unix permissions (Windows: the user's profile)")


def modes(folder: Path) -> dict[str, int]:
    found = {".": folder.stat().st_mode & 0o777}
    for root, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            path = Path(root) / name
            found[str(path.relative_to(folder))] = path.lstat().st_mode & 0o777
    return found


def readable_by_others(folder: Path) -> dict[str, int]:
    return {name: mode for name, mode in modes(folder).items() if mode & 0o077}


def run(data: Path, *command: str) -> None:
    # The usual umask of a desktop session, whatever this test process has: the app must not depend on it.
    cli_in_child(data, *command, umask=0o022)


def test_a_new_data_folder_and_everything_the_app_writes_in_it_are_the_users_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run(data, "demo")
    run(data, "backup")
    found = modes(data)
    assert "tandem.sqlite3" in found and "tandem.key" in found
    assert any(name.startswith("backups/") for name in found)
    assert readable_by_others(data) == {}
    assert found["."] == 0o700 and found["tandem.sqlite3"] == 0o600


def test_a_folder_an_earlier_version_left_readable_is_made_private_when_opened(tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_store(data, test_key(data)).close()
    (data / "logs").mkdir(exist_ok=True)
    (data / "logs" / "tandem.log").write_text("an earlier version's log\n", encoding="utf-8")
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("not the app's", encoding="utf-8")
    outside.chmod(0o644)
    (data / "link").symlink_to(outside)
    # As the version before this one left it, under the usual umask.
    for root, dirs, files in os.walk(data):
        for name in dirs:
            (Path(root) / name).chmod(0o755)
        for name in files:
            (Path(root) / name).chmod(0o644)
    data.chmod(0o755)
    log_file = data / "logs" / "tandem.log"
    log_file.chmod(0o444)  # read-only, as she may have made it
    assert readable_by_others(data)

    open_store(data, test_key(data)).close()
    assert readable_by_others(data) == {"link": 0o777}  # a link's own bits mean nothing
    assert outside.stat().st_mode & 0o777 == 0o644  # and what it points to, out of the folder, is left alone
    assert log_file.stat().st_mode & 0o777 == 0o400  # her own access is as it was: read-only stays read-only

"""Where the data lives (one folder holding the database, its backups, the logs and the preferences), and
that it is its user's alone."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from tandem_desktop import APP_SLUG

DATA_DIR_ENV = "TANDEM_DATA_DIR"
DATABASE_NAME = "tandem.sqlite3"
BACKUP_FOLDER = "backups"
LOG_FOLDER = "logs"
LOCK_NAME = "tandem.lock"
KEY_NAME = "tandem.key"
PREFERENCES_NAME = "preferences.ini"
# Beside the database: the state of the file as this app last closed it, checked (db/values.py).
CLEAN_CLOSE_SUFFIX = ".values-checked"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins over `TANDEM_DATA_DIR`, which wins over the platform's user data folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False, roaming=True))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def clean_close_stamp(database: Path) -> Path:
    return database.with_name(database.name + CLEAN_CLOSE_SUFFIX)


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def log_dir(data_dir: Path) -> Path:
    return data_dir / LOG_FOLDER


def inside_data_dir(data_dir: Path, stored: str) -> Path | None:
    """The file a path stored in the database names, only when it lies inside the data folder.

    The app stores only paths inside the folder (the logo, scans of signed agreements), but a database
    edited by hand, or an old import, may hold `../../etc/passwd`, an absolute path or a symbolic link that
    points out: those are never read, printed or shown.
    """
    try:
        folder = data_dir.resolve()
        # resolve() follows symbolic links; an absolute path replaces the folder when joined.
        path = (folder / stored).resolve()
    except (OSError, RuntimeError, ValueError):  # a loop of links, a NUL character
        return None
    return path if path.is_relative_to(folder) and path != folder else None


def keep_private() -> None:
    """From now on, every file and folder this process makes is its user's alone (umask 077): the database and
    the WAL and journal SQLite makes beside it, backups, logs, the preferences, kept scans, and a report or an
    agreement saved elsewhere (it names a family too). On Windows the protection is the user's own profile
    folder, where the data folder lives; its permissions are the system's (ACLs), not these bits."""
    if os.name != "nt":
        os.umask(0o077)


def make_private(folder: Path) -> list[Path]:
    """Take away the access of the group and of other users to `folder` and to everything in it: a folder
    made by an earlier version, under the usual umask, is readable by every user of the machine (755, 644).
    The owner's own access stays as it is (a file made read-only stays read-only), and links are left alone
    (never followed out of the folder). Returns what could not be changed: a file system without Unix
    permissions (a FAT USB stick) or a file of another owner."""
    if os.name == "nt":
        return []
    refused = []
    for root, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            path = Path(root) / name
            if not path.is_symlink() and not _private(path):
                refused.append(path)
    if not _private(folder):
        refused.append(folder)
    return refused


def _private(path: Path) -> bool:
    """Whether `path` is (now) its owner's alone."""
    try:
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            path.chmod(mode & 0o700)
    except OSError:
        return not path.exists()  # gone meanwhile: nothing to keep private
    return True

"""Where the data lives: one folder holding the database, its backups, the logs and the preferences."""

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
PREFERENCES_NAME = "preferences.ini"


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

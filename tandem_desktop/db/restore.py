"""Restoring a backup: the file is validated first, the current database is kept before it is replaced."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from tandem_desktop.messages import QT_TRANSLATE_NOOP

from . import backups, integrity, migrate
from .errors import DatabaseTooNew, NotATandemDatabase, StoreError


class RestoreRefused(StoreError):
    def __init__(self, path: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store", "The file {path} cannot be restored: {problems}. Nothing has been changed."
            ),
            path=path,
            problems="; ".join(problems),
        )


def file_revision(path: Path) -> str | None:
    """The schema revision stored in a database file, read without changing it."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    return None if row is None else str(row[0])


def validate_backup(path: Path) -> None:
    """Raise RestoreRefused (or DatabaseTooNew) unless `path` is a healthy database this app can open."""
    if not path.is_file():
        raise RestoreRefused(str(path), ["there is no such file"])
    problems = integrity.check_file(path)
    if problems:
        raise RestoreRefused(str(path), problems)
    revision = file_revision(path)
    if revision is None:
        raise NotATandemDatabase(str(path))
    if revision not in migrate.known_revisions():
        raise DatabaseTooNew(str(path), revision)


def _sidecars(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def restore_backup(
    source: Path, database: Path, backup_dir: Path, now: dt.datetime | None = None
) -> Path | None:
    """Replace `database` by a copy of `source`. The caller holds the instance lock.

    Returns where the previous database was kept: a backup when it was readable, otherwise the damaged
    file itself, moved aside. Nothing the coordinator had is deleted.
    """
    validate_backup(source)
    now = now or dt.datetime.now(dt.UTC)
    kept: Path | None = None
    if database.exists():
        if integrity.check_file(database, quick=True):
            kept = database.with_name(f"{database.name}.damaged-{now.strftime('%Y%m%dT%H%M%SZ')}")
            database.replace(kept)
            for sidecar in _sidecars(database):  # its log may hold the last changes: keep it with it
                if sidecar.exists():
                    sidecar.replace(kept.with_name(kept.name + sidecar.name.removeprefix(database.name)))
        else:
            kept = backups.automatic_backup(database, backup_dir, "before-restore", now)
    incoming = database.with_name(database.name + ".restoring")
    backups.copy_database(source, incoming)
    # A stale write-ahead log next to the new file would be replayed into it: remove it first (its
    # content is in the backup just made).
    for sidecar in _sidecars(database):
        sidecar.unlink(missing_ok=True)
    incoming.replace(database)
    return kept

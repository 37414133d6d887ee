"""Restoring a backup: the file is validated first, the current database is kept before it is replaced."""

from __future__ import annotations

import datetime as dt
from contextlib import closing
from pathlib import Path

from tandem_desktop.messages import QT_TRANSLATE_NOOP

from . import backups, driver, integrity, migrate
from .cipher import DataKey
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


def file_revision(path: Path, key: DataKey) -> str | None:
    """The schema revision stored in a database file (encrypted with `key`, or plain), read without changing it."""
    with closing(driver.connect(path, None if driver.is_plain(path) else key, read_only=True)) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except driver.DBAPI.OperationalError:
            return None
    return None if row is None else str(row[0])


def validate_backup(path: Path, key: DataKey) -> None:
    """Raise RestoreRefused (or DatabaseTooNew) unless `path` is a healthy database this app can open: one
    encrypted with this data folder's key, or a plain one made by an earlier version (encrypted as it is
    restored)."""
    if not path.is_file():
        raise RestoreRefused(str(path), ["there is no such file"])
    problems = integrity.check_file(path, key)
    if problems:
        raise RestoreRefused(str(path), problems)
    revision = file_revision(path, key)
    if revision is None:
        raise NotATandemDatabase(str(path))
    if revision not in migrate.known_revisions():
        raise DatabaseTooNew(str(path), revision)


def _sidecars(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def restore_backup(
    source: Path, database: Path, backup_dir: Path, key: DataKey, now: dt.datetime | None = None
) -> Path | None:
    """Replace `database` by a copy of `source`. The caller holds the instance lock.

    Returns where the previous database was kept: a safety backup when it was healthy, otherwise the
    damaged file itself, moved aside. Nothing the coordinator had is deleted.

    It cannot lose: everything that can fail for lack of space or permission (the copy of `source`, the
    safety backup of the current database) is done first, beside the database, and nothing is moved
    until both are complete. A failure before that leaves every file as it was; the two renames after it
    need no space, and the first is undone if the second fails.
    """
    validate_backup(source, key)
    now = now or dt.datetime.now(dt.UTC)
    # A fault reading the current file (no permission, a disk error) raises here, before anything is
    # done: only real damage makes it "damaged" and moves it aside.
    damaged = database.exists() and bool(integrity.check_file(database, key, quick=True))
    healthy = database.exists() and not damaged
    needed = source.stat().st_size + (backups.database_size(database) if healthy else 0)
    backups.ensure_space(database.parent, needed)

    incoming = database.with_name(database.name + ".restoring")
    backups.copy_database(source, incoming, key)
    kept: Path | None = None
    try:
        if healthy:
            kept = backups.automatic_backup(database, backup_dir, "before-restore", key, now)
        elif damaged:
            kept = database.with_name(f"{database.name}.damaged-{now.strftime('%Y%m%dT%H%M%SZ')}")
            _move_with_sidecars(database, kept)
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    try:
        # A stale write-ahead log next to the new file would be replayed into it: remove it first (a
        # healthy database's log is in the safety backup just made; a damaged one's moved with it).
        for sidecar in _sidecars(database):
            sidecar.unlink(missing_ok=True)
        incoming.replace(database)
    except OSError:
        if damaged and kept is not None and not database.exists():
            _move_with_sidecars(kept, database)  # as it was
        incoming.unlink(missing_ok=True)
        raise
    return kept


def _move_with_sidecars(database: Path, target: Path) -> None:
    """Rename a database and its journal files together: its log may hold the last changes."""
    database.replace(target)
    for sidecar in _sidecars(database):
        if sidecar.exists():
            sidecar.replace(target.with_name(target.name + sidecar.name.removeprefix(database.name)))

"""Opening the programme's store: lock, check, back up, migrate; then sessions on it."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from tandem_desktop import paths

from . import audit, backups, integrity, migrate
from .engine import make_engine
from .errors import BackupFailed, DatabaseDamaged, DataFolderReadOnly, DataFolderUnusable, StoreError
from .lock import InstanceLock

log = logging.getLogger(__name__)


class TandemSession(Session):
    """The session every service uses: its flushes write the audit trail."""


audit.install(TandemSession)


def prepare_data_dir(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderUnusable(str(data_dir), exc.strerror or str(exc)) from exc
    if not os.access(data_dir, os.W_OK):
        raise DataFolderReadOnly(str(data_dir))


@dataclass
class Store:
    data_dir: Path
    engine: Engine
    created: bool = False  # a new, empty database was made at this opening
    # Problems that do not stop the work but that the coordinator must hear of (a failed daily backup).
    warnings: list[StoreError] = field(default_factory=list)
    _lock: InstanceLock | None = field(default=None, repr=False)

    @property
    def database(self) -> Path:
        return paths.database_path(self.data_dir)

    @property
    def backup_dir(self) -> Path:
        return paths.backup_dir(self.data_dir)

    def session(self) -> TandemSession:
        # expire_on_commit=False: services hand detached rows to the GUI, which reads them after the commit.
        return TandemSession(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[TandemSession]:
        """A session whose work is committed at the end of the block, or rolled back on any error."""
        with self.session() as session, session.begin():
            yield session

    def backup(self, reason: str) -> Path:
        return backups.automatic_backup(self.database, self.backup_dir, reason)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        # Fold the write-ahead log into the file, so that a closed store is one self-contained file.
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except DatabaseError:
            log.warning("could not checkpoint %s on close", self.database)
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def check_database_file(database: Path) -> None:
    """Raise DatabaseDamaged when the file cannot be trusted (header, then SQLite's quick check)."""
    problems = integrity.check_file(database, quick=True)
    if problems:
        raise DatabaseDamaged(str(database), problems)


def open_store(data_dir: Path, *, lock: bool = True, now: dt.datetime | None = None) -> Store:
    """Open (creating when needed) the store in `data_dir`, ready for sessions.

    Raises a StoreError with a message for the coordinator when the folder cannot be used, another
    instance holds it, the database is damaged, or it comes from a newer version of the app.
    """
    prepare_data_dir(data_dir)
    instance_lock = InstanceLock(data_dir) if lock else None
    if instance_lock:
        instance_lock.acquire()
    try:
        return _open_locked(data_dir, instance_lock, now or dt.datetime.now(dt.UTC))
    except BaseException:
        if instance_lock:
            instance_lock.release()
        raise


def _open_locked(data_dir: Path, instance_lock: InstanceLock | None, now: dt.datetime) -> Store:
    database = paths.database_path(data_dir)
    existed = database.exists() and database.stat().st_size > 0
    if existed:
        check_database_file(database)
    engine = make_engine(database)
    store = Store(data_dir=data_dir, engine=engine, _lock=instance_lock)
    try:
        state = migrate.ensure_schema(engine, database, store.backup)
        store.created = state == "new"
        if existed and state == "current" and backups.backup_due(store.backup_dir, now):
            try:
                store.backup("daily")
            except BackupFailed as exc:  # e.g. a full disk: work can go on, but she must know
                log.warning("daily backup failed: %s", exc.message)
                store.warnings.append(exc)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise DatabaseDamaged(str(database), [str(exc)]) from exc
    except StoreError:
        engine.dispose()
        raise
    except OSError as exc:
        engine.dispose()
        raise DataFolderUnusable(str(data_dir), exc.strerror or str(exc)) from exc
    return store

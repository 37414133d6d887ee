"""Opening the programme's store: lock, encrypt what an earlier version left plain, check, back up, migrate;
then sessions on it."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import ORMExecuteState, with_loader_criteria
from sqlmodel import Session, col

from tandem_desktop import paths
from tandem_desktop.paths import keep_private, make_private

from . import audit, backups, changes, encryption, erasure, integrity, kept_files, migrate, values
from .cipher import DataKey
from .engine import locked_engine, make_engine
from .errors import (
    ClockSetBack,
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseMissing,
    DatabaseReadOnly,
    DataFolderReadOnly,
    DataFolderUnusable,
    RecordsSetAside,
    StoreError,
    StoreLocked,
)
from .faults import classify, classify_os
from .lock import InstanceLock
from .models import RECORD_TABLES, AuditEntry, Record

log = logging.getLogger(__name__)


class TandemSession(Session):
    """The session every service uses: its flushes write the audit trail, and its ORM queries leave out
    the records set aside because a value in them cannot be read (db/values.py)."""


audit.install(TandemSession)
changes.install(TandemSession)

_MODELS: dict[str, type[Record] | type[AuditEntry]] = {str(m.__tablename__): m for m in RECORD_TABLES}
_MODELS[str(AuditEntry.__tablename__)] = AuditEntry


@event.listens_for(TandemSession, "do_orm_execute")
def _leave_out_set_aside(state: ORMExecuteState) -> None:
    # The recipe SQLAlchemy documents for a global filter: loader criteria added to every ORM select, so
    # that no page, list or service loads a row that would raise while it is converted.
    options = state.session.info.get("set_aside")
    if options and state.is_select:
        state.statement = state.statement.options(*options)


def _set_aside_options(held: dict[str, set[uuid.UUID]]) -> tuple[Any, ...]:
    return tuple(
        with_loader_criteria(model, col(model.id).not_in(held[name]), include_aliases=True)
        for name, model in _MODELS.items()
        if held.get(name)
    )


def programme_today(clock_today: dt.date, newest_change: dt.datetime | None) -> dt.date:
    """The clock's date, but never before the newest stored change (see Store.today)."""
    return clock_today if newest_change is None else max(clock_today, newest_change.astimezone().date())


# A clock this far behind the newest change is said to be set back; less is ordinary clock drift.
CLOCK_TOLERANCE = dt.timedelta(hours=1)


def prepare_data_dir(data_dir: Path) -> None:
    """The data folder exists, can be written, and is its user's alone, as is every file the process makes
    from now on (files.keep_private); one left readable by others by an earlier version is made private."""
    keep_private()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise classify_os(exc, data_dir) or DataFolderUnusable(
            str(data_dir), exc.strerror or str(exc)
        ) from exc
    if not os.access(data_dir, os.W_OK):
        raise DataFolderReadOnly(str(data_dir))
    refused = make_private(data_dir)
    if refused:
        # Ordinary on a USB stick formatted FAT: the files stay as the file system keeps them.
        log.warning("could not make %d files of the data folder private", len(refused))


@dataclass
class Store:
    data_dir: Path
    engine: Engine
    # The data key: the database and every backup are encrypted with it. None while the window is locked.
    key: DataKey | None = field(repr=False)
    created: bool = False  # a new, empty database was made at this opening
    # The newest change stored (the audit trail's last entry), read at opening; None in a new programme.
    newest_change: dt.datetime | None = None
    # Values the app cannot read, found at opening, and the records left out of every query because of them.
    bad_values: list[values.BadValue] = field(default_factory=list)
    set_aside: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    # Problems that do not stop the work but that the coordinator must hear of (a failed daily backup).
    warnings: list[StoreError] = field(default_factory=list)
    _lock: InstanceLock | None = field(default=None, repr=False)
    _key_id: bytes = field(default=b"", repr=False)  # tells the key again after the lock screen

    @property
    def database(self) -> Path:
        return paths.database_path(self.data_dir)

    @property
    def backup_dir(self) -> Path:
        return paths.backup_dir(self.data_dir)

    def today(self) -> dt.date:
        """Today for the programme's rules: the clock's date, but never before the newest stored change.

        A laptop whose clock was set back (a dead battery) would otherwise find every recent record "in
        the future": families uneditable, duos without flags, `check` full of false problems.
        """
        return programme_today(dt.date.today(), self.newest_change)

    def session(self) -> TandemSession:
        # expire_on_commit=False: services hand detached rows to the GUI, which reads them after the commit.
        session = TandemSession(self.engine, expire_on_commit=False)
        if self.set_aside:
            session.info["set_aside"] = _set_aside_options(self.set_aside)
        return session

    @contextlib.contextmanager
    def transaction(self) -> Iterator[TandemSession]:
        """A session whose work is committed at the end of the block, or rolled back on any error."""
        with self.session() as session, session.begin():
            yield session

    @property
    def data_key(self) -> DataKey:
        if self.key is None:
            raise StoreLocked()
        return self.key

    def backup(self, reason: str, now: dt.datetime | None = None) -> Path:
        return backups.automatic_backup(self.database, self.backup_dir, reason, self.data_key, now)

    def forget_key(self) -> None:
        """For the lock screen: close the database and forget its key; the instance lock stays held, so that no
        other start takes the folder meanwhile. Every use of the store raises StoreLocked until `take_key`."""
        if self.key is None:
            return
        self._key_id = self.key.fingerprint()
        self.engine.dispose()
        self.engine = locked_engine()
        self.key = None

    def take_key(self, key: DataKey) -> bool:
        """Open the database again with `key` (unwrapped from the passphrase); False when it is not its key."""
        if self.key is not None:
            return key == self.key
        if key.fingerprint() != self._key_id:
            return False
        self.key = key
        self.engine = make_engine(self.database, key)
        return True

    def keep_erased(self) -> None:
        """Erase again what the register beside the database says was erased (a restore of an older backup, or an
        import, brought it back), and write into that register what it lacks (it was lost or replaced)."""
        with self.session() as session:
            to_apply, to_write = erasure.not_applied(session, self.data_dir)
        if to_write:
            try:
                erasure.register(self.data_dir, to_write)
            except OSError as exc:  # the database still holds them: written at the next opening
                log.warning("erasure register not written: %s", type(exc).__name__)
        if not to_apply:
            return
        with self.transaction() as session:
            mentions = erasure.Mentions(session)
            applied = sum(
                erasure.erase(
                    session,
                    e.table_name,
                    e.record_id,
                    e.erased_on,
                    on_request=e.on_request,
                    mentions=mentions,
                )
                for e in to_apply
            )
        if applied:
            log.info("%d erasures applied again", applied)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        # Fold the write-ahead log into the file, so that a closed store is one self-contained file. When
        # that cannot be done (a full disk, a file made read-only meanwhile), the log stays beside the file
        # and SQLite folds it in at the next opening: nothing is lost. A locked store (no key) can do neither.
        clean = False
        if self.key is not None:
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                    # The next start skips its scan for unreadable values if the file is as it is now: so
                    # scan now, when the window is gone, unless nothing was written since the last scan.
                    # Another program may have written while the app was open.
                    if self._lock is not None and not self.bad_values:
                        clean = not values.scan_needed(self.database) or not values.find_bad_values(conn)
            except (DatabaseError, StoreError) as exc:
                log.warning("could not checkpoint on close: %s", type(exc).__name__)
        self.engine.dispose()
        if self._lock is not None:
            if clean:
                values.record_clean(self.database)
            self._lock.release()
            self._lock = None


def check_database_file(database: Path, key: DataKey) -> None:
    """Raise DatabaseDamaged when the file cannot be trusted (header, then SQLite's quick check)."""
    problems = integrity.check_file(database, key, quick=True)
    if problems:
        raise DatabaseDamaged(str(database), problems)


def open_store(
    data_dir: Path,
    key: DataKey,
    *,
    lock: bool = True,
    now: dt.datetime | None = None,
    step: encryption.Step | None = None,
) -> Store:
    """Open (creating when needed) the store in `data_dir` with its data key (db/keyfile.py), ready for
    sessions. A database or backups an earlier version left plain are encrypted first (`step` tells how far).

    Raises a StoreError with a message for the coordinator when the folder cannot be used, another
    instance holds it, the database is damaged, or it comes from a newer version of the app.
    """
    prepare_data_dir(data_dir)
    instance_lock = InstanceLock(data_dir) if lock else None
    if instance_lock:
        instance_lock.acquire()
    try:
        _encrypt_plain_files(data_dir, key, instance_lock, step)
        return _open_locked(data_dir, key, instance_lock, now or dt.datetime.now(dt.UTC))
    except BaseException:
        if instance_lock:
            instance_lock.release()
        raise


def _encrypt_plain_files(
    data_dir: Path, key: DataKey, held: InstanceLock | None, step: encryption.Step | None
) -> None:
    if held is not None:
        encryption.encrypt_data_folder(data_dir, key, step)
    elif encryption.plain_files(data_dir):
        # A command that only reads (export, duos) opens without the lock; rewriting files needs it.
        lock = InstanceLock(data_dir)
        lock.acquire()
        try:
            encryption.encrypt_data_folder(data_dir, key, step)
        finally:
            lock.release()


def _holds_a_programme(data_dir: Path) -> bool:
    """Backups or signed agreements: a programme lived in this folder, so a missing database is a loss
    to report, not a first start."""
    if backups.list_backups(paths.backup_dir(data_dir)):
        return True
    agreements = data_dir / "agreements"
    return agreements.is_dir() and any(agreements.iterdir())


def check_present(data_dir: Path) -> bool:
    """Whether the database file is there to open; raises when it is missing or empty but should not be."""
    database = paths.database_path(data_dir)
    try:
        size = database.stat().st_size
    except FileNotFoundError:
        if _holds_a_programme(data_dir):
            raise DatabaseMissing(str(database)) from None
        return False
    except OSError as exc:
        raise classify_os(exc, database) or DataFolderUnusable(
            str(data_dir), exc.strerror or str(exc)
        ) from exc
    if size == 0:
        # SQLite writes the header as soon as the app sets WAL mode, before any table: an empty file was
        # never a database of this app (an incomplete copy, a sync program's placeholder).
        raise DatabaseEmpty(str(database))
    return True


def newest_change(engine: Engine) -> dt.datetime | None:
    with engine.connect() as conn:
        value = conn.execute(text("SELECT max(at) FROM audit_entry")).scalar()
    if value is None:
        return None
    return dt.datetime.fromisoformat(str(value)).replace(tzinfo=dt.UTC)


def _open_locked(data_dir: Path, key: DataKey, instance_lock: InstanceLock | None, now: dt.datetime) -> Store:
    database = paths.database_path(data_dir)
    existed = check_present(data_dir)
    if existed:
        # Checked unless the file is exactly as this app closed it, checked, at the last close: a quick check
        # decrypts every page (three tenths of a second for a large programme), and a page damaged since on
        # the disk is found all the same, when it is read (SQLCipher authenticates every page; the fault
        # then clears the stamp, so that the next start checks the whole file and offers the backup).
        if values.scan_needed(database):
            check_database_file(database, key)
        if not os.access(database, os.R_OK | os.W_OK):
            raise DatabaseReadOnly(str(database))
    engine = make_engine(database, key)
    store = Store(data_dir=data_dir, engine=engine, key=key, _lock=instance_lock)
    try:
        state = migrate.ensure_schema(engine, database, store.backup)
        store.created = state == "new"
        store.newest_change = newest_change(engine)
        if values.scan_needed(database):
            _set_aside_unreadable(store)
        store.keep_erased()
        if kept_files.plain_files_present(data_dir):  # as the migration, also for a command without the lock
            _take_in_plain_files(store)
        if store.newest_change is not None and store.newest_change - now > CLOCK_TOLERANCE:
            log.warning("the clock is behind the newest stored change")
            store.warnings.append(ClockSetBack(now, store.newest_change))
        if existed and state == "current" and backups.backup_due(store.backup_dir, now):
            try:
                store.backup("daily", now)
            except StoreError as exc:  # e.g. a full disk: work can go on, but she must know
                log.warning("daily backup failed: %s", type(exc).__name__)
                store.warnings.append(exc)
    except StoreError:
        engine.dispose()
        raise
    except (DatabaseError, OSError) as exc:
        engine.dispose()
        fault = classify(exc, database)
        if fault is None:
            raise
        raise fault from exc
    return store


def _take_in_plain_files(store: Store) -> None:
    """Scans and a logo an earlier version kept as plain files: into the encrypted database, then deleted."""
    with store.transaction() as session:
        taken = kept_files.take_in_plain_files(session, store.data_dir)
    if taken:
        log.info("%d plain files are now kept encrypted", len(taken))
        kept_files.delete_plain_files(store.data_dir, taken)


def _set_aside_unreadable(store: Store) -> None:
    with store.engine.connect() as conn:
        store.bad_values = values.find_bad_values(conn)
        if store.bad_values:
            store.set_aside = values.quarantine(conn, store.bad_values)
    if store.bad_values:
        log.warning(
            "%d unreadable values; records set aside: %s",
            len(store.bad_values),
            {name: len(ids) for name, ids in store.set_aside.items()},
        )
        store.warnings.append(RecordsSetAside(store.bad_values))

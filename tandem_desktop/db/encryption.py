"""Encrypting the plain files an earlier version left in the data folder: the database and its backups.

Done at the first opening with a data key (db/store.py), as part of that operation, and so that a failure at
any step leaves the plain database exactly as it was:

1. a safety copy of the plain database, beside it;
2. an encrypted copy of the database and of every plain backup, each beside its original and verified: its
   integrity, and the same number of rows in every table as the original;
3. only then the swaps: each backup, then the database, replaced by its encrypted copy (a rename each);
4. the safety copy removed.

A crash in step 3 leaves some files encrypted and some plain: the next opening finds the plain ones and goes on.
A safety copy left by a crash after step 3 is removed at that opening too, once the database is encrypted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import closing, suppress
from pathlib import Path

from tandem_desktop import paths

from . import backups, driver, integrity, migrate
from .cipher import DataKey
from .errors import BackupFailed, DatabaseDamaged, DatabaseTooNew, NotATandemDatabase, StoreError
from .faults import classify
from .restore import file_revision

log = logging.getLogger(__name__)

SAFETY_SUFFIX = ".before-encryption"
ENCRYPTING_SUFFIX = ".encrypting"

# (files done, files in all); a callable so that db/ needs nothing of core's Progress.
Step = Callable[[int, int], None]


def plain_files(data_dir: Path) -> list[Path]:
    """The database and the backups in `data_dir` that are not encrypted yet (the database last)."""
    found = [b.path for b in reversed(backups.list_backups(paths.backup_dir(data_dir))) if _plain(b.path)]
    database = paths.database_path(data_dir)
    if database.exists() and _plain(database):
        found.append(database)
    return found


def _plain(path: Path) -> bool:
    try:
        return driver.is_plain(path)
    except OSError:
        return False  # unreadable: the opening names that fault itself


def encrypt_data_folder(data_dir: Path, key: DataKey, step: Step | None = None) -> int:
    """Encrypt every plain file of the data folder with `key` (the caller holds the instance lock); returns
    how many were encrypted. Raises the StoreError that names a fault; the plain files are then untouched."""
    database = paths.database_path(data_dir)
    safety = database.with_name(database.name + SAFETY_SUFFIX)
    files = plain_files(data_dir)
    if not files:
        if safety.exists():
            safety.unlink()  # left by a crash after the swap: the encrypted database is in place
        return 0
    log.info("encrypting %d plain files of the data folder", len(files))
    backups.ensure_space(data_dir, 2 * sum(backups.database_size(f) for f in files))
    step = step or (lambda _done, _total: None)
    total = len(files) + 1
    encrypted: list[tuple[Path, Path]] = []
    try:
        if database in files:
            _check_ours(database, key)
            _fold_log(database)
            _safety_copy(database, safety)
        step(1, total)
        for done, original in enumerate(files, start=2):
            copy = original.with_name(original.name + ENCRYPTING_SUFFIX)
            if original != database and integrity.check_file(original, None, quick=True):
                # A damaged old backup cannot be copied: it stays as it is (and is no worse for it), and does
                # not stop the programme from opening.
                log.warning("a damaged plain backup is left as it is")
                continue
            encrypted.append((original, copy))
            backups.copy_database(original, copy, key)
            _verify(original, copy, key)
            step(done, total)
    except BaseException:
        for _original, copy in encrypted:
            with suppress(OSError):
                copy.unlink(missing_ok=True)
        with suppress(OSError):
            safety.unlink(missing_ok=True)
        raise
    for original, copy in encrypted:
        if original == database:
            for sidecar in ("-wal", "-shm"):  # empty after _fold_log; a plain log must not meet the new file
                database.with_name(database.name + sidecar).unlink(missing_ok=True)
        copy.replace(original)
    safety.unlink(missing_ok=True)
    return len(files)


def _check_ours(database: Path, key: DataKey) -> None:
    """Only a sound database of this app is encrypted in place: damage, another program's file or a newer
    version's are named (by the opening's own errors) and left exactly as they are."""
    problems = integrity.check_file(database, None, quick=True)
    if problems:
        raise DatabaseDamaged(str(database), problems)
    revision = file_revision(database, key)
    if revision is None:
        raise NotATandemDatabase(str(database))
    if revision not in migrate.known_revisions():
        raise DatabaseTooNew(str(database), revision)


def _fold_log(database: Path) -> None:
    """Fold the plain database's write-ahead log into it, so that no change lives only beside the file."""
    try:
        with closing(driver.connect(database, None)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except (driver.Error, OSError) as exc:
        raise classify(exc, database) or BackupFailed(str(database), type(exc).__name__) from exc


def _safety_copy(database: Path, safety: Path) -> None:
    """A plain copy of the plain database, through SQLite's backup API (never a file copy of a database)."""
    try:
        with (
            closing(driver.connect(database, None, read_only=True)) as src,
            closing(driver.connect(safety, None)) as dst,
        ):
            src.backup(dst)
    except (driver.Error, OSError) as exc:
        raise classify(exc, safety) or BackupFailed(str(safety), type(exc).__name__) from exc


def _row_counts(conn: driver.Connection) -> dict[str, int]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def _verify(original: Path, copy: Path, key: DataKey) -> None:
    """The encrypted copy is sound and holds what the original holds, table by table."""
    problems = integrity.check_file(copy, key, quick=True)
    try:
        with (
            closing(driver.connect(original, None, read_only=True)) as plain,
            closing(driver.connect(copy, key, read_only=True)) as encrypted,
        ):
            if _row_counts(plain) != _row_counts(encrypted):
                problems.append("the encrypted copy does not hold the same rows")
    except (driver.Error, OSError) as exc:
        fault = classify(exc, copy)
        if isinstance(fault, StoreError):
            raise fault from exc
        raise
    if problems:
        log.error("the encrypted copy of %s failed its check", original.name)
        raise BackupFailed(str(copy), "; ".join(problems))

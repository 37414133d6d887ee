"""What went wrong with the store, named from SQLite's result codes and the operating system's errors.

A full disk, a read-only file, a busy database and a damaged file all surface as "an error" from the
driver; the way out differs (free space, ask for write access, close the other program, restore a backup),
and following the wrong advice can hide a healthy programme. So every database error is classified here,
once: by the engine's `handle_error` hook for everything that goes through SQLAlchemy (db/engine.py), and
directly by the few places that connect without the engine (db/driver.py: backups, integrity checks).

Only SQLITE_CORRUPT and SQLITE_NOTADB are damage. Everything else is a fault of the surroundings, and the
file is left exactly as it is.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from pathlib import Path

from tandem_desktop.paths import clean_close_stamp

from .driver import Error as DriverError
from .driver import is_plain
from .errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseReadOnly,
    DataFolderReadOnly,
    DiskError,
    DiskFull,
    NotThisFoldersKey,
    StoreError,
)

# Primary result codes (the low byte of an extended code): https://sqlite.org/rescode.html
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_AUTH = 23
SQLITE_NOTADB = 26

DAMAGE_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})
# Below this much free space an I/O error is taken for a full disk: SQLite reports a failed write on a full
# disk as SQLITE_FULL only sometimes (appending to the WAL or a journal can give SQLITE_IOERR_WRITE).
_NEARLY_FULL = 1 << 20


# SQLite's own text of each result code (sqlite3_errstr): the driver's backup() raises its errors without the
# code, with this text only.
_CODE_OF_TEXT = {
    "database or disk is full": SQLITE_FULL,
    "disk I/O error": SQLITE_IOERR,
    "database is locked": SQLITE_BUSY,
    "database table is locked": SQLITE_LOCKED,
    "attempt to write a readonly database": SQLITE_READONLY,
    "unable to open database file": SQLITE_CANTOPEN,
    "file is not a database": SQLITE_NOTADB,
    "database disk image is malformed": SQLITE_CORRUPT,
    "out of memory": SQLITE_NOMEM,
}


def primary_code(error: DriverError) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return _CODE_OF_TEXT.get(str(error))
    return int(code) & 0xFF


def is_damage(error: DriverError) -> bool:
    return primary_code(error) in DAMAGE_CODES


def _forget_clean_close(database: Path) -> None:
    """Damage was found: the next start checks the whole file (store.py skips it after a clean close)."""
    with contextlib.suppress(OSError):
        clean_close_stamp(database).unlink(missing_ok=True)


def _encrypted(database: Path) -> bool:
    try:
        return not is_plain(database)
    except OSError:
        return False


def free_space(path: Path) -> int | None:
    """Bytes free on the disk holding `path` (or its nearest existing parent); None when unknown."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            try:
                return shutil.disk_usage(candidate).free
            except OSError:
                return None
    return None


def _nearly_full(path: Path) -> bool:
    free = free_space(path)
    return free is not None and free < _NEARLY_FULL


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def _read_only(database: Path) -> StoreError:
    """The file, or else the folder that must hold its journal files, cannot be written."""
    folder = database.parent
    if folder.exists() and not _writable(folder):
        return DataFolderReadOnly(str(folder))
    return DatabaseReadOnly(str(database))


def classify_sqlite(error: DriverError, database: Path) -> StoreError | None:
    """The store error a database error stands for; None for errors of the program itself (a constraint,
    a bad statement), which are not the surroundings' fault and are left to surface as they are."""
    code = primary_code(error)
    if code == SQLITE_NOTADB and _encrypted(database):
        _forget_clean_close(database)
        # The data key was checked against the key file: a file it does not open is damaged in its first
        # page, or was encrypted by another data folder (copied in by hand).
        return NotThisFoldersKey(str(database))
    if code in DAMAGE_CODES:
        _forget_clean_close(database)
        return DatabaseDamaged(str(database), [str(error)])
    if code == SQLITE_FULL:
        return DiskFull(str(database.parent))
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusy(str(database))
    if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH):
        return _read_only(database)
    if code == SQLITE_CANTOPEN:
        if database.parent.exists() and not _writable(database.parent):
            return DataFolderReadOnly(str(database.parent))
        if database.exists() and not os.access(database, os.R_OK | os.W_OK):
            return DatabaseReadOnly(str(database))
        if _nearly_full(database):
            return DiskFull(str(database.parent))
        return DiskError(str(database), error.__class__.__name__, code)
    if code == SQLITE_IOERR:
        if _nearly_full(database):
            return DiskFull(str(database.parent))
        return DiskError(str(database), error.__class__.__name__, getattr(error, "sqlite_errorcode", code))
    if code == SQLITE_NOMEM:
        return DiskError(str(database), "out of memory", code)
    return None


def classify_os(error: OSError, path: Path) -> StoreError | None:
    """The store error an operating-system error on `path` (in the data folder) stands for."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(str(path.parent if path.suffix else path))
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        # The folder that refused: the nearest one that exists (a backup's folder may not exist yet).
        folder = next((f for f in (path, *path.parents) if f.is_dir()), path.parent)
        if not _writable(folder):
            return DataFolderReadOnly(str(folder))
        return DatabaseReadOnly(str(path))
    if error.errno == errno.EIO:
        return DiskError(str(path), "EIO", error.errno)
    return None


def classify(error: BaseException, database: Path) -> StoreError | None:
    """`error` (a driver error, possibly wrapped by SQLAlchemy, or an OSError) as a store error, or None."""
    if isinstance(error, StoreError):
        return error
    original = getattr(error, "orig", None)
    if isinstance(original, BaseException) and original is not error:
        return classify(original, database)
    if isinstance(error, DriverError):
        return classify_sqlite(error, database)
    if isinstance(error, OSError):
        return classify_os(error, database)
    return None

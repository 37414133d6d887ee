"""The SQLAlchemy engine on the local database file (encrypted with the data key), with the pragmas every
connection needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import NullPool

from . import driver
from .cipher import DataKey
from .errors import StoreLocked
from .faults import classify

BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection: driver.Connection, _record: Any) -> None:
    # Python's sqlite3 would otherwise open transactions by itself, late (at the first write), so
    # a read before it runs outside any transaction; SQLAlchemy's own BEGIN (below) takes over.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # WAL: readers do not block the writer. synchronous=FULL: with WAL, NORMAL can lose the
        # last commits on a power cut, and a laptop's battery does run out.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Erased values (db/erasure.py) and deleted rows are overwritten in the file, not left in free space.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")
    # Without relationship() declarations the unit of work does not order the inserts of different
    # tables by their foreign keys, and SQLite checks each row at once: a child flushed before its
    # parent would be refused. Deferred, the keys are still enforced, at commit.
    connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")


def make_engine(path: Path, key: DataKey | None) -> Engine:
    # NullPool: one desktop user; a connection per session keeps no file handle open between
    # operations, which matters for restore (it replaces the database in place).
    # hide_parameters: an error's text (logged, or shown by the CLI) must not carry a family's notes or
    # phone number from the statement that failed.
    # creator: every connection is made (and keyed, first) by db/driver.py, SQLAlchemy's pysqlite dialect
    # working over SQLCipher's module. key None opens a plain file (only the upgrade of an older one does).
    engine = create_engine(
        "sqlite://",
        creator=lambda: driver.connect(path, key),
        module=driver.DBAPI,
        poolclass=NullPool,
        hide_parameters=True,
    )
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)

    def name_the_fault(context: ExceptionContext) -> None:
        # Every statement, commit and connection of every service passes here: a full disk, a read-only
        # file or a damaged page becomes the StoreError that names it, with its way out, wherever it
        # happens. Errors of the program itself (a constraint) are left as SQLAlchemy raised them.
        fault = classify(context.original_exception, path)
        if fault is not None:
            raise fault from context.original_exception

    event.listen(engine, "handle_error", name_the_fault)
    return engine


def locked_engine() -> Engine:
    """The engine of a store whose key is forgotten (the lock screen): every connection raises StoreLocked."""

    def refuse() -> driver.Connection:
        raise StoreLocked()

    return create_engine("sqlite://", creator=refuse, module=driver.DBAPI, poolclass=NullPool)

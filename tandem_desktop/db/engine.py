"""The SQLAlchemy engine on the local SQLite file, with the pragmas every connection needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import NullPool

from .faults import classify

BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
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
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")
    # Without relationship() declarations the unit of work does not order the inserts of different
    # tables by their foreign keys, and SQLite checks each row at once: a child flushed before its
    # parent would be refused. Deferred, the keys are still enforced, at commit.
    connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")


def make_engine(path: Path) -> Engine:
    # NullPool: one desktop user; a connection per session keeps no file handle open between
    # operations, which matters for restore (it replaces the database in place).
    # hide_parameters: an error's text (logged, or shown by the CLI) must not carry a family's notes or
    # phone number from the statement that failed.
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool, hide_parameters=True)
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

"""Stored values this version of the app cannot read, found with SQL before any row is loaded.

A value written by another tool, a newer version or a bad import (an unknown status, broken JSON, a date
that is not a date) would make SQLAlchemy raise while loading its row, and one such row would stop a
whole page or the whole app. `find_bad_values` finds them by table, record and field, one pass per table,
without converting anything; `quarantine` adds the records that depend on them; the store then leaves all
of them out of the ORM's queries (db/store.py), so the rest of the programme opens, and `check` and the
start-up message name what needs repair. Nothing is changed or deleted.
"""

from __future__ import annotations

import os
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from tandem_desktop import paths

from .models import metadata
from .models.base import UTCDateTime


@dataclass(frozen=True, order=True)
class BadValue:
    table: str
    record_id: str  # as stored: the row's own id may be the bad value
    field: str
    problem: str  # English, for `check` and the start-up message's details

    def describe(self) -> str:
        return f"{self.table} {self.record_id}, field {self.field}: {self.problem}"


def _is_list(column: sa.Column[Any]) -> bool:
    # The models' JSON columns hold lists except a few dicts (clauses, changes): the default says which.
    default = column.default
    factory = getattr(default, "arg", None)
    try:
        return isinstance(factory({}) if callable(factory) else factory, list)
    except TypeError:
        return False


def _condition(column: sa.Column[Any]) -> tuple[sa.ColumnElement[bool], str] | None:
    """A SQL test true for a value the column's type cannot read back, with what is wrong with it."""
    kind = column.type
    value: sa.ColumnElement[Any] = sa.literal_column(f'"{column.name}"')
    if isinstance(kind, sa.Enum):
        allowed = list(kind.enums)
        return value.not_in(allowed), "not one of the values this version knows (" + ", ".join(allowed) + ")"
    if isinstance(kind, sa.JSON):
        expected = "array" if _is_list(column) else "object"
        bad = sa.or_(sa.func.json_valid(value) == 0, sa.func.json_type(value) != expected)
        return bad, f"not valid JSON of the expected kind ({expected})"
    if isinstance(kind, UTCDateTime):
        return sa.or_(
            sa.func.typeof(value) != "text", sa.func.datetime(value).is_(None)
        ), "not a date and time"
    if isinstance(kind, sa.Date):
        return sa.or_(sa.func.typeof(value) != "text", sa.func.date(value).is_not(value)), "not a date"
    if isinstance(kind, sa.Uuid):
        return (
            sa.or_(sa.func.length(value) != 32, value.op("GLOB")("*[^0-9a-f]*")),
            "not an id",
        )
    if isinstance(kind, sa.Boolean):
        return value.not_in([0, 1]), "not yes or no"
    if isinstance(kind, sa.Integer):
        return sa.func.typeof(value) != "integer", "not a whole number"
    return None


def find_bad_values(conn: Connection) -> list[BadValue]:
    """Every stored value of every table that the models cannot read, ordered by table, id and field."""
    found: list[BadValue] = []
    for table in metadata.sorted_tables:
        checks = [(c.name, *cond) for c in table.columns if (cond := _condition(c)) is not None]
        if not checks:
            continue
        # One pass per table: every column's test in one WHERE, and which failed in the SELECT.
        flags = [
            sa.case((sa.and_(sa.literal_column(f'"{n}"').is_not(None), bad), 1), else_=0)
            for n, bad, _ in checks
        ]
        query = (
            sa.select(sa.cast(sa.literal_column('"id"'), sa.Text), *flags)
            .select_from(sa.table(table.name))
            .where(sa.or_(*(f == 1 for f in flags)))
        )
        for record_id, *hits in conn.execute(query):
            for (name, _, problem), hit in zip(checks, hits, strict=True):
                if hit:
                    found.append(BadValue(table.name, str(record_id), name, problem))
    return sorted(found)


def quarantine(conn: Connection, bad: Iterable[BadValue]) -> dict[str, set[uuid.UUID]]:
    """The records to leave out, per table: those with a bad value, and every record that refers to one of
    them (a duo of a family that cannot be read cannot be shown either)."""
    held: dict[str, set[uuid.UUID]] = defaultdict(set)
    for value in bad:
        uid = _uuid(value.record_id)
        if uid is not None:  # a row whose id is not an id cannot be filtered by id: `check` still names it
            held[value.table].add(uid)
    changed = True
    while changed:
        changed = False
        for table in metadata.sorted_tables:
            for fk in table.foreign_keys:
                parents = held.get(fk.column.table.name)
                if not parents or "id" not in table.c:
                    continue
                query = sa.select(sa.cast(table.c.id, sa.Text)).where(fk.parent.in_(parents))
                new = {uid for (text,) in conn.execute(query) if (uid := _uuid(text)) is not None}
                new -= held[table.name]
                if new:
                    held[table.name] |= new
                    changed = True
    return {name: ids for name, ids in held.items() if ids}


def _uuid(text: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(hex=str(text))
    except ValueError:
        return None


# The scan reads every row (about a second for ten years of a large programme), too much for every start.
# So it runs when the store closes (the window is gone by then) and the state of the file it found clean is
# kept beside it; a start that finds the file exactly in that state skips its scan, and any other writer
# since (another program, a copy, a restore) changes the state and brings the scan back.


def _file_state(database: Path) -> dict[str, int] | None:
    try:
        stat = database.stat()
        wal = database.with_name(database.name + "-wal")
        wal_size = wal.stat().st_size if wal.exists() else 0
    except OSError:
        return None
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "inode": stat.st_ino, "wal": wal_size}


def _stamp_text(state: dict[str, int]) -> str:
    # Plain "name=value" lines: nothing in the data folder but the key file reads as a document.
    return "".join(f"{name}={value}\n" for name, value in state.items())


def scan_needed(database: Path) -> bool:
    try:
        recorded = paths.clean_close_stamp(database).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return True
    state = _file_state(database)
    return state is None or recorded != _stamp_text(state)


def record_clean(database: Path) -> None:
    """Note that `database`, as it is now (closed by this app), holds no unreadable value."""
    state = _file_state(database)
    stamp = paths.clean_close_stamp(database)
    try:
        if state is None or state["wal"]:
            stamp.unlink(missing_ok=True)
            return
        partial = stamp.with_name(stamp.name + ".partial")
        partial.write_text(_stamp_text(state), encoding="utf-8")
        os.replace(partial, stamp)
    except OSError:
        pass  # only a saving of time is lost: the next start scans

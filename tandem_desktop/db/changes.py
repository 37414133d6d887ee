"""What a piece of work changed in the store: the kinds of record (tables) and their ids.

The screens refresh from this one notification (the GUI's operation runner emits it after each operation).
It is collected where every write passes, the session's flush, rather than returned by each service: a
service cannot forget to report a change, just as it cannot forget the audit trail (db/audit.py). Only
committed work counts; a rolled-back transaction (an error, a cancelled operation) changed nothing.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from .models import Record

# Where a session keeps what its flushes wrote until commit: ids by table, and tables changed as a whole.
_PENDING = "tandem_pending_changes"
_PENDING_WHOLE = "tandem_pending_whole_tables"


@dataclass(frozen=True)
class Changes:
    """Record ids changed, by table name. A table in `whole` changed in rows not known one by one (a
    bulk statement, a restore): every view of it must reload."""

    records: dict[str, frozenset[uuid.UUID]] = field(default_factory=dict)
    whole: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.records or self.whole)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.records) | self.whole

    def touches(self, kinds: Iterable[str]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def ids(self, kind: str) -> frozenset[uuid.UUID]:
        return self.records.get(kind, frozenset())

    def merged(self, other: Changes) -> Changes:
        records = dict(self.records)
        for kind, ids in other.records.items():
            records[kind] = records.get(kind, frozenset()) | ids
        return Changes(records, self.whole | other.whole)


class ChangeCollector:
    """Gathers the changes committed while it is the current collector (see `collect_changes`)."""

    def __init__(self) -> None:
        self.changes = Changes()

    def add(self, changes: Changes) -> None:
        self.changes = self.changes.merged(changes)


# Per thread and task: an operation in a worker collects its own changes, not the GUI thread's.
_collector: ContextVar[ChangeCollector | None] = ContextVar("tandem_change_collector", default=None)


@contextlib.contextmanager
def collect_changes() -> Iterator[ChangeCollector]:
    collector = ChangeCollector()
    token = _collector.set(collector)
    try:
        yield collector
    finally:
        _collector.reset(token)


def report_whole(tables: Iterable[str]) -> None:
    """Work written outside the app's sessions (a team's sync, in its child process) changed these tables in
    rows not known one by one: every view of them reloads."""
    collector = _collector.get()
    if collector is not None:
        collector.add(Changes(whole=frozenset(tables)))


def _pending(session: Session) -> dict[str, set[uuid.UUID]]:
    pending: dict[str, set[uuid.UUID]] = session.info.setdefault(_PENDING, {})
    return pending


def _note(session: Session, objects: Iterable[Any]) -> None:
    pending = _pending(session)
    for obj in objects:
        if isinstance(obj, Record):  # the programme's records; not the audit trail that follows them
            pending.setdefault(str(obj.__tablename__), set()).add(obj.id)


def _after_flush(session: Session, _context: Any) -> None:
    _note(session, session.new)
    _note(session, (obj for obj in session.dirty if session.is_modified(obj, include_collections=False)))
    _note(session, session.deleted)


def _bulk_statement(state: ORMExecuteState) -> None:
    # An ORM update() or delete() statement changes rows the session never loaded: the table as a whole.
    if not (state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is None:
        return
    whole: set[str] = state.session.info.setdefault(_PENDING_WHOLE, set())
    whole.add(str(mapper.local_table.name))  # type: ignore[attr-defined]  # a Table for every model here


def _after_commit(session: Session) -> None:
    records = session.info.pop(_PENDING, {})
    whole = session.info.pop(_PENDING_WHOLE, set())
    collector = _collector.get()
    if collector is not None and (records or whole):
        collector.add(Changes({k: frozenset(v) for k, v in records.items()}, frozenset(whole)))


def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_PENDING_WHOLE, None)


def install(session_class: type[Session]) -> None:
    for name, listener in (
        ("after_flush", _after_flush),
        ("do_orm_execute", _bulk_statement),
        ("after_commit", _after_commit),
        ("after_rollback", _after_rollback),
    ):
        if not event.contains(session_class, name, listener):
            event.listen(session_class, name, listener)

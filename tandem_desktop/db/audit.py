"""Every change to a record leaves an audit entry, and `updated_at` moves, in the same transaction.

Done in the session's before_flush hook, so no service can forget it.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from . import audit_chain
from .models import AuditEntry, Record, utcnow
from .models.enums import AuditAction

# Fields whose values must not be copied into the audit trail: it says they changed, not to what.
SENSITIVE_FIELDS = frozenset({"sensitive_constraints", "notes", "wellbeing_note", "buddy_preferences"})
_UNAUDITED_FIELDS = frozenset({"updated_at", "created_at"})
_TICK = dt.timedelta(microseconds=1)


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _changes(record: Record, names_only: bool) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    state = inspect(record)
    for attr in state.mapper.column_attrs:
        name = attr.key
        if name in _UNAUDITED_FIELDS:
            continue
        history = state.attrs[name].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        changes[name] = None if names_only or name in SENSITIVE_FIELDS else [_plain(old), _plain(new)]
    return changes


def _entry(
    now: dt.datetime, obj: Record, action: AuditAction, changes: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "at": now,
        "table_name": str(obj.__tablename__),
        "record_id": obj.id,
        "action": action,
        "changes": changes or {},
    }


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    now = utcnow()
    # An erasure (db/erasure.py) must not copy into the trail the values it is removing.
    erasing = bool(session.info.get("erasing"))
    entries = [_entry(now, obj, AuditAction.CREATE) for obj in list(session.new) if isinstance(obj, Record)]
    for obj in list(session.dirty):
        if not isinstance(obj, Record) or not session.is_modified(obj, include_collections=False):
            continue
        changes = _changes(obj, erasing)
        if not changes:
            continue
        # Never backwards: an edit made while the clock was set back must still be newer than the version
        # it replaced, or a later merge by `updated_at` would drop it.
        previous = obj.updated_at
        obj.updated_at = now if previous is None or now > previous else previous + _TICK
        action = AuditAction.ERASE if erasing else AuditAction.UPDATE
        if not erasing and "deleted_at" in changes and len(changes) == 1:
            action = AuditAction.DELETE if obj.deleted_at is not None else AuditAction.RESTORE
        entries.append(_entry(now, obj, action, changes))
    # Hard deletes are rare (import repairs); still recorded.
    entries += [
        _entry(now, obj, AuditAction.DELETE) for obj in list(session.deleted) if isinstance(obj, Record)
    ]
    if entries:
        audit_chain.seal(session, entries)
        session.add_all(AuditEntry(**entry) for entry in entries)


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)

"""Applying a plan: the records that pass, read again from the file and written in batches (new ones with plain
INSERTs and their audit entries, changed ones through the ORM), and the audit entry of the import itself."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast

import sqlalchemy as sa
from sqlmodel import Session, select

from tandem_desktop.db import audit_chain
from tandem_desktop.db.models import RECORD_TABLES, AuditEntry, Record
from tandem_desktop.db.models.base import utcnow
from tandem_desktop.db.models.enums import AuditAction
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from .file_format import AUDIT_TABLE, IMPORT_AUDIT_SUBJECT, _table, table_name
from .planning import _Plan
from .reading import _SPAN_BITS, _Reader
from .report import ImportRejected
from .rows import _Full, _parse_row, _Row

# Records per INSERT batch, and per flush of updates: keeps statements and the session small.
_CHUNK = 2000

_T = TypeVar("_T")


def _chunks(items: Sequence[_T], size: int) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _FileChanged(ImportRejected):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "domain", "{path} changed while it was being imported. Nothing was imported: import it again."
            ),
            path=str(path),
        )


def _read_again(reader: _Reader, model: type[Record], rows: Sequence[_Row], today: dt.date) -> list[_Full]:
    """The rows' full values, read again from the file (the plan keeps only what the checks need)."""
    name = table_name(model)
    found: list[_Full] = []
    for row in rows:
        start, length = row.span >> _SPAN_BITS, row.span & (1 << _SPAN_BITS) - 1
        again, values, fields = _parse_row(
            model, name, reader.reread(start, start + length), today, rules=False
        )
        if values is None or again.uid != row.uid or values["updated_at"] != row.updated_at:
            raise _FileChanged(reader.path)
        found.append((row, values, fields))
    return found


def _apply(session: Session, plan: _Plan, reader: _Reader, today: dt.date) -> None:
    now = utcnow()
    audit_table = _table(AuditEntry)
    for model in RECORD_TABLES:
        name = table_name(model)
        table = _table(model)
        # New records go in with plain INSERTs: the ORM's unit of work takes tens of seconds for the
        # 100,000 activities of a large programme, and its before_flush hook (db/audit.py) would write
        # the creation entries one object at a time. So the import writes those entries itself, in the
        # form the hook gives them (a "create" with no changes, all at one moment). The records keep the
        # file's created_at and updated_at untouched.
        for chunk in _chunks(plan.added.get(name, []), _CHUNK):
            session.execute(
                sa.insert(table), [values for _, values, _ in _read_again(reader, model, chunk, today)]
            )
            created: list[dict[str, Any]] = [
                {
                    "at": now,
                    "table_name": name,
                    "record_id": r.uid,
                    "action": AuditAction.CREATE,
                    "changes": {},
                }
                for r in chunk
            ]
            audit_chain.seal(session, created)
            session.execute(sa.insert(audit_table), created)
        for chunk in _chunks(plan.updated.get(name, []), _CHUNK):
            _update(session, model, _read_again(reader, model, chunk, today))
    # The import itself, with what identifies the file: its SHA-256 (no name: a file name may name a family).
    entry_id = uuid.uuid4()
    imported: dict[str, Any] = {
        "id": entry_id,
        "at": now,
        "table_name": IMPORT_AUDIT_SUBJECT,
        "record_id": entry_id,
        "action": AuditAction.IMPORT,
        "changes": {
            "sha256": reader.sha256,
            "added": sum(len(r) for r in plan.added.values()),
            "updated": sum(len(r) for r in plan.updated.values()),
            "ignored_audit_entries": plan.ignored.get(AUDIT_TABLE, 0),
        },
    }
    audit_chain.seal(session, [imported])
    session.execute(sa.insert(audit_table), imported)


def _update(session: Session, model: type[Record], rows: Sequence[_Full]) -> None:
    """Updates go through the ORM, so that db/audit.py records what changed, field by field."""
    ids = [cast(uuid.UUID, r.target) for r, _, _ in rows]
    stored = {r.id: r for r in session.exec(select(model).where(model.id.in_(ids)))}  # type: ignore[attr-defined]
    pairs = [(stored[cast(uuid.UUID, r.target)], values, fields) for r, values, fields in rows]
    for target, values, fields in pairs:
        for name in fields:
            if name == "id" or (name == "created_at" and target.id != values["id"]):
                continue  # the settings row merged into the stored one keeps its own identity
            if getattr(target, name) != values[name]:
                setattr(target, name, values[name])
    # The session's before_flush hook (db/audit.py) writes an audit entry for each changed record and
    # sets its updated_at to now. The audit entry is wanted: the import did change the record. But the
    # record's updated_at must stay the file's, or the next merge would take this copy for a newer edit.
    # So: flush once (the audit entries are written), then put the file's updated_at back and flush
    # again; the hook leaves that second flush alone, because it ignores changes to updated_at alone.
    # This keeps db/audit.py the only place that knows how an update's entry looks, at the cost of a
    # second UPDATE per record, which only records that actually change pay.
    session.flush()
    for target, values, _ in pairs:
        target.updated_at = values["updated_at"]
    session.flush()
    session.expunge_all()

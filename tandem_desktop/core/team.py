"""The conflicts a team's sync found (db/team/merge.py), for review: each shows the value kept (the later change)
and the one set aside; taking the other one, or confirming the one kept, is a change like any other, audited,
and it travels to every laptop with the next sync."""

from __future__ import annotations

import base64
import datetime as dt
import enum
import json
import typing
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from tandem_desktop.db import audit_chain
from tandem_desktop.db.audit import SENSITIVE_FIELDS
from tandem_desktop.db.models import (
    RECORD_TABLES,
    AgreementTemplate,
    AuditEntry,
    Buddy,
    Family,
    SyncConflict,
    utcnow,
)
from tandem_desktop.db.models.enums import AuditAction
from tandem_desktop.db.store import Store
from tandem_desktop.db.team import sync
from tandem_desktop.db.team.merge import SAME_NUMBER
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from .consistency import find_problems
from .errors import DomainError

_MODELS = {str(model.__tablename__): model for model in RECORD_TABLES}
_COLUMNS = {name: set(model.model_fields) for name, model in _MODELS.items()}


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    table_name: str
    record_id: uuid.UUID
    field: str
    kind: str
    kept: Any  # as the record's field holds it: a date, a yes/no, a vocabulary's value, text, a number
    other: Any
    found_at: dt.datetime
    resolved_on: dt.date | None
    took_other: bool
    sensitive: bool  # a field whose values the screens do not show (housing, health, notes)
    record_name: str  # the family's or buddy's name; "" for other records


@dataclass(frozen=True)
class TeamSync:
    report: sync.SyncReport
    # The programme's rules (core/consistency) broken by the laptops' changes together, that neither broke
    # alone (the same family put in a duo on two laptops): said, for a person to set right.
    new_problems: tuple[str, ...]


def sync_with_team(store: Store, membership: sync.Membership) -> TeamSync:
    """A sync (db/team/sync.py) checked by the same rules as an import: one gate for data coming in."""
    with store.session() as session:
        before = set(find_problems(session, store.today()))
    report = sync.sync_laptop(store, membership)
    with store.session() as session:
        after = find_problems(session, store.today())
    return TeamSync(report, tuple(problem for problem in after if problem not in before))


def _typed(table: str, name: str, value: Any) -> Any:
    """A value as the record's field holds it (a date, a yes/no, a vocabulary's value), for showing; as stored
    when it does not read as that (an older version's)."""
    model = _MODELS.get(table)
    field = model.model_fields.get(name) if model is not None else None
    if field is None or value is None:
        return value
    kinds = [
        kind for kind in (typing.get_args(field.annotation) or (field.annotation,)) if kind is not type(None)
    ]
    try:
        if dt.date in kinds and isinstance(value, str):
            return dt.date.fromisoformat(value[:10])
        if bool in kinds:
            return bool(value)
        vocabulary = next(
            (kind for kind in kinds if isinstance(kind, type) and issubclass(kind, enum.Enum)), None
        )
        if vocabulary is not None:
            return vocabulary(value)
    except ValueError:
        pass
    return value


def decode(text: str) -> Any:
    value = json.loads(text)
    if isinstance(value, dict) and set(value) == {"bytes"}:
        return base64.b64decode(value["bytes"])
    return value


def conflicts(store: Store, *, resolved: bool = False) -> list[ConflictRow]:
    """The conflicts to review (or, `resolved`, every one), newest first."""
    with store.session() as session:
        query = select(SyncConflict).where(col(SyncConflict.deleted_at).is_(None))
        if not resolved:
            query = query.where(col(SyncConflict.resolved_on).is_(None))
        rows = session.exec(query.order_by(col(SyncConflict.created_at).desc())).all()
        names: dict[uuid.UUID, str] = {}
        for model in (Family, Buddy):
            ids = [c.record_id for c in rows if c.table_name == model.__tablename__]
            if ids:
                names.update(session.exec(select(model.id, model.name).where(col(model.id).in_(ids))).all())
    return [
        ConflictRow(
            c.id,
            c.table_name,
            c.record_id,
            c.field,
            c.kind,
            _typed(c.table_name, c.field, decode(c.kept_value)),
            _typed(c.table_name, c.field, decode(c.other_value)),
            c.created_at,
            c.resolved_on,
            c.took_other,
            c.field in SENSITIVE_FIELDS,
            names.get(c.record_id, ""),
        )
        for c in rows
    ]


def _open_conflict(session: Session, conflict_id: uuid.UUID) -> SyncConflict:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.deleted_at is not None:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "This conflict no longer exists."))
    if conflict.resolved_on is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "This conflict was settled already, on {day}."),
            day=conflict.resolved_on,
        )
    return conflict


def _settle(session: Session, conflict: SyncConflict, today: dt.date, *, took_other: bool) -> None:
    conflict.took_other = took_other
    conflict.resolved_on = today
    conflict.resolved_by = audit_chain.actor(session.connection())
    session.add(conflict)


def keep(store: Store, conflict_id: uuid.UUID, today: dt.date) -> None:
    """The value kept is the right one: the conflict is settled as it is."""
    with store.transaction() as session:
        _settle(session, _open_conflict(session, conflict_id), today, took_other=False)


def _take_other_text(session: Session, conflict: SyncConflict) -> None:
    """The agreement text set aside becomes the newest version: the one in force."""
    text = session.get(AgreementTemplate, conflict.record_id)
    if text is None or text.deleted_at is not None:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "This conflict no longer exists."))
    highest = session.execute(sa.select(sa.func.max(col(AgreementTemplate.version)))).scalar() or 0
    text.version = int(highest) + 1
    session.add(text)


def take_other(store: Store, conflict_id: uuid.UUID, today: dt.date) -> None:
    """The value set aside is the right one: it is written into the record (audited), and the conflict says so."""
    with store.transaction() as session:
        conflict = _open_conflict(session, conflict_id)
        table, name = conflict.table_name, conflict.field
        if conflict.kind == SAME_NUMBER:
            _take_other_text(session, conflict)
            _settle(session, conflict, today, took_other=True)
            return
        # Names from a synced row are only ever used when they are the app's own (never trusted as SQL).
        if name not in _COLUMNS.get(table, set()) or name in ("id", "created_at", "updated_at"):
            raise DomainError(
                QT_TRANSLATE_NOOP("domain", "This conflict names a field the app does not know.")
            )
        kept, other = decode(conflict.kept_value), decode(conflict.other_value)
        now = utcnow()
        session.execute(
            sa.text(f'UPDATE "{table}" SET "{name}" = :value, updated_at = :now WHERE id = :id'),
            {"value": other, "now": now.strftime("%Y-%m-%d %H:%M:%S.%f"), "id": conflict.record_id.hex},
        )
        entry: dict[str, Any] = {
            "at": now,
            "table_name": table,
            "record_id": conflict.record_id,
            "action": AuditAction.UPDATE,
            "changes": {name: None if name in SENSITIVE_FIELDS else [kept, other]},
        }
        audit_chain.seal(session, [entry])
        session.add(AuditEntry(**entry))
        session.flush()  # in the trail before the conflict's own entry, which the flush hook places after it
        conflict.kept_value, conflict.other_value = conflict.other_value, conflict.kept_value
        _settle(session, conflict, today, took_other=True)

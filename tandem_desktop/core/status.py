"""Status moves of families, buddies and trajectories, each kept with its date."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from sqlmodel import Session, col

from tandem_desktop.db.models import Buddy, Family, StatusChange, Trajectory, utcnow
from tandem_desktop.db.queries import live
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from .errors import DomainError

Subject = Family | Buddy | Trajectory
Person = TypeVar("Person", Family, Buddy)


def change_status(
    session: Session, subject: Subject, new_status: StrEnum, note: str = "", at: dt.datetime | None = None
) -> None:
    old = subject.status
    if old == new_status:
        return
    subject.status = new_status  # type: ignore[assignment]
    session.add(subject)
    session.add(
        StatusChange(
            subject_type=str(subject.__tablename__),
            subject_id=subject.id,
            old_status=str(old) if old is not None else None,
            new_status=str(new_status),
            changed_at=at or utcnow(),
            note=note,
        )
    )


def advance(session: Session, subject: Subject, path: Sequence[StrEnum]) -> None:
    """Move the subject along `path` from its current status to the path's last step, each step recorded
    (a registered family whose intake is done and who goes on the waiting list shows both in its history)."""
    if subject.status not in path:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "This is not possible with the status “{status}”."),
            field="status",
            status=subject.status,  # the GUI names it in the user's language
        )
    for step in path[path.index(subject.status) + 1 :]:
        change_status(session, subject, step)


def record_initial_status(session: Session, subject: Subject, at: dt.datetime | None = None) -> None:
    session.add(
        StatusChange(
            subject_type=str(subject.__tablename__),
            subject_id=subject.id,
            new_status=str(subject.status),
            changed_at=at or utcnow(),
        )
    )


@dataclass(frozen=True)
class StatusStep:
    status: str
    at: dt.datetime


def status_history(store: Store, subject_id: uuid.UUID) -> list[StatusStep]:
    """Every status a family, buddy or duo had, with the moment it changed, oldest first."""
    with store.session() as session:
        query = (
            live(StatusChange)
            .where(StatusChange.subject_id == subject_id)
            .order_by(col(StatusChange.changed_at))
        )
        return [StatusStep(change.new_status, change.changed_at) for change in session.exec(query)]


def advance_record(
    store: Store, model: type[Person], record_id: uuid.UUID, path: Sequence[StrEnum], gone: str
) -> None:
    """`advance` for a stored family or buddy, in a transaction of its own; `gone` when it no longer exists."""
    with store.transaction() as session:
        record = session.get(model, record_id)
        if record is None or record.deleted_at is not None:
            raise DomainError(gone)
        advance(session, record, path)

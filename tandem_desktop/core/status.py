"""Status moves of families, buddies and trajectories, each kept with its date."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlmodel import Session, col

from tandem_desktop.db.models import Buddy, Family, StatusChange, Trajectory, utcnow
from tandem_desktop.db.queries import live

Subject = Family | Buddy | Trajectory


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
            old_status=str(old.value) if old is not None else None,
            new_status=new_status.value,
            changed_at=at or utcnow(),
            note=note,
        )
    )


def record_initial_status(session: Session, subject: Subject, at: dt.datetime | None = None) -> None:
    session.add(
        StatusChange(
            subject_type=str(subject.__tablename__),
            subject_id=subject.id,
            new_status=subject.status.value,
            changed_at=at or utcnow(),
        )
    )


def status_history(session: Session, subject: Subject) -> list[StatusChange]:
    query = (
        live(StatusChange).where(StatusChange.subject_id == subject.id).order_by(col(StatusChange.changed_at))
    )
    return list(session.exec(query))

"""When a family's or a buddy's data must be erased: the agreement's promise ("we keep the data until two years
after the end of the trajectory, then we erase it"), with the months set in the settings.

- A family whose trajectories all ended, and which itself ended (completed, stopped, withdrew) or was deleted:
  `retention_months_after_trajectory` after its last trajectory ended.
- A family never matched that withdrew, stopped or was deleted: `retention_months_never_matched` after that.
- A buddy who stopped (or was deleted), with no duo running: `retention_months_buddy` after the later of the two.

A running duo keeps both its family and its buddy. An erased record is never due again.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from tandem_desktop.db.models import Buddy, Family, ProgrammeSettings, StatusChange, Trajectory
from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from ..dates import add_months
from ..settings import read_settings
from ..trajectories import OPEN_STATUSES

ENDED_FAMILY = (FamilyStatus.COMPLETED, FamilyStatus.STOPPED, FamilyStatus.WITHDRAWN)


class DueReason(StrEnum):
    AFTER_TRAJECTORY = "after_trajectory"
    NEVER_MATCHED = "never_matched"
    BUDDY_STOPPED = "buddy_stopped"


# Said on the Privacy page and by `retention`: {months} and {ended} are filled in.
REASON_TEXTS = {
    DueReason.AFTER_TRAJECTORY: QT_TRANSLATE_NOOP(
        "privacy", "{months} months after the last trajectory ended"
    ),
    DueReason.NEVER_MATCHED: QT_TRANSLATE_NOOP(
        "privacy", "never matched; {months} months after the family left"
    ),
    DueReason.BUDDY_STOPPED: QT_TRANSLATE_NOOP("privacy", "{months} months after the buddy stopped"),
}


@dataclass(frozen=True)
class Due:
    table_name: str  # "family" or "buddy"
    record_id: uuid.UUID
    name: str
    reason: DueReason
    months: int
    ended_on: dt.date
    due_on: dt.date


@dataclass
class _Duos:
    running: int = 0
    last_end: dt.date | None = None


def _duos_by(session: Session, column: Any) -> dict[uuid.UUID, _Duos]:
    """Per family (or buddy): how many duos run, and when the last one ended (its closing, or its deletion)."""
    found: dict[uuid.UUID, _Duos] = defaultdict(_Duos)
    query = sa.select(column, col(Trajectory.status), col(Trajectory.closed_on), col(Trajectory.deleted_at))
    for owner, status, closed_on, deleted_at in session.execute(query):
        duos = found[owner]
        if deleted_at is None and status in OPEN_STATUSES:
            duos.running += 1
            continue
        ended = closed_on or (deleted_at.date() if deleted_at else None)
        if ended is not None and (duos.last_end is None or ended > duos.last_end):
            duos.last_end = ended
    return found


def _last_status_change(session: Session, subject_type: str) -> dict[uuid.UUID, dt.date]:
    query = (
        select(StatusChange.subject_id, func.max(StatusChange.changed_at))
        .where(StatusChange.subject_type == subject_type)
        .group_by(col(StatusChange.subject_id))
    )
    return {subject: dt.datetime.fromisoformat(str(at)).date() for subject, at in session.exec(query) if at}


def _left_on(
    status_changed: dt.date | None, deleted_at: dt.datetime | None, updated_at: dt.datetime
) -> dt.date:
    """When a person left the programme: the deletion, else the last change of status, else the last edit."""
    if deleted_at is not None:
        return deleted_at.date()
    return status_changed or updated_at.date()


def _families(session: Session, settings: ProgrammeSettings, today: dt.date) -> list[Due]:
    duos = _duos_by(session, col(Trajectory.family_id))
    changed = _last_status_change(session, "family")
    # Columns, not records: the overview counts them after every change.
    query = sa.select(col(Family.id), col(Family.name), col(Family.deleted_at), col(Family.updated_at)).where(
        col(Family.erased_on).is_(None),
        sa.or_(col(Family.status).in_(ENDED_FAMILY), col(Family.deleted_at).is_not(None)),
    )
    due = []
    for family_id, name, deleted_at, updated_at in session.execute(query):
        own = duos.get(family_id, _Duos())
        if own.running:
            continue
        left = _left_on(changed.get(family_id), deleted_at, updated_at)
        if own.last_end is not None:
            reason, months = DueReason.AFTER_TRAJECTORY, settings.retention_months_after_trajectory
            ended = max(own.last_end, left) if deleted_at else own.last_end
        else:
            reason, months, ended = DueReason.NEVER_MATCHED, settings.retention_months_never_matched, left
        due_on = add_months(ended, months)
        if due_on <= today:
            due.append(Due("family", family_id, name, reason, months, ended, due_on))
    return due


def _buddies(session: Session, settings: ProgrammeSettings, today: dt.date) -> list[Due]:
    duos = _duos_by(session, col(Trajectory.buddy_id))
    changed = _last_status_change(session, "buddy")
    query = sa.select(col(Buddy.id), col(Buddy.name), col(Buddy.deleted_at), col(Buddy.updated_at)).where(
        col(Buddy.erased_on).is_(None),
        sa.or_(col(Buddy.status) == BuddyStatus.STOPPED, col(Buddy.deleted_at).is_not(None)),
    )
    months = settings.retention_months_buddy
    due = []
    for buddy_id, name, deleted_at, updated_at in session.execute(query):
        own = duos.get(buddy_id, _Duos())
        if own.running:
            continue
        ended = _left_on(changed.get(buddy_id), deleted_at, updated_at)
        if own.last_end is not None:
            ended = max(ended, own.last_end)
        due_on = add_months(ended, months)
        if due_on <= today:
            due.append(Due("buddy", buddy_id, name, DueReason.BUDDY_STOPPED, months, ended, due_on))
    return due


def due_for_erasure(store: Store, today: dt.date) -> list[Due]:
    """Everyone whose data the rules say must be erased by `today`, longest overdue first."""
    settings = read_settings(store)
    with store.session() as session:
        due = _families(session, settings, today) + _buddies(session, settings, today)
    return sorted(due, key=lambda d: (d.due_on, d.table_name, d.name.casefold()))

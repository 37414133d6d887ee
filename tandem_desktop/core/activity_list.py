"""The list of all activities (the Activities page) and the duos to choose from when logging one.

The page's hot path: tens of thousands of rows for a long period, read as stored text and converted here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import col

from tandem_desktop.db.models import Activity, Buddy, Family, Trajectory
from tandem_desktop.db.models.enums import ActivityType, CancelReason, DutchPractised, TrajectoryStatus
from tandem_desktop.db.queries import stored_text
from tandem_desktop.db.store import Store

from .search import fold


@dataclass(frozen=True)
class ActivityFilter:
    """What the Activities page asks for; None filters nothing. The period is inclusive."""

    start: dt.date | None = None
    end: dt.date | None = None
    trajectory_id: uuid.UUID | None = None
    type: ActivityType | None = None
    held: bool | None = None


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    trajectory_id: uuid.UUID
    date: dt.date
    family_name: str
    buddy_name: str
    type: ActivityType
    held: bool
    duration_minutes: int | None
    place: str
    cancel_reason: CancelReason | None
    dutch_practised: DutchPractised
    children_count: int
    search_key: str


def activity_rows(
    store: Store, wanted: ActivityFilter, after: ActivityRow | None = None, limit: int | None = None
) -> list[ActivityRow]:
    """The activities the filter asks for, newest first (on one day, by id: an order with no ties, so that the
    list can be read a part at a time): all of them, or the `limit` that come `after` a row read before.

    The period, duo, type and held filters are applied in SQL on indexed columns, so a period of a few months
    out of years of activities reads only those, and the first rows of a year come without reading the year.
    This is the Activities page's hot path: ids, dates and vocabularies are read as the stored text and
    converted here, with the conversions of repeated values memoised, which is several times quicker than
    SQLAlchemy's per-value type processing."""
    query = _wanted(
        sa.select(
            stored_text(Activity.id),
            stored_text(Activity.trajectory_id),
            stored_text(Activity.date),
            col(Family.name),
            col(Buddy.name),
            stored_text(Activity.type),
            col(Activity.held),
            col(Activity.duration_minutes),
            col(Activity.place),
            stored_text(Activity.cancel_reason),
            stored_text(Activity.dutch_practised),
            col(Activity.children_count),
        ),
        wanted,
    ).order_by(col(Activity.date).desc(), col(Activity.id).desc())
    if after is not None:
        day, activity_id = col(Activity.date), col(Activity.id)
        query = query.where(day <= after.date, sa.or_(day < after.date, activity_id < after.id))
    if limit is not None:
        query = query.limit(limit)
    with store.session() as session:
        values = session.execute(query).all()
    memo = _Memo()
    return [
        ActivityRow(
            id=uuid.UUID(aid),
            trajectory_id=memo.uuid(tid),
            date=memo.date(day),
            family_name=family,
            buddy_name=buddy,
            type=_TYPES[kind],
            held=bool(held),
            duration_minutes=minutes,
            place=place,
            cancel_reason=_REASONS.get(reason) if reason else None,
            dutch_practised=_DUTCH[dutch],
            children_count=children,
            search_key=f"{memo.fold(family)} {memo.fold(buddy)} {memo.fold(place)}",
        )
        for aid, tid, day, family, buddy, kind, held, minutes, place, reason, dutch, children in values
    ]


def count_activities(store: Store, wanted: ActivityFilter) -> int:
    """How many activities the filter asks for (the list reads them a part at a time)."""
    with store.session() as session:
        # Without the names: every duo has its family and buddy (foreign keys), and their joins double the time.
        query = _wanted(sa.select(sa.func.count()), wanted, names=False)
        return int(session.execute(query).scalar_one())


def _wanted(query: Any, wanted: ActivityFilter, names: bool = True) -> Any:
    """`query` over the live activities of live duos that `wanted` asks for (with their family and buddy)."""
    query = query.select_from(Activity).join(Trajectory, col(Trajectory.id) == col(Activity.trajectory_id))
    if names:
        query = query.join(Family, col(Family.id) == col(Trajectory.family_id)).join(
            Buddy, col(Buddy.id) == col(Trajectory.buddy_id)
        )
    # The "not deleted" tests are hidden from the planner in a function: as plain `deleted_at IS NULL`, SQLite
    # reads them off the deleted_at indexes (true of nearly every row), scanning every activity of every duo
    # and sorting them, instead of reading the period off the date index, already in order.
    query = query.where(_not_deleted(col(Activity.deleted_at)), _not_deleted(col(Trajectory.deleted_at)))
    if wanted.start is not None:
        query = query.where(col(Activity.date) >= wanted.start)
    if wanted.end is not None:
        query = query.where(col(Activity.date) <= wanted.end)
    if wanted.trajectory_id is not None:
        query = query.where(col(Activity.trajectory_id) == wanted.trajectory_id)
    if wanted.type is not None:
        query = query.where(col(Activity.type) == wanted.type)
    if wanted.held is not None:
        query = query.where(col(Activity.held).is_(wanted.held))
    return query


def _not_deleted(deleted_at: Any) -> Any:
    return sa.func.ifnull(deleted_at, None).is_(None)


_TYPES = {kind.value: kind for kind in ActivityType}
_REASONS = {reason.value: reason for reason in CancelReason}
_DUTCH = {amount.value: amount for amount in DutchPractised}


class _Memo:
    """Conversions of values that repeat over the rows of one read (a duo's id, a day, a name)."""

    def __init__(self) -> None:
        self._uuids: dict[str, uuid.UUID] = {}
        self._dates: dict[str, dt.date] = {}
        self._folded: dict[str, str] = {}

    def uuid(self, text: str) -> uuid.UUID:
        found = self._uuids.get(text)
        if found is None:
            found = self._uuids[text] = uuid.UUID(text)
        return found

    def date(self, text: str) -> dt.date:
        found = self._dates.get(text)
        if found is None:
            found = self._dates[text] = dt.date.fromisoformat(text)
        return found

    def fold(self, text: str) -> str:
        found = self._folded.get(text)
        if found is None:
            found = self._folded[text] = fold(text)
        return found


@dataclass(frozen=True)
class DuoChoice:
    """A duo as a choice in a list (the Activities page's filter, the new activity's duo)."""

    id: uuid.UUID
    family_name: str
    buddy_name: str
    status: TrajectoryStatus
    start: dt.date

    @property
    def label(self) -> str:
        return f"{self.family_name} · {self.buddy_name}"


def duo_choices(store: Store) -> list[DuoChoice]:
    """Every duo that can have activities (not a mere proposal), open duos first, then by family."""
    query = (
        sa.select(
            stored_text(Trajectory.id),
            col(Family.name),
            col(Buddy.name),
            stored_text(Trajectory.status),
            stored_text(Trajectory.start_date),
        )
        .join(Family, col(Family.id) == col(Trajectory.family_id))
        .join(Buddy, col(Buddy.id) == col(Trajectory.buddy_id))
        .where(col(Trajectory.deleted_at).is_(None), col(Trajectory.status) != TrajectoryStatus.PROPOSED)
    )
    with store.session() as session:
        values = session.execute(query).all()
    memo = _Memo()
    choices = [
        DuoChoice(uuid.UUID(tid), family, buddy, _STATUSES[status], memo.date(start))
        for tid, family, buddy, status, start in values
    ]
    open_first = (TrajectoryStatus.ACTIVE, TrajectoryStatus.PAUSED)
    return sorted(choices, key=lambda c: (c.status not in open_first, memo.fold(c.family_name), c.start))


_STATUSES = {status.value: status for status in TrajectoryStatus}

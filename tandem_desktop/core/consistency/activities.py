"""The consistency rules on activities: in their duo's time and not in a pause of it, held or cancelled with a
reason, a duration and a number of children the form allows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import sqlalchemy as sa
from sqlmodel import Session, col

from tandem_desktop.db.models import Activity, Trajectory, TrajectoryPause
from tandem_desktop.db.models.enums import TrajectoryStatus

from ..activities import MAX_CHILDREN, MAX_DURATION_MINUTES, MIN_DURATION_MINUTES
from .rules import _live, _outside, _Query, _Row, _Rule


def _activities() -> _Query:
    return (
        sa.select(
            col(Activity.id).label("activity"),
            col(Activity.date),
            col(Activity.duration_minutes),
            col(Activity.children_count),
            col(Trajectory.id).label("duo"),
            col(Trajectory.start_date).label("duo_start"),
            col(Trajectory.closed_on).label("duo_end"),
        )
        .select_from(Activity)
        .join(Trajectory, col(Trajectory.id) == col(Activity.trajectory_id), isouter=True)
        .where(_live(Activity))
        .order_by(col(Activity.date), col(Activity.id))
    )


def _activity_rules(today: dt.date) -> list[_Rule]:
    held = col(Activity.held)
    minutes = col(Activity.duration_minutes)
    return [
        _Rule(
            col(Trajectory.deleted_at).is_not(None),
            lambda r: f"Activity {r.activity} on {r.date} belongs to a deleted duo.",
        ),
        _Rule(
            col(Trajectory.status) == TrajectoryStatus.PROPOSED,
            lambda r: (
                f"Activity {r.activity} on {r.date} belongs to the duo {r.duo}, which is only proposed."
            ),
        ),
        _Rule(
            col(Activity.date) < col(Trajectory.start_date),
            lambda r: f"Activity {r.activity} on {r.date} lies before its duo's start ({r.duo_start}).",
        ),
        _Rule(
            col(Activity.date) > col(Trajectory.closed_on),
            lambda r: f"Activity {r.activity} on {r.date} lies after its duo's end ({r.duo_end}).",
        ),
        _Rule(
            sa.and_(held, col(Activity.date) > today),
            lambda r: f"Activity {r.activity} is recorded as held on {r.date}, in the future.",
        ),
        _Rule(
            sa.and_(held, col(Activity.cancel_reason).is_not(None)),
            lambda r: f"Activity {r.activity} on {r.date} is held but has a cancellation reason.",
        ),
        _Rule(
            sa.and_(sa.not_(held), col(Activity.cancel_reason).is_(None)),
            lambda r: f"Activity {r.activity} on {r.date} is cancelled without a reason.",
        ),
        _Rule(
            sa.and_(
                held, sa.or_(minutes.is_(None), _outside(minutes, MIN_DURATION_MINUTES, MAX_DURATION_MINUTES))
            ),
            _duration_problem,
        ),
        _Rule(
            _outside(col(Activity.children_count), 0, MAX_CHILDREN),
            lambda r: (
                f"Activity {r.activity} on {r.date} counts {r.children_count} children, outside 0 to {MAX_CHILDREN}."
            ),
        ),
    ]


def _duration_problem(r: _Row) -> str:
    held_for = "with no duration" if r.duration_minutes is None else f"for {r.duration_minutes} minutes"
    return (
        f"Activity {r.activity} on {r.date} is held {held_for} "
        f"(the form asks for {MIN_DURATION_MINUTES} to {MAX_DURATION_MINUTES} minutes)."
    )


def _activities_in_pauses(session: Session) -> Iterator[str]:
    """The activity form refuses a date on which the duo was paused (from the pause's start, to its end)."""
    query = (
        sa.select(
            col(Activity.id), col(Activity.date), col(TrajectoryPause.id), col(TrajectoryPause.start_date)
        )
        .join(TrajectoryPause, col(TrajectoryPause.trajectory_id) == col(Activity.trajectory_id))
        .where(
            _live(Activity),
            _live(TrajectoryPause),
            col(Activity.date) >= col(TrajectoryPause.start_date),
            sa.or_(
                col(TrajectoryPause.end_date).is_(None), col(Activity.date) < col(TrajectoryPause.end_date)
            ),
        )
        .order_by(col(Activity.date), col(Activity.id), col(TrajectoryPause.id))
    )
    for activity_id, day, pause_id, paused_from in session.execute(query):
        yield f"Activity {activity_id} on {day} lies in the pause {pause_id} of its duo (from {paused_from})."

"""The consistency rules on duos (their dates, their family's and buddy's status, one open duo per family, a
buddy's capacity), on their pauses and on their evaluations."""

from __future__ import annotations

from collections.abc import Iterator

import sqlalchemy as sa
from sqlmodel import Session, col

from tandem_desktop.db.models import Buddy, Evaluation, Family, Trajectory, TrajectoryPause
from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus, TrajectoryStatus

from ..duos import HIGHEST_SCORE, LOWEST_SCORE
from ..settings import ADJUSTABLE
from ..trajectories import OPEN_STATUSES
from .rules import _live, _outside, _Query, _Rule

# The family status that each trajectory status implies for the family in it.
_FAMILY_STATUS_OF = {
    TrajectoryStatus.PROPOSED: (FamilyStatus.MATCHED,),
    TrajectoryStatus.ACTIVE: (FamilyStatus.IN_TRAJECTORY,),
    TrajectoryStatus.PAUSED: (FamilyStatus.IN_TRAJECTORY,),
}


def _duos() -> _Query:
    return (
        sa.select(
            col(Trajectory.id).label("duo"),
            col(Trajectory.status),
            col(Trajectory.start_date),
            col(Trajectory.planned_end),
            col(Trajectory.closed_on),
            col(Trajectory.meetings_per_month),
            col(Family.id).label("family"),
            col(Family.status).label("family_status"),
            col(Buddy.id).label("buddy"),
            col(Buddy.status).label("buddy_status"),
        )
        .select_from(Trajectory)
        # Outer joins: a duo whose family or buddy row is missing is reported by the foreign-key check,
        # and its own dates are still checked here.
        .join(Family, col(Family.id) == col(Trajectory.family_id), isouter=True)
        .join(Buddy, col(Buddy.id) == col(Trajectory.buddy_id), isouter=True)
        .where(_live(Trajectory))
        .order_by(col(Trajectory.start_date), col(Trajectory.id))
    )


def _duo_rules() -> list[_Rule]:
    is_open = col(Trajectory.status).in_(OPEN_STATUSES)
    low, high = ADJUSTABLE["meetings_per_month"]
    family_status_wrong = sa.or_(
        *(
            sa.and_(col(Trajectory.status) == status, col(Family.status).not_in(expected))
            for status, expected in _FAMILY_STATUS_OF.items()
        )
    )
    return [
        _Rule(
            col(Trajectory.planned_end) <= col(Trajectory.start_date),
            lambda r: f"Duo {r.duo}: the planned end {r.planned_end} is not after the start {r.start_date}.",
        ),
        # A proposal may be withdrawn (stopped early) before its planned start; a completed duo ran.
        _Rule(
            sa.and_(
                col(Trajectory.status) == TrajectoryStatus.COMPLETED,
                col(Trajectory.closed_on) < col(Trajectory.start_date),
            ),
            lambda r: f"Duo {r.duo}: closed on {r.closed_on}, before its start {r.start_date}.",
        ),
        _Rule(
            sa.and_(
                sa.not_(is_open),
                sa.or_(col(Trajectory.closed_on).is_(None), col(Trajectory.closure_reason).is_(None)),
            ),
            lambda r: f"Duo {r.duo} is {r.status.value} without a closing date and reason.",
        ),
        _Rule(
            _outside(col(Trajectory.meetings_per_month), low, high),
            lambda r: (
                f"Duo {r.duo}: {r.meetings_per_month} meetings a month, outside the {low} to {high} "
                "the settings allow."
            ),
        ),
        # A family or buddy deleted after its duo closed is history, not a problem; while the duo is open
        # it would vanish from every list while still counted in the duo.
        _Rule(
            sa.and_(is_open, col(Family.deleted_at).is_not(None)),
            lambda r: f"Family {r.family} is deleted, but its duo {r.duo} is {r.status.value}.",
        ),
        _Rule(
            sa.and_(is_open, col(Buddy.deleted_at).is_not(None)),
            lambda r: f"Buddy {r.buddy} is deleted, but its duo {r.duo} is {r.status.value}.",
        ),
        _Rule(
            family_status_wrong,
            lambda r: (
                f"Family {r.family} has status {r.family_status.value}, but its duo {r.duo} is {r.status.value}."
            ),
        ),
        _Rule(
            sa.and_(is_open, col(Buddy.status) != BuddyStatus.MATCHED),
            lambda r: f"Buddy {r.buddy} has status {r.buddy_status.value}, but is in the open duo {r.duo}.",
        ),
    ]


def _open_duos() -> sa.ColumnElement[bool]:
    return sa.and_(_live(Trajectory), col(Trajectory.status).in_(OPEN_STATUSES))


def _families_in_several_duos(session: Session) -> Iterator[str]:
    count = sa.func.count()
    query = (
        sa.select(col(Trajectory.family_id), count)
        .where(_open_duos())
        .group_by(col(Trajectory.family_id))
        .having(count > 1)
        .order_by(col(Trajectory.family_id))
    )
    for family_id, duos in session.execute(query):
        yield f"Family {family_id} is in {duos} open duos at once."


def _buddies_over_capacity(session: Session) -> Iterator[str]:
    count = sa.func.count()
    query = (
        sa.select(col(Buddy.id), count, col(Buddy.capacity))
        .join(Trajectory, col(Trajectory.buddy_id) == col(Buddy.id))
        .where(_live(Buddy), _open_duos())
        .group_by(col(Buddy.id))
        .having(count > col(Buddy.capacity))
        .order_by(col(Buddy.id))
    )
    for buddy_id, duos, capacity in session.execute(query):
        yield f"Buddy {buddy_id} is in {duos} open duos but has room for {capacity}."


def _pauses() -> _Query:
    return (
        sa.select(
            col(TrajectoryPause.id).label("pause"),
            col(TrajectoryPause.start_date),
            col(TrajectoryPause.end_date),
            col(Trajectory.start_date).label("duo_start"),
        )
        .select_from(TrajectoryPause)
        .join(Trajectory, col(Trajectory.id) == col(TrajectoryPause.trajectory_id), isouter=True)
        .where(_live(TrajectoryPause))
        .order_by(col(TrajectoryPause.start_date), col(TrajectoryPause.id))
    )


def _pause_rules() -> list[_Rule]:
    return [
        _Rule(
            col(TrajectoryPause.end_date) < col(TrajectoryPause.start_date),
            lambda r: f"Pause {r.pause} ends ({r.end_date}) before it starts ({r.start_date}).",
        ),
        _Rule(
            col(TrajectoryPause.start_date) < col(Trajectory.start_date),
            lambda r: f"Pause {r.pause} starts ({r.start_date}) before its duo's start ({r.duo_start}).",
        ),
    ]


def _open_pauses_against_status(session: Session) -> Iterator[str]:
    """A paused duo has exactly one open pause; any other duo has none."""
    open_pauses = (
        sa.select(col(TrajectoryPause.trajectory_id), sa.func.count().label("n"))
        .where(_live(TrajectoryPause), col(TrajectoryPause.end_date).is_(None))
        .group_by(col(TrajectoryPause.trajectory_id))
        .subquery()
    )
    found = sa.func.coalesce(open_pauses.c.n, 0)
    expected = sa.case((col(Trajectory.status) == TrajectoryStatus.PAUSED, 1), else_=0)
    query = (
        sa.select(col(Trajectory.id), col(Trajectory.status), found)
        .join(open_pauses, open_pauses.c.trajectory_id == col(Trajectory.id), isouter=True)
        .where(_live(Trajectory), found != expected)
        .order_by(col(Trajectory.id))
    )
    for duo_id, status, pauses in session.execute(query):
        yield f"Duo {duo_id} is {status.value} with {pauses} open pauses."


def _evaluations() -> _Query:
    return (
        sa.select(
            col(Evaluation.id).label("evaluation"),
            col(Evaluation.done_on),
            col(Evaluation.family_score),
            col(Evaluation.buddy_score),
            col(Trajectory.start_date).label("duo_start"),
        )
        .select_from(Evaluation)
        .join(Trajectory, col(Trajectory.id) == col(Evaluation.trajectory_id), isouter=True)
        .where(_live(Evaluation))
        .order_by(col(Evaluation.due_on), col(Evaluation.id))
    )


def _evaluation_rules() -> list[_Rule]:
    scores = f"outside {LOWEST_SCORE} to {HIGHEST_SCORE}"
    return [
        _Rule(
            _outside(col(Evaluation.family_score), LOWEST_SCORE, HIGHEST_SCORE),
            lambda r: f"Evaluation {r.evaluation}: the family's score {r.family_score} is {scores}.",
        ),
        _Rule(
            _outside(col(Evaluation.buddy_score), LOWEST_SCORE, HIGHEST_SCORE),
            lambda r: f"Evaluation {r.evaluation}: the buddy's score {r.buddy_score} is {scores}.",
        ),
        _Rule(
            col(Evaluation.done_on) < col(Trajectory.start_date),
            lambda r: (
                f"Evaluation {r.evaluation}: done on {r.done_on}, before its duo's start ({r.duo_start})."
            ),
        ),
    ]

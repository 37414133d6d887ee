"""The duo's 6-month trajectory: its dates, evaluations, pauses and closure."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlmodel import Session, col

from tandem_desktop.db.models import Buddy, Evaluation, Family, ProgrammeSettings, Trajectory, TrajectoryPause
from tandem_desktop.db.models.enums import (
    BuddyStatus,
    ClosureReason,
    EndedBy,
    EvaluationKind,
    FamilyStatus,
    TrajectoryStatus,
)
from tandem_desktop.db.queries import live
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from .dates import add_months
from .errors import DomainError
from .rhythm import months_between
from .status import change_status, record_initial_status

OPEN_STATUSES = (TrajectoryStatus.PROPOSED, TrajectoryStatus.ACTIVE, TrajectoryStatus.PAUSED)


def planned_end(start: dt.date, settings: ProgrammeSettings) -> dt.date:
    return add_months(start, settings.duration_months)


def evaluation_dates(start: dt.date, settings: ProgrammeSettings) -> dict[EvaluationKind, dt.date]:
    return {
        EvaluationKind.START: start,
        EvaluationKind.MIDWAY: add_months(start, settings.duration_months // 2),
        EvaluationKind.END: planned_end(start, settings),
    }


def end_after_resume(planned_end: dt.date, paused_since: dt.date, resumed_on: dt.date) -> dt.date:
    """The planned end once the pause is over: later by the pause's length."""
    return planned_end + max(dt.timedelta(0), resumed_on - paused_since)


def _require_status(trajectory: Trajectory, *allowed: TrajectoryStatus) -> None:
    if trajectory.status not in allowed:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "This is not possible for a duo with status “{status}”."),
            field="status",
            status=trajectory.status,  # the GUI names it in the user's language
        )


def create_trajectory(
    session: Session,
    family: Family,
    buddy: Buddy,
    start: dt.date,
    settings: ProgrammeSettings,
    *,
    activate: bool = False,
) -> Trajectory:
    trajectory = Trajectory(
        family_id=family.id,
        buddy_id=buddy.id,
        start_date=start,
        planned_end=planned_end(start, settings),
        meetings_per_month=settings.meetings_per_month,
    )
    session.add(trajectory)
    record_initial_status(session, trajectory)
    for kind, due in evaluation_dates(start, settings).items():
        session.add(Evaluation(trajectory_id=trajectory.id, kind=kind, due_on=due))
    change_status(session, family, FamilyStatus.MATCHED)
    change_status(session, buddy, BuddyStatus.MATCHED)
    if activate:
        activate_trajectory(session, trajectory, family)
    return trajectory


def activate_trajectory(
    session: Session, trajectory: Trajectory, family: Family, on: dt.date | None = None
) -> None:
    """The proposed duo starts; on `on` when given (its dates move with it), else on its planned start."""
    _require_status(trajectory, TrajectoryStatus.PROPOSED)
    if on is not None and on != trajectory.start_date:
        _move_start(session, trajectory, on)
    change_status(session, trajectory, TrajectoryStatus.ACTIVE)
    change_status(session, family, FamilyStatus.IN_TRAJECTORY)


def _move_start(session: Session, trajectory: Trajectory, on: dt.date) -> None:
    """A duo that starts on another day than proposed keeps its length: its planned end and the evaluations
    not yet done move with the start (the length as proposed, even if the settings changed since)."""
    months = months_between(trajectory.start_date, trajectory.planned_end)
    trajectory.start_date = on
    trajectory.planned_end = add_months(on, months)
    session.add(trajectory)
    due = {
        EvaluationKind.START: on,
        EvaluationKind.MIDWAY: add_months(on, months // 2),
        EvaluationKind.END: trajectory.planned_end,
    }
    query = live(Evaluation).where(
        Evaluation.trajectory_id == trajectory.id, col(Evaluation.done_on).is_(None)
    )
    for evaluation in session.exec(query):
        evaluation.due_on = due[evaluation.kind]
        session.add(evaluation)


def open_pause(session: Session, trajectory: Trajectory) -> TrajectoryPause | None:
    query = live(TrajectoryPause).where(
        TrajectoryPause.trajectory_id == trajectory.id, col(TrajectoryPause.end_date).is_(None)
    )
    return session.exec(query).first()


def pause(session: Session, trajectory: Trajectory, on: dt.date, reason: str = "") -> TrajectoryPause:
    _require_status(trajectory, TrajectoryStatus.ACTIVE)
    if on < trajectory.start_date:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "A pause cannot start before the duo's start ({start})."),
            field="start_date",
            start=trajectory.start_date,
        )
    pause = TrajectoryPause(trajectory_id=trajectory.id, start_date=on, reason=reason)
    session.add(pause)
    change_status(session, trajectory, TrajectoryStatus.PAUSED, note=reason)
    return pause


def resume(session: Session, trajectory: Trajectory, on: dt.date) -> None:
    """End the open pause; the planned end moves later by the pause's length."""
    _require_status(trajectory, TrajectoryStatus.PAUSED)
    current = open_pause(session, trajectory)
    if current is None:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "This duo has no open pause."), field="status")
    if on < current.start_date:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "The pause cannot end before it started ({start})."),
            field="end_date",
            start=current.start_date,
        )
    current.end_date = on
    session.add(current)
    length = on - current.start_date
    trajectory.planned_end = end_after_resume(trajectory.planned_end, current.start_date, on)
    # Evaluations still to come keep their place in the duo's time: they move with the end.
    later = live(Evaluation).where(
        Evaluation.trajectory_id == trajectory.id,
        col(Evaluation.done_on).is_(None),
        Evaluation.due_on >= current.start_date,
    )
    for evaluation in session.exec(later):
        evaluation.due_on += length
        session.add(evaluation)
    change_status(session, trajectory, TrajectoryStatus.ACTIVE)


def close(
    session: Session,
    trajectory: Trajectory,
    family: Family,
    buddy: Buddy,
    on: dt.date,
    reason: ClosureReason,
    ended_by: EndedBy,
    note: str = "",
) -> None:
    """Complete the trajectory (reason: duration completed) or stop it early (any other reason)."""
    _require_status(trajectory, *OPEN_STATUSES)
    if reason == ClosureReason.OTHER and not note.strip():
        raise DomainError(QT_TRANSLATE_NOOP("domain", "Describe the other reason."), field="closure_note")
    # A proposal can be withdrawn before its start date; a duo that started cannot end before it.
    if on < trajectory.start_date and trajectory.status != TrajectoryStatus.PROPOSED:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "The end cannot come before the duo's start ({start})."),
            field="closed_on",
            start=trajectory.start_date,
        )
    current = open_pause(session, trajectory)
    if current is not None:
        current.end_date = on
        session.add(current)
    completed = reason == ClosureReason.DURATION_COMPLETED
    proposal_withdrawn = trajectory.status == TrajectoryStatus.PROPOSED
    trajectory.closed_on = on
    trajectory.closure_reason = reason
    trajectory.ended_by = ended_by
    trajectory.closure_note = note
    change_status(
        session, trajectory, TrajectoryStatus.COMPLETED if completed else TrajectoryStatus.STOPPED_EARLY
    )
    if proposal_withdrawn and not completed:
        # The duo never started: the family goes back to the waiting list for another buddy.
        change_status(session, family, FamilyStatus.WAITING, note=reason.value)
    else:
        change_status(session, family, FamilyStatus.COMPLETED if completed else FamilyStatus.STOPPED)
    if buddy.status == BuddyStatus.MATCHED and active_duo_count(session, buddy) == 0:
        change_status(session, buddy, BuddyStatus.AVAILABLE)


def active_duo_count(session: Session, buddy: Buddy) -> int:
    query = live(Trajectory).where(Trajectory.buddy_id == buddy.id, col(Trajectory.status).in_(OPEN_STATUSES))
    return len(session.exec(query).all())


def running_duo_of(session: Session, family_id: uuid.UUID, on: dt.date) -> uuid.UUID | None:
    """The family's duo running on `on`, if any (a signal or a referral about the family concerns it too)."""
    query = (
        sa.select(col(Trajectory.id))
        .where(
            col(Trajectory.deleted_at).is_(None),
            col(Trajectory.family_id) == family_id,
            col(Trajectory.status) != TrajectoryStatus.PROPOSED,
            col(Trajectory.start_date) <= on,
            sa.or_(col(Trajectory.closed_on).is_(None), col(Trajectory.closed_on) >= on),
        )
        .order_by(col(Trajectory.start_date).desc())
    )
    return session.execute(query).scalars().first()

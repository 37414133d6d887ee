"""The duos as the coordinator follows them: the overview's rows, one duo's timeline, and the actions on a duo
(create from a suggestion, start, pause, resume, close, record an evaluation), each in one transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from tandem_desktop.db.models import (
    Activity,
    Agreement,
    Buddy,
    Evaluation,
    Family,
    FamilyMember,
    GroupActivity,
    GroupAttendance,
    Organisation,
    ProgrammeSettings,
    Referral,
    Trajectory,
    TrajectoryPause,
)
from tandem_desktop.db.models.enums import (
    ActivityType,
    CancelReason,
    ClosureReason,
    EndedBy,
    EvaluationKind,
    FamilyStatus,
    ReferralOutcome,
    TrajectoryStatus,
)
from tandem_desktop.db.queries import live
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from . import trajectories
from .dates import add_months
from .errors import DomainError
from .rhythm import (
    FOREVER,
    DuoClock,
    DuoFacts,
    Progress,
    RaisedFlag,
    Span,
    Thresholds,
    flags,
    progress,
    urgency,
)
from .search import search_key
from .settings import get_settings, read_settings


def thresholds(settings: ProgrammeSettings) -> Thresholds:
    return Thresholds(
        no_activity_days=settings.flag_no_activity_days,
        behind_by_meetings=settings.flag_behind_meetings,
        evaluation_overdue_days=settings.flag_evaluation_overdue_days,
        ending_within_days=settings.flag_ending_within_days,
    )


# -- the overview ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DuoRow:
    """One line of the overview of duos."""

    id: uuid.UUID
    family_id: uuid.UUID
    buddy_id: uuid.UUID
    family_name: str
    buddy_name: str
    status: TrajectoryStatus
    start: dt.date
    planned_end: dt.date
    closed_on: dt.date | None
    meetings_per_month: int
    progress: Progress
    flags: tuple[RaisedFlag, ...]
    search_key: str

    @property
    def urgency(self) -> int:
        return urgency(self.flags)


def duo_rows(store: Store, today: dt.date, trajectory_id: uuid.UUID | None = None) -> list[DuoRow]:
    """Every duo (open and closed) with its progress and flags on `today`; the most urgent first."""
    limits = thresholds(read_settings(store))
    with store.session() as session:
        facts = _facts(session, trajectory_id)
        # One duo (after an action on it) needs two names, not those of the whole programme.
        wanted = None if trajectory_id is None else {person for key in facts for person in key[1:]}
        names = _names(session, wanted)
    rows = [
        _row(trajectory, fact, names, limits, today)
        for trajectory, fact in facts.items()
        if trajectory[1] in names and trajectory[2] in names
    ]
    rows.sort(key=lambda row: (-row.urgency, row.planned_end))
    return rows


def duo_row(store: Store, trajectory_id: uuid.UUID, today: dt.date) -> DuoRow | None:
    rows = duo_rows(store, today, trajectory_id)
    return rows[0] if rows else None


# (id, family_id, buddy_id): a trajectory's identity in the loaders below.
_Key = tuple[uuid.UUID, uuid.UUID, uuid.UUID]


def _row(
    key: _Key, facts: DuoFacts, names: dict[uuid.UUID, str], limits: Thresholds, today: dt.date
) -> DuoRow:
    trajectory_id, family_id, buddy_id = key
    family_name, buddy_name = names[family_id], names[buddy_id]
    now = progress(facts, today)
    return DuoRow(
        id=trajectory_id,
        family_id=family_id,
        buddy_id=buddy_id,
        family_name=family_name,
        buddy_name=buddy_name,
        status=facts.status,
        start=facts.start,
        planned_end=facts.planned_end,
        closed_on=facts.closed_on,
        meetings_per_month=facts.meetings_per_month,
        progress=now,
        flags=tuple(flags(facts, today, limits, now)),
        search_key=search_key(family_name, buddy_name),
    )


def _names(session: Session, wanted: set[uuid.UUID] | None) -> dict[uuid.UUID, str]:
    """The names of the families and buddies (all of them, or the `wanted` ids) that are not deleted."""
    names = {}
    for model in (Family, Buddy):
        query = sa.select(col(model.id), col(model.name)).where(col(model.deleted_at).is_(None))
        if wanted is not None:
            query = query.where(col(model.id).in_(wanted))
        names.update({row[0]: row[1] for row in session.execute(query)})
    return names


def _facts(session: Session, trajectory_id: uuid.UUID | None) -> dict[_Key, DuoFacts]:
    """The facts of every trajectory (or one), read in one query per table."""

    def of(model: Any, query: Any) -> Any:
        query = query.where(col(model.deleted_at).is_(None))
        if trajectory_id is not None:
            query = query.where(col(model.trajectory_id) == trajectory_id)
        return session.execute(query)

    pauses: dict[uuid.UUID, list[Span]] = defaultdict(list)
    for owner, start, end in of(
        TrajectoryPause,
        sa.select(
            col(TrajectoryPause.trajectory_id), col(TrajectoryPause.start_date), col(TrajectoryPause.end_date)
        ),
    ):
        pauses[owner].append(Span(start, end))
    held: dict[uuid.UUID, list[dt.date]] = defaultdict(list)
    cancelled: dict[uuid.UUID, list[dt.date]] = defaultdict(list)
    for owner, day, was_held in of(
        Activity, sa.select(col(Activity.trajectory_id), col(Activity.date), col(Activity.held))
    ):
        (held if was_held else cancelled)[owner].append(day)
    due: dict[uuid.UUID, list[tuple[EvaluationKind, dt.date]]] = defaultdict(list)
    for owner, kind, day in of(
        Evaluation,
        sa.select(col(Evaluation.trajectory_id), col(Evaluation.kind), col(Evaluation.due_on)).where(
            col(Evaluation.done_on).is_(None)
        ),
    ):
        due[owner].append((kind, day))
    signed = set(
        of(
            Agreement, sa.select(col(Agreement.trajectory_id)).where(col(Agreement.signed_on).is_not(None))
        ).scalars()
    )
    query = sa.select(
        col(Trajectory.id),
        col(Trajectory.family_id),
        col(Trajectory.buddy_id),
        col(Trajectory.status),
        col(Trajectory.start_date),
        col(Trajectory.planned_end),
        col(Trajectory.meetings_per_month),
        col(Trajectory.closed_on),
    ).where(col(Trajectory.deleted_at).is_(None))
    if trajectory_id is not None:
        query = query.where(col(Trajectory.id) == trajectory_id)
    return {
        (tid, family_id, buddy_id): DuoFacts(
            status=status,
            start=start,
            planned_end=end,
            meetings_per_month=per_month,
            pauses=tuple(pauses[tid]),
            held_on=tuple(held[tid]),
            cancelled_on=tuple(cancelled[tid]),
            closed_on=closed_on,
            evaluations_due=tuple(due[tid]),
            agreement_signed=tid in signed,
        )
        for tid, family_id, buddy_id, status, start, end, per_month, closed_on in session.execute(query)
    }


# -- one duo's timeline ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineActivity:
    id: uuid.UUID
    day: dt.date
    type: ActivityType
    held: bool
    place: str
    cancel_reason: CancelReason | None
    cancel_note: str


@dataclass(frozen=True)
class TimelineGroupActivity:
    id: uuid.UUID
    day: dt.date
    title: str
    place: str


@dataclass(frozen=True)
class TimelineEvaluation:
    id: uuid.UUID
    kind: EvaluationKind
    due_on: dt.date
    done_on: dt.date | None
    family_score: int | None
    buddy_score: int | None
    notes: str

    @property
    def day(self) -> dt.date:
        return self.done_on or self.due_on


@dataclass(frozen=True)
class TimelineReferral:
    id: uuid.UUID
    day: dt.date
    organisation: str
    purpose: str
    outcome: ReferralOutcome


@dataclass(frozen=True)
class TimelinePause:
    id: uuid.UUID
    start: dt.date
    end: dt.date | None  # None while it lasts
    reason: str


@dataclass(frozen=True)
class DuoTimeline:
    """Everything the timeline draws for one duo, in calendar days."""

    row: DuoRow
    month_starts: tuple[dt.date, ...]  # the first day of each month of the trajectory, pauses included
    planned_slots: tuple[dt.date, ...]  # the planned rhythm: the days by which each meeting is due
    activities: tuple[TimelineActivity, ...]
    group_activities: tuple[TimelineGroupActivity, ...]
    evaluations: tuple[TimelineEvaluation, ...]
    referrals: tuple[TimelineReferral, ...]
    pauses: tuple[TimelinePause, ...]
    today: dt.date

    @property
    def first_day(self) -> dt.date:
        return self.row.start

    @property
    def last_day(self) -> dt.date:
        """The end of the drawn span: the planned end, or later when the duo ran (or is paused) past it."""
        ends = [self.row.planned_end, self.row.closed_on or self.row.planned_end]
        if self.row.closed_on is None and any(p.end is None for p in self.pauses):
            ends.append(self.today)
        return max(ends)


def load_timeline(store: Store, trajectory_id: uuid.UUID, today: dt.date) -> DuoTimeline:
    row = duo_row(store, trajectory_id, today)
    if row is None:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "This duo no longer exists."))
    with store.session() as session:
        activities = tuple(
            TimelineActivity(a.id, a.date, a.type, a.held, a.place, a.cancel_reason, a.cancel_note)
            for a in session.exec(
                live(Activity).where(Activity.trajectory_id == trajectory_id).order_by(col(Activity.date))
            )
        )
        evaluations = tuple(
            TimelineEvaluation(e.id, e.kind, e.due_on, e.done_on, e.family_score, e.buddy_score, e.notes)
            for e in session.exec(
                live(Evaluation)
                .where(Evaluation.trajectory_id == trajectory_id)
                .order_by(col(Evaluation.due_on))
            )
        )
        pauses = tuple(
            TimelinePause(p.id, p.start_date, p.end_date, p.reason)
            for p in session.exec(
                live(TrajectoryPause)
                .where(TrajectoryPause.trajectory_id == trajectory_id)
                .order_by(col(TrajectoryPause.start_date))
            )
        )
        last = row.closed_on or max(row.planned_end, today)
        groups = _group_activities(session, row, last)
        referrals = _referrals(session, row, last)
    clock = DuoClock(row.start, [Span(p.start, p.end) for p in pauses])
    months = row.progress.months
    month_starts = tuple(clock.to_calendar(add_months(row.start, month)) for month in range(months))
    slots = clock.planned_slots(months, row.meetings_per_month)
    return DuoTimeline(
        row=row,
        month_starts=tuple(day for day in month_starts if day != FOREVER),
        planned_slots=tuple(day for day in slots if day != FOREVER),
        activities=activities,
        group_activities=groups,
        evaluations=evaluations,
        referrals=referrals,
        pauses=pauses,
        today=today,
    )


def _group_activities(session: Session, row: DuoRow, last: dt.date) -> tuple[TimelineGroupActivity, ...]:
    members = sa.select(col(FamilyMember.id)).where(col(FamilyMember.family_id) == row.family_id)
    attended = sa.select(col(GroupAttendance.group_activity_id)).where(
        col(GroupAttendance.deleted_at).is_(None),
        sa.or_(
            col(GroupAttendance.buddy_id) == row.buddy_id, col(GroupAttendance.family_member_id).in_(members)
        ),
    )
    query = (
        live(GroupActivity)
        .where(
            col(GroupActivity.id).in_(attended), GroupActivity.date >= row.start, GroupActivity.date <= last
        )
        .order_by(col(GroupActivity.date))
    )
    return tuple(TimelineGroupActivity(g.id, g.date, g.title, g.place) for g in session.exec(query))


def _referrals(session: Session, row: DuoRow, last: dt.date) -> tuple[TimelineReferral, ...]:
    query = (
        sa.select(
            col(Referral.id),
            col(Referral.referred_on),
            col(Organisation.name),
            col(Referral.purpose),
            col(Referral.outcome),
        )
        .join(Organisation, col(Organisation.id) == col(Referral.organisation_id))
        .where(
            col(Referral.deleted_at).is_(None),
            sa.or_(
                col(Referral.trajectory_id) == row.id,
                sa.and_(
                    col(Referral.family_id) == row.family_id,
                    col(Referral.referred_on) >= row.start,
                    col(Referral.referred_on) <= last,
                ),
            ),
        )
        .order_by(col(Referral.referred_on))
    )
    return tuple(TimelineReferral(*values) for values in session.execute(query))


# -- actions -----------------------------------------------------------------------------------------


def duo_records(session: Session, trajectory_id: uuid.UUID) -> tuple[Trajectory, Family, Buddy]:
    trajectory = session.get(Trajectory, trajectory_id)
    if trajectory is None or trajectory.deleted_at is not None:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "This duo no longer exists."))
    family = session.get(Family, trajectory.family_id)
    buddy = session.get(Buddy, trajectory.buddy_id)
    assert family is not None and buddy is not None, "a trajectory's family and buddy are kept (soft delete)"
    return trajectory, family, buddy


def create_duo(store: Store, family_id: uuid.UUID, buddy_id: uuid.UUID, start: dt.date) -> uuid.UUID:
    """Turn a suggestion into a proposed duo: dates and evaluations from the settings; statuses move along."""
    with store.transaction() as session:
        family = session.get(Family, family_id)
        buddy = session.get(Buddy, buddy_id)
        if family is None or family.deleted_at is not None or buddy is None or buddy.deleted_at is not None:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "This family or buddy no longer exists."))
        if family.status not in (FamilyStatus.WAITING, FamilyStatus.INTAKE_DONE):
            raise DomainError(
                QT_TRANSLATE_NOOP("domain", "{family} is not on the waiting list, so cannot get a new duo."),
                family=family.name,
            )
        settings = get_settings(session)
        trajectory = trajectories.create_trajectory(session, family, buddy, start, settings)
        return trajectory.id


def start_duo(store: Store, trajectory_id: uuid.UUID, on: dt.date | None = None) -> None:
    """The proposed duo starts on `on` (its planned end and evaluations move along), or on its planned start.

    A duo starts today or on a day that has passed: "started" is a fact, and a start in the future would keep
    the activity log closed until then. A later start stays a proposal."""
    if on is not None and on > store.today():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "domain",
                "A duo starts today or on a day that has passed. Leave it proposed until the day it starts.",
            ),
            field="start_date",
        )
    with store.transaction() as session:
        trajectory, family, _buddy = duo_records(session, trajectory_id)
        trajectories.activate_trajectory(session, trajectory, family, on)


def pause_duo(store: Store, trajectory_id: uuid.UUID, on: dt.date, reason: str) -> None:
    with store.transaction() as session:
        trajectory, _family, _buddy = duo_records(session, trajectory_id)
        trajectories.pause(session, trajectory, on, reason.strip())


def resume_duo(store: Store, trajectory_id: uuid.UUID, on: dt.date) -> None:
    with store.transaction() as session:
        trajectory, _family, _buddy = duo_records(session, trajectory_id)
        trajectories.resume(session, trajectory, on)


def close_duo(
    store: Store,
    trajectory_id: uuid.UUID,
    on: dt.date,
    reason: ClosureReason,
    ended_by: EndedBy,
    note: str = "",
) -> None:
    with store.transaction() as session:
        trajectory, family, buddy = duo_records(session, trajectory_id)
        trajectories.close(session, trajectory, family, buddy, on, reason, ended_by, note.strip())


# How family and buddy score the duo at an evaluation (the form offers these; `check` holds stored ones to them).
LOWEST_SCORE, HIGHEST_SCORE = 1, 5


def record_evaluation(
    store: Store,
    evaluation_id: uuid.UUID,
    done_on: dt.date | None,
    family_score: int | None,
    buddy_score: int | None,
    notes: str,
) -> None:
    """Mark an evaluation done (or not yet: done_on None), with how family and buddy experience the duo."""
    for score in (family_score, buddy_score):
        if score is not None and not LOWEST_SCORE <= score <= HIGHEST_SCORE:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "A score is from 1 to 5."), field="score")
    with store.transaction() as session:
        evaluation = session.get(Evaluation, evaluation_id)
        if evaluation is None or evaluation.deleted_at is not None:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "This evaluation no longer exists."))
        trajectory = session.get(Trajectory, evaluation.trajectory_id)
        if done_on is not None and trajectory is not None and done_on < trajectory.start_date:
            raise DomainError(
                QT_TRANSLATE_NOOP("domain", "An evaluation cannot come before the duo's start ({start})."),
                field="done_on",
                start=trajectory.start_date,
            )
        evaluation.done_on = done_on
        evaluation.family_score = family_score
        evaluation.buddy_score = buddy_score
        evaluation.notes = notes.strip()
        session.add(evaluation)

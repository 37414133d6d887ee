"""The programme's own consistency rules, beyond what SQLite checks: run by `check`, and by an import before
and after it applies (the import compares the two lists, so a problem is worded the same each time).

Every rule is a condition in SQL: the database reads only the columns a rule needs and hands back only the
rows that break one, so that a programme of 200,000 activities is checked in well under a second without
loading its records. A problem names its records by kind and id only, never by a name or a text typed by
the coordinator: the output of `check` goes into logs and support e-mails.

Rules that compare with "today" use the `today` they are given, never the clock: after the clock was set
back, the caller passes a corrected day, and nothing logged "yesterday" becomes a problem.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from tandem_desktop.db.models import (
    Activity,
    Buddy,
    Evaluation,
    Family,
    FamilyMember,
    ProgrammeSettings,
    Referral,
    Signal,
    Trajectory,
    TrajectoryPause,
)
from tandem_desktop.db.models.enums import (
    BuddyStatus,
    FamilyStatus,
    SignalStatus,
    TrajectoryStatus,
)

from .activities import MAX_CHILDREN, MAX_DURATION_MINUTES, MIN_DURATION_MINUTES
from .duos import HIGHEST_SCORE, LOWEST_SCORE
from .settings import ADJUSTABLE
from .trajectories import OPEN_STATUSES
from .validation import OLDEST_BIRTH_YEAR

# The family status that each trajectory status implies for the family in it.
_FAMILY_STATUS_OF = {
    TrajectoryStatus.PROPOSED: (FamilyStatus.MATCHED,),
    TrajectoryStatus.ACTIVE: (FamilyStatus.IN_TRAJECTORY,),
    TrajectoryStatus.PAUSED: (FamilyStatus.IN_TRAJECTORY,),
}

# Rows and queries of any columns (SQLAlchemy types them by their columns' types).
_Row = sa.Row[*tuple[Any, ...]]
_Query = sa.Select[*tuple[Any, ...]]


@dataclass(frozen=True)
class _Rule:
    """One rule on the rows of a query: `broken` is true on a row that breaks it, `says` words the problem."""

    broken: sa.ColumnElement[bool]
    says: Callable[[_Row], str]


def find_problems(session: Session, today: dt.date) -> list[str]:
    """Every broken rule, as a sentence naming the records by kind and id; an empty list means consistent.

    The order is fixed (rule group by rule group, each in its query's order, ids breaking ties), so that
    the same database gives the same list.
    """
    return [
        *_broken(session, _duos(), _duo_rules()),
        *_families_in_several_duos(session),
        *_buddies_over_capacity(session),
        *_broken(session, _pauses(), _pause_rules()),
        *_open_pauses_against_status(session),
        *_broken(session, _evaluations(), _evaluation_rules()),
        *_broken(session, _activities(), _activity_rules(today)),
        *_activities_in_pauses(session),
        *_broken(session, _members(), _birth_year_rules("Member", FamilyMember.birth_year, today)),
        *_broken(
            session, _buddies(), [*_birth_year_rules("Buddy", Buddy.birth_year, today), *_buddy_rules()]
        ),
        *_broken(session, _signals(), _signal_rules(today)),
        *_broken(session, _referrals(), _referral_rules(today)),
        *_settings_rows(session),
        *_broken(session, _settings(), _settings_rules()),
    ]


def _broken(session: Session, query: _Query, rules: Sequence[_Rule]) -> Iterator[str]:
    """The problems of the rows of `query` that break at least one of `rules`.

    Each rule is also a column of the result: the table is read once, whatever the number of its rules.
    """
    flags = [rule.broken.label(f"rule_{i}") for i, rule in enumerate(rules)]
    offending = query.add_columns(*flags).where(sa.or_(*(rule.broken for rule in rules)))
    for row in session.execute(offending):
        for rule, flag in zip(rules, row[-len(rules) :], strict=True):
            if flag:
                yield rule.says(row)


def _live(model: Any) -> sa.ColumnElement[bool]:
    return col(model.deleted_at).is_(None)


def _outside(column: Any, low: int, high: int) -> sa.ColumnElement[bool]:
    """True when a value is given and outside low..high (NULL, "not filled in", is not outside)."""
    return sa.and_(column.is_not(None), sa.not_(column.between(low, high)))


# -- duos --------------------------------------------------------------------------------------------------


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


# -- pauses ------------------------------------------------------------------------------------------------


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


# -- evaluations -------------------------------------------------------------------------------------------


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


# -- activities --------------------------------------------------------------------------------------------


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


# -- people ------------------------------------------------------------------------------------------------


def _members() -> _Query:
    return (
        sa.select(col(FamilyMember.id).label("record"), col(FamilyMember.birth_year))
        .where(_live(FamilyMember))
        .order_by(col(FamilyMember.id))
    )


def _buddies() -> _Query:
    return (
        sa.select(col(Buddy.id).label("record"), col(Buddy.birth_year), col(Buddy.capacity))
        .where(_live(Buddy))
        .order_by(col(Buddy.id))
    )


def _birth_year_rules(kind: str, birth_year: Any, today: dt.date) -> list[_Rule]:
    """The checks of core.validation.birth_year, on the rows of a query selecting `record` and `birth_year`."""
    year = col(birth_year)
    return [
        _Rule(
            year > today.year, lambda r: f"{kind} {r.record} has a birth year in the future ({r.birth_year})."
        ),
        _Rule(
            year < OLDEST_BIRTH_YEAR,
            lambda r: f"{kind} {r.record}: the birth year {r.birth_year} is before {OLDEST_BIRTH_YEAR}.",
        ),
    ]


def _buddy_rules() -> list[_Rule]:
    # The form asks for room for at least one duo (validation.positive); a lower capacity hides the buddy
    # from matching for good.
    return [
        _Rule(
            col(Buddy.capacity) < 1,
            lambda r: f"Buddy {r.record} has room for {r.capacity} duos; the form asks for at least 1.",
        )
    ]


# -- signals and referrals ---------------------------------------------------------------------------------


def _signals() -> _Query:
    return (
        sa.select(
            col(Signal.id).label("signal"),
            col(Signal.status),
            col(Signal.raised_on),
            col(Signal.passed_on_on),
            col(Signal.answered_on),
        )
        .where(_live(Signal))
        .order_by(col(Signal.raised_on), col(Signal.id))
    )


def _signal_rules(today: dt.date) -> list[_Rule]:
    status = col(Signal.status)
    return [
        _Rule(
            col(Signal.raised_on) > today,
            lambda r: f"Signal {r.signal} was raised on {r.raised_on}, in the future.",
        ),
        _Rule(
            col(Signal.passed_on_on) < col(Signal.raised_on),
            lambda r: (
                f"Signal {r.signal} was passed on ({r.passed_on_on}) before it was raised ({r.raised_on})."
            ),
        ),
        _Rule(
            col(Signal.answered_on) < col(Signal.passed_on_on),
            lambda r: (
                f"Signal {r.signal} was answered ({r.answered_on}) before it was passed on ({r.passed_on_on})."
            ),
        ),
        _Rule(
            sa.and_(status != SignalStatus.NEW, col(Signal.passed_on_on).is_(None)),
            lambda r: f"Signal {r.signal} has status {r.status.value} without the day it was passed on.",
        ),
        _Rule(
            sa.and_(status == SignalStatus.ANSWERED, col(Signal.answered_on).is_(None)),
            lambda r: f"Signal {r.signal} has status {r.status.value} without the day of the answer.",
        ),
    ]


def _referrals() -> _Query:
    return (
        sa.select(col(Referral.id).label("referral"), col(Referral.referred_on), col(Referral.follow_up_on))
        .where(_live(Referral))
        .order_by(col(Referral.referred_on), col(Referral.id))
    )


def _referral_rules(today: dt.date) -> list[_Rule]:
    return [
        _Rule(
            col(Referral.referred_on) > today,
            lambda r: f"Referral {r.referral} is dated {r.referred_on}, in the future.",
        ),
        _Rule(
            col(Referral.follow_up_on) < col(Referral.referred_on),
            lambda r: (
                f"Referral {r.referral}: the follow-up {r.follow_up_on} comes before its date {r.referred_on}."
            ),
        ),
    ]


# -- settings ----------------------------------------------------------------------------------------------


def _settings_rows(session: Session) -> Iterator[str]:
    """One settings row is made; an import could bring a second (core.settings then uses the oldest)."""
    query = (
        sa.select(col(ProgrammeSettings.id))
        .where(_live(ProgrammeSettings))
        .order_by(col(ProgrammeSettings.created_at), col(ProgrammeSettings.id))
    )
    ids = session.execute(query).scalars().all()
    if len(ids) > 1:
        others = ", ".join(str(i) for i in ids[1:])
        yield f"There are {len(ids)} programme settings records: {ids[0]} is used, {others} should not exist."


def _settings() -> _Query:
    columns = [getattr(ProgrammeSettings, name) for name in ADJUSTABLE]
    return (
        sa.select(col(ProgrammeSettings.id).label("settings"), *map(col, columns))
        .where(_live(ProgrammeSettings))
        .order_by(col(ProgrammeSettings.created_at), col(ProgrammeSettings.id))
    )


def _settings_rules() -> list[_Rule]:
    """The ranges the settings page allows (core.settings.ADJUSTABLE), one rule per setting."""

    def rule(name: str, low: int, high: int) -> _Rule:
        return _Rule(
            _outside(col(getattr(ProgrammeSettings, name)), low, high),
            lambda r: (
                f"Programme settings {r.settings}: {name} is {r._mapping[name]}, outside {low} to {high}."
            ),
        )

    return [rule(name, low, high) for name, (low, high) in ADJUSTABLE.items()]

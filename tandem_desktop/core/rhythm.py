"""A duo's rhythm and the flags a coordinator acts on. Pure: dates in, progress and flags out.

The trajectory runs in "duo time": calendar time with the pauses left out. Its months are counted from
the start with `add_months` (a start on 31 August has months ending on the 30th of September, the 31st of
October, ..., the 28th or 29th of February), and each month holds `meetings_per_month` planned slots,
spread evenly over it, the last on the month's last day. A pause moves every later slot (and the planned
end) by its length.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from tandem_desktop.db.models.enums import EvaluationKind, TrajectoryStatus
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from .dates import add_months

FOREVER = dt.date.max


@dataclass(frozen=True)
class Span:
    """A pause: from its first day; `end` is the day the duo resumed (None while it lasts)."""

    start: dt.date
    end: dt.date | None


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from `start` to `end` as the programme counts them (with add_months)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    while months > 0 and add_months(start, months) > end:
        months -= 1
    return max(0, months)


class DuoClock:
    """Maps duo time (pauses left out) to the calendar and back, for one trajectory."""

    def __init__(self, start: dt.date, pauses: Iterable[Span]) -> None:
        self.start = start
        self.pauses = sorted(pauses, key=lambda pause: pause.start)

    def to_calendar(self, duo_day: dt.date) -> dt.date:
        """The calendar day of a day in duo time; FOREVER when an open pause lies before it."""
        day = duo_day
        for pause in self.pauses:
            if pause.start <= day:
                if pause.end is None:
                    return FOREVER
                day += pause.end - pause.start
        return day

    def to_duo_time(self, day: dt.date) -> dt.date:
        """The day in duo time that `day` (calendar) has reached: a day inside a pause maps to its start."""
        shift = dt.timedelta(0)
        for pause in self.pauses:
            if pause.start >= day:
                break
            shift += (min(pause.end or day, day)) - pause.start
        return day - shift

    def planned_slots(self, months: int, per_month: int) -> list[dt.date]:
        """The planned meeting days, in calendar days, of all the trajectory's months."""
        slots = []
        for month in range(months):
            first, following = add_months(self.start, month), add_months(self.start, month + 1)
            length = (following - first).days
            for slot in range(1, per_month + 1):
                slots.append(self.to_calendar(first + dt.timedelta(days=slot * length // per_month - 1)))
        return slots


@dataclass(frozen=True)
class DuoFacts:
    """What the rhythm and the flags are computed from, for one trajectory."""

    status: TrajectoryStatus
    start: dt.date
    planned_end: dt.date
    meetings_per_month: int
    pauses: tuple[Span, ...] = ()
    held_on: tuple[dt.date, ...] = ()  # days of held activities
    cancelled_on: tuple[dt.date, ...] = ()  # days of cancelled activities
    closed_on: dt.date | None = None
    evaluations_due: tuple[tuple[EvaluationKind, dt.date], ...] = ()  # those not done yet
    agreement_signed: bool = False


@dataclass(frozen=True)
class Progress:
    month: int  # 1..months; 0 before the start
    months: int
    held: int  # held activities so far
    expected: int  # planned slots passed so far
    last_activity: dt.date | None

    @property
    def behind_by(self) -> int:
        return max(0, self.expected - self.held)


def _paused_days_closed(pauses: Iterable[Span]) -> int:
    return sum((pause.end - pause.start).days for pause in pauses if pause.end is not None)


def progress(facts: DuoFacts, today: dt.date) -> Progress:
    clock = DuoClock(facts.start, facts.pauses)
    # The planned end moved by every closed pause: take those days off to find the programme's length.
    months = max(
        1, months_between(facts.start, facts.planned_end - dt.timedelta(_paused_days_closed(facts.pauses)))
    )
    until = min(today, facts.closed_on) if facts.closed_on else today
    if until < facts.start:
        month = 0
    else:
        month = min(months, months_between(facts.start, clock.to_duo_time(until)) + 1)
    held = [day for day in facts.held_on if facts.start <= day <= until]
    expected = sum(1 for slot in clock.planned_slots(months, facts.meetings_per_month) if slot <= until)
    return Progress(month, months, len(held), expected, max(held, default=None))


class Flag(StrEnum):
    PAST_PLANNED_END = "past_planned_end"
    NO_RECENT_ACTIVITY = "no_recent_activity"
    BEHIND_RHYTHM = "behind_rhythm"
    EVALUATION_OVERDUE = "evaluation_overdue"
    AGREEMENT_NOT_SIGNED = "agreement_not_signed"
    ENDING_SOON = "ending_soon"
    START_PASSED = "start_passed"
    CANCELLED_IN_A_ROW = "cancelled_in_a_row"


# How urgent each flag is; a duo's urgency is the sum of its flags' weights. One place to tune them.
URGENCY = {
    Flag.NO_RECENT_ACTIVITY: 8,
    Flag.PAST_PLANNED_END: 6,
    Flag.BEHIND_RHYTHM: 5,
    Flag.CANCELLED_IN_A_ROW: 5,
    Flag.EVALUATION_OVERDUE: 4,
    Flag.START_PASSED: 4,
    Flag.AGREEMENT_NOT_SIGNED: 3,
    Flag.ENDING_SOON: 2,
}

FLAG_TEXTS = {
    Flag.PAST_PLANNED_END: QT_TRANSLATE_NOOP("flags", "Planned end passed"),
    Flag.NO_RECENT_ACTIVITY: QT_TRANSLATE_NOOP("flags", "No activity in {days} days"),
    Flag.BEHIND_RHYTHM: QT_TRANSLATE_NOOP("flags", "{meetings} meetings behind the rhythm"),
    Flag.EVALUATION_OVERDUE: QT_TRANSLATE_NOOP("flags", "Evaluation overdue"),
    Flag.AGREEMENT_NOT_SIGNED: QT_TRANSLATE_NOOP("flags", "Agreement not signed"),
    Flag.ENDING_SOON: QT_TRANSLATE_NOOP("flags", "Ends in {days} days"),
    Flag.START_PASSED: QT_TRANSLATE_NOOP("flags", "Start date passed, not started"),
    Flag.CANCELLED_IN_A_ROW: QT_TRANSLATE_NOOP("flags", "Last {count} activities cancelled"),
}


# Two cancellations in a row (with no held activity between) is when a duo needs a call: the practice
# names Dutch classes, housing and health as what breaks the rhythm.
CANCELLED_IN_A_ROW = 2


def cancelled_since_last_held(facts: DuoFacts, until: dt.date) -> int:
    last_held = max((day for day in facts.held_on if day <= until), default=dt.date.min)
    return sum(1 for day in facts.cancelled_on if last_held < day <= until)


@dataclass(frozen=True)
class Thresholds:
    no_activity_days: int = 30
    behind_by_meetings: int = 2
    evaluation_overdue_days: int = 14
    ending_within_days: int = 14


@dataclass(frozen=True)
class RaisedFlag:
    flag: Flag
    values: dict[str, int]

    @property
    def text(self) -> str:
        return FLAG_TEXTS[self.flag].format(**self.values)


def flags(
    facts: DuoFacts, today: dt.date, thresholds: Thresholds, now: Progress | None = None
) -> list[RaisedFlag]:
    """The flags of an open duo on `today`, most urgent first. A closed duo has none.
    `now` is the duo's progress on `today` when the caller has it already (the overview does)."""
    raised: list[RaisedFlag] = []
    if facts.status == TrajectoryStatus.PROPOSED:
        if today > facts.start:
            raised.append(RaisedFlag(Flag.START_PASSED, {}))
        return raised
    if facts.status != TrajectoryStatus.ACTIVE and facts.status != TrajectoryStatus.PAUSED:
        return raised
    now = now or progress(facts, today)
    if facts.status == TrajectoryStatus.ACTIVE:
        # Quiet since the last activity, the start, or the end of the last pause, whichever is latest.
        since = max([facts.start, now.last_activity or facts.start, *(p.end for p in facts.pauses if p.end)])
        quiet = (today - since).days
        if quiet > thresholds.no_activity_days:
            raised.append(RaisedFlag(Flag.NO_RECENT_ACTIVITY, {"days": quiet}))
        if now.behind_by >= thresholds.behind_by_meetings:
            raised.append(RaisedFlag(Flag.BEHIND_RHYTHM, {"meetings": now.behind_by}))
        cancelled = cancelled_since_last_held(facts, today)
        if cancelled >= CANCELLED_IN_A_ROW:
            raised.append(RaisedFlag(Flag.CANCELLED_IN_A_ROW, {"count": cancelled}))
    if any((today - due).days > thresholds.evaluation_overdue_days for _kind, due in facts.evaluations_due):
        raised.append(RaisedFlag(Flag.EVALUATION_OVERDUE, {}))
    if not facts.agreement_signed and today >= facts.start:
        raised.append(RaisedFlag(Flag.AGREEMENT_NOT_SIGNED, {}))
    left = (facts.planned_end - today).days
    if left < 0:
        raised.append(RaisedFlag(Flag.PAST_PLANNED_END, {}))
    elif left <= thresholds.ending_within_days and facts.status == TrajectoryStatus.ACTIVE:
        raised.append(RaisedFlag(Flag.ENDING_SOON, {"days": left}))
    raised.sort(key=lambda flag: -URGENCY[flag.flag])
    return raised


def urgency(raised: Sequence[RaisedFlag]) -> int:
    return sum(URGENCY[flag.flag] for flag in raised)

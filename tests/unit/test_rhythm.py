"""A duo's rhythm (month n of 6, meetings held against planned) and the flags of the overview of duos."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tandem_desktop.core.rhythm import (
    DuoClock,
    DuoFacts,
    Flag,
    Span,
    Thresholds,
    flags,
    months_between,
    progress,
    urgency,
)
from tandem_desktop.db.models.enums import EvaluationKind, TrajectoryStatus

D = dt.date
LIMITS = Thresholds(
    no_activity_days=30, behind_by_meetings=2, evaluation_overdue_days=14, ending_within_days=14
)


def duo(start: D, end: D | None = None, **changes: object) -> DuoFacts:
    facts = DuoFacts(
        status=TrajectoryStatus.ACTIVE,
        start=start,
        planned_end=end or D(start.year + (start.month + 5) // 12, (start.month + 5) % 12 + 1, start.day),
        meetings_per_month=2,
        agreement_signed=True,
    )
    return dataclasses.replace(facts, **changes)  # type: ignore[arg-type]


def raised(facts: DuoFacts, today: D, limits: Thresholds = LIMITS) -> list[Flag]:
    return [flag.flag for flag in flags(facts, today, limits)]


def test_a_start_on_the_31st_has_months_that_end_on_the_months_last_days() -> None:
    # 31 August + 6 months = 28 February (2027 is no leap year).
    facts = duo(D(2026, 8, 31), D(2027, 2, 28))
    clock = DuoClock(facts.start, [])
    assert clock.planned_slots(6, 2) == [
        D(2026, 9, 14), D(2026, 9, 29),  # month 1: 31 Aug .. 29 Sep (30 days)
        D(2026, 10, 14), D(2026, 10, 30),  # month 2: 30 Sep .. 30 Oct
        D(2026, 11, 14), D(2026, 11, 29),  # month 3: 31 Oct .. 29 Nov
        D(2026, 12, 14), D(2026, 12, 30),
        D(2027, 1, 14), D(2027, 1, 30),
        D(2027, 2, 13), D(2027, 2, 27),  # month 6: 31 Jan .. 27 Feb (28 days)
    ]  # fmt: skip
    assert progress(facts, D(2026, 9, 29)).month == 1
    assert progress(facts, D(2026, 9, 30)).month == 2
    assert progress(facts, D(2027, 2, 27)).month == 6
    assert progress(facts, D(2027, 2, 27)).months == 6


def test_a_leap_year_february_counts_its_29th_day() -> None:
    facts = duo(D(2027, 8, 31), D(2028, 2, 29))
    assert progress(facts, D(2028, 2, 29)).months == 6
    assert DuoClock(facts.start, []).planned_slots(6, 2)[-1] == D(2028, 2, 28)
    assert months_between(D(2027, 8, 31), D(2028, 2, 29)) == 6
    assert months_between(D(2027, 8, 31), D(2028, 2, 28)) == 5


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2026, 1, 14), 0),  # before the first slot (15 January)
        (D(2026, 1, 15), 1),
        (D(2026, 1, 30), 1),
        (D(2026, 1, 31), 2),  # the month's last day: both meetings are due
        (D(2026, 2, 1), 2),  # month 2 begins
        (D(2026, 3, 31), 6),
    ],
)
def test_the_planned_rhythm_is_two_meetings_a_month_counted_at_month_boundaries(
    today: D, expected: int
) -> None:
    assert progress(duo(D(2026, 1, 1)), today).expected == expected


def test_held_activities_count_from_the_start_until_today_only() -> None:
    facts = duo(D(2026, 1, 1), held_on=(D(2025, 12, 20), D(2026, 1, 10), D(2026, 1, 25), D(2026, 3, 1)))
    now = progress(facts, D(2026, 2, 1))
    assert (now.month, now.months, now.held, now.expected) == (2, 6, 2, 2)
    assert now.last_activity == D(2026, 1, 25)


def test_a_pause_moves_the_planned_meetings_after_it_and_is_left_out_of_the_months() -> None:
    # Paused from 1 to 22 February (21 days): month 2 (1 .. 28 February in duo time) ends on 21 March.
    facts = duo(D(2026, 1, 1), D(2026, 7, 22), pauses=(Span(D(2026, 2, 1), D(2026, 2, 22)),))
    slots = DuoClock(facts.start, facts.pauses).planned_slots(6, 2)
    assert slots[:4] == [D(2026, 1, 15), D(2026, 1, 31), D(2026, 3, 7), D(2026, 3, 21)]
    assert progress(facts, D(2026, 2, 15)).expected == 2  # nothing more is due during the pause
    assert progress(facts, D(2026, 2, 15)).month == 2
    assert progress(facts, D(2026, 3, 21)).month == 2
    assert progress(facts, D(2026, 3, 22)).month == 3
    assert progress(facts, D(2026, 7, 21)).months == 6


def test_a_duo_with_no_activity_for_longer_than_the_threshold_is_flagged() -> None:
    facts = duo(D(2026, 1, 1), held_on=(D(2026, 2, 10),))
    assert Flag.NO_RECENT_ACTIVITY not in raised(facts, D(2026, 3, 12))  # 30 days: not yet
    flagged = flags(facts, D(2026, 3, 13), LIMITS)
    assert flagged[0].flag == Flag.NO_RECENT_ACTIVITY and flagged[0].text == "No activity in 31 days"
    # A new duo is not flagged before it had the time; a paused one is not flagged at all.
    assert Flag.NO_RECENT_ACTIVITY not in raised(duo(D(2026, 3, 1)), D(2026, 3, 13))
    paused = dataclasses.replace(facts, status=TrajectoryStatus.PAUSED, pauses=(Span(D(2026, 2, 20), None),))
    assert Flag.NO_RECENT_ACTIVITY not in raised(paused, D(2026, 4, 1))


def test_behind_the_rhythm_needs_as_many_missed_meetings_as_the_threshold() -> None:
    facts = duo(D(2026, 1, 1), held_on=(D(2026, 1, 10), D(2026, 2, 3)))
    assert Flag.BEHIND_RHYTHM not in raised(facts, D(2026, 2, 27))  # 3 planned, 2 held
    assert [f.text for f in flags(facts, D(2026, 2, 28), LIMITS) if f.flag == Flag.BEHIND_RHYTHM] == [
        "2 meetings behind the rhythm"
    ]
    assert Flag.BEHIND_RHYTHM not in raised(
        facts, D(2026, 2, 28), dataclasses.replace(LIMITS, behind_by_meetings=3)
    )


def test_two_cancellations_in_a_row_flag_the_duo_until_an_activity_is_held_again() -> None:
    facts = duo(D(2026, 1, 1), held_on=(D(2026, 1, 10),), cancelled_on=(D(2026, 1, 5), D(2026, 1, 24)))
    # One cancellation after the last held activity (the one before it does not count): no flag.
    assert Flag.CANCELLED_IN_A_ROW not in raised(facts, D(2026, 1, 30))
    twice = dataclasses.replace(facts, cancelled_on=(*facts.cancelled_on, D(2026, 2, 7)))
    flagged = [f for f in flags(twice, D(2026, 2, 8), LIMITS) if f.flag == Flag.CANCELLED_IN_A_ROW]
    assert [f.text for f in flagged] == ["Last 2 activities cancelled"]
    # A cancellation logged for later than today does not count yet; a held activity ends the series.
    assert Flag.CANCELLED_IN_A_ROW not in raised(twice, D(2026, 2, 6))
    again = dataclasses.replace(twice, held_on=(*twice.held_on, D(2026, 2, 8)))
    assert Flag.CANCELLED_IN_A_ROW not in raised(again, D(2026, 2, 9))


def test_an_evaluation_is_overdue_after_the_grace_days() -> None:
    facts = duo(
        D(2026, 1, 1), held_on=(D(2026, 3, 20),), evaluations_due=((EvaluationKind.MIDWAY, D(2026, 4, 1)),)
    )
    assert Flag.EVALUATION_OVERDUE not in raised(facts, D(2026, 4, 15))
    assert Flag.EVALUATION_OVERDUE in raised(facts, D(2026, 4, 16))


def test_an_unsigned_agreement_is_flagged_from_the_start() -> None:
    facts = duo(D(2026, 1, 5), agreement_signed=False)
    assert Flag.AGREEMENT_NOT_SIGNED not in raised(facts, D(2026, 1, 4))
    assert Flag.AGREEMENT_NOT_SIGNED in raised(facts, D(2026, 1, 5))


def test_the_end_is_announced_two_weeks_ahead_and_a_passed_end_asks_for_closure() -> None:
    facts = duo(D(2026, 1, 1), D(2026, 7, 1), held_on=(D(2026, 6, 20),))
    assert Flag.ENDING_SOON not in raised(facts, D(2026, 6, 16))
    assert [f.text for f in flags(facts, D(2026, 6, 17), LIMITS) if f.flag == Flag.ENDING_SOON] == [
        "Ends in 14 days"
    ]
    assert Flag.PAST_PLANNED_END in raised(facts, D(2026, 7, 2))
    assert Flag.ENDING_SOON not in raised(facts, D(2026, 7, 2))


def test_a_proposed_duo_past_its_start_is_flagged_and_a_closed_one_never() -> None:
    proposed = duo(D(2026, 1, 5), status=TrajectoryStatus.PROPOSED, agreement_signed=False)
    assert raised(proposed, D(2026, 1, 5)) == []
    assert raised(proposed, D(2026, 1, 6)) == [Flag.START_PASSED]
    closed = duo(D(2025, 1, 5), status=TrajectoryStatus.STOPPED_EARLY, closed_on=D(2025, 3, 1))
    assert raised(closed, D(2026, 1, 6)) == []
    assert progress(closed, D(2026, 1, 6)).month == 2  # frozen at the closure


def test_flags_come_most_urgent_first_and_urgency_adds_them_up() -> None:
    facts = duo(
        D(2026, 1, 1),
        D(2026, 7, 1),
        agreement_signed=False,
        evaluations_due=((EvaluationKind.START, D(2026, 1, 1)),),
    )
    found = flags(facts, D(2026, 6, 20), LIMITS)
    assert [f.flag for f in found] == [
        Flag.NO_RECENT_ACTIVITY,
        Flag.BEHIND_RHYTHM,
        Flag.EVALUATION_OVERDUE,
        Flag.AGREEMENT_NOT_SIGNED,
        Flag.ENDING_SOON,
    ]
    assert urgency(found) > urgency(found[1:]) > urgency([])

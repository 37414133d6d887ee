"""Duos in the store: created from a suggestion, started, paused, resumed, closed; the overview and timeline data."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from tandem_desktop.core import duos, match_data
from tandem_desktop.core.buddies import BuddyDraft, save_buddy_in
from tandem_desktop.core.consistency import find_problems
from tandem_desktop.core.errors import DomainError
from tandem_desktop.core.families import FamilyDraft, MemberDraft, save_family_in
from tandem_desktop.core.matching import suggest_buddies
from tandem_desktop.core.rhythm import Flag
from tandem_desktop.core.status import change_status
from tandem_desktop.db.models import Activity, Buddy, Evaluation, Family, Trajectory
from tandem_desktop.db.models.enums import (
    ActivityType,
    BuddyStatus,
    CancelReason,
    ClosureReason,
    EndedBy,
    EvaluationKind,
    FamilyStatus,
    MemberRole,
    TrajectoryStatus,
)
from tandem_desktop.db.store import Store

TODAY = dt.date(2026, 11, 26)


def _waiting_family_and_buddies(store: Store) -> tuple[Family, Buddy, Buddy]:
    with store.transaction() as session:
        family = save_family_in(
            session,
            FamilyDraft(
                name="Gezin Tesfaye",
                mother_tongue="ti",
                postcode="9000",
                municipality="Gent",
                members=[MemberDraft("Selam", MemberRole.CHILD, 2019)],
            ),
            TODAY,
        )
        change_status(session, family, FamilyStatus.WAITING)
        fitting = save_buddy_in(
            session,
            BuddyDraft(
                name="Yonas Kidane",
                languages=["nl", "ti"],
                postcode="9000",
                availability=["sat-morning"],
                criminal_record_extract_on=TODAY - dt.timedelta(days=30),
            ),
            TODAY,
        )
        no_extract_draft = BuddyDraft(
            name="Lotte Janssens", languages=["nl", "ti"], availability=["sat-morning"]
        )
        no_extract = save_buddy_in(session, no_extract_draft, TODAY)
        for buddy in (fitting, no_extract):
            change_status(session, buddy, BuddyStatus.AVAILABLE)
    return family, fitting, no_extract


def test_suggestions_read_from_the_store_rank_the_buddy_with_an_extract_first(store: Store) -> None:
    family, fitting, no_extract = _waiting_family_and_buddies(store)
    [profile] = match_data.waiting_families(store)
    assert profile.id == family.id and profile.has_children
    assert profile.waiting_since == dt.date.today()  # the day the family joined the waiting list
    ranked = suggest_buddies(profile, match_data.candidate_buddies(store, TODAY))
    assert [s.buddy.id for s in ranked] == [fitting.id, no_extract.id]
    assert "No criminal-record extract yet; the family has children" in [r.text for r in ranked[1].reasons]


def test_a_suggestion_becomes_a_proposed_duo_then_starts_pauses_resumes_and_stops(store: Store) -> None:
    family, buddy, _other = _waiting_family_and_buddies(store)
    start = dt.date(2026, 11, 30)
    duo_id = duos.create_duo(store, family.id, buddy.id, start)
    with store.session() as session:
        trajectory = session.get(Trajectory, duo_id)
        assert trajectory is not None
        assert (trajectory.status, trajectory.planned_end) == (
            TrajectoryStatus.PROPOSED,
            dt.date(2027, 5, 30),
        )
        due = {e.kind: e.due_on for e in session.exec(select(Evaluation))}
        assert due == {
            EvaluationKind.START: start,
            EvaluationKind.MIDWAY: dt.date(2027, 2, 28),
            EvaluationKind.END: dt.date(2027, 5, 30),
        }
        assert session.get(Family, family.id).status == FamilyStatus.MATCHED  # type: ignore[union-attr]
    with pytest.raises(DomainError, match="not on the waiting list"):
        duos.create_duo(store, family.id, buddy.id, start)

    duos.start_duo(store, duo_id)
    duos.pause_duo(store, duo_id, dt.date(2026, 12, 1), "  ziekenhuis  ")
    duos.resume_duo(store, duo_id, dt.date(2026, 12, 15))
    row = duos.duo_row(store, duo_id, TODAY)
    assert row is not None and row.planned_end == dt.date(2027, 6, 13)
    with store.session() as session:
        due = {e.kind: e.due_on for e in session.exec(select(Evaluation))}
    # The start evaluation (before the pause) stays; the later ones move with the pause.
    assert due[EvaluationKind.START] == start
    assert due[EvaluationKind.MIDWAY] == dt.date(2027, 3, 14)
    assert due[EvaluationKind.END] == dt.date(2027, 6, 13)

    with pytest.raises(DomainError, match="Describe the other reason"):
        duos.close_duo(store, duo_id, dt.date(2027, 1, 10), ClosureReason.OTHER, EndedBy.FAMILY, "   ")
    duos.close_duo(store, duo_id, dt.date(2027, 1, 10), ClosureReason.HOUSING, EndedBy.FAMILY)
    with store.session() as session:
        trajectory = session.get(Trajectory, duo_id)
        assert trajectory is not None and trajectory.status == TrajectoryStatus.STOPPED_EARLY
        assert (trajectory.closure_reason, trajectory.ended_by) == (ClosureReason.HOUSING, EndedBy.FAMILY)
        assert session.get(Buddy, buddy.id).status == BuddyStatus.AVAILABLE  # type: ignore[union-attr]
        assert find_problems(session, TODAY) == []


def test_withdrawing_a_proposal_puts_the_family_back_on_the_waiting_list(store: Store) -> None:
    family, buddy, _other = _waiting_family_and_buddies(store)
    duo_id = duos.create_duo(store, family.id, buddy.id, dt.date(2026, 11, 30))
    duos.close_duo(store, duo_id, TODAY, ClosureReason.MISMATCH, EndedBy.COORDINATOR)
    assert [f.id for f in match_data.waiting_families(store)] == [family.id]
    buddies = {b.id: b for b in match_data.candidate_buddies(store, TODAY)}
    assert buddies[buddy.id].status == BuddyStatus.AVAILABLE and buddies[buddy.id].open_duos == 0
    with store.session() as session:
        assert find_problems(session, TODAY) == []  # withdrawn before its planned start: not an error


def test_the_overview_and_the_timeline_show_what_happened(store: Store) -> None:
    family, buddy, _other = _waiting_family_and_buddies(store)
    start = dt.date(2026, 8, 3)
    duo_id = duos.create_duo(store, family.id, buddy.id, start)
    duos.start_duo(store, duo_id)
    with store.transaction() as session:
        session.add(Activity(trajectory_id=duo_id, date=dt.date(2026, 8, 15), type=ActivityType.LIBRARY))
        session.add(
            Activity(
                trajectory_id=duo_id,
                date=dt.date(2026, 9, 12),
                type=ActivityType.PARK,
                held=False,
                cancel_reason=CancelReason.ILLNESS,
            )
        )
    [row] = duos.duo_rows(store, TODAY)
    assert (row.family_name, row.buddy_name) == ("Gezin Tesfaye", "Yonas Kidane")
    assert (row.progress.month, row.progress.months, row.progress.held) == (4, 6, 1)
    assert {flag.flag for flag in row.flags} >= {
        Flag.NO_RECENT_ACTIVITY,
        Flag.BEHIND_RHYTHM,
        Flag.AGREEMENT_NOT_SIGNED,
    }
    timeline = duos.load_timeline(store, duo_id, TODAY)
    assert [(a.day, a.held) for a in timeline.activities] == [
        (dt.date(2026, 8, 15), True),
        (dt.date(2026, 9, 12), False),
    ]
    assert timeline.month_starts[:2] == (start, dt.date(2026, 9, 3))
    assert len(timeline.planned_slots) == 12
    assert [e.kind for e in timeline.evaluations] == [
        EvaluationKind.START,
        EvaluationKind.MIDWAY,
        EvaluationKind.END,
    ]
    assert timeline.last_day == dt.date(2027, 2, 3)


def test_an_evaluation_is_recorded_with_scores_from_one_to_five(store: Store) -> None:
    family, buddy, _other = _waiting_family_and_buddies(store)
    duo_id = duos.create_duo(store, family.id, buddy.id, dt.date(2026, 11, 2))
    start = duos.load_timeline(store, duo_id, TODAY).evaluations[0]
    with pytest.raises(DomainError, match="from 1 to 5"):
        duos.record_evaluation(store, start.id, TODAY, 6, None, "")
    with pytest.raises(DomainError, match="before the duo's start"):
        duos.record_evaluation(store, start.id, dt.date(2026, 10, 1), 4, 4, "")
    duos.record_evaluation(store, start.id, TODAY, 4, 5, " Goed gestart. ")
    recorded = duos.load_timeline(store, duo_id, TODAY).evaluations[0]
    assert (recorded.done_on, recorded.family_score, recorded.buddy_score, recorded.notes) == (
        TODAY,
        4,
        5,
        "Goed gestart.",
    )

"""The demo programme: loads into an empty store only, covers every stage, keeps the programme's rules."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, func, select

from tandem_desktop.core.consistency import find_problems
from tandem_desktop.core.demo import DemoRefused, DemoSummary, load_demo
from tandem_desktop.core.demo.data import demo_data
from tandem_desktop.core.families import FamilyDraft, save_family_in
from tandem_desktop.core.trajectories import OPEN_STATUSES
from tandem_desktop.db.models import (
    Activity,
    Agreement,
    Buddy,
    BuddyMeeting,
    BuddyMeetingItem,
    Evaluation,
    Family,
    FamilyMember,
    GroupActivity,
    GroupAttendance,
    Organisation,
    ProgrammeSettings,
    Referral,
    Signal,
    StatusChange,
    Trajectory,
    TrajectoryPause,
)
from tandem_desktop.db.models.enums import (
    BuddyStatus,
    FamilyStatus,
    MeetingItemKind,
    SignalSource,
    SignalStatus,
    TrajectoryStatus,
)
from tandem_desktop.db.store import Store, open_store
from tests.keys import test_key

TODAY = dt.date(2026, 11, 18)


@pytest.fixture
def demo(store: Store) -> DemoSummary:
    return load_demo(store, TODAY)


def rows(store: Store, model: type[Any]) -> list[Any]:
    with store.session() as session:
        return list(session.exec(select(model)))


def count(session: Session, model: type[Any]) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def test_loads_into_an_empty_store_with_the_asked_sizes(store: Store, demo: DemoSummary) -> None:
    assert 25 <= demo.families <= 35
    assert 20 <= demo.buddies <= 30
    assert 18 <= demo.trajectories <= 22
    assert 60 <= demo.activities <= 250
    assert 6 <= demo.group_activities <= 8
    assert 4 <= demo.buddy_meetings <= 6
    assert 10 <= demo.signals <= 15
    assert 12 <= demo.organisations <= 18
    assert 12 <= demo.referrals <= 18
    with store.session() as session:
        assert count(session, Family) == demo.families
        assert count(session, Buddy) == demo.buddies
        assert count(session, Trajectory) == demo.trajectories
        assert count(session, Activity) == demo.activities
        assert count(session, GroupActivity) == demo.group_activities
        assert count(session, BuddyMeeting) == demo.buddy_meetings
        assert count(session, Signal) == demo.signals
        assert count(session, Organisation) == demo.organisations
        assert count(session, Referral) == demo.referrals
        settings = session.exec(select(ProgrammeSettings)).one()
    assert "demo" in settings.organisation_name
    assert settings.coordinator_email.endswith("@example.org")
    assert settings.coordinator_phone is not None and settings.coordinator_phone.startswith("+32")


def test_is_refused_on_a_store_that_holds_a_family(store: Store) -> None:
    with store.transaction() as session:
        save_family_in(session, FamilyDraft(name="Gezin Proef"), TODAY, registered_on=TODAY)
    with pytest.raises(DemoRefused) as raised:
        load_demo(store, TODAY)
    assert "empty" in raised.value.message
    with store.session() as session:
        assert count(session, Family) == 1
        for model in (Buddy, Trajectory, Organisation, Activity, Signal, Referral, FamilyMember):
            assert count(session, model) == 0, model.__name__
        assert session.exec(select(ProgrammeSettings.organisation_name)).all() in ([], [""])


def test_is_refused_a_second_time(store: Store, demo: DemoSummary) -> None:
    with pytest.raises(DemoRefused):
        load_demo(store, TODAY, seed=7)
    with store.session() as session:
        assert count(session, Family) == demo.families
        assert count(session, Activity) == demo.activities


def test_a_deleted_programme_does_not_count(store: Store) -> None:
    with store.transaction() as session:
        family = save_family_in(session, FamilyDraft(name="Gezin Weg"), TODAY, registered_on=TODAY)
        family.deleted_at = dt.datetime.now(dt.UTC)
    summary = load_demo(store, TODAY)
    assert summary.families >= 25


def test_the_data_files_name_only_the_people_and_places_they_hold() -> None:
    data = demo_data()
    families = {f.name for f in data.families}
    buddies = {b.name for b in data.buddies}
    organisations = {o.key for o in data.organisations}
    in_duos = [d.family for d in data.duos]
    # Every family once: in a duo, or with the status it reached without one.
    assert sorted(in_duos + [u.family for u in data.unmatched_families]) == sorted(families)
    assert {d.buddy for d in data.duos} <= buddies and data.stale_extract_buddy in buddies
    assert {o.organisation for o in data.outings} - {None} <= organisations
    assert {r.organisation for r in data.referrals} <= organisations
    assert {r.family for r in data.referrals} <= families
    assert {s.family for s in data.activity_signals} <= set(in_duos)
    assert {s.theme for s in data.activity_signals} <= set(data.activity_signal_answers)
    assert {s.family for s in data.coordinator_signals} - {None} <= families
    withdrawn = {u.family for u in data.unmatched_families if u.status == FamilyStatus.WITHDRAWN}
    assert set(data.withdrawal_notes) == withdrawn
    meetings = data.meetings
    assert len(meetings.notes) == len(meetings.ideas) == len(meetings.needs) == len(meetings.signals) == 5


def test_every_status_occurs(store: Store, demo: DemoSummary) -> None:
    assert {f.status for f in rows(store, Family)} == set(FamilyStatus)
    assert {b.status for b in rows(store, Buddy)} == set(BuddyStatus)
    assert {t.status for t in rows(store, Trajectory)} == set(TrajectoryStatus)


def test_waiting_families_have_waited_for_different_times(store: Store, demo: DemoSummary) -> None:
    waiting = [f.registered_on for f in rows(store, Family) if f.status == FamilyStatus.WAITING]
    assert len(waiting) >= 3
    assert len(set(waiting)) == len(waiting)


def _has_script(text: str, first: int, last: int) -> bool:
    return any(first <= ord(ch) <= last for ch in text)


def test_names_come_in_several_scripts(store: Store, demo: DemoSummary) -> None:
    names = [m.name for m in rows(store, FamilyMember)]
    assert any(_has_script(n, 0x0600, 0x06FF) for n in names), "Arabic"
    assert any(_has_script(n, 0x1200, 0x137F) for n in names), "Ethiopic"
    assert any(_has_script(n, 0x0400, 0x04FF) for n in names), "Cyrillic"
    assert any(re.search(r"[À-ž]", n) for n in names), "Latin with accents"
    assert max(len(n) for n in names) >= 40


def test_members_and_people_are_plausible(store: Store, demo: DemoSummary) -> None:
    for member in rows(store, FamilyMember):
        assert member.birth_year is not None
        if member.is_child:
            assert 0 <= TODAY.year - member.birth_year <= 17
    for family in rows(store, Family):
        assert family.arrival_date is not None
        assert TODAY - dt.timedelta(days=731) <= family.arrival_date <= family.registered_on <= TODAY
        assert family.phone is not None and family.phone.startswith("+32")
    for buddy in rows(store, Buddy):
        assert buddy.email.endswith("@example.org")
        assert buddy.criminal_record_extract_on is None or buddy.criminal_record_extract_on <= TODAY
    extracts = [b.criminal_record_extract_on for b in rows(store, Buddy)]
    assert None in extracts
    assert any(e is not None and e < TODAY - dt.timedelta(days=365) for e in extracts)


def test_activities_lie_inside_their_duo(store: Store, demo: DemoSummary) -> None:
    trajectories = {t.id: t for t in rows(store, Trajectory)}
    pauses: dict[uuid.UUID, list[TrajectoryPause]] = {}
    for pause in rows(store, TrajectoryPause):
        pauses.setdefault(pause.trajectory_id, []).append(pause)
    activities = rows(store, Activity)
    for activity in activities:
        trajectory = trajectories[activity.trajectory_id]
        assert trajectory.start_date <= activity.date <= TODAY
        assert trajectory.closed_on is None or activity.date <= trajectory.closed_on
        for pause in pauses.get(trajectory.id, []):
            assert not (
                pause.start_date <= activity.date
                and (pause.end_date is None or activity.date < pause.end_date)
            )
        if activity.held:
            assert activity.cancel_reason is None
            assert activity.participant_ids
            assert activity.place
        else:
            assert activity.cancel_reason is not None and activity.cancel_note
    assert any(not a.held for a in activities)
    proposed = {t.id for t in trajectories.values() if t.status == TrajectoryStatus.PROPOSED}
    assert not any(a.trajectory_id in proposed for a in activities)


def test_no_buddy_has_more_open_duos_than_room(store: Store, demo: DemoSummary) -> None:
    buddies = {b.id: b for b in rows(store, Buddy)}
    open_duos = Counter(t.buddy_id for t in rows(store, Trajectory) if t.status in OPEN_STATUSES)
    for buddy_id, duos in open_duos.items():
        assert duos <= buddies[buddy_id].capacity
        assert buddies[buddy_id].status == BuddyStatus.MATCHED


def test_status_history_is_dated_in_the_simulation(store: Store, demo: DemoSummary) -> None:
    changes = rows(store, StatusChange)
    latest = dt.datetime.combine(TODAY, dt.time.max, tzinfo=dt.UTC)
    assert all(c.changed_at <= latest for c in changes)
    families = {f.id: f for f in rows(store, Family)}
    for change in changes:
        if change.subject_type == "family" and change.old_status is None:
            assert change.changed_at.date() == families[change.subject_id].registered_on


def test_evaluations_agreements_signals_and_meetings(store: Store, demo: DemoSummary) -> None:
    evaluations = rows(store, Evaluation)
    done = [e for e in evaluations if e.done_on is not None]
    assert done and all(e.done_on <= TODAY and 1 <= (e.family_score or 0) <= 5 for e in done)
    open_ids = {t.id for t in rows(store, Trajectory) if t.status in OPEN_STATUSES}
    overdue = [
        e for e in evaluations if e.trajectory_id in open_ids and e.done_on is None and e.due_on < TODAY
    ]
    assert 1 <= len(overdue) <= 3

    agreements = rows(store, Agreement)
    assert all(re.fullmatch(r"[0-9a-f]{64}", a.pdf_sha256) for a in agreements)
    assert any(a.signed_on is None for a in agreements)
    assert sum(a.signed_on is not None for a in agreements) > len(agreements) // 2

    signals = rows(store, Signal)
    assert {s.status for s in signals} == set(SignalStatus)
    assert {s.source for s in signals} == set(SignalSource)
    for signal in signals:
        assert signal.raised_on <= TODAY
        if signal.source == SignalSource.BUDDY_MEETING:
            assert signal.buddy_meeting_id is not None
        if signal.source == SignalSource.ACTIVITY:
            assert signal.activity_id is not None
        if signal.status != SignalStatus.NEW:
            assert signal.passed_on_on is not None and signal.raised_on <= signal.passed_on_on <= TODAY
        if signal.status == SignalStatus.ANSWERED:
            assert signal.answer and signal.answered_on is not None and signal.answered_on <= TODAY

    items = [i for i in rows(store, BuddyMeetingItem) if i.kind == MeetingItemKind.SIGNAL]
    assert items and all(i.signal_id is not None for i in items)
    meetings = rows(store, BuddyMeeting)
    assert all(m.date < TODAY.replace(day=1) for m in meetings)  # not yet this month
    assert rows(store, GroupAttendance)

    referrals = rows(store, Referral)
    follow_ups = [r.follow_up_on for r in referrals if r.follow_up_on is not None]
    assert any(d < TODAY for d in follow_ups) and any(d >= TODAY for d in follow_ups)


def _fingerprint(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """The loaded data without its random ids and wall-clock timestamps."""
    families = {f.id: f.name for f in rows(store, Family)}
    return {
        "families": sorted(
            (f.name, f.status, f.registered_on, f.arrival_date, tuple(f.needs), tuple(f.unavailability))
            for f in rows(store, Family)
        ),
        "members": sorted((families[m.family_id], m.name, m.birth_year) for m in rows(store, FamilyMember)),
        "buddies": sorted(
            (b.name, b.status, b.registered_on, tuple(b.availability), b.criminal_record_extract_on)
            for b in rows(store, Buddy)
        ),
        "trajectories": sorted(
            (families[t.family_id], t.status, t.start_date, t.planned_end, t.closed_on)
            for t in rows(store, Trajectory)
        ),
        "activities": sorted((a.date, a.held, a.place, a.cancel_reason or "") for a in rows(store, Activity)),
        "signals": sorted((s.raised_on, s.theme, s.status) for s in rows(store, Signal)),
        "history": sorted((c.subject_type, c.new_status, c.changed_at) for c in rows(store, StatusChange)),
    }


def test_the_same_today_and_seed_give_the_same_programme(store: Store, tmp_path: Path) -> None:
    load_demo(store, TODAY, seed=11)
    other = open_store(tmp_path / "other", test_key(tmp_path / "other"))
    try:
        load_demo(other, TODAY, seed=11)
        assert _fingerprint(other) == _fingerprint(store)
    finally:
        other.close()
    third = open_store(tmp_path / "third", test_key(tmp_path / "third"))
    try:
        load_demo(third, TODAY, seed=12)
        assert _fingerprint(third)["activities"] != _fingerprint(store)["activities"]
    finally:
        third.close()


@pytest.mark.parametrize(
    "today", [TODAY, dt.date(2026, 1, 31), dt.date(2028, 2, 29), dt.date(2026, 3, 2), dt.date(2026, 12, 31)]
)
def test_the_checker_finds_no_problems(store: Store, today: dt.date) -> None:
    load_demo(store, today)
    with store.session() as session:
        assert find_problems(session, today) == []

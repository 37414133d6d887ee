"""The programme's rules in core: what the coordinator types is checked, dates are computed right."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from tandem_desktop.core import validation
from tandem_desktop.core.buddies import BuddyDraft, save_buddy_in
from tandem_desktop.core.consistency import find_problems
from tandem_desktop.core.dates import add_months, next_monday
from tandem_desktop.core.errors import DomainError
from tandem_desktop.core.families import FamilyDraft, save_family_in
from tandem_desktop.core.settings import get_settings
from tandem_desktop.core.trajectories import close, create_trajectory, pause, resume
from tandem_desktop.db.models import Buddy, Evaluation, Family, Trajectory
from tandem_desktop.db.models.enums import (
    BuddyStatus,
    ClosureReason,
    EndedBy,
    EvaluationKind,
    FamilyStatus,
    TrajectoryStatus,
)
from tandem_desktop.db.store import Store

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0470 12 34 56", "+32470123456"),
        ("+32 9 210 10 10", "+3292101010"),
        ("0032470123456", "+32470123456"),
        ("+31 6 12345678", "+31612345678"),
        ("", None),
        ("   ", None),
    ],
)
def test_phone_numbers_are_stored_as_e164(typed: str, stored: str | None) -> None:
    assert validation.phone_number(typed, "phone") == stored


@pytest.mark.parametrize("typed", ["12", "0470 12 34", "hallo", "☎️☎️☎️", "٠٤٧٠١٢٣٤٥٦٧٨٩٠١٢"])
def test_an_invalid_phone_number_names_the_field_and_the_input(typed: str) -> None:
    with pytest.raises(DomainError) as caught:
        validation.phone_number(typed, "phone")
    assert caught.value.field == "phone"
    assert typed in caught.value.message


def test_a_belgian_number_is_shown_in_the_national_format() -> None:
    assert validation.display_phone("+32470123456") == "0470 12 34 56"
    assert validation.display_phone("+31612345678") == "+31 6 12345678"


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
        (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),  # leap year
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2026, 3, 15), 6, dt.date(2026, 9, 15)),
        (dt.date(2026, 12, 1), 1, dt.date(2027, 1, 1)),
    ],
)
def test_months_are_added_as_a_coordinator_counts_them(start: dt.date, months: int, end: dt.date) -> None:
    assert add_months(start, months) == end


def test_next_monday_is_never_today() -> None:
    assert next_monday(dt.date(2026, 11, 26)) == dt.date(2026, 11, 30)  # a Thursday
    assert next_monday(dt.date(2026, 11, 30)) == dt.date(2026, 12, 7)  # a Monday


def _duo(store: Store, start: dt.date) -> tuple[Family, Buddy, Trajectory]:
    with store.transaction() as session:
        family = save_family_in(session, FamilyDraft(name="Gezin Haile", status=FamilyStatus.WAITING), TODAY)
        buddy = save_buddy_in(session, BuddyDraft(name="Noor", status=BuddyStatus.AVAILABLE), TODAY)
        trajectory = create_trajectory(session, family, buddy, start, get_settings(session), activate=True)
    return family, buddy, trajectory


def test_a_duo_runs_six_months_and_a_pause_moves_its_end(store: Store) -> None:
    family, buddy, trajectory = _duo(store, dt.date(2026, 8, 31))
    assert trajectory.planned_end == dt.date(2027, 2, 28)
    assert (family.status, buddy.status) == (FamilyStatus.IN_TRAJECTORY, BuddyStatus.MATCHED)
    with store.transaction() as session:
        session.add(trajectory)
        pause(session, trajectory, dt.date(2026, 10, 1), reason="ziekenhuisopname")
        assert trajectory.status == TrajectoryStatus.PAUSED
        resume(session, trajectory, dt.date(2026, 10, 22))
    assert trajectory.planned_end == dt.date(2027, 3, 21)
    with store.session() as session:
        end = session.exec(select(Evaluation).where(Evaluation.kind == EvaluationKind.END)).one()
    assert end.due_on == dt.date(2027, 3, 21)
    with store.session() as session:
        assert find_problems(session, TODAY) == []


def test_a_duo_stopped_early_frees_the_buddy_and_keeps_the_reason(store: Store) -> None:
    family, buddy, trajectory = _duo(store, dt.date(2026, 6, 1))
    with store.transaction() as session:
        for record in (family, buddy, trajectory):
            session.add(record)
        with pytest.raises(DomainError):
            close(session, trajectory, family, buddy, TODAY, ClosureReason.OTHER, EndedBy.FAMILY)
        close(session, trajectory, family, buddy, TODAY, ClosureReason.FAMILY_MOVED, EndedBy.FAMILY)
    assert trajectory.status == TrajectoryStatus.STOPPED_EARLY
    assert (family.status, buddy.status) == (FamilyStatus.STOPPED, BuddyStatus.AVAILABLE)
    with store.session() as session:
        assert find_problems(session, TODAY) == []


def test_the_consistency_check_names_what_is_wrong(store: Store) -> None:
    family, _buddy, trajectory = _duo(store, dt.date(2026, 6, 1))
    with store.transaction() as session:
        session.add(family)
        family.status = FamilyStatus.WAITING  # behind the services' back
    with store.session() as session:
        problems = find_problems(session, TODAY)
    assert problems == [f"Family {family.id} has status waiting, but its duo {trajectory.id} is active."]

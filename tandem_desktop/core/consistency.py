"""The programme's own consistency rules, beyond what SQLite checks: run by `check`."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterator

from sqlmodel import Session

from tandem_desktop.db.models import Activity, Buddy, Family, FamilyMember, Trajectory, TrajectoryPause
from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus, TrajectoryStatus
from tandem_desktop.db.queries import live

from .trajectories import OPEN_STATUSES

# The family status that each trajectory status implies for the family in it.
_FAMILY_STATUS_OF = {
    TrajectoryStatus.PROPOSED: {FamilyStatus.MATCHED},
    TrajectoryStatus.ACTIVE: {FamilyStatus.IN_TRAJECTORY},
    TrajectoryStatus.PAUSED: {FamilyStatus.IN_TRAJECTORY},
}


def find_problems(session: Session, today: dt.date) -> list[str]:
    """Every broken rule, as a sentence naming the record; an empty list means consistent."""
    families = {f.id: f for f in session.exec(live(Family))}
    buddies = {b.id: b for b in session.exec(live(Buddy))}
    trajectories = list(session.exec(live(Trajectory)))
    members = list(session.exec(live(FamilyMember)))
    pauses = list(session.exec(live(TrajectoryPause)))
    activities = list(session.exec(live(Activity)))
    return [
        *_trajectory_problems(trajectories, families, buddies),
        *_capacity_problems(trajectories, buddies),
        *_member_problems(members, families, today),
        *_pause_problems(pauses, {t.id: t for t in trajectories}),
        *_activity_problems(activities, {t.id: t for t in trajectories}, today),
    ]


def _trajectory_problems(
    trajectories: list[Trajectory], families: dict[uuid.UUID, Family], buddies: dict[uuid.UUID, Buddy]
) -> Iterator[str]:
    open_per_family: Counter[uuid.UUID] = Counter()
    for t in trajectories:
        family, buddy = families.get(t.family_id), buddies.get(t.buddy_id)
        if family is None or buddy is None:
            yield f"Duo {t.id} refers to a deleted family or buddy."
            continue
        if t.planned_end <= t.start_date:
            yield f"Duo {t.id} ({family.name}): the planned end {t.planned_end} is not after the start {t.start_date}."
        # A proposal may be withdrawn (stopped early) before its planned start; a completed duo ran.
        if t.closed_on is not None and t.closed_on < t.start_date and t.status == TrajectoryStatus.COMPLETED:
            yield f"Duo {t.id} ({family.name}): closed on {t.closed_on}, before its start {t.start_date}."
        if t.status in OPEN_STATUSES:
            open_per_family[t.family_id] += 1
            expected = _FAMILY_STATUS_OF[t.status]
            if family.status not in expected:
                yield (
                    f"Family {family.name} has status {family.status.value}, "
                    f"but its duo {t.id} is {t.status.value}."
                )
            if buddy.status != BuddyStatus.MATCHED:
                yield f"Buddy {buddy.name} has status {buddy.status.value}, but is in the open duo {t.id}."
        elif t.closed_on is None or t.closure_reason is None:
            yield f"Duo {t.id} ({family.name}) is {t.status.value} without a closing date and reason."
    for family_id, count in open_per_family.items():
        if count > 1:
            yield f"Family {families[family_id].name} is in {count} open duos at once."


def _capacity_problems(trajectories: list[Trajectory], buddies: dict[uuid.UUID, Buddy]) -> Iterator[str]:
    open_per_buddy = Counter(t.buddy_id for t in trajectories if t.status in OPEN_STATUSES)
    for buddy_id, count in open_per_buddy.items():
        buddy = buddies.get(buddy_id)
        if buddy is not None and count > buddy.capacity:
            yield f"Buddy {buddy.name} is in {count} open duos but has room for {buddy.capacity}."


def _member_problems(
    members: list[FamilyMember], families: dict[uuid.UUID, Family], today: dt.date
) -> Iterator[str]:
    for m in members:
        if m.family_id not in families:
            yield f"Member {m.name} belongs to a deleted family."
        if m.birth_year is not None and m.birth_year > today.year:
            yield f"Member {m.name} has a birth year in the future ({m.birth_year})."


def _pause_problems(
    pauses: list[TrajectoryPause], trajectories: dict[uuid.UUID, Trajectory]
) -> Iterator[str]:
    open_pauses: Counter[uuid.UUID] = Counter()
    for p in pauses:
        if p.end_date is not None and p.end_date < p.start_date:
            yield f"Pause {p.id} ends ({p.end_date}) before it starts ({p.start_date})."
        if p.end_date is None:
            open_pauses[p.trajectory_id] += 1
    for trajectory_id, t in trajectories.items():
        paused = t.status == TrajectoryStatus.PAUSED
        if paused != (open_pauses[trajectory_id] == 1):
            yield f"Duo {trajectory_id} is {t.status.value} with {open_pauses[trajectory_id]} open pauses."


def _activity_problems(
    activities: list[Activity], trajectories: dict[uuid.UUID, Trajectory], today: dt.date
) -> Iterator[str]:
    for a in activities:
        t = trajectories.get(a.trajectory_id)
        if t is None:
            yield f"Activity {a.id} on {a.date} belongs to a deleted duo."
            continue
        if a.date < t.start_date:
            yield f"Activity {a.id} on {a.date} lies before its duo's start ({t.start_date})."
        if a.held and a.date > today:
            yield f"Activity {a.id} is recorded as held on {a.date}, in the future."
        if a.held and a.cancel_reason is not None:
            yield f"Activity {a.id} on {a.date} is held but has a cancellation reason."
        if not a.held and a.cancel_reason is None:
            yield f"Activity {a.id} on {a.date} is cancelled without a reason."

"""Group activities for all participants: what, when, where, and who came (family members and buddies).

Attendance is ticked from the people in trajectories on the activity's date; the counts of people and of
languages present show the group's cohesion and its variety.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import Session, col

from tandem_desktop.db.models import (
    Buddy,
    Family,
    FamilyMember,
    GroupActivity,
    GroupAttendance,
    Trajectory,
    utcnow,
)
from tandem_desktop.db.models.enums import DutchLevel, MemberRole, TrajectoryStatus
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from . import validation
from .drafts import assign_changed, existing
from .errors import DomainError, ValidationFailed
from .search import fold, search_key

# Said when a record was deleted meanwhile (on another screen, by an undo).
GROUP_ACTIVITY_GONE = QT_TRANSLATE_NOOP("domain", "This group activity no longer exists.")


@dataclass
class GroupActivityDraft:
    title: str = ""
    date: dt.date = field(default_factory=dt.date.today)
    place: str = ""
    description: str = ""
    member_ids: set[uuid.UUID] = field(default_factory=set)
    buddy_ids: set[uuid.UUID] = field(default_factory=set)
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class Person:
    """Someone who can be ticked present: a family member or a buddy."""

    id: uuid.UUID
    name: str
    is_buddy: bool
    is_child: bool
    left_on: dt.date | None  # family members who left the household
    language: str | None  # the mother tongue (families) or first language (buddies), ISO code
    birth_year: int | None = None  # family members (a child's age is shown next to the name)


@dataclass(frozen=True)
class Household:
    """A family in a trajectory with its members, and its buddy: one block of the attendance list."""

    family_id: uuid.UUID
    family_name: str
    members: tuple[Person, ...]
    buddy: Person


def _buddy_language(dutch_level: DutchLevel, languages: list[str]) -> str | None:
    # Buddies list the languages they speak; a native Dutch speaker's own language is Dutch.
    if dutch_level == DutchLevel.NATIVE or not languages:
        return "nl"
    return languages[0]


def households(store: Store, on: dt.date, keep: Iterable[uuid.UUID] = ()) -> list[Household]:
    """The families in a trajectory on `on` (started, not closed before it), with their current members and
    their buddy. People in `keep` (already ticked) are listed even if they have left since."""
    kept = set(keep)
    with store.session() as session:
        duo_query = (
            sa.select(col(Trajectory.family_id), col(Trajectory.buddy_id), col(Trajectory.start_date))
            .where(
                col(Trajectory.deleted_at).is_(None),
                col(Trajectory.status) != TrajectoryStatus.PROPOSED,
                col(Trajectory.start_date) <= on,
                sa.or_(col(Trajectory.closed_on).is_(None), col(Trajectory.closed_on) >= on),
            )
            .order_by(col(Trajectory.start_date))
        )
        duos = {family_id: buddy_id for family_id, buddy_id, _start in session.execute(duo_query)}
        # People ticked before who are no longer in a trajectory on this date keep their place in the list:
        # a member with their family, a buddy with one of their families (not with every family they ever had).
        for family_id, buddy_id in _families_of_kept_members(session, kept):
            duos.setdefault(family_id, buddy_id)
        listed = set(duos.values())
        for family_id, buddy_id in _duos_of_kept_buddies(session, kept - listed):
            if buddy_id not in listed:
                duos.setdefault(family_id, buddy_id)
                listed.add(buddy_id)
        families = {
            f.id: f for f in session.execute(sa.select(Family).where(col(Family.id).in_(duos))).scalars()
        }
        buddies = {
            b.id: b
            for b in session.execute(sa.select(Buddy).where(col(Buddy.id).in_(duos.values()))).scalars()
        }
        members: dict[uuid.UUID, list[Person]] = {}
        member_query = (
            sa.select(FamilyMember)
            .where(col(FamilyMember.family_id).in_(duos), col(FamilyMember.deleted_at).is_(None))
            .order_by(col(FamilyMember.position))
        )
        for m in session.execute(member_query).scalars():
            if m.left_on is not None and m.left_on <= on and m.id not in kept:
                continue
            language = families[m.family_id].mother_tongue
            members.setdefault(m.family_id, []).append(
                Person(m.id, m.name, False, m.role == MemberRole.CHILD, m.left_on, language, m.birth_year)
            )
        result = []
        for family_id, buddy_id in duos.items():
            family, buddy = families[family_id], buddies[buddy_id]
            result.append(
                Household(
                    family_id,
                    family.name,
                    tuple(members.get(family_id, ())),
                    Person(
                        buddy.id,
                        buddy.name,
                        True,
                        False,
                        None,
                        _buddy_language(buddy.dutch_level, buddy.languages),
                    ),
                )
            )
        return sorted(result, key=lambda h: fold(h.family_name))


def _families_of_kept_members(session: Session, kept: set[uuid.UUID]) -> list[tuple[uuid.UUID, uuid.UUID]]:
    if not kept:
        return []
    query = (
        sa.select(col(Trajectory.family_id), col(Trajectory.buddy_id))
        .join(FamilyMember, col(FamilyMember.family_id) == col(Trajectory.family_id))
        .where(col(Trajectory.deleted_at).is_(None), col(FamilyMember.id).in_(kept))
        .order_by(col(Trajectory.start_date))
        .distinct()
    )
    return [(f, b) for f, b in session.execute(query)]


def _duos_of_kept_buddies(session: Session, kept: set[uuid.UUID]) -> list[tuple[uuid.UUID, uuid.UUID]]:
    if not kept:
        return []
    query = (
        sa.select(col(Trajectory.family_id), col(Trajectory.buddy_id))
        .where(col(Trajectory.deleted_at).is_(None), col(Trajectory.buddy_id).in_(kept))
        .order_by(col(Trajectory.start_date))
    )
    return [(f, b) for f, b in session.execute(query)]


@dataclass(frozen=True)
class AttendanceCounts:
    people: int
    children: int
    buddies: int
    families: int
    languages: int


def attendance_counts(
    present: Iterable[Person], household_of: Callable[[Person], uuid.UUID | None]
) -> AttendanceCounts:
    people = list(present)
    return AttendanceCounts(
        people=len(people),
        children=sum(1 for p in people if p.is_child),
        buddies=sum(1 for p in people if p.is_buddy),
        families=len({household_of(p) for p in people if not p.is_buddy}),
        languages=len({p.language for p in people if p.language}),
    )


def group_activity_errors(
    draft: GroupActivityDraft, people: dict[uuid.UUID, Person], today: dt.date
) -> list[DomainError]:
    def check_attendance() -> None:
        if not (draft.member_ids or draft.buddy_ids):
            return
        if draft.date > today:
            raise DomainError(
                QT_TRANSLATE_NOOP("domain", "Attendance can be ticked once the activity has taken place."),
                field="attendance",
            )
        for person_id in sorted(draft.member_ids, key=str):
            person = people.get(person_id)
            if person is not None and person.left_on is not None and person.left_on <= draft.date:
                raise DomainError(
                    QT_TRANSLATE_NOOP("domain", "{name} left the household on {left}, before this activity."),
                    field="attendance",
                    name=person.name,
                    left=person.left_on,
                )

    return validation.collect([lambda: validation.required(draft.title, "title"), check_attendance])


def save_group_activity(store: Store, draft: GroupActivityDraft, today: dt.date) -> uuid.UUID:
    with store.transaction() as session:
        people = _people(session, draft.member_ids)
        errors = group_activity_errors(draft, people, today)
        if errors:
            raise ValidationFailed(errors)
        if draft.id is None:
            activity = GroupActivity(title="", date=draft.date)
            session.add(activity)
            session.flush()
        else:
            activity = existing(session, GroupActivity, draft.id, GROUP_ACTIVITY_GONE)
        assign_changed(
            activity,
            {
                "title": draft.title.strip(),
                "date": draft.date,
                "place": draft.place.strip(),
                "description": draft.description.strip(),
            },
        )
        _write_attendance(session, activity.id, draft)
        return activity.id


def _people(session: Session, member_ids: set[uuid.UUID]) -> dict[uuid.UUID, Person]:
    if not member_ids:
        return {}
    query = sa.select(FamilyMember).where(col(FamilyMember.id).in_(member_ids))
    return {
        m.id: Person(m.id, m.name, False, m.role == MemberRole.CHILD, m.left_on, None)
        for m in session.execute(query).scalars()
    }


def _write_attendance(session: Session, activity_id: uuid.UUID, draft: GroupActivityDraft) -> None:
    """Only the changes: a person unticked loses their line (soft delete), a person ticked gets one."""
    stored = session.execute(
        sa.select(GroupAttendance).where(
            col(GroupAttendance.group_activity_id) == activity_id, col(GroupAttendance.deleted_at).is_(None)
        )
    ).scalars()
    present: set[uuid.UUID] = set()
    for line in stored:
        person = line.family_member_id or line.buddy_id
        wanted = draft.member_ids if line.family_member_id else draft.buddy_ids
        if person in wanted:
            present.add(person)
        else:
            line.deleted_at = utcnow()
    for member_id in draft.member_ids - present:
        session.add(GroupAttendance(group_activity_id=activity_id, family_member_id=member_id))
    for buddy_id in draft.buddy_ids - present:
        session.add(GroupAttendance(group_activity_id=activity_id, buddy_id=buddy_id))


def load_group_activity(store: Store, activity_id: uuid.UUID) -> GroupActivityDraft:
    with store.session() as session:
        stored = existing(session, GroupActivity, activity_id, GROUP_ACTIVITY_GONE)
        lines = session.execute(
            sa.select(col(GroupAttendance.family_member_id), col(GroupAttendance.buddy_id)).where(
                col(GroupAttendance.group_activity_id) == activity_id,
                col(GroupAttendance.deleted_at).is_(None),
            )
        ).all()
        return GroupActivityDraft(
            title=stored.title,
            date=stored.date,
            place=stored.place,
            description=stored.description,
            member_ids={m for m, _b in lines if m is not None},
            buddy_ids={b for _m, b in lines if b is not None},
            id=stored.id,
        )


@dataclass(frozen=True)
class GroupActivityRow:
    id: uuid.UUID
    date: dt.date
    title: str
    place: str
    people: int
    buddies: int
    families: int
    languages: int
    search_key: str


def group_activity_rows(store: Store, activity_id: uuid.UUID | None = None) -> list[GroupActivityRow]:
    """Every group activity with its counts, read in three queries whatever the number of activities."""
    with store.session() as session:
        query = sa.select(GroupActivity).where(col(GroupActivity.deleted_at).is_(None))
        if activity_id is not None:
            query = query.where(col(GroupActivity.id) == activity_id)
        activities = list(session.execute(query).scalars())
        wanted = [a.id for a in activities]
        member_lines = session.execute(
            sa.select(
                col(GroupAttendance.group_activity_id), col(FamilyMember.family_id), col(Family.mother_tongue)
            )
            .join(FamilyMember, col(FamilyMember.id) == col(GroupAttendance.family_member_id))
            .join(Family, col(Family.id) == col(FamilyMember.family_id))
            .where(
                col(GroupAttendance.deleted_at).is_(None), col(GroupAttendance.group_activity_id).in_(wanted)
            )
        ).all()
        buddy_lines = session.execute(
            sa.select(col(GroupAttendance.group_activity_id), col(Buddy.dutch_level), col(Buddy.languages))
            .join(Buddy, col(Buddy.id) == col(GroupAttendance.buddy_id))
            .where(
                col(GroupAttendance.deleted_at).is_(None), col(GroupAttendance.group_activity_id).in_(wanted)
            )
        ).all()
    people: dict[uuid.UUID, int] = {}
    buddies: dict[uuid.UUID, int] = {}
    families: dict[uuid.UUID, set[uuid.UUID]] = {}
    languages: dict[uuid.UUID, set[str]] = {}
    for activity, family_id, tongue in member_lines:
        people[activity] = people.get(activity, 0) + 1
        families.setdefault(activity, set()).add(family_id)
        if tongue:
            languages.setdefault(activity, set()).add(tongue)
    for activity, level, spoken in buddy_lines:
        people[activity] = people.get(activity, 0) + 1
        buddies[activity] = buddies.get(activity, 0) + 1
        language = _buddy_language(level, spoken)
        if language:
            languages.setdefault(activity, set()).add(language)
    return [
        GroupActivityRow(
            a.id,
            a.date,
            a.title,
            a.place,
            people.get(a.id, 0),
            buddies.get(a.id, 0),
            len(families.get(a.id, ())),
            len(languages.get(a.id, ())),
            search_key(a.title, a.place, a.description),
        )
        for a in activities
    ]

"""Reading the matching's profiles from the store: the waiting families and the buddies who could take them.

Read as plain columns, not ORM objects: suggestions for a family among thousands of buddies stay quick.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from tandem_desktop.db.models import Buddy, Family, FamilyMember, Trajectory
from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus, MemberRole
from tandem_desktop.db.store import Store

from .buddies import extract_state
from .families import waiting_since_dates
from .matching import BuddyProfile, FamilyProfile
from .trajectories import OPEN_STATUSES

# Buddies who are never suggested, not even as excluded: they left the programme.
GONE = (BuddyStatus.STOPPED,)

_FAMILY_COLUMNS: tuple[Any, ...] = (
    Family.id,
    Family.name,
    Family.mother_tongue,
    Family.contact_languages,
    Family.dutch_level,
    Family.postcode,
    Family.municipality,
    Family.unavailability,
    Family.registered_on,
)
_BUDDY_COLUMNS: tuple[Any, ...] = (
    Buddy.id,
    Buddy.name,
    Buddy.status,
    Buddy.languages,
    Buddy.dutch_level,
    Buddy.postcode,
    Buddy.municipality,
    Buddy.availability,
    Buddy.capacity,
    Buddy.criminal_record_extract_on,
    Buddy.ex_newcomer,
)


def waiting_families(store: Store, family_id: uuid.UUID | None = None) -> list[FamilyProfile]:
    """The families on the waiting list (or the one family asked for, whatever its status), longest wait first."""
    query = sa.select(*_FAMILY_COLUMNS).where(col(Family.deleted_at).is_(None))
    if family_id is None:
        query = query.where(col(Family.status) == FamilyStatus.WAITING)
    else:
        query = query.where(col(Family.id) == family_id)
    children = sa.select(col(FamilyMember.family_id)).where(
        col(FamilyMember.deleted_at).is_(None),
        col(FamilyMember.left_on).is_(None),
        col(FamilyMember.role) == MemberRole.CHILD,
    )
    with store.session() as session:
        with_children = set(session.execute(children).scalars())
        since = waiting_since_dates(session, family_id)
        profiles = [
            FamilyProfile(
                id=row[0],
                name=row[1],
                mother_tongue=row[2],
                contact_languages=tuple(row[3]),
                dutch_level=row[4],
                postcode=row[5],
                municipality=row[6],
                unavailability=frozenset(row[7]),
                has_children=row[0] in with_children,
                waiting_since=since.get(row[0], row[8]),
            )
            for row in session.execute(query)
        ]
    profiles.sort(key=lambda family: (family.waiting_since, family.name.casefold()))
    return profiles


def candidate_buddies(store: Store, today: dt.date, buddy_id: uuid.UUID | None = None) -> list[BuddyProfile]:
    """Every buddy still in the programme (or the one asked for), with the duos they have now."""
    query = sa.select(*_BUDDY_COLUMNS).where(col(Buddy.deleted_at).is_(None), col(Buddy.status).not_in(GONE))
    if buddy_id is not None:
        query = query.where(col(Buddy.id) == buddy_id)
    with store.session() as session:
        duos = open_duo_counts(session)
        return [
            BuddyProfile(
                id=row[0],
                name=row[1],
                status=row[2],
                languages=tuple(row[3]),
                dutch_level=row[4],
                postcode=row[5],
                municipality=row[6],
                availability=frozenset(row[7]),
                capacity=row[8],
                open_duos=duos[row[0]],
                extract=extract_state(row[9], today),
                ex_newcomer=row[10],
            )
            for row in session.execute(query)
        ]


def open_duo_counts(session: Session) -> Counter[uuid.UUID]:
    query = (
        sa.select(col(Trajectory.buddy_id), sa.func.count())
        .where(col(Trajectory.deleted_at).is_(None), col(Trajectory.status).in_(OPEN_STATUSES))
        .group_by(col(Trajectory.buddy_id))
    )
    return Counter({buddy: count for buddy, count in session.execute(query)})


def families_not_yet_waiting(store: Store) -> int:
    """Families registered (or with their intake done) but not on the waiting list: matching does not see them
    yet, and the coordinator should know why a family she just added is not there."""
    with store.session() as session:
        query = (
            sa.select(sa.func.count())
            .select_from(Family)
            .where(
                col(Family.deleted_at).is_(None),
                col(Family.status).in_((FamilyStatus.REGISTERED, FamilyStatus.INTAKE_DONE)),
            )
        )
        return int(session.execute(query).scalar_one())

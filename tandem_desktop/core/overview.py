"""Figures for the overview page, and what waits for the coordinator today."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from tandem_desktop.db.models import Buddy, Family, Trajectory
from tandem_desktop.db.store import Store

from .agreements import unsigned_count
from .buddy_meetings import meeting_held_in
from .organisations import ReferralRow, referrals_due
from .privacy.retention import due_count
from .signals import new_signal_count


@dataclass(frozen=True)
class ProgrammeCounts:
    families: dict[str, int]  # by status value
    buddies: dict[str, int]
    trajectories: dict[str, int]

    @property
    def is_empty(self) -> bool:
        return not (self.families or self.buddies or self.trajectories)


def _count_by_status(
    session: Session, model: type[Family] | type[Buddy] | type[Trajectory]
) -> dict[str, int]:
    query = select(model.status, func.count()).where(col(model.deleted_at).is_(None)).group_by(model.status)
    return {str(status): count for status, count in session.exec(query)}


def programme_counts(store: Store) -> ProgrammeCounts:
    with store.session() as session:
        return ProgrammeCounts(
            families=_count_by_status(session, Family),
            buddies=_count_by_status(session, Buddy),
            trajectories=_count_by_status(session, Trajectory),
        )


@dataclass(frozen=True)
class ToDo:
    """What waits for the coordinator today, besides the duos' flags."""

    month: dt.date  # the first day of this month
    meeting_held: bool  # a buddy meeting is recorded this month
    referrals_due: tuple[ReferralRow, ...]  # open referrals whose follow-up date has come
    new_signals: int  # signals not yet passed on to the policy officer
    unsigned_agreements: int  # running duos whose agreement is not signed
    due_for_erasure: int  # families and buddies the retention rules say to erase (core/privacy/retention.py)


def to_do(store: Store, today: dt.date) -> ToDo:
    with store.session() as session:
        return ToDo(
            month=today.replace(day=1),
            meeting_held=meeting_held_in(session, today),
            referrals_due=tuple(referrals_due(session, today)),
            new_signals=new_signal_count(session),
            unsigned_agreements=unsigned_count(session, today),
            due_for_erasure=due_count(session, today),
        )

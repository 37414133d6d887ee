"""Figures for the overview page."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from tandem_desktop.db.models import Buddy, Family, Trajectory
from tandem_desktop.db.store import Store


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

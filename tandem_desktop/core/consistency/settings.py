"""The consistency rules on the programme settings: one record, each setting in the range its page allows."""

from __future__ import annotations

from collections.abc import Iterator

import sqlalchemy as sa
from sqlmodel import Session, col

from tandem_desktop.db.models import ProgrammeSettings

from ..settings import ADJUSTABLE
from .rules import _live, _outside, _Query, _Rule


def _settings_rows(session: Session) -> Iterator[str]:
    """One settings row is made; an import could bring a second (core.settings then uses the oldest)."""
    query = (
        sa.select(col(ProgrammeSettings.id))
        .where(_live(ProgrammeSettings))
        .order_by(col(ProgrammeSettings.created_at), col(ProgrammeSettings.id))
    )
    ids = session.execute(query).scalars().all()
    if len(ids) > 1:
        others = ", ".join(str(i) for i in ids[1:])
        yield f"There are {len(ids)} programme settings records: {ids[0]} is used, {others} should not exist."


def _settings() -> _Query:
    columns = [getattr(ProgrammeSettings, name) for name in ADJUSTABLE]
    return (
        sa.select(col(ProgrammeSettings.id).label("settings"), *map(col, columns))
        .where(_live(ProgrammeSettings))
        .order_by(col(ProgrammeSettings.created_at), col(ProgrammeSettings.id))
    )


def _settings_rules() -> list[_Rule]:
    """The ranges the settings page allows (core.settings.ADJUSTABLE), one rule per setting."""

    def rule(name: str, low: int, high: int) -> _Rule:
        return _Rule(
            _outside(col(getattr(ProgrammeSettings, name)), low, high),
            lambda r: (
                f"Programme settings {r.settings}: {name} is {r._mapping[name]}, outside {low} to {high}."
            ),
        )

    return [rule(name, low, high) for name, (low, high) in ADJUSTABLE.items()]

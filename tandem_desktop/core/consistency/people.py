"""The consistency rules on people: the birth years of family members and buddies, and a buddy's capacity."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlmodel import col

from tandem_desktop.db.models import Buddy, FamilyMember

from ..validation import OLDEST_BIRTH_YEAR
from .rules import _live, _Query, _Rule


def _members() -> _Query:
    return (
        sa.select(col(FamilyMember.id).label("record"), col(FamilyMember.birth_year))
        .where(_live(FamilyMember))
        .order_by(col(FamilyMember.id))
    )


def _buddies() -> _Query:
    return (
        sa.select(col(Buddy.id).label("record"), col(Buddy.birth_year), col(Buddy.capacity))
        .where(_live(Buddy))
        .order_by(col(Buddy.id))
    )


def _birth_year_rules(kind: str, birth_year: Any, today: dt.date) -> list[_Rule]:
    """The checks of core.validation.birth_year, on the rows of a query selecting `record` and `birth_year`."""
    year = col(birth_year)
    return [
        _Rule(
            year > today.year, lambda r: f"{kind} {r.record} has a birth year in the future ({r.birth_year})."
        ),
        _Rule(
            year < OLDEST_BIRTH_YEAR,
            lambda r: f"{kind} {r.record}: the birth year {r.birth_year} is before {OLDEST_BIRTH_YEAR}.",
        ),
    ]


def _buddy_rules() -> list[_Rule]:
    # The form asks for room for at least one duo (validation.positive); a lower capacity hides the buddy
    # from matching for good.
    return [
        _Rule(
            col(Buddy.capacity) < 1,
            lambda r: f"Buddy {r.record} has room for {r.capacity} duos; the form asks for at least 1.",
        )
    ]

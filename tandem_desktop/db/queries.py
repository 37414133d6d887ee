"""Query helpers shared by the services."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import col, select
from sqlmodel.sql.expression import SelectOfScalar

from .models import Record

R = TypeVar("R", bound=Record)


def live(model: type[R]) -> SelectOfScalar[R]:
    """Records of `model` that are not soft-deleted."""
    return select(model).where(col(model.deleted_at).is_(None))

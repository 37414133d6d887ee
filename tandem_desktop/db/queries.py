"""Query helpers shared by the services."""

from __future__ import annotations

from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.sql.expression import SelectOfScalar

from .models import Record

R = TypeVar("R", bound=Record)


def live(model: type[R]) -> SelectOfScalar[R]:
    """Records of `model` that are not soft-deleted."""
    return select(model).where(col(model.deleted_at).is_(None))


def stored_text(column: Any) -> Any:
    """`column` read as the text SQLite stores (a UUID's 32 hex digits, a date's ISO form, an enum's value),
    without SQLAlchemy's type processing: for lists of tens of thousands of rows, where converting each value
    (with the repeated ones memoised) is several times quicker."""
    return sa.type_coerce(col(column), sa.String)

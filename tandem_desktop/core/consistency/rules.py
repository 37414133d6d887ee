"""What a consistency rule is (a condition in SQL on the rows of a query, and the sentence for a row that breaks
it), the running of a query's rules, and the conditions the rules are made of."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

# Rows and queries of any columns (SQLAlchemy types them by their columns' types).
_Row = sa.Row[*tuple[Any, ...]]
_Query = sa.Select[*tuple[Any, ...]]


@dataclass(frozen=True)
class _Rule:
    """One rule on the rows of a query: `broken` is true on a row that breaks it, `says` words the problem."""

    broken: sa.ColumnElement[bool]
    says: Callable[[_Row], str]


def _broken(session: Session, query: _Query, rules: Sequence[_Rule]) -> Iterator[str]:
    """The problems of the rows of `query` that break at least one of `rules`.

    Each rule is also a column of the result: the table is read once, whatever the number of its rules.
    """
    flags = [rule.broken.label(f"rule_{i}") for i, rule in enumerate(rules)]
    offending = query.add_columns(*flags).where(sa.or_(*(rule.broken for rule in rules)))
    for row in session.execute(offending):
        for rule, flag in zip(rules, row[-len(rules) :], strict=True):
            if flag:
                yield rule.says(row)


def _live(model: Any) -> sa.ColumnElement[bool]:
    return col(model.deleted_at).is_(None)


def _outside(column: Any, low: int, high: int) -> sa.ColumnElement[bool]:
    """True when a value is given and outside low..high (NULL, "not filled in", is not outside)."""
    return sa.and_(column.is_not(None), sa.not_(column.between(low, high)))

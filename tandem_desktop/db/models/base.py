"""What every stored record has: a UUID, UTC timestamps and a soft-delete marker.

UUIDs rather than integers so that data from two laptops can later be merged; soft delete so that
a deletion can be undone and the audit trail keeps pointing at something.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import Dialect, String
from sqlalchemy import Enum as SAEnum
from sqlalchemy.types import DateTime, TypeDecorator
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores an aware datetime as naive UTC and gives it back aware.

    SQLite has no time zones; without this a value would come back naive and comparisons with
    `utcnow()` would raise.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC time is stored")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def enum_type(enum_cls: type[enum.Enum]) -> SAEnum:
    """A column type storing an enum's *values* (readable in exports), checked on write."""
    return SAEnum(
        enum_cls,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        create_constraint=False,
        validate_strings=True,
        length=32,
    )


def enum_field(enum_cls: type[enum.Enum], default: enum.Enum | None, **kwargs: Any) -> Any:
    return Field(default=default, sa_type=enum_type(enum_cls), **kwargs)


def text_field(default: str = "", max_length: int | None = None, **kwargs: Any) -> Any:
    return Field(default=default, max_length=max_length, sa_type=String, **kwargs)


class Record(SQLModel):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    deleted_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

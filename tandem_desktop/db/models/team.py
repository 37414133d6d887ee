"""A team of laptops that share one programme through a team folder (db/team/): the conflicts that travel to
every laptop, and what each laptop alone knows (its id, the changesets its database holds)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlmodel import Field, SQLModel

from .base import Record


class SyncConflict(Record, table=True):
    """The same field of the same record changed on two laptops: the value kept (the later change), the other
    one, and how it was settled. Its id is made from what it is about, so that two laptops that find the same
    conflict record one row."""

    __tablename__ = "sync_conflict"

    table_name: str
    record_id: uuid.UUID = Field(index=True)
    field: str
    kept_value: str  # JSON of the value kept, as SQLite holds it
    other_value: str  # JSON of the value set aside
    kind: str = "same_field"  # or "deleted_and_changed": deleted on one laptop, changed on another
    resolved_on: dt.date | None = Field(default=None, index=True)
    resolved_by: str = ""
    took_other: bool = False


class TeamLaptop(SQLModel, table=True):
    """This laptop in its team: one row, never synced (db/team/sync.py leaves it out)."""

    __tablename__ = "team_laptop"

    laptop_id: str = Field(primary_key=True)  # also the audit trail's origin of this laptop's entries


class TeamApplied(SQLModel, table=True):
    """How far this database holds each laptop's changesets; never synced."""

    __tablename__ = "team_applied"

    laptop_id: str = Field(primary_key=True)
    number: int = 0

"""The audit trail: one entry for every change to a record, written by the session itself."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Index
from sqlmodel import Field, SQLModel

from .base import UTCDateTime, enum_field, utcnow
from .enums import AuditAction


class AuditEntry(SQLModel, table=True):
    # Not a Record: audit entries are never changed, deleted or themselves audited; the database refuses it
    # (migration 0004), and their chain (db/audit_chain.py) shows it when done behind the app's back.
    __tablename__ = "audit_entry"

    # One trail per laptop of a team (`origin`: its id; "" before a team, or without one), each chained on its
    # own: entries of other laptops arrive by sync, and their places and links stay theirs.
    __table_args__ = (Index("ix_audit_entry_origin_seq", "origin", "seq", unique=True),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    origin: str = ""
    seq: int  # its place in its laptop's trail: 1, 2, 3, … with no gap
    at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    table_name: str = Field(index=True)
    record_id: uuid.UUID = Field(index=True)
    action: AuditAction = enum_field(AuditAction, AuditAction.UPDATE)
    # {"field": [old, new]} for updates; the changed fields' names only for sensitive fields.
    changes: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    actor: str = ""  # the coordinator named in the settings, and the laptop's user
    values_digest: str = ""  # SHA-256 of `changes`, kept when erasure clears them
    chain: str = ""  # SHA-256 of the entry before's chain and of this entry

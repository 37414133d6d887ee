"""What an import says: the file refused as a whole (ImportRejected), or a report of what it added, updated,
kept and found invalid; and how a value from the file is quoted in a message (safe whatever it holds)."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from ..errors import DomainError


class ImportRejected(DomainError):
    """The file as a whole cannot be imported: unreadable, not an export, or from a newer format."""


@dataclass
class InvalidRecord:
    table: str
    record_id: str | None  # None when the record has no usable id, or the problem is the whole table
    reason: str  # English, for the coordinator or administrator


@dataclass
class KeptRecord:
    """A record of the file that differs from the stored one but was not taken: the stored one is as new."""

    table: str
    record_id: str
    stored_updated_at: dt.datetime
    file_updated_at: dt.datetime
    fields: tuple[str, ...]  # the fields in which the two differ (names only: the values may be personal)

    @property
    def reason(self) -> str:
        stored, in_file = self.stored_updated_at.isoformat(), self.file_updated_at.isoformat()
        when = (
            f"it was changed at the same time ({stored}) as the file's"
            if self.stored_updated_at == self.file_updated_at
            else f"it is newer (updated_at {stored}) than the file's ({in_file})"
        )
        return f"kept the stored version: {when}, which differs in {', '.join(self.fields)}"


@dataclass
class ImportReport:
    added: dict[str, int]
    updated: dict[str, int]
    unchanged: dict[str, int]
    invalid: list[InvalidRecord]
    applied: bool
    # Records of the file that differ from the stored ones but were not taken (the stored one is as new).
    kept: list[KeptRecord] = field(default_factory=list)
    # Records of the file that an import never takes, per table: the audit trail.
    ignored: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> int:
        """How many records were (or, after a dry run, would be) added or updated."""
        return sum(self.added.values()) + sum(self.updated.values())


def _shown(value: object, limit: int = 60) -> str:
    """A value from the file as a message may quote it: short, and printable whatever it holds."""
    if isinstance(value, str):
        text = value
    elif value is None or isinstance(value, bool | float) or (isinstance(value, int) and abs(value) < 10**40):
        text = str(value)
    elif isinstance(value, int):
        text = "a number of more than 40 digits"
    else:
        text = f"a JSON {'object' if isinstance(value, dict) else 'array' if isinstance(value, list) else 'value'}"
    if len(text) > limit:
        text = text[:limit] + "…"
    return re.sub("[\x00-\x1f\x7f\ud800-\udfff]", lambda m: f"\\u{ord(m[0]):04x}", text)


def _record_id(raw_id: Any) -> str | None:
    """The record's id as the report gives it: the UUID when it is one, else a safe rendering of what is there."""
    if raw_id is None:
        return None
    if isinstance(raw_id, str) and len(raw_id) <= 100:
        with contextlib.suppress(ValueError):
            return str(uuid.UUID(raw_id))
    return _shown(raw_id, 40)

"""Writing a form's draft onto its stored record: finding the record, and changing only what differs."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from sqlmodel import Session

from tandem_desktop.db.models import Buddy, Family, Record

from . import validation
from .bidi import clean_name
from .errors import DomainError
from .status import change_status, record_initial_status

R = TypeVar("R", Family, Buddy)
AnyRecord = TypeVar("AnyRecord", bound=Record)


def existing(session: Session, model: type[AnyRecord], record_id: uuid.UUID, gone: str) -> AnyRecord:
    """The stored record; `gone` is the message when it was deleted meanwhile (on another screen, by an undo)."""
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise DomainError(gone)
    return record


def stored_or_new(session: Session, model: type[R], record_id: uuid.UUID | None, name: str, gone: str) -> R:
    """The record to write the draft onto: a new one (added to the session), or the stored one.
    `gone` is the message when the stored one was deleted meanwhile (on another screen, by an undo)."""
    if record_id is None:
        record = model(name=name)
        session.add(record)
        return record
    return existing(session, model, record_id, gone)


def copy_fields(target: Any, source: Any, names: Iterable[str]) -> None:
    """Copy the named fields that differ, from a draft to its record or back. Only those that differ:
    the audit trail then names what really changed. Lists are copied, never shared."""
    assign_changed(target, {name: getattr(source, name) for name in names})


def assign_changed(target: Any, values: Mapping[str, Any]) -> None:
    """Set the values that differ from the target's (lists copied, never shared): the audit trail then
    names what really changed."""
    for name, value in values.items():
        if getattr(target, name) != value:
            setattr(target, name, list(value) if isinstance(value, list) else value)


def write_name_and_phones(record: Family | Buddy, name: str, phone: str, whatsapp: str) -> None:
    """The name as typed without its outer spaces; phone numbers as E.164 (already validated)."""
    record.name = clean_name(name)
    record.phone = validation.phone_number(phone, "phone")
    record.whatsapp = validation.phone_number(whatsapp, "whatsapp")


def apply_status(session: Session, record: Family | Buddy, status: StrEnum, is_new: bool) -> None:
    """A new record starts its status history; a stored one records the move, if any."""
    if is_new:
        record.status = status  # type: ignore[assignment]
        record_initial_status(session, record)
    else:
        change_status(session, record, status)

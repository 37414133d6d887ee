"""Writing a form's draft onto its stored record: what saving a family and saving a buddy share."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TypeVar

from sqlmodel import Session

from tandem_desktop.db.models import Buddy, Family

from . import validation
from .errors import DomainError
from .status import change_status, record_initial_status

R = TypeVar("R", Family, Buddy)


def stored_or_new(session: Session, model: type[R], record_id: uuid.UUID | None, name: str, gone: str) -> R:
    """The record to write the draft onto: a new one (added to the session), or the stored one.
    `gone` is the message when the stored one was deleted meanwhile (on another screen, by an undo)."""
    if record_id is None:
        record = model(name=name)
        session.add(record)
        return record
    stored = session.get(model, record_id)
    if stored is None or stored.deleted_at is not None:
        raise DomainError(gone)
    return stored


def copy_fields(target: Any, source: Any, names: Iterable[str]) -> None:
    """Copy the named fields that differ, from a draft to its record or back. Only those that differ:
    the audit trail then names what really changed. Lists are copied, never shared."""
    for name in names:
        value = getattr(source, name)
        if getattr(target, name) != value:
            setattr(target, name, list(value) if isinstance(value, list) else value)


def write_name_and_phones(record: Family | Buddy, name: str, phone: str, whatsapp: str) -> None:
    """The name as typed without its outer spaces; phone numbers as E.164 (already validated)."""
    record.name = name.strip()
    record.phone = validation.phone_number(phone, "phone")
    record.whatsapp = validation.phone_number(whatsapp, "whatsapp")


def apply_status(session: Session, record: Family | Buddy, status: StrEnum, is_new: bool) -> None:
    """A new record starts its status history; a stored one records the move, if any."""
    if is_new:
        record.status = status  # type: ignore[assignment]
        record_initial_status(session, record)
    else:
        change_status(session, record, status)

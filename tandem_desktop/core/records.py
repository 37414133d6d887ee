"""What every record can do: be deleted softly, and be restored (the undo of a delete)."""

from __future__ import annotations

import uuid

from tandem_desktop.db.models import Record, utcnow
from tandem_desktop.db.store import Store


def soft_delete(store: Store, model: type[Record], record_id: uuid.UUID) -> None:
    """The record disappears from lists and searches, but stays, with an audit entry, and can be restored."""
    with store.transaction() as session:
        record = session.get(model, record_id)
        if record is not None and record.deleted_at is None:
            record.deleted_at = utcnow()


def restore(store: Store, model: type[Record], record_id: uuid.UUID) -> None:
    with store.transaction() as session:
        record = session.get(model, record_id)
        if record is not None and record.deleted_at is not None:
            record.deleted_at = None

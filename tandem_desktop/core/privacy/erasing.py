"""Erasing people's data: those the retention rules say are due, or one on request. What is erased is
db/erasure.py's; here are the rules around it (not while a duo runs, a safety backup first, one person per
transaction so that an interruption leaves each person either erased or untouched).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from tandem_desktop.db import erasure
from tandem_desktop.db.models import Buddy, Family, Trajectory
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from ..errors import DomainError
from ..progress import NO_PROGRESS, Progress
from ..trajectories import OPEN_STATUSES

MAX_REASON_LENGTH = 200


@dataclass(frozen=True)
class Person:
    table_name: str  # "family" or "buddy"
    record_id: uuid.UUID


def find_person(store: Store, typed: str) -> Person:
    """The family or buddy (deleted ones too) whose id is `typed` or starts with it (at least 4 characters, with
    or without hyphens), as an administrator types it; DomainError when none or several match."""
    wanted = typed.strip().lower().replace("-", "")
    found: list[Person] = []
    if len(wanted) >= 4:
        with store.session() as session:
            for model, table_name in ((Family, "family"), (Buddy, "buddy")):
                ids = session.exec(select(model.id))
                found += [
                    Person(table_name, record_id) for record_id in ids if record_id.hex.startswith(wanted)
                ]
    if len(found) > 1:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "domain", "Several families or buddies have an id starting with {id}: give more of it."
            ),
            id=typed,
        )
    if not found:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "No family or buddy has the id {id}."), id=typed)
    return found[0]


def _refusal(session: Session, person: Person) -> DomainError | None:
    owner = Trajectory.family_id if person.table_name == "family" else Trajectory.buddy_id
    running = session.exec(
        select(Trajectory.id).where(
            owner == person.record_id,
            col(Trajectory.deleted_at).is_(None),
            col(Trajectory.status).in_(OPEN_STATUSES),
        )
    ).first()
    if running is None:
        return None
    if person.table_name == "family":
        text = QT_TRANSLATE_NOOP("domain", "This family is in a running duo. End the duo first, then erase.")
    else:
        text = QT_TRANSLATE_NOOP("domain", "This buddy is in a running duo. End the duo first, then erase.")
    return DomainError(text)


def _erase_one(
    store: Store,
    person: Person,
    today: dt.date,
    mentions: erasure.Mentions | None,
    *,
    on_request: bool,
    reason: str,
) -> bool:
    with store.transaction() as session:
        refusal = _refusal(session, person)
        if refusal is not None:
            raise refusal
        if mentions is None:
            mentions = erasure.Mentions(session)
        erased = erasure.erase(
            session,
            person.table_name,
            person.record_id,
            today,
            on_request=on_request,
            reason=reason,
            mentions=mentions,
        )
    if erased:
        # After the commit: the register beside the database only ever names erasures that happened. Should
        # writing it fail, the database's own register holds it, and the next opening writes it.
        with contextlib.suppress(OSError):
            erasure.register(
                store.data_dir, [erasure.Registered(person.table_name, person.record_id, today, on_request)]
            )
    return erased


def erase_on_request(store: Store, person: Person, reason: str, today: dt.date) -> bool:
    """Erase one family's or buddy's data because they asked; False when it was erased already."""
    reason = reason.strip()
    if not reason:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "Say why the data is erased (without names)."), field="reason"
        )
    if len(reason) > MAX_REASON_LENGTH:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "Keep the reason under {limit} characters."),
            field="reason",
            limit=MAX_REASON_LENGTH,
        )
    with store.session() as session:
        refusal = _refusal(session, person)
    if refusal is not None:
        raise refusal
    store.backup("erasure")
    return _erase_one(store, person, today, None, on_request=True, reason=reason)


def erase_due(
    store: Store, people: Sequence[Person], today: dt.date, progress: Progress = NO_PROGRESS
) -> int:
    """Erase those the retention rules named (the caller lists them again just before): a safety backup
    first, then one person per transaction. Returns how many were erased. A person whose duo started again
    since the list was made is left as is."""
    if not people:
        return 0
    store.backup("erasure")
    erased = 0
    mentions: erasure.Mentions | None = None
    progress(0, len(people))
    for done, person in enumerate(people, start=1):
        if mentions is None:
            with store.session() as session:
                mentions = erasure.Mentions(session)
        with contextlib.suppress(DomainError):  # a duo runs again: not due any more
            erased += _erase_one(store, person, today, mentions, on_request=False, reason="")
        progress(done, len(people))
    return erased

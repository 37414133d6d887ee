"""The intake of buddies: the list, the form's data, saving with validation, duplicates, the extract's validity."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from sqlmodel import Session, col

from tandem_desktop.db.models import Buddy, Trajectory
from tandem_desktop.db.models.enums import BuddyStatus, DutchLevel
from tandem_desktop.db.queries import live
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from . import validation, weekgrid
from .bidi import clean_name
from .drafts import apply_status, copy_fields, stored_or_new, write_name_and_phones
from .errors import DomainError, ValidationFailed
from .families import PossibleDuplicate
from .languages import distinct_codes
from .person_rules import buddy_errors
from .search import fold, phone_terms, search_key
from .status import advance_record
from .trajectories import OPEN_STATUSES

# A criminal-record extract (model 2) older than this is asked for again.
EXTRACT_VALID_DAYS = 365


class ExtractState(StrEnum):
    VALID = "valid"
    MISSING = "missing"
    EXPIRED = "expired"


def extract_state(extract_on: dt.date | None, today: dt.date) -> ExtractState:
    if extract_on is None:
        return ExtractState.MISSING
    if (today - extract_on).days > EXTRACT_VALID_DAYS:
        return ExtractState.EXPIRED
    return ExtractState.VALID


@dataclass
class Training:
    title: str
    date: dt.date | None = None


@dataclass
class BuddyDraft:
    """Everything the buddy form edits. Phone numbers are as typed; saving stores them as E.164."""

    name: str = ""
    status: BuddyStatus = BuddyStatus.CANDIDATE
    birth_year: int | None = None
    phone: str = ""
    whatsapp: str = ""
    email: str = ""
    address: str = ""
    postcode: str = ""
    municipality: str = ""
    dutch_level: DutchLevel = DutchLevel.NATIVE
    languages: list[str] = field(default_factory=list)
    ex_newcomer: bool = False
    availability: list[str] = field(default_factory=list)
    interests: list[str] = field(default_factory=list)
    capacity: int = 1
    criminal_record_extract_on: dt.date | None = None
    trainings: list[Training] = field(default_factory=list)
    notes: str = ""
    id: uuid.UUID | None = None
    erased_on: dt.date | None = None  # shown, never saved from the form


_PLAIN_FIELDS = tuple(
    f.name
    for f in dataclasses.fields(BuddyDraft)
    if f.name not in ("id", "phone", "whatsapp", "status", "trainings", "erased_on")
)


@dataclass(frozen=True)
class BuddyRow:
    id: uuid.UUID
    name: str
    status: BuddyStatus
    languages: tuple[str, ...]
    ex_newcomer: bool
    open_duos: int
    capacity: int
    postcode: str
    extract_on: dt.date | None
    search_key: str
    erased_on: dt.date | None = None  # the data was erased (the name is gone): the list says so


def buddy_rows(store: Store) -> list[BuddyRow]:
    with store.session() as session:
        buddies = list(session.exec(live(Buddy)))
        open_duos = Counter(
            t.buddy_id
            for t in session.exec(live(Trajectory).where(col(Trajectory.status).in_(OPEN_STATUSES)))
        )
    return [_row(b, open_duos[b.id]) for b in buddies]


def buddy_row(store: Store, buddy_id: uuid.UUID) -> BuddyRow | None:
    with store.session() as session:
        buddy = session.get(Buddy, buddy_id)
        if buddy is None or buddy.deleted_at is not None:
            return None
        count = len(
            session.exec(
                live(Trajectory).where(
                    Trajectory.buddy_id == buddy_id, col(Trajectory.status).in_(OPEN_STATUSES)
                )
            ).all()
        )
    return _row(buddy, count)


def _row(buddy: Buddy, open_duos: int) -> BuddyRow:
    return BuddyRow(
        id=buddy.id,
        name=buddy.name,
        status=buddy.status,
        languages=tuple(buddy.languages),
        ex_newcomer=buddy.ex_newcomer,
        open_duos=open_duos,
        capacity=buddy.capacity,
        postcode=buddy.postcode,
        extract_on=buddy.criminal_record_extract_on,
        search_key=search_key(buddy.name, buddy.email, phone_terms(buddy.phone, buddy.whatsapp)),
        erased_on=buddy.erased_on,
    )


def load_buddy(store: Store, buddy_id: uuid.UUID) -> BuddyDraft:
    with store.session() as session:
        buddy = session.get(Buddy, buddy_id)
    if buddy is None or buddy.deleted_at is not None:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "This buddy no longer exists."))
    draft = BuddyDraft(
        id=buddy.id,
        status=buddy.status,
        phone=validation.display_phone(buddy.phone),
        whatsapp=validation.display_phone(buddy.whatsapp),
        erased_on=buddy.erased_on,
        trainings=[
            Training(t.get("title", ""), dt.date.fromisoformat(t["date"]) if t.get("date") else None)
            for t in buddy.trainings
        ],
    )
    copy_fields(draft, buddy, _PLAIN_FIELDS)
    return draft


def _as_model(draft: BuddyDraft) -> Buddy:
    return Buddy(
        **{name: getattr(draft, name) for name in _PLAIN_FIELDS},
        phone=draft.phone,
        whatsapp=draft.whatsapp,
        status=draft.status,
    )


def buddy_errors_of(draft: BuddyDraft, today: dt.date) -> list[DomainError]:
    errors = buddy_errors(_as_model(draft), today)
    for i, training in enumerate(draft.trainings):
        # Each check apart: a missing title must not hide a date in the future on the same line.
        try:
            validation.required(training.title, f"trainings[{i}].title")
        except DomainError as exc:
            errors.append(exc)
        try:
            validation.not_in_future(training.date, f"trainings[{i}].date", today)
        except DomainError as exc:
            errors.append(exc)
    return errors


def save_buddy(store: Store, draft: BuddyDraft, today: dt.date) -> uuid.UUID:
    """Create or update the buddy in a transaction of its own (see `save_buddy_in`). Returns its id."""
    with store.transaction() as session:
        return save_buddy_in(session, draft, today).id


def save_buddy_in(
    session: Session, draft: BuddyDraft, today: dt.date, *, registered_on: dt.date | None = None
) -> Buddy:
    """Create or update the buddy within the caller's transaction; the one way a buddy is written.

    Checked first (ValidationFailed names every field in error); the name is cleaned, phone numbers are stored
    as E.164, a new buddy starts its status history. `registered_on` is a new buddy's registration day (by
    default the model's: the clock's date), for a caller that replays the past (the demo)."""
    errors = buddy_errors_of(draft, today)
    if errors:
        raise ValidationFailed(errors)
    buddy = stored_or_new(
        session,
        Buddy,
        draft.id,
        clean_name(draft.name),
        QT_TRANSLATE_NOOP("domain", "This buddy no longer exists."),
    )
    if buddy.erased_on is not None:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "This buddy's data was erased: it cannot be changed."))
    if draft.id is None and registered_on is not None:
        buddy.registered_on = registered_on
    copy_fields(buddy, draft, _PLAIN_FIELDS)
    write_name_and_phones(buddy, draft.name, draft.phone, draft.whatsapp)
    buddy.availability = weekgrid.normalised(draft.availability)
    buddy.languages = distinct_codes(draft.languages)  # each language once
    trainings = [
        {"title": t.title.strip(), "date": t.date.isoformat() if t.date else ""} for t in draft.trainings
    ]
    if buddy.trainings != trainings:
        buddy.trainings = trainings
    apply_status(session, buddy, draft.status, is_new=draft.id is None)
    return buddy


def _address(email: str) -> str:
    """An e-mail address to compare: case aside, as written (search's folding would take "an-sofie@" and
    "ansofie@" for one address)."""
    return email.strip().casefold()


SAME_BUDDY_NAME = QT_TRANSLATE_NOOP("domain", "Another buddy has the same name: {name}.")
SAME_BUDDY_CONTACT = QT_TRANSLATE_NOOP("domain", "{name} has the same phone number or e-mail address.")


def possible_duplicates(store: Store, draft: BuddyDraft) -> list[PossibleDuplicate]:
    name = fold(draft.name)
    contacts: set[str] = {_address(draft.email)} - {""}
    for typed in (draft.phone, draft.whatsapp):
        try:
            number = validation.phone_number(typed, "phone")
        except DomainError:
            number = None
        if number:
            contacts.add(number)
    found = []
    with store.session() as session:
        others = [b for b in session.exec(live(Buddy)) if b.id != draft.id]
    for other in others:
        if name and fold(other.name) == name:
            found.append(PossibleDuplicate(other.id, other.name, SAME_BUDDY_NAME, {"name": other.name}))
        elif contacts & {other.phone, other.whatsapp, _address(other.email)}:
            found.append(PossibleDuplicate(other.id, other.name, SAME_BUDDY_CONTACT, {"name": other.name}))
    return found


# A buddy's way from candidate to available: each step is kept in the status history.
TO_AVAILABLE = (BuddyStatus.CANDIDATE, BuddyStatus.SCREENED, BuddyStatus.AVAILABLE)


def make_available(store: Store, buddy_id: uuid.UUID) -> None:
    """A candidate (or screened) buddy whose screening and training are done can be matched from now on."""
    advance_record(
        store, Buddy, buddy_id, TO_AVAILABLE, QT_TRANSLATE_NOOP("domain", "This buddy no longer exists.")
    )

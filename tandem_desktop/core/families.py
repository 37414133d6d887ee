"""The intake of families: the list, the form's data, saving with validation, duplicates, delete and undo.

The GUI works with the plain dataclasses here (drafts and rows), never with live ORM objects.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from tandem_desktop.db.models import Family, FamilyMember, StatusChange, utcnow
from tandem_desktop.db.models.enums import ConsentKind, DutchLevel, FamilyStatus, MemberRole, PhotoConsent
from tandem_desktop.db.queries import live, stored_text
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from . import validation, weekgrid
from .bidi import clean_name
from .dates import age_in_year
from .drafts import apply_status, copy_fields, stored_or_new, write_name_and_phones
from .errors import DomainError, ValidationFailed
from .languages import distinct_codes
from .person_rules import family_errors
from .privacy import consent
from .search import fold, phone_terms, search_key
from .status import advance_record


@dataclass
class MemberDraft:
    name: str = ""
    role: MemberRole = MemberRole.CHILD
    birth_year: int | None = None
    id: uuid.UUID | None = None  # None: a member added in this form

    def age(self, today: dt.date) -> int | None:
        return age_in_year(self.birth_year, today)


@dataclass
class FamilyDraft:
    """Everything the family form edits. Phone numbers are as typed; saving stores them as E.164."""

    name: str = ""
    status: FamilyStatus = FamilyStatus.REGISTERED
    mother_tongue: str | None = None
    contact_languages: list[str] = field(default_factory=list)
    dutch_level: DutchLevel = DutchLevel.NONE
    arrival_date: dt.date | None = None
    family_reunification: bool = False
    address: str = ""
    postcode: str = ""
    municipality: str = ""
    phone: str = ""
    whatsapp: str = ""
    needs: list[str] = field(default_factory=list)
    needs_other: str = ""
    unavailability: list[str] = field(default_factory=list)
    sensitive_constraints: str = ""
    referred_by: str = ""
    consent_date: dt.date | None = None
    consent_text_version: str = ""
    photo_consent: PhotoConsent = PhotoConsent.NOT_ASKED
    buddy_preferences: str = ""
    notes: str = ""
    members: list[MemberDraft] = field(default_factory=list)
    id: uuid.UUID | None = None  # None: a new family
    # Shown, never saved from the form: the consent records, and the day the data was erased.
    consents: tuple[ConsentLine, ...] = ()
    erased_on: dt.date | None = None


@dataclass(frozen=True)
class ConsentLine:
    kind: ConsentKind
    given: bool
    answered_on: dt.date
    text_version: str
    recorded_by: str
    withdrawn_on: dt.date | None


# The draft's fields that are stored on Family as they are (phones and members are handled apart).
_PLAIN_FIELDS = tuple(
    f.name
    for f in dataclasses.fields(FamilyDraft)
    if f.name
    not in ("id", "members", "phone", "whatsapp", "status", "photo_consent", "consents", "erased_on")
)


@dataclass(frozen=True)
class FamilyRow:
    """One line of the families list."""

    id: uuid.UUID
    name: str
    status: FamilyStatus
    member_names: tuple[str, ...]
    children: int
    languages: tuple[str, ...]  # mother tongue first, then the contact languages
    needs: tuple[str, ...]
    waiting_since: dt.date | None  # when the family joined the waiting list, while it waits
    registered_on: dt.date
    search_key: str  # folded names and phone digits, for search as you type
    erased_on: dt.date | None = None  # the data was erased (the name is gone): the list says so


@dataclass(frozen=True)
class PossibleDuplicate:
    id: uuid.UUID
    name: str
    reason: str  # English template, marked for translation, filled with `params` (after translation)
    params: dict[str, str]

    @property
    def message(self) -> str:
        return self.reason.format(**self.params)


# -- the list ----------------------------------------------------------------------------------------


# The columns a list line needs: read as plain tuples, not as ORM objects (10,000 families with their
# members load in a fraction of the time).
_ROW_COLUMNS: tuple[Any, ...] = (
    Family.id,
    Family.name,
    Family.status,
    Family.mother_tongue,
    stored_text(Family.contact_languages),  # JSON lists, few of them different: parsed once each (_Lists)
    stored_text(Family.needs),
    Family.registered_on,
    Family.phone,
    Family.whatsapp,
    Family.erased_on,
)


def family_rows(store: Store) -> list[FamilyRow]:
    return _rows(store, None)


def family_row(store: Store, family_id: uuid.UUID) -> FamilyRow | None:
    """The list line of one family (after it was saved), or None when it is deleted."""
    rows = _rows(store, family_id)
    return rows[0] if rows else None


def _rows(store: Store, family_id: uuid.UUID | None) -> list[FamilyRow]:
    # SQLAlchemy's own select: SQLModel's is typed for at most four columns.
    families = sa.select(*_ROW_COLUMNS).where(col(Family.deleted_at).is_(None))
    # The members (five for each of 10,000 families) as stored: converting their family's id and their role
    # value by value was most of the list's time.
    members = (
        sa.select(stored_text(FamilyMember.family_id), col(FamilyMember.name), stored_text(FamilyMember.role))
        .where(col(FamilyMember.deleted_at).is_(None), col(FamilyMember.left_on).is_(None))
        .order_by(col(FamilyMember.family_id), col(FamilyMember.position))
    )
    if family_id is not None:
        families = families.where(col(Family.id) == family_id)
        members = members.where(col(FamilyMember.family_id) == family_id)
    by_family: dict[str, list[tuple[str, MemberRole]]] = defaultdict(list)
    with store.session() as session:
        for owner, name, role in session.execute(members):
            by_family[owner].append((name, _ROLES[role]))
        waiting_since = waiting_since_dates(session, family_id)
        lists = _Lists()
        return [
            _row(family, by_family[family[0].hex], waiting_since.get(family[0]), lists)
            for family in session.execute(families)
        ]


class _Lists:
    """The JSON lists of one read (languages, needs), each text parsed once: most families share them."""

    def __init__(self) -> None:
        self._parsed: dict[str | None, tuple[str, ...]] = {}

    def __call__(self, text: str | None) -> tuple[str, ...]:
        found = self._parsed.get(text)
        if found is None:
            found = self._parsed[text] = tuple(json.loads(text)) if text else ()
        return found


_ROLES = {role.value: role for role in MemberRole}


def waiting_since_dates(session: Session, family_id: uuid.UUID | None = None) -> dict[uuid.UUID, dt.date]:
    query = live(StatusChange).where(
        StatusChange.subject_type == "family", StatusChange.new_status == FamilyStatus.WAITING.value
    )
    if family_id is not None:
        query = query.where(StatusChange.subject_id == family_id)
    latest: dict[uuid.UUID, dt.datetime] = {}
    for change in session.exec(query):
        if change.subject_id not in latest or change.changed_at > latest[change.subject_id]:
            latest[change.subject_id] = change.changed_at
    return {family: at.date() for family, at in latest.items()}


def _row(
    family: Any, members: list[tuple[str, MemberRole]], waiting_since: dt.date | None, lists: _Lists
) -> FamilyRow:
    (
        family_id,
        name,
        status,
        mother_tongue,
        contact_languages,
        needs,
        registered_on,
        phone,
        whatsapp,
        erased,
    ) = family
    languages = ([mother_tongue] if mother_tongue else []) + list(lists(contact_languages))
    names = tuple(member_name for member_name, _role in members)
    return FamilyRow(
        id=family_id,
        name=name,
        status=status,
        member_names=names,
        children=sum(1 for _name, role in members if role == MemberRole.CHILD),
        languages=tuple(dict.fromkeys(languages)),
        needs=lists(needs),
        waiting_since=waiting_since if status == FamilyStatus.WAITING else None,
        registered_on=registered_on,
        search_key=search_key(name, *names, phone_terms(phone, whatsapp)),
        erased_on=erased,
    )


# -- the form ----------------------------------------------------------------------------------------


def load_family(store: Store, family_id: uuid.UUID) -> FamilyDraft:
    with store.session() as session:
        family = session.get(Family, family_id)
        if family is None or family.deleted_at is not None:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "This family no longer exists."))
        members = current_members(session, family_id)
        consents = tuple(
            ConsentLine(c.kind, c.given, c.answered_on, c.text_version, c.recorded_by, c.withdrawn_on)
            for c in consent.consents_of(session, family)
        )
    draft = FamilyDraft(
        id=family.id,
        status=family.status,
        photo_consent=family.photo_consent,
        consents=consents,
        erased_on=family.erased_on,
        phone=validation.display_phone(family.phone),
        whatsapp=validation.display_phone(family.whatsapp),
        members=[MemberDraft(id=m.id, name=m.name, role=m.role, birth_year=m.birth_year) for m in members],
    )
    copy_fields(draft, family, _PLAIN_FIELDS)
    return draft


def family_errors_of(draft: FamilyDraft, today: dt.date) -> list[DomainError]:
    """Every field in error, for showing at the fields; saving refuses while there are any."""
    family, members = _as_models(draft)
    return family_errors(family, members, today)


def _as_models(draft: FamilyDraft) -> tuple[Family, list[FamilyMember]]:
    family = Family(
        **{name: getattr(draft, name) for name in _PLAIN_FIELDS},
        phone=draft.phone,
        whatsapp=draft.whatsapp,
        status=draft.status,
    )
    members = [
        FamilyMember(family_id=family.id, name=m.name, role=m.role, birth_year=m.birth_year)
        for m in draft.members
    ]
    return family, members


def current_members(session: Session, family_id: uuid.UUID) -> list[FamilyMember]:
    """The household as it is now (members who left are not in it), in the order the coordinator gave."""
    return list(
        session.exec(
            live(FamilyMember)
            .where(FamilyMember.family_id == family_id, col(FamilyMember.left_on).is_(None))
            .order_by(col(FamilyMember.position))
        )
    )


def save_family(store: Store, draft: FamilyDraft, today: dt.date) -> uuid.UUID:
    """Create or update the family in a transaction of its own (see `save_family_in`). Returns its id."""
    with store.transaction() as session:
        return save_family_in(session, draft, today).id


def save_family_in(
    session: Session, draft: FamilyDraft, today: dt.date, *, registered_on: dt.date | None = None
) -> Family:
    """Create or update the family within the caller's transaction; the one way a family is written.

    Checked first (ValidationFailed names every field in error); the name is cleaned, phone numbers are stored
    as E.164, a new family starts its status history, members removed in the form are soft-deleted.
    `registered_on` is a new family's registration day (by default the model's: the clock's date), for a
    caller that replays the past (the demo)."""
    errors = family_errors_of(draft, today)
    if errors:
        raise ValidationFailed(errors)
    family = stored_or_new(
        session,
        Family,
        draft.id,
        clean_name(draft.name),
        QT_TRANSLATE_NOOP("domain", "This family no longer exists."),
    )
    if family.erased_on is not None:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "This family's data was erased: it cannot be changed."))
    if draft.id is None and registered_on is not None:
        family.registered_on = registered_on
    copy_fields(family, draft, _PLAIN_FIELDS)
    if draft.photo_consent != family.photo_consent:
        # A first answer is dated with the consent the form records; a change of answer happens today.
        first = family.photo_consent == PhotoConsent.NOT_ASKED
        answered_on = family.consent_date if first and family.consent_date else today
        consent.set_photo_answer_now(session, family, draft.photo_consent, answered_on)
    write_name_and_phones(family, draft.name, draft.phone, draft.whatsapp)
    family.unavailability = weekgrid.normalised(draft.unavailability)
    # Each language once; the mother tongue is not repeated among the contact languages.
    family.contact_languages = distinct_codes(draft.contact_languages, besides=draft.mother_tongue)
    apply_status(session, family, draft.status, is_new=draft.id is None)
    _save_members(session, family.id, draft.members)
    return family


def _save_members(session: Session, family_id: uuid.UUID, drafts: list[MemberDraft]) -> None:
    stored = {m.id: m for m in session.exec(live(FamilyMember).where(FamilyMember.family_id == family_id))}
    kept: set[uuid.UUID] = set()
    for position, draft in enumerate(drafts):
        member = stored.get(draft.id) if draft.id is not None else None
        if member is None:
            member = FamilyMember(family_id=family_id, name=clean_name(draft.name))
            session.add(member)
        kept.add(member.id)
        for name, value in (
            ("name", clean_name(draft.name)),
            ("role", draft.role),
            ("birth_year", draft.birth_year),
            ("position", position),
        ):
            if getattr(member, name) != value:
                setattr(member, name, value)
    now = utcnow()
    for member_id, member in stored.items():
        if member_id not in kept and member.left_on is None:
            # Soft-deleted, not removed: activities and attendance may refer to this person.
            member.deleted_at = now


# -- duplicates --------------------------------------------------------------------------------------

SAME_NAME = QT_TRANSLATE_NOOP("domain", "Another family has the same name: {name}.")
SAME_PHONE = QT_TRANSLATE_NOOP("domain", "{name} has the same phone number.")
SAME_MEMBER = QT_TRANSLATE_NOOP("domain", "{name} has a member with the same name and birth year: {member}.")


def possible_duplicates(store: Store, draft: FamilyDraft) -> list[PossibleDuplicate]:
    """Families that may be this one: same name, same phone, or a member with the same name and birth
    year. The coordinator decides; nothing is refused for it."""
    name = fold(draft.name)
    phones = set()
    for typed in (draft.phone, draft.whatsapp):
        try:
            number = validation.phone_number(typed, "phone")
        except DomainError:
            number = None
        if number:
            phones.add(number)
    people = {
        (fold(m.name), m.birth_year) for m in draft.members if m.name.strip() and m.birth_year is not None
    }
    found: list[PossibleDuplicate] = []
    with store.session() as session:
        others = [f for f in session.exec(live(Family)) if f.id != draft.id]
        members = session.exec(
            live(FamilyMember).where(col(FamilyMember.family_id).in_([f.id for f in others]))
        ).all()
    by_family: dict[uuid.UUID, list[FamilyMember]] = defaultdict(list)
    for member in members:
        by_family[member.family_id].append(member)
    for other in others:
        if name and fold(other.name) == name:
            found.append(PossibleDuplicate(other.id, other.name, SAME_NAME, {"name": other.name}))
        elif phones & {other.phone, other.whatsapp}:
            found.append(PossibleDuplicate(other.id, other.name, SAME_PHONE, {"name": other.name}))
        else:
            twin = next((m for m in by_family[other.id] if (fold(m.name), m.birth_year) in people), None)
            if twin is not None:
                params = {"name": other.name, "member": twin.name}
                found.append(PossibleDuplicate(other.id, other.name, SAME_MEMBER, params))
    return found


# A family's way from registration to the waiting list: each step is kept in its status history.
TO_WAITING_LIST = (FamilyStatus.REGISTERED, FamilyStatus.INTAKE_DONE, FamilyStatus.WAITING)


def put_on_waiting_list(store: Store, family_id: uuid.UUID) -> None:
    """A registered family (or one whose intake is done) goes on the waiting list, where matching finds it."""
    gone = QT_TRANSLATE_NOOP("domain", "This family no longer exists.")
    advance_record(store, Family, family_id, TO_WAITING_LIST, gone)

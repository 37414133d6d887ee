"""The directory of organisations, and the referrals of families to them (toeleiding).

A referral is open while its outcome is pending or the family is on a waiting list; its follow-up date
then shows as due on the overview. Closing it records the outcome.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from tandem_desktop.db.models import Family, Organisation, Referral, Trajectory
from tandem_desktop.db.models.enums import FamilyStatus, OrganisationCategory, ReferralOutcome
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from . import validation
from .bidi import clean_name
from .drafts import assign_changed, existing
from .errors import DomainError, ValidationFailed
from .languages import distinct_codes
from .search import fold, phone_terms, search_key
from .trajectories import running_duo_of

# Outcomes that still ask something of the coordinator: she follows them up.
OPEN_OUTCOMES = (ReferralOutcome.PENDING, ReferralOutcome.WAITING_LIST)

# Said when a record was deleted meanwhile (on another screen, by an undo).
ORGANISATION_GONE = QT_TRANSLATE_NOOP("domain", "This organisation no longer exists.")
REFERRAL_GONE = QT_TRANSLATE_NOOP("domain", "This referral no longer exists.")


@dataclass
class OrganisationDraft:
    name: str = ""
    category: OrganisationCategory = OrganisationCategory.OTHER
    address: str = ""
    postcode: str = ""
    municipality: str = ""
    contact_person: str = ""
    phone: str = ""  # as typed; stored as E.164
    email: str = ""
    website: str = ""
    languages: list[str] = field(default_factory=list)
    notes: str = ""
    id: uuid.UUID | None = None


_TEXT_FIELDS = ("address", "postcode", "municipality", "contact_person", "email", "website", "notes")


def save_organisation(store: Store, draft: OrganisationDraft) -> uuid.UUID:
    """Create or update the organisation in a transaction of its own (see `save_organisation_in`)."""
    with store.transaction() as session:
        return save_organisation_in(session, draft).id


def save_organisation_in(session: Session, draft: OrganisationDraft) -> Organisation:
    """Create or update the organisation within the caller's transaction; raises ValidationFailed."""
    phone: list[str | None] = [None]

    def check_phone() -> None:
        phone[0] = validation.phone_number(draft.phone, "phone")

    errors = validation.collect(
        [
            lambda: validation.required(draft.name, "name"),
            check_phone,
            lambda: validation.email_address(draft.email, "email"),
        ]
    )
    if errors:
        raise ValidationFailed(errors)
    if draft.id is None:
        organisation = Organisation(name=clean_name(draft.name))
        session.add(organisation)
    else:
        organisation = existing(session, Organisation, draft.id, ORGANISATION_GONE)
    values: dict[str, object] = {
        "name": clean_name(draft.name),
        "category": draft.category,
        "phone": phone[0],
        "languages": distinct_codes(draft.languages),  # each language once
        **{name: getattr(draft, name).strip() for name in _TEXT_FIELDS},
    }
    assign_changed(organisation, values)
    session.flush()
    return organisation


def load_organisation(store: Store, organisation_id: uuid.UUID) -> OrganisationDraft:
    with store.session() as session:
        stored = existing(session, Organisation, organisation_id, ORGANISATION_GONE)
        return OrganisationDraft(
            name=stored.name,
            category=stored.category,
            phone=validation.display_phone(stored.phone),
            languages=list(stored.languages),
            id=stored.id,
            **{name: getattr(stored, name) for name in _TEXT_FIELDS},
        )


@dataclass(frozen=True)
class OrganisationRow:
    id: uuid.UUID
    name: str
    category: OrganisationCategory
    municipality: str
    contact_person: str
    phone: str | None
    languages: tuple[str, ...]
    open_referrals: int
    search_key: str


def organisation_rows(store: Store, organisation_id: uuid.UUID | None = None) -> list[OrganisationRow]:
    with store.session() as session:
        open_counts = dict(
            session.execute(
                sa.select(col(Referral.organisation_id), sa.func.count())
                .where(col(Referral.deleted_at).is_(None), col(Referral.outcome).in_(OPEN_OUTCOMES))
                .group_by(col(Referral.organisation_id))
            ).all()
        )
        query = sa.select(Organisation).where(col(Organisation.deleted_at).is_(None))
        if organisation_id is not None:
            query = query.where(col(Organisation.id) == organisation_id)
        return [
            OrganisationRow(
                id=o.id,
                name=o.name,
                category=o.category,
                municipality=o.municipality,
                contact_person=o.contact_person,
                phone=o.phone,
                languages=tuple(o.languages),
                open_referrals=open_counts.get(o.id, 0),
                search_key=search_key(o.name, o.municipality, o.contact_person, o.notes)
                + phone_terms(o.phone),
            )
            for o in session.execute(query).scalars()
        ]


# -- referrals ---------------------------------------------------------------------------------------


@dataclass
class ReferralDraft:
    family_id: uuid.UUID | None
    organisation_id: uuid.UUID | None
    purpose: str
    referred_on: dt.date
    follow_up_on: dt.date | None = None
    outcome: ReferralOutcome = ReferralOutcome.PENDING
    notes: str = ""
    id: uuid.UUID | None = None


def referral_errors(draft: ReferralDraft, today: dt.date) -> list[DomainError]:
    def chosen(value: object, field: str) -> None:
        if value is None:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "Choose one in the list."), field=field)

    return validation.collect(
        [
            lambda: chosen(draft.family_id, "family"),
            lambda: chosen(draft.organisation_id, "organisation"),
            lambda: validation.required(draft.purpose, "purpose"),
            lambda: validation.not_in_future(draft.referred_on, "referred_on", today),
            lambda: validation.date_order(draft.referred_on, draft.follow_up_on, "follow_up_on"),
        ]
    )


def save_referral(store: Store, draft: ReferralDraft, today: dt.date) -> uuid.UUID:
    errors = referral_errors(draft, today)
    if errors:
        raise ValidationFailed(errors)
    assert draft.family_id is not None and draft.organisation_id is not None
    with store.transaction() as session:
        for model, record_id in ((Family, draft.family_id), (Organisation, draft.organisation_id)):
            record = session.get(model, record_id)
            if record is None or record.deleted_at is not None:
                raise DomainError(
                    QT_TRANSLATE_NOOP("domain", "This family or organisation no longer exists.")
                )
        if draft.id is None:
            referral = Referral(
                family_id=draft.family_id,
                organisation_id=draft.organisation_id,
                purpose="",
                referred_on=draft.referred_on,
            )
            session.add(referral)
        else:
            referral = existing(session, Referral, draft.id, REFERRAL_GONE)
        values: dict[str, object] = {
            "family_id": draft.family_id,
            "organisation_id": draft.organisation_id,
            "trajectory_id": running_duo_of(session, draft.family_id, draft.referred_on),
            "purpose": draft.purpose.strip(),
            "referred_on": draft.referred_on,
            "outcome": draft.outcome,
            # A closed referral has nothing left to follow up.
            "follow_up_on": draft.follow_up_on if draft.outcome in OPEN_OUTCOMES else None,
            "notes": draft.notes.strip(),
        }
        assign_changed(referral, values)
        session.flush()
        return referral.id


def load_referral(store: Store, referral_id: uuid.UUID) -> ReferralDraft:
    with store.session() as session:
        stored = existing(session, Referral, referral_id, REFERRAL_GONE)
        return ReferralDraft(
            family_id=stored.family_id,
            organisation_id=stored.organisation_id,
            purpose=stored.purpose,
            referred_on=stored.referred_on,
            follow_up_on=stored.follow_up_on,
            outcome=stored.outcome,
            notes=stored.notes,
            id=stored.id,
        )


@dataclass(frozen=True)
class ReferralRow:
    id: uuid.UUID
    family_id: uuid.UUID
    family_name: str
    organisation_id: uuid.UUID
    organisation_name: str
    category: OrganisationCategory
    purpose: str
    referred_on: dt.date
    outcome: ReferralOutcome
    follow_up_on: dt.date | None
    search_key: str

    @property
    def is_open(self) -> bool:
        return self.outcome in OPEN_OUTCOMES

    def is_due(self, today: dt.date) -> bool:
        return self.is_open and self.follow_up_on is not None and self.follow_up_on <= today


def _referral_query() -> Any:
    return (
        sa.select(
            col(Referral.id),
            col(Referral.family_id),
            col(Family.name),
            col(Referral.organisation_id),
            col(Organisation.name),
            col(Organisation.category),
            col(Referral.purpose),
            col(Referral.referred_on),
            col(Referral.outcome),
            col(Referral.follow_up_on),
        )
        .join(Family, col(Family.id) == col(Referral.family_id))
        .join(Organisation, col(Organisation.id) == col(Referral.organisation_id))
        .where(col(Referral.deleted_at).is_(None))
    )


def _rows(session: Session, query: sa.Select[Any]) -> list[ReferralRow]:
    rows = []
    for values in session.execute(query):
        family, organisation, purpose = values[2], values[4], values[6]
        key = search_key(family, organisation, purpose)
        rows.append(ReferralRow(*values, search_key=key))  # type: ignore[misc]
    return rows


def referral_rows(store: Store, referral_id: uuid.UUID | None = None) -> list[ReferralRow]:
    query = _referral_query().order_by(col(Referral.referred_on).desc())
    if referral_id is not None:
        query = query.where(col(Referral.id) == referral_id)
    with store.session() as session:
        return _rows(session, query)


def referrals_due(session: Session, today: dt.date) -> list[ReferralRow]:
    """Open referrals whose follow-up date has come, the oldest first."""
    query = (
        _referral_query()
        .where(
            col(Referral.outcome).in_(OPEN_OUTCOMES),
            col(Referral.follow_up_on).is_not(None),
            col(Referral.follow_up_on) <= today,
        )
        .order_by(col(Referral.follow_up_on))
    )
    return _rows(session, query)


@dataclass(frozen=True)
class Choice:
    """A record as a choice in a list: its id and its name."""

    id: uuid.UUID
    name: str


def family_choices(store: Store) -> list[Choice]:
    """The families that can be referred: all but those who withdrew, by name."""
    query = sa.select(col(Family.id), col(Family.name)).where(
        col(Family.deleted_at).is_(None), col(Family.status) != FamilyStatus.WITHDRAWN
    )
    with store.session() as session:
        return sorted((Choice(*values) for values in session.execute(query)), key=lambda c: fold(c.name))


def family_of_duo(store: Store, trajectory_id: uuid.UUID) -> uuid.UUID | None:
    with store.session() as session:
        trajectory = session.get(Trajectory, trajectory_id)
        return trajectory.family_id if trajectory is not None else None


def organisation_choices(store: Store) -> list[Choice]:
    query = sa.select(col(Organisation.id), col(Organisation.name)).where(
        col(Organisation.deleted_at).is_(None)
    )
    with store.session() as session:
        return sorted((Choice(*values) for values in session.execute(query)), key=lambda c: fold(c.name))

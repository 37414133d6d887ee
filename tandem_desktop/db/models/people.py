"""Families (households) with their members, buddies, and the history of their statuses."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON
from sqlmodel import Field

from .base import Record, UTCDateTime, enum_field, utcnow
from .enums import BuddyStatus, ConsentKind, DutchLevel, FamilyStatus, MemberRole, PhotoConsent


class Family(Record, table=True):
    __tablename__ = "family"

    # How the coordinator names the household in lists, e.g. "Gezin Haile"; any script.
    name: str = Field(index=True)
    status: FamilyStatus = enum_field(FamilyStatus, FamilyStatus.REGISTERED, index=True)
    registered_on: dt.date = Field(default_factory=dt.date.today)

    # Languages as ISO 639 codes ("ar", "ti", "nl"); names come from the reference list.
    mother_tongue: str | None = None
    contact_languages: list[str] = Field(default_factory=list, sa_type=JSON)
    dutch_level: DutchLevel = enum_field(DutchLevel, DutchLevel.NONE)

    arrival_date: dt.date | None = None
    family_reunification: bool = False

    address: str = ""
    postcode: str = Field(default="", index=True)
    municipality: str = ""
    # Phone numbers are stored as E.164 ("+32470123456"), parsed and checked by core.
    phone: str | None = None
    whatsapp: str | None = None

    needs: list[str] = Field(default_factory=list, sa_type=JSON)
    needs_other: str = ""
    # Week slots the family cannot meet ("mon-morning", ...), e.g. Dutch course times.
    unavailability: list[str] = Field(default_factory=list, sa_type=JSON)
    # Housing and health constraints: kept apart from everything else because they are sensitive,
    # so that exports, reports and screens can leave them out.
    sensitive_constraints: str = ""
    referred_by: str = ""

    consent_date: dt.date | None = None
    consent_text_version: str = ""
    # The answer in force; every answer and withdrawal is a Consent record.
    photo_consent: PhotoConsent = enum_field(PhotoConsent, PhotoConsent.NOT_ASKED)

    buddy_preferences: str = ""
    notes: str = ""
    # The day the family's personal data was erased (db/erasure.py); the record stays for the figures.
    erased_on: dt.date | None = None


class FamilyMember(Record, table=True):
    __tablename__ = "family_member"

    family_id: uuid.UUID = Field(foreign_key="family.id", index=True)
    name: str = Field(index=True)
    role: MemberRole = enum_field(MemberRole, MemberRole.OTHER)
    birth_year: int | None = None
    position: int = 0  # order within the household, as the coordinator entered it
    # A member who left the household stays on record (activities refer to them) but is not current.
    left_on: dt.date | None = None

    @property
    def is_child(self) -> bool:
        return self.role == MemberRole.CHILD


class Buddy(Record, table=True):
    __tablename__ = "buddy"

    name: str = Field(index=True)
    status: BuddyStatus = enum_field(BuddyStatus, BuddyStatus.CANDIDATE, index=True)
    registered_on: dt.date = Field(default_factory=dt.date.today)
    birth_year: int | None = None

    phone: str | None = None
    whatsapp: str | None = None
    email: str = ""
    address: str = ""
    postcode: str = Field(default="", index=True)
    municipality: str = ""

    dutch_level: DutchLevel = enum_field(DutchLevel, DutchLevel.NATIVE)
    languages: list[str] = Field(default_factory=list, sa_type=JSON)
    ex_newcomer: bool = False
    # Week slots the buddy is free ("wed-afternoon", ...).
    availability: list[str] = Field(default_factory=list, sa_type=JSON)
    interests: list[str] = Field(default_factory=list, sa_type=JSON)
    capacity: int = 1  # duos at once
    criminal_record_extract_on: dt.date | None = None
    # [{"title": "...", "date": "YYYY-MM-DD"}]
    trainings: list[dict[str, str]] = Field(default_factory=list, sa_type=JSON)
    notes: str = ""
    erased_on: dt.date | None = None  # as Family.erased_on


class Consent(Record, table=True):
    """One answer of a family to a consent question: what was agreed (the clause as worded then), when, and
    who recorded it. A withdrawal is recorded on the answer it withdraws, with its date."""

    __tablename__ = "consent"

    family_id: uuid.UUID = Field(foreign_key="family.id", index=True)
    kind: ConsentKind = enum_field(ConsentKind, ConsentKind.DATA)
    given: bool = True  # photos: yes or no; data: always yes (without it there is no trajectory)
    answered_on: dt.date
    text_version: str = ""  # "agreement 2", or the settings' consent text version for an intake form
    text: str = ""  # the clause as the family read it (Dutch)
    recorded_by: str = ""  # the coordinator and the laptop's user, as in the audit trail
    withdrawn_on: dt.date | None = None


class Erasure(Record, table=True):
    """The erasure register: which record's personal data was erased, and when. Ids and dates only; it is
    also kept beside the database (db/erasure.py), so that a restore of an older backup erases them again."""

    __tablename__ = "erasure"

    table_name: str  # "family" or "buddy"
    record_id: uuid.UUID = Field(index=True, unique=True)
    erased_on: dt.date
    on_request: bool = False  # asked for by the person, rather than the retention rule
    reason: str = (
        ""  # why, as the coordinator wrote it for an erasure on request (no names: see docs/privacy.md)
    )


class StatusChange(Record, table=True):
    """One step of a family's, buddy's or trajectory's status, with its date."""

    __tablename__ = "status_change"

    subject_type: str = Field(index=True)  # "family", "buddy", "trajectory"
    subject_id: uuid.UUID = Field(index=True)
    old_status: str | None = None
    new_status: str
    changed_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    note: str = ""

"""Families (households) with their members, buddies, and the history of their statuses."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON
from sqlmodel import Field

from .base import Record, UTCDateTime, enum_field, utcnow
from .enums import BuddyStatus, DutchLevel, FamilyStatus, MemberRole


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
    photo_consent: bool = False

    buddy_preferences: str = ""
    notes: str = ""


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


class StatusChange(Record, table=True):
    """One step of a family's, buddy's or trajectory's status, with its date."""

    __tablename__ = "status_change"

    subject_type: str = Field(index=True)  # "family", "buddy", "trajectory"
    subject_id: uuid.UUID = Field(index=True)
    old_status: str | None = None
    new_status: str
    changed_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    note: str = ""

"""The family's way into the city: organisations, referrals, and signals to the policy officer."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON
from sqlmodel import Field

from .base import Record, enum_field
from .enums import OrganisationCategory, ReferralOutcome, SignalSource, SignalStatus, SignalTheme


class Organisation(Record, table=True):
    __tablename__ = "organisation"

    name: str = Field(index=True)
    category: OrganisationCategory = enum_field(OrganisationCategory, OrganisationCategory.OTHER, index=True)
    address: str = ""
    postcode: str = ""
    municipality: str = ""
    contact_person: str = ""
    phone: str | None = None
    email: str = ""
    website: str = ""
    languages: list[str] = Field(default_factory=list, sa_type=JSON)
    notes: str = ""


class Referral(Record, table=True):
    """Guiding a family to an organisation (toeleiding)."""

    __tablename__ = "referral"

    family_id: uuid.UUID = Field(foreign_key="family.id", index=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    trajectory_id: uuid.UUID | None = Field(default=None, foreign_key="trajectory.id", index=True)
    purpose: str
    referred_on: dt.date
    outcome: ReferralOutcome = enum_field(ReferralOutcome, ReferralOutcome.PENDING)
    follow_up_on: dt.date | None = Field(default=None, index=True)
    notes: str = ""


class Signal(Record, table=True):
    """A need or problem noticed, passed on to the policy officer."""

    __tablename__ = "signal"

    theme: SignalTheme = enum_field(SignalTheme, SignalTheme.OTHER, index=True)
    description: str
    source: SignalSource = enum_field(SignalSource, SignalSource.COORDINATOR)
    raised_on: dt.date = Field(index=True)
    activity_id: uuid.UUID | None = Field(default=None, foreign_key="activity.id")
    buddy_meeting_id: uuid.UUID | None = Field(default=None, foreign_key="buddy_meeting.id")
    trajectory_id: uuid.UUID | None = Field(default=None, foreign_key="trajectory.id", index=True)
    family_id: uuid.UUID | None = Field(default=None, foreign_key="family.id", index=True)
    status: SignalStatus = enum_field(SignalStatus, SignalStatus.NEW, index=True)
    passed_on_on: dt.date | None = None
    answered_on: dt.date | None = None
    answer: str = ""

"""What happens during the trajectories: duo activities, group activities and buddy meetings."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON
from sqlmodel import Field

from .base import Record, enum_field
from .enums import ActivityType, CancelReason, DutchPractised, MeetingItemKind


class Activity(Record, table=True):
    """A duo's leisure activity, held or cancelled."""

    __tablename__ = "activity"

    trajectory_id: uuid.UUID = Field(foreign_key="trajectory.id", index=True)
    date: dt.date = Field(index=True)
    duration_minutes: int | None = None
    type: ActivityType = enum_field(ActivityType, ActivityType.OTHER, index=True)
    place: str = ""
    organisation_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id", index=True)
    held: bool = Field(default=True, index=True)
    cancel_reason: CancelReason | None = enum_field(CancelReason, None)
    cancel_note: str = ""
    # Ids (as strings) of the family members who came.
    participant_ids: list[str] = Field(default_factory=list, sa_type=JSON)
    children_count: int = 0
    dutch_practised: DutchPractised = enum_field(DutchPractised, DutchPractised.NONE)
    went_well: str = ""
    wellbeing_note: str = ""


class GroupActivity(Record, table=True):
    __tablename__ = "group_activity"

    title: str
    date: dt.date = Field(index=True)
    place: str = ""
    description: str = ""


class GroupAttendance(Record, table=True):
    """One person at a group activity: a family member or a buddy."""

    __tablename__ = "group_attendance"

    group_activity_id: uuid.UUID = Field(foreign_key="group_activity.id", index=True)
    family_member_id: uuid.UUID | None = Field(default=None, foreign_key="family_member.id", index=True)
    buddy_id: uuid.UUID | None = Field(default=None, foreign_key="buddy.id", index=True)


class BuddyMeeting(Record, table=True):
    """The monthly meeting of the buddies with the coordinator."""

    __tablename__ = "buddy_meeting"

    date: dt.date = Field(index=True)
    place: str = ""
    notes: str = ""


class BuddyMeetingAttendance(Record, table=True):
    __tablename__ = "buddy_meeting_attendance"

    buddy_meeting_id: uuid.UUID = Field(foreign_key="buddy_meeting.id", index=True)
    buddy_id: uuid.UUID = Field(foreign_key="buddy.id", index=True)


class BuddyMeetingItem(Record, table=True):
    """One idea, need or signal raised at a buddy meeting."""

    __tablename__ = "buddy_meeting_item"

    buddy_meeting_id: uuid.UUID = Field(foreign_key="buddy_meeting.id", index=True)
    kind: MeetingItemKind = enum_field(MeetingItemKind, MeetingItemKind.IDEA)
    text: str
    signal_id: uuid.UUID | None = Field(default=None, foreign_key="signal.id")

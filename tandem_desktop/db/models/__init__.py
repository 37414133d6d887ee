"""Every table of the programme. Importing this package registers them all on SQLModel.metadata."""

from sqlmodel import SQLModel

from .activities import (
    Activity,
    BuddyMeeting,
    BuddyMeetingAttendance,
    BuddyMeetingItem,
    GroupActivity,
    GroupAttendance,
)
from .audit import AuditEntry
from .base import Record, utcnow
from .kept_files import KeptFile
from .network import Organisation, Referral, Signal
from .people import Buddy, Consent, Erasure, Family, FamilyMember, StatusChange
from .settings import ProgrammeSettings
from .team import SyncConflict, TeamApplied, TeamLaptop
from .trajectories import Agreement, AgreementTemplate, Evaluation, Trajectory, TrajectoryPause

metadata = SQLModel.metadata

# Every record table, parents before children: the order in which records can be inserted.
RECORD_TABLES: tuple[type[Record], ...] = (
    ProgrammeSettings,
    AgreementTemplate,
    Organisation,
    Family,
    FamilyMember,
    Buddy,
    Trajectory,
    TrajectoryPause,
    Evaluation,
    Agreement,
    Activity,
    GroupActivity,
    GroupAttendance,
    BuddyMeeting,
    BuddyMeetingAttendance,
    Signal,
    BuddyMeetingItem,
    Referral,
    StatusChange,
    Consent,
    Erasure,
    SyncConflict,
)

__all__ = [
    "RECORD_TABLES",
    "Activity",
    "Agreement",
    "AgreementTemplate",
    "AuditEntry",
    "Buddy",
    "BuddyMeeting",
    "BuddyMeetingAttendance",
    "BuddyMeetingItem",
    "Consent",
    "Erasure",
    "Evaluation",
    "Family",
    "FamilyMember",
    "GroupActivity",
    "GroupAttendance",
    "KeptFile",
    "Organisation",
    "ProgrammeSettings",
    "Record",
    "Referral",
    "Signal",
    "StatusChange",
    "SyncConflict",
    "TeamApplied",
    "TeamLaptop",
    "Trajectory",
    "TrajectoryPause",
    "metadata",
    "utcnow",
]

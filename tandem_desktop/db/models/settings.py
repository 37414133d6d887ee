"""The programme's settings: one row."""

from __future__ import annotations

from sqlmodel import Field

from .base import Record


class ProgrammeSettings(Record, table=True):
    __tablename__ = "programme_settings"

    organisation_name: str = ""
    organisation_address: str = ""
    organisation_phone: str | None = None
    organisation_email: str = ""
    logo_path: str | None = None  # relative to the data folder
    coordinator_name: str = ""
    coordinator_phone: str | None = None
    coordinator_email: str = ""
    policy_officer_name: str = ""

    duration_months: int = 6
    meetings_per_month: int = 2
    buddy_meeting_monthly: bool = True
    consent_text_version: str = "1"

    # Thresholds of the flags on the overview of duos.
    flag_no_activity_days: int = 30
    flag_behind_meetings: int = 2  # planned meetings missed before a duo counts as behind the rhythm
    flag_ending_within_days: int = 14
    flag_evaluation_overdue_days: int = 14
    # How long personal data is kept (core/privacy/retention.py): months after a family's last trajectory
    # ended; after a family never matched withdrew or was closed; after a buddy stopped.
    retention_months_after_trajectory: int = 24
    retention_months_never_matched: int = 12
    retention_months_buddy: int = 24
    # Backups older than this many days trigger a new one at start.
    backup_interval_days: int = Field(default=1)

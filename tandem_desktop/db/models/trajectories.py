"""The duo's trajectory, its pauses, evaluations and signed agreement."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field

from .base import Record, UTCDateTime, enum_field
from .enums import ClosureReason, EndedBy, EvaluationKind, TrajectoryStatus


class Trajectory(Record, table=True):
    """One duo: one buddy and one family, from agreement to closure."""

    __tablename__ = "trajectory"

    buddy_id: uuid.UUID = Field(foreign_key="buddy.id", index=True)
    family_id: uuid.UUID = Field(foreign_key="family.id", index=True)
    status: TrajectoryStatus = enum_field(TrajectoryStatus, TrajectoryStatus.PROPOSED, index=True)
    start_date: dt.date
    # Start plus the programme's duration, moved later by every pause.
    planned_end: dt.date
    meetings_per_month: int = 2
    closed_on: dt.date | None = None
    closure_reason: ClosureReason | None = enum_field(ClosureReason, None)
    closure_note: str = ""
    ended_by: EndedBy | None = enum_field(EndedBy, None)
    notes: str = ""


class TrajectoryPause(Record, table=True):
    __tablename__ = "trajectory_pause"

    trajectory_id: uuid.UUID = Field(foreign_key="trajectory.id", index=True)
    start_date: dt.date
    end_date: dt.date | None = None  # open while the pause lasts
    reason: str = ""


class Evaluation(Record, table=True):
    __tablename__ = "evaluation"

    trajectory_id: uuid.UUID = Field(foreign_key="trajectory.id", index=True)
    kind: EvaluationKind = enum_field(EvaluationKind, EvaluationKind.START)
    due_on: dt.date
    done_on: dt.date | None = None
    family_score: int | None = None  # 1..5, how the family experiences the duo
    buddy_score: int | None = None
    notes: str = ""


class AgreementTemplate(Record, table=True):
    """The agreement's clauses as the organisation adapted them; each change is a new version."""

    __tablename__ = "agreement_template"

    # Not unique in the database: two laptops of a team may each save "version N" before they sync. Both are
    # kept, the later saved is in force (core/agreement_texts.py), and the sync lists it as a conflict.
    version: int = Field(index=True)
    # {"nl": {"clause_key": "text", ...}, "en": {...}}
    clauses: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    note: str = ""


class Agreement(Record, table=True):
    """One generated agreement PDF for a trajectory, and whether it was signed."""

    __tablename__ = "agreement"

    trajectory_id: uuid.UUID = Field(foreign_key="trajectory.id", index=True)
    template_version: int
    second_language: str | None = None
    generated_at: dt.datetime = Field(sa_type=UTCDateTime)
    pdf_sha256: str
    signed_on: dt.date | None = None
    scan_path: str | None = None  # relative to the data folder

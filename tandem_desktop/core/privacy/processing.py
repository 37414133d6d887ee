"""The record of processing activities (GDPR art. 30, the "verwerkingsregister") for the organisation's data
protection officer: what the programme's settings say about who processes what, and how long it is kept.

Plain values only, read once, so that `documents.processing_record` renders them without the store. The counts
give the officer a sense of scale; they leave out what is erased or deleted, as the screens do.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from tandem_desktop.db.models import Buddy, Family, Trajectory
from tandem_desktop.db.models.enums import TrajectoryStatus
from tandem_desktop.db.store import Store

from ..settings import contact_value, read_settings


@dataclass(frozen=True)
class ProcessingRecord:
    """Everything the record of processing activities says that differs from one organisation to another. An
    empty text is a setting not filled in (the document leaves a line to write it on)."""

    organisation_name: str
    organisation_address: str
    organisation_email: str
    organisation_phone: str  # as the settings page shows it
    coordinator_name: str
    coordinator_email: str
    coordinator_phone: str
    policy_officer_name: str
    duration_months: int
    retention_months_after_trajectory: int
    retention_months_never_matched: int
    retention_months_buddy: int
    families: int  # neither erased nor deleted
    buddies: int
    running_duos: int  # started and not ended on `made_on`
    made_on: dt.date


def _count_people(session: Session, model: type[Family] | type[Buddy]) -> int:
    query = select(func.count()).where(col(model.erased_on).is_(None), col(model.deleted_at).is_(None))
    return session.exec(query).one()


def _count_running_duos(session: Session, today: dt.date) -> int:
    # As the duos' flags count them (core.agreements.unsigned_count): a proposal is not running yet.
    query = select(func.count()).where(
        col(Trajectory.deleted_at).is_(None),
        col(Trajectory.status).in_((TrajectoryStatus.ACTIVE, TrajectoryStatus.PAUSED)),
        col(Trajectory.start_date) <= today,
    )
    return session.exec(query).one()


def processing_record(store: Store, today: dt.date) -> ProcessingRecord:
    """The record of processing activities as the settings and the programme stand on `today`. A read."""
    settings = read_settings(store)
    with store.session() as session:
        families = _count_people(session, Family)
        buddies = _count_people(session, Buddy)
        running = _count_running_duos(session, today)
    return ProcessingRecord(
        organisation_name=settings.organisation_name,
        organisation_address=settings.organisation_address,
        organisation_email=settings.organisation_email,
        organisation_phone=contact_value(settings, "organisation_phone"),
        coordinator_name=settings.coordinator_name,
        coordinator_email=settings.coordinator_email,
        coordinator_phone=contact_value(settings, "coordinator_phone"),
        policy_officer_name=settings.policy_officer_name,
        duration_months=settings.duration_months,
        retention_months_after_trajectory=settings.retention_months_after_trajectory,
        retention_months_never_matched=settings.retention_months_never_matched,
        retention_months_buddy=settings.retention_months_buddy,
        families=families,
        buddies=buddies,
        running_duos=running,
        made_on=today,
    )

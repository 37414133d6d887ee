"""The programme's settings: one row, made with the practice's defaults on first use."""

from __future__ import annotations

from sqlmodel import Session, col

from tandem_desktop.db.models import ProgrammeSettings
from tandem_desktop.db.queries import live
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from .errors import DomainError


def get_settings(session: Session) -> ProgrammeSettings:
    # One row is made; should an import ever bring a second, the oldest stays the one in force.
    settings = session.exec(live(ProgrammeSettings).order_by(col(ProgrammeSettings.created_at))).first()
    if settings is None:
        settings = ProgrammeSettings()
        session.add(settings)
        session.flush()
    return settings


# The settings the coordinator may change on the settings page, and the values that make sense.
ADJUSTABLE: dict[str, tuple[int, int]] = {
    "duration_months": (1, 24),
    "meetings_per_month": (1, 8),
    "flag_no_activity_days": (7, 180),
    "flag_behind_meetings": (1, 12),
    "flag_evaluation_overdue_days": (0, 90),
    "flag_ending_within_days": (1, 90),
}


def read_settings(store: Store) -> ProgrammeSettings:
    with store.transaction() as session:
        return get_settings(session)


def update_setting(store: Store, name: str, value: int) -> None:
    """Change one programme setting; new duos and the flags of the overview follow it."""
    low, high = ADJUSTABLE[name]
    if not low <= value <= high:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "Choose a number from {low} to {high}."),
            field=name,
            low=low,
            high=high,
        )
    with store.transaction() as session:
        settings = get_settings(session)
        setattr(settings, name, value)
        session.add(settings)

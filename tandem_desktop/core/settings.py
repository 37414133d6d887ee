"""The programme's settings: one row, made with the practice's defaults on first use."""

from __future__ import annotations

from sqlmodel import Session, col

from tandem_desktop.db.models import ProgrammeSettings
from tandem_desktop.db.queries import live


def get_settings(session: Session) -> ProgrammeSettings:
    # One row is made; should an import ever bring a second, the oldest stays the one in force.
    settings = session.exec(live(ProgrammeSettings).order_by(col(ProgrammeSettings.created_at))).first()
    if settings is None:
        settings = ProgrammeSettings()
        session.add(settings)
        session.flush()
    return settings

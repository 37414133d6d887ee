"""The programme's settings: one row, made with the practice's defaults on first use."""

from __future__ import annotations

from sqlmodel import Session

from tandem_desktop.db.models import ProgrammeSettings
from tandem_desktop.db.queries import live


def get_settings(session: Session) -> ProgrammeSettings:
    settings = session.exec(live(ProgrammeSettings)).first()
    if settings is None:
        settings = ProgrammeSettings()
        session.add(settings)
        session.flush()
    return settings

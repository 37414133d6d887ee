"""The programme's settings: one row, made with the practice's defaults on first use."""

from __future__ import annotations

from sqlmodel import Session, select

from tandem_desktop.db.models import ProgrammeSettings


def get_settings(session: Session) -> ProgrammeSettings:
    settings = session.exec(select(ProgrammeSettings).where(ProgrammeSettings.deleted_at.is_(None))).first()  # type: ignore[union-attr]
    if settings is None:
        settings = ProgrammeSettings()
        session.add(settings)
        session.flush()
    return settings

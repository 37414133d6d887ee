"""The programme's settings: one row, made with the practice's defaults on first use."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, col

from tandem_desktop.db import kept_files
from tandem_desktop.db.models import ProgrammeSettings
from tandem_desktop.db.queries import live
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from . import validation
from .errors import DomainError


def _in_force(session: Session) -> ProgrammeSettings | None:
    # One row is made; should an import ever bring a second, the oldest stays the one in force.
    return session.exec(live(ProgrammeSettings).order_by(col(ProgrammeSettings.created_at))).first()


def get_settings(session: Session) -> ProgrammeSettings:
    settings = _in_force(session)
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
    # Months personal data is kept (core/privacy/retention.py): at least one, at most ten years.
    "retention_months_after_trajectory": (1, 120),
    "retention_months_never_matched": (1, 120),
    "retention_months_buddy": (1, 120),
}


def read_settings(store: Store) -> ProgrammeSettings:
    """The settings in force; the defaults while none were saved. A read: it writes nothing (the row is made
    by the first change), so the screens may call it on the GUI thread."""
    with store.session() as session:
        return settings_in(session)


def settings_in(session: Session) -> ProgrammeSettings:
    """As `read_settings`, within a session the caller reads more with."""
    found = _in_force(session)
    return found if found is not None else ProgrammeSettings()


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


# -- who the agreement names: the organisation and its coordinator ------------------------------------------

# The contact settings the coordinator types, and what kind of value each holds.
CONTACT_FIELDS: dict[str, str] = {
    "organisation_name": "text",
    "organisation_address": "text",
    "organisation_phone": "phone",
    "organisation_email": "email",
    "coordinator_name": "text",
    "coordinator_phone": "phone",
    "coordinator_email": "email",
}
MAX_CONTACT_LENGTH = 200

LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")
MAX_LOGO_BYTES = 5 * 1024 * 1024
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG


def contact_value(settings: ProgrammeSettings, name: str) -> str:
    """A contact setting as the settings page shows it (a phone in its display form)."""
    value = getattr(settings, name)
    return validation.display_phone(value) if CONTACT_FIELDS[name] == "phone" else value or ""


def update_contact(store: Store, name: str, value: str) -> str:
    """Change one of the organisation's or the coordinator's contact settings; returns the value as shown.

    Text is trimmed (spaces and line breaks inside become one space); a phone is stored in E.164 and an empty
    one as None; an e-mail address must look like one. A refused value raises a DomainError for `name`."""
    kind = CONTACT_FIELDS[name]
    text = " ".join((value or "").split())
    if len(text) > MAX_CONTACT_LENGTH:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "Keep it under {maximum} characters (now {length})."),
            field=name,
            maximum=MAX_CONTACT_LENGTH,
            length=len(text),
        )
    stored: str | None
    if kind == "phone":
        stored = validation.phone_number(text, name)
    elif kind == "email":
        stored = validation.email_address(text, name)
    else:
        stored = text
    with store.transaction() as session:
        settings = get_settings(session)
        if getattr(settings, name) != stored:
            setattr(settings, name, stored)
            session.add(settings)
        return contact_value(settings, name)


def _logo_refused(template: str, **params: object) -> DomainError:
    return DomainError(template, field="logo_path", **params)


def set_logo(store: Store, source: Path | None) -> None:
    """Keep the image `source` as the organisation's logo (in the encrypted database, as logo.png, logo.jpg,
    ...) and name it in the settings; None removes the logo. A refused file changes nothing (DomainError,
    "logo_path")."""
    data: bytes | None = None
    name: str | None = None
    if source is not None:
        suffix = source.suffix.lower()
        if suffix not in LOGO_SUFFIXES:
            raise _logo_refused(
                QT_TRANSLATE_NOOP("domain", "Choose a PNG or JPEG image (.png, .jpg or .jpeg) for the logo.")
            )
        try:
            size = source.stat().st_size
            if size > MAX_LOGO_BYTES:
                raise _logo_refused(
                    QT_TRANSLATE_NOOP(
                        "domain", "This image is too large ({size} MB). Choose one of at most {maximum} MB."
                    ),
                    size=f"{size / 1024 / 1024:.1f}",
                    maximum=MAX_LOGO_BYTES // 1024 // 1024,
                )
            data = source.read_bytes()
        except OSError as exc:
            raise _logo_refused(
                QT_TRANSLATE_NOOP("domain", "The file {name} cannot be read: {reason}."),
                name=source.name,
                reason=exc.strerror or str(exc),
            ) from exc
        if not data.startswith(_IMAGE_SIGNATURES):
            raise _logo_refused(
                QT_TRANSLATE_NOOP("domain", "The file {name} is not a PNG or JPEG image."), name=source.name
            )
        name = f"logo{suffix}"
    with store.transaction() as session:
        settings = get_settings(session)
        if settings.logo_path and settings.logo_path != name:
            kept_files.forget(session, settings.logo_path)
        if name is not None and data is not None:
            kept_files.keep(session, name, data)
        settings.logo_path = name
        session.add(settings)


def logo_image(session: Session, settings: ProgrammeSettings) -> bytes | None:
    """The logo's image, when the settings name one that is kept."""
    return kept_files.read(session, settings.logo_path)


def read_logo(store: Store) -> bytes | None:
    """The logo's image, for a screen to show."""
    with store.session() as session:
        return logo_image(session, get_settings(session))

"""Consent kept as records: what the family agreed to (the clause as worded then), when, and who recorded it;
photos with three answers (not asked yet, yes, no); a withdrawal with its date, on the answer it withdraws.

`Family.photo_consent` and `consent_date` stay the answer in force, which lists and the agreement read; the
`Consent` rows are its history, for the family's own copy and the data protection officer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlmodel import Session, col

from tandem_desktop.db import audit_chain
from tandem_desktop.db.models import Consent, Family
from tandem_desktop.db.models.enums import ConsentKind, PhotoConsent
from tandem_desktop.db.queries import live

from ..agreement_texts import Text, current_template, template_of_version
from ..settings import get_settings

DATA_CLAUSE = "privacy.items"
PHOTO_CLAUSE = "photos"


def _clause(text: Text | None) -> str:
    if text is None:
        return ""
    return text if isinstance(text, str) else "\n".join(text)


def _recorded_by(session: Session) -> str:
    return audit_chain.actor(session.connection())


def _current_photo_answer(session: Session, family: Family) -> Consent | None:
    query = (
        live(Consent)
        .where(Consent.family_id == family.id, Consent.kind == ConsentKind.PHOTOS)
        .where(col(Consent.withdrawn_on).is_(None))
        .order_by(col(Consent.answered_on).desc(), col(Consent.created_at).desc())
    )
    return session.exec(query).first()


def set_photo_answer(
    session: Session, family: Family, answer: PhotoConsent, on: dt.date, text_version: str, text: str
) -> None:
    """The family's answer about photos (at signing, or in the family's form): when it differs from the answer
    in force, that one is withdrawn on `on` and the new one recorded (none for "not asked yet")."""
    current = _current_photo_answer(session, family)
    family.photo_consent = answer
    if (
        current is None
        if answer == PhotoConsent.NOT_ASKED
        else current is not None and current.given == (answer == PhotoConsent.YES)
    ):
        return
    if current is not None:
        current.withdrawn_on = on
        session.add(current)
    if answer != PhotoConsent.NOT_ASKED:
        session.add(
            Consent(
                family_id=family.id,
                kind=ConsentKind.PHOTOS,
                given=answer == PhotoConsent.YES,
                answered_on=on,
                text_version=text_version,
                text=text,
                recorded_by=_recorded_by(session),
            )
        )


def set_photo_answer_now(session: Session, family: Family, answer: PhotoConsent, today: dt.date) -> None:
    """The answer changed in the family's form: recorded against the current agreement text's photo clause
    and the consent text version of the settings."""
    settings = get_settings(session)
    text = _clause(current_template(session).texts("nl").get(PHOTO_CLAUSE))
    set_photo_answer(session, family, answer, today, settings.consent_text_version, text)


def record_signed_consent(
    session: Session, family: Family, template_version: int, photos: PhotoConsent, signed_on: dt.date
) -> None:
    """The agreement was signed: the family agreed to the data clause as worded in that version, and answered
    the photo question."""
    texts = template_of_version(session, template_version).texts("nl")
    version = f"agreement {template_version}"
    session.add(
        Consent(
            family_id=family.id,
            kind=ConsentKind.DATA,
            given=True,
            answered_on=signed_on,
            text_version=version,
            text=_clause(texts.get(DATA_CLAUSE)),
            recorded_by=_recorded_by(session),
        )
    )
    set_photo_answer(session, family, photos, signed_on, version, _clause(texts.get(PHOTO_CLAUSE)))
    family.consent_date = signed_on
    family.consent_text_version = version


def consents_of(session: Session, family: Family) -> Sequence[Consent]:
    query = (
        live(Consent)
        .where(Consent.family_id == family.id)
        .order_by(col(Consent.answered_on), col(Consent.created_at))
    )
    return session.exec(query).all()

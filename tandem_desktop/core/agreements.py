"""The agreement a duo signs at its start: what goes into it, the record of each one made, and its signing.

`agreement_content()` gathers everything the document prints as plain data (documents/agreement.py renders it;
core never imports ReportLab). Each agreement printed or saved is recorded on the trajectory with the template
version, the time and the SHA-256 of the PDF (`record_made`); the same PDF made twice is one record. `mark_signed`
notes the signing date, keeps a scan of the signed paper in the data folder, and writes the family's consent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, func, select

from tandem_desktop.db import kept_files
from tandem_desktop.db.models import Agreement, Family, FamilyMember, Trajectory
from tandem_desktop.db.models.enums import PhotoConsent, TrajectoryStatus
from tandem_desktop.db.queries import live
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from .agreement_texts import AgreementLanguage, Template, Texts, current_template, languages
from .dates import age_in_year
from .duos import duo_records
from .errors import DomainError
from .privacy.consent import record_signed_consent
from .settings import get_settings, logo_image
from .validation import display_phone, not_in_future

SCAN_FOLDER = kept_files.SCAN_FOLDER  # the scans of signed agreements are kept under this name
SCAN_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg")
SCAN_MAX_BYTES = 40 * 1024 * 1024  # a phone photo or a scanned PDF of two pages is far below


@dataclass(frozen=True)
class Child:
    first_name: str
    age: int | None


@dataclass(frozen=True)
class AgreementLanguageText:
    """One language's words for this agreement: the file's dates and direction, the template's texts."""

    language: AgreementLanguage
    texts: Texts

    @property
    def code(self) -> str:
        return self.language.code


@dataclass(frozen=True)
class AgreementContent:
    """Everything the agreement prints, for one duo; plain data."""

    trajectory_id: uuid.UUID
    template_version: int
    organisation: str
    organisation_contact: tuple[str, ...]  # address, phone, e-mail: the lines that are filled in
    logo: bytes | None  # the image, when the settings name one that is kept
    coordinator: str
    coordinator_phone: str  # as it is dialled here ("0470 12 34 56")
    buddy: str
    family: str  # the household's name
    adults: tuple[str, ...]  # full names
    children: tuple[Child, ...]  # first names and ages
    start: dt.date
    end: dt.date
    months: int
    per_month: int
    photo_consent: PhotoConsent  # the answer known; "not asked yet": the boxes are left to tick on paper
    family_languages: tuple[str, ...]  # mother tongue first, then the contact languages
    made_on: dt.date
    dutch: AgreementLanguageText
    second: AgreementLanguageText | None

    def signer(self, party: str) -> str:
        """Who signs for a party ("buddy", "family", "coordinator"): the family's first adult signs for it."""
        if party == "buddy":
            return self.buddy
        if party == "family":
            return self.adults[0] if self.adults else self.family
        return self.coordinator

    @property
    def missing(self) -> tuple[str, ...]:
        """The settings the document needs but does not have (they print as a line to write on)."""
        wanted = {
            "organisation_name": self.organisation,
            "coordinator_name": self.coordinator,
            "coordinator_phone": self.coordinator_phone,
        }
        return tuple(name for name, value in wanted.items() if not value)


def find_duo(store: Store, duo_id: str) -> uuid.UUID:
    """A duo by its id or the first characters of it (at least 4; with or without hyphens), as an administrator
    types it."""
    wanted = duo_id.strip().lower().replace("-", "")
    if len(wanted) >= 4:
        with store.session() as session:
            ids = [row.id for row in session.exec(live(Trajectory)) if row.id.hex.startswith(wanted)]
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            raise DomainError(
                QT_TRANSLATE_NOOP("domain", "Several duos have an id starting with {id}: give more of it."),
                id=duo_id,
            )
    raise DomainError(QT_TRANSLATE_NOOP("domain", "There is no duo with the id {id}."), id=duo_id)


def suggested_language(family_languages: tuple[str, ...]) -> str | None:
    """The second language to offer first: the family's first language (mother tongue, then contact
    languages) that has an agreement text; None when that is only Dutch."""
    for code in family_languages:
        if code == "nl":
            return None
        if code in languages():
            return code
    return None


def first_name(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else name


def agreement_content(
    store: Store, trajectory_id: uuid.UUID, second_language: str | None, today: dt.date
) -> AgreementContent:
    """The agreement of a duo in Dutch, and in `second_language` after each part (None: Dutch only)."""
    if second_language is not None and (second_language not in languages() or second_language == "nl"):
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "There is no agreement text in the language “{code}”."),
            field="language",
            code=second_language,
        )
    with store.session() as session:
        trajectory, family, buddy = duo_records(session, trajectory_id)
        settings = get_settings(session)
        template = current_template(session)
        members = _members_at(session, family, trajectory.start_date)
        logo = logo_image(session, settings)
    adults = tuple(m.name for m in members if not m.is_child)
    children = tuple(
        Child(first_name(m.name), age_in_year(m.birth_year, trajectory.start_date))
        for m in members
        if m.is_child
    )
    contact = (
        settings.organisation_address,
        display_phone(settings.organisation_phone),
        settings.organisation_email,
    )
    return AgreementContent(
        trajectory_id=trajectory_id,
        template_version=template.version,
        organisation=settings.organisation_name.strip(),
        organisation_contact=tuple(line.strip() for line in contact if line and line.strip()),
        logo=logo,
        coordinator=settings.coordinator_name.strip(),
        coordinator_phone=display_phone(settings.coordinator_phone),
        buddy=buddy.name,
        family=family.name,
        adults=adults,
        children=children,
        start=trajectory.start_date,
        end=trajectory.planned_end,
        months=settings.duration_months,
        per_month=trajectory.meetings_per_month,
        photo_consent=family.photo_consent,
        family_languages=_languages_of(family),
        made_on=today,
        dutch=_language_text(template, "nl"),
        second=None if second_language is None else _language_text(template, second_language),
    )


def duo_languages(store: Store, trajectory_id: uuid.UUID) -> tuple[str, ...]:
    """The duo's family's languages: mother tongue first, then the contact languages."""
    with store.session() as session:
        _trajectory, family, _buddy = duo_records(session, trajectory_id)
        return _languages_of(family)


def _languages_of(family: Family) -> tuple[str, ...]:
    return tuple(dict.fromkeys(code for code in (family.mother_tongue, *family.contact_languages) if code))


def _language_text(template: Template, code: str) -> AgreementLanguageText:
    return AgreementLanguageText(languages()[code], template.texts(code))


def _members_at(session: Session, family: Family, day: dt.date) -> list[FamilyMember]:
    """The household on the day the duo starts: members who left before it are not part of the agreement."""
    query = live(FamilyMember).where(FamilyMember.family_id == family.id).order_by(col(FamilyMember.position))
    return [m for m in session.exec(query) if m.left_on is None or m.left_on > day]


# -- the record of agreements made and signed -------------------------------------------------------------


@dataclass(frozen=True)
class AgreementRecord:
    id: uuid.UUID
    template_version: int
    second_language: str | None
    made_at: dt.datetime
    sha256: str
    signed_on: dt.date | None
    scan: str | None  # the kept scan's name (`scan_content` reads it)


def sha256(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


def record_made(store: Store, content: AgreementContent, pdf: bytes) -> AgreementRecord:
    """Note on the trajectory that this PDF was made (printed or saved). The same PDF again is the same record."""
    digest = sha256(pdf)
    second = content.second.code if content.second is not None else None
    with store.transaction() as session:
        duo_records(session, content.trajectory_id)
        existing = session.exec(
            live(Agreement).where(
                Agreement.trajectory_id == content.trajectory_id, Agreement.pdf_sha256 == digest
            )
        ).first()
        agreement = existing or Agreement(
            trajectory_id=content.trajectory_id,
            template_version=content.template_version,
            second_language=second,
            generated_at=dt.datetime.now(dt.UTC),
            pdf_sha256=digest,
        )
        session.add(agreement)
        session.flush()
        return _record(agreement)


def _record(agreement: Agreement) -> AgreementRecord:
    return AgreementRecord(
        id=agreement.id,
        template_version=agreement.template_version,
        second_language=agreement.second_language,
        made_at=agreement.generated_at,
        sha256=agreement.pdf_sha256,
        signed_on=agreement.signed_on,
        scan=agreement.scan_path or None,
    )


def scan_content(store: Store, record: AgreementRecord) -> bytes | None:
    """The kept scan of a signed agreement (a PDF or an image), or None."""
    with store.session() as session:
        return kept_files.read(session, record.scan)


def agreements_of(store: Store, trajectory_id: uuid.UUID) -> list[AgreementRecord]:
    """The agreements made for a duo, the signed one first, then the newest first."""
    with store.session() as session:
        rows = session.exec(live(Agreement).where(Agreement.trajectory_id == trajectory_id)).all()
        records = [_record(row) for row in rows]
    records.sort(key=lambda r: (r.signed_on is None, -r.made_at.timestamp()))
    return records


def mark_signed(
    store: Store,
    agreement_id: uuid.UUID,
    signed_on: dt.date,
    photo_consent: PhotoConsent,
    today: dt.date,
    scan: Path | bytes | None = None,
) -> AgreementRecord:
    """The agreement was signed on `signed_on`: note it, keep the scan (copied into the data folder), and write
    the family's consent (core/privacy/consent.py: the date, the template version, the photo answer). `scan` is a file, or the bytes
    of the PDF signed on the screen (never written to disk as a plain file)."""
    not_in_future(signed_on, "signed_on", today)
    if isinstance(scan, Path):
        _check_scan(scan)
    with store.transaction() as session:
        agreement = session.get(Agreement, agreement_id)
        if agreement is None or agreement.deleted_at is not None:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "This agreement no longer exists."))
        trajectory, family, _buddy = duo_records(session, agreement.trajectory_id)
        if trajectory.closed_on is not None and signed_on > trajectory.closed_on:
            raise DomainError(
                QT_TRANSLATE_NOOP("domain", "The duo ended on {end}: it cannot be signed after that."),
                field="signed_on",
                end=trajectory.closed_on,
            )
        if scan is not None:
            agreement.scan_path = _keep_scan(session, trajectory, scan, signed_on)
        agreement.signed_on = signed_on
        record_signed_consent(session, family, agreement.template_version, photo_consent, signed_on)
        session.add_all([agreement, family])
        session.flush()
        return _record(agreement)


def _check_scan(scan: Path) -> None:
    if scan.suffix.lower() not in SCAN_SUFFIXES:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "Attach a PDF or a photo (PNG or JPEG) of the signed paper."),
            field="scan",
        )
    try:
        size = scan.stat().st_size
    except OSError:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "The file {file} cannot be read."), field="scan", file=scan.name
        ) from None
    if size > SCAN_MAX_BYTES:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "The file is larger than {size} MB: scan it at a lower resolution."),
            field="scan",
            size=SCAN_MAX_BYTES // (1024 * 1024),
        )


def _keep_scan(session: Session, trajectory: Trajectory, scan: Path | bytes, signed_on: dt.date) -> str:
    """Keep the scan in the (encrypted) database, in the signing's transaction; returns the name it is kept by."""
    if isinstance(scan, bytes):
        content, suffix = scan, ".pdf"
    else:
        suffix = scan.suffix.lower()
        try:
            content = scan.read_bytes()
        except OSError as error:
            raise DomainError(
                QT_TRANSLATE_NOOP("domain", "The file {file} cannot be read."), field="scan", file=scan.name
            ) from error
    name = f"{SCAN_FOLDER}/{trajectory.id}/signed-{signed_on.isoformat()}-{uuid.uuid4().hex[:8]}{suffix}"
    kept_files.keep(session, name, content)
    return name


def unsigned_count(session: Session, today: dt.date) -> int:
    """Running duos (started, not ended) without a signed agreement: the duos' flag "Agreement not signed"."""
    signed = select(col(Agreement.trajectory_id)).where(
        col(Agreement.deleted_at).is_(None), col(Agreement.signed_on).is_not(None)
    )
    query = select(func.count()).where(
        col(Trajectory.deleted_at).is_(None),
        col(Trajectory.status).in_((TrajectoryStatus.ACTIVE, TrajectoryStatus.PAUSED)),
        col(Trajectory.start_date) <= today,
        col(Trajectory.id).not_in(signed),
    )
    return session.exec(query).one()

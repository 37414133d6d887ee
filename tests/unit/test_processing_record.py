"""The record of processing activities for the data protection officer (core/privacy/processing.py,
documents/processing_record.py): read from the settings, one A4 page in Dutch, whatever the settings hold."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

from pypdf import PdfReader

from tandem_desktop.core import duos, settings
from tandem_desktop.core.buddies import BuddyDraft, save_buddy_in
from tandem_desktop.core.families import FamilyDraft, MemberDraft, save_family_in
from tandem_desktop.core.privacy.processing import ProcessingRecord, processing_record
from tandem_desktop.core.status import change_status
from tandem_desktop.db.models import Buddy, Family
from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus, MemberRole
from tandem_desktop.db.store import Store
from tandem_desktop.documents.agreement import BLANK
from tandem_desktop.documents.processing_record import HEADINGS, processing_record_pdf
from tests.pdf_fonts import pdf_text_lines

TODAY = dt.date(2026, 12, 5)
ORGANISATION = "Samen Thuis vzw"


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _text(pdf: bytes, folder: Path) -> str:
    """The page's text as pdftotext gives it, lines joined by a space (a row's text wraps anywhere)."""
    return " ".join(pdf_text_lines(pdf, folder))


def _set_retention(store: Store, name: str, months: int) -> None:
    # Through the settings page's service once it offers the retention months, else straight into the row.
    if name in settings.ADJUSTABLE:
        settings.update_setting(store, name, months)
        return
    with store.transaction() as session:
        row = settings.get_settings(session)
        setattr(row, name, months)
        session.add(row)


def _family_and_buddy(store: Store, family_name: str, buddy_name: str) -> tuple[Family, Buddy]:
    with store.transaction() as session:
        family = save_family_in(
            session,
            FamilyDraft(
                name=family_name,
                mother_tongue="ti",
                postcode="9000",
                municipality="Gent",
                members=[MemberDraft("Selam", MemberRole.CHILD, 2019)],
            ),
            TODAY,
        )
        change_status(session, family, FamilyStatus.WAITING)
        buddy = save_buddy_in(session, BuddyDraft(name=buddy_name, languages=["nl", "ti"]), TODAY)
        change_status(session, buddy, BuddyStatus.AVAILABLE)
    return family, buddy


def test_the_record_reads_the_settings_and_counts_who_is_on_file(store: Store) -> None:
    family, buddy = _family_and_buddy(store, "Gezin Tesfaye", "Yonas Kidane")
    started = duos.create_duo(store, family.id, buddy.id, dt.date(2026, 11, 2))
    duos.start_duo(store, started)
    other_family, other_buddy = _family_and_buddy(store, "Gezin Haile", "Lotte Janssens")
    duos.create_duo(store, other_family.id, other_buddy.id, dt.date(2026, 12, 20))  # proposed: not running
    erased, _ = _family_and_buddy(store, "Gezin Bekele", "Ruben Claes")
    with store.transaction() as session:
        row = session.get(Family, erased.id)
        assert row is not None
        row.erased_on = TODAY
        session.add(row)
    settings.update_contact(store, "organisation_name", ORGANISATION)
    settings.update_contact(store, "coordinator_phone", "0470 12 34 56")

    record = processing_record(store, TODAY)

    assert (record.organisation_name, record.organisation_address) == (ORGANISATION, "")
    assert record.coordinator_phone == settings.contact_value(
        settings.read_settings(store), "coordinator_phone"
    )
    assert record.duration_months == 6
    assert (
        record.retention_months_after_trajectory,
        record.retention_months_never_matched,
        record.retention_months_buddy,
    ) == (24, 12, 24)
    assert (record.families, record.buddies, record.running_duos) == (2, 3, 1)
    assert record.made_on == TODAY


def test_the_page_names_the_organisation_the_headings_and_the_months_in_the_settings(
    store: Store, tmp_path: Path
) -> None:
    settings.update_contact(store, "organisation_name", ORGANISATION)
    settings.update_contact(store, "coordinator_name", "Lotte Verbeke")
    _set_retention(store, "retention_months_after_trajectory", 36)
    _set_retention(store, "retention_months_never_matched", 9)
    _set_retention(store, "retention_months_buddy", 18)

    pdf = processing_record_pdf(processing_record(store, TODAY))

    assert _pages(pdf) == 1
    text = _text(pdf, tmp_path)
    for heading in HEADINGS:  # pdftotext joins a word hyphenated at a line's end, as a reader does
        assert heading.replace("-\n", "") in text
    assert ORGANISATION in text and "Lotte Verbeke" in text
    assert "36 maanden na het einde van hun laatste traject" in text
    assert "9 maanden na vertrek of afsluiting" in text
    assert "18 maanden nadat ze stopten" in text
    assert "voor 6 maanden" in text
    assert "Gemaakt met Tandem Desktop op 5 december 2026" in text


def test_settings_left_empty_get_a_line_to_write_on(store: Store, tmp_path: Path) -> None:
    pdf = processing_record_pdf(processing_record(store, TODAY))
    assert _pages(pdf) == 1
    text = _text(pdf, tmp_path)
    assert BLANK in text
    assert "24 maanden na het einde van hun laatste traject" in text


def test_long_names_and_addresses_still_make_one_page(store: Store, tmp_path: Path) -> None:
    longest = settings.MAX_CONTACT_LENGTH
    name = ("Vereniging voor Buddywerking met Nieuwkomers in Gent en Omstreken " * 4)[:longest].strip()
    settings.update_contact(store, "organisation_name", name)
    settings.update_contact(
        store, "organisation_address", ("Lange Violettestraat 123, 9000 Gent " * 6)[:longest]
    )
    settings.update_contact(store, "coordinator_name", ("Anna-Maria Van den Bossche " * 8)[:longest])

    pdf = processing_record_pdf(processing_record(store, TODAY))

    assert _pages(pdf) == 1
    text = _text(pdf, tmp_path)
    assert "Vereniging voor Buddywerking met Nieuwkomers in Gent" in text
    assert "Rechten" in text and "Gemaakt met Tandem Desktop op 5 december 2026" in text


def test_the_same_record_gives_the_same_bytes() -> None:
    record = ProcessingRecord(
        organisation_name=ORGANISATION,
        organisation_address="Kortrijksesteenweg 12, 9000 Gent",
        organisation_email="info@samenthuis.example",
        organisation_phone="09 123 45 67",
        coordinator_name="Lotte Verbeke",
        coordinator_email="lotte@samenthuis.example",
        coordinator_phone="0470 12 34 56",
        policy_officer_name="Jonas De Smet",
        duration_months=6,
        retention_months_after_trajectory=24,
        retention_months_never_matched=12,
        retention_months_buddy=24,
        families=42,
        buddies=31,
        running_duos=18,
        made_on=TODAY,
    )
    pdf = processing_record_pdf(record)
    assert processing_record_pdf(record) == pdf
    assert processing_record_pdf(dataclasses.replace(record, families=43)) != pdf


def test_a_long_organisation_name_is_one_line_in_every_documents_header() -> None:
    from tandem_desktop.documents.house_style import HEADER_NAME_LENGTH, header_name

    long_name = "Vereniging voor Buddywerking en Gezinsondersteuning in de Regio Gent " * 3
    shown = header_name(long_name)
    assert len(shown) <= HEADER_NAME_LENGTH and shown.endswith("…") and long_name.startswith(shown[:-1])
    assert header_name("Tandem Gent") == "Tandem Gent"

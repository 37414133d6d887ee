"""The agreement a duo signs at its start: the PDF's words in Dutch and a second language, its record on the
duo, the organisation's own version of the text, the signing, and the administrator's command."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from tandem_desktop.cli import main
from tandem_desktop.core import duos
from tandem_desktop.core.agreement_texts import languages, missing_keys, read_template, save_template
from tandem_desktop.core.agreements import (
    agreement_content,
    agreements_of,
    mark_signed,
    record_made,
    scan_content,
)
from tandem_desktop.core.buddies import BuddyDraft, save_buddy_in
from tandem_desktop.core.errors import DomainError, ValidationFailed
from tandem_desktop.core.families import FamilyDraft, MemberDraft, save_family_in
from tandem_desktop.core.rhythm import Flag
from tandem_desktop.core.settings import get_settings
from tandem_desktop.core.status import change_status
from tandem_desktop.db.models import AgreementTemplate, Family
from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus, MemberRole, PhotoConsent
from tandem_desktop.db.store import Store, open_store
from tandem_desktop.documents.agreement import BLANK, agreement_pdf, fill_placeholders
from tandem_desktop.resource_files import resource_path
from tests.keys import test_key

from ..pdf_fonts import pdf_fonts

TODAY = dt.date(2026, 11, 26)
START = dt.date(2026, 8, 31)  # six months later is 31 February: the duo ends on the last day of February

# Fictional people.
COORDINATOR, PHONE, ORGANISATION = "Lotte Janssens", "+32470123456", "IN-Gent vzw"
ARABIC_ADULT = "فاطمة حداد"
ETHIOPIC_CHILD = "ሰላም ተስፋይ"
CYRILLIC_BUDDY = "Оксана Петренко"

# pypdf puts the right-to-left runs of a line in an order of its own: compare a whole sentence (one run), one
# without vowel marks (their order within a letter may differ after extraction). test_pdf_scripts.py reads the
# Arabic with pdftotext, word and line order included.
AR_TEXTS = json.loads((resource_path("agreement") / "ar.json").read_text(encoding="utf-8"))["texts"]
ARABIC_SENTENCE = AR_TEXTS["buddy_not.items"][1].rstrip(".")  # "the buddy does not look for a home"

NEW_CLAUSES = [
    "De buddy is geen hulpverlener en geen tolk.",
    "De buddy regelt geen papieren bij de gemeente.",
]


@dataclass(frozen=True)
class Duo:
    id: uuid.UUID
    family_id: uuid.UUID


def _settings(store: Store) -> None:
    with store.transaction() as session:
        settings = get_settings(session)
        settings.organisation_name = ORGANISATION
        settings.coordinator_name = COORDINATOR
        settings.coordinator_phone = PHONE
        session.add(settings)


def _duo(
    store: Store,
    family_name: str,
    members: list[MemberDraft],
    buddy_name: str,
    *,
    started: bool = False,
) -> Duo:
    _settings(store)
    with store.transaction() as session:
        family = save_family_in(
            session,
            FamilyDraft(
                name=family_name, mother_tongue="ar", postcode="9000", municipality="Gent", members=members
            ),
            TODAY,
        )
        change_status(session, family, FamilyStatus.WAITING)
        buddy_draft = BuddyDraft(name=buddy_name, languages=["nl", "ru"], postcode="9000")
        buddy = save_buddy_in(session, buddy_draft, TODAY)
        change_status(session, buddy, BuddyStatus.AVAILABLE)
    duo_id = duos.create_duo(store, family.id, buddy.id, START)
    if started:
        duos.start_duo(store, duo_id)
    return Duo(duo_id, family.id)


def _peeters(store: Store, *, started: bool = False) -> Duo:
    members = [
        MemberDraft(name="Amina Peeters", role=MemberRole.PARENT, birth_year=1989),
        MemberDraft(name="Karim Peeters", role=MemberRole.PARENT, birth_year=1986),
        MemberDraft(name="Sara Peeters", role=MemberRole.CHILD, birth_year=2019),
        MemberDraft(name="Noah Peeters", role=MemberRole.CHILD, birth_year=2022),
    ]
    return _duo(store, "Gezin Peeters", members, "Jonas De Smet", started=started)


def _haddad(store: Store) -> Duo:
    members = [
        MemberDraft(name=ARABIC_ADULT, role=MemberRole.PARENT, birth_year=1990),
        MemberDraft(name=ETHIOPIC_CHILD, role=MemberRole.CHILD, birth_year=2019),
    ]
    return _duo(store, "Gezin Haddad", members, CYRILLIC_BUDDY)


def _pdf(
    store: Store, duo: Duo, language: str | None = None, signatures: dict[str, bytes] | None = None
) -> bytes:
    return agreement_pdf(agreement_content(store, duo.id, language, TODAY), signatures)


def _text(pdf: bytes) -> str:
    """The PDF's text as pypdf reads it, compatibility characters folded (NFKC: the "…" of a blank), lines
    joined."""
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _signature_png() -> bytes:
    image = Image.new("RGBA", (120, 40), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(5, 30), (40, 8), (70, 32), (115, 10)], fill=(20, 30, 90, 255), width=3)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _image_count(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


# -- the document ---------------------------------------------------------------------------------------------


def test_the_dutch_agreement_names_everyone_and_fits_on_two_pages(store: Store) -> None:
    duo = _peeters(store)
    pdf = _pdf(store, duo)
    assert pdf.startswith(b"%PDF")
    text = _text(pdf)
    for name in (
        "Jonas De Smet",
        "Gezin Peeters",
        "Amina Peeters",
        "Karim Peeters",
        COORDINATOR,
        ORGANISATION,
    ):
        assert name in text, name
    assert "Sara (7 jaar)" in text and "Noah (4 jaar)" in text
    assert "Sara Peeters" not in text  # a child by the first name only
    assert "0470 12 34 56" in text and "+32" not in text
    assert "van 31 augustus 2026 tot 28 februari 2027" in text
    assert "2 keer per maand" in text
    assert "geen hulpverlener" in text and "zoekt geen woning" in text
    assert len(re.findall(r"\bHandtekening\b", text)) == 3  # one block per party, under "Handtekeningen"
    for word in ("Naam", "Datum", "Plaats"):
        assert len(re.findall(rf"\b{word}\b", text)) >= 3, word
    assert "Gemaakt op 26 november 2026" in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) <= 2


def test_names_in_any_script_and_the_arabic_text_print_with_embedded_fonts(
    store: Store, tmp_path: Path
) -> None:
    duo = _haddad(store)
    pdf = _pdf(store, duo, "ar")
    text = _text(pdf)
    for name in (ARABIC_ADULT, ETHIOPIC_CHILD.split()[0], CYRILLIC_BUDDY, "Gezin Haddad"):
        assert name in text, name
    assert "ሰላም (7 jaar)" in text
    assert ARABIC_SENTENCE in text
    assert "van 31 augustus 2026 tot 28 februari 2027" in text  # the Dutch is still there, part by part

    used = pdf_fonts(pdf, tmp_path)
    assert {"NotoSansArabic-Regular", "NotoSansEthiopic-Regular"} <= {name for name, _ in used}
    assert all(embedded for _, embedded in used), used


def test_the_english_version_fills_in_english_dates(store: Store) -> None:
    duo = _peeters(store)
    text = _text(_pdf(store, duo, "en"))
    assert "from 31 August 2026 to 28 February 2027" in text
    assert "van 31 augustus 2026 tot 28 februari 2027" in text


def test_an_on_screen_signature_is_drawn_in_its_block(store: Store) -> None:
    duo = _peeters(store)
    without = _pdf(store, duo)
    signed = _pdf(store, duo, signatures={"buddy": _signature_png()})
    assert _image_count(signed) == _image_count(without) + 1
    # The buddy's block is dated the day it was signed on screen.
    assert "Gemaakt op 26 november 2026" in _text(without)
    assert _text(signed).count("26 november 2026") == _text(without).count("26 november 2026") + 1


def test_a_second_language_without_a_text_is_refused(store: Store) -> None:
    duo = _peeters(store)
    for code in ("xx", "nl"):
        with pytest.raises(DomainError) as refused:
            agreement_content(store, duo.id, code, TODAY)
        assert refused.value.field == "language", code


def test_every_shipped_translation_is_complete() -> None:
    assert set(languages()) >= {"nl", "en", "fr", "ar"}
    assert next(iter(languages())) == "nl"
    for code in languages():
        assert missing_keys(code) == [], code
    assert languages()["ar"].right_to_left and not languages()["fr"].right_to_left


# -- the record of agreements made ----------------------------------------------------------------------------


def test_the_same_agreement_twice_is_one_record_and_another_language_another(store: Store) -> None:
    duo = _peeters(store)
    first = agreement_content(store, duo.id, None, TODAY)
    again = agreement_content(store, duo.id, None, TODAY)
    pdf = agreement_pdf(first)
    assert agreement_pdf(again) == pdf
    record = record_made(store, first, pdf)
    assert record_made(store, again, agreement_pdf(again)).id == record.id
    assert (record.template_version, record.sha256) == (1, hashlib.sha256(pdf).hexdigest())
    assert (record.second_language, record.signed_on, record.scan) == (None, None, None)

    english = agreement_content(store, duo.id, "en", TODAY)
    english_pdf = agreement_pdf(english)
    assert english_pdf != pdf
    other = record_made(store, english, english_pdf)
    assert other.id != record.id and other.second_language == "en"
    assert {r.id for r in agreements_of(store, duo.id)} == {record.id, other.id}


# -- the organisation's own text ------------------------------------------------------------------------------


def test_a_changed_clause_makes_a_new_version_used_by_the_next_agreement(store: Store) -> None:
    duo = _peeters(store)
    assert read_template(store).version == 1
    saved = save_template(store, "nl", {"buddy_not.items": NEW_CLAUSES})
    assert saved.version == 2 and saved.changed("nl", "buddy_not.items")
    assert read_template(store).version == 2

    content = agreement_content(store, duo.id, None, TODAY)
    pdf = agreement_pdf(content)
    text = _text(pdf)
    for clause in NEW_CLAUSES:
        assert clause in text
    assert "zoekt geen woning" not in text
    assert record_made(store, content, pdf).template_version == 2
    # The other languages keep their own text.
    assert ARABIC_SENTENCE in _text(_pdf(store, duo, "ar"))

    assert save_template(store, "nl", {"buddy_not.items": [f"  {c}  " for c in NEW_CLAUSES]}).version == 2
    assert read_template(store).version == 2


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("agree.items", ["Het traject duurt {months} maanden.", "Wie betaalt {salary}?"]),
        ("intro", "Dit zijn de afspraken vanaf {start"),
        ("agree.items", ["Het traject duurt {months} maanden, vanaf {}."]),  # would print "{months}" as is
        ("buddy_not.items", []),
        ("buddy_not.items", ["   ", ""]),
        ("title", "   "),
    ],
)
def test_a_text_the_agreement_cannot_print_is_refused_and_nothing_is_saved(
    store: Store, key: str, value: str | list[str]
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        save_template(store, "nl", {key: value, "photos.yes": "Ja, dat mag zeker."})
    assert [error.field for error in refused.value.errors] == [key]
    assert read_template(store).version == 1


def test_every_refused_part_is_reported_at_once(store: Store) -> None:
    with pytest.raises(ValidationFailed) as refused:
        save_template(
            store,
            "nl",
            {"talk.items": ["Bel {salary}."], "intro": "Vanaf {start", "stop.items": [], "title": "Nieuw"},
        )
    assert sorted(error.field or "" for error in refused.value.errors) == [
        "intro",
        "stop.items",
        "talk.items",
    ]
    assert any("{salary}" in error.message for error in refused.value.errors)
    assert read_template(store).version == 1


# -- the signing ----------------------------------------------------------------------------------------------


def test_signing_keeps_the_scan_writes_the_consent_and_clears_the_flag(
    store: Store, data_dir: Path, tmp_path: Path
) -> None:
    duo = _peeters(store, started=True)
    [row] = duos.duo_rows(store, TODAY)
    assert Flag.AGREEMENT_NOT_SIGNED in {raised.flag for raised in row.flags}
    content = agreement_content(store, duo.id, None, TODAY)
    record = record_made(store, content, agreement_pdf(content))

    with pytest.raises(DomainError) as future:
        mark_signed(store, record.id, TODAY + dt.timedelta(days=1), PhotoConsent.YES, TODAY)
    assert future.value.field == "signed_on"
    letter = tmp_path / "signed.docx"
    letter.write_bytes(b"PK\x03\x04 not a scan")
    with pytest.raises(DomainError) as wrong_kind:
        mark_signed(store, record.id, START, PhotoConsent.YES, TODAY, scan=letter)
    assert wrong_kind.value.field == "scan"
    assert agreements_of(store, duo.id)[0].signed_on is None  # nothing was noted

    scan = tmp_path / "Scan.PNG"
    scan.write_bytes(_signature_png())
    mark_signed(store, record.id, START, PhotoConsent.YES, TODAY, scan=scan)

    [kept] = agreements_of(store, duo.id)
    assert kept.signed_on == START
    assert (
        kept.scan is not None and kept.scan.startswith(f"agreements/{duo.id}/") and kept.scan.endswith(".png")
    )
    assert scan_content(store, kept) == scan.read_bytes()
    assert not (data_dir / "agreements").exists(), "kept in the encrypted database, not as a plain file"
    with store.session() as session:
        family = session.get(Family, duo.family_id)
        assert family is not None
        assert (family.photo_consent, family.consent_date) == (PhotoConsent.YES, START)
    [row] = duos.duo_rows(store, TODAY)
    assert Flag.AGREEMENT_NOT_SIGNED not in {raised.flag for raised in row.flags}


def test_a_signed_agreement_comes_first_and_the_next_pdf_shows_the_consent(
    store: Store, tmp_path: Path
) -> None:
    duo = _peeters(store, started=True)
    english = agreement_content(store, duo.id, "en", TODAY)
    signed = record_made(store, english, agreement_pdf(english))
    dutch = agreement_content(store, duo.id, None, TODAY)
    record_made(store, dutch, agreement_pdf(dutch))
    before = agreement_pdf(agreement_content(store, duo.id, None, TODAY))

    mark_signed(store, signed.id, dt.date(2026, 9, 2), PhotoConsent.NO, TODAY)
    records = agreements_of(store, duo.id)
    assert records[0].id == signed.id and records[0].scan is None and len(records) == 2
    assert agreement_content(store, duo.id, None, TODAY).photo_consent == PhotoConsent.NO
    assert agreement_pdf(agreement_content(store, duo.id, None, TODAY)) != before  # the "no" box is ticked


# -- the administrator's command ------------------------------------------------------------------------------


@pytest.fixture
def cli_folder(tmp_path: Path) -> Iterator[tuple[Path, Duo]]:
    """A data folder with one duo, closed again so the command can open it."""
    folder = tmp_path / "programme"
    with open_store(folder, test_key(folder)) as store:
        duo = _peeters(store)
    yield folder, duo


def _records(folder: Path, duo: Duo) -> list[str | None]:
    with open_store(folder, test_key(folder)) as store:
        return [record.second_language for record in agreements_of(store, duo.id)]


def test_the_command_writes_and_records_the_agreement(
    cli_folder: tuple[Path, Duo], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, duo = cli_folder
    out = tmp_path / "afspraken.pdf"
    code = main(["--data-dir", str(folder), "agreement", str(duo.id)[:8], "--out", str(out), "--lang", "fr"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Gezin Peeters" in captured.out and "Jonas De Smet" in captured.out
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert "31 août 2026" in _text(pdf)
    assert _records(folder, duo) == ["fr"]
    assert list(tmp_path.glob(".*.part")) == []


def test_the_command_refuses_an_unknown_duo(
    cli_folder: tuple[Path, Duo], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, duo = cli_folder
    out = tmp_path / "afspraken.pdf"
    code = main(["--data-dir", str(folder), "agreement", "ffffffff", "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 1
    assert "ffffffff" in captured.err and "Traceback" not in captured.err + captured.out
    assert not out.exists()
    assert _records(folder, duo) == []


def test_the_command_into_a_missing_folder_writes_nothing(
    cli_folder: tuple[Path, Duo], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, duo = cli_folder
    out = tmp_path / "no such folder" / "afspraken.pdf"
    code = main(["--data-dir", str(folder), "agreement", str(duo.id), "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 1
    assert str(out) in captured.out + captured.err and "Traceback" not in captured.out + captured.err
    assert not out.parent.exists()
    assert _records(folder, duo) == []


def test_the_duos_command_lists_the_ids_the_agreement_command_takes(
    cli_folder: tuple[Path, Duo], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, duo = cli_folder
    assert main(["--data-dir", str(folder), "duos"]) == 0
    [line, total] = capsys.readouterr().out.splitlines()
    assert line.startswith(str(duo.id)) and "Gezin Peeters with Jonas De Smet" in line
    assert total == "1 duo(s)"
    # The whole id as listed (with hyphens) or without its hyphens finds the same duo.
    out = tmp_path / "afspraken.pdf"
    assert main(["--data-dir", str(folder), "agreement", str(duo.id), "--out", str(out)]) == 0
    assert main(["--data-dir", str(folder), "agreement", duo.id.hex.upper(), "--out", str(out)]) == 0
    assert _records(folder, duo) == [None]


def test_a_huge_name_and_an_emoji_print_without_breaking_the_agreement(store: Store) -> None:
    long_name = "Gezin " + " ".join(["Abdelrahman-Al-Khatib"] * 14)  # about 300 characters
    members = [
        MemberDraft(name="Layla 🌸 Haddad", role=MemberRole.PARENT, birth_year=1992),
        MemberDraft(name="Yusuf", role=MemberRole.CHILD, birth_year=2020),
    ]
    duo = _duo(store, long_name, members, "Jonas De Smet")
    pdf = _pdf(store, duo)
    text = _text(pdf)
    # Wrapped, not cut: every word of the long name is there; the emoji (no font of ours has it) is shown as
    # the replacement character, never as an empty box or a gap.
    assert text.count("Abdelrahman-Al-Khatib") >= 14
    assert "Layla \ufffd Haddad" in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) <= 3


def test_a_scan_that_cannot_be_read_is_said_at_its_field_and_nothing_is_signed(
    store: Store, tmp_path: Path
) -> None:
    duo = _peeters(store, started=True)
    content = agreement_content(store, duo.id, None, TODAY)
    record = record_made(store, content, agreement_pdf(content))
    scan = tmp_path / "scan.pdf"
    scan.mkdir()  # a folder named as a scan: it cannot be read as one
    with pytest.raises(DomainError) as refused:
        mark_signed(store, record.id, START, PhotoConsent.YES, TODAY, scan=scan)
    assert refused.value.field == "scan" and "cannot be read" in refused.value.message
    assert agreements_of(store, duo.id)[0].signed_on is None


# -- a text that is not what the editor lets through (an older database, a translation file) -----------------

# Fields that str.format would evaluate: Python's own objects, an index, a string of a billion spaces.
UNSAFE_FIELDS = ("{__class__.__mro__}", "{start.__class__}", "{start[0]}", "{start:>999999999}", "{start!r}")


def test_a_text_with_fields_beyond_plain_names_prints_them_as_written(store: Store) -> None:
    duo = _peeters(store)
    intro = "Vanaf {start}: " + " ".join(UNSAFE_FIELDS) + " {unknown}."
    with store.transaction() as session:  # as a database written before the editor checked its texts
        session.add(AgreementTemplate(version=2, clauses={"nl": {"intro": intro}}))

    text = _text(_pdf(store, duo))

    # Printed as written; a plain name the agreement does not know gets a line to write on.
    blank = unicodedata.normalize("NFKC", BLANK)  # as _text gives it
    assert "Vanaf 31 augustus 2026: " + " ".join(UNSAFE_FIELDS) + f" {blank}." in text
    assert "<class" not in text and "'str'" not in text


def test_only_plain_names_are_filled_in() -> None:
    values = {"start": "1 maart 2025", "months": "6"}
    assert fill_placeholders("{months} maanden vanaf {start}", values) == "6 maanden vanaf 1 maart 2025"
    assert fill_placeholders("{{start}} {start:%Y} {0} {}", values) == "{start} {start:%Y} {0} {}"
    assert fill_placeholders("{start", values) == "{start"  # braces that do not pair up: printed as they are
    assert fill_placeholders("{start.upper}{start[0]}", values) == "{start.upper}{start[0]}"

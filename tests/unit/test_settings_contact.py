"""The organisation's and the coordinator's contact settings and the logo (core/settings.py): what is refused
and where, how phones are stored, and where the logo lands."""

from __future__ import annotations

from pathlib import Path

import pytest

from tandem_desktop.core.errors import DomainError
from tandem_desktop.core.settings import (
    CONTACT_FIELDS,
    MAX_CONTACT_LENGTH,
    MAX_LOGO_BYTES,
    read_logo,
    read_settings,
    set_logo,
    update_contact,
)
from tandem_desktop.db import kept_files
from tandem_desktop.db.store import Store

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 64


def test_the_seven_contact_fields_are_named() -> None:
    assert set(CONTACT_FIELDS) == {
        "organisation_name",
        "organisation_address",
        "organisation_phone",
        "organisation_email",
        "coordinator_name",
        "coordinator_phone",
        "coordinator_email",
    }


def test_text_is_trimmed_and_stored(store: Store) -> None:
    assert update_contact(store, "organisation_name", "  IN-Gent   vzw \n") == "IN-Gent vzw"
    assert update_contact(store, "coordinator_name", "Hiwot Tesfaye") == "Hiwot Tesfaye"
    settings = read_settings(store)
    assert settings.organisation_name == "IN-Gent vzw"
    assert settings.coordinator_name == "Hiwot Tesfaye"


def test_a_phone_is_stored_in_e164_and_shown_in_national_form(store: Store) -> None:
    assert update_contact(store, "coordinator_phone", "0470 12 34 56") == "0470 12 34 56"
    assert read_settings(store).coordinator_phone == "+32470123456"
    assert update_contact(store, "organisation_phone", "0031 20 123 4567").startswith("+31")
    assert read_settings(store).organisation_phone == "+31201234567"
    assert update_contact(store, "coordinator_phone", " ") == ""
    assert read_settings(store).coordinator_phone is None


def test_a_bad_phone_is_refused_with_its_field_named(store: Store) -> None:
    update_contact(store, "organisation_phone", "09 225 12 34")
    with pytest.raises(DomainError) as caught:
        update_contact(store, "organisation_phone", "12345")
    assert caught.value.field == "organisation_phone"
    assert "12345" in caught.value.message
    assert read_settings(store).organisation_phone == "+3292251234"  # the earlier number stays


@pytest.mark.parametrize("typed", ["coordinator.example.org", "a@b", "a b@example.org", "a@@example.org"])
def test_a_bad_email_is_refused(store: Store, typed: str) -> None:
    with pytest.raises(DomainError) as caught:
        update_contact(store, "coordinator_email", typed)
    assert caught.value.field == "coordinator_email"
    assert read_settings(store).coordinator_email == ""


def test_a_good_email_is_stored_trimmed(store: Store) -> None:
    assert update_contact(store, "organisation_email", " tandem@example.org ") == "tandem@example.org"
    assert read_settings(store).organisation_email == "tandem@example.org"


def test_too_long_a_text_is_refused(store: Store) -> None:
    with pytest.raises(DomainError) as caught:
        update_contact(store, "organisation_address", "x" * (MAX_CONTACT_LENGTH + 1))
    assert caught.value.field == "organisation_address"


def test_the_logo_is_kept_in_the_encrypted_database_not_as_a_file(store: Store, tmp_path: Path) -> None:
    source = tmp_path / "Our Logo.PNG"
    source.write_bytes(PNG)
    set_logo(store, source)
    assert read_settings(store).logo_path == "logo.png"
    assert read_logo(store) == PNG
    assert not list(store.data_dir.glob("logo*")), "no plain copy in the data folder"

    # Another kind replaces it; the earlier one goes.
    jpeg = tmp_path / "logo.jpeg"
    jpeg.write_bytes(JPEG)
    set_logo(store, jpeg)
    assert read_settings(store).logo_path == "logo.jpeg"
    assert read_logo(store) == JPEG
    with store.session() as session:
        assert kept_files.read(session, "logo.png") is None

    set_logo(store, None)
    assert read_settings(store).logo_path is None
    assert read_logo(store) is None


@pytest.mark.parametrize(
    ("name", "content"),
    [("logo.gif", b"GIF89a" + b"\0" * 16), ("logo.svg", b"<svg/>"), ("logo.png", b"not an image at all")],
)
def test_a_file_that_is_not_a_png_or_jpeg_is_refused(
    store: Store, tmp_path: Path, name: str, content: bytes
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(DomainError) as caught:
        set_logo(store, source)
    assert caught.value.field == "logo_path"
    assert read_settings(store).logo_path is None
    assert not list(store.data_dir.glob("logo*"))


def test_a_missing_or_too_large_image_is_refused_and_the_old_logo_stays(store: Store, tmp_path: Path) -> None:
    good = tmp_path / "good.png"
    good.write_bytes(PNG)
    set_logo(store, good)
    with pytest.raises(DomainError) as missing:
        set_logo(store, tmp_path / "gone.png")
    assert missing.value.field == "logo_path"
    large = tmp_path / "large.jpg"
    large.write_bytes(JPEG + b"\0" * MAX_LOGO_BYTES)
    with pytest.raises(DomainError) as too_large:
        set_logo(store, large)
    assert "MB" in too_large.value.message
    assert read_settings(store).logo_path == "logo.png"
    assert read_logo(store) == PNG

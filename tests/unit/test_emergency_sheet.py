"""The emergency sheet: the recovery key on one printed page, legible and complete, with the warnings."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from tandem_desktop.documents.emergency_sheet import EmergencySheetTexts, emergency_sheet_pdf

# A fictional key, in the form the app makes one (db.cipher.new_recovery_key).
KEY = "7K3M-Q9X2-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01"
FOLDER = r"C:\Users\lotte\AppData\Local\Tandem Desktop"


def _pages(pdf: bytes) -> list[str]:
    """Each page's text as a reader would copy it: ligatures undone (NFKC), lines joined."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in pages]


def _key_in(text: str) -> str | None:
    """The eight groups of the key as the page shows them (in order, whatever stands between them)."""
    found = re.search(r"\b" + r"[\s-]+".join(KEY.split("-")) + r"\b", text)
    return None if found is None else "-".join(re.split(r"[\s-]+", found.group()))


def test_the_sheet_is_one_page_with_the_whole_key_and_the_warnings() -> None:
    texts = EmergencySheetTexts()
    pdf = emergency_sheet_pdf(KEY, data_folder=FOLDER, made_on="3 March 2027", organisation="IN-Gent vzw")
    assert pdf.startswith(b"%PDF")
    pages = _pages(pdf)
    assert len(pages) == 1
    text = pages[0]
    assert _key_in(text) == KEY
    assert texts.title in text
    assert texts.lost in text
    assert texts.warning in text
    assert "IN-Gent vzw" in text and FOLDER in text and "3 March 2027" in text


def test_a_key_typed_in_another_form_is_printed_in_its_own() -> None:
    typed = KEY.lower().replace("-", " ").replace("0", "o")
    text = _pages(emergency_sheet_pdf(typed, data_folder=FOLDER, made_on="3 March 2027"))[0]
    assert _key_in(text) == KEY


@pytest.mark.parametrize("wrong", ["", "correct horse battery staple", KEY[:-1], KEY.replace("A", "U")])
def test_something_that_is_not_a_recovery_key_is_not_printed(wrong: str) -> None:
    with pytest.raises(ValueError):
        emergency_sheet_pdf(wrong, data_folder=FOLDER, made_on="3 March 2027")


def test_names_and_folders_in_any_script_make_a_sheet() -> None:
    pdf = emergency_sheet_pdf(
        KEY,
        data_folder="/home/ሰላም/\u202eTandem\u202c/بيانات",  # Ethiopic, Arabic and a typed reordering control
        made_on="٣ مارس ٢٠٢٧",
        organisation="جمعية الصداقة \u202eغنت",
    )
    pages = _pages(pdf)
    assert len(pages) == 1
    assert _key_in(pages[0]) == KEY
    # The typed control is gone; shaped Arabic may come out of a PDF in visual order: look both ways.
    assert "جمعية الصداقة غنت" in pages[0] or "جمعية الصداقة غنت"[::-1] in pages[0]
    assert "ሰላም" in pages[0]


def test_a_long_translation_still_fits_on_one_page_with_the_key() -> None:
    texts = EmergencySheetTexts(intro="Deze tekst is veel te lang voor één blad. " * 120)
    pdf = emergency_sheet_pdf(KEY, data_folder=FOLDER * 6, made_on="3 maart 2027", texts=texts)
    pages = _pages(pdf)
    assert len(pages) == 1
    assert _key_in(pages[0]) == KEY
    assert texts.lost in pages[0]


def test_the_key_is_not_in_the_file_properties() -> None:
    pdf = emergency_sheet_pdf(KEY, data_folder=FOLDER, made_on="3 March 2027", organisation="IN-Gent vzw")
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    assert metadata.title == EmergencySheetTexts().title
    assert not any(group in str(value) for value in metadata.values() for group in KEY.split("-"))

"""Names in any script in the agreement: printed as typed (no ligature that turns a name into a sign), in reading
order (an Arabic name in a Dutch line neither turns the line around nor moves its words), and found again in the
PDF's text as a reader copies it (pdftotext): Arabic in base letters and in logical order."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import pytest
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.pdfbase import pdfmetrics

from tandem_desktop.core.agreements import Child, agreement_content
from tandem_desktop.db.models import FamilyMember
from tandem_desktop.db.models.enums import MemberRole
from tandem_desktop.db.store import Store
from tandem_desktop.documents import fonts, house_style
from tandem_desktop.documents.agreement import agreement_pdf
from tandem_desktop.documents.fonts import direction, families, reading_order
from tandem_desktop.documents.fonts.isolates import FSI, PDI, isolate

from ..pdf_fonts import Word, pdf_text_lines, pdf_words
from .test_agreement import AR_TEXTS, ARABIC_SENTENCE, TODAY, Duo, _duo, _pdf

# Fictional people. On the agreement's day (2026-11-26) the children are 10, 7 and 5.
FAMILY = "محمد الحسيني"
ADULT = "Олена Коваль"
BUDDY = "ሰላም ተስፋይ"
CHILDREN = (("محمد", 2016), ("Lina", 2019), ("ዮናስ", 2021))
KINDEREN = "محمد (10 jaar), Lina (7 jaar), ዮናስ (5 jaar)"  # the household's row, read in a Dutch document

# What shaped Arabic must never leave in the text layer: presentation forms, private-use code points.
NOT_TEXT = re.compile("[\ufb50-\ufdff\ufe70-\ufeff\ue000-\uf8ff\U000f0000-\U0010ffff]")
OUR_CODES = re.compile(
    "[\U000f0000-\U000ffffd]"
)  # the codes documents/fonts/text_layer.py draws a glyph with for one letter


def _household(
    store: Store,
    children: Sequence[tuple[str, int]] = CHILDREN,
    adult: str = ADULT,
    family: str = FAMILY,
) -> Duo:
    members = [FamilyMember(name=adult, role=MemberRole.PARENT, birth_year=1987)]
    members += [FamilyMember(name=name, role=MemberRole.CHILD, birth_year=year) for name, year in children]
    return _duo(store, family, members, BUDDY)


def _line_of(words: Sequence[Word], word: Word) -> list[Word]:
    """The words on the same line as `word` (and in the same column or not), left to right."""
    same = [w for w in words if w.page == word.page and abs(w.middle - word.middle) < 3]
    return sorted(same, key=lambda w: w.x_min)


def _find(words: Sequence[Word], logical: str) -> Word:
    """The first word that reads `logical` (a right-to-left word stands on the page backwards)."""
    return next(w for w in words if logical in (w.text, w.text[::-1]))


# -- the Dutch agreement --------------------------------------------------------------------------------------


def test_arabic_names_print_as_typed_and_read_in_logical_order(store: Store, tmp_path: Path) -> None:
    pdf = _pdf(store, _household(store))
    lines = pdf_text_lines(pdf, tmp_path)
    text = "\n".join(lines)

    assert f"{FAMILY}: {ADULT}" in lines  # the family's row: its name, then its adults
    assert KINDEREN in lines  # Arabic, Latin and Ethiopic names in the order they were typed
    assert BUDDY in lines
    assert text.count("محمد") == 2  # the family's name and the child's, in base letters
    assert NOT_TEXT.findall(text) == []  # no presentation form (U+FDF4 "ﷴ" among them), no private use


def test_a_dutch_line_stays_left_to_right_when_its_first_value_is_arabic(
    store: Store, tmp_path: Path
) -> None:
    words = pdf_words(_pdf(store, _household(store)), tmp_path)
    cell_start = _find(words, "Lotte").x_min  # the coordinator's row: Latin, at the start of the value cell

    kinderen = [w for w in _line_of(words, _find(words, "(10")) if w.x_min >= cell_start - 1]
    assert kinderen[0].x_min == pytest.approx(cell_start, abs=0.5)  # starts at the left, not right-aligned
    assert [w.text[::-1] if w is kinderen[0] else w.text for w in kinderen] == KINDEREN.split()

    family = [w for w in _line_of(words, _find(words, "Олена")) if w.x_min >= cell_start - 1]
    assert family[0].x_min == pytest.approx(cell_start, abs=0.5)
    # On the page, left to right: the family's name (Arabic: its first word on the right), then the adult's.
    assert [w.text[::-1] for w in family[:2]] == ["الحسيني", "محمد"]
    assert [w.text for w in family[-2:]] == ADULT.split()


def test_a_reordering_control_typed_into_a_name_reorders_nothing(store: Store, tmp_path: Path) -> None:
    # Saving a name drops such controls (core.bidi); a name kept before that, or imported, may still hold them.
    content = agreement_content(store, _household(store).id, None, TODAY)
    content = dataclasses.replace(
        content,
        family="Gezin \u202ePeeters",  # right-to-left override
        adults=("Amina\u2067 Peeters\u200f",),  # right-to-left isolate, right-to-left mark
        children=(Child("Sara\u202e", 7), Child("\u202bNoah\u2069", 4)),  # embedding, an isolate's end
    )
    lines = pdf_text_lines(agreement_pdf(content), tmp_path)

    assert "Gezin Peeters: Amina Peeters" in lines
    assert "Sara (7 jaar), Noah (4 jaar)" in lines


# -- the Arabic translation -----------------------------------------------------------------------------------


def test_the_arabic_translation_reads_right_to_left_and_extracts(store: Store, tmp_path: Path) -> None:
    pdf = _pdf(store, _household(store), "ar")
    lines = pdf_text_lines(pdf, tmp_path)
    assert any(ARABIC_SENTENCE in line for line in lines)  # "لا" (lam-alef, one glyph) in its two letters
    assert KINDEREN in lines  # the Dutch parts stay left to right
    assert NOT_TEXT.findall("\n".join(lines)) == []

    words = pdf_words(pdf, tmp_path)
    sentence = _line_of(words, _find(words, "سكن"))
    # Right to left on the page: the bullet on the right, then the sentence's first word, its full stop last.
    assert sentence[-1].text == "•"
    assert " ".join(w.text[::-1] for w in reversed(sentence[:-1])) == ARABIC_SENTENCE + "."
    # Right-aligned: the first lines of the part's items end at the same place, whatever their length.
    items = AR_TEXTS["buddy_not.items"][2:5]  # their second words ("يعطي", …) are found once
    firsts = [[w for w in _line_of(words, _find(words, item.split()[1])) if w.text != "•"] for item in items]
    assert len({round(line[-1].x_max) for line in firsts}) == 1
    assert len({round(line[0].x_min) for line in firsts}) > 1


# -- the pieces -----------------------------------------------------------------------------------------------


def test_a_user_value_is_an_isolate_without_the_controls_typed_into_it() -> None:
    assert isolate("Sa\u202era\u2067 \u200eal\u061c-\u2069Amin\u202c") == f"{FSI}Sara al-Amin{PDI}"
    assert isolate("Kerkstraat 1\n9000 Gent") == f"{FSI}Kerkstraat 1{PDI}\n{FSI}9000 Gent{PDI}"
    assert isolate("") == ""


def test_the_levels_are_the_unicode_bidi_algorithms() -> None:
    # python-bidi gives them only in a debug description: pin what is read from it.
    # Without an isolate, the number after an Arabic name joins its right-to-left run ("ab 12 محمد")…
    assert reading_order._levels("ab محمد 12", False) == (0, 0, 0, 1, 1, 1, 1, 1, 2, 2)
    # … in one, it stays in the line's own direction.
    assert reading_order._levels(f"{FSI}محمد{PDI} (10)", False) == (0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0)
    assert reading_order._levels("محمد Lina.", True) == (1, 1, 1, 1, 1, 2, 2, 2, 2, 1)


def test_arabic_keeps_its_required_ligature_and_loses_the_word_signs() -> None:
    paragraph = fonts.paragraph("محمد لا الله", direction.directed(house_style.styles().body, True))
    paragraph.wrap(400, 100)
    [line] = paragraph.blPara.lines
    drawn = "".join(str(f.text) for f in line.words)
    assert "\ufdf4" not in drawn and "\ufdf2" not in drawn  # not the honorific signs of "محمد", "الله"
    assert unicodedata.normalize("NFKC", drawn[:4][::-1]) == "محمد"
    # Lam and alef join in one glyph, drawn under two codes (one letter each for the text layer): the glyph's
    # own first, on the left, then an empty one; the bidi pass keeps them so.
    face = pdfmetrics.getFont(families.FAMILIES[families.Script.ARABIC].regular).face  # type: ignore[attr-defined]
    visual = "".join(str(f.text) for f in reading_order._visual_line(line.words, right_to_left=True))
    glyphs = [face.charToGlyph.get(ord(c)) for c in visual]
    at = glyphs.index(face.charToGlyph[0xFEFB])
    assert glyphs[at + 1] == face.charToGlyph[0x20]


def test_a_value_does_not_set_the_direction_of_its_paragraph() -> None:
    body = house_style.styles().body
    dutch = fonts.paragraph(isolate("محمد") + " komt elke week.", body)
    assert dutch.style.alignment == TA_LEFT and not dutch._rtl_base
    [line] = (dutch.wrap(400, 100), dutch.blPara.lines)[1]
    visual = [str(f.text) for f in reading_order._visual_line(line.words, right_to_left=False)]
    name = OUR_CODES.sub("", visual[0])  # (less the left-to-right mark after it, drawn with a code of ours)
    assert unicodedata.normalize("NFKC", name[::-1]) == "محمد"  # on the left: the line's start
    assert visual[-1].endswith("komt elke week.")

    arabic = fonts.paragraph("يأتي " + isolate("Lina") + " كل أسبوع.", direction.directed(body, True))
    assert arabic.style.alignment == TA_RIGHT and arabic._rtl_base

"""The PDF's text layer: the letter each drawn glyph stands for, and the ToUnicode maps ReportLab writes with it.

ReportLab writes a shaped glyph's character into the PDF's ToUnicode map: an Arabic presentation form
(U+FB50–U+FDFF, U+FE70–U+FEFF), or a private-use code point for a glyph with no character of its own, so that a
name could not be searched or copied. Here every code stands for one letter of what was typed:
`_to_unicode_cmap` maps a presentation form to its letter (NFKC) and a private-use glyph to the letter of its
HarfBuzz cluster; a glyph standing for several letters gets a code of ours for each letter (`_letter_code`, used
by `shaping._one_code_per_letter`).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase import ttfonts

_lock = threading.Lock()  # our fonts' shared tables: their registration (`families`), our letter codes
# Code points of glyphs without a character of their own: ReportLab's (U+E000 on) and ours (plane 15, below).
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd]")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")  # Arabic: one letter or several
_LETTER_CODES = 0xF0000  # the first of our codes for one letter of a glyph that stands for several
_FACES: dict[str, str] = {}  # registered font name -> the face's PostScript name (as in the PDF's font names)
# Per face (PostScript name), the letter each private-use code stands for: for ReportLab's, what its glyph was
# shaped from; for ours, one letter of a ligature. Filled while shaping, read when the PDF's fonts are written
# (`_to_unicode_cmap`) and by the bidi pass.
_GLYPH_TEXTS: dict[str, dict[int, str]] = {}
_letter_codes: dict[tuple[str, int, str, float], int] = {}  # (font, glyph, letter, width) -> our code


def _own_letters(char: str) -> str:
    """The letters a glyph stands for by its own character: an Arabic presentation form's (NFKC), a character's
    itself; "" for a private-use code (its cluster tells)."""
    if _PRIVATE_USE.match(char):
        return ""
    return unicodedata.normalize("NFKC", char) if _PRESENTATION_FORMS.match(char) else char


def _letter_code(font: Any, glyph: int, letter: str, width: float) -> int:
    """Our code for `glyph` of `font` standing for `letter` alone, `width` wide (units of 1/1000 em)."""
    key = (font.fontName, glyph, letter, round(width, 3))
    code = _letter_codes.get(key)
    if code is None:
        with _lock:
            code = _letter_codes.setdefault(key, _LETTER_CODES + len(_letter_codes))
            font.face.charToGlyph[code] = glyph
            font.face.charWidths[code] = width
            _GLYPH_TEXTS.setdefault(_FACES.get(font.fontName, font.fontName), {})[code] = letter
    return code


def _glyph_text(face: dict[int, str], code: int) -> str:
    """What a glyph of a font subset stands for, as the PDF's ToUnicode map gives it to readers."""
    if code in face:
        return face[code]
    char = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFE:  # Arabic presentation forms: their letters
        return unicodedata.normalize("NFKC", char)
    return char


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """ReportLab's ToUnicode CMap of a font subset (`ttfonts.makeToUnicodeCMap`), each code mapped to the
    letters its glyph stands for (`_glyph_text`) in UTF-16 (characters above U+FFFF as surrogate pairs), and in
    blocks of at most 100 entries as the PDF reference asks."""
    face = _GLYPH_TEXTS.get(fontname.partition("+")[2], {})
    entries = [
        f"<{i:02X}> <{_glyph_text(face, code).encode('utf-16-be').hex().upper()}>"
        for i, code in enumerate(subset)
    ]
    blocks: list[str] = []
    for start in range(0, len(entries), 100):
        chunk = entries[start : start + 100]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        *blocks,
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def _install_to_unicode() -> None:
    """ReportLab writes each font subset's ToUnicode map with the module function `makeToUnicodeCMap` (there is
    no setting for it): ours takes its place, for every TrueType font."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap

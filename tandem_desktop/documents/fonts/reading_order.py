"""The reading order of a paragraph's lines: the Unicode Bidirectional Algorithm's embedding levels, and each
line's fragments put in visual order for drawing.

ReportLab's own right-to-left support needs `rlbidi`, which is not installable, so `ScriptParagraph` puts the
runs of each line in visual order itself when it draws (`_visual_lines`), keeping ReportLab's line breaking: the
embedding levels come from the Unicode Bidirectional Algorithm of python-bidi (isolates, brackets, numbers),
resolved once per paragraph; each line is then reordered (rules L1, L2) and brackets in right-to-left runs are
mirrored (L4), a mirrored bracket standing in the text layer for the bracket as typed. Text extractors take a
line in visual order and turn each right-to-left run back to logical order (poppler's pdftotext: up to the next
left-to-right letter or digit): in a left-to-right line, a left-to-right mark (drawn as nothing) ends each
right-to-left run, so that "محمد (10 jaar)" does not come out as "( محمد10 jaar)".
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bidi import get_display  # type: ignore[import-untyped]  # python-bidi has no types
from bidi.mirror import MIRRORED  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr

from .direction import _RIGHT_TO_LEFT_TEXT
from .families import RIGHT_TO_LEFT_FONTS
from .isolates import _ISOLATES
from .shaping import _ADDED_CHAR, _shape_data
from .text_layer import _FACES, _GLYPH_TEXTS, _PRIVATE_USE, _letter_code

_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_NUMBER = re.compile(f"[{_DIGITS}]+(?:[.,:/\u066b\u066c][{_DIGITS}]+)*")
_PIECES = re.compile(r"\s+|[\u2066-\u2069]|[^\s\u2066-\u2069]+")
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


@functools.lru_cache(maxsize=2048)  # the same clauses, in the same lines, come back in every document
def _levels(text: str, right_to_left: bool) -> tuple[int, ...]:
    """The embedding level of each character of a paragraph (rules P–I of the Unicode bidi algorithm: explicit
    isolates and embeddings, weak and neutral types, paired brackets), before any line is reordered.

    python-bidi (0.6) computes them in Rust (the unicode-bidi crate) and gives them only with `debug=True`: its
    get_display then returns the crate's description of the result, in which `levels` holds one level per UTF-8
    byte of the text. The count is checked, so that a change of that description fails loudly.
    """
    report: str = get_display(text, base_dir="R" if right_to_left else "L", debug=True)
    # The text itself comes first in the description (and may hold anything): read after the last "levels:".
    start, end = report.rfind("levels: ["), report.rfind("paragraphs:")
    by_byte = [int(level) for level in _LEVEL.findall(report, start, end)] if 0 <= start < end else []
    encoded = [len(char.encode("utf-8")) for char in text]
    if len(by_byte) != sum(encoded):
        raise RuntimeError("python-bidi did not give one embedding level per byte: is it still 0.6?")
    levels: list[int] = []
    position = 0
    for size in encoded:
        levels.append(by_byte[position])
        position += size
    return tuple(levels)


def _rebuild(text: str, order: Sequence[int]) -> str:
    """`text` with its characters taken in `order`, keeping ReportLab's shaping data with them."""
    chars = "".join(text[i] for i in order)
    if isinstance(text, ShapedStr):
        data = _shape_data(text)
        return ShapedStr(chars, [data[i] for i in order])  # type: ignore[arg-type]
    return chars


def _shaped_right_to_left(text: str) -> bool:
    """Whether HarfBuzz laid the text out right to left: its glyphs' clusters run backwards."""
    if not isinstance(text, ShapedStr) or len(text) < 2:
        return False
    data = text.__shapeData__  # type: ignore[attr-defined]
    first = next((d.cluster for d in data if d.cluster != _ADDED_CHAR), None)
    last = next((d.cluster for d in reversed(data) if d.cluster != _ADDED_CHAR), None)
    return first is not None and last is not None and first > last


def _numbers_left_to_right(text: str) -> str:
    """HarfBuzz lays out a right-to-left word glyph by glyph from right to left, digits too ("١٢" as "٢١"): turn
    each number it reversed (its glyphs' clusters run backwards) back around."""
    if not isinstance(text, ShapedStr):
        return text
    data = _shape_data(text)
    order = list(range(len(text)))
    found = False
    for match in _NUMBER.finditer(text):
        first, last = match.start(), match.end() - 1
        if last > first and data[first].cluster > data[last].cluster:
            order[first : last + 1] = reversed(order[first : last + 1])
            found = True
    return _rebuild(text, order) if found else text


def _mirrored(frag: Any, text: str) -> str:
    """A run of a right-to-left level shows its brackets the other way round (rule L4), where the font has the
    mirrored character. The mirrored glyph is drawn under a code of its own that stands for the character as
    typed, so that text extraction gives "(" where "(" was typed."""
    if not any(c in MIRRORED for c in text) or frag.fontName not in _FACES:
        return text
    font: Any = pdfmetrics.getFont(frag.fontName)
    to_glyph, widths = font.face.charToGlyph, font.face.charWidths
    chars = list(text)
    data = _shape_data(text) if isinstance(text, ShapedStr) else []
    for i, char in enumerate(chars):
        mirror = MIRRORED.get(char)
        if mirror is None or ord(mirror) not in to_glyph:
            continue
        width = widths[ord(mirror)]
        chars[i] = chr(_letter_code(font, to_glyph[ord(mirror)], char, width))
        if data:
            data[i] = data[i]._replace(width=width)
    new = "".join(chars)
    return ShapedStr(new, data) if isinstance(text, ShapedStr) else new  # type: ignore[arg-type]


def _bidi_text(frag: Any, text: str) -> str:
    """The characters the bidi algorithm reads for a drawn text, one per glyph: the glyph's own character,
    except a private-use glyph, which stands for the first letter it was shaped from."""
    if not _PRIVATE_USE.search(text):
        return text
    known = _GLYPH_TEXTS.get(_FACES.get(frag.fontName, ""), {})
    fallback = "\u0627" if frag.fontName in RIGHT_TO_LEFT_FONTS else "a"  # an Arabic letter (AL), or an L
    return "".join((known.get(ord(c)) or fallback)[0] if _PRIVATE_USE.match(c) else c for c in text)


@dataclass
class _Unit:
    """A piece of a line that moves as a whole when the line is put in visual order."""

    frag: Any
    text: str  # as drawn: characters, or glyphs of shaped text
    logical: str  # what the bidi algorithm reads: a character per glyph (reversed, if laid out)
    laid_out: bool = False  # already in visual order (a word HarfBuzz shaped right to left)
    level: int = 0


def _units(words: Sequence[Any]) -> list[_Unit]:
    units: list[_Unit] = []
    for frag in words:
        text = getattr(frag, "text", None)
        if hasattr(frag, "cbDefn") or not text:
            units.append(_Unit(frag, text or "", "\ufffc" if hasattr(frag, "cbDefn") else ""))
            continue
        for match in _PIECES.finditer(text):
            piece = text[match.start() : match.end()]
            if _shaped_right_to_left(piece):  # HarfBuzz laid it out backwards: already in visual order
                piece = _numbers_left_to_right(piece)
                units.append(_Unit(frag, piece, _bidi_text(frag, piece)[::-1], laid_out=True))
            else:
                units.append(_Unit(frag, piece, _bidi_text(frag, piece)))
    return units


def _resolved(units: list[_Unit], levels: Sequence[int], base: int) -> list[_Unit]:
    """The units of a line with their levels; a unit whose characters differ in level is cut where it changes
    ("jaar)," in a right-to-left paragraph: "jaar" left to right, ")," right to left)."""
    out: list[_Unit] = []
    position = 0
    for unit in units:
        own = levels[position : position + len(unit.logical)]
        position += len(unit.logical)
        if unit.laid_out or len(own) != len(unit.text) or len(set(own)) <= 1:
            unit.level = min(own, default=base)
            out.append(unit)
            continue
        start = 0
        for end in range(1, len(own) + 1):
            if end == len(own) or own[end] != own[start]:
                text = unit.text[start:end]
                out.append(_Unit(unit.frag, text, unit.logical[start:end], level=own[start]))
                start = end
    # Rule L1: spaces (and isolates) at the end of a line go back to the paragraph's level.
    for unit in reversed(out):
        if unit.text and not unit.text.isspace() and unit.text not in _ISOLATES:
            break
        unit.level = base
    return out


def _reordered(units: list[_Unit]) -> list[_Unit]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every run at that level or higher.
    A unit at an odd level reads right to left inside too (unless HarfBuzz laid it out so), mirrored (L4)."""
    if not units:
        return units
    levels = [u.level for u in units]
    lowest_odd = min(levels) | 1
    order = list(range(len(units)))
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = reversed(order[i:j])
            i = j
    for unit in units:
        if unit.level % 2 and not unit.laid_out and hasattr(unit.frag, "fontName") and unit.text:
            unit.text = _mirrored(unit.frag, _rebuild(unit.text, range(len(unit.text) - 1, -1, -1)))
    return [units[i] for i in order]


LRM = "\u200e"  # left-to-right mark


def _marked(units: Sequence[_Unit], base: int) -> list[_Unit]:
    """The units without the isolates; in a left-to-right paragraph, a left-to-right mark (LRM) after each
    right-to-left run that has more of the line after it.

    The mark is for the text layer: text extractors take a page's text in visual order and turn right-to-left
    runs around themselves, poppler's pdftotext taking every character up to the next left-to-right letter or
    digit into the run, so that "محمد (10 jaar)" would come out as "( محمد10 jaar)". The mark (a strong
    left-to-right character) ends the run there, and is what plain text needs at that place to show the same.
    """
    units = [u for u in units if u.text not in _ISOLATES]
    if base:
        return units
    for unit, after in itertools.pairwise(units):
        if (
            unit.level % 2
            and not after.level % 2
            and unit.text
            and getattr(unit.frag, "fontName", "") in _FACES
        ):
            # Drawn as the font's space glyph with no width (Noto draws U+200E as a small arrow).
            font: Any = pdfmetrics.getFont(unit.frag.fontName)
            mark = chr(_letter_code(font, font.face.charToGlyph[0x20], LRM, 0))
            unit.text = unit.text + mark  # (added to shaped text, it gets ReportLab's zero-width data)
    return units


def _drawn(units: Sequence[_Unit]) -> list[Any]:
    """The line's fragments in the units' order; neighbours of one fragment joined."""
    visual: list[Any] = []
    last_frag: Any = None
    for unit in units:
        if unit.frag is last_frag and not hasattr(unit.frag, "cbDefn"):
            visual[-1] = visual[-1].clone(text=visual[-1].text + unit.text)
        else:
            visual.append(unit.frag.clone(text=unit.text) if hasattr(unit.frag, "clone") else unit.frag)
            last_frag = unit.frag
    return visual


def _visual_lines(lines: Sequence[Sequence[Any]], right_to_left: bool) -> list[list[Any]]:
    """Each line's fragments (ReportLab's words of a FragLine) in visual order, as the Unicode bidi algorithm
    puts them: levels resolved over the whole paragraph (its lines joined by a space, where ReportLab broke
    them), then each line reordered on its own."""
    line_units = [_units(words) for words in lines]
    logical = " ".join("".join(u.logical for u in units) for units in line_units)
    if not right_to_left and not _RIGHT_TO_LEFT_TEXT.search(logical):
        return [_drawn(_marked(units, 0)) for units in line_units]  # all left to right: the isolates go
    levels = _levels(logical, right_to_left)
    base = 1 if right_to_left else 0
    out: list[list[Any]] = []
    position = 0
    for units in line_units:
        length = sum(len(u.logical) for u in units)
        resolved = _resolved(units, levels[position : position + length], base)
        out.append(_drawn(_marked(_reordered(resolved), base)))
        position += length + 1
    return out


def _visual_line(words: Sequence[Any], right_to_left: bool) -> list[Any]:
    """One line's fragments in visual order, the line taken as a paragraph of its own."""
    return _visual_lines([words], right_to_left)[0]

"""Shaping with HarfBuzz (uharfbuzz) through ReportLab: only the features we want, each single-font piece of a
word on its own, and a code of its own for each letter of a glyph that stands for several.

HarfBuzz joins Arabic letters through ReportLab (`shaping=1` on the style). ReportLab turns on discretionary
ligatures, which in Noto Sans Arabic replace whole words ("محمد" becomes the honorific sign U+FDF4, with vowel
marks the name does not have): `_install_shaping` makes ReportLab shape with the required ligatures and
contextual forms only (SHAPING_FEATURES), and shapes each single-font piece of a word on its own (ReportLab would
shape "(مرحبا)" with the font of the parenthesis, leaving the letters as boxes). A glyph standing for several
letters (lam-alef) is drawn as several codes, each taking a share of its advance (`_one_code_per_letter`), as
text extractors would put a ligature's letters in the wrong order within a right-to-left word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import reportlab.platypus.paragraph as rl_paragraph
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedFragWord, ShapedStr, makeShapedFragWord

from .isolates import _AROUND_ISOLATES, _ISOLATE, _ISOLATES
from .text_layer import _FACES, _GLYPH_TEXTS, _letter_code, _own_letters

# HarfBuzz features for every shaped word: its defaults (required ligatures such as lam-alef, the contextual
# forms init/medi/fina/isol, mark placement, kerning) without the ligatures that replace letters by a sign or a
# word. ReportLab's own choice adds 'dlig', with which Noto Sans Arabic draws "محمد" as U+FDF4 and "الله" as
# U+FDF2 and joins lam-hah into one glyph; 'liga' is off too (Noto Sans's "fi"), as unshaped text has none.
SHAPING_FEATURES: dict[str, bool] = {"kern": True, "liga": False, "dlig": False}

_ShapeFunction = Callable[..., Any]
_ADDED_CHAR = 0x7FFFFFFF  # the cluster ReportLab gives a character added to shaped text (a space)
# The glyphs a shaped word must be looked at for: private-use ones, and presentation forms of several letters.
_SEVERAL_OR_UNKNOWN = re.compile(
    "[\ue000-\uf8ff\U000f0000-\U000ffffd"
    + "".join(
        re.escape(chr(c))
        for c in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF))
        if len(unicodedata.normalize("NFKC", chr(c))) > 1
    )
    + "]"
)


def _shape_data(text: ShapedStr) -> list[Any]:
    return list(text.__shapeData__)  # type: ignore[attr-defined]  # (the stubs leave it out)


def _pieces_by_font(pieces: Sequence[tuple[Any, str]]) -> list[tuple[bool, list[tuple[Any, str]]]]:
    """A word's (fragment, text) pieces in groups to shape together, each with whether it is an isolate: one
    font and size per group; an isolate alone (HarfBuzz would turn it into a space and lose it)."""
    groups: list[tuple[bool, list[tuple[Any, str]]]] = []
    for frag, text in pieces:
        parts = [p for p in _AROUND_ISOLATES.split(text) if p] if _ISOLATE.search(text) else [text]
        for part in parts:
            if part in _ISOLATES:
                groups.append((True, [(frag, part)]))
                continue
            last = groups[-1] if groups else None
            if (
                last is not None
                and not last[0]
                and (last[1][0][0].fontName, last[1][0][0].fontSize) == (frag.fontName, frag.fontSize)
            ):
                last[1].append((frag, part))
            else:
                groups.append((False, [(frag, part)]))
    return groups


def _one_code_per_letter(group: Sequence[tuple[Any, str]], shaped: Any) -> Any:
    """The shaped word with a code of its own for every letter, so that text extraction gets each letter.

    A glyph standing for several letters (lam-alef "لا", lam with alef maksura in "على") would map to all of
    them in the PDF's ToUnicode map, and text extractors put such a string in the wrong order within a
    right-to-left word (poppler reverses the word's characters, the ligature's letters with them). So such a
    glyph is drawn as its own glyph for the first letter in visual order, then an empty glyph for each further
    letter, each taking an equal share of its advance: extractors see one letter per position, as for any
    other glyph. A private-use glyph of a single letter gets that letter noted for the ToUnicode map.
    """
    pieces = [(f, t) for f, t in shaped[1:] if isinstance(t, ShapedStr)]
    if not any(_SEVERAL_OR_UNKNOWN.search(t) for _f, t in pieces):
        return shaped
    source = "".join(text for _frag, text in group)
    data_of = {id(t): _shape_data(t) for _f, t in pieces}
    clusters = sorted({d.cluster for data in data_of.values() for d in data} - {_ADDED_CHAR})
    ends = dict(zip(clusters, [*clusters[1:], len(source)], strict=True))
    carried: dict[int, list[str]] = {}  # cluster -> the letters its glyphs carry by their own characters
    for _f, text in pieces:
        for char, d in zip(text, data_of[id(text)], strict=True):
            carried.setdefault(d.cluster, []).append(_own_letters(char))
    out: list[Any] = [shaped[0]]
    changed = False
    for frag, text in shaped[1:]:
        if not isinstance(text, ShapedStr) or not _SEVERAL_OR_UNKNOWN.search(text):
            out.append((frag, text))
            continue
        font: Any = pdfmetrics.getFont(frag.fontName)  # a TTFont: shaping made the text
        face = font.face
        empty = face.charToGlyph[0x20]  # the space: a glyph without outline (Noto's U+200B… show a sign)
        chars: list[str] = []
        data: list[Any] = []
        for char, d in zip(text, data_of[id(text)], strict=True):
            letters = _own_letters(char)
            if not letters and d.cluster in ends:  # a private-use glyph: its cluster, less its other glyphs'
                rest = list(source[d.cluster : ends[d.cluster]])
                for other in carried.get(d.cluster, []):
                    for letter in other:
                        if letter in rest:
                            rest.remove(letter)
                letters = "".join(rest) or source[d.cluster : d.cluster + 1]
                if len(letters) == 1:
                    _GLYPH_TEXTS.setdefault(_FACES.get(frag.fontName, frag.fontName), {}).setdefault(
                        ord(char), letters
                    )
            if len(letters) <= 1:
                chars.append(char)
                data.append(d)
                continue
            changed = True
            share = len(letters)
            # The letters in visual order: a right-to-left ligature's last letter stands on its left. Each code
            # gets the cluster of its own letter, so that the word still shows the direction it was laid out in.
            right_to_left = unicodedata.bidirectional(letters[0]) in ("R", "AL")
            for k, index in enumerate(range(share - 1, -1, -1) if right_to_left else range(share)):
                glyph = face.charToGlyph[ord(char)] if k == 0 else empty
                chars.append(chr(_letter_code(font, glyph, letters[index], d.width / share)))
                first = k == 0
                data.append(
                    ShapeData(
                        d.cluster + index,
                        d.x_advance / share,
                        d.y_advance if first else 0,
                        d.x_offset if first else 0,
                        d.y_offset if first else 0,
                        d.width / share,
                    )
                )
        out.append((frag, ShapedStr("".join(chars), data)))  # type: ignore[arg-type]
    return shaped.__class__(out) if changed else shaped


def _install_shaping() -> None:
    """Make ReportLab's paragraphs shape with SHAPING_FEATURES, each single-font piece of a word on its own.

    ReportLab (5.1) has no setting for the features: its paragraphs call `shapeFragWord(word)`, whose default
    turns on 'dlig'. So the paragraph module's `shapeFragWord` is replaced by one that passes ours. ReportLab
    also shapes a word (text between spaces) with the font of its first piece, even when the word changes font
    ("(مرحبا)" has Noto Sans parentheses around Noto Sans Arabic letters): the other pieces would come out as
    empty boxes. So each single-font piece is shaped on its own and the word put back together.
    """
    original: _ShapeFunction | None = getattr(rl_paragraph, "shapeFragWord", None)
    if original is None or getattr(original, "_tandem_per_font", False):
        return

    def shape(part: Any) -> Any:
        return original(part, features=SHAPING_FEATURES)

    def shape_per_font(word: Any, *args: Any, **kwargs: Any) -> Any:  # (ReportLab passes the word only)
        if isinstance(word, ShapedFragWord):
            return word
        pieces = list(word[1:])
        if any(hasattr(f, "cbDefn") for f, _text in pieces):
            return shape(word)
        groups = _pieces_by_font(pieces)
        if len(groups) == 1 and not groups[0][0]:
            return _one_code_per_letter(pieces, shape(word))
        changed = False
        width = 0.0
        shaped_pieces: list[Any] = []
        for is_isolate, group in groups:
            if is_isolate:
                shaped_pieces.extend(group)  # zero width, never drawn
                continue
            group_width = sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize) for f, t in group)
            part = word.__class__([group_width, *group])
            shaped = _one_code_per_letter(group, shape(part))
            changed = changed or shaped is not part
            width += shaped[0]
            shaped_pieces.extend(shaped[1:])
        if not changed:
            return word
        return makeShapedFragWord(word)([width, *shaped_pieces])

    shape_per_font._tandem_per_font = True  # type: ignore[attr-defined]
    rl_paragraph.shapeFragWord = shape_per_font  # type: ignore[attr-defined]

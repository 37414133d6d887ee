"""Fonts for documents, and paragraphs that show every script with a font that has it, in reading order.

Fonts. ReportLab has no font fallback: a character the current font lacks comes out as an empty box. So every
piece of text that reaches a document goes through `markup()`, which wraps each run of Arabic or Ethiopic
characters in `<font name="...">` of the Noto font for that script; everything else (Latin, Cyrillic, Greek, …)
stays in the style's own font, Noto Sans. The fonts ship under resources/fonts/ (see the README there). What no
font of ours has (Chinese, Devanagari, emoji, …) becomes U+FFFD (a question mark in a diamond, drawn by Noto
Sans): never an empty box, and visibly "a character that could not be shown". Invisible formatting characters
are left out, except the zero-width (non-)joiners that Arabic and Persian spelling needs and the bidi isolates
that `isolate()` puts around user values.

Shaping. HarfBuzz (uharfbuzz) joins Arabic letters through ReportLab (`shaping=1` on the style). ReportLab turns
on discretionary ligatures, which in Noto Sans Arabic replace whole words ("محمد" becomes the honorific sign
U+FDF4, with vowel marks the name does not have): `_install_shaping` makes ReportLab shape with the required
ligatures and contextual forms only (SHAPING_FEATURES), and shapes each single-font piece of a word on its own
(ReportLab would shape "(مرحبا)" with the font of the parenthesis, leaving the letters as boxes).

Text layer. ReportLab writes a shaped glyph's character into the PDF's ToUnicode map: an Arabic presentation
form (U+FB50–U+FDFF, U+FE70–U+FEFF), or a private-use code point for a glyph with no character of its own, so
that a name could not be searched or copied. Here every code stands for one letter of what was typed:
`_to_unicode_cmap` maps a presentation form to its letter (NFKC) and a private-use glyph to the letter of its
HarfBuzz cluster; a glyph standing for several letters (lam-alef) is drawn as several codes, each taking a
share of its advance (`_one_code_per_letter`), as text extractors would put a ligature's letters in the wrong
order within a right-to-left word; a bracket mirrored in a right-to-left run stands for the bracket as typed.
Text extractors take a line in visual order and turn each right-to-left run back to logical order (poppler's
pdftotext: up to the next left-to-right letter or digit): in a left-to-right line, a left-to-right mark (drawn
as nothing) ends each right-to-left run, so that "محمد (10 jaar)" does not come out as "( محمد10 jaar)".

Reading order. ReportLab's own right-to-left support needs `rlbidi`, which is not installable, so
`ScriptParagraph` puts the runs of each line in visual order itself when it draws, keeping ReportLab's line
breaking: the embedding levels come from the Unicode Bidirectional Algorithm of python-bidi (isolates, brackets,
numbers), resolved once per paragraph; each line is then reordered (rules L1, L2) and brackets in right-to-left
runs are mirrored (L4). A paragraph's direction is its style's (`directed()`: the document's language, e.g.
right to left for the Arabic translation); a style without one takes it from the paragraph's first strong letter
outside isolates (UBA rules P2, P3). Every user value placed into a sentence, a table cell or a list goes
through `isolate()`, so that an Arabic name neither turns a Dutch line right to left nor moves the words around
it, and reordering controls typed into a value do nothing.

Use `paragraph()` (or `ScriptParagraph` with `markup()`) for every piece of text. This module imports ReportLab:
import it only when a document is made, never at application start.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any
from xml.sax.saxutils import escape

import reportlab.platypus.paragraph as rl_paragraph
from bidi import get_base_level, get_display  # type: ignore[import-untyped]  # python-bidi has no types
from bidi.mirror import MIRRORED  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapeData, ShapedFragWord, ShapedStr, TTFont, makeShapedFragWord
from reportlab.platypus import Paragraph

from tandem_desktop.core import bidi as core_bidi  # (not python-bidi, imported as bidi)
from tandem_desktop.resource_files import resource_path

MISSING = "\ufffd"  # drawn instead of a character none of our fonts has


class Script(Enum):
    """The scripts that need a font of their own. DEFAULT is Noto Sans: Latin, Cyrillic, Greek and more."""

    DEFAULT = "default"
    ARABIC = "arabic"
    ETHIOPIC = "ethiopic"


@dataclass(frozen=True)
class FontFamily:
    regular: str  # the name registered with ReportLab
    bold: str
    regular_file: str  # under resources/fonts/
    bold_file: str

    def name(self, bold: bool) -> str:
        return self.bold if bold else self.regular


FAMILIES: dict[Script, FontFamily] = {
    Script.DEFAULT: FontFamily("NotoSans", "NotoSans-Bold", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    Script.ARABIC: FontFamily(
        "NotoSansArabic", "NotoSansArabic-Bold", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"
    ),
    Script.ETHIOPIC: FontFamily(
        "NotoSansEthiopic",
        "NotoSansEthiopic-Bold",
        "NotoSansEthiopic-Regular.ttf",
        "NotoSansEthiopic-Bold.ttf",
    ),
}
REGULAR = FAMILIES[Script.DEFAULT].regular  # the font of every style
BOLD = FAMILIES[Script.DEFAULT].bold
RIGHT_TO_LEFT_FONTS = frozenset({FAMILIES[Script.ARABIC].regular, FAMILIES[Script.ARABIC].bold})

# HarfBuzz features for every shaped word: its defaults (required ligatures such as lam-alef, the contextual
# forms init/medi/fina/isol, mark placement, kerning) without the ligatures that replace letters by a sign or a
# word. ReportLab's own choice adds 'dlig', with which Noto Sans Arabic draws "محمد" as U+FDF4 and "الله" as
# U+FDF2 and joins lam-hah into one glyph; 'liga' is off too (Noto Sans's "fi"), as unshaped text has none.
SHAPING_FEATURES: dict[str, bool] = {"kern": True, "liga": False, "dlig": False}

_SCRIPT_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0600, 0x06FF, Script.ARABIC),
    (0x0750, 0x077F, Script.ARABIC),  # Arabic Supplement
    (0x0870, 0x08FF, Script.ARABIC),  # Arabic Extended-B and -A
    (0xFB50, 0xFDFF, Script.ARABIC),  # presentation forms A
    (0xFE70, 0xFEFF, Script.ARABIC),  # presentation forms B
    (0x1200, 0x139F, Script.ETHIOPIC),  # Ethiopic and its supplement
    (0x2D80, 0x2DDF, Script.ETHIOPIC),
    (0xAB00, 0xAB2F, Script.ETHIOPIC),
    (0x1E7E0, 0x1E7FF, Script.ETHIOPIC),
)
_JOINERS = frozenset("\u200c\u200d")  # zero-width non-joiner and joiner: part of the spelling
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")
_SPACES = re.compile(r"(\s+)")  # a run of spaces becomes one (as a paragraph shows it anyway)
_NO_BREAK = frozenset("\xa0\u2007\u202f")  # kept as a no-break space

# Bidi isolates: FSI (first strong isolate, what `isolate()` uses), LRI, RLI, and PDI that ends each. They travel
# through ReportLab as characters of zero width, are read by the bidi pass and are never drawn.
FSI, PDI = core_bidi.FIRST_STRONG_ISOLATE, core_bidi.POP_DIRECTIONAL_ISOLATE
_INITIATORS = frozenset("\u2066\u2067\u2068")
_ISOLATES = frozenset({*_INITIATORS, PDI})
_ISOLATE = re.compile("[\u2066-\u2069]")
_AROUND_ISOLATES = re.compile("([\u2066-\u2069])")  # (re.split keeps them)
_NO_ISOLATES = str.maketrans(dict.fromkeys(map(ord, _ISOLATES)))
# Characters of bidi class R, AL or AN (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, their presentation forms): only
# text with one of them can read right to left anywhere.
_RIGHT_TO_LEFT_TEXT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)

_lock = threading.Lock()
_coverage: dict[Script, frozenset[int]] = {}


def register_fonts() -> None:
    """Register our fonts with ReportLab (once; safe from any thread), a family per script so that
    `<b>` inside `<font name="NotoSansArabic">` picks the bold face."""
    if _coverage:
        return
    with _lock:
        if _coverage:
            return
        coverage: dict[Script, frozenset[int]] = {}
        for script, family in FAMILIES.items():
            regular = TTFont(family.regular, str(resource_path("fonts", family.regular_file)))
            bold = TTFont(family.bold, str(resource_path("fonts", family.bold_file)))
            for font in (regular, bold):
                pdfmetrics.registerFont(font)
                # The isolates take no room on a line: ReportLab measures them, the bidi pass takes them out.
                font.face.charWidths.update(dict.fromkeys(map(ord, _ISOLATES), 0))
                _FACES[font.fontName] = font.face.name.decode("latin-1")
            pdfmetrics.registerFontFamily(
                family.regular,
                normal=family.regular,
                bold=family.bold,
                italic=family.regular,
                boldItalic=family.bold,
            )
            coverage[script] = frozenset(regular.face.charToGlyph)
        _install_shaping()
        _install_to_unicode()
        _coverage.update(coverage)  # last: other threads wait for the lock until all is in place


def font_has(script: Script, char: str) -> bool:
    register_fonts()
    return ord(char) in _coverage[script]


def script_of(char: str) -> Script | None:
    """The script whose font a character needs, or None for a character any script uses (digits, punctuation,
    spaces, symbols, combining marks)."""
    code = ord(char)
    for first, last, script in _SCRIPT_RANGES:
        if first <= code <= last:
            return script
    return Script.DEFAULT if unicodedata.category(char).startswith("L") else None


# -- user values ----------------------------------------------------------------------------------------------


def isolate(value: str) -> str:
    """A user value (a name, an address, a phone number) ready to be placed into a text: each of its lines a
    bidi isolate (FSI … PDI) of its own (`core.bidi.isolate`: without the reordering controls typed into it),
    so that it keeps its own direction without reordering what stands around it. Line by line, as a paragraph
    pairs isolates up on each of its lines (`markup`)."""
    return "\n".join(core_bidi.isolate(line) for line in _LINE_BREAKS.split(value))


def without_isolates(text: str) -> str:
    """`text` without the isolates `isolate()` put in: for plain text outside a paragraph (a PDF's title)."""
    return text.translate(_NO_ISOLATES)


# -- markup ---------------------------------------------------------------------------------------------------


def _clean(char: str) -> str:
    """The character as it goes to the document: "" for invisible controls, MISSING when unassigned."""
    category = unicodedata.category(char)
    if char == "\t":
        return " "
    if category == "Cc" or (category == "Cf" and char not in _JOINERS and char not in _ISOLATES):
        return ""
    if category in ("Cn", "Co", "Cs"):
        return MISSING
    return char


def _balanced(line: str) -> str:
    """A line whose isolates pair up: a PDI without its initiator is left out, an initiator without its PDI is
    closed at the end of the line (as the bidi algorithm reads them), so that none reaches the next line."""
    if not _ISOLATE.search(line):
        return line
    out: list[str] = []
    open_count = 0
    for char in line:
        if char in _INITIATORS:
            open_count += 1
        elif char == PDI:
            if not open_count:
                continue
            open_count -= 1
        out.append(char)
    return "".join(out) + PDI * open_count


def _word_scripts(word: str) -> list[tuple[str, Script]]:
    """Each character of a word (no spaces) with the script whose font draws it.

    Letters take their script's font. A combining mark or a joiner stays with the letter before it. An isolate
    (never drawn) joins the run of the letter it stands next to, so that it does not split a name's run. Other
    characters (digits, punctuation, symbols) take Noto Sans where it has them, even inside an Arabic word:
    HarfBuzz then shapes only the Arabic letters, and the bidi pass (`ScriptParagraph`) puts the punctuation and
    numbers where the Unicode bidi algorithm does. A character no font has becomes MISSING.
    """
    result: list[tuple[str, Script | None]] = []
    for char in (c for c in (_clean(ch) for ch in word) if c):
        if char in _ISOLATES:
            result.append((char, None))  # its neighbour's, below
            continue
        script = script_of(char)
        if script is not None and font_has(script, char):
            result.append((char, script))
            continue
        previous = next((s for _c, s in reversed(result) if s is not None), None)
        attached = char in _JOINERS or unicodedata.category(char).startswith("M")
        if attached and previous is not None and font_has(previous, char):
            result.append((char, previous))
            continue
        chosen = next((s for s in FAMILIES if font_has(s, char)), None)  # Noto Sans first
        result.append((char, chosen) if chosen is not None else (MISSING, Script.DEFAULT))
    # An initiator goes with the letter after it, a PDI with the one before it.
    scripts = [s for _c, s in result]
    for i, (char, script) in enumerate(result):
        if script is None:
            after = next((s for s in scripts[i + 1 :] if s is not None), None)
            before = next((s for s in reversed(scripts[:i]) if s is not None), None)
            first, second = (after, before) if char in _INITIATORS else (before, after)
            scripts[i] = first or second or Script.DEFAULT
    return [(char, script or Script.DEFAULT) for (char, _s), script in zip(result, scripts, strict=True)]


def _line_runs(line: str) -> list[tuple[Script, str]]:
    runs: list[tuple[Script, str]] = []
    for token in _SPACES.split(_balanced(line)):
        if not token:
            continue
        if token.isspace():
            space = "\xa0" if any(c in _NO_BREAK for c in token) else " "
            previous = runs[-1][0] if runs else Script.DEFAULT
            scripts = [(space, previous if font_has(previous, space) else Script.DEFAULT)]
        else:
            scripts = _word_scripts(token)
        for char, script in scripts:
            if runs and runs[-1][0] is script:
                runs[-1] = (script, runs[-1][1] + char)
            else:
                runs.append((script, char))
    return runs


@functools.lru_cache(maxsize=4096)  # the same labels and clauses come back in every document
def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup for a plain text: XML-escaped, each Arabic or Ethiopic run in its own font, line breaks
    kept as `<br/>`, isolates paired up on each line. Runs of the default script carry no tag: they take the
    style's font (Noto Sans, or Noto Sans Bold when `bold`, which must then match the style)."""
    lines = []
    for line in _LINE_BREAKS.split(text):
        parts = []
        for script, run in _line_runs(line):
            if script is Script.DEFAULT:
                parts.append(escape(run))
            else:
                parts.append(f'<font name="{FAMILIES[script].name(bold)}">{escape(run)}</font>')
        lines.append("".join(parts))
    return "<br/>".join(lines)


# -- paragraph direction --------------------------------------------------------------------------------------

_DIRECTION = "tandemRightToLeft"  # an attribute of our own on a ParagraphStyle: True, False, or absent (auto)


@functools.lru_cache(
    maxsize=256
)  # styles live as long as the app (house styles) or a cached document's styles
def directed(style: ParagraphStyle, right_to_left: bool) -> ParagraphStyle:
    """`style` for text in a language written right to left (Arabic) or left to right (Dutch, English, …): its
    paragraphs read in that direction, whatever the first letter of a value in them. Right to left, a
    left-aligned style becomes right-aligned (its start side)."""
    if getattr(style, _DIRECTION, None) is right_to_left:
        return style
    alignment = style.alignment
    if right_to_left and alignment == TA_LEFT:
        alignment = TA_RIGHT
    elif not right_to_left and alignment == TA_RIGHT and getattr(style, _DIRECTION, None):
        alignment = TA_LEFT  # an earlier directed() made it right-aligned
    name = f"{style.name}-{'rtl' if right_to_left else 'ltr'}"
    result = ParagraphStyle(name, parent=style, alignment=alignment)
    setattr(result, _DIRECTION, right_to_left)  # styles made from it later (parent=) inherit it
    return result


def style_direction(style: ParagraphStyle) -> bool | None:
    """True: right to left, False: left to right, None: from the paragraph's first strong letter."""
    direction = getattr(style, _DIRECTION, None)
    return None if direction is None else bool(direction)


# -- shaping and the text layer -------------------------------------------------------------------------------

_ShapeFunction = Callable[..., Any]
_ADDED_CHAR = 0x7FFFFFFF  # the cluster ReportLab gives a character added to shaped text (a space)
# Code points of glyphs without a character of their own: ReportLab's (U+E000 on) and ours (plane 15, below).
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd]")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")  # Arabic: one letter or several
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
_LETTER_CODES = 0xF0000  # the first of our codes for one letter of a glyph that stands for several
_FACES: dict[str, str] = {}  # registered font name -> the face's PostScript name (as in the PDF's font names)
# Per face (PostScript name), the letter each private-use code stands for: for ReportLab's, what its glyph was
# shaped from; for ours, one letter of a ligature. Filled while shaping, read when the PDF's fonts are written
# (`_to_unicode_cmap`) and by the bidi pass.
_GLYPH_TEXTS: dict[str, dict[int, str]] = {}
_letter_codes: dict[tuple[str, int, str, float], int] = {}  # (font, glyph, letter, width) -> our code


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


# -- reading order --------------------------------------------------------------------------------------------

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


def _font_script(font_name: str) -> Script | None:
    return next(
        (script for script, family in FAMILIES.items() if font_name in (family.regular, family.bold)), None
    )


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


def _frag_pieces(frags: Sequence[Any]) -> Iterator[tuple[str, str]]:
    """(font name, text) of a paragraph's fragments: parsed ones, or the word lists a split paragraph gets."""
    for frag in frags:
        if hasattr(frag, "fontName"):
            yield frag.fontName, str(getattr(frag, "text", ""))
        elif isinstance(frag, list):
            for piece in frag[1:]:
                if isinstance(piece, tuple) and len(piece) == 2 and hasattr(piece[0], "fontName"):
                    yield piece[0].fontName, str(piece[1])


class ScriptParagraph(Paragraph):
    """A Paragraph that draws each line in visual order (Arabic right to left, in any paragraph); give it
    `markup()` text.

    Its direction is its style's (`directed()`); a style without one takes it from the first strong letter
    outside isolates, and then becomes a directed style itself, so that the parts of a paragraph split across
    pages keep it. Right to left, a left-aligned paragraph is right-aligned. Line breaking is ReportLab's own;
    only drawing changes, so splitting across pages still works.
    """

    def __init__(
        self, text: str | None, style: ParagraphStyle | None = None, *args: Any, **kwargs: Any
    ) -> None:
        super().__init__(text, style, *args, **kwargs)  # type: ignore[arg-type]  # None with frags, on a split
        pieces = list(_frag_pieces(self.frags))
        has_rtl_font = any(font in RIGHT_TO_LEFT_FONTS for font, _text in pieces)
        right_to_left = style_direction(self.style)
        if right_to_left is None:
            right_to_left = has_rtl_font and get_base_level("".join(text for _font, text in pieces)) == 1
            if has_rtl_font:
                self.style = directed(self.style, right_to_left)
        self._rtl_base = right_to_left
        self._bidi = right_to_left or has_rtl_font or any(_ISOLATE.search(text) for _font, text in pieces)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Line breaking depends on the width only, yet tables, KeepTogether and frames ask the same paragraph
        # two or three times at the same width (each time shaping every word again): keep the last answer.
        kept = getattr(self, "_kept_wrap", None)
        if kept is not None and kept[0] == availWidth:
            _width, self.blPara, self._wrapWidths, self.width, self.height = kept
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):
            self._kept_wrap = (availWidth, self.blPara, self._wrapWidths, self.width, self.height)
        return size

    def drawPara(self, debug: int = 0) -> None:
        blpara: Any = getattr(self, "blPara", None)
        if not self._bidi or blpara is None:
            super().drawPara(debug)
            return
        if blpara.kind == 1:
            words = _visual_lines([line.words for line in blpara.lines], self._rtl_base)
            visual = blpara.clone(
                lines=[line.clone(words=w) for line, w in zip(blpara.lines, words, strict=True)]
            )
        else:  # one font, not shaped (`paragraph()` shapes what needs reordering): the isolates only go
            visual = blpara.clone(
                lines=[(width, [w.translate(_NO_ISOLATES) for w in line]) for width, line in blpara.lines]
            )
        self.blPara = visual
        try:
            super().drawPara(debug)
        finally:
            self.blPara = blpara


def paragraph(
    text: str, style: ParagraphStyle, *, bold: bool | None = None, bullet: str | None = None
) -> ScriptParagraph:
    """A paragraph of plain text in `style` (its direction: see `directed()`), any script; put user values into
    `text` with `isolate()`. `bold` defaults to whether the style's font is the bold one; `bullet` is drawn in
    the style's bullet indent."""
    if bold is None:
        bold = style.fontName == BOLD
    right_to_left = style_direction(style)
    if not right_to_left and not _RIGHT_TO_LEFT_TEXT.search(text):
        text = without_isolates(text)  # left to right without right-to-left text: they change nothing
    marked = markup(text, bold=bold)
    # Shaped paragraphs are drawn line by line as fragments (ReportLab's FragLines), which the bidi pass needs.
    shaped = needs_shaping(text) or bool(right_to_left) or _ISOLATE.search(text) is not None
    return ScriptParagraph(marked, style if shaped else _unshaped(style), bulletText=bullet)


@functools.lru_cache(maxsize=4096)
def needs_shaping(text: str) -> bool:
    """Whether HarfBuzz must shape the text: Arabic letters join, and combining marks need placing. Other text
    (Latin, Cyrillic, Ethiopic syllables, digits) comes out the same without it, several times quicker."""
    return any(script_of(c) is Script.ARABIC or unicodedata.category(c).startswith("M") for c in text)


@functools.lru_cache(maxsize=64)  # the house styles are few and live as long as the app
def _unshaped(style: ParagraphStyle) -> ParagraphStyle:
    if not getattr(style, "shaping", 0):
        return style
    return ParagraphStyle(f"{style.name}-unshaped", parent=style, shaping=0)

"""Fonts for documents, and paragraph markup that gives every script a font that has it.

ReportLab has no font fallback: a character the current font lacks comes out as an empty box. So every piece of
text that reaches a document goes through `markup()`, which wraps each run of Arabic or Ethiopic characters in
`<font name="...">` of the Noto font for that script; everything else (Latin, Cyrillic, Greek, …) stays in the
style's own font, Noto Sans. The fonts ship under resources/fonts/ (see the README there).

Arabic is shaped (letters joined) by HarfBuzz through ReportLab (`shaping=1` on the style, `uharfbuzz` installed).
ReportLab's own right-to-left support needs `rlbidi`, which is not installable, so `ScriptParagraph` puts the runs
of each line in visual order itself when it draws: Arabic words read from right to left, numbers inside them
left to right, and a paragraph that starts in Arabic is right-to-left and right-aligned. It is a small part of the
Unicode bidi algorithm (no explicit embeddings or isolates), enough for names and sentences typed in a form.
Use `paragraph()` (or `ScriptParagraph` with `markup()`) for every piece of user text.

What no font of ours has (Chinese, Devanagari, emoji, …) becomes U+FFFD (a question mark in a diamond, drawn by
Noto Sans): never an empty box, and visibly "a character that could not be shown". Invisible formatting
characters are left out, except the zero-width (non-)joiners that Arabic and Persian spelling needs.

This module imports ReportLab: import it only when a document is made, never at application start.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any
from xml.sax.saxutils import escape

import reportlab.platypus.paragraph as rl_paragraph
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, makeShapedFragWord
from reportlab.platypus import Paragraph

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
            pdfmetrics.registerFont(regular)
            pdfmetrics.registerFont(TTFont(family.bold, str(resource_path("fonts", family.bold_file))))
            pdfmetrics.registerFontFamily(
                family.regular,
                normal=family.regular,
                bold=family.bold,
                italic=family.regular,
                boldItalic=family.bold,
            )
            coverage[script] = frozenset(regular.face.charToGlyph)
        _install_shaping_per_font()
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


def _clean(char: str) -> str:
    """The character as it goes to the document: "" for invisible controls, MISSING when unassigned."""
    category = unicodedata.category(char)
    if char == "\t":
        return " "
    if category == "Cc" or (category == "Cf" and char not in _JOINERS):
        return ""
    if category in ("Cn", "Co", "Cs"):
        return MISSING
    return char


def _word_scripts(word: str) -> list[tuple[str, Script]]:
    """Each character of a word (no spaces) with the script whose font draws it.

    Letters take their script's font. A combining mark or a joiner stays with the letter before it. Other
    characters (digits, punctuation, symbols) take Noto Sans where it has them, even inside an Arabic word: HarfBuzz
    then shapes only the Arabic letters, and the bidi pass (`ScriptParagraph`) puts the punctuation and numbers
    where the Unicode bidi algorithm does. A character no font has becomes MISSING.
    """
    result: list[tuple[str, Script]] = []
    for char in (c for c in (_clean(ch) for ch in word) if c):
        script = script_of(char)
        if script is not None and font_has(script, char):
            result.append((char, script))
            continue
        attached = char in _JOINERS or unicodedata.category(char).startswith("M")
        if attached and result and font_has(result[-1][1], char):
            result.append((char, result[-1][1]))
            continue
        chosen = next((s for s in FAMILIES if font_has(s, char)), None)  # Noto Sans first
        result.append((char, chosen) if chosen is not None else (MISSING, Script.DEFAULT))
    return result


def _line_runs(line: str) -> list[tuple[Script, str]]:
    runs: list[tuple[Script, str]] = []
    for token in _SPACES.split(line):
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
    kept as `<br/>`. Runs of the default script carry no tag: they take the style's font (Noto Sans, or Noto
    Sans Bold when `bold`, which must then match the style)."""
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


def is_right_to_left(text: str) -> bool:
    """Whether a text starts (its first letter) in a right-to-left script."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


# -- shaping a word that mixes fonts ----------------------------------------------------------------------
# ReportLab shapes a word (text between spaces) with the font of its first piece, even when the word changes font
# ("(مرحبا)" has Noto Sans parentheses around Noto Sans Arabic letters): the other pieces then come out as
# empty boxes. We shape each single-font piece on its own and put the word back together.

_ShapeFunction = Callable[..., Any]


def _install_shaping_per_font() -> None:
    original: _ShapeFunction | None = getattr(rl_paragraph, "shapeFragWord", None)
    if original is None or getattr(original, "_tandem_per_font", False):
        return

    def shape_per_font(word: Any, *args: Any, **kwargs: Any) -> Any:
        pieces = list(word[1:])
        if len(pieces) < 2 or any(hasattr(f, "cbDefn") for f, _text in pieces):
            return original(word, *args, **kwargs)
        groups: list[list[tuple[Any, str]]] = []
        for frag, text in pieces:
            if groups and (groups[-1][0][0].fontName, groups[-1][0][0].fontSize) == (
                frag.fontName,
                frag.fontSize,
            ):
                groups[-1].append((frag, text))
            else:
                groups.append([(frag, text)])
        if len(groups) < 2:
            return original(word, *args, **kwargs)
        changed = False
        width = 0.0
        shaped_pieces: list[Any] = []
        for group in groups:
            group_width = sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize) for f, t in group)
            part = word.__class__([group_width, *group])
            shaped = original(part, *args, **kwargs)
            changed = changed or shaped is not part
            width += shaped[0]
            shaped_pieces.extend(shaped[1:])
        if not changed:
            return word
        return makeShapedFragWord(word)([width, *shaped_pieces])

    shape_per_font._tandem_per_font = True  # type: ignore[attr-defined]
    rl_paragraph.shapeFragWord = shape_per_font  # type: ignore[attr-defined]


# -- right-to-left runs in visual order -------------------------------------------------------------------

_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_NUMBER = re.compile(f"[{_DIGITS}]+(?:[.,:/\u066b\u066c][{_DIGITS}]+)*")
_MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
_PIECES = re.compile(r"\s+|\S+")
_EDGE_NEUTRALS = frozenset({"ON", "CS", "ES"})
_ADDED_CHAR = 0x7FFFFFFF  # the cluster ReportLab gives a character added to shaped text (a space)


@dataclass
class _Atom:
    frag: Any
    text: str
    kind: str  # "L", "R", "EN" (a number) or "N" (neutral: spaces, punctuation)


def _is_rtl_glyph_text(text: str) -> bool:
    # Shaped Arabic comes back as presentation forms (bidi class AL) or, for glyphs without a character of
    # their own (ligatures), as characters of the private use area.
    return any(unicodedata.bidirectional(c) in ("R", "AL") or 0xE000 <= ord(c) <= 0xF8FF for c in text)


def _kind(frag: Any, text: str) -> str:
    if text.isspace():
        return "N"
    if frag.fontName in RIGHT_TO_LEFT_FONTS and _is_rtl_glyph_text(text):
        return "R"
    classes = {unicodedata.bidirectional(c) for c in text}
    if classes & {"R", "AL"}:
        return "R"
    if "L" in classes:
        return "L"
    if classes & {"EN", "AN"}:
        return "EN"
    return "N"


def _shape_data(text: ShapedStr) -> list[Any]:
    return list(text.__shapeData__)  # type: ignore[attr-defined]  # (the stubs leave it out)


def _rebuild(text: str, order: Sequence[int]) -> str:
    """`text` with its characters taken in `order`, keeping ReportLab's shaping data with them."""
    chars = "".join(text[i] for i in order)
    if isinstance(text, ShapedStr):
        data = _shape_data(text)
        return ShapedStr(chars, [data[i] for i in order])  # type: ignore[arg-type]
    return chars


def _shaped_right_to_left(text: str) -> bool:
    if not isinstance(text, ShapedStr):
        return False
    clusters = [d.cluster for d in _shape_data(text) if d.cluster != _ADDED_CHAR]
    return len(clusters) > 1 and clusters[0] > clusters[-1]


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
    """A neutral run inside right-to-left text shows its brackets the other way round (as Unicode says)."""
    if not any(c in _MIRRORED for c in text):
        return text
    script = next(
        (script for script, family in FAMILIES.items() if frag.fontName in (family.regular, family.bold)),
        None,
    )
    if script is None:
        return text
    new = "".join(_MIRRORED[c] if c in _MIRRORED and font_has(script, _MIRRORED[c]) else c for c in text)
    return ShapedStr(new, _shape_data(text)) if isinstance(text, ShapedStr) else new  # type: ignore[arg-type]


def _visual_line(words: list[Any], right_to_left: bool) -> list[Any]:
    atoms: list[_Atom] = []
    for frag in words:
        text = getattr(frag, "text", None)
        if hasattr(frag, "cbDefn") or not text:
            atoms.append(_Atom(frag, text or "", "N"))
            continue
        for match in _PIECES.finditer(text):
            piece = text[match.start() : match.end()]
            laid_out_backwards = _shaped_right_to_left(piece)  # by HarfBuzz: already in visual order
            piece = _numbers_left_to_right(piece)
            kind = _kind(frag, piece)
            if kind in ("L", "EN") and not laid_out_backwards:
                # Punctuation around a word or number ("(Gent)," "2026.") goes where the bidi algorithm puts it.
                start, end = 0, len(piece)
                while start < end and unicodedata.bidirectional(piece[start]) in _EDGE_NEUTRALS:
                    start += 1
                while end > start and unicodedata.bidirectional(piece[end - 1]) in _EDGE_NEUTRALS:
                    end -= 1
                for part, part_kind in ((piece[:start], "N"), (piece[start:end], kind), (piece[end:], "N")):
                    if part:
                        atoms.append(_Atom(frag, part, part_kind))
            else:
                atoms.append(_Atom(frag, piece, kind))
    if not any(a.kind == "R" for a in atoms) and not right_to_left:
        return words
    base = "R" if right_to_left else "L"
    # Numbers take the direction of the strong text before them (W2/N1 of the bidi algorithm, simplified).
    previous = base
    for atom in atoms:
        if atom.kind == "EN":
            atom.kind = previous
        elif atom.kind in ("L", "R"):
            previous = atom.kind
    # Neutrals between two runs of one direction take it; others take the paragraph's direction.
    resolved = [a.kind for a in atoms]
    for i, atom in enumerate(atoms):
        if atom.kind != "N":
            continue
        before = next((a.kind for a in reversed(atoms[:i]) if a.kind != "N"), base)
        after = next((a.kind for a in atoms[i + 1 :] if a.kind != "N"), base)
        resolved[i] = before if before == after else base
    # Spaces at the ends of a line stay at the paragraph's direction (L1).
    for index_range in (range(len(atoms)), range(len(atoms) - 1, -1, -1)):
        for i in index_range:
            if not atoms[i].text.isspace():
                break
            resolved[i] = base
    levels = [(1 if kind == "R" else 0) if base == "L" else (1 if kind == "R" else 2) for kind in resolved]
    for i, atom in enumerate(atoms):
        if levels[i] % 2 and atom.kind == "N":
            atom.text = _mirrored(atom.frag, atom.text)
    order = list(range(len(atoms)))
    for level in range(max(levels), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    visual: list[Any] = []
    last_frag: Any = None
    for atom in (atoms[i] for i in order):
        if atom.frag is last_frag and not hasattr(atom.frag, "cbDefn"):
            visual[-1] = visual[-1].clone(text=visual[-1].text + atom.text)
        else:
            visual.append(atom.frag.clone(text=atom.text) if hasattr(atom.frag, "clone") else atom.frag)
            last_frag = atom.frag
    return visual


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
    """A Paragraph that shows right-to-left runs (Arabic) in visual order; give it `markup()` text.

    A paragraph whose first letter is right-to-left reads right to left and is right-aligned (when its style
    says left). Line breaking is ReportLab's own; only drawing changes, so splitting across pages still works.
    """

    def __init__(
        self, text: str | None, style: ParagraphStyle | None = None, *args: Any, **kwargs: Any
    ) -> None:
        super().__init__(text, style, *args, **kwargs)  # type: ignore[arg-type]  # None with frags, on a split
        pieces = list(_frag_pieces(self.frags))
        self._has_rtl = any(font in RIGHT_TO_LEFT_FONTS for font, _text in pieces)
        self._rtl_base = self._has_rtl and is_right_to_left("".join(text for _font, text in pieces))
        if self._rtl_base and self.style.alignment == TA_LEFT:
            self.style = ParagraphStyle(f"{self.style.name}-rtl", parent=self.style, alignment=TA_RIGHT)

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
        if not self._has_rtl or blpara is None or blpara.kind != 1:
            super().drawPara(debug)
            return
        visual = blpara.clone(
            lines=[line.clone(words=_visual_line(line.words, self._rtl_base)) for line in blpara.lines]
        )
        self.blPara = visual
        try:
            super().drawPara(debug)
        finally:
            self.blPara = blpara


def paragraph(
    text: str, style: ParagraphStyle, *, bold: bool | None = None, bullet: str | None = None
) -> ScriptParagraph:
    """A paragraph of plain (user) text in `style`, any script. `bold` defaults to whether the style's font is
    the bold one; `bullet` is drawn in the style's bullet indent."""
    if bold is None:
        bold = style.fontName == BOLD
    marked = markup(text, bold=bold)
    return ScriptParagraph(marked, style if needs_shaping(text) else _unshaped(style), bulletText=bullet)


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

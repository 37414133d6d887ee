"""Paragraphs of any script in reading order: `paragraph()` for a plain text, `ScriptParagraph` for markup.

Use `paragraph()` (or `ScriptParagraph` with `markup()`) for every piece of text; put user values into it with
`isolate()`.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

from bidi import get_base_level  # type: ignore[import-untyped]  # python-bidi has no types
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from .direction import _RIGHT_TO_LEFT_TEXT, directed, style_direction
from .families import BOLD, RIGHT_TO_LEFT_FONTS, Script, script_of
from .isolates import _ISOLATE, _NO_ISOLATES, without_isolates
from .reading_order import _visual_lines
from .script_runs import markup


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

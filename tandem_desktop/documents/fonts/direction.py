"""The reading direction of a paragraph style (`directed()`: the document's language), and the text that can read
right to left at all.

A paragraph's direction is its style's (e.g. right to left for the Arabic translation); a style without one
takes it from the paragraph's first strong letter outside isolates (UBA rules P2, P3).
"""

from __future__ import annotations

import functools
import re

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

# Characters of bidi class R, AL or AN (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, their presentation forms): only
# text with one of them can read right to left anywhere.
_RIGHT_TO_LEFT_TEXT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)

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

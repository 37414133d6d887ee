"""Our font families, one per script that needs a font of its own: which script a character needs, and the
registration of the families with ReportLab (once, from any thread), with the characters each one has.

ReportLab has no font fallback: a character the current font lacks comes out as an empty box. So every piece of
text is drawn in the Noto font of its script (see `script_runs`); everything but Arabic and Ethiopic (Latin,
Cyrillic, Greek, …) in the style's own font, Noto Sans. The fonts ship under resources/fonts/ (see the README
there).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tandem_desktop.resource_files import resource_path

from .isolates import _ISOLATES
from .shaping import _install_shaping
from .text_layer import _FACES, _install_to_unicode, _lock


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

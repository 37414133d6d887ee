"""Paragraph markup for plain text (`markup()`): each run of Arabic or Ethiopic characters in the Noto font of
its script, the rest in the style's own font.

What no font of ours has (Chinese, Devanagari, emoji, …) becomes U+FFFD (a question mark in a diamond, drawn by
Noto Sans): never an empty box, and visibly "a character that could not be shown". Invisible formatting
characters are left out, except the zero-width (non-)joiners that Arabic and Persian spelling needs and the bidi
isolates that `isolate()` puts around user values.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from xml.sax.saxutils import escape

from .families import FAMILIES, Script, font_has, script_of
from .isolates import _INITIATORS, _ISOLATE, _ISOLATES, _LINE_BREAKS, PDI

MISSING = "\ufffd"  # drawn instead of a character none of our fonts has

_JOINERS = frozenset("\u200c\u200d")  # zero-width non-joiner and joiner: part of the spelling
_SPACES = re.compile(r"(\s+)")  # a run of spaces becomes one (as a paragraph shows it anyway)
_NO_BREAK = frozenset("\xa0\u2007\u202f")  # kept as a no-break space


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

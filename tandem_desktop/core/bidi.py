"""Text in any script placed among other text without reordering it (Unicode's bidirectional isolates).

A name is placed in sentences, labels, table cells, file names and PDF lines. Arabic in it is right-to-left,
and a typed (or pasted) explicit reordering control such as U+202E RIGHT-TO-LEFT OVERRIDE would reverse what
follows it: "Karen Test.pdf" shown as "fdp.tseT neraK", the classic disguise of a file's extension. So:

- controls that reorder text are not kept in names (`without_reordering`, where core saves a name);
- every value placed in a sentence is an isolate (`isolate`): its direction is its own, it cannot move the
  sentence around it, and the sentence cannot move it (Unicode Bidirectional Algorithm, rules X5a–X5c, which
  Qt's text layout and python-bidi implement).
"""

from __future__ import annotations

import re
import unicodedata

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"

# Embeddings, overrides, isolates and their ends, the directional marks: everything that changes the order
# of the characters around it. (Zero-width joiners stay: Arabic and Persian spelling needs them.)
REORDERING = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_REORDERING = re.compile(f"[{REORDERING}]")


def without_reordering(text: str) -> str:
    return _REORDERING.sub("", text)


def isolate(text: str) -> str:
    """`text` as a first-strong isolate, its own reordering controls dropped (they could close the isolate
    early). An empty text stays empty."""
    cleaned = without_reordering(text)
    return f"{FIRST_STRONG_ISOLATE}{cleaned}{POP_DIRECTIONAL_ISOLATE}" if cleaned else ""


def clean_name(name: str) -> str:
    """A name as it is kept: without outer spaces and without controls that reorder text."""
    return without_reordering(name).strip()


LEFT_TO_RIGHT_MARK = "\u200e"
_MARKUP = re.compile(r"<[^>]*>|&[a-z#0-9]+;")


def _starts_right_to_left(text: str) -> bool:
    """Whether the first strong letter of `text` (markup left out, isolates not skipped: as Qt's labels find
    it) is right-to-left."""
    for char in _MARKUP.sub("", text):
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def left_to_right(sentence: str) -> str:
    """A sentence of a left-to-right language (the app's Dutch and English) that may begin with a name: Qt's
    rich and plain labels take a paragraph's direction from its first strong letter even when that letter is
    inside an isolate, so an Arabic family name first would right-align the whole line and put its full stop
    in front. Then a LEFT-TO-RIGHT MARK first says the sentence's own direction (inside a leading <p>, where
    rich text has one: before it, the mark would be a paragraph of its own)."""
    if not _starts_right_to_left(sentence):
        return sentence
    if sentence.startswith("<p>"):
        return "<p>" + LEFT_TO_RIGHT_MARK + sentence[3:]
    return LEFT_TO_RIGHT_MARK + sentence

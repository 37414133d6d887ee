"""Bidi isolates: `isolate()` puts one around each line of a user value, and the patterns with which the
other modules of the package find them.

Every user value placed into a sentence, a table cell or a list goes through `isolate()`, so that an Arabic name
neither turns a Dutch line right to left nor moves the words around it, and reordering controls typed into a
value do nothing.
"""

from __future__ import annotations

import re

from tandem_desktop.core import bidi as core_bidi  # (not python-bidi, imported as bidi)

_LINE_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")

# Bidi isolates: FSI (first strong isolate, what `isolate()` uses), LRI, RLI, and PDI that ends each. They travel
# through ReportLab as characters of zero width, are read by the bidi pass and are never drawn.
FSI, PDI = core_bidi.FIRST_STRONG_ISOLATE, core_bidi.POP_DIRECTIONAL_ISOLATE
_INITIATORS = frozenset("\u2066\u2067\u2068")
_ISOLATES = frozenset({*_INITIATORS, PDI})
_ISOLATE = re.compile("[\u2066-\u2069]")
_AROUND_ISOLATES = re.compile("([\u2066-\u2069])")  # (re.split keeps them)
_NO_ISOLATES = str.maketrans(dict.fromkeys(map(ord, _ISOLATES)))


def isolate(value: str) -> str:
    """A user value (a name, an address, a phone number) ready to be placed into a text: each of its lines a
    bidi isolate (FSI … PDI) of its own (`core.bidi.isolate`: without the reordering controls typed into it),
    so that it keeps its own direction without reordering what stands around it. Line by line, as a paragraph
    pairs isolates up on each of its lines (`markup`)."""
    return "\n".join(core_bidi.isolate(line) for line in _LINE_BREAKS.split(value))


def without_isolates(text: str) -> str:
    """`text` without the isolates `isolate()` put in: for plain text outside a paragraph (a PDF's title)."""
    return text.translate(_NO_ISOLATES)

"""Fonts for documents, and paragraphs that show every script with a font that has it, in reading order.

The package holds, each in a module of its own: the font families and their registration with ReportLab
(`families`), the bidi isolates around user values (`isolates`), the markup that gives each run of a script its
font (`script_runs`), a paragraph style's direction (`direction`), shaping with HarfBuzz (`shaping`), the PDF's
text layer (`text_layer`), the reading order of a line (`reading_order`) and the paragraphs that put it all
together (`paragraphs`). Here are the names the house style and the documents use most.

Use `paragraph()` (or `ScriptParagraph` with `markup()`) for every piece of text. This package imports ReportLab:
import it only when a document is made, never at application start.
"""

from __future__ import annotations

from .families import BOLD, REGULAR, register_fonts
from .isolates import isolate
from .paragraphs import ScriptParagraph, paragraph

__all__ = ["BOLD", "REGULAR", "ScriptParagraph", "isolate", "paragraph", "register_fonts"]

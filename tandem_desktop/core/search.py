"""Search as a coordinator types it: case and accents ignored, in any script."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """The form both sides of a search are compared in: "Zoë ÇELIK" and "zoe celik" fold alike.

    Decomposed (NFKD), combining marks dropped (accents; also Arabic short vowels, which are
    written inconsistently), then case-folded. Letters of scripts without accents pass unchanged.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())

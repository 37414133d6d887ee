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


def phone_terms(*numbers: str | None) -> str:
    """Stored E.164 numbers as a coordinator may type them: "32470123456" and, Belgian, "0470123456"."""
    terms = []
    for number in numbers:
        digits = "".join(ch for ch in number or "" if ch.isdigit())
        if digits:
            terms.append(digits)
            if digits.startswith("32"):
                terms.append("0" + digits[2:])
    return " ".join(terms)


def search_matches(key: str, typed: str) -> bool:
    """Every word typed occurs in the key (folded); digits typed with spaces ("0470 12") match too."""
    folded = fold(typed)
    words = folded.split()
    if words and all(word in key for word in words):
        return True
    squeezed = folded.replace(" ", "")
    return bool(squeezed) and squeezed.isdigit() and squeezed in key

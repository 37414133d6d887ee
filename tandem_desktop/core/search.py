"""Search as a coordinator types it: case and accents ignored, in any script."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence

_NOT_DIGITS = re.compile(r"\D")


def fold(text: str) -> str:
    """The form both sides of a search are compared in: "Zoë ÇELIK" and "zoe celik" fold alike.

    Decomposed (NFKD), combining marks dropped (accents; also Arabic short vowels, which are
    written inconsistently), then case-folded. Letters of scripts without accents pass unchanged.
    """
    if text.isascii():  # most names: no accents to drop (and ten times faster)
        return " ".join(text.lower().split())
    stripped = unicodedata.normalize("NFKD", text).translate(_combining_marks())
    return " ".join(stripped.casefold().split())


@functools.cache
def _combining_marks() -> dict[int, None]:
    """Every combining mark (accents, Arabic vowel signs, ...) mapped to nothing, for str.translate."""
    return {cp: None for cp in range(0x0300, 0x20000) if unicodedata.combining(chr(cp))}


def phone_terms(*numbers: str | None) -> str:
    """Stored E.164 numbers as a coordinator may type them: "32470123456" and, Belgian, "0470123456"."""
    terms = []
    for number in numbers:
        digits = _NOT_DIGITS.sub("", number or "")
        if digits:
            terms.append(digits)
            if digits.startswith("32"):
                terms.append("0" + digits[2:])
    return " ".join(terms)


def matcher(typed: str) -> Callable[[str], bool]:
    """A test of folded search keys against what was typed: every word typed occurs in the key;
    digits typed with spaces ("0470 12") match too. Folds the typed text once, not once per row."""
    folded = fold(typed)
    words = folded.split()
    squeezed = folded.replace(" ", "")
    digits = squeezed if squeezed.isdigit() and len(words) > 1 else None

    def matches(key: str) -> bool:
        if all(word in key for word in words):
            return True
        return digits is not None and digits in key

    return matches


def search_matches(key: str, typed: str) -> bool:
    return matcher(typed)(key)


def matching_keys(keys: Sequence[str], typed: str) -> list[bool]:
    """`matcher(typed)` over many keys at once: the list comprehension of the one-word case (what
    is typed most) keeps a keystroke over 10,000 families within a frame."""
    words = fold(typed).split()
    if len(words) == 1:
        word = words[0]
        return [word in key for key in keys]
    matches = matcher(typed)
    return [matches(key) for key in keys]

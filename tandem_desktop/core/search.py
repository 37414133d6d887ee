"""Search as a coordinator types it: case, accents, apostrophes, hyphens and spaces ignored, in any script."""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from collections.abc import Callable, Sequence

_NOT_DIGITS = re.compile(r"\D")

# Written one way in a passport and another in a form: "D'Hondt", "D’Hondt", "Dhondt", "D-Hondt",
# "Van de Velde", "Vandevelde". Apostrophes of every kind (typewriter, typographic, the modifier letter,
# grave and acute accents typed instead), hyphens and dashes, and spaces are left out, on both sides.
APOSTROPHES = "'’ʼ`´‘ʻ′"
DASHES = "-‐‑‒–—―−"
# Letters that have no decomposition to drop an accent from: the Turkish dotless ı (Yılmaz), and a few others
# of the names we meet. (ß needs nothing: casefold makes it ss.)
_LETTERS = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h"}

_APART = "\x00"
_ASCII_GONE = str.maketrans("", "", "'`-" + string.whitespace)


def fold(text: str) -> str:
    """The form both sides of a search are compared in: "Jan D’Hondt", "jan dhondt" and "JAN D-HONDT" fold
    alike ("jandhondt"), as do "Zoë ÇELIK" and "zoecelik", "Yılmaz" and "yilmaz".

    Case-folded, decomposed (NFKD), combining marks dropped (accents; also Arabic short vowels, which are
    written inconsistently), then apostrophes, dashes, invisible format characters and white space dropped. Letters of scripts without
    accents pass unchanged. The one folding of every search, every duplicate check and every name match.
    """
    if text.isascii():  # most names: no accents to drop (and ten times faster)
        return text.lower().translate(_ASCII_GONE)
    stripped = unicodedata.normalize("NFKD", text.casefold()).translate(_dropped())
    return "".join(stripped.split())


@functools.cache
def _dropped() -> dict[int, str | None]:
    """For str.translate: every combining mark (accents, Arabic vowel signs, ...), format character, apostrophe
    and dash mapped to nothing, and the letters without a decomposition to their plain letter."""
    table: dict[int, str | None] = {
        cp: None for cp in range(0x0300, 0x20000) if unicodedata.combining(chr(cp))
    }
    # Invisible format characters (a soft hyphen, direction marks and isolates pasted with a name) are not
    # typed: left out too.
    table.update((cp, None) for cp in range(0x20000) if unicodedata.category(chr(cp)) == "Cf")
    table.update((ord(c), None) for c in APOSTROPHES + DASHES)
    table.update((ord(letter), plain) for letter, plain in _LETTERS.items())
    return table


def search_key(*texts: str) -> str:
    """What a row is found by: its texts (names, a place, phone terms), each folded, kept apart by a space.

    A word typed is looked for within one text: the spaces inside a name are gone ("vandevelde" finds
    "Van de Velde"), those between texts stay, and no folded word holds a space, so a word never runs from a
    name into a phone number."""
    # Folded in one go (half the time of one by one, for 10,000 families at the page's opening), kept apart by
    # a character that folding keeps and nobody types, which then becomes the space.
    return fold(_APART.join(texts)).replace(_APART, " ")


def search_words(typed: str) -> list[str]:
    """The words typed, each folded: "D’Hondt jan" → ["dhondt", "jan"]. A row matches when each occurs in its
    key. Split before folding, since folding drops the spaces."""
    return [word for word in (fold(part) for part in typed.split()) if word]


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
    """A test of search keys against what was typed (as typed, not folded): every word typed occurs in the
    key ("0470 12" finds the phone number). Folds the typed text once, not once per row."""
    words = search_words(typed)

    def matches(key: str) -> bool:
        return all(word in key for word in words)

    return matches


def search_matches(key: str, typed: str) -> bool:
    return matcher(typed)(key)


def matching_keys(keys: Sequence[str], typed: str) -> list[bool]:
    """`matcher(typed)` over many keys at once (`typed` as typed, not folded): the list comprehension of the
    one-word case (what is typed most) keeps a keystroke over 10,000 families within a frame."""
    words = search_words(typed)
    if not words:
        return [True] * len(keys)
    if len(words) == 1:
        word = words[0]
        return [word in key for key in keys]
    matches = matcher(typed)
    return [matches(key) for key in keys]

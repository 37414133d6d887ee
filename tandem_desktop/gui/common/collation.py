"""Text in the order of the user's language: "Gezin Çelik" between "Gezin Bakr" and "Gezin Diallo", not after
"Gezin Yılmaz" as code points would have it; "Gezin 9" before "Gezin 10".

One key function for every sort of names and words on the screens: the tables' columns (`RowTableModel`
collates the text in its sort keys) and the pickers that list families, buddies, organisations and languages.
The collator is Qt's (ICU) for the language of the interface (`QLocale()`, set by `Translators.switch`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale

T = TypeVar("T")
TextKey = Callable[[str], QCollatorSortKey]

# Enough for every name, place and word of a large programme's lists; the oldest keys go first beyond it.
_CACHED_KEYS = 200_000


def text_key() -> TextKey:
    """The collation key of a text in the current interface language, numbers compared by their value.

    Keys are cached per text: the same text gives the very same key object, which matters because a
    QCollatorSortKey is equal (==) only to itself. Tuples of keys ("status, then name") compare their later
    parts only when the earlier ones are equal, so equal texts must give one object. Keys of different
    languages never meet: each language has its own collator and cache."""
    return _key_for(QLocale().bcp47Name())


@functools.cache
def _key_for(language: str) -> TextKey:
    collator = QCollator(QLocale(language))
    # Numbers by value wherever they appear: "Gezin 9", "Gezin 10"; house numbers, postcodes.
    collator.setNumericMode(True)
    return functools.lru_cache(maxsize=_CACHED_KEYS)(collator.sortKey)


def collated(key: Any, text: TextKey) -> Any:
    """A sort key with each text in it (alone, or inside a tuple) replaced by its collation key."""
    if isinstance(key, str):
        return text(key)
    if isinstance(key, tuple):
        return tuple(collated(part, text) for part in key)
    return key


def has_text(key: Any) -> bool:
    """Whether a sort key holds a text (alone, or inside a tuple) to collate."""
    return isinstance(key, str) or (isinstance(key, tuple) and any(has_text(part) for part in key))


def sorted_by_text(items: Iterable[T], text: Callable[[T], str]) -> list[T]:
    """`items` in the order of their texts in the interface language (for pickers: families, buddies, ...)."""
    key = text_key()
    return sorted(items, key=lambda item: key(text(item)))

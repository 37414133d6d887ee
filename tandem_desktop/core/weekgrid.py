"""The weekly grid: when a family cannot meet, when a buddy is free. A slot is "day-part", e.g. "wed-afternoon"."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from tandem_desktop.messages import QT_TRANSLATE_NOOP

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ("morning", "afternoon", "evening")
ALL_SLOTS = tuple(f"{d}-{p}" for d in DAYS for p in PARTS)


def slot(day: str, part: str) -> str:
    if day not in DAYS or part not in PARTS:
        raise ValueError(f"no such slot: {day} {part}")
    return f"{day}-{part}"


def invalid_slots(slots: Iterable[str]) -> list[str]:
    return [s for s in slots if s not in ALL_SLOTS]


_ORDER = {s: i for i, s in enumerate(ALL_SLOTS)}


def normalised(slots: Iterable[str]) -> list[str]:
    """Sorted in week order, without duplicates (stored this way so that equal grids compare equal)."""
    return sorted({s for s in slots if s in _ORDER}, key=_ORDER.__getitem__)


# Names for messages that mention a slot ("both free on Wednesday afternoon"); the GUI translates them
# in the "weekgrid" context, and the template lets a language join them its own way (nl: "woensdagnamiddag").
DAY_NAMES = (
    QT_TRANSLATE_NOOP("weekgrid", "Monday"),
    QT_TRANSLATE_NOOP("weekgrid", "Tuesday"),
    QT_TRANSLATE_NOOP("weekgrid", "Wednesday"),
    QT_TRANSLATE_NOOP("weekgrid", "Thursday"),
    QT_TRANSLATE_NOOP("weekgrid", "Friday"),
    QT_TRANSLATE_NOOP("weekgrid", "Saturday"),
    QT_TRANSLATE_NOOP("weekgrid", "Sunday"),
)
PART_NAMES = (
    QT_TRANSLATE_NOOP("weekgrid", "morning"),
    QT_TRANSLATE_NOOP("weekgrid", "afternoon"),
    QT_TRANSLATE_NOOP("weekgrid", "evening"),
)
SLOT_NAME = QT_TRANSLATE_NOOP("weekgrid", "{day} {part}")


def slot_name(value: str, translate: Callable[[str], str] = lambda text: text) -> str:
    """'wed-afternoon' as words: "Wednesday afternoon", or through `translate` in the user's language."""
    day, part = value.split("-", 1)
    return translate(SLOT_NAME).format(
        day=translate(DAY_NAMES[DAYS.index(day)]), part=translate(PART_NAMES[PARTS.index(part)])
    )

"""The weekly grid: when a family cannot meet, when a buddy is free. A slot is "day-part", e.g. "wed-afternoon"."""

from __future__ import annotations

from collections.abc import Iterable

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ("morning", "afternoon", "evening")
ALL_SLOTS = tuple(f"{d}-{p}" for d in DAYS for p in PARTS)


def slot(day: str, part: str) -> str:
    if day not in DAYS or part not in PARTS:
        raise ValueError(f"no such slot: {day} {part}")
    return f"{day}-{part}"


def invalid_slots(slots: Iterable[str]) -> list[str]:
    return [s for s in slots if s not in ALL_SLOTS]


def normalised(slots: Iterable[str]) -> list[str]:
    """Sorted in week order, without duplicates (stored this way so that equal grids compare equal)."""
    wanted = set(slots)
    return [s for s in ALL_SLOTS if s in wanted]

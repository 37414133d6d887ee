"""Date arithmetic of the programme: months that end on the 28th, 30th or 31st."""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the month's last day: 31 Aug + 6 months = 28 Feb."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_monday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=7 - today.weekday())


def age_in_year(birth_year: int | None, today: dt.date) -> int | None:
    """The age a person reaches this calendar year (only the birth year is kept)."""
    return None if birth_year is None else today.year - birth_year

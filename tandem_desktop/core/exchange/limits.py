"""What a value of the file may be, beyond its type: text lengths and real text, number, date and time
ranges, paths inside the data folder, an agreement template's texts and the contact settings as their
editors check them."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from tandem_desktop.db.models.base import UTCDateTime

from .. import agreement_texts, validation
from ..activities import MAX_CHILDREN
from ..errors import DomainError
from ..settings import ADJUSTABLE, CONTACT_FIELDS, MAX_CONTACT_LENGTH
from ..signals import MAX_SIGNAL_LENGTH
from .file_format import _table, table_name
from .report import _shown

# Lengths of text fields. The forms limit what they can (a contact setting, a signal); for the other fields
# these are far above anything typed, and far below what would slow every list down or fill the disk.
NAME_LENGTH = 200
SHORT_TEXT_LENGTH = 1_000
LONG_TEXT_LENGTH = 20_000
_NAME_FIELDS = frozenset({"name", "title", "contact_person", "coordinator_name", "policy_officer_name"})
_LONG_TEXT_FIELDS = frozenset(
    {
        "notes",
        "sensitive_constraints",
        "buddy_preferences",
        "wellbeing_note",
        "went_well",
        "closure_note",
        "cancel_note",
        "answer",
        "reason",
        "note",
        "purpose",
        "text",
        "description",
        "needs_other",
    }
)
_TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("signal", "description"): MAX_SIGNAL_LENGTH,
    **{("programme_settings", name): MAX_CONTACT_LENGTH for name in CONTACT_FIELDS},
}
# Ranges of whole numbers. Every one is far inside SQLite's (64 bits); where a form allows less, the import
# allows what the form does. The rules of core.person_rules and core.consistency say more (a birth year, a
# buddy's capacity, an evaluation's score) with their own messages.
_INT_RANGE = (-(10**9), 10**9)
_INT_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    **{("programme_settings", name): bounds for name, bounds in ADJUSTABLE.items()},
    ("programme_settings", "backup_interval_days"): (1, 365),
    ("trajectory", "meetings_per_month"): ADJUSTABLE["meetings_per_month"],
    ("activity", "children_count"): (0, MAX_CHILDREN),
}
# Dates and times: a programme's are in this span; outside it, date arithmetic (a planned end, a rhythm)
# could overflow.
_DATE_RANGE = (dt.date(1900, 1, 1), dt.date(2999, 12, 31))
# Containers within a value: a template's clauses are {"nl": {"key": ["item"]}}, three deep; no field
# allows more.
MAX_NESTING = 3
# NUL and lone surrogates: JSON can write them ("\u0000", "\ud800"), but they are not text: SQLite, Qt
# and the PDF would each cut or refuse them somewhere else.
_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")
# A logo is a file in the data folder itself, as settings.set_logo names it (logo.png).
_LOGO_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}(\.[A-Za-z0-9]{1,8})?")
# A scan is a file somewhere under the data folder, as core.agreements names it
# (agreements/<duo id>/signed-2025-03-01-1a2b3c4d.pdf): plain names, no "..", no drive, no backslash.
_PATH_PART = _LOGO_NAME
_MAX_PATH_PARTS = 4


@dataclass(frozen=True)
class _Limits:
    """What one table's values may be, beyond their types."""

    texts: dict[str, int]  # text fields (and fields holding texts in lists and objects): the longest text
    ints: dict[str, tuple[int, int]]
    dates: tuple[str, ...]
    datetimes: tuple[str, ...]


@functools.cache
def _limits(model: type[SQLModel]) -> _Limits:
    name = table_name(model)
    texts: dict[str, int] = {}
    ints: dict[str, tuple[int, int]] = {}
    dates: list[str] = []
    for column in _table(model).columns:
        kind = column.type
        if isinstance(kind, UTCDateTime):
            continue  # with the date-times
        if isinstance(kind, sa.TypeDecorator):  # sqlmodel's AutoString: a String underneath
            kind = kind.impl_instance
        if isinstance(kind, sa.String | sa.JSON):  # an Enum is a String
            field_name = column.name
            texts[field_name] = _TEXT_LIMITS.get((name, field_name)) or (
                NAME_LENGTH
                if field_name in _NAME_FIELDS
                else LONG_TEXT_LENGTH
                if field_name in _LONG_TEXT_FIELDS
                else SHORT_TEXT_LENGTH
            )
        elif isinstance(kind, sa.Integer):
            ints[column.name] = _INT_RANGES.get((name, column.name), _INT_RANGE)
        elif isinstance(kind, sa.Date):
            dates.append(column.name)
    return _Limits(texts, ints, tuple(dates), _datetime_fields(model))


def _text_problem(field_name: str, value: Any, limit: int) -> str | None:
    """Whether a value from the file holds only text fit to store: no text longer than `limit`, no NUL or lone
    surrogate, no containers nested deeper than any field allows. Checked before the model sees the value,
    in lists and objects too (their keys included); without recursion, whatever the file's nesting."""
    if isinstance(value, str):  # the common case first: most fields are a text
        if len(value) > limit:
            return f"{field_name}: longer than {limit} characters"
        if _NOT_TEXT.search(value):
            return f"{field_name}: contains characters that are not valid text"
        return None
    if not isinstance(value, list | dict):
        return None
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if (problem := _text_problem(field_name, item, limit)) is not None:
                return problem
        elif isinstance(item, list | dict):
            if depth >= MAX_NESTING:
                return f"{field_name}: nested deeper than this field allows"
            if isinstance(item, dict):
                stack.extend((key, depth + 1) for key in item)
                stack.extend((child, depth + 1) for child in item.values())
            else:
                stack.extend((child, depth + 1) for child in item)
    return None


def _path_problem(field_name: str, value: str | None, *, single: bool, suffixes: Sequence[str]) -> str | None:
    """A path stored in a record is relative to the data folder and stays inside it: plain names joined by
    "/", no "..", no drive, no backslash, nothing absolute; a logo is a file of the folder itself."""
    if value is None:
        return None
    parts = value.split("/")
    if (
        len(parts) > (1 if single else _MAX_PATH_PARTS)
        or not all(_PATH_PART.fullmatch(part) for part in parts)
        or not value.lower().endswith(tuple(suffixes))
    ):
        where = "a file name in the data folder" if single else "a path inside the data folder"
        return f"{field_name}: must be {where} ending in {', '.join(suffixes)}, such as {_PATH_EXAMPLES[field_name]}"
    return None


_PATH_EXAMPLES = {"logo_path": "logo.png", "scan_path": "agreements/<duo id>/signed.pdf"}


def _clause_problems(clauses: dict[str, Any]) -> list[str]:
    """An agreement template's texts pass the template editor's rules (core.agreement_texts.check_text): a known
    language and part, no unknown placeholder, no unclosed brace, no empty part."""
    problems: list[str] = []
    for code, texts in clauses.items():
        where = f"clauses.{_shown(code, 20)}"
        if code not in agreement_texts.languages():
            problems.append(f"{where}: there is no agreement text in this language")
            continue
        if not isinstance(texts, dict):
            problems.append(f"{where}: a JSON object of texts is expected")
            continue
        for key, value in texts.items():
            if isinstance(value, list) and all(isinstance(item, str) for item in value):
                value = tuple(value)
            elif not isinstance(value, str):
                problems.append(f"{where}.{_shown(key, 40)}: a text or a list of texts is expected")
                continue
            try:
                agreement_texts.check_text(key, value)
            except DomainError as error:
                problems.append(f"{where}.{_shown(key, 40)}: {error.message}")
    return problems


def _settings_problems(values: dict[str, Any]) -> list[str]:
    """The contact settings as the settings page checks them (core.settings.update_contact); phone numbers
    that parse are stored in E.164, as that page stores them."""
    problems: list[str] = []
    for name, kind in CONTACT_FIELDS.items():
        try:
            if kind == "phone":
                values[name] = validation.phone_number(values[name], name)
            elif kind == "email" and values[name]:
                validation.email_address(values[name], name)
        except DomainError as error:
            problems.append(f"{name}: {error.message}")
    return problems


def _datetime_fields(model: type[SQLModel]) -> tuple[str, ...]:
    return tuple(c.name for c in _table(model).columns if isinstance(c.type, UTCDateTime))


def _range_problems(values: dict[str, Any], limits: _Limits) -> Iterator[str]:
    """Numbers, dates and times in their ranges; times converted to UTC (as they are stored)."""
    for name, (low, high) in limits.ints.items():
        value = values[name]
        if value is not None and not low <= value <= high:
            yield f"{name}: {_shown(value)} is outside the range {low} to {high}"
    low_date, high_date = _DATE_RANGE
    for name in limits.dates:
        day = values[name]
        if day is not None and not low_date <= day <= high_date:
            yield f"{name}: {day} is outside the years {low_date.year} to {high_date.year}"
    for name in limits.datetimes:
        moment = values[name]
        if moment is None:
            continue
        if moment.tzinfo is None:
            yield f"{name}: the time zone is missing (write e.g. 2025-03-01T09:30:00+00:00)"
            continue
        try:
            values[name] = moment = moment.astimezone(dt.UTC)
        except OverflowError:
            moment = None
        if moment is None or not low_date <= moment.date() <= high_date:
            yield f"{name}: outside the years {low_date.year} to {high_date.year}"

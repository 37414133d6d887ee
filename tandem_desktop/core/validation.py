"""Checks on what the coordinator types, each failing with a DomainError naming the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import phonenumbers

from tandem_desktop.messages import QT_TRANSLATE_NOOP

from .errors import DomainError

DEFAULT_REGION = "BE"
OLDEST_BIRTH_YEAR = 1900


def required(value: str | None, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "This field is required."), field=field)
    return text


def phone_number(value: str | None, field: str, region: str = DEFAULT_REGION) -> str | None:
    """Empty gives None; otherwise the number in E.164 ("+32470123456"), Belgian unless it starts with + or 00."""
    text = (value or "").strip()
    if not text:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "domain", "“{value}” is not a valid phone number. Use e.g. 0470 12 34 56 or +32 470 12 34 56."
            ),
            field=field,
            value=value,
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def email_address(value: str | None, field: str) -> str:
    """Empty is allowed; otherwise one @, a dot after it and no spaces. Returns the trimmed address."""
    text = (value or "").strip()
    if text and (text.count("@") != 1 or "." not in text.split("@")[1] or " " in text):
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "“{value}” is not an e-mail address."), field=field, value=value
        )
    return text


def display_phone(e164: str | None) -> str:
    """How a stored number is shown: national format for Belgian numbers, international otherwise."""
    if not e164:
        return ""
    number = phonenumbers.parse(e164, None)
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == DEFAULT_REGION
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def birth_year(value: int | None, field: str, today: dt.date) -> int | None:
    if value is None:
        return None
    if value > today.year:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "The birth year {year} lies in the future."), field=field, year=value
        )
    if value < OLDEST_BIRTH_YEAR:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "The birth year {year} is not plausible."), field=field, year=value
        )
    return value


def date_order(earlier: dt.date | None, later: dt.date | None, field: str) -> None:
    """`later` (the field in error) may not come before `earlier`."""
    if earlier is not None and later is not None and later < earlier:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "This date ({later}) comes before {earlier}."),
            field=field,
            later=later,
            earlier=earlier,
        )


def not_in_future(value: dt.date | None, field: str, today: dt.date) -> None:
    if value is not None and value > today:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "This date ({date}) lies in the future."),
            field=field,
            date=value,
        )


def positive(value: int, field: str, maximum: int | None = None) -> int:
    if value < 1 or (maximum is not None and value > maximum):
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "Enter a number from 1 to {maximum}."),
            field=field,
            maximum=maximum or "…",
        )
    return value


def collect(checks: Sequence[Callable[[], object]]) -> list[DomainError]:
    """Run every check and gather what they refuse: a form shows all its errors at once, not the first."""
    errors = []
    for check in checks:
        try:
            check()
        except DomainError as exc:
            errors.append(exc)
    return errors

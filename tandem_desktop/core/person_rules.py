"""The rules a family (with its members) and a buddy must meet, as the forms check them and the import too.

Saving is `core.families.save_family` / `core.buddies.save_buddy` (or their in-session variants): the one
way a family or a buddy is written, which checks with these rules.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence

from tandem_desktop.db.models import Buddy, Family, FamilyMember
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from . import validation, weekgrid
from .errors import DomainError


def _grid_check(slots: list[str], field: str) -> Callable[[], None]:
    def check() -> None:
        bad = weekgrid.invalid_slots(slots)
        if bad:
            raise DomainError(
                QT_TRANSLATE_NOOP("domain", "Unknown time slots: {slots}."), field=field, slots=", ".join(bad)
            )

    return check


def family_errors(family: Family, members: Sequence[FamilyMember], today: dt.date) -> list[DomainError]:
    """Everything wrong with a family as typed, one error per field (members' fields as "members[i].x")."""
    checks: list[Callable[[], object]] = [
        lambda: validation.required(family.name, "name"),
        lambda: validation.phone_number(family.phone, "phone"),
        lambda: validation.phone_number(family.whatsapp, "whatsapp"),
        lambda: validation.not_in_future(family.arrival_date, "arrival_date", today),
        lambda: validation.not_in_future(family.consent_date, "consent_date", today),
        _grid_check(family.unavailability, "unavailability"),
    ]
    for i, member in enumerate(members):
        checks.append(functools.partial(validation.required, member.name, f"members[{i}].name"))
        checks.append(
            functools.partial(validation.birth_year, member.birth_year, f"members[{i}].birth_year", today)
        )
    return validation.collect(checks)


def buddy_errors(buddy: Buddy, today: dt.date) -> list[DomainError]:
    return validation.collect(
        [
            lambda: validation.required(buddy.name, "name"),
            lambda: validation.phone_number(buddy.phone, "phone"),
            lambda: validation.phone_number(buddy.whatsapp, "whatsapp"),
            lambda: validation.birth_year(buddy.birth_year, "birth_year", today),
            lambda: validation.positive(buddy.capacity, "capacity", maximum=10),
            lambda: validation.not_in_future(
                buddy.criminal_record_extract_on, "criminal_record_extract_on", today
            ),
            _grid_check(buddy.availability, "availability"),
        ]
    )

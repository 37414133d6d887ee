"""The programme's own consistency rules, beyond what SQLite checks: run by `check`, and by an import before
and after it applies (the import compares the two lists, so a problem is worded the same each time).

Every rule is a condition in SQL: the database reads only the columns a rule needs and hands back only the
rows that break one, so that a programme of 200,000 activities is checked in well under a second without
loading its records. A problem names its records by kind and id only, never by a name or a text typed by
the coordinator: the output of `check` goes into logs and support e-mails.

Rules that compare with "today" use the `today` they are given, never the clock: after the clock was set
back, the caller passes a corrected day, and nothing logged "yesterday" becomes a problem.

This package runs them all (`find_problems`); the rules on each kind of record are in a module of their own, made
of the pieces in `rules`.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from tandem_desktop.db.models import Buddy, FamilyMember

from .activities import _activities, _activities_in_pauses, _activity_rules
from .duos import (
    _buddies_over_capacity,
    _duo_rules,
    _duos,
    _evaluation_rules,
    _evaluations,
    _families_in_several_duos,
    _open_pauses_against_status,
    _pause_rules,
    _pauses,
)
from .people import _birth_year_rules, _buddies, _buddy_rules, _members
from .rules import _broken
from .settings import _settings, _settings_rows, _settings_rules
from .signals import _referral_rules, _referrals, _signal_rules, _signals


def find_problems(session: Session, today: dt.date) -> list[str]:
    """Every broken rule, as a sentence naming the records by kind and id; an empty list means consistent.

    The order is fixed (rule group by rule group, each in its query's order, ids breaking ties), so that
    the same database gives the same list.
    """
    return [
        *_broken(session, _duos(), _duo_rules()),
        *_families_in_several_duos(session),
        *_buddies_over_capacity(session),
        *_broken(session, _pauses(), _pause_rules()),
        *_open_pauses_against_status(session),
        *_broken(session, _evaluations(), _evaluation_rules()),
        *_broken(session, _activities(), _activity_rules(today)),
        *_activities_in_pauses(session),
        *_broken(session, _members(), _birth_year_rules("Member", FamilyMember.birth_year, today)),
        *_broken(
            session, _buddies(), [*_birth_year_rules("Buddy", Buddy.birth_year, today), *_buddy_rules()]
        ),
        *_broken(session, _signals(), _signal_rules(today)),
        *_broken(session, _referrals(), _referral_rules(today)),
        *_settings_rows(session),
        *_broken(session, _settings(), _settings_rules()),
    ]

"""When a family's or a buddy's data must be erased: the agreement's promise ("we keep the data until two years
after the end of the trajectory, then we erase it"), with the months set in the settings.

- A family whose trajectories all ended, and which itself ended (completed, stopped, withdrew) or was deleted:
  `retention_months_after_trajectory` after its last trajectory ended.
- A family never matched that withdrew, stopped or was deleted: `retention_months_never_matched` after that.
- A buddy who stopped (or was deleted), with no duo running: `retention_months_buddy` after the later of the two.

A running duo keeps both its family and its buddy. An erased record is never due again.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Session

from tandem_desktop.db.models import ProgrammeSettings
from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from ..dates import add_months
from ..settings import settings_in
from ..trajectories import OPEN_STATUSES

ENDED_FAMILY = (FamilyStatus.COMPLETED, FamilyStatus.STOPPED, FamilyStatus.WITHDRAWN)


class DueReason(StrEnum):
    AFTER_TRAJECTORY = "after_trajectory"
    NEVER_MATCHED = "never_matched"
    BUDDY_STOPPED = "buddy_stopped"


# Said on the Privacy page and by `retention` (`reason_text`): {months} is filled in.
REASON_TEXTS = {
    DueReason.AFTER_TRAJECTORY: QT_TRANSLATE_NOOP(
        "privacy", "{months} months after the last trajectory ended"
    ),
    DueReason.NEVER_MATCHED: QT_TRANSLATE_NOOP(
        "privacy", "never matched; {months} months after the family left"
    ),
    DueReason.BUDDY_STOPPED: QT_TRANSLATE_NOOP("privacy", "{months} months after the buddy stopped"),
}


@dataclass(frozen=True)
class Due:
    table_name: str  # "family" or "buddy"
    record_id: uuid.UUID
    name: str
    reason: DueReason
    months: int
    ended_on: dt.date
    due_on: dt.date


# When each person who may be due left the programme, in one query per kind (the overview counts them after
# every change: reading records and their dates one by one cost twice the rest of the overview). Dates are
# SQLite's ISO text; a time (deleted_at, changed_at) is cut to its date. A running duo keeps its person.
_ENDED = """
WITH duos AS (
    SELECT {owner} AS owner,
           SUM(CASE WHEN deleted_at IS NULL AND status IN ({open}) THEN 1 ELSE 0 END) AS running,
           MAX(CASE WHEN deleted_at IS NULL AND status IN ({open}) THEN NULL
                    ELSE COALESCE(closed_on, date(deleted_at)) END) AS last_end
    FROM trajectory GROUP BY {owner}
),
changes AS (
    SELECT subject_id, date(MAX(changed_at)) AS changed FROM status_change
    WHERE subject_type = :kind GROUP BY subject_id
),
people AS (
    SELECT p.id AS id, p.name AS name, duos.last_end AS last_end, p.deleted_at IS NOT NULL AS deleted,
           CASE WHEN p.deleted_at IS NOT NULL THEN date(p.deleted_at)
                ELSE COALESCE(changes.changed, date(p.updated_at)) END AS left_on
    FROM {table} AS p
    LEFT JOIN duos ON duos.owner = p.id
    LEFT JOIN changes ON changes.subject_id = p.id
    WHERE p.erased_on IS NULL AND (p.status IN ({ended}) OR p.deleted_at IS NOT NULL)
      AND COALESCE(duos.running, 0) = 0
)
SELECT {columns} FROM (
    SELECT id, name, last_end IS NOT NULL AS matched,
           CASE WHEN last_end IS NULL THEN left_on
                WHEN deleted OR {buddy} THEN MAX(last_end, left_on)
                ELSE last_end END AS ended
    FROM people
) WHERE ended <= :today {group}
"""


def _quoted(values: tuple[StrEnum, ...]) -> str:
    return ", ".join(f"'{value.value}'" for value in values)  # the enums' own values, never input


def _ended_sql(kind: str, columns: str, group: str = "") -> sa.TextClause:
    owner, ended = ("family_id", ENDED_FAMILY) if kind == "family" else ("buddy_id", (BuddyStatus.STOPPED,))
    return sa.text(
        _ENDED.format(
            owner=owner,
            open=_quoted(OPEN_STATUSES),
            table=kind,
            ended=_quoted(ended),
            buddy="1" if kind == "buddy" else "0",
            columns=columns,
            group=group,
        )
    )


def _rule(settings: ProgrammeSettings, kind: str, matched: bool) -> tuple[DueReason, int]:
    if kind == "buddy":
        return DueReason.BUDDY_STOPPED, settings.retention_months_buddy
    if matched:
        return DueReason.AFTER_TRAJECTORY, settings.retention_months_after_trajectory
    return DueReason.NEVER_MATCHED, settings.retention_months_never_matched


def _due(session: Session, settings: ProgrammeSettings, kind: str, today: dt.date) -> list[Due]:
    due = []
    rows = session.execute(
        _ended_sql(kind, "id, name, matched, ended"), {"kind": kind, "today": today.isoformat()}
    )
    for record_id, name, matched, ended_text in rows:
        reason, months = _rule(settings, kind, bool(matched))
        ended = dt.date.fromisoformat(ended_text)
        due_on = add_months(ended, months)
        if due_on <= today:
            due.append(Due(kind, uuid.UUID(hex=record_id), name, reason, months, ended, due_on))
    return due


def reason_text(due: Due, translate: Callable[[str], str] = lambda text: text) -> str:
    """Why a person is due, as the user reads it: `translate` gives a text of the "privacy" context."""
    return translate(REASON_TEXTS[due.reason]).format(months=due.months)


def due_for_erasure(store: Store, today: dt.date) -> list[Due]:
    """Everyone whose data the rules say must be erased by `today`, longest overdue first."""
    with store.session() as session:
        settings = settings_in(session)
        due = _due(session, settings, "family", today) + _due(session, settings, "buddy", today)
    return sorted(due, key=lambda d: (d.due_on, d.table_name, d.name.casefold()))


def due_count(session: Session, today: dt.date) -> int:
    """How many `due_for_erasure` lists, for the overview (within its session): counted by the day each left,
    not person by person."""
    settings = settings_in(session)
    count = 0
    for kind in ("family", "buddy"):
        query = _ended_sql(kind, "matched, ended, COUNT(*)", "GROUP BY matched, ended")
        for matched, ended, people in session.execute(query, {"kind": kind, "today": today.isoformat()}):
            _reason, months = _rule(settings, kind, bool(matched))
            if add_months(dt.date.fromisoformat(ended), months) <= today:
                count += people
    return count

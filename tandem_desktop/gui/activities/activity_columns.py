"""The list of duo activities: its columns. Sort keys are cheap (orders looked up in tables made once), as the
list may hold a year or more of a programme's activities."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from tandem_desktop.core.activity_list import ActivityRow
from tandem_desktop.db.models.enums import ActivityType, CancelReason, DutchPractised
from tandem_desktop.gui.common.labels import (
    activity_type_label,
    cancel_reason_label,
    duration_text,
    dutch_practised_label,
    short_date,
)
from tandem_desktop.gui.common.row_models import Column, RowTableModel
from tandem_desktop.messages import QT_TRANSLATE_NOOP

_TYPE_ORDER = {kind: i for i, kind in enumerate(ActivityType)}
_REASON_ORDER = {reason: i for i, reason in enumerate(CancelReason)}
_DUTCH_ORDER = {amount: i for i, amount in enumerate(DutchPractised)}


def duo_text(row: ActivityRow) -> str:
    return f"{row.family_name} · {row.buddy_name}"


def held_text(row: ActivityRow) -> str:
    return _held_label(row.held, row.cancel_reason)


def _held_label(held: bool, reason: CancelReason | None) -> str:
    if held:
        return QCoreApplication.translate("ActivitiesPage", "Held")
    if reason is None:
        return QCoreApplication.translate("ActivitiesPage", "Cancelled")
    return QCoreApplication.translate("ActivitiesPage", "Cancelled: %1").replace(
        "%1", cancel_reason_label(reason)
    )


def _held_key(row: ActivityRow) -> int:
    """Held first, then the cancelled ones by reason."""
    if row.held:
        return -1
    return len(_REASON_ORDER) if row.cancel_reason is None else _REASON_ORDER[row.cancel_reason]


def _dutch_text(row: ActivityRow) -> str:
    return dutch_practised_label(row.dutch_practised) if row.held else ""


ACTIVITY_COLUMNS: list[Column[ActivityRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Date"), lambda r: short_date(r.date), lambda r: r.date),
    Column(
        QT_TRANSLATE_NOOP("columns", "Duo"),
        duo_text,
        lambda r: (r.family_name, r.buddy_name),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Type"),
        lambda r: activity_type_label(r.type),
        lambda r: _TYPE_ORDER[r.type],
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Held or cancelled"),
        held_text,
        _held_key,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Duration"),
        lambda r: duration_text(r.duration_minutes),
        lambda r: -1 if r.duration_minutes is None else r.duration_minutes,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Place"), lambda r: r.place, lambda r: r.place),
    Column(
        QT_TRANSLATE_NOOP("columns", "Dutch practised"),
        _dutch_text,
        lambda r: _DUTCH_ORDER[r.dutch_practised] if r.held else -1,
    ),
]
DATE_COLUMN, DUO_COLUMN, TYPE_COLUMN, HELD_COLUMN, DURATION_COLUMN, PLACE_COLUMN, DUTCH_COLUMN = range(7)


def every_text() -> dict[int, list[str]]:
    """The columns whose texts come from a short list, with every text they can show in the current language:
    the table sizes them from these, without reading (tens of thousands of) rows."""
    return {
        DATE_COLUMN: [short_date(dt.date(2026, 12, 28))],  # a two-digit day and month
        TYPE_COLUMN: [activity_type_label(kind) for kind in ActivityType],
        HELD_COLUMN: [_held_label(True, None)] + [_held_label(False, reason) for reason in CancelReason],
        DURATION_COLUMN: [duration_text(minutes) for minutes in (45, 10 * 60 + 45)],
        DUTCH_COLUMN: [dutch_practised_label(amount) for amount in DutchPractised],
    }


class ActivityTableModel(RowTableModel[ActivityRow]):
    def __init__(self) -> None:
        super().__init__(ACTIVITY_COLUMNS, lambda row: row.id)

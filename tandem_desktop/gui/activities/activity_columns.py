"""The list of duo activities: its columns. Sort keys are cheap (orders looked up in tables made once), as the
list may hold a year or more of a programme's activities."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from tandem_desktop.core.activity_list import ActivityRow
from tandem_desktop.db.models.enums import ActivityType, CancelReason, DutchPractised
from tandem_desktop.gui.common.labels import (
    activity_type_label,
    cancel_reason_label,
    duration_text,
    dutch_practised_label,
    short_date,
)
from tandem_desktop.gui.common.row_models import Column, Index, RowTableModel
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


ReadRows = Callable[[ActivityRow | None, int | None], list[ActivityRow]]

# Rows read at a time: a screenful and then some. A year holds 20,000 activities of a large programme, and
# reading them takes longer than the coordinator should wait for the first ones.
READ_AT_ONCE = 200


class ActivityTableModel(RowTableModel[ActivityRow]):
    """The activities, newest first, read a part at a time as the table scrolls to them (`fetchMore`). A search,
    or a sort on another column than the date, reads the rest first: it needs every row."""

    def __init__(self) -> None:
        super().__init__(ACTIVITY_COLUMNS, lambda row: row.id)
        self._read: ReadRows | None = None
        self._total = 0

    def set_source(self, read: ReadRows, total: int) -> None:
        """Show the `total` rows that `read(after, limit)` gives in the order read, from its first ones."""
        rows = read(None, READ_AT_ONCE if self._in_read_order() else None)
        self._read, self._total = None, 0  # nothing to fetch while the model is being reset
        self.set_rows(rows)
        self._read, self._total = read, total

    def _in_read_order(self) -> bool:
        return self._sort in (None, (DATE_COLUMN, Qt.SortOrder.DescendingOrder))

    def total(self) -> int:
        return max(self._total, len(self._rows))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._read_more(READ_AT_ONCE)

    def read_all(self) -> None:
        if self.canFetchMore():
            self._read_more(None)

    def _read_more(self, limit: int | None) -> None:
        assert self._read is not None
        more = self._read(self._rows[-1] if self._rows else None, limit)
        if len(more) < (limit or self._total - len(self._rows)):
            self._total = len(self._rows) + len(more)  # some were deleted since they were counted
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) != (DATE_COLUMN, Qt.SortOrder.DescendingOrder):
            self.read_all()  # the order read is the date's, newest first: any other needs every row
        super().sort(column, order)

"""The lists of gatherings: group activities (who came, how many languages) and buddy meetings (what was raised)."""

from __future__ import annotations

from tandem_desktop.core.buddy_meetings import MeetingRow
from tandem_desktop.core.group_activities import GroupActivityRow
from tandem_desktop.gui.common.labels import short_date
from tandem_desktop.gui.common.row_models import Column, RowTableModel
from tandem_desktop.messages import QT_TRANSLATE_NOOP

DATE_COLUMN = 0


GROUP_ACTIVITY_COLUMNS: list[Column[GroupActivityRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Date"), lambda r: short_date(r.date), lambda r: (r.date, r.title)),
    Column(QT_TRANSLATE_NOOP("columns", "Title"), lambda r: r.title, lambda r: (r.title, r.date)),
    Column(QT_TRANSLATE_NOOP("columns", "Place"), lambda r: r.place, lambda r: (r.place, r.date)),
    Column(
        QT_TRANSLATE_NOOP("columns", "People"), lambda r: str(r.people), lambda r: (r.people, r.date), True
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Families"),
        lambda r: str(r.families),
        lambda r: (r.families, r.date),
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Buddies"), lambda r: str(r.buddies), lambda r: (r.buddies, r.date), True
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Languages"),
        lambda r: str(r.languages),
        lambda r: (r.languages, r.date),
        True,
    ),
]

MEETING_COLUMNS: list[Column[MeetingRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Date"), lambda r: short_date(r.date), lambda r: r.date),
    Column(QT_TRANSLATE_NOOP("columns", "Place"), lambda r: r.place, lambda r: (r.place, r.date)),
    Column(
        QT_TRANSLATE_NOOP("columns", "Buddies present"),
        lambda r: str(r.buddies),
        lambda r: (r.buddies, r.date),
        True,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Ideas"), lambda r: str(r.ideas), lambda r: (r.ideas, r.date), True),
    Column(QT_TRANSLATE_NOOP("columns", "Needs"), lambda r: str(r.needs), lambda r: (r.needs, r.date), True),
    Column(
        QT_TRANSLATE_NOOP("columns", "Signals"), lambda r: str(r.signals), lambda r: (r.signals, r.date), True
    ),
]


class GroupActivityTableModel(RowTableModel[GroupActivityRow]):
    def __init__(self) -> None:
        super().__init__(GROUP_ACTIVITY_COLUMNS, lambda row: row.id)


class MeetingTableModel(RowTableModel[MeetingRow]):
    def __init__(self) -> None:
        super().__init__(MEETING_COLUMNS, lambda row: row.id)

"""The buddy meetings page: the monthly meetings, newest first, with who came and what was raised; a line
above the list says when this month's meeting is not recorded yet."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QWidget

from tandem_desktop.core.buddy_meetings import MeetingRow, meeting_held_in, meeting_rows
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.labels import count_text, month_name
from tandem_desktop.gui.gatherings.buddy_meeting_dialog import BuddyMeetingDialog
from tandem_desktop.gui.gatherings.gathering_columns import MeetingTableModel
from tandem_desktop.gui.gatherings.group_activities_page import GatheringsPage


class BuddyMeetingsPage(GatheringsPage):
    list_name, count_name, table_name = "meeting", "meetingCount", "meetingTable"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, MeetingTableModel(), parent)

    def add_above_table(self) -> None:
        self.notice = QLabel(self)
        self.notice.setObjectName("meetingNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.body.addWidget(self.notice)

    def load_rows(self) -> list[MeetingRow]:
        return meeting_rows(self.store)

    def load_row(self, record_id: uuid.UUID) -> MeetingRow | None:
        return next(iter(meeting_rows(self.store, record_id)), None)

    def make_form(self, record_id: uuid.UUID | None) -> BuddyMeetingDialog:
        return BuddyMeetingDialog(self.store, record_id, self.store.today(), self)

    def empty_text(self) -> str:
        return self.tr(
            "No buddy meetings yet. Each month the buddies meet to share experiences: record who came and "
            "the ideas, needs and signals they brought."
        )

    def count_text(self, shown: int, total: int) -> str:
        return count_text(
            shown,
            total,
            self.tr("%n buddy meetings", "", total),
            self.tr("%1 of %n buddy meetings", "", total),
        )

    def refresh(self) -> None:
        super().refresh()
        self._show_notice()

    def _saved(self, record_id: uuid.UUID) -> None:
        super()._saved(record_id)
        self._show_notice()

    def _show_notice(self) -> None:
        today = self.store.today()
        with self.store.session() as session:
            held = meeting_held_in(session, today)
        self.notice.setText(self.tr("No buddy meeting recorded for %1 yet.").replace("%1", month_name(today)))
        self.notice.setVisible(not held)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Buddy meetings"))
        self.intro.setText(
            self.tr(
                "The monthly buddy meeting: who came, and the ideas, needs and signals raised. "
                "Signals go to the signals register."
            )
        )
        self.search.setPlaceholderText(self.tr("Search by place, notes or what was raised"))
        self.search.setAccessibleName(self.tr("Search buddy meetings"))
        self.new_button.setText(self.tr("&New buddy meeting…"))
        super().retranslate()
        if hasattr(self, "notice") and self.notice.text():
            self._show_notice()

"""The group activities page: every activity for all participants, newest first, with who came and how many
languages were present. `GatheringsPage` is what it shares with the buddy meetings page."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from tandem_desktop.core.group_activities import GroupActivityRow, group_activity_rows
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.labels import count_text
from tandem_desktop.gui.common.record_list_page import RecordListPage
from tandem_desktop.gui.common.row_models import RowTableModel, select_row_id
from tandem_desktop.gui.gatherings.gathering_columns import DATE_COLUMN, GroupActivityTableModel
from tandem_desktop.gui.gatherings.group_activity_dialog import GroupActivityDialog


class GatheringsPage(RecordListPage):
    """A list of gatherings (group activities, buddy meetings): newest first, no status and no delete; a
    gathering opens in its dialog."""

    has_status_filter = False
    can_delete = False
    fit_columns = True
    stretch_columns = (1,)
    sort_column, sort_order = DATE_COLUMN, Qt.SortOrder.DescendingOrder

    def __init__(self, store: Store, model: RowTableModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(store, None, model, parent)

    @property
    def last_dialog(self) -> QDialog | None:
        """The dialog opened last (tests drive it)."""
        return self.last_form

    def choose_row(self, record_id: uuid.UUID) -> None:
        if not select_row_id(self.table, self.model, record_id) and self.model.row_of(record_id) is not None:
            self.search.clear()  # filtered out by the search: show it all the same
            select_row_id(self.table, self.model, record_id)

    def retranslate(self) -> None:
        self.retranslate_list()


class GroupActivitiesPage(GatheringsPage):
    list_name, count_name, table_name = "group", "groupCount", "groupTable"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, GroupActivityTableModel(), parent)

    def load_rows(self) -> list[GroupActivityRow]:
        return group_activity_rows(self.store)

    def load_row(self, record_id: uuid.UUID) -> GroupActivityRow | None:
        return next(iter(group_activity_rows(self.store, record_id)), None)

    def make_form(self, record_id: uuid.UUID | None) -> GroupActivityDialog:
        return GroupActivityDialog(self.store, record_id, self.store.today(), self)

    def empty_text(self) -> str:
        return self.tr(
            "No group activities yet. A group activity brings several duos together (a picnic, a city walk): "
            "record who took part, and it counts for each of their duos."
        )

    def count_text(self, shown: int, total: int) -> str:
        return count_text(
            shown,
            total,
            self.tr("%n group activities", "", total),
            self.tr("%1 of %n group activities", "", total),
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Group activities"))
        self.intro.setText(
            self.tr("Activities for all participants: who came, and how many languages were present.")
        )
        self.search.setPlaceholderText(self.tr("Search by title, place or description"))
        self.search.setAccessibleName(self.tr("Search group activities"))
        self.new_button.setText(self.tr("&New group activity…"))
        super().retranslate()

"""The group activities page: every activity for all participants, newest first, with who came and how many
languages were present. `GatheringsPage` is what it shares with the buddy meetings page."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from tandem_desktop import APP_NAME
from tandem_desktop.core.group_activities import GroupActivityRow, group_activity_rows
from tandem_desktop.db.store import Store
from tandem_desktop.gui.duo_dialogs import DuoActionDialog
from tandem_desktop.gui.group_activity_dialog import GroupActivityDialog
from tandem_desktop.gui.labels import count_text
from tandem_desktop.gui.messages import user_message
from tandem_desktop.gui.models.gatherings import DATE_COLUMN, GroupActivityTableModel
from tandem_desktop.gui.models.rows import (
    RowFilterProxy,
    RowTableModel,
    search_filter,
    select_row_id,
    selected_row_id,
)
from tandem_desktop.gui.widgets.list_table import list_table, page_shortcuts
from tandem_desktop.messages import UserFacingError

from .section import SectionPage


class GatheringsPage(SectionPage):
    """A list of gatherings (group activities, buddy meetings): search, a count, the table newest first,
    New and Open; a gathering opens in its dialog, which holds `saved_id` once saved."""

    changed = Signal()  # a gathering was saved
    fills_height = True
    stretch_column = 1

    def __init__(self, store: Store, model: RowTableModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.last_dialog: DuoActionDialog | None = None  # the dialog opened last (tests drive it)
        self.model = model
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count = QLabel(self)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.open_record(None))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        self.body.addLayout(bar)
        self.add_above_table()

        self.table = list_table(self, self.proxy, "", self.stretch_column, on_open=self.open_selected)
        self.body.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)

        page_shortcuts(self, lambda: self.open_record(None), self.focus_search)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._show_count)

        self.retranslate()
        self.refresh()
        self.table.sortByColumn(DATE_COLUMN, Qt.SortOrder.DescendingOrder)  # newest first

    # -- what a page says for itself -----------------------------------------------------------------
    def add_above_table(self) -> None:
        """Widgets between the search bar and the table."""

    def load_rows(self) -> list[Any]:
        raise NotImplementedError

    def load_row(self, record_id: uuid.UUID) -> Any | None:
        raise NotImplementedError

    def make_dialog(self, record_id: uuid.UUID | None) -> DuoActionDialog:
        raise NotImplementedError

    def count_text(self, shown: int, total: int) -> str:
        raise NotImplementedError

    # -- list ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.set_rows(self.load_rows())
        self._filter()
        if selected is not None:
            self.select(selected)

    def _filter(self) -> None:
        self.proxy.set_row_filter(search_filter(self.search.text(), None))
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.count_text(self.proxy.rowCount(), self.model.rowCount()))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_id(self) -> uuid.UUID | None:
        return selected_row_id(self.table)

    def select(self, record_id: uuid.UUID) -> None:
        if not select_row_id(self.table, self.model, record_id) and self.model.row_of(record_id) is not None:
            self.search.clear()  # filtered out by the search: show it all the same
            select_row_id(self.table, self.model, record_id)

    # -- actions -------------------------------------------------------------------------------------
    def open_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.open_record(record_id)

    def open_record(self, record_id: uuid.UUID | None) -> DuoActionDialog | None:
        try:
            dialog = self.make_dialog(record_id)
        except UserFacingError as error:  # deleted meanwhile
            QMessageBox.warning(self, APP_NAME, user_message(error))
            self.refresh()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._saved(getattr(dialog, "saved_id", None)))
        dialog.open()  # window-modal, and a test can drive it
        return dialog

    def _saved(self, record_id: uuid.UUID | None) -> None:
        if record_id is not None:
            row = self.load_row(record_id)
            if row is not None:
                self.model.put_row(row)
                self._filter()
                self.select(record_id)
        self.changed.emit()

    # -- language ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.new_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.open_button.setText(QCoreApplication.translate("GatheringsPage", "&Open"))
        self.model.retranslate()
        self._show_count()


class GroupActivitiesPage(GatheringsPage):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, GroupActivityTableModel(), parent)
        self.search.setObjectName("groupSearch")
        self.count.setObjectName("groupCount")
        self.table.setObjectName("groupTable")

    def load_rows(self) -> list[GroupActivityRow]:
        return group_activity_rows(self.store)

    def load_row(self, record_id: uuid.UUID) -> GroupActivityRow | None:
        return next(iter(group_activity_rows(self.store, record_id)), None)

    def make_dialog(self, record_id: uuid.UUID | None) -> GroupActivityDialog:
        return GroupActivityDialog(self.store, record_id, dt.date.today(), self)

    def count_text(self, shown: int, total: int) -> str:
        return count_text(shown, total, self.tr("%1 group activities"), self.tr("%1 of %2 group activities"))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Group activities"))
        self.intro.setText(
            self.tr("Activities for all participants: who came, and how many languages were present.")
        )
        self.search.setPlaceholderText(self.tr("Search by title, place or description"))
        self.search.setAccessibleName(self.tr("Search group activities"))
        self.new_button.setText(self.tr("&New group activity…"))
        super().retranslate()

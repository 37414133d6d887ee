"""The activities page: every duo activity, held or cancelled, newest first, with the way to log a new one.

The period, duo, type and held filters ask core again (they are applied in SQL, so that years of activities
stay quick to browse); the search box filters the rows already loaded as one types.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStyle,
    QWidget,
)

from tandem_desktop import APP_NAME
from tandem_desktop.core import activity_list
from tandem_desktop.core.activity_list import ActivityFilter, DuoChoice
from tandem_desktop.core.dates import add_months
from tandem_desktop.db.models.enums import ActivityType
from tandem_desktop.db.store import Store
from tandem_desktop.gui.activities.activity_columns import (
    DATE_COLUMN,
    DUO_COLUMN,
    PLACE_COLUMN,
    ActivityTableModel,
    every_text,
)
from tandem_desktop.gui.activities.activity_dialog import ActivityDialog
from tandem_desktop.gui.common.form_dialog import open_dialog
from tandem_desktop.gui.common.labels import activity_type_label, count_text, fill_choices
from tandem_desktop.gui.common.list_panel import ListPanel
from tandem_desktop.gui.common.list_table import page_shortcuts
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.common.optional_date import OptionalDateEdit
from tandem_desktop.gui.common.row_models import select_row_id, selected_row_id
from tandem_desktop.gui.common.section_page import SectionPage
from tandem_desktop.messages import UserFacingError

# The period filter's choices.
THIS_MONTH, LAST_3_MONTHS, THIS_YEAR, EVERYTHING, CUSTOM = "month", "3months", "year", "all", "custom"
PERIODS = (THIS_MONTH, LAST_3_MONTHS, THIS_YEAR, EVERYTHING, CUSTOM)
# The held filter's choices (None: both).
HELD, CANCELLED = "held", "cancelled"


def period_dates(period: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of a period choice (None: open); Custom is read from its date fields."""
    if period == THIS_MONTH:
        return today.replace(day=1), None
    if period == LAST_3_MONTHS:
        return add_months(today, -3), None
    if period == THIS_YEAR:
        return today.replace(month=1, day=1), None
    return None, None


class DuoChoiceModel(QAbstractListModel):
    """The duo filter's choices: "All duos", then every duo. A model rather than addItem() per duo: a
    programme of years holds thousands of duos, and refilling a combo item by item took tens of ms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[DuoChoice] = []
        self.everything = ""  # the first entry's text, in the user's language

    def set_choices(self, choices: list[DuoChoice]) -> None:
        self.beginResetModel()
        self._choices = choices
        self.endResetModel()

    def retranslate(self, everything: str) -> None:
        self.everything = everything
        self.dataChanged.emit(self.index(0), self.index(0))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices) + 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._choices):
            return None
        choice = self._choices[index.row() - 1] if index.row() else None
        if role == Qt.ItemDataRole.DisplayRole:
            return choice.label if choice is not None else self.everything
        if role == Qt.ItemDataRole.UserRole:
            return str(choice.id) if choice is not None else None
        return None


class _LazyCombo(QComboBox):
    """A combo box that asks for its choices only when they are first needed (its list is opened)."""

    about_to_show = Signal()

    def showPopup(self) -> None:
        self.about_to_show.emit()
        super().showPopup()


class ActivitiesPage(SectionPage):
    fills_height = True

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.last_dialog: QDialog | None = None  # the dialog opened last (tests drive it)
        self._choices: list[DuoChoice] = []
        self._choices_loaded = False
        self._loaded = ActivityFilter()  # what the list shows
        self.model = ActivityTableModel()

        # The filters asked of core.
        self.period = QComboBox(self)
        self.period.setObjectName("activityPeriod")
        self.start = OptionalDateEdit(self)
        self.start.setObjectName("activityFrom")
        self.end = OptionalDateEdit(self)
        self.end.setObjectName("activityTo")
        # Reading thousands of duos takes longer than the activities of a quarter: only when the list opens.
        self.duo_filter = _LazyCombo(self)
        self.duo_filter.about_to_show.connect(self.load_duo_choices)
        self.duo_filter.setObjectName("activityDuoFilter")
        self.duo_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.duo_filter.setMinimumContentsLength(22)
        self.duo_choices = DuoChoiceModel(self)
        self.duo_filter.setModel(self.duo_choices)
        self.type_filter = QComboBox(self)
        self.type_filter.setObjectName("activityTypeFilter")
        self.held_filter = QComboBox(self)
        self.held_filter.setObjectName("activityHeldFilter")
        self.retranslate_choices()
        self.period.setCurrentIndex(self.period.findData(LAST_3_MONTHS))
        self._show_custom()
        for combo in (self.period, self.duo_filter, self.type_filter, self.held_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        for edit in (self.start, self.end):
            edit.changed.connect(self.reload)

        # The search in what was loaded, the count, the new activity.
        self.list = ListPanel(
            self.model, self, name="activity", count_text=self._count_text, count_name="activityCount"
        )
        self.proxy, self.search, self.count = self.list.proxy, self.list.search, self.list.count
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newActivity")
        self.new_button.clicked.connect(lambda: self.open_activity(None))
        self.list.add_button(self.new_button)

        filters = QHBoxLayout()
        filters.addWidget(self.period)
        filters.addWidget(self.start)
        filters.addWidget(self.end)
        filters.addWidget(self.duo_filter)
        filters.addWidget(self.type_filter)
        filters.addWidget(self.held_filter)
        filters.addStretch(1)
        self.body.addLayout(filters)
        self.body.addWidget(self.list)

        self.table = self.list.table("activityTable", fit_contents=False, on_open=self.open_selected)
        # Names and places share what is left; the other columns are as wide as their longest possible text
        # (not ResizeToContents: that reads a thousand rows at every reload).
        header = self.table.horizontalHeader()
        for column in (DUO_COLUMN, PLACE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.table, 1)

        page_shortcuts(self, lambda: self.open_activity(None), self.list.focus_search)

        self.retranslate()
        self.data_changed()  # loaded when first shown
        self.table.sortByColumn(DATE_COLUMN, Qt.SortOrder.DescendingOrder)

    # -- what is asked of core ------------------------------------------------------------------------
    def wanted(self) -> ActivityFilter:
        """The filter the period, duo, type and held choices make."""
        period = self.period.currentData()
        if period == CUSTOM:
            start, end = self.start.date_value(), self.end.date_value()
        else:
            start, end = period_dates(period, self.store.today())
        duo = self.duo_filter.currentData()
        kind = self.type_filter.currentData()
        held = self.held_filter.currentData()
        return ActivityFilter(
            start=start,
            end=end,
            trajectory_id=uuid.UUID(duo) if duo else None,
            type=ActivityType(kind) if kind else None,
            held=None if held is None else held == HELD,
        )

    def refresh(self) -> None:
        """Reload the duos to choose from and the activities (after a change elsewhere)."""
        self._choices_loaded = False
        if self.duo_filter.currentData() is not None:
            self.load_duo_choices()  # the duo chosen stays chosen, with its name
        self.reload()

    def reload(self) -> None:
        """Ask core again for the activities the filters want, keeping the selected one selected."""
        selected = self.selected_id()
        store, wanted = self.store, self.wanted()
        self._loaded = wanted
        self.model.set_source(
            lambda after, limit: activity_list.activity_rows(store, wanted, after, limit),
            activity_list.count_activities(store, wanted),
        )
        self.list.refilter()
        if selected is not None:
            select_row_id(self.table, self.model, selected)

    def set_period(self, start: dt.date | None, end: dt.date | None) -> None:
        """Show the activities from `start` to `end` (inclusive; None: open); both None shows every one."""
        self.period.blockSignals(True)
        if start is None and end is None:
            self.period.setCurrentIndex(self.period.findData(EVERYTHING))
        else:
            self.period.setCurrentIndex(self.period.findData(CUSTOM))
            self.start.set_date_value(start)
            self.end.set_date_value(end)
        self.period.blockSignals(False)
        self._show_custom()
        self.reload()

    def _filters_changed(self) -> None:
        custom = self.period.currentData() == CUSTOM
        if custom and self.start.date_value() is None and self.end.date_value() is None:
            # Custom starts as the period shown before, to be changed from there.
            self.start.set_date_value(self._loaded.start)
            self.end.set_date_value(self._loaded.end)
        self._show_custom()
        self.reload()

    def _show_custom(self) -> None:
        custom = self.period.currentData() == CUSTOM
        self.start.setVisible(custom)
        self.end.setVisible(custom)

    # -- what is shown of it ---------------------------------------------------------------------------
    def _count_text(self, shown: int, total: int) -> str:
        return count_text(
            shown, total, self.tr("%n activities", "", total), self.tr("%1 of %n activities", "", total)
        )

    def focus_search(self) -> None:
        self.list.focus_search()

    def selected_id(self) -> uuid.UUID | None:
        return selected_row_id(self.table)

    def select(self, activity_id: uuid.UUID) -> bool:
        return select_row_id(self.table, self.model, activity_id)

    # -- the dialog ------------------------------------------------------------------------------------
    def open_selected(self) -> None:
        activity_id = self.selected_id()
        if activity_id is not None:
            self.open_activity(activity_id)

    def open_activity(self, activity_id: uuid.UUID | None) -> QDialog | None:
        """The activity in the dialog, or a new one: of the duo chosen in the filter, if one is."""
        duo = self.duo_filter.currentData()
        try:
            if activity_id is not None:
                dialog = ActivityDialog(self.store, self.store.today(), self, activity_id=activity_id)
            elif duo:
                dialog = ActivityDialog(self.store, self.store.today(), self, trajectory_id=uuid.UUID(duo))
            else:
                dialog = ActivityDialog(self.store, self.store.today(), self, duos=self.load_duo_choices())
        except UserFacingError as error:  # deleted meanwhile
            QMessageBox.warning(self, APP_NAME, user_message(error))
            self.reload()
            return None
        dialog.accepted.connect(lambda: self._saved(dialog))
        self.last_dialog = open_dialog(dialog)
        return dialog

    def _saved(self, dialog: ActivityDialog) -> None:
        """The saved activity chosen in the list, if it fits the filters: the runner's change notification has
        reloaded the list before the dialog closed."""
        if dialog.saved_id is not None:
            self.select(dialog.saved_id)

    # -- language --------------------------------------------------------------------------------------
    def retranslate_choices(self) -> None:
        labels = {
            THIS_MONTH: self.tr("This month"),
            LAST_3_MONTHS: self.tr("Last 3 months"),
            THIS_YEAR: self.tr("This year"),
            EVERYTHING: self.tr("Everything"),
            CUSTOM: self.tr("Custom…"),
        }
        fill_choices(self.period, PERIODS, labels.__getitem__)
        fill_choices(self.type_filter, ActivityType, activity_type_label, self.tr("All types"))
        held = {HELD: self.tr("Held"), CANCELLED: self.tr("Cancelled")}
        fill_choices(self.held_filter, (HELD, CANCELLED), held.__getitem__, self.tr("Held and cancelled"))
        self.duo_choices.retranslate(self.tr("All duos"))

    def load_duo_choices(self) -> list[DuoChoice]:
        """The duos to choose from (read once after each refresh)."""
        if not self._choices_loaded:
            self._choices = activity_list.duo_choices(self.store)
            self._choices_loaded = True
            self._fill_duos()
        return self._choices

    def _fill_duos(self) -> None:
        current = self.duo_filter.currentData()
        self.duo_filter.blockSignals(True)
        self.duo_choices.set_choices(self._choices)
        self.duo_filter.setCurrentIndex(max(0, self.duo_filter.findData(current)))
        self.duo_filter.blockSignals(False)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Activities"))
        self.intro.setText(
            self.tr("Every duo activity, held or cancelled. Log one here or from a duo's timeline.")
        )
        self.retranslate_choices()
        self.search.setPlaceholderText(self.tr("Search by family, buddy or place"))
        self.search.setAccessibleName(self.tr("Search activities"))
        self.start.setToolTip(self.tr("From"))
        self.end.setToolTip(self.tr("Until"))
        self.new_button.setText(self.tr("&New activity…"))
        self.new_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.model.retranslate()
        self._size_columns()
        self.list.show_count()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 14
        for column, texts in every_text().items():
            wanted = max(metrics.horizontalAdvance(text) for text in texts) + padding
            header.resizeSection(column, max(wanted, header.sectionSizeHint(column)))

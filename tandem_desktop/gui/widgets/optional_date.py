"""A date field that may stay empty (an arrival date not yet known), with a calendar popup."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

# QDateEdit always holds a date; its minimum, shown as "—", stands for "no date".
_EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText("—")
        self.setDate(_EMPTY)
        self.dateChanged.connect(lambda _d: self.changed.emit())

    def date_value(self) -> dt.date | None:
        value = self.date()
        return None if value == _EMPTY else dt.date(value.year(), value.month(), value.day())

    def set_date_value(self, value: dt.date | None) -> None:
        self.blockSignals(True)
        self.setDate(_EMPTY if value is None else QDate(value.year, value.month, value.day))
        self.blockSignals(False)

    def clear_date(self) -> None:
        self.setDate(_EMPTY)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.date() == _EMPTY:  # open the calendar on this month, not on January 1900
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        super().mousePressEvent(event)

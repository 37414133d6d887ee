"""A date field as every dialog has it (a calendar to pick from), and the way between its QDate and a date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget


def date_edit(parent: QWidget, value: dt.date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    set_day(edit, value)
    return edit


def set_day(edit: QDateEdit, value: dt.date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def day_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())

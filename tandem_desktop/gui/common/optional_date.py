"""A date field that may stay empty (an arrival date not yet known): typed, picked from a calendar that opens
on today's month, or emptied (Delete on the selected text, or the field's clear button)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal

from tandem_desktop.gui.common.dates import DateField, from_qdate


class OptionalDateEdit(DateField):
    """`changed` when the date (or its absence) changes by hand, by the calendar or by `setDate`/`clear_date`;
    not when the form fills it in with `set_date_value`. Text that is no date emits nothing: it is marked at
    the field and `date_value()` raises UnreadableDate."""

    changed = Signal()
    optional = True

    def _emit_changed(self) -> None:
        self.changed.emit()

    def date_value(self) -> dt.date | None:
        """The date, None when the field is empty; raises UnreadableDate when its text is no date."""
        return self._held()

    def set_date_value(self, value: dt.date | None) -> None:
        self._set(value, emit=False)

    def clear_date(self) -> None:
        self._set(None, emit=True)

    def setDate(self, value: QDate) -> None:
        """As QDateEdit's: the date set, with `changed`."""
        self._set(from_qdate(value) if value.isValid() else None, emit=True)

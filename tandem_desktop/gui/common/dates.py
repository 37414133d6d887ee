"""The date fields of the forms and dialogs: typed the user's way (5/12/2026), or picked from a calendar.

QDateEdit edits a date part by part: a typed "5" is a whole day to it, so it jumps on to the month and the
"/" typed next skips the month too ("5/12/2026" became 5/06/1); it cannot be empty either, and the sentinel
date that stood for "no date" was typed over as "—5122026". These fields are line edits instead. The text is
read as a whole while it is typed: day, month and year in the locale's order (5/12/2026, 05/12/2026 and
5-12-2026 alike), the year in full. Leaving the field writes the date the locale's way; the calendar (its
button, F4 or Alt+Down) opens on the date shown, or on today when there is none.

Text that is no date stays as it was typed and is marked in red, with the reason as its tooltip; reading the
field then raises `UnreadableDate` rather than pretend that the field holds no date (or the one before).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from tandem_desktop.core.errors import DomainError
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.messages import QT_TRANSLATE_NOOP

# The dates the import takes (core/exchange/limits.py): a year typed as 0226 for 2026 is refused, not stored.
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2999, 12, 31)

NOT_A_DATE = QT_TRANSLATE_NOOP("domain", "“{text}” is not a date. Type it as day/month/year, e.g. {example}.")
NOT_A_DATE_OR_EMPTY = QT_TRANSLATE_NOOP(
    "domain", "“{text}” is not a date. Type it as day/month/year, e.g. {example}, or leave the field empty."
)
NO_DATE = QT_TRANSLATE_NOOP("domain", "Enter a date, as day/month/year, e.g. {example}.")
TOO_EARLY = QT_TRANSLATE_NOOP("domain", "Choose a date on or after {earliest}.")
TOO_LATE = QT_TRANSLATE_NOOP("domain", "Choose a date on or before {latest}.")

_SEPARATORS = re.compile(r"[/.\-\s]+")


class UnreadableDate(DomainError):
    """The text of a date field is no date the field can take; the message says why and how to type one."""


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with the year in full: d/MM/yyyy in nl-BE, and dd/MM/yyyy in en-BE,
    whose short format (dd/MM/yy) would leave the century to guess."""
    short = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub("y+", "yyyy", short)


def format_date(day: dt.date, locale: QLocale | None = None) -> str:
    """`day` as the date fields write it (5/12/2026 in nl-BE)."""
    locale = locale or QLocale()
    return locale.toString(to_qdate(day), date_format(locale))


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date `text` writes, or None when it writes none: day, month and year in the locale's order with any
    of / - . or spaces between them and the year in full, or an ISO date (2026-12-05)."""
    parts = [part for part in _SEPARATORS.split(text.strip()) if part]
    if len(parts) != 3 or not all(part.isdecimal() for part in parts):
        return None
    order = "yMd" if len(parts[0]) == 4 else _order(date_format(locale))
    numbers = dict(zip(order, parts, strict=True))
    if len(numbers["y"]) != 4 or len(numbers["M"]) > 2 or len(numbers["d"]) > 2:
        return None
    try:
        return dt.date(int(numbers["y"]), int(numbers["M"]), int(numbers["d"]))
    except ValueError:  # 31/11/2026, 5/13/2026
        return None


def _order(pattern: str) -> str:
    """The order in which a date format writes day, month and year: "dMy" for d/MM/yyyy."""
    return "".join(sorted("dMy", key=pattern.find))


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


@functools.cache
def _calendar_icon(rgba: int) -> QIcon:
    """A small calendar sheet in the text's colour, drawn here: Windows has no icon theme to take one from."""
    color = QColor.fromRgba(rgba)
    pixmap = QPixmap(32, 32)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 1.2))
    painter.drawRoundedRect(QRectF(2.5, 3.5, 11, 10.5), 1.5, 1.5)
    painter.fillRect(QRectF(2.5, 3.5, 11, 2.5), color)
    for x in (5.5, 10.5):
        painter.drawLine(QPointF(x, 1.5), QPointF(x, 4.5))
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRectF(4.5 + 2.8 * column, 8 + 2.8 * row, 1.6, 1.6), color)
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """The calendar under a date field: a click, or Enter on the date chosen with the arrow keys, picks it;
    Escape or a click elsewhere closes it (a popup closes itself on both)."""

    picked = Signal(QDate)

    def __init__(self, field: QWidget) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.setObjectName("calendarPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def open_on(self, day: dt.date, earliest: dt.date, latest: dt.date, field: QWidget) -> None:
        calendar = self.calendar
        calendar.setLocale(QLocale())  # month names and the week's first day of the language chosen now
        calendar.setDateRange(to_qdate(earliest), to_qdate(latest))
        calendar.setSelectedDate(to_qdate(day))
        calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        # Under the field, or above it when the screen ends first.
        size = self.sizeHint()
        below = field.mapToGlobal(QPoint(0, field.height()))
        x, y = below.x(), below.y()
        screen = field.screen()
        if screen is not None:
            area = screen.availableGeometry()
            x = max(area.left(), min(x, area.right() - size.width()))
            if y + size.height() > area.bottom():
                y = field.mapToGlobal(QPoint(0, 0)).y() - size.height()
        self.move(x, y)
        self.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, day: QDate) -> None:
        if self.isVisible():  # a double click is a click, then an activation: one pick
            self.hide()
            self.picked.emit(day)


class DateField(QLineEdit):
    """What the required and the optional date field share; the subclasses say what a change emits."""

    optional = False

    def __init__(
        self,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] | None = None,
        field_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today  # the calendar of an empty field opens on today's month
        # The name the dialog's FieldErrors knows the field by: text that is no date is then reported at it.
        self.field_name = field_name
        self._value: dt.date | None = None
        self._earliest, self._latest = EARLIEST, LATEST
        self._writing = False  # the text is being written by the field itself, not typed
        self._problem: tuple[str, dict[str, object]] | None = None  # why the text is no date, if it is none
        self._problem_shown = False
        self.setClearButtonEnabled(self.optional)  # an optional date is emptied with it
        self._before_problem: tuple[str, bool] = ("", False)  # the tooltip and red mark the problem covers
        self._popup: CalendarPopup | None = None
        color = self.palette().color(QPalette.ColorRole.Text).rgba()
        self.calendar_action = self.addAction(
            _calendar_icon(color), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.triggered.connect(self.show_calendar)
        # Sized as the QDateEdit it replaces: as wide as the form makes it, never wider than asked in a row.
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._text_changed)
        self.editingFinished.connect(self._left)
        self._problem = self._read("")[1]
        self._retranslate()

    # -- what the subclasses fill in -----------------------------------------------------------------
    def _emit_changed(self) -> None:
        raise NotImplementedError

    # -- reading and writing -------------------------------------------------------------------------
    def _held(self) -> dt.date | None:
        """The date the field holds (None: empty); raises UnreadableDate, shown at the field, when its text
        is no date it can take."""
        if self._problem is not None:
            self._show_problem(True)  # read with the cursor still in it (Ctrl+S): the red comes now
            raise self._error()
        return self._value

    def _set(self, day: dt.date | None, emit: bool) -> None:
        if day is not None:
            day = min(max(day, self._earliest), self._latest)
        self._problem = self._read("")[1] if day is None else None
        self._show_problem(False)
        self._write(day)
        if emit:
            self._take(day)
        else:
            self._value = day

    def _write(self, day: dt.date | None) -> None:
        text = "" if day is None else format_date(day)
        if text != self.text():
            self._writing = True
            try:
                self.setText(text)
            finally:
                self._writing = False

    def _take(self, day: dt.date | None) -> None:
        if day != self._value:
            self._value = day
            self._emit_changed()

    def _read(self, text: str) -> tuple[dt.date | None, tuple[str, dict[str, object]] | None]:
        """The date the text writes, or why it is none the field can take."""
        example = format_date(self.today())
        text = text.strip()
        if not text:
            return None, (None if self.optional else (NO_DATE, {"example": example}))
        day = parse_date(text)
        if day is None:
            template = NOT_A_DATE_OR_EMPTY if self.optional else NOT_A_DATE
            return None, (template, {"text": text, "example": example})
        # The limits as the field writes dates (4 digits for the year), as the example is.
        if day < self._earliest:
            return None, (TOO_EARLY, {"earliest": format_date(self._earliest)})
        if day > self._latest:
            return None, (TOO_LATE, {"latest": format_date(self._latest)})
        return day, None

    def _error(self) -> UnreadableDate:
        assert self._problem is not None
        template, params = self._problem
        return UnreadableDate(template, field=self.field_name, **params)

    # -- typing --------------------------------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        if self._writing:
            return
        day, self._problem = self._read(text)
        if self._problem is None:
            self._show_problem(False)  # put right: the red goes at once
            self._take(day)
        elif self._problem_shown:
            self._show_problem(True)  # the reason follows what is typed

    def _left(self) -> None:
        """Enter, or the focus gone: text that is no date is marked; a date is written the locale's way."""
        if self._problem is not None:
            self._show_problem(True)
        else:
            self._write(self._value)

    def _show_problem(self, shown: bool) -> None:
        if shown and self._problem is not None:
            if not self._problem_shown:
                self._before_problem = (self.toolTip(), bool(self.property("invalid")))
            self._problem_shown = True
            self._mark(True, user_message(self._error()))
        elif self._problem_shown:
            self._problem_shown = False
            self._mark(self._before_problem[1], self._before_problem[0])

    def _mark(self, invalid: bool, tooltip: str) -> None:
        self.setProperty("invalid", invalid)
        # Re-polished so that the style sheet's [invalid="true"] rule follows the property.
        self.style().unpolish(self)
        self.style().polish(self)
        self.setToolTip(tooltip)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (key == Qt.Key.Key_F4 and modifiers == Qt.KeyboardModifier.NoModifier) or (
            key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and modifiers == Qt.KeyboardModifier.AltModifier
        ):
            self.show_calendar()  # as a combo box or QDateEdit opens its list
            return
        stepping = key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and modifiers == Qt.KeyboardModifier.NoModifier
        if stepping and self._problem is None and self._value is not None and not self.isReadOnly():
            # A day later or earlier, as QDateEdit's arrows did, when the field holds a date.
            self._set(self._value + dt.timedelta(days=1 if key == Qt.Key.Key_Up else -1), emit=True)
            return
        super().keyPressEvent(event)

    # -- the calendar --------------------------------------------------------------------------------
    def show_calendar(self) -> None:
        """The calendar on the date shown, or on today (within the field's range) when the field shows none."""
        if self.isReadOnly() or not self.isEnabled():
            return
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        shown = self._value if self._problem is None and self._value is not None else self.today()
        shown = min(max(shown, self._earliest), self._latest)
        self._popup.open_on(shown, self._earliest, self._latest, self)

    def calendar(self) -> QCalendarWidget | None:
        """The calendar, once it has been opened."""
        return self._popup.calendar if self._popup is not None else None

    def _picked(self, day: QDate) -> None:
        self._set(from_qdate(day), emit=True)
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    # -- the range -----------------------------------------------------------------------------------
    def _set_range(self, earliest: dt.date, latest: dt.date) -> None:
        self._earliest, self._latest = earliest, max(earliest, latest)
        if self._problem is None and self._value is not None:
            inside = min(max(self._value, self._earliest), self._latest)
            if inside != self._value:  # as QDateEdit does: the date moves into the range
                self._set(inside, emit=True)
        elif not self._writing:
            self._text_changed(self.text())  # a typed date may have come into the range, or left it

    # -- the language --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _retranslate(self) -> None:
        self.setPlaceholderText(QCoreApplication.translate("DateField", "day/month/year"))
        self.calendar_action.setToolTip(
            QCoreApplication.translate("DateField", "Choose from a calendar (F4)")
        )
        if self._problem is None:
            self._write(self._value)  # the new language's way (05/12/2026 in English)
        elif self._problem_shown:
            self._problem = self._read(self.text())[1]
            self._mark(True, user_message(self._error()))


class DateEdit(DateField):
    """A date that must be given. It answers as the QDateEdit it replaces did: date(), setDate(), dateChanged
    and a range (a date set outside it moves into it)."""

    dateChanged = Signal(QDate)

    def _emit_changed(self) -> None:
        if self._value is not None:
            self.dateChanged.emit(to_qdate(self._value))

    def day(self) -> dt.date:
        """The date given; raises UnreadableDate when the text is none."""
        day = self._held()
        assert day is not None  # an empty required field is a problem, raised above
        return day

    def date(self) -> QDate:
        return to_qdate(self.day())

    def setDate(self, value: QDate) -> None:
        if value.isValid():
            self._set(from_qdate(value), emit=True)

    def minimumDate(self) -> QDate:
        return to_qdate(self._earliest)

    def maximumDate(self) -> QDate:
        return to_qdate(self._latest)

    def setMinimumDate(self, value: QDate) -> None:
        self._set_range(from_qdate(value), max(from_qdate(value), self._latest))

    def setMaximumDate(self, value: QDate) -> None:
        self._set_range(min(self._earliest, from_qdate(value)), from_qdate(value))

    def setDateRange(self, earliest: QDate, latest: QDate) -> None:
        self._set_range(from_qdate(earliest), from_qdate(latest))


def date_edit(parent: QWidget, value: dt.date, field_name: str | None = None) -> DateEdit:
    edit = DateEdit(parent, field_name=field_name)
    set_day(edit, value)
    return edit


def set_day(edit: DateEdit, value: dt.date) -> None:
    edit.setDate(to_qdate(value))


def day_of(edit: DateEdit) -> dt.date:
    return edit.day()

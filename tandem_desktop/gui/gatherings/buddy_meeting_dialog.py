"""The monthly buddy meeting: when and where, which buddies came, and what was raised, one line each.

Each line is an idea, a need or a signal; a signal (with its theme) goes to the signals register on saving.
There is always an empty line at the end, ready to type into; a line left empty is not saved.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core.buddy_meetings import (
    ItemDraft,
    MeetingDraft,
    buddy_choices,
    load_meeting,
    save_meeting,
)
from tandem_desktop.db.models.enums import MeetingItemKind, SignalTheme
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.collation import sorted_by_text
from tandem_desktop.gui.common.dates import date_edit, day_of
from tandem_desktop.gui.common.field_errors import FieldErrors
from tandem_desktop.gui.common.form_dialog import FormDialog, Work
from tandem_desktop.gui.common.labels import fill_choices, meeting_item_kind_label, signal_theme_label
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.common.screen_fit import fitting_size, room_for
from tandem_desktop.messages import UserFacingError

BUDDY_ROLE = Qt.ItemDataRole.UserRole + 1
_LINE_FIELD = re.compile(r"items\[(\d+)\]")


class AttendanceList(QListWidget):
    """The buddies to tick, side by side in columns of one width, and as high as their rows: a programme's
    twenty buddies all show at once. Beyond `max_rows` rows (12, fewer where the screen is too low for the
    dialog: the dialog sets it) it scrolls."""

    MAX_ROWS = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_rows = self.MAX_ROWS
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def rows(self, width: int) -> int:
        """How many rows the names take at `width` (the list's outer width)."""
        cell = self.gridSize()
        inside = width - 2 * self.frameWidth()
        columns = max(1, inside // max(1, cell.width()))
        rows = -(-self.count() // columns)
        if rows > self.max_rows:  # it scrolls: the scroll bar takes a column's room
            inside -= self.verticalScrollBar().sizeHint().width()
            columns = max(1, inside // max(1, cell.width()))
            rows = -(-self.count() // columns)
        return max(1, rows)

    def fit_height(self) -> None:
        rows = self.rows(self.width())
        # No scroll bar while every row shows: one that came while the list was lower would keep a column's
        # room, and with it a row more than the height has.
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if rows <= self.max_rows
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        shown = min(rows, self.max_rows)
        self.setFixedHeight(shown * self.gridSize().height() + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Narrower, the names take more rows: the height follows the width.
        self.fit_height()


class ItemLine(QWidget):
    """One line of the meeting: its kind, its text, the theme (signals only), a button to remove it,
    and under the text the message when the line is refused."""

    def __init__(self, item: ItemDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item.id
        self.kind = QComboBox(self)
        self.kind.setObjectName("lineKind")
        fill_choices(self.kind, MeetingItemKind, meeting_item_kind_label)
        self.kind.setCurrentIndex(self.kind.findData(item.kind))
        self.text = QLineEdit(item.text, self)
        self.text.setObjectName("lineText")
        self.text.setCursorPosition(0)
        self.theme = QComboBox(self)
        self.theme.setObjectName("lineTheme")
        fill_choices(self.theme, SignalTheme, signal_theme_label)
        self.theme.setCurrentIndex(self.theme.findData(item.theme))
        self.theme.setToolTip(self.tr("The signal's theme"))
        keep_place = self.theme.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)
        self.theme.setSizePolicy(keep_place)
        self.remove = QToolButton(self)
        self.remove.setObjectName("lineRemove")
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove this line"))
        self.remove.setAccessibleName(self.tr("Remove this line"))
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.kind, 0, 0)
        layout.addWidget(self.text, 0, 1)
        layout.addWidget(self.theme, 0, 2)
        layout.addWidget(self.remove, 0, 3)
        layout.addWidget(self.error, 1, 1, 1, 2)
        layout.setColumnStretch(1, 1)
        self.kind.currentIndexChanged.connect(lambda _i: self._follow_kind())
        self._follow_kind()

    def _follow_kind(self) -> None:
        is_signal = self.kind.currentData() == MeetingItemKind.SIGNAL
        # Only a signal has a theme: for ideas and needs the choice is out of the way (its place kept).
        self.theme.setEnabled(is_signal)
        self.theme.setVisible(is_signal)
        self.text.setPlaceholderText(
            {
                MeetingItemKind.IDEA: self.tr("An idea for the programme"),
                MeetingItemKind.NEED: self.tr("What the buddies need"),
                MeetingItemKind.SIGNAL: self.tr("A problem noticed, for the policy officer"),
            }[MeetingItemKind(self.kind.currentData())]
        )

    def is_empty(self) -> bool:
        return not self.text.text().strip()

    def draft(self) -> ItemDraft:
        return ItemDraft(
            MeetingItemKind(self.kind.currentData()),
            self.text.text(),
            SignalTheme(self.theme.currentData()),
            self.item_id,
        )

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.text.setProperty("invalid", bool(message))
        self.text.style().unpolish(self.text)
        self.text.style().polish(self.text)
        self.text.setToolTip(message or "")


class _MeetingErrors(FieldErrors):
    """The form's fields as usual; a line's message ("items[i]") under that line."""

    def __init__(
        self,
        fields: Mapping[str, QWidget],
        lines: Callable[[], list[ItemLine]],
        reveal: Callable[[QWidget], None],
    ) -> None:
        super().__init__(fields)
        self._lines = lines
        self._reveal = reveal

    def clear(self) -> None:
        super().clear()
        for line in self._lines():
            line.show_error(None)

    def show(self, errors: Iterable[UserFacingError]) -> QWidget | None:
        errors = list(errors)
        first = super().show(errors)
        lines = self._lines()
        for error in errors:
            match = _LINE_FIELD.fullmatch(error.field or "")
            if match is not None and int(match[1]) < len(lines):
                line = lines[int(match[1])]
                line.show_error(user_message(error))
                if first is None:
                    first = line.text
                    self._reveal(line)
        return first


class BuddyMeetingDialog(FormDialog):
    """A new buddy meeting (`meeting_id` None) or an existing one; `saved_id` holds its id once saved."""

    saved = Signal(object)  # the id, once saved (the list page shows the row)

    def __init__(
        self, store: Store, meeting_id: uuid.UUID | None, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, parent)
        self.today = today
        self.meeting_id = meeting_id
        draft = load_meeting(store, meeting_id) if meeting_id is not None else MeetingDraft(date=today)
        self.setMinimumWidth(720)
        self.setWindowTitle(self.tr("Buddy meeting") if meeting_id else self.tr("New buddy meeting"))
        self.intro.setText(
            self.tr(
                "Who came, and the ideas, needs and signals raised: one line each. "
                "Signals go to the signals register, for the policy officer."
            )
        )
        self.date = date_edit(self, draft.date)
        self.date.setObjectName("meetingDate")
        self.place = QLineEdit(draft.place, self)
        self.place.setObjectName("meetingPlace")

        self.buddies = AttendanceList(self)
        self.buddies.setObjectName("meetingBuddies")
        choices = sorted_by_text(buddy_choices(store, keep=draft.buddy_ids), lambda choice: choice.name)
        # One column width for all (the longest name, within reason): the names line up in columns.
        metrics = self.buddies.fontMetrics()
        widest = max((metrics.horizontalAdvance(c.name) for c in choices), default=0)
        self.buddies.setGridSize(
            QSize(min(widest, 16 * metrics.averageCharWidth()) + 40, metrics.height() + 6)
        )
        self.buddies.setTextElideMode(Qt.TextElideMode.ElideRight)
        for choice in choices:
            item = QListWidgetItem(choice.name, self.buddies)
            item.setData(BUDDY_ROLE, str(choice.id))
            item.setToolTip(choice.name)
            # The cell's size, so that a long name is cut short ("…") instead of running into the next column.
            item.setSizeHint(self.buddies.gridSize())
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if choice.id in draft.buddy_ids else Qt.CheckState.Unchecked
            )
        self.buddies.itemChanged.connect(lambda _item: self._show_present())
        self.present = QLabel(self)
        self.present.setObjectName("meetingPresent")
        who = QVBoxLayout()
        who.setSpacing(4)
        who.addWidget(self.buddies)
        who.addWidget(self.present)

        self._lines: list[ItemLine] = []
        self._lines_box = QWidget(self)
        self._lines_layout = QVBoxLayout(self._lines_box)
        self._lines_layout.setContentsMargins(0, 0, 4, 0)
        self._lines_layout.setSpacing(4)
        self._lines_layout.addStretch(1)
        self.lines_area = QScrollArea(self)
        self.lines_area.setObjectName("meetingLines")
        self.lines_area.setWidgetResizable(True)
        self.lines_area.setWidget(self._lines_box)
        self.lines_area.setMinimumHeight(150)
        self.lines_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.add_button = QPushButton(self.tr("&Add line"), self)
        self.add_button.setObjectName("addLine")
        self.add_button.clicked.connect(self.add_line)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        lines = QVBoxLayout()
        lines.setSpacing(4)
        lines.addWidget(self.lines_area, 1)
        lines.addLayout(add_row)
        for line_draft in draft.items:
            self._append(line_draft)
        self._keep_empty_line()

        self.notes = QPlainTextEdit(draft.notes, self)
        self.notes.setObjectName("meetingNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)

        self.form.addRow(self.tr("&Date"), self.date)
        self.form.addRow(self.tr("&Place"), self.place)
        who_label = QLabel(self.tr("&Who came"), self)
        who_label.setBuddy(self.buddies)
        self.form.addRow(who_label, who)
        self.form.addRow(self.tr("What was raised"), lines)  # "Add line" (Alt+A) goes to the empty line
        self.form.addRow(self.tr("&Notes"), self.notes)
        self.ok_button_text(self.tr("Save"))
        self._errors = _MeetingErrors({"date": self.date}, self.lines, self.lines_area.ensureWidgetVisible)
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.setStretchFactor(self.form, 1)  # the lines take the height there is
        self._show_present()
        self.resize(760, 640)
        if layout is not None:
            self._fit_screen(layout, who)

    def _fit_screen(self, layout: QLayout, who: QVBoxLayout) -> None:
        """As tall as the names and the wrapped texts need at the dialog's width (its minimum size does not
        count wrapped lines), within the screen: where that is too low (1366×768 holds about 11 rows of
        names), fewer rows of names show and they scroll."""
        width = self.width()
        layout.activate()  # the list's width at this size: its height follows
        room = room_for(self).height()
        while True:
            self.buddies.fit_height()
            for stale in (who, self.form, layout):  # the sizes they keep, from before the list's new height
                stale.invalidate()
            needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
            shown = (
                self.buddies.height() - 2 * self.buddies.frameWidth()
            ) // self.buddies.gridSize().height()
            if needed <= room or shown <= 3:
                break
            self.buddies.max_rows = shown - 1
        self.resize(fitting_size(self, QSize(width, max(self.height(), needed))))

    # -- who came ----------------------------------------------------------------------------------------
    def _buddy_items(self) -> list[QListWidgetItem]:
        return [self.buddies.item(i) for i in range(self.buddies.count())]

    def present_ids(self) -> set[uuid.UUID]:
        return {
            uuid.UUID(item.data(BUDDY_ROLE))
            for item in self._buddy_items()
            if item.checkState() == Qt.CheckState.Checked
        }

    def _show_present(self) -> None:
        self.present.setText(
            self.tr("%1 of %2 buddies present")
            .replace("%1", str(len(self.present_ids())))
            .replace("%2", str(self.buddies.count()))
        )

    # -- lines -------------------------------------------------------------------------------------------
    def lines(self) -> list[ItemLine]:
        return list(self._lines)

    def _append(self, item: ItemDraft) -> ItemLine:
        line = ItemLine(item, self._lines_box)
        self._lines_layout.insertWidget(len(self._lines), line)
        line.show()  # now, not when the layout gets round to it: the line can be typed into at once
        self._lines.append(line)
        line.text.textChanged.connect(lambda _t: self._keep_empty_line())
        line.remove.clicked.connect(lambda: self.remove_line(line))
        self._enable_removes()
        return line

    def _keep_empty_line(self) -> None:
        """Always one empty line at the end, of the same kind as the line above (signals come in a row)."""
        if not self._lines or not self._lines[-1].is_empty():
            above = self._lines[-1].draft() if self._lines else None
            kind = above.kind if above is not None else MeetingItemKind.IDEA
            theme = above.theme if above is not None else SignalTheme.OTHER
            self._append(ItemDraft(kind, "", theme))
        self._enable_removes()

    def _enable_removes(self) -> None:
        for i, line in enumerate(self._lines):
            line.remove.setEnabled(not (i == len(self._lines) - 1 and line.is_empty()))

    def add_line(self) -> None:
        """Go to the empty line at the end (there always is one)."""
        self._keep_empty_line()
        line = self._lines[-1]
        line.text.setFocus()
        self.lines_area.ensureWidgetVisible(line)

    def remove_line(self, line: ItemLine) -> None:
        at = self._lines.index(line)
        self._lines.remove(line)
        self._lines_layout.removeWidget(line)
        line.hide()
        line.deleteLater()
        self._keep_empty_line()
        focus = self._lines[min(at, len(self._lines) - 1)]
        focus.text.setFocus()

    # -- saving ------------------------------------------------------------------------------------------
    def draft(self) -> MeetingDraft:
        return MeetingDraft(
            date=day_of(self.date),
            place=self.place.text(),
            notes=self.notes.toPlainText(),
            buddy_ids=self.present_ids(),
            items=[line.draft() for line in self._lines],
            id=self.meeting_id,
        )

    def apply(self) -> Work:
        store, draft, today = self.store, self.draft(), self.today
        return lambda: save_meeting(store, draft, today)

    def applied(self, result: object) -> None:
        self.meeting_id = self.saved_id
        self.saved.emit(self.saved_id)

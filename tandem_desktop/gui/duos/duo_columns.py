"""The overview of duos: its columns, and the flags drawn as coloured chips a coordinator spots at a glance."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from tandem_desktop.core.duos import DuoRow
from tandem_desktop.core.rhythm import URGENCY, Flag, RaisedFlag
from tandem_desktop.db.models.enums import TrajectoryStatus
from tandem_desktop.gui.common.labels import flag_text, short_date, status_label
from tandem_desktop.gui.common.row_models import Column, RowTableModel
from tandem_desktop.messages import QT_TRANSLATE_NOOP

FLAGS_COLUMN = 5
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 2

_STATUS_ORDER = {status: i for i, status in enumerate(TrajectoryStatus)}


def month_text(row: DuoRow) -> str:
    # A proposal, or a duo whose start lies ahead (started before this version, which asks the day): no
    # "month 0 of 6".
    if row.status == TrajectoryStatus.PROPOSED or row.progress.month == 0:
        return QCoreApplication.translate("DuosPage", "starts %1").replace("%1", short_date(row.start))
    return (
        QCoreApplication.translate("DuosPage", "month %1 of %2")
        .replace("%1", str(row.progress.month))
        .replace("%2", str(row.progress.months))
    )


def meetings_text(row: DuoRow) -> str:
    return (
        QCoreApplication.translate("DuosPage", "%1 of %2")
        .replace("%1", str(row.progress.held))
        .replace("%2", str(row.progress.expected))
    )


def _meetings_tooltip(row: DuoRow) -> str:
    return (
        QCoreApplication.translate("DuosPage", "%1 activities held; %2 planned so far (%3 a month)")
        .replace("%1", str(row.progress.held))
        .replace("%2", str(row.progress.expected))
        .replace("%3", str(row.meetings_per_month))
    )


def _end_text(row: DuoRow) -> str:
    if row.closed_on is not None:
        return QCoreApplication.translate("DuosPage", "closed %1").replace("%1", short_date(row.closed_on))
    return short_date(row.planned_end)


def flags_text(row: DuoRow) -> str:
    return " · ".join(flag_text(flag) for flag in row.flags)


DUO_COLUMNS: list[Column[DuoRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Family"), lambda r: r.family_name, lambda r: r.family_name.casefold()
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Buddy"), lambda r: r.buddy_name, lambda r: r.buddy_name.casefold()),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"),
        lambda r: status_label(r.status),
        lambda r: (_STATUS_ORDER[r.status], -r.urgency),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Progress"),
        month_text,
        lambda r: (r.status != TrajectoryStatus.PROPOSED, r.progress.month, r.start),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Activities"),
        meetings_text,
        lambda r: (-r.progress.behind_by, r.progress.held),
        tooltip=_meetings_tooltip,
    ),
    # The flags sort by urgency: the duos that need a call first.
    Column(
        QT_TRANSLATE_NOOP("columns", "Needs attention"),
        flags_text,
        lambda r: (-r.urgency, r.planned_end),
        tooltip=lambda r: "\n".join(flag_text(flag) for flag in r.flags),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Planned end"),
        _end_text,
        lambda r: (r.closed_on is not None, r.closed_on or r.planned_end),
    ),
]
assert DUO_COLUMNS[FLAGS_COLUMN].title == "Needs attention"


class DuoTableModel(RowTableModel[DuoRow]):
    def __init__(self) -> None:
        super().__init__(DUO_COLUMNS, lambda row: row.id)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == FLAGS_ROLE and index.isValid() and 0 <= index.row() < self.rowCount():
            return self.row_at(index.row()).flags
        return super().data(index, role)


# Chip colours by how urgent a flag is: red for the calls to make now, amber for soon, blue for notes.
_CHIP_COLOURS = {
    "high": ("#f8d7d2", "#8a2a1d"),
    "medium": ("#fbe9c6", "#7a4b00"),
    "low": ("#dbe7f6", "#1a4f9c"),
}


def _severity(flag: Flag) -> str:
    weight = URGENCY[flag]
    return "high" if weight >= 5 else "medium" if weight >= 3 else "low"


class FlagChipsDelegate(QStyledItemDelegate):
    """Draws a duo's flags as rounded chips; the text stays the cell's (for search, copy and screen readers).

    The chips stand side by side, and go on a next line when the column is narrower than they are (the row
    grows: the table sizes its rows to their contents), so that none is cut short."""

    PADDING = 6
    GAP = 4

    def _chips(self, index: QModelIndex | QPersistentModelIndex, metrics: QFontMetrics) -> list[_Chip]:
        return self._chips_of(index.data(FLAGS_ROLE) or [], metrics)

    def _chips_of(self, flags: list[RaisedFlag], metrics: QFontMetrics) -> list[_Chip]:
        return [
            _Chip(flag, text, metrics.horizontalAdvance(text) + 2 * self.PADDING)
            for flag in flags
            for text in (flag_text(flag),)
        ]

    def row_height(self, flags: list[RaisedFlag], width: int, metrics: QFontMetrics) -> int:
        """The height a row needs for these flags at the column's `width`: one line of text, or the chips' lines."""
        single = metrics.height() + 10
        if not flags:
            return single
        lines = len(self._lines(self._chips_of(flags, metrics), width)) if width > 0 else 1
        return max(single, lines * (metrics.height() + 4 + self.GAP) - self.GAP + 6)

    def _lines(self, chips: list[_Chip], width: int) -> list[list[_Chip]]:
        """The chips in lines of at most `width` pixels (a chip wider than that alone on its line)."""
        lines: list[list[_Chip]] = [[]]
        x = self.GAP
        for chip in chips:
            if lines[-1] and x + chip.width + self.GAP > width:
                lines.append([])
                x = self.GAP
            lines[-1].append(chip)
            x += chip.width + self.GAP
        return lines

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # The cell's background (selection, alternate rows) as the style draws it, without its text.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        widget = option.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        metrics = QFontMetrics(option.font)
        chips = self._chips(index, metrics)
        if not chips:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect
        height = metrics.height() + 4
        lines = self._lines(chips, rect.width())
        y = rect.top() + (rect.height() - (len(lines) * (height + self.GAP) - self.GAP)) // 2
        for line in lines:
            x = rect.left() + self.GAP
            for chip in line:
                # Only a chip alone on its line can be wider than the column: its text is then shortened.
                width = min(chip.width, rect.right() - self.GAP - x)
                background, foreground = _CHIP_COLOURS[_severity(chip.flag.flag)]
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(background))
                box = QRect(x, y, width, height)
                painter.drawRoundedRect(box, height / 2, height / 2)
                painter.setPen(QColor(foreground))
                text = chip.text
                if width < chip.width:
                    text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 2 * self.PADDING)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
                x += width + self.GAP
            y += height + self.GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        chips = self._chips(index, metrics)
        height = self.row_height(index.data(FLAGS_ROLE) or [], option.rect.width(), metrics)
        if not chips:
            return QSize(size.width(), max(size.height(), height))
        # Wide enough for the chips on one line (what the column asks for; and the grid line the table takes
        # off the cell); as high as their lines at the column's width (ChipRowHeights gives the rows that).
        width = self.GAP + sum(chip.width + self.GAP for chip in chips) + 1
        return QSize(width, max(size.height(), height))


class ChipRowHeights(QObject):
    """Sizes the duos' rows to their chips, from the flags alone, once per turn of the event loop: one line of
    text, or as many lines as a duo's chips need at the column's width.

    Not Qt's ResizeToContents: that asks every cell of every row its size hint whenever the table lays out
    (some 28,000 calls into Python for 500 duos, two thirds of a refresh). The other cells are one line of
    text, never higher than a row without chips."""

    def __init__(self, table: QTableView, delegate: FlagChipsDelegate, column: int) -> None:
        super().__init__(table)
        self._table, self._delegate, self._column = table, delegate, column
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.schedule)
        model.dataChanged.connect(self.schedule)
        table.horizontalHeader().sectionResized.connect(
            lambda logical, _old, _new: self.schedule() if logical == column else None
        )
        self.fit()

    def schedule(self, *_args: object) -> None:
        self._pending.start()

    def fit(self) -> None:
        """Every row's height now (the page calls it before it scrolls to a duo)."""
        self._pending.stop()
        table, header = self._table, self._table.verticalHeader()
        metrics = QFontMetrics(table.font())
        width = table.columnWidth(self._column)
        model = table.model()
        single = self._delegate.row_height([], width, metrics)
        if model.rowCount() > 0:  # a line of text as the style sizes it (its margins), asked of one cell
            option = QStyleOptionViewItem()
            option.font = table.font()
            single = max(single, table.itemDelegate().sizeHint(option, model.index(0, 0)).height())
        if header.defaultSectionSize() != single:
            header.setDefaultSectionSize(single)
        for row in range(model.rowCount()):
            flags = model.index(row, self._column).data(FLAGS_ROLE) or []
            height = max(single, self._delegate.row_height(flags, width, metrics)) if flags else single
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)


@dataclass(frozen=True)
class _Chip:
    flag: RaisedFlag
    text: str
    width: int

"""The overview of duos: its columns, and the flags drawn as coloured chips a coordinator spots at a glance."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tandem_desktop.core.duos import DuoRow
from tandem_desktop.core.rhythm import URGENCY, Flag
from tandem_desktop.db.models.enums import TrajectoryStatus
from tandem_desktop.gui.labels import flag_text, short_date, status_label

from .rows import Column, RowTableModel

FLAGS_COLUMN = 5
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 2

_STATUS_ORDER = {status: i for i, status in enumerate(TrajectoryStatus)}


def month_text(row: DuoRow) -> str:
    if row.status == TrajectoryStatus.PROPOSED:
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
    """Draws a duo's flags as rounded chips; the text stays the cell's (for search, copy and screen readers)."""

    PADDING = 6
    GAP = 4

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        flags = index.data(FLAGS_ROLE)
        # The cell's background (selection, alternate rows) as the style draws it, without its text.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        if not flags:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        height = metrics.height() + 4
        x = rect.left() + self.GAP
        y = rect.top() + (rect.height() - height) // 2
        for flag in flags:
            text = flag_text(flag)
            width = metrics.horizontalAdvance(text) + 2 * self.PADDING
            if x + width > rect.right():  # no room for the next chip: the tooltip has them all
                painter.setPen(option.palette.color(QPalette.ColorRole.Text))  # type: ignore[attr-defined]
                painter.drawText(
                    QRect(x, rect.top(), rect.right() - x, rect.height()), Qt.AlignmentFlag.AlignVCenter, "…"
                )
                break
            background, foreground = _CHIP_COLOURS[_severity(flag.flag)]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            chip = QRect(x, y, width, height)
            painter.drawRoundedRect(chip, height / 2, height / 2)
            painter.setPen(QColor(foreground))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
            x += width + self.GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        return QSize(size.width(), max(size.height(), metrics.height() + 10))

"""How a duo's timeline is drawn: its colours, and QPainter functions for each part of it.

Each function draws one part (the months, the lanes, the pauses, the vertical lines and their labels, the
markers, the legend, the focus ring) at the places a `TimelineGeometry` holds. They hold no words: the
timeline widget translates them and passes them in.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from tandem_desktop.core.duos import (
    DuoTimeline,
    TimelineActivity,
    TimelineEvaluation,
    TimelineGroupActivity,
    TimelinePause,
    TimelineReferral,
)
from tandem_desktop.db.models.enums import ActivityType
from tandem_desktop.gui.common.labels import activity_type_label
from tandem_desktop.gui.duos.timeline_layout import (
    GUTTER_PADDING,
    MARKER,
    TimelineGeometry,
    TimelineItem,
    marker_rect,
)

# Calm colours that stay apart on white, and from the red of "today" and "overdue" (so no red among them).
ACTIVITY_COLOURS: dict[ActivityType, QColor] = {
    ActivityType.LIBRARY: QColor("#3d6fb0"),
    ActivityType.PLAYGROUND: QColor("#e08a1e"),
    ActivityType.PARK: QColor("#4f9a48"),
    ActivityType.MUSEUM: QColor("#8e62b0"),
    ActivityType.SPORT: QColor("#2b9c9c"),
    ActivityType.MARKET: QColor("#c2a021"),
    ActivityType.CITY_WALK: QColor("#8c6249"),
    ActivityType.COOKING: QColor("#d0679b"),
    ActivityType.OTHER: QColor("#7b888b"),
}

# The app's own colours (resources/style.qss, week_grid.py).
CARD_BORDER = QColor("#d5dfe1")
MONTH_SHADE = QColor("#f1f6f7")
GRID_LINE = QColor("#e3eaec")
MONTH_TICK = QColor("#c4cfd1")
PLANNED_COLOUR = QColor("#8a9ea2")
GROUP_COLOUR = QColor("#1f6f78")
EVALUATION_COLOUR = QColor("#1f6f78")
OVERDUE_COLOUR = QColor("#b3261e")
REFERRAL_COLOUR = QColor("#6a5a9c")
TODAY_COLOUR = QColor("#c8503f")
FOCUS_COLOUR = QColor("#1a4f9c")
END_COLOUR = QColor("#4a5b5e")
AFTER_CLOSE_SHADE = QColor(235, 238, 239, 170)
PAUSE_FILL = QColor("#fdf6e6")
PAUSE_HATCH = QColor("#ecd9a6")
PAUSE_EDGE = QColor("#e2c47c")
PAUSE_TEXT = QColor("#7a4b00")


def crisp(position: float, width: float = 1) -> float:
    """A line of `width` pixels on whole pixels: sharp, instead of smeared over two by the antialiasing."""
    return round(position) + (0.5 if round(width) % 2 else 0.0)


def blend(colour: QColor, background: QColor, amount: float) -> QColor:
    """`colour` `amount` of the way over `background`: a secondary text colour that follows the palette."""
    return QColor.fromRgbF(
        colour.redF() * amount + background.redF() * (1 - amount),
        colour.greenF() * amount + background.greenF() * (1 - amount),
        colour.blueF() * amount + background.blueF() * (1 - amount),
    )


def paint_card(painter: QPainter, geometry: TimelineGeometry, base: QColor) -> None:
    painter.setPen(QPen(CARD_BORDER, 1))
    painter.setBrush(base)
    painter.drawRoundedRect(geometry.card, 4, 4)


def paint_months(
    painter: QPainter,
    geometry: TimelineGeometry,
    timeline: DuoTimeline,
    fonts: tuple[QFont, QFont],
    text: QColor,
    secondary: QColor,
    names: list[str],
) -> None:
    """The months' bands, every other one shaded, each with its name (`names`, in order) and first day."""
    normal, bold = fonts
    bold_height = QFontMetricsF(bold).height()
    top, bottom = geometry.header.top(), geometry.plot.bottom()
    starts = list(timeline.month_starts)
    ends = [*starts[1:], timeline.row.planned_end]
    for number, (start, end) in enumerate(zip(starts, ends, strict=True), start=1):
        left, right = geometry.boundary(start), max(geometry.boundary(start), geometry.boundary(end))
        right = min(right, geometry.plot.right())
        if number % 2 == 0:
            painter.fillRect(QRectF(left, top, right - left, bottom - top), MONTH_SHADE)
        painter.setPen(QPen(MONTH_TICK, 1))
        painter.drawLine(QPointF(crisp(left), top + 2), QPointF(crisp(left), bottom))
        # Labels may run past a narrow band's end, not past the next month's label.
        room = QRectF(left + 5, top + 2, max(0.0, right - left - 8), bold_height)
        painter.setFont(bold)
        painter.setPen(text)
        month = names[number - 1]
        painter.drawText(
            room,
            Qt.AlignmentFlag.AlignLeft,
            QFontMetricsF(bold).elidedText(month, Qt.TextElideMode.ElideRight, room.width()),
        )
        painter.setFont(normal)
        painter.setPen(secondary)
        room.translate(0, bold_height + 1)
        day = QLocale().toString(QDate(start.year, start.month, start.day), "d MMM")
        painter.drawText(
            room,
            Qt.AlignmentFlag.AlignLeft,
            QFontMetricsF(normal).elidedText(day, Qt.TextElideMode.ElideRight, room.width()),
        )
    painter.setFont(normal)


def paint_lanes(painter: QPainter, geometry: TimelineGeometry, text: QColor, names: list[str]) -> None:
    painter.setPen(QPen(GRID_LINE, 1))
    for lane in geometry.lanes[1:]:
        y = crisp(lane.top())
        painter.drawLine(QPointF(geometry.card.left() + 1, y), QPointF(geometry.plot.right(), y))
    bottom = crisp(geometry.lanes[-1].bottom())
    painter.drawLine(QPointF(geometry.card.left() + 1, bottom), QPointF(geometry.plot.right(), bottom))
    painter.setPen(text)
    for name, lane in zip(names, geometry.lanes, strict=True):
        room = QRectF(
            geometry.card.left() + GUTTER_PADDING,
            lane.top(),
            geometry.plot.left() - geometry.card.left() - GUTTER_PADDING,
            lane.height(),
        )
        painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)


def paint_after_close(painter: QPainter, geometry: TimelineGeometry, timeline: DuoTimeline) -> None:
    """After an early closing, the months that did not happen are greyed."""
    closed = timeline.row.closed_on
    if closed is None or closed >= timeline.last_day:
        return
    left = geometry.boundary(closed + dt.timedelta(days=1))
    painter.fillRect(
        QRectF(
            left,
            geometry.header.top(),
            geometry.plot.right() - left,
            geometry.plot.bottom() - geometry.header.top(),
        ),
        AFTER_CLOSE_SHADE,
    )


def paint_pauses(
    painter: QPainter,
    geometry: TimelineGeometry,
    timeline: DuoTimeline,
    fonts: tuple[QFont, QFont],
    word: str,
) -> None:
    """Each pause as a hatched band, labelled with `word` where it fits."""
    normal, bold = fonts
    metrics = QFontMetricsF(bold)
    for pause in timeline.pauses:
        band = geometry.items[pause]
        painter.fillRect(band, PAUSE_FILL)
        painter.fillRect(band, QBrush(PAUSE_HATCH, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(PAUSE_EDGE, 1))
        left, right = crisp(band.left()), crisp(band.right())
        painter.drawLine(QPointF(left, band.top()), QPointF(left, band.bottom()))
        if pause.end is not None:  # an open pause has no end yet: no closing edge
            painter.drawLine(QPointF(right, band.top()), QPointF(right, band.bottom()))
        width = metrics.horizontalAdvance(word)
        if width + 6 <= band.width():
            label = QRectF(band.center().x() - width / 2 - 3, band.top() + 2, width + 6, metrics.height())
            painter.fillRect(label, PAUSE_FILL)
            painter.setFont(bold)
            painter.setPen(PAUSE_TEXT)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, word)
            painter.setFont(normal)


def paint_markers(
    painter: QPainter,
    geometry: TimelineGeometry,
    timeline: DuoTimeline,
    fonts: tuple[QFont, QFont],
    secondary: QColor,
    words: tuple[str, str, str],
) -> None:
    """The vertical lines of the planned end, the closing and today, with their labels (`words`, in that
    order) under the lanes."""
    planned_end, closed, today = words
    top, bottom = geometry.header.bottom() - 4, geometry.plot.bottom() + 3
    labels: list[tuple[float, str, QColor, bool]] = []
    row = timeline.row
    if row.closed_on is None or row.closed_on != row.planned_end:
        x = crisp(geometry.centre(row.planned_end))
        pen = QPen(END_COLOUR, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        labels.append((x, planned_end, secondary, False))
    if row.closed_on is not None:
        x = crisp(geometry.centre(row.closed_on), 2)
        painter.setPen(QPen(END_COLOUR, 2))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        labels.append((x, closed, END_COLOUR, True))
    if timeline.first_day <= timeline.today <= timeline.last_day:
        x = crisp(geometry.centre(timeline.today), 2)
        painter.setPen(QPen(TODAY_COLOUR, 2))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        labels.append((x, today, TODAY_COLOUR, True))
    paint_marker_labels(painter, geometry, fonts, labels)


def paint_marker_labels(
    painter: QPainter,
    geometry: TimelineGeometry,
    fonts: tuple[QFont, QFont],
    labels: list[tuple[float, str, QColor, bool]],
) -> None:
    """Each label centred under its line, moved aside when two would overlap, kept inside the card."""
    normal, bold = fonts
    boxes: list[list[float]] = []  # [left, width]
    labels.sort(key=lambda label: label[0])
    for x, word, _colour, strong in labels:
        width = QFontMetricsF(bold if strong else normal).horizontalAdvance(word) + 4
        boxes.append([x - width / 2, width])
    right_edge = geometry.card.right() - 4
    left_edge = geometry.plot.left() - GUTTER_PADDING
    for index, box in enumerate(boxes):
        box[0] = max(box[0], left_edge if index == 0 else boxes[index - 1][0] + boxes[index - 1][1] + 6)
    for index in range(len(boxes) - 1, -1, -1):
        limit = right_edge if index == len(boxes) - 1 else boxes[index + 1][0] - 6
        boxes[index][0] = min(boxes[index][0], limit - boxes[index][1])
    for (_x, word, colour, strong), (left, width) in zip(labels, boxes, strict=True):
        painter.setFont(bold if strong else normal)
        painter.setPen(colour)
        painter.drawText(
            QRectF(left, geometry.markers.top(), width, geometry.markers.height()),
            Qt.AlignmentFlag.AlignCenter,
            word,
        )
    painter.setFont(normal)


def paint_planned(painter: QPainter, geometry: TimelineGeometry, base: QColor) -> None:
    painter.setPen(QPen(PLANNED_COLOUR, 1.3))
    painter.setBrush(base)
    for rect in geometry.planned:
        painter.drawPolygon(diamond(rect))


def diamond(rect: QRectF) -> QPolygonF:
    centre = rect.center()
    return QPolygonF(
        [
            QPointF(centre.x(), rect.top()),
            QPointF(rect.right(), centre.y()),
            QPointF(centre.x(), rect.bottom()),
            QPointF(rect.left(), centre.y()),
        ]
    )


def paint_item(
    painter: QPainter, item: TimelineItem, rect: QRectF, timeline: DuoTimeline, base: QColor
) -> None:
    if isinstance(item, TimelineActivity):
        colour = ACTIVITY_COLOURS.get(item.type, ACTIVITY_COLOURS[ActivityType.OTHER])
        if item.held:
            # A white rim keeps neighbouring dots apart where they overlap.
            painter.setPen(QPen(base, 1.5))
            painter.setBrush(colour)
            painter.drawEllipse(rect.adjusted(-0.5, -0.5, 0.5, 0.5))
        else:
            pen = QPen(colour, 1.8)
            pen.setDashPattern([1.6, 1.4])
            painter.setPen(pen)
            painter.setBrush(base)
            painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
    elif isinstance(item, TimelineGroupActivity):
        painter.setPen(QPen(base, 1.5))
        painter.setBrush(GROUP_COLOUR)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 1.5, 1.5)
    elif isinstance(item, TimelineEvaluation):
        paint_flag(painter, item, rect, timeline, base)
    elif isinstance(item, TimelineReferral):
        painter.setPen(QPen(base, 1))
        painter.setBrush(REFERRAL_COLOUR)
        painter.drawPolygon(chevron(rect))


def paint_flag(
    painter: QPainter, item: TimelineEvaluation, rect: QRectF, timeline: DuoTimeline, base: QColor
) -> None:
    pole_x = rect.left() + 1.5
    cloth = QPolygonF(
        [
            QPointF(pole_x, rect.top() + 0.5),
            QPointF(rect.right() - 0.5, rect.top() + rect.height() * 0.3),
            QPointF(pole_x, rect.top() + rect.height() * 0.6),
        ]
    )
    overdue = item.done_on is None and item.due_on < timeline.today
    colour = OVERDUE_COLOUR if overdue else EVALUATION_COLOUR
    painter.setPen(
        QPen(colour, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    painter.drawLine(QPointF(pole_x, rect.top() + 0.5), QPointF(pole_x, rect.bottom() - 0.5))
    if item.done_on is not None:
        painter.setBrush(colour)
    elif overdue:
        painter.setBrush(QColor("#fbe3e1"))
    else:
        painter.setBrush(base)
    painter.drawPolygon(cloth)


def chevron(rect: QRectF) -> QPolygonF:
    """A double-width chevron pointing right: "sent on to"."""
    left, right, top, bottom = rect.left() + 1, rect.right() - 0.5, rect.top() + 1, rect.bottom() - 1
    middle, notch = rect.center().y(), rect.width() * 0.4
    return QPolygonF(
        [
            QPointF(left, top),
            QPointF(right - notch, top),
            QPointF(right, middle),
            QPointF(right - notch, bottom),
            QPointF(left, bottom),
            QPointF(left + notch, middle),
        ]
    )


def paint_legend(
    painter: QPainter,
    geometry: TimelineGeometry,
    timeline: DuoTimeline,
    font: QFont,
    secondary: QColor,
    base: QColor,
    cancelled: str,
) -> None:
    """The activity types of this duo with their colours, then the cancelled symbol (named `cancelled`); what
    does not fit in one row is left out (the tooltips say the type too)."""
    metrics = QFontMetricsF(font)
    present = {activity.type for activity in timeline.activities}
    entries: list[tuple[str, QColor, bool]] = [
        (activity_type_label(kind), colour, True)
        for kind, colour in ACTIVITY_COLOURS.items()
        if kind in present
    ]
    if any(not activity.held for activity in timeline.activities):
        entries.append((cancelled, PLANNED_COLOUR, False))
    x = geometry.plot.left()
    y = geometry.legend.center().y()
    painter.setFont(font)
    for word, colour, held in entries:
        width = MARKER + 4 + metrics.horizontalAdvance(word)
        if x + width > geometry.legend.right():
            break
        dot = marker_rect(x + MARKER / 2, y, MARKER - 3)
        if held:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
        else:
            pen = QPen(colour, 1.6)
            pen.setDashPattern([1.6, 1.4])
            painter.setPen(pen)
            painter.setBrush(base)
        painter.drawEllipse(dot)
        painter.setPen(secondary)
        painter.drawText(
            QRectF(x + MARKER + 3, geometry.legend.top(), width, geometry.legend.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            word,
        )
        x += width + 14


def paint_focus_ring(painter: QPainter, geometry: TimelineGeometry, current: TimelineItem) -> None:
    """The ring around the current item when the timeline has the keyboard's focus."""
    ring = geometry.items.get(current)
    if ring is not None:
        margin = 1.0 if isinstance(current, TimelinePause) else 3.5
        painter.setPen(QPen(FOCUS_COLOUR, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(ring.adjusted(-margin, -margin, margin, margin), 3, 3)

"""One duo's trajectory on a time line: its months, the planned rhythm, what happened, and the pauses.

Custom painted, because a coordinator reads a duo at a glance here: where the meetings fell against the
planned rhythm, which were cancelled, whether an evaluation is overdue. Five lanes share one horizontal time
axis from the duo's start to its (possibly moved) end:

    Planned      the planned meeting slots, two (or `meetings_per_month`) per month
    Activities   held (filled dot) and cancelled (dashed hollow circle) activities, coloured by type
    Group        the group activities the family or the buddy attended
    Evaluations  flags: filled when done, outlined when due, red when overdue
    Referrals    chevrons

Pauses are hatched bands over every lane; the today line, the planned end and the closing day are vertical
lines with their labels under the lanes. Every item can be clicked or reached with the arrow keys (one tab
stop; Left/Right move through the items in date order, Home/End to the ends, Enter or Space opens one).

The geometry of everything is computed once per size, font and timeline (`_Geometry`), so that a paint only
draws and a hover only looks up rectangles.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tandem_desktop.core.duos import (
    DuoTimeline,
    TimelineActivity,
    TimelineEvaluation,
    TimelineGroupActivity,
    TimelinePause,
    TimelineReferral,
)
from tandem_desktop.db.models.enums import ActivityType
from tandem_desktop.gui.common.labels import (
    activity_type_label,
    cancel_reason_label,
    evaluation_kind_label,
    referral_outcome_label,
    short_date,
)

TimelineItem = (
    TimelineActivity | TimelineGroupActivity | TimelineEvaluation | TimelineReferral | TimelinePause
)

# The lanes, top to bottom.
PLANNED, ACTIVITIES, GROUP, EVALUATIONS, REFERRALS = range(5)
LANE_COUNT = 5

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

# Sizes in device-independent pixels: the markers are symbols, not text, so they do not follow the font.
MARKER = 12.0  # a dot's diameter, a flag's height
PLANNED_MARKER = 8.0
MARGIN = 10.0  # around the card's content
GUTTER_PADDING = 12.0
HIT_TOLERANCE = 4.0  # a click this close to a marker still hits it
MAX_LANE_HEIGHT = 56.0
# A marker and a little air: the least a lane needs, so that on a laptop the duos' list gets the rest.
MIN_LANE_HEIGHT = 16.0
MIN_WIDTH = 600


def _fill(template: str, *values: str) -> str:
    """Qt-style %1, %2 placeholders, in one pass: a value that itself holds "%2" stays as it is."""
    return re.sub(r"%(\d)", lambda match: values[int(match.group(1)) - 1], template)


def _crisp(position: float, width: float = 1) -> float:
    """A line of `width` pixels on whole pixels: sharp, instead of smeared over two by the antialiasing."""
    return round(position) + (0.5 if round(width) % 2 else 0.0)


def _blend(colour: QColor, background: QColor, amount: float) -> QColor:
    """`colour` `amount` of the way over `background`: a secondary text colour that follows the palette."""
    return QColor.fromRgbF(
        colour.redF() * amount + background.redF() * (1 - amount),
        colour.greenF() * amount + background.greenF() * (1 - amount),
        colour.blueF() * amount + background.blueF() * (1 - amount),
    )


def _day_of(item: TimelineItem) -> dt.date:
    return item.start if isinstance(item, TimelinePause) else item.day


def _lane_of(item: TimelineItem) -> int:
    if isinstance(item, TimelineActivity):
        return ACTIVITIES
    if isinstance(item, TimelineGroupActivity):
        return GROUP
    if isinstance(item, TimelineEvaluation):
        return EVALUATIONS
    if isinstance(item, TimelineReferral):
        return REFERRALS
    return LANE_COUNT  # a pause spans every lane: after the others on its day


@dataclass
class _Geometry:
    """Where everything goes at the current size; rebuilt on resize, font change and set_timeline."""

    card: QRectF
    plot: QRectF  # the time axis over the lanes: x from the first to past the last day
    header: QRectF  # the month labels, over the plot
    lanes: list[QRectF]  # full rows, gutter included
    markers: QRectF  # the labels of today, the planned end and the closing, under the lanes
    legend: QRectF
    first: dt.date
    day_width: float
    items: dict[TimelineItem, QRectF] = field(default_factory=dict)
    planned: list[QRectF] = field(default_factory=list)

    def boundary(self, day: dt.date) -> float:
        """The x where `day` begins."""
        return self.plot.left() + (day - self.first).days * self.day_width

    def centre(self, day: dt.date) -> float:
        return self.boundary(day) + self.day_width / 2


class DuoTimelineView(QWidget):
    """The timeline of one duo. `item_activated` carries the Timeline* item clicked or opened with the keys."""

    item_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: DuoTimeline | None = None
        self._order: list[TimelineItem] = []  # every item in date order: the keyboard's path
        self._current: TimelineItem | None = None
        self._pressed: TimelineItem | None = None
        self._geometry: _Geometry | None = None
        self._default_name = ""
        self.setObjectName("duoTimeline")
        self._fit_minimum()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # for the pointing hand over the items
        self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(1000, 280)

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, self._least_height())

    def _least_height(self) -> int:
        """The height at which every lane is MIN_LANE_HEIGHT high: the months' header, the lanes, the rows of
        the today label and the legend, and the card's margins (as `_compute_layout` places them)."""
        normal, bold = self._fonts()
        text_height, bold_height = QFontMetricsF(normal).height(), QFontMetricsF(bold).height()
        header = bold_height + text_height + 8
        rows = 2 * (text_height + 6)
        return math.ceil(1 + 2 * MARGIN * 0.6 + header + LANE_COUNT * MIN_LANE_HEIGHT + rows)

    def _fit_minimum(self) -> None:
        self.setMinimumSize(MIN_WIDTH, self._least_height())

    # The timeline ----------------------------------------------------------------------------------

    def timeline(self) -> DuoTimeline | None:
        return self._timeline

    def set_timeline(self, timeline: DuoTimeline | None) -> None:
        """Show `timeline` (None: an invitation to choose a duo). The current item is kept when the new
        timeline still holds it (after an edit reloads the same duo)."""
        previous = self._key(self._current) if self._current is not None else None
        self._timeline = timeline
        self._order = self._sorted_items(timeline) if timeline is not None else []
        self._current = next((item for item in self._order if self._key(item) == previous), None)
        self._pressed = None
        self._invalidate()
        self._describe_current()

    @staticmethod
    def _key(item: TimelineItem) -> tuple[str, object]:
        return type(item).__name__, item.id

    @staticmethod
    def _sorted_items(timeline: DuoTimeline) -> list[TimelineItem]:
        items: list[TimelineItem] = [
            *timeline.activities,
            *timeline.group_activities,
            *timeline.evaluations,
            *timeline.referrals,
            *timeline.pauses,
        ]
        # sorted() is stable: items of one day and lane keep the order core gave them.
        return sorted(items, key=lambda item: (_day_of(item), _lane_of(item)))

    def items(self) -> list[TimelineItem]:
        """Every item (not the planned slots) in date order, as Left/Right walk them."""
        return list(self._order)

    def current_item(self) -> TimelineItem | None:
        return self._current

    def set_current_item(self, item: TimelineItem | None) -> None:
        self._current = item if item in self._order else None
        self._describe_current()
        self.update()

    # Geometry ----------------------------------------------------------------------------------------

    def item_rect(self, item: TimelineItem) -> QRectF:
        """Where `item` is drawn (a pause: its band); an empty rectangle for an item not on the timeline."""
        return QRectF(self._layout().items.get(item, QRectF()))

    def item_at(self, pos: QPointF) -> TimelineItem | None:
        """The item under `pos`, with a few pixels of tolerance; the nearest wins. A pause only where no
        other item is near, since its band lies under them."""
        geometry = self._layout()
        best: TimelineItem | None = None
        best_distance = HIT_TOLERANCE
        for item, rect in geometry.items.items():
            if isinstance(item, TimelinePause):
                continue
            dx = max(rect.left() - pos.x(), 0.0, pos.x() - rect.right())
            dy = max(rect.top() - pos.y(), 0.0, pos.y() - rect.bottom())
            # Inside two overlapping markers: the one whose centre is nearest.
            distance = (dx * dx + dy * dy) ** 0.5
            if distance == 0:
                centre = rect.center()
                distance = -1 / (1 + abs(centre.x() - pos.x()) + abs(centre.y() - pos.y()))
            if distance <= best_distance:
                best, best_distance = item, distance
        if best is not None:
            return best
        for item, rect in geometry.items.items():
            if isinstance(item, TimelinePause) and rect.contains(pos):
                return item
        return None

    def day_x(self, day: dt.date) -> float:
        """The x of the middle of `day` on the axis (where the today line is drawn for today)."""
        return self._layout().centre(day)

    def _invalidate(self) -> None:
        self._geometry = None
        self.update()

    def _layout(self) -> _Geometry:
        if self._geometry is None:
            self._geometry = self._compute_layout()
        return self._geometry

    def _fonts(self) -> tuple[QFont, QFont]:
        """The widget's font and a bold one (month names, the pause and today labels)."""
        bold = QFont(self.font())
        bold.setBold(True)
        return self.font(), bold

    def _compute_layout(self) -> _Geometry:
        normal, bold = self._fonts()
        text_metrics, bold_metrics = QFontMetricsF(normal), QFontMetricsF(bold)
        card = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        content = card.adjusted(MARGIN, MARGIN * 0.6, -MARGIN, -MARGIN * 0.6)
        gutter = max(text_metrics.horizontalAdvance(name) for name in self._lane_names()) + 2 * GUTTER_PADDING
        gutter = max(gutter, 84.0)

        header_height = bold_metrics.height() + text_metrics.height() + 8
        row_height = text_metrics.height() + 6
        lanes_top = content.top() + header_height
        lanes_space = content.bottom() - 2 * row_height - lanes_top
        lane_height = max(MIN_LANE_HEIGHT, min(MAX_LANE_HEIGHT, lanes_space / LANE_COUNT))
        lanes = [
            QRectF(card.left(), lanes_top + index * lane_height, card.width(), lane_height)
            for index in range(LANE_COUNT)
        ]
        lanes_bottom = lanes[-1].bottom()
        # Room on the right for a flag on the last day (the end evaluation flies past its pole).
        right = content.right() - MARKER * 0.6
        plot = QRectF(
            content.left() + gutter, lanes_top, right - content.left() - gutter, lanes_bottom - lanes_top
        )
        header = QRectF(plot.left(), content.top(), plot.width(), header_height)
        markers = QRectF(plot.left(), lanes_bottom + 2, plot.width(), row_height)
        legend = QRectF(content.left(), markers.bottom(), content.width(), row_height)

        timeline = self._timeline
        if timeline is None:
            return _Geometry(
                card, plot, header, lanes, markers, legend, dt.date.min, 1.0
            )  # nothing on the axis
        days = max(1, (timeline.last_day - timeline.first_day).days + 1)
        geometry = _Geometry(
            card, plot, header, lanes, markers, legend, timeline.first_day, plot.width() / days
        )

        geometry.planned = [
            self._marker_rect(geometry.centre(day), lanes[PLANNED].center().y(), PLANNED_MARKER)
            for day in timeline.planned_slots
        ]
        for lane in (ACTIVITIES, GROUP, EVALUATIONS, REFERRALS):
            in_lane = [item for item in self._order if _lane_of(item) == lane]
            self._place_lane(geometry, lanes[lane], in_lane)
        for pause in timeline.pauses:
            geometry.items[pause] = self._pause_rect(geometry, timeline, pause)
        return geometry

    @staticmethod
    def _marker_rect(x: float, y: float, size: float) -> QRectF:
        return QRectF(x - size / 2, y - size / 2, size, size)

    def _place_lane(self, geometry: _Geometry, lane: QRectF, items: list[TimelineItem]) -> None:
        """Markers closer than their size are stacked up and down within the lane, so that two activities on
        one day (or a few days apart on a narrow window) both stay visible and clickable."""
        step = MARKER - 1
        levels = max(0, int((lane.height() / 2 - MARKER / 2 - 1) // step))
        offsets = [0] + [sign * level for level in range(1, levels + 1) for sign in (-1, 1)]
        placed: list[tuple[float, int]] = []  # (x, offset) of the markers drawn so far in the lane
        for item in items:
            # Clamped: a referral on the day before the start is still drawn, at the axis's edge.
            x = geometry.centre(_day_of(item))
            x = min(max(x, geometry.plot.left() + MARKER / 2), geometry.plot.right() - MARKER / 2)
            taken = {offset for other_x, offset in placed if abs(other_x - x) < MARKER}
            free = [offset for offset in offsets if offset not in taken]
            if free:
                offset = free[0]
            else:
                # A crowd: back at the middle, a little to the right of the previous one.
                offset = 0
                x = min(x + MARKER / 3, geometry.plot.right() - MARKER / 2)
            placed.append((x, offset))
            y = lane.center().y() + offset * step
            rect = self._marker_rect(x, y, MARKER)
            if isinstance(item, TimelineEvaluation):
                # The flag's pole stands on the day; the cloth flies to the right.
                rect = QRectF(x - 1.5, y - MARKER / 2 - 1, MARKER * 0.85, MARKER + 2)
            geometry.items[item] = rect

    @staticmethod
    def _pause_rect(geometry: _Geometry, timeline: DuoTimeline, pause: TimelinePause) -> QRectF:
        after_last = timeline.last_day + dt.timedelta(days=1)
        # `end` is the day the duo resumed; an open pause lasts up to and including today.
        end = pause.end if pause.end is not None else max(timeline.today, pause.start) + dt.timedelta(days=1)
        left = geometry.boundary(max(pause.start, timeline.first_day))
        right = geometry.boundary(min(end, after_last))
        right = max(right, left + geometry.day_width)
        return QRectF(left, geometry.plot.top(), right - left, geometry.plot.height())

    # Texts -------------------------------------------------------------------------------------------

    def _lane_names(self) -> list[str]:
        return [
            self.tr("Planned"),
            self.tr("Activities"),
            self.tr("Group"),
            self.tr("Evaluations"),
            self.tr("Referrals"),
        ]

    def _lane_explanations(self) -> list[str]:
        return [
            self.tr("The planned rhythm: the day by which each meeting is due."),
            self.tr("Filled: held. Hollow and dashed: cancelled. The colour tells the type."),
            self.tr("Group activities the family or the buddy attended."),
            self.tr("Filled: done. Outlined: still to come. Red: overdue."),
            self.tr("Referrals of the family to other organisations."),
        ]

    def tooltip_text(self, item: TimelineItem) -> str:
        """What the item is, in a sentence: the hover tooltip and the keyboard's accessible description."""
        if isinstance(item, TimelineActivity):
            day, kind = short_date(item.day), activity_type_label(item.type)
            if item.held:
                if item.place:
                    return _fill(self.tr("%1 · %2 · %3"), day, kind, item.place)
                return _fill(self.tr("%1 · %2"), day, kind)
            if item.cancel_reason is None:
                text = _fill(self.tr("%1 · %2 · cancelled"), day, kind)
            else:
                text = _fill(
                    self.tr("%1 · %2 · cancelled: %3"), day, kind, cancel_reason_label(item.cancel_reason)
                )
            if item.cancel_note:
                text = _fill(self.tr("%1 — %2"), text, item.cancel_note)
            return text
        if isinstance(item, TimelineGroupActivity):
            if item.place:
                return _fill(self.tr("%1 · %2 · %3"), short_date(item.day), item.title, item.place)
            return _fill(self.tr("%1 · %2"), short_date(item.day), item.title)
        if isinstance(item, TimelineEvaluation):
            kind = evaluation_kind_label(item.kind)
            if item.done_on is not None:
                text = _fill(self.tr("%1 · done %2"), kind, short_date(item.done_on))
                scores = [
                    _fill(template, str(score))
                    for template, score in (
                        (self.tr("family %1/5"), item.family_score),
                        (self.tr("buddy %1/5"), item.buddy_score),
                    )
                    if score is not None
                ]
                if scores:
                    text = _fill(self.tr("%1 (%2)"), text, ", ".join(scores))
                return text
            if self._timeline is not None and item.due_on < self._timeline.today:
                return _fill(self.tr("%1 · overdue since %2"), kind, short_date(item.due_on))
            return _fill(self.tr("%1 · due %2"), kind, short_date(item.due_on))
        if isinstance(item, TimelineReferral):
            parts = [
                short_date(item.day),
                item.organisation,
                item.purpose,
                referral_outcome_label(item.outcome),
            ]
            return " · ".join(part for part in parts if part)
        if item.end is None:
            text = _fill(self.tr("Pause since %1"), short_date(item.start))
        else:
            text = _fill(self.tr("Pause from %1 to %2"), short_date(item.start), short_date(item.end))
        if item.reason:
            text = _fill(self.tr("%1 · %2"), text, item.reason)
        return text

    def retranslate(self) -> None:
        default_name = self.tr("Timeline of the duo")
        if self.accessibleName() in ("", self._default_name):  # a name the page gave is kept
            self.setAccessibleName(default_name)
        self._default_name = default_name
        self._describe_current()
        self._invalidate()  # the lane names set the gutter's width

    def _describe_current(self) -> None:
        if self._current is not None:
            self.setAccessibleDescription(self.tooltip_text(self._current))
        elif self._timeline is None:
            self.setAccessibleDescription(self.tr("Choose a duo to see its timeline."))
        else:
            self.setAccessibleDescription(
                self.tr("Use the left and right arrow keys to go through the items.")
            )

    # Events ------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.LocaleChange):
            if event.type() == QEvent.Type.FontChange:
                self._fit_minimum()
            self._invalidate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._geometry = None
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = QPointF(event.pos())
            item = self.item_at(pos)
            if item is not None:
                rect = self.item_rect(item).toAlignedRect()
                QToolTip.showText(event.globalPos(), self.tooltip_text(item), self, rect)
                return True
            explanation = self._lane_explanation_at(pos)
            if explanation:
                QToolTip.showText(event.globalPos(), explanation, self)
                return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def _lane_explanation_at(self, pos: QPointF) -> str:
        if self._timeline is None:
            return ""
        geometry = self._layout()
        if pos.x() >= geometry.plot.left():
            return ""
        for lane, rect in enumerate(geometry.lanes):
            if rect.contains(pos):
                return self._lane_explanations()[lane]
        return ""

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.item_at(event.position()) is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.unsetCursor()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.item_at(event.position())
            if self._pressed is not None:
                self.set_current_item(self._pressed)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            # A click is a press and release on the same item: dragging off it cancels, as with a button.
            pressed, self._pressed = self._pressed, None
            if pressed is not None and self.item_at(event.position()) is pressed:
                self.item_activated.emit(pressed)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._order or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        key = event.key()
        index = self._order.index(self._current) if self._current is not None else None
        last = len(self._order) - 1
        if key == Qt.Key.Key_Right:
            target = 0 if index is None else min(last, index + 1)
        elif key == Qt.Key.Key_Left:
            target = last if index is None else max(0, index - 1)
        elif key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = last
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._current is not None:
                self.item_activated.emit(self._current)
            event.accept()
            return
        else:
            super().keyPressEvent(event)
            return
        self.set_current_item(self._order[target])
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()  # the focus ring
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # Painting ----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        geometry = self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        secondary = _blend(text, base, 0.62)

        painter.setPen(QPen(CARD_BORDER, 1))
        painter.setBrush(base)
        painter.drawRoundedRect(geometry.card, 4, 4)

        timeline = self._timeline
        if timeline is None:
            painter.setPen(secondary)
            painter.drawText(
                geometry.card, Qt.AlignmentFlag.AlignCenter, self.tr("Choose a duo to see its timeline.")
            )
            painter.end()
            return

        self._paint_months(painter, geometry, timeline, text, secondary)
        self._paint_lanes(painter, geometry, text)
        self._paint_after_close(painter, geometry, timeline)
        self._paint_pauses(painter, geometry, timeline)
        self._paint_markers(painter, geometry, timeline, secondary)
        self._paint_planned(painter, geometry, base)
        for item, rect in geometry.items.items():
            if not isinstance(item, TimelinePause):
                self._paint_item(painter, item, rect, timeline, base)
        self._paint_legend(painter, geometry, timeline, secondary, base)
        if self._current is not None and self.hasFocus():
            ring = geometry.items.get(self._current)
            if ring is not None:
                margin = 1.0 if isinstance(self._current, TimelinePause) else 3.5
                painter.setPen(QPen(FOCUS_COLOUR, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(ring.adjusted(-margin, -margin, margin, margin), 3, 3)
        painter.end()

    def _paint_months(
        self, painter: QPainter, geometry: _Geometry, timeline: DuoTimeline, text: QColor, secondary: QColor
    ) -> None:
        normal, bold = self._fonts()
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
            painter.drawLine(QPointF(_crisp(left), top + 2), QPointF(_crisp(left), bottom))
            # Labels may run past a narrow band's end, not past the next month's label.
            room = QRectF(left + 5, top + 2, max(0.0, right - left - 8), bold_height)
            painter.setFont(bold)
            painter.setPen(text)
            month = _fill(self.tr("Month %1"), str(number))
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

    def _paint_lanes(self, painter: QPainter, geometry: _Geometry, text: QColor) -> None:
        painter.setPen(QPen(GRID_LINE, 1))
        for lane in geometry.lanes[1:]:
            y = _crisp(lane.top())
            painter.drawLine(QPointF(geometry.card.left() + 1, y), QPointF(geometry.plot.right(), y))
        bottom = _crisp(geometry.lanes[-1].bottom())
        painter.drawLine(QPointF(geometry.card.left() + 1, bottom), QPointF(geometry.plot.right(), bottom))
        painter.setPen(text)
        for name, lane in zip(self._lane_names(), geometry.lanes, strict=True):
            room = QRectF(
                geometry.card.left() + GUTTER_PADDING,
                lane.top(),
                geometry.plot.left() - geometry.card.left() - GUTTER_PADDING,
                lane.height(),
            )
            painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

    def _paint_after_close(self, painter: QPainter, geometry: _Geometry, timeline: DuoTimeline) -> None:
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

    def _paint_pauses(self, painter: QPainter, geometry: _Geometry, timeline: DuoTimeline) -> None:
        _normal, bold = self._fonts()
        metrics = QFontMetricsF(bold)
        for pause in timeline.pauses:
            band = geometry.items[pause]
            painter.fillRect(band, PAUSE_FILL)
            painter.fillRect(band, QBrush(PAUSE_HATCH, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(PAUSE_EDGE, 1))
            left, right = _crisp(band.left()), _crisp(band.right())
            painter.drawLine(QPointF(left, band.top()), QPointF(left, band.bottom()))
            if pause.end is not None:  # an open pause has no end yet: no closing edge
                painter.drawLine(QPointF(right, band.top()), QPointF(right, band.bottom()))
            word = self.tr("Pause")
            width = metrics.horizontalAdvance(word)
            if width + 6 <= band.width():
                label = QRectF(band.center().x() - width / 2 - 3, band.top() + 2, width + 6, metrics.height())
                painter.fillRect(label, PAUSE_FILL)
                painter.setFont(bold)
                painter.setPen(PAUSE_TEXT)
                painter.drawText(label, Qt.AlignmentFlag.AlignCenter, word)
                painter.setFont(self.font())

    def _paint_markers(
        self, painter: QPainter, geometry: _Geometry, timeline: DuoTimeline, secondary: QColor
    ) -> None:
        """The vertical lines of the planned end, the closing and today, with their labels under the lanes."""
        top, bottom = geometry.header.bottom() - 4, geometry.plot.bottom() + 3
        labels: list[tuple[float, str, QColor, bool]] = []
        row = timeline.row
        if row.closed_on is None or row.closed_on != row.planned_end:
            x = _crisp(geometry.centre(row.planned_end))
            pen = QPen(END_COLOUR, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            labels.append((x, self.tr("Planned end"), secondary, False))
        if row.closed_on is not None:
            x = _crisp(geometry.centre(row.closed_on), 2)
            painter.setPen(QPen(END_COLOUR, 2))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            labels.append((x, self.tr("Closed"), END_COLOUR, True))
        if timeline.first_day <= timeline.today <= timeline.last_day:
            x = _crisp(geometry.centre(timeline.today), 2)
            painter.setPen(QPen(TODAY_COLOUR, 2))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            labels.append((x, self.tr("Today"), TODAY_COLOUR, True))
        self._paint_marker_labels(painter, geometry, labels)

    def _paint_marker_labels(
        self, painter: QPainter, geometry: _Geometry, labels: list[tuple[float, str, QColor, bool]]
    ) -> None:
        """Each label centred under its line, moved aside when two would overlap, kept inside the card."""
        normal, bold = self._fonts()
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

    def _paint_planned(self, painter: QPainter, geometry: _Geometry, base: QColor) -> None:
        painter.setPen(QPen(PLANNED_COLOUR, 1.3))
        painter.setBrush(base)
        for rect in geometry.planned:
            painter.drawPolygon(self._diamond(rect))

    @staticmethod
    def _diamond(rect: QRectF) -> QPolygonF:
        centre = rect.center()
        return QPolygonF(
            [
                QPointF(centre.x(), rect.top()),
                QPointF(rect.right(), centre.y()),
                QPointF(centre.x(), rect.bottom()),
                QPointF(rect.left(), centre.y()),
            ]
        )

    def _paint_item(
        self, painter: QPainter, item: TimelineItem, rect: QRectF, timeline: DuoTimeline, base: QColor
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
            self._paint_flag(painter, item, rect, timeline, base)
        elif isinstance(item, TimelineReferral):
            painter.setPen(QPen(base, 1))
            painter.setBrush(REFERRAL_COLOUR)
            painter.drawPolygon(self._chevron(rect))

    def _paint_flag(
        self, painter: QPainter, item: TimelineEvaluation, rect: QRectF, timeline: DuoTimeline, base: QColor
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

    @staticmethod
    def _chevron(rect: QRectF) -> QPolygonF:
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

    def _paint_legend(
        self, painter: QPainter, geometry: _Geometry, timeline: DuoTimeline, secondary: QColor, base: QColor
    ) -> None:
        """The activity types of this duo with their colours, then the cancelled symbol; what does not fit in one
        row is left out (the tooltips say the type too)."""
        metrics = QFontMetricsF(self.font())
        present = {activity.type for activity in timeline.activities}
        entries: list[tuple[str, QColor, bool]] = [
            (activity_type_label(kind), colour, True)
            for kind, colour in ACTIVITY_COLOURS.items()
            if kind in present
        ]
        if any(not activity.held for activity in timeline.activities):
            entries.append((self.tr("cancelled"), PLANNED_COLOUR, False))
        x = geometry.plot.left()
        y = geometry.legend.center().y()
        painter.setFont(self.font())
        for word, colour, held in entries:
            width = MARKER + 4 + metrics.horizontalAdvance(word)
            if x + width > geometry.legend.right():
                break
            dot = self._marker_rect(x + MARKER / 2, y, MARKER - 3)
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

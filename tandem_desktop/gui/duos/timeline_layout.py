"""Where everything of a duo's timeline goes: its items and lanes, the sizes, and the geometry of each item.

`compute_layout` places the months' header, the five lanes, the markers' row and the legend in the widget's
rectangle, then every item on its lane (markers that would overlap are stacked up and down) and every pause
as a band over the lanes. `TimelineGeometry` holds the result, so that a paint only draws and a hover only
looks up rectangles.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from tandem_desktop.core.duos import (
    DuoTimeline,
    TimelineActivity,
    TimelineEvaluation,
    TimelineGroupActivity,
    TimelinePause,
    TimelineReferral,
)

TimelineItem = (
    TimelineActivity | TimelineGroupActivity | TimelineEvaluation | TimelineReferral | TimelinePause
)

# The lanes, top to bottom.
PLANNED, ACTIVITIES, GROUP, EVALUATIONS, REFERRALS = range(5)
LANE_COUNT = 5

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


def day_of(item: TimelineItem) -> dt.date:
    return item.start if isinstance(item, TimelinePause) else item.day


def lane_of(item: TimelineItem) -> int:
    if isinstance(item, TimelineActivity):
        return ACTIVITIES
    if isinstance(item, TimelineGroupActivity):
        return GROUP
    if isinstance(item, TimelineEvaluation):
        return EVALUATIONS
    if isinstance(item, TimelineReferral):
        return REFERRALS
    return LANE_COUNT  # a pause spans every lane: after the others on its day


def sorted_items(timeline: DuoTimeline) -> list[TimelineItem]:
    """Every item of `timeline` (not the planned slots) in date order, lane by lane within a day."""
    items: list[TimelineItem] = [
        *timeline.activities,
        *timeline.group_activities,
        *timeline.evaluations,
        *timeline.referrals,
        *timeline.pauses,
    ]
    # sorted() is stable: items of one day and lane keep the order core gave them.
    return sorted(items, key=lambda item: (day_of(item), lane_of(item)))


@dataclass
class TimelineGeometry:
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

    def item_at(self, pos: QPointF) -> TimelineItem | None:
        """The item under `pos`, with a few pixels of tolerance; the nearest wins. A pause only where no
        other item is near, since its band lies under them."""
        best: TimelineItem | None = None
        best_distance = HIT_TOLERANCE
        for item, rect in self.items.items():
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
        for item, rect in self.items.items():
            if isinstance(item, TimelinePause) and rect.contains(pos):
                return item
        return None


def least_height(normal: QFont, bold: QFont) -> int:
    """The height at which every lane is MIN_LANE_HEIGHT high: the months' header, the lanes, the rows of
    the today label and the legend, and the card's margins (as `compute_layout` places them)."""
    text_height, bold_height = QFontMetricsF(normal).height(), QFontMetricsF(bold).height()
    header = bold_height + text_height + 8
    rows = 2 * (text_height + 6)
    return math.ceil(1 + 2 * MARGIN * 0.6 + header + LANE_COUNT * MIN_LANE_HEIGHT + rows)


def compute_layout(
    rect: QRectF,
    normal: QFont,
    bold: QFont,
    lane_names: list[str],
    timeline: DuoTimeline | None,
    order: list[TimelineItem],
) -> TimelineGeometry:
    """The geometry of `timeline` in the widget's `rect`; `order` is its items in date order, `lane_names`
    the names in the gutter (whose widest sets the gutter's width)."""
    text_metrics, bold_metrics = QFontMetricsF(normal), QFontMetricsF(bold)
    card = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
    content = card.adjusted(MARGIN, MARGIN * 0.6, -MARGIN, -MARGIN * 0.6)
    gutter = max(text_metrics.horizontalAdvance(name) for name in lane_names) + 2 * GUTTER_PADDING
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

    if timeline is None:
        return TimelineGeometry(
            card, plot, header, lanes, markers, legend, dt.date.min, 1.0
        )  # nothing on the axis
    days = max(1, (timeline.last_day - timeline.first_day).days + 1)
    geometry = TimelineGeometry(
        card, plot, header, lanes, markers, legend, timeline.first_day, plot.width() / days
    )

    geometry.planned = [
        marker_rect(geometry.centre(day), lanes[PLANNED].center().y(), PLANNED_MARKER)
        for day in timeline.planned_slots
    ]
    for lane in (ACTIVITIES, GROUP, EVALUATIONS, REFERRALS):
        in_lane = [item for item in order if lane_of(item) == lane]
        place_lane(geometry, lanes[lane], in_lane)
    for pause in timeline.pauses:
        geometry.items[pause] = pause_rect(geometry, timeline, pause)
    return geometry


def marker_rect(x: float, y: float, size: float) -> QRectF:
    return QRectF(x - size / 2, y - size / 2, size, size)


def place_lane(geometry: TimelineGeometry, lane: QRectF, items: list[TimelineItem]) -> None:
    """Markers closer than their size are stacked up and down within the lane, so that two activities on
    one day (or a few days apart on a narrow window) both stay visible and clickable."""
    step = MARKER - 1
    levels = max(0, int((lane.height() / 2 - MARKER / 2 - 1) // step))
    offsets = [0] + [sign * level for level in range(1, levels + 1) for sign in (-1, 1)]
    placed: list[tuple[float, int]] = []  # (x, offset) of the markers drawn so far in the lane
    for item in items:
        # Clamped: a referral on the day before the start is still drawn, at the axis's edge.
        x = geometry.centre(day_of(item))
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
        rect = marker_rect(x, y, MARKER)
        if isinstance(item, TimelineEvaluation):
            # The flag's pole stands on the day; the cloth flies to the right.
            rect = QRectF(x - 1.5, y - MARKER / 2 - 1, MARKER * 0.85, MARKER + 2)
        geometry.items[item] = rect


def pause_rect(geometry: TimelineGeometry, timeline: DuoTimeline, pause: TimelinePause) -> QRectF:
    after_last = timeline.last_day + dt.timedelta(days=1)
    # `end` is the day the duo resumed; an open pause lasts up to and including today.
    end = pause.end if pause.end is not None else max(timeline.today, pause.start) + dt.timedelta(days=1)
    left = geometry.boundary(max(pause.start, timeline.first_day))
    right = geometry.boundary(min(end, after_last))
    right = max(right, left + geometry.day_width)
    return QRectF(left, geometry.plot.top(), right - left, geometry.plot.height())

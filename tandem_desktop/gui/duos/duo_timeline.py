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

This module holds the widget: its items, keys, mouse, tooltips and words. The geometry of everything is
computed once per size, font and timeline (`timeline_layout.py`), so that a paint only draws
(`timeline_painting.py`) and a hover only looks up rectangles.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
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
from tandem_desktop.gui.common.labels import (
    activity_type_label,
    cancel_reason_label,
    evaluation_kind_label,
    referral_outcome_label,
    short_date,
)
from tandem_desktop.gui.duos.timeline_layout import (
    MIN_WIDTH,
    TimelineGeometry,
    TimelineItem,
    compute_layout,
    least_height,
    sorted_items,
)
from tandem_desktop.gui.duos.timeline_painting import (
    blend,
    paint_after_close,
    paint_card,
    paint_focus_ring,
    paint_item,
    paint_lanes,
    paint_legend,
    paint_markers,
    paint_months,
    paint_pauses,
    paint_planned,
)


def _fill(template: str, *values: str) -> str:
    """Qt-style %1, %2 placeholders, in one pass: a value that itself holds "%2" stays as it is."""
    return re.sub(r"%(\d)", lambda match: values[int(match.group(1)) - 1], template)


class DuoTimelineView(QWidget):
    """The timeline of one duo. `item_activated` carries the Timeline* item clicked or opened with the keys."""

    item_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: DuoTimeline | None = None
        self._order: list[TimelineItem] = []  # every item in date order: the keyboard's path
        self._current: TimelineItem | None = None
        self._pressed: TimelineItem | None = None
        self._geometry: TimelineGeometry | None = None
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
        """The height at which every lane is MIN_LANE_HEIGHT high (see `least_height`)."""
        return least_height(*self._fonts())

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
        self._order = sorted_items(timeline) if timeline is not None else []
        self._current = next((item for item in self._order if self._key(item) == previous), None)
        self._pressed = None
        self._invalidate()
        self._describe_current()

    @staticmethod
    def _key(item: TimelineItem) -> tuple[str, object]:
        return type(item).__name__, item.id

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
        return self._layout().item_at(pos)

    def day_x(self, day: dt.date) -> float:
        """The x of the middle of `day` on the axis (where the today line is drawn for today)."""
        return self._layout().centre(day)

    def _invalidate(self) -> None:
        self._geometry = None
        self.update()

    def _layout(self) -> TimelineGeometry:
        if self._geometry is None:
            self._geometry = self._compute_layout()
        return self._geometry

    def _fonts(self) -> tuple[QFont, QFont]:
        """The widget's font and a bold one (month names, the pause and today labels)."""
        bold = QFont(self.font())
        bold.setBold(True)
        return self.font(), bold

    def _compute_layout(self) -> TimelineGeometry:
        normal, bold = self._fonts()
        return compute_layout(
            QRectF(self.rect()), normal, bold, self._lane_names(), self._timeline, self._order
        )

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
        secondary = blend(text, base, 0.62)

        paint_card(painter, geometry, base)

        timeline = self._timeline
        if timeline is None:
            painter.setPen(secondary)
            painter.drawText(
                geometry.card, Qt.AlignmentFlag.AlignCenter, self.tr("Choose a duo to see its timeline.")
            )
            painter.end()
            return

        fonts = self._fonts()
        months = [
            _fill(self.tr("Month %1"), str(number)) for number in range(1, len(timeline.month_starts) + 1)
        ]
        paint_months(painter, geometry, timeline, fonts, text, secondary, months)
        paint_lanes(painter, geometry, text, self._lane_names())
        paint_after_close(painter, geometry, timeline)
        paint_pauses(painter, geometry, timeline, fonts, self.tr("Pause"))
        words = (self.tr("Planned end"), self.tr("Closed"), self.tr("Today"))
        paint_markers(painter, geometry, timeline, fonts, secondary, words)
        paint_planned(painter, geometry, base)
        for item, rect in geometry.items.items():
            if not isinstance(item, TimelinePause):
                paint_item(painter, item, rect, timeline, base)
        paint_legend(painter, geometry, timeline, self.font(), secondary, base, self.tr("cancelled"))
        if self._current is not None and self.hasFocus():
            paint_focus_ring(painter, geometry, self._current)
        painter.end()

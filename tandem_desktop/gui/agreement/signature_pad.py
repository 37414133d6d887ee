"""A pad to sign on screen with the mouse, a pen or a finger; the signature then goes into a PDF as a PNG.

The buddy, the family and the coordinator each sign an agreement here. What matters is that the ink looks
like their hand: strokes are smoothed (quadratic curves through the midpoints of the sampled points, so
that a quick mouse does not leave a polygon), antialiased, and a pen's pressure widens the line a little.

Points are kept in units of the pad's height, not in pixels. A signature's size is set by the height of its
line, so when the dialog grows wider the signature stays as it is (the line just gets longer), and when it
grows taller the signature grows with it, shape kept. Nothing is lost when the pad shrinks: ink beyond the
right edge is hidden, not dropped, and `png_bytes` still holds all of it.

While signing, each new piece of a stroke is painted once onto an ink layer and only its rectangle is
repainted, so a long signature costs no more per movement than a short one; the layer is redrawn from the
points only when the size changes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#1f2328")
PAPER = QColor("#ffffff")
BORDER = QColor("#8c959f")
BASELINE = QColor("#d0d7de")
HINT = QColor("#8c959f")

INK_WIDTH = 2.2  # pixels, at full pressure (and for the mouse and fingers, which have none)
MIN_STEP = 0.75  # pixels: closer samples add nothing but points
PNG_MARGIN = 4.0  # pixels around the ink in the PNG, so that the antialiased edge is not cut off


def _ink_width(pressure: float) -> float:
    """Pressure varies the width between 60 % and 100 %: a signature, not a brush. Quantised, so that the
    width only changes every few samples and a stroke is drawn as a few long paths, not many short ones."""
    pressure = min(max(pressure, 0.0), 1.0)
    return INK_WIDTH * (0.6 + 0.4 * round(pressure * 10) / 10)


@dataclass
class _Stroke:
    """One stroke, from touching down to lifting: points and widths in units of the pad's height."""

    points: list[QPointF] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)

    def bounds(self) -> QRectF:
        rect = QRectF()
        for point, width in zip(self.points, self.widths, strict=True):
            half = width / 2
            rect = rect.united(QRectF(point.x() - half, point.y() - half, width, width))
        return rect


@dataclass(frozen=True)
class _Segment:
    """A piece of a smoothed stroke: a line (control None) or a quadratic curve, drawn at `width`."""

    start: QPointF
    control: QPointF | None
    end: QPointF
    width: float

    def add_to(self, path: QPainterPath) -> None:
        if self.control is None:
            path.lineTo(self.end)
        else:
            path.quadTo(self.control, self.end)


def _mid(a: QPointF, b: QPointF) -> QPointF:
    return (a + b) / 2


def _segment(points: list[QPointF], widths: list[float], index: int) -> _Segment:
    """The piece that the point at `index` (≥ 1) completes: from the previous midpoint, curving through the
    previous point, to the new midpoint; the first piece starts at the first point itself."""
    if index == 1:
        return _Segment(points[0], None, _mid(points[0], points[1]), widths[0])
    return _Segment(
        _mid(points[index - 2], points[index - 1]),
        points[index - 1],
        _mid(points[index - 1], points[index]),
        widths[index - 1],
    )


def _tail(points: list[QPointF], widths: list[float]) -> _Segment:
    """The last piece, added when the stroke ends: from the last midpoint straight to the last point."""
    return _Segment(_mid(points[-2], points[-1]), None, points[-1], widths[-1])


def _segments(stroke: _Stroke) -> Iterator[_Segment]:
    for index in range(1, len(stroke.points)):
        yield _segment(stroke.points, stroke.widths, index)
    if len(stroke.points) > 1:
        yield _tail(stroke.points, stroke.widths)


def _pen(width: float) -> QPen:
    return QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)


def _draw_dot(painter: QPainter, centre: QPointF, width: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(INK)
    painter.drawEllipse(centre, width / 2, width / 2)


def _draw_stroke(painter: QPainter, stroke: _Stroke) -> None:
    """The whole stroke, in the painter's coordinates (which the caller scales to the pad's height). Pieces of
    one width are joined into one path, so that a mouse stroke is a single smooth path with proper joins."""
    if len(stroke.points) == 1:
        _draw_dot(painter, stroke.points[0], stroke.widths[0])
        return
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path: QPainterPath | None = None
    width = 0.0
    for segment in _segments(stroke):
        if path is None or segment.width != width:
            if path is not None:
                painter.strokePath(path, _pen(width))
            path = QPainterPath(segment.start)
            width = segment.width
        segment.add_to(path)
    if path is not None:
        painter.strokePath(path, _pen(width))


class SignaturePad(QWidget):
    """A white pad with a signature line. `changed` is emitted when a stroke ends and when the pad is cleared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[_Stroke] = []
        self._current: _Stroke | None = None
        self._source = ""  # "mouse", "tablet" or "touch": the device of the stroke in progress
        self._touch_id = -1
        self._layer: QImage | None = None  # the ink, at the widget's size; None when it must be redrawn
        self._hint = ""
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paintEvent covers every pixel
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(80)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._retranslate()

    # -------------------------------------------------------------------------------------------------
    # The public side

    def is_empty(self) -> bool:
        return not self._strokes and self._current is None

    def clear(self) -> None:
        """Wipe the pad, the stroke in progress included; `changed` only when there was something to wipe."""
        if self.is_empty():
            return
        self._strokes = []
        self._current = None
        self._source = ""
        self._layer = None
        self.update()
        self.changed.emit()

    def png_bytes(self, scale: float = 3.0) -> bytes | None:
        """The ink alone on a transparent background, cropped to the strokes with a small margin, at `scale`
        times the pad's pixels (3× a 110 pixels high pad is about 300 dpi on a 3 cm line). None when empty.

        Every finished stroke is in it, also ink that a narrower pad hides beyond its right edge."""
        if not self._strokes:
            return None
        unit = self._unit()
        bounds = QRectF()
        for stroke in self._strokes:
            bounds = bounds.united(stroke.bounds())
        area = QRectF(bounds.topLeft() * unit, bounds.bottomRight() * unit).adjusted(
            -PNG_MARGIN, -PNG_MARGIN, PNG_MARGIN, PNG_MARGIN
        )
        image = QImage(
            max(1, math.ceil(area.width() * scale)),
            max(1, math.ceil(area.height() * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-area.topLeft())
        painter.scale(unit, unit)
        for stroke in self._strokes:
            _draw_stroke(painter, stroke)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The stubs type the format as bytes, but PySide6 takes only a str here (b"PNG" raises ValueError).
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())

    def sizeHint(self) -> QSize:
        return QSize(320, 110)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 80)

    # -------------------------------------------------------------------------------------------------
    # Strokes: begin, extend, end, whatever the device

    def _unit(self) -> float:
        """Pixels per unit of the stored points: the pad's height."""
        return float(max(self.height(), 1))

    def _begin(self, position: QPointF, pressure: float, source: str) -> None:
        if self._current is not None:  # a second device while one is signing: the first one keeps the pad
            return
        unit = self._unit()
        self._current = _Stroke([position / unit], [_ink_width(pressure) / unit])
        self._source = source
        # A dot at once: pressing shows where the pen is, and a tap that never moves leaves just this.
        self._paint_on_layer(lambda painter: _draw_dot(painter, position, _ink_width(pressure)))
        self._update_around(QRectF(position, position), _ink_width(pressure))

    def _extend(self, position: QPointF, pressure: float, source: str) -> None:
        stroke = self._current
        if stroke is None or source != self._source:
            return
        unit = self._unit()
        last = stroke.points[-1] * unit
        if math.hypot(position.x() - last.x(), position.y() - last.y()) < MIN_STEP:
            return
        stroke.points.append(position / unit)
        stroke.widths.append(_ink_width(pressure) / unit)
        self._draw_segment(_segment(stroke.points, stroke.widths, len(stroke.points) - 1))

    def _end(self, source: str) -> None:
        stroke = self._current
        if stroke is None or source != self._source:
            return
        if len(stroke.points) > 1:
            self._draw_segment(_tail(stroke.points, stroke.widths))
        self._strokes.append(stroke)
        self._current = None
        self._source = ""
        self.changed.emit()

    def _cancel(self, source: str) -> None:
        """The system took the touch back (a gesture, a popup): the stroke in progress did not happen."""
        if self._current is None or source != self._source:
            return
        self._current = None
        self._source = ""
        self._layer = None
        self.update()

    def _draw_segment(self, segment: _Segment) -> None:
        unit = self._unit()
        path = QPainterPath(segment.start * unit)
        scaled = _Segment(
            segment.start * unit,
            None if segment.control is None else segment.control * unit,
            segment.end * unit,
            segment.width * unit,
        )
        scaled.add_to(path)

        def draw(painter: QPainter) -> None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.strokePath(path, _pen(scaled.width))

        self._paint_on_layer(draw)
        self._update_around(path.controlPointRect(), scaled.width)

    def _paint_on_layer(self, draw: Callable[[QPainter], None]) -> None:
        layer = self._ensure_layer()
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter)
        painter.end()

    def _update_around(self, rect: QRectF, width: float) -> None:
        margin = width / 2 + 2
        self.update(rect.adjusted(-margin, -margin, margin, margin).toAlignedRect())

    def _ensure_layer(self) -> QImage:
        """The ink layer at the current size and device pixel ratio, redrawn from the points when either
        changed (the stroke in progress included, so a resize mid-stroke loses nothing)."""
        ratio = self.devicePixelRatioF()
        size = QSize(max(1, math.ceil(self.width() * ratio)), max(1, math.ceil(self.height() * ratio)))
        layer = self._layer
        if layer is not None and layer.size() == size and layer.devicePixelRatio() == ratio:
            return layer
        layer = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        layer.setDevicePixelRatio(ratio)
        layer.fill(Qt.GlobalColor.transparent)
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = self._unit()
        painter.scale(unit, unit)
        for stroke in self._strokes:
            _draw_stroke(painter, stroke)
        if self._current is not None:
            # Without its tail: that is added when the stroke ends.
            points, widths = self._current.points, self._current.widths
            _draw_dot(painter, points[0], widths[0])
            if len(points) > 1:
                path = QPainterPath(points[0])
                for index in range(1, len(points)):
                    _segment(points, widths, index).add_to(path)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.strokePath(path, _pen(widths[-1]))
        painter.end()
        self._layer = layer
        return layer

    # -------------------------------------------------------------------------------------------------
    # Events

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._begin(event.position(), 1.0, "mouse")
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), 1.0, "mouse")
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self._extend(event.position(), 1.0, "mouse")
        self._end("mouse")
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """Accepted, every one of them, or Qt would send the same movement again as mouse events."""
        # Some pucks and styluses without a pressure sensor report 0; they mean "touching".
        pressure = event.pressure() if event.pressure() > 0 else 1.0
        kind = event.type()
        if kind == QEvent.Type.TabletPress and event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), pressure, "tablet")
        elif kind == QEvent.Type.TabletMove and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), pressure, "tablet")
        elif kind == QEvent.Type.TabletRelease and event.button() == Qt.MouseButton.LeftButton:
            # The release itself comes at pressure 0: its position counts, not its pressure.
            self._end("tablet")
        event.accept()

    def _touch_event(self, event: QTouchEvent) -> None:
        """Only the first finger signs; a second one (a palm, a thumb on the edge) is ignored."""
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            self._cancel("touch")
            self._touch_id = -1
            return
        if kind == QEvent.Type.TouchBegin and event.points():
            first = event.points()[0]
            self._touch_id = first.id()
            self._begin(first.position(), 1.0, "touch")
            return
        for point in event.points():
            # A stationary point did not move; and QTest gives it a stale position, so it would add a jump.
            if point.id() != self._touch_id or point.state() == QEventPoint.State.Stationary:
                continue
            self._extend(point.position(), 1.0, "touch")
            if point.state() == QEventPoint.State.Released:
                self._end("touch")
                self._touch_id = -1
        if kind == QEvent.Type.TouchEnd:  # all fingers up, whether or not the first one said so
            self._end("touch")
            self._touch_id = -1

    def event(self, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            self._touch_event(event)
            event.accept()  # a TouchBegin left unaccepted would come back as mouse events
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._hint = self.tr("Sign here")
        self.setAccessibleName(self.tr("Signature"))
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layer = None  # redrawn at the new size on the next paint
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        painter.fillRect(rect, PAPER)  # white whatever the theme: this is paper, not a control

        # The signature line, a little above the bottom, with room under it for descenders.
        baseline = round(rect.height() - max(16.0, rect.height() * 0.22)) + 0.5
        painter.setPen(QPen(BASELINE, 1))
        painter.drawLine(QPointF(12, baseline), QPointF(rect.width() - 12, baseline))

        if self.is_empty():
            painter.setPen(HINT)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._hint)
        else:
            painter.drawImage(QPointF(0, 0), self._ensure_layer())

        # The border over the ink, so that a stroke off the edge does not eat it; in the highlight colour when
        # the keyboard is here (Delete clears), as other fields show their focus.
        focused = self.hasFocus()
        colour = self.palette().color(QPalette.ColorRole.Highlight) if focused else BORDER
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(colour, 2 if focused else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = 1 if focused else 0
        painter.drawRect(QRect(self.rect()).adjusted(inset, inset, -1, -1))
        painter.end()

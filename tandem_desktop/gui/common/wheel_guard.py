"""The mouse wheel scrolls the page; it changes a field's value only once the user has clicked into the field.

Qt gives the wheel to the spin box, combo box or slider under the pointer, focused or not: scrolling down the
Settings page over "activities per month" changed it from 2 to 4, and saved it. One event filter on the
application guards every such widget, made in code or in Designer: without the keyboard focus, its wheel goes
to the scroll area around it. Their focus policy becomes StrongFocus, so that the wheel alone does not give
them the focus (WheelFocus, their default, would).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QSlider,
    QWidget,
)

# QAbstractSpinBox covers QSpinBox, QDoubleSpinBox, QDateEdit and QTimeEdit. Scroll bars stay unguarded.
GUARDED = (QAbstractSpinBox, QComboBox, QSlider)
NAME = "wheelGuard"


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if isinstance(watched, GUARDED) and not _has_focus(watched):
                assert isinstance(event, QWheelEvent)
                _scroll_around(watched, event)
                return True
        elif (
            kind == QEvent.Type.Polish
            and isinstance(watched, GUARDED)
            and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus
        ):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install_wheel_guard(app: QApplication) -> None:
    """Once per application (the tests make it again and again)."""
    if app.findChild(QObject, NAME) is None:
        guard = WheelGuard(app)
        guard.setObjectName(NAME)
        app.installEventFilter(guard)


def _has_focus(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    # An editable combo box's line edit holds the focus for it.
    return widget.hasFocus() or (focus is not None and widget.isAncestorOf(focus))


def _scroll_around(widget: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel to the nearest scroll area around `widget` that can still move that way (a table that
    is scrolled to its end passes it on to the page), as an unhandled wheel event would go."""
    delta = event.angleDelta()
    horizontal = abs(delta.x()) > abs(delta.y())
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            bar = parent.horizontalScrollBar() if horizontal else parent.verticalScrollBar()
            if bar.minimum() < bar.maximum():
                # Sent on rather than ignored: Qt passes an ignored wheel event on to the parent only when it
                # came from the window system, not when it was sent (as tests and tools send it).
                QApplication.sendEvent(parent.viewport(), event)
                return
        parent = parent.parentWidget()

"""Window sizes that fit the screen the window is on: a laptop of 1366×768 with a task bar leaves about 728
pixels, and the title bar takes its part of those."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The title bar and borders the window system adds. Before a window is shown their size is not known (and on
# some systems not even just after): this much is kept free for them in any case.
FRAME_ALLOWANCE = QSize(16, 40)


def room_for(widget: QWidget) -> QSize:
    """The largest size of `widget` (without its frame) that fits its screen's available area."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(16_777_215, 16_777_215)
    frame = widget.frameGeometry().size() - widget.geometry().size()
    frame = frame.expandedTo(FRAME_ALLOWANCE)
    available = screen.availableGeometry().size()
    return QSize(available.width() - frame.width(), available.height() - frame.height())


def fitting_size(widget: QWidget, wanted: QSize) -> QSize:
    """`wanted`, made smaller where the screen leaves less room (a default size, or one saved on a larger
    screen)."""
    return wanted.boundedTo(room_for(widget))

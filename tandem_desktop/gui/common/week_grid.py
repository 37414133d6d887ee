"""The weekly grid of times: when a buddy is free, or when a family cannot meet (Dutch course, work, ...).

Seven day columns by three parts of the day; each cell a checkable button. The grid is one tab stop: the arrow
keys move between the cells (Home/End to the ends of a row), Space toggles. The slots are the strings of
`core.weekgrid` ("wed-afternoon").
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Property, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolButton, QWidget

from tandem_desktop.core import weekgrid

MEANINGS = ("free", "unavailable")
CELL_WIDTH = 44
CELL_HEIGHT = 28

# What a checked cell looks like: its meaning is told by a mark as well as by the colour.
_CHECKED = {
    "free": {
        "mark": "✓",
        "background": "#d4eed9",
        "border": "#3f9a59",
        "text": "#1e5e31",
        "hover": "#c2e6c9",
    },
    "unavailable": {
        "mark": "✕",
        "background": "#f8d7d2",
        "border": "#c8503f",
        "text": "#8a2a1d",
        "hover": "#f3c5be",
    },
}

_STYLE = """
QToolButton#weekCell {{
    background: #ffffff;
    border: 1px solid #c4cfd1;
    border-radius: 4px;
    color: #1d2b2e;
    font-size: 12pt;
    font-weight: 700;
}}
QToolButton#weekCell:hover {{
    background: #eef3f4;
    border-color: #7f9a9e;
}}
QToolButton#weekCell:checked {{
    background: {background};
    border-color: {border};
    color: {text};
}}
QToolButton#weekCell:checked:hover {{
    background: {hover};
}}
QToolButton#weekCell:focus {{
    border: 2px solid #1a4f9c;
}}
QLabel#weekDay {{
    color: #4a5b5e;
}}
QLabel#weekPart {{
    color: #4a5b5e;
    padding-right: 6px;
}}
"""


def _check_meaning(meaning: str) -> None:
    if meaning not in MEANINGS:
        raise ValueError(f"meaning must be one of {MEANINGS}, not {meaning!r}")


class _Cell(QToolButton):
    """One slot. Arrow keys are the grid's business, not the button's (which would move along the tab chain)."""

    def __init__(self, grid: WeekGridEdit, row: int, column: int) -> None:
        super().__init__(grid)
        self.grid = grid
        self.row = row
        self.column = column
        self.slot = weekgrid.slot(weekgrid.DAYS[column], weekgrid.PARTS[row])
        self.setObjectName("weekCell")
        self.setCheckable(True)
        self.setFixedSize(CELL_WIDTH, CELL_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.grid.navigate(self, event):
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.grid.make_current(self)
        super().focusInEvent(event)


class WeekGridEdit(QWidget):
    """Seven days by morning, afternoon and evening. `meaning` says what a checked cell stands for:
    "free" (a buddy's availability) or "unavailable" (the times a family cannot meet)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, meaning: str = "free") -> None:
        super().__init__(parent)
        _check_meaning(meaning)
        self._meaning = meaning
        self._default_name = ""
        self.setObjectName("weekGrid")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # The style sheet may draw a border around the grid (the form's [invalid="true"] marking).
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        layout = QGridLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setHorizontalSpacing(3)
        layout.setVerticalSpacing(3)

        self._day_labels: list[QLabel] = []
        for column in range(len(weekgrid.DAYS)):
            label = QLabel(self)
            label.setObjectName("weekDay")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label, 0, column + 1)
            self._day_labels.append(label)
        self._part_labels: list[QLabel] = []
        self._cells: list[list[_Cell]] = []
        for row in range(len(weekgrid.PARTS)):
            label = QLabel(self)
            label.setObjectName("weekPart")
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(label, row + 1, 0)
            self._part_labels.append(label)
            cells = []
            for column in range(len(weekgrid.DAYS)):
                cell = _Cell(self, row, column)
                cell.clicked.connect(self.changed)
                cell.toggled.connect(lambda _checked, cell=cell: self._describe(cell))
                layout.addWidget(cell, row + 1, column + 1)
                cells.append(cell)
            self._cells.append(cells)

        # The grid itself takes the focus (Tab, a form label's buddy) only to hand it to its current cell.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._current = self._cells[0][0]
        self.make_current(self._current)
        self.set_meaning(meaning)

    # What a checked cell means -----------------------------------------------------------------------

    def get_meaning(self) -> str:
        return self._meaning

    def set_meaning(self, meaning: str) -> None:
        """Either of MEANINGS. For forms made in Designer, whose constructor call passes only the parent;
        also settable there as the Qt property "meaning"."""
        _check_meaning(meaning)
        self._meaning = meaning
        self.setStyleSheet(_STYLE.format(**_CHECKED[meaning]))
        self.retranslate()

    meaning = Property(str, get_meaning, set_meaning)

    # The value -------------------------------------------------------------------------------------

    def slots(self) -> list[str]:
        """The checked slots, in week order."""
        return weekgrid.normalised(cell.slot for cell in self.cells() if cell.isChecked())

    def set_slots(self, slots: Iterable[str]) -> None:
        """Check exactly `slots` (unknown ones are left out: core's validation names them). No `changed`."""
        wanted = set(slots)
        for cell in self.cells():
            cell.setChecked(cell.slot in wanted)

    # Cells and keyboard ------------------------------------------------------------------------------

    def cells(self) -> list[_Cell]:
        return [cell for row in self._cells for cell in row]

    def cell(self, slot: str) -> QToolButton:
        """The button of `slot` ("wed-afternoon")."""
        for cell in self.cells():
            if cell.slot == slot:
                return cell
        raise KeyError(slot)

    def current_slot(self) -> str:
        """The cell the keyboard is on (the grid's one tab stop)."""
        return self._current.slot

    def make_current(self, cell: _Cell) -> None:
        """Make `cell` the grid's tab stop: Tab into the grid lands on it."""
        if cell is not self._current:
            self._current.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self._current = cell
        cell.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(cell)

    def navigate(self, cell: _Cell, event: QKeyEvent) -> bool:
        """Move the focus for an arrow key (or Home/End); True when the key was a move key."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        rows, columns = len(self._cells), len(self._cells[0])
        left, right = (1, -1) if self.isRightToLeft() else (-1, 1)
        row, column = cell.row, cell.column
        if key == Qt.Key.Key_Left:
            column += left
        elif key == Qt.Key.Key_Right:
            column += right
        elif key == Qt.Key.Key_Up:
            row -= 1
        elif key == Qt.Key.Key_Down:
            row += 1
        elif key == Qt.Key.Key_Home:
            column = 0
        elif key == Qt.Key.Key_End:
            column = columns - 1
        else:
            return False
        if 0 <= row < rows and 0 <= column < columns:  # at an edge the focus stays put
            target = self._cells[row][column]
            self.make_current(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        event.accept()
        return True

    # Language --------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        short_days = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        # The full names are core's, which the matching's reasons use too ("weekgrid" context).
        self._day_names = tuple(QCoreApplication.translate("weekgrid", name) for name in weekgrid.DAY_NAMES)
        self._part_names = tuple(QCoreApplication.translate("weekgrid", name) for name in weekgrid.PART_NAMES)
        for label, short, long in zip(self._day_labels, short_days, self._day_names, strict=True):
            label.setText(short)
            label.setToolTip(long)
        for label, part in zip(self._part_labels, self._part_names, strict=True):
            label.setText(part)
        if self._meaning == "free":
            default_name = self.tr("Free times")
            description = self.tr("Checked: free at this time.")
        else:
            default_name = self.tr("Times when meeting is not possible")
            description = self.tr("Checked: cannot meet at this time.")
        if self.accessibleName() in ("", self._default_name):  # a name the form gave is kept
            self.setAccessibleName(default_name)
        self._default_name = default_name
        for cell in self.cells():
            cell.setAccessibleName(self._cell_name(cell))
            cell.setAccessibleDescription(description)
            self._describe(cell)

    def _cell_name(self, cell: _Cell) -> str:
        return f"{self._day_names[cell.column]} {self._part_names[cell.row]}"

    def _describe(self, cell: _Cell) -> None:
        """The tooltip and mark say what the cell's state means."""
        checked = cell.isChecked()
        if self._meaning == "free":
            state = self.tr("%1: free") if checked else self.tr("%1: not free")
        else:
            state = self.tr("%1: cannot meet") if checked else self.tr("%1: can meet")
        cell.setToolTip(state.replace("%1", self._cell_name(cell)))
        cell.setText(_CHECKED[self._meaning]["mark"] if checked else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The pieces the activity dialog is built from: the box of family members to tick, the count of children that
follows the children ticked, the duration in hours and minutes, the place (an organisation from the directory
or any place typed), the scroll area that asks for its whole form, a text box a given number of lines high, a
label at the top of its row, and the dialog's size fitted to the screen. They hold no words: the dialog gives
them theirs."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.core.activities import MAX_CHILDREN, Member
from tandem_desktop.core.organisations import Choice

DEFAULT_MINUTES = 120


def label_on_top(form: QFormLayout, field: QWidget) -> None:
    """The label of a field of several lines at its first line, not at its middle."""
    label = form.labelForField(field)
    if isinstance(label, QLabel):
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 4, 0, 0)


def text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    """A plain text box `lines` lines high, which Tab leaves."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    margins = box.contentsMargins()
    height = box.fontMetrics().lineSpacing() * lines + 2 * box.document().documentMargin()
    box.setFixedHeight(int(height) + margins.top() + margins.bottom() + 4)
    return box


def fit_to_screen(dialog: QDialog, layouts: Sequence[QLayout | None], area: QScrollArea) -> None:
    """`dialog` as big as its form asks (and never smaller than it is), but within the screen: beyond, its
    form scrolls in `area`. `layouts` are made again first, the form's before the dialog's."""
    dialog.ensurePolished()  # the style's sizes, not the defaults
    # Rows hidden or shown since the last layout: the content's size is made again, then the dialog's.
    for layout in layouts:
        if layout is not None:
            layout.invalidate()
            layout.activate()
        area.updateGeometry()
    hint = dialog.sizeHint()
    parent = dialog.parentWidget()
    screen = parent.screen() if parent is not None else dialog.screen()
    available = (screen or QGuiApplication.primaryScreen()).availableGeometry()
    width = max(dialog.width() if dialog.isVisible() else 0, min(hint.width(), available.width() - 40))
    height = max(dialog.height() if dialog.isVisible() else 0, min(hint.height(), available.height() - 60))
    dialog.resize(width, height)


class FittingScrollArea(QScrollArea):
    """Scrolls only when the screen is too small: it asks for its content's whole size, not Qt's capped one."""

    def sizeHint(self) -> QSize:
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        hint = widget.sizeHint()
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.frameWidth()
        return QSize(hint.width() + frame + scrollbar, hint.height() + frame)


class MembersBox(QWidget):
    """The family members as check boxes, one per line; a line of text when there is nobody to tick."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.lines.setSpacing(4)
        self.empty = QLabel(self)
        self.empty.setObjectName("membersEmpty")
        self.empty.setWordWrap(True)
        self.lines.addWidget(self.empty)
        self.boxes: dict[uuid.UUID, QCheckBox] = {}  # every member of the family

    def make_boxes(
        self, members: Sequence[Member], ticked: set[uuid.UUID], toggled: Callable[[], None]
    ) -> None:
        """A check box for every one of `members` (those in `ticked` ticked) instead of the boxes there were;
        `toggled` is called when one is ticked or unticked."""
        for box in self.boxes.values():
            self.lines.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.boxes = {}
        for member in members:
            box = QCheckBox(self)
            box.setChecked(member.id in ticked)
            box.toggled.connect(lambda _on: toggled())
            self.lines.addWidget(box)
            self.boxes[member.id] = box


class ChildrenCount(QSpinBox):
    """The children who came, counted: `follows` the children ticked (the dialog sets it with `set_count`) until
    it is changed by hand."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setRange(0, MAX_CHILDREN)
        self.follows = True  # the children counted follow the children ticked until changed by hand
        self._setting = False
        self.valueChanged.connect(lambda _v: self._changed())

    def set_count(self, value: int) -> None:
        """`value` as the count, not as a change by hand."""
        self._setting = True
        self.setValue(value)
        self._setting = False

    def _changed(self) -> None:
        if not self._setting:
            self.follows = False


def place_box(parent: QWidget, organisations: Sequence[Choice]) -> QComboBox:
    """The organisations of the directory to choose from, or any other place typed."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for organisation in organisations:
        box.addItem(organisation.name, str(organisation.id))
    box.setMinimumContentsLength(16)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return box


def show_place(box: QComboBox, place: str, organisation_id: uuid.UUID | None) -> tuple[str, uuid.UUID | None]:
    """The organisation in `box` (or, when it is not in the list, the place as typed); what is shown then, to give
    to `place_of`."""
    at = box.findData(str(organisation_id)) if organisation_id is not None else -1
    box.setCurrentIndex(at)
    box.setEditText(box.itemText(at) if at >= 0 else place)
    return box.currentText(), organisation_id


def place_of(box: QComboBox, loaded: tuple[str, uuid.UUID | None]) -> tuple[str, uuid.UUID | None]:
    """The place typed, and the organisation it names (chosen, or typed as it is in the list); `loaded` is what
    `show_place` showed."""
    text = box.currentText().strip()
    at = box.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
    if at >= 0:
        return box.itemText(at), uuid.UUID(box.itemData(at))
    loaded_text, loaded_id = loaded
    if text and text == loaded_text:  # an organisation since removed from the directory: kept as it was
        return text, loaded_id
    return text, None


def duration_edit(parent: QWidget) -> QTimeEdit:
    """A duration in hours and minutes (H:mm), typed from the hours."""
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("H:mm")
    edit.setCurrentSection(QTimeEdit.Section.HourSection)
    return edit


def show_minutes(edit: QTimeEdit, minutes: int | None) -> None:
    """`minutes` in `edit` (None: DEFAULT_MINUTES), kept within 0:00 and 23:59."""
    minutes = minutes if minutes is not None else DEFAULT_MINUTES
    minutes = min(max(minutes, 0), 23 * 60 + 59)
    edit.setTime(QTime(minutes // 60, minutes % 60))


def minutes_of(edit: QTimeEdit) -> int:
    time = edit.time()
    return time.hour() * 60 + time.minute()

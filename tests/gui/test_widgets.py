"""The input widgets of the forms: the week grid, the language pickers, the date fields; the mouse wheel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QPoint, QPointF, Qt, QTranslator
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tandem_desktop.core import weekgrid
from tandem_desktop.core.settings import read_settings
from tandem_desktop.gui.common.dates import DateField, UnreadableDate, date_edit, day_of
from tandem_desktop.gui.common.language_picker import NONE_TEXT, LanguageCombo, LanguageListEdit
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.common.optional_date import OptionalDateEdit
from tandem_desktop.gui.common.week_grid import WeekGridEdit
from tandem_desktop.gui.shell.language import Translators
from tandem_desktop.gui.shell.main_window import MainWindow

from .conftest import fake_translation, wait_until_idle, work_done

# The offscreen platform of the tests cannot raise a popup (the completer's list) or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)",
    "This plugin does not support grabbing the keyboard",
    extend=True,
)

InWindow = Callable[[QWidget], tuple[QLineEdit, QLineEdit]]

# ---------------------------------------------------------------------------------------------------
# Helpers: a window around the widget, and keys that go where a real keyboard would send them.


@pytest.fixture(name="in_window")
def in_window_fixture(qtbot: QtBot) -> Iterator[InWindow]:
    """Shows a widget between two line edits in an active window; returns (before, after)."""
    windows: list[QWidget] = []  # kept alive for the test

    def show(widget: QWidget) -> tuple[QLineEdit, QLineEdit]:
        window = QWidget()
        windows.append(window)
        layout = QVBoxLayout(window)
        before = QLineEdit(window)
        widget.setParent(window)  # the tab order is the order of creation: before, widget, after
        after = QLineEdit(window)
        layout.addWidget(before)
        layout.addWidget(widget)
        layout.addWidget(after)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        return before, after

    yield show


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press as the keyboard delivers it: to an open popup (a completer's list), else to the focus."""
    target = QApplication.activePopupWidget() or focused()
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    for char in text:
        target = QApplication.activePopupWidget() or focused()
        qtbot.keyClicks(target, char)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """Give `widget` the focus as a mouse click would. (Offscreen, a closed popup leaves no window active.)"""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitActive(window)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


DUTCH_WORDS = {
    ("WeekGridEdit", "Wed"): "wo",
    ("weekgrid", "Wednesday"): "woensdag",
    ("weekgrid", "afternoon"): "namiddag",
    ("WeekGridEdit", "%1: free"): "%1: vrij",
}


@pytest.fixture
def english(translators: Translators) -> Translators:
    translators.switch("en")
    return translators


@pytest.fixture
def fake_dutch(translators: Translators) -> Iterator[QTranslator]:
    with fake_translation(translators, DUTCH_WORDS) as fake:
        yield fake


# ---------------------------------------------------------------------------------------------------
# The week grid


def test_the_grid_has_a_cell_for_every_slot(qtbot: QtBot) -> None:
    grid = WeekGridEdit()
    qtbot.addWidget(grid)
    assert sorted(cell.slot for cell in grid.cells()) == sorted(weekgrid.ALL_SLOTS)
    assert grid.slots() == []
    for cell in grid.cells():
        assert cell.isCheckable()
        assert (cell.width(), cell.height()) == (44, 28)


def test_clicking_cells_toggles_slots_in_week_order(qtbot: QtBot, in_window: InWindow) -> None:
    grid = WeekGridEdit()
    in_window(grid)
    with qtbot.waitSignal(grid.changed, timeout=1000):
        qtbot.mouseClick(grid.cell("sun-evening"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(grid.changed, timeout=1000):
        qtbot.mouseClick(grid.cell("wed-afternoon"), Qt.MouseButton.LeftButton)
    assert grid.slots() == ["wed-afternoon", "sun-evening"]
    with qtbot.waitSignal(grid.changed, timeout=1000):
        qtbot.mouseClick(grid.cell("sun-evening"), Qt.MouseButton.LeftButton)
    assert grid.slots() == ["wed-afternoon"]


def test_the_grid_is_one_tab_stop_with_arrow_keys_and_space(qtbot: QtBot, in_window: InWindow) -> None:
    grid = WeekGridEdit()
    before, after = in_window(grid)
    focus(qtbot, before)

    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is grid.cell("mon-morning")
    press(qtbot, Qt.Key.Key_Up)  # at the edge: stays
    press(qtbot, Qt.Key.Key_Left)
    assert focused() is grid.cell("mon-morning")
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down):
        press(qtbot, key)
    assert focused() is grid.cell("wed-afternoon")
    with qtbot.waitSignal(grid.changed, timeout=1000):
        press(qtbot, Qt.Key.Key_Space)
    assert grid.slots() == ["wed-afternoon"]

    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    assert grid.slots() == ["wed-afternoon", "sun-evening"]
    press(qtbot, Qt.Key.Key_Space)
    assert grid.slots() == ["wed-afternoon"]

    press(qtbot, Qt.Key.Key_Tab)  # out of the grid in one step
    assert focused() is after
    press(qtbot, Qt.Key.Key_Backtab)  # and back onto the cell it was on
    assert focused() is grid.cell("sun-evening")
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is before

    focus(qtbot, grid)  # focusing the grid (a form label's buddy) lands on its current cell
    assert focused() is grid.cell("sun-evening")


def test_the_tab_order_a_designer_form_sets_is_kept(qtbot: QtBot) -> None:
    """ui_*.py calls QWidget.setTabOrder(before, grid) and (grid, after); the grid is created last here."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before, after = QLineEdit(window), QLineEdit(window)
    grid = WeekGridEdit(window)
    for widget in (before, grid, after):
        layout.addWidget(widget)
    QWidget.setTabOrder(before, grid)
    QWidget.setTabOrder(grid, after)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)

    focus(qtbot, before)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is grid.cell("mon-morning")
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is grid.cell("tue-afternoon")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is after
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is grid.cell("tue-afternoon")
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is before
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is grid.cell("tue-afternoon")


def test_set_slots_round_trips_without_changed(qtbot: QtBot) -> None:
    grid = WeekGridEdit(meaning="unavailable")
    qtbot.addWidget(grid)
    with qtbot.assertNotEmitted(grid.changed):
        grid.set_slots(["sun-evening", "mon-morning", "mon-morning", "tue-night"])
        assert grid.slots() == ["mon-morning", "sun-evening"]
        grid.set_slots(grid.slots())
        assert grid.slots() == ["mon-morning", "sun-evening"]
        grid.set_slots(weekgrid.ALL_SLOTS)
        assert grid.slots() == list(weekgrid.ALL_SLOTS)
        grid.set_slots([])
        assert grid.slots() == []


@pytest.mark.parametrize(
    ("meaning", "mark", "checked_tip", "unchecked_tip"),
    [
        ("free", "✓", "Wednesday afternoon: free", "Wednesday afternoon: not free"),
        ("unavailable", "✕", "Wednesday afternoon: cannot meet", "Wednesday afternoon: can meet"),
    ],
)
def test_a_cell_says_what_checked_means(
    qtbot: QtBot, english: Translators, meaning: str, mark: str, checked_tip: str, unchecked_tip: str
) -> None:
    grid = WeekGridEdit(meaning=meaning)
    qtbot.addWidget(grid)
    cell = grid.cell("wed-afternoon")
    assert cell.accessibleName() == "Wednesday afternoon"
    assert cell.accessibleDescription()
    assert (cell.text(), cell.toolTip()) == ("", unchecked_tip)
    grid.set_slots(["wed-afternoon"])
    assert (cell.text(), cell.toolTip()) == (mark, checked_tip)
    assert grid.accessibleName()


def test_an_unknown_meaning_is_refused(qtbot: QtBot) -> None:
    with pytest.raises(ValueError):
        WeekGridEdit(meaning="busy")
    grid = WeekGridEdit()
    qtbot.addWidget(grid)
    with pytest.raises(ValueError):
        grid.set_meaning("busy")
    assert grid.meaning == "free"


def test_the_meaning_can_be_set_after_construction(qtbot: QtBot, english: Translators) -> None:
    """As a Designer form does: it constructs the grid with its parent only."""
    grid = WeekGridEdit()
    qtbot.addWidget(grid)
    grid.set_slots(["wed-afternoon"])
    free_name = grid.accessibleName()
    grid.set_meaning("unavailable")
    assert grid.meaning == "unavailable"
    assert grid.cell("wed-afternoon").toolTip() == "Wednesday afternoon: cannot meet"
    assert grid.cell("wed-afternoon").text() == "✕"
    assert grid.accessibleName() not in ("", free_name)
    grid.setProperty("meaning", "free")  # the Qt property, as a .ui file would set it
    assert grid.cell("wed-afternoon").toolTip() == "Wednesday afternoon: free"
    assert grid.accessibleName() == free_name
    assert grid.slots() == ["wed-afternoon"]


def test_a_name_given_by_the_form_is_kept(qtbot: QtBot, english: Translators) -> None:
    grid = WeekGridEdit(meaning="unavailable")
    qtbot.addWidget(grid)
    grid.setAccessibleName("When the family cannot meet")
    grid.retranslate()
    grid.set_meaning("unavailable")
    assert grid.accessibleName() == "When the family cannot meet"


def test_the_grid_reads_in_belgian_dutch(qtbot: QtBot, translators: Translators) -> None:
    grid = WeekGridEdit(meaning="unavailable")
    qtbot.addWidget(grid)
    assert [label.text() for label in grid._day_labels] == ["ma", "di", "wo", "do", "vr", "za", "zo"]
    assert [label.text() for label in grid._part_labels] == ["voormiddag", "namiddag", "avond"]
    assert grid.cell("wed-afternoon").accessibleName() == "woensdag namiddag"


def test_the_grid_retranslates(qtbot: QtBot, fake_dutch: QTranslator) -> None:
    grid = WeekGridEdit()
    qtbot.addWidget(grid)
    grid.set_slots(["wed-afternoon"])
    cell = grid.cell("wed-afternoon")
    assert cell.accessibleName() == "woensdag namiddag"
    assert cell.toolTip() == "woensdag namiddag: vrij"
    assert "wo" in [label.text() for label in grid._day_labels]
    QCoreApplication.removeTranslator(fake_dutch)
    qtbot.waitUntil(lambda: cell.accessibleName() == "Wednesday afternoon")
    assert cell.toolTip() == "Wednesday afternoon: free"
    assert "Wed" in [label.text() for label in grid._day_labels]
    assert grid.slots() == ["wed-afternoon"]


# ---------------------------------------------------------------------------------------------------
# One language


def test_typing_part_of_a_name_and_choosing_it(
    qtbot: QtBot, in_window: InWindow, translators: Translators
) -> None:
    combo = LanguageCombo()
    in_window(combo)
    focus(qtbot, combo)
    type_text(qtbot, "arab")
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())] == ["Arabisch"]
    with qtbot.waitSignal(combo.changed, timeout=1000):
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Return)
    assert combo.code() == "ar"
    assert combo.currentText() == "Arabisch"


def test_typed_text_naming_one_language_is_taken_on_enter_or_leaving(
    qtbot: QtBot, in_window: InWindow, translators: Translators
) -> None:
    combo = LanguageCombo()
    in_window(combo)
    focus(qtbot, combo)
    with qtbot.waitSignal(combo.changed, timeout=1000):
        type_text(qtbot, "TIGRI")  # any case, part of the name: only Tigrinya contains it
        press(qtbot, Qt.Key.Key_Return)
    assert (combo.code(), combo.currentText()) == ("ti", "Tigrinya")

    combo.lineEdit().selectAll()
    with qtbot.waitSignal(combo.changed, timeout=1000):
        type_text(qtbot, "frans")  # the completer's list is open
        press(qtbot, Qt.Key.Key_Tab)
    assert (combo.code(), combo.currentText()) == ("fr", "Frans")
    assert focused() is not combo


def test_typed_text_naming_no_language_is_not_taken(
    qtbot: QtBot, in_window: InWindow, translators: Translators
) -> None:
    combo = LanguageCombo()
    combo.set_code("fr")
    before, _after = in_window(combo)
    with qtbot.assertNotEmitted(combo.changed):
        for text in ("xyz", "an"):  # nothing, and several languages
            focus(qtbot, combo)
            combo.lineEdit().selectAll()
            type_text(qtbot, text)
            press(qtbot, Qt.Key.Key_Return)
            assert (combo.code(), combo.currentText()) == ("fr", text)  # kept, to be corrected
            focus(qtbot, before)
            assert (combo.code(), combo.currentText()) == ("fr", "Frans")


def test_clearing_the_text_chooses_none(qtbot: QtBot, in_window: InWindow, translators: Translators) -> None:
    combo = LanguageCombo()
    combo.set_code("fr")
    in_window(combo)
    focus(qtbot, combo)
    combo.lineEdit().selectAll()
    with qtbot.waitSignal(combo.changed, timeout=1000):
        press(qtbot, Qt.Key.Key_Delete)
        press(qtbot, Qt.Key.Key_Tab)
    assert combo.code() is None
    assert combo.currentText() == ""
    assert combo.itemText(0) == NONE_TEXT
    assert combo.lineEdit().placeholderText()


def test_the_list_of_the_combo_can_be_used_too(
    qtbot: QtBot, in_window: InWindow, translators: Translators
) -> None:
    combo = LanguageCombo()
    in_window(combo)
    focus(qtbot, combo)
    with qtbot.waitSignal(combo.changed, timeout=1000):
        press(qtbot, Qt.Key.Key_Down)  # from none to the first language: Dutch
    assert combo.code() == "nl"
    with qtbot.waitSignal(combo.changed, timeout=1000):
        press(qtbot, Qt.Key.Key_Up)
    assert combo.code() is None
    assert combo.currentText() == ""


def test_set_code_does_not_emit_and_keeps_an_unknown_code(qtbot: QtBot, translators: Translators) -> None:
    combo = LanguageCombo()
    qtbot.addWidget(combo)
    with qtbot.assertNotEmitted(combo.changed):
        combo.set_code("de")
        assert (combo.code(), combo.currentText()) == ("de", "Duits")
        combo.set_code("xx-unknown")
        assert (combo.code(), combo.currentText()) == ("xx-unknown", "xx-unknown")
        combo.set_code(None)
        assert (combo.code(), combo.currentText()) == (None, "")
        combo.set_code("xx-unknown")
    translators.switch("en")
    qtbot.waitUntil(lambda: combo.itemText(1) == "Dutch")
    assert (combo.code(), combo.currentText()) == ("xx-unknown", "xx-unknown")


def test_names_follow_the_interface_language(qtbot: QtBot, translators: Translators) -> None:
    combo = LanguageCombo()
    qtbot.addWidget(combo)
    combo.set_code("de")
    assert combo.currentText() == "Duits"
    names = [combo.itemText(index) for index in range(combo.count())]
    assert names[:2] == [NONE_TEXT, "Nederlands"]  # Dutch first, then by name
    assert names[2:] == sorted(names[2:], key=str.casefold)
    assert "Arabisch" in names
    with qtbot.assertNotEmitted(combo.changed):
        translators.switch("en")
        qtbot.waitUntil(lambda: combo.currentText() == "German")
    assert combo.code() == "de"
    names = [combo.itemText(index) for index in range(combo.count())]
    assert names[:2] == [NONE_TEXT, "Dutch"]
    assert names[2:] == sorted(names[2:], key=str.casefold)


# ---------------------------------------------------------------------------------------------------
# Several languages


def test_adding_with_the_button_and_with_enter(
    qtbot: QtBot, in_window: InWindow, translators: Translators
) -> None:
    edit = LanguageListEdit()
    in_window(edit)
    focus(qtbot, edit)  # lands in the combo
    assert focused() is edit.combo

    type_text(qtbot, "arab")
    with qtbot.waitSignal(edit.changed, timeout=1000):
        qtbot.mouseClick(edit.add_button, Qt.MouseButton.LeftButton)
    assert edit.codes() == ["ar"]
    assert edit.combo.code() is None  # ready for the next one

    focus(qtbot, edit.combo)
    type_text(qtbot, "tigr")
    with qtbot.waitSignal(edit.changed, timeout=1000):
        press(qtbot, Qt.Key.Key_Return)  # the completer's list is open, nothing picked: takes the text
    assert edit.codes() == ["ar", "ti"]

    type_text(qtbot, "frans")
    press(qtbot, Qt.Key.Key_Down)  # pick in the completer's list ...
    press(qtbot, Qt.Key.Key_Return)
    assert edit.codes() == ["ar", "ti"]
    with qtbot.waitSignal(edit.changed, timeout=1000):
        press(qtbot, Qt.Key.Key_Return)  # ... and Enter again adds it
    assert edit.codes() == ["ar", "ti", "fr"]
    assert [edit.chosen.item(row).text() for row in range(edit.chosen.count())] == [
        "Arabisch",
        "Tigrinya",
        "Frans",
    ]


def test_no_duplicates_and_text_naming_no_language_stays(
    qtbot: QtBot, in_window: InWindow, translators: Translators
) -> None:
    edit = LanguageListEdit()
    edit.set_codes(["ar", "fr"])
    in_window(edit)
    focus(qtbot, edit.combo)
    with qtbot.assertNotEmitted(edit.changed):
        type_text(qtbot, "arabisch")
        press(qtbot, Qt.Key.Key_Return)
        assert edit.codes() == ["ar", "fr"]
        assert edit.chosen.currentRow() == 0  # the one already there is pointed at
        type_text(qtbot, "xyz")
        press(qtbot, Qt.Key.Key_Return)
        assert edit.codes() == ["ar", "fr"]
        assert edit.combo.currentText() == "xyz"  # kept, to be corrected


def test_removing_with_delete_and_with_the_cross(
    qtbot: QtBot, in_window: InWindow, translators: Translators
) -> None:
    edit = LanguageListEdit()
    edit.set_codes(["nl", "ar", "ti", "fr"])
    in_window(edit)

    with qtbot.waitSignal(edit.changed, timeout=1000):
        qtbot.mouseClick(edit.remove_button("ti"), Qt.MouseButton.LeftButton)
    assert edit.codes() == ["nl", "ar", "fr"]
    assert "Arabisch" in edit.remove_button("ar").accessibleName()

    focus(qtbot, edit.chosen)
    edit.chosen.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(edit.changed, timeout=1000):
        press(qtbot, Qt.Key.Key_Delete)
    assert edit.codes() == ["nl", "fr"]
    with qtbot.waitSignal(edit.changed, timeout=1000):
        press(qtbot, Qt.Key.Key_Delete)  # the next one is selected: Delete again removes it
    assert edit.codes() == ["nl"]


def test_the_keyboard_reaches_every_part(qtbot: QtBot, in_window: InWindow, translators: Translators) -> None:
    edit = LanguageListEdit()
    edit.set_codes(["ar"])
    before, after = in_window(edit)
    focus(qtbot, before)
    order = []
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(focused())
    assert order == [edit.combo, edit.add_button, edit.chosen, after]
    for part in (edit.chosen, edit.combo, edit.add_button):
        assert part.accessibleName() or part.text()


def test_the_list_keeps_the_tab_order_a_designer_form_sets(qtbot: QtBot, translators: Translators) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    after = QLineEdit(window)  # made first, but last in the tab order
    edit = LanguageListEdit(window)
    before = QLineEdit(window)
    for widget in (before, edit, after):
        layout.addWidget(widget)
    QWidget.setTabOrder(before, edit)
    QWidget.setTabOrder(edit, after)
    edit.set_codes(["ar"])
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)

    focus(qtbot, before)
    forward = []
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Tab)
        forward.append(focused())
    assert forward == [edit.combo, edit.add_button, edit.chosen, after]
    backward = []
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Backtab)
        backward.append(focused())
    assert backward == [edit.chosen, edit.add_button, edit.combo, before]


def test_set_codes_keeps_order_drops_duplicates_and_does_not_emit(
    qtbot: QtBot, translators: Translators
) -> None:
    edit = LanguageListEdit()
    qtbot.addWidget(edit)
    with qtbot.assertNotEmitted(edit.changed):
        edit.set_codes(["ti", "ar", "ti", "zz"])
    assert edit.codes() == ["ti", "ar", "zz"]
    assert [edit.chosen.item(row).text() for row in range(edit.chosen.count())] == [
        "Tigrinya",
        "Arabisch",
        "zz",
    ]
    edit.set_codes([])
    assert edit.codes() == []
    assert edit.chosen.count() == 0


def test_the_list_retranslates_keeping_its_value(qtbot: QtBot, translators: Translators) -> None:
    edit = LanguageListEdit()
    qtbot.addWidget(edit)
    edit.set_codes(["de", "ar"])
    assert edit.chosen.item(0).text() == "Duits"
    assert "Duits" in edit.remove_button("de").toolTip()
    with qtbot.assertNotEmitted(edit.changed):
        translators.switch("en")
        qtbot.waitUntil(lambda: edit.chosen.item(0).text() == "German")
    assert edit.add_button.text() == "Add"
    assert edit.remove_button("de").toolTip() == "Remove German"
    assert edit.combo.accessibleName() == "Language to add"
    assert edit.codes() == ["de", "ar"]


# ---------------------------------------------------------------------------------------------------
# Date fields: typed the Dutch way, emptied, picked from a calendar that opens where it should


def calendar_button(field: DateField) -> QToolButton:
    buttons = [o for o in field.calendar_action.associatedObjects() if isinstance(o, QToolButton)]
    assert len(buttons) == 1
    return buttons[0]


def clear_button(field: DateField) -> QToolButton:
    """The line edit's own clear button (the other one is the calendar's)."""
    calendar = calendar_button(field)
    others = [button for button in field.findChildren(QToolButton) if button is not calendar]
    assert len(others) == 1
    return others[0]


def tab_into(qtbot: QtBot, before: QWidget, field: QWidget) -> None:
    """Tab from the field before: the date field gets the focus with its text selected, as typing over wants."""
    focus(qtbot, before)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is field


def test_an_empty_optional_date_is_typed_the_dutch_way_and_emptied(
    qtbot: QtBot, in_window: InWindow, translators: Translators
) -> None:
    field = OptionalDateEdit()
    before, after = in_window(field)
    assert field.text() == "" and field.date_value() is None  # empty: not "—", not 1/01/1900
    assert field.placeholderText()

    for typed in ("5/12/2026", "05/12/2026", "5-12-2026"):
        tab_into(qtbot, before, field)
        type_text(qtbot, typed)
        assert field.date_value() == dt.date(2026, 12, 5), typed
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is after
        assert field.text() == "5/12/2026", typed  # written the Dutch way once left
        assert not field.property("invalid")

    # Emptied with Delete on the selected text: no date, and the form is told.
    tab_into(qtbot, before, field)
    with qtbot.waitSignal(field.changed):
        press(qtbot, Qt.Key.Key_Delete)
    assert field.text() == "" and field.date_value() is None

    # The form fills it in without being told; the clear button empties it, and tells.
    with qtbot.assertNotEmitted(field.changed):
        field.set_date_value(dt.date(2027, 1, 7))
    assert field.text() == "7/01/2027"
    with qtbot.waitSignal(field.changed):
        clear_button(field).click()
    assert field.text() == "" and field.date_value() is None


def test_text_that_is_no_date_is_marked_and_never_read_as_no_date(
    qtbot: QtBot, in_window: InWindow, translators: Translators
) -> None:
    field = OptionalDateEdit()
    field.setToolTip("Date of arrival in Belgium")
    before, _after = in_window(field)
    tab_into(qtbot, before, field)
    with qtbot.assertNotEmitted(field.changed):
        type_text(qtbot, "5/12")
        press(qtbot, Qt.Key.Key_Tab)
    assert field.text() == "5/12"  # kept as typed
    assert field.property("invalid") is True
    assert "5/12" in field.toolTip()
    with pytest.raises(UnreadableDate) as refused:
        field.date_value()
    assert "5/12" in user_message(refused.value)

    # Put right, the red goes and the field's own tooltip comes back.
    focus(qtbot, field)
    press(qtbot, Qt.Key.Key_End)
    with qtbot.waitSignal(field.changed):
        type_text(qtbot, "/2026")
    assert not field.property("invalid")
    assert field.toolTip() == "Date of arrival in Belgium"
    assert field.date_value() == dt.date(2026, 12, 5)

    # A day that does not exist is no date either.
    tab_into(qtbot, before, field)
    type_text(qtbot, "31/11/2026")
    press(qtbot, Qt.Key.Key_Return)
    assert field.property("invalid") is True
    with pytest.raises(UnreadableDate):
        field.date_value()


def test_the_calendar_of_an_empty_date_opens_on_today_and_picks_by_keyboard(
    qtbot: QtBot, in_window: InWindow, translators: Translators
) -> None:
    today = dt.date(2026, 12, 5)  # the programme's today, not the clock's
    field = OptionalDateEdit(today=lambda: today)
    before, _after = in_window(field)
    tab_into(qtbot, before, field)
    press(qtbot, Qt.Key.Key_F4)
    popup = QApplication.activePopupWidget()
    calendar = field.calendar()
    assert popup is not None and calendar is not None and popup.isAncestorOf(calendar)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 12)
    assert calendar.selectedDate() == QDate(2026, 12, 5)

    # The arrow keys move in the calendar, Enter picks.
    keys = popup.focusWidget()
    assert keys is not None and calendar.isAncestorOf(keys)
    qtbot.keyClick(keys, Qt.Key.Key_Right)
    with qtbot.waitSignal(field.changed):
        qtbot.keyClick(keys, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert field.date_value() == dt.date(2026, 12, 6)
    assert field.text() == "6/12/2026"

    # Opened again (with the button), it shows the date of the field; Escape closes it, nothing changed.
    qtbot.mouseClick(calendar_button(field), Qt.MouseButton.LeftButton)
    popup = QApplication.activePopupWidget()
    assert popup is not None and calendar.selectedDate() == QDate(2026, 12, 6)
    with qtbot.assertNotEmitted(field.changed):
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert field.date_value() == dt.date(2026, 12, 6)


def test_a_required_date_takes_the_dutch_way_and_its_calendar_opens_on_the_date_shown(
    qtbot: QtBot, in_window: InWindow, translators: Translators
) -> None:
    box = QWidget()
    field = date_edit(box, dt.date(2020, 6, 15))
    before, _after = in_window(field)
    assert field.text() == "15/06/2020"
    for typed, day in (("5/12/2026", QDate(2026, 12, 5)), ("17-3-2025", QDate(2025, 3, 17))):
        tab_into(qtbot, before, field)
        with qtbot.waitSignal(field.dateChanged) as changed:
            type_text(qtbot, typed)
        assert changed.args == [day]
        assert field.date() == day, typed
    press(qtbot, Qt.Key.Key_F4)
    calendar = field.calendar()
    assert calendar is not None and QApplication.activePopupWidget() is not None
    assert (calendar.yearShown(), calendar.monthShown()) == (2025, 3)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)

    # The arrows step a day, as QDateEdit's did; emptied, the field says a date is needed.
    press(qtbot, Qt.Key.Key_Up)
    assert day_of(field) == dt.date(2025, 3, 18)
    field.selectAll()
    press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Return)
    assert field.property("invalid") is True
    with pytest.raises(UnreadableDate):
        day_of(field)


def test_dates_follow_the_interface_language_with_the_year_in_full(
    qtbot: QtBot, in_window: InWindow, translators: Translators
) -> None:
    box = QWidget()
    required = date_edit(box, dt.date(2026, 12, 5))
    optional = OptionalDateEdit(box)
    optional.set_date_value(dt.date(2026, 12, 5))
    column = QVBoxLayout(box)
    column.addWidget(required)
    column.addWidget(optional)
    in_window(box)
    assert (required.text(), optional.text()) == ("5/12/2026", "5/12/2026")
    translators.switch("en")  # English words, Belgian dates; not the locale's two-digit year (05/12/26)
    qtbot.waitUntil(lambda: required.text() == "05/12/2026")
    assert optional.text() == "05/12/2026"
    assert optional.placeholderText() == "day/month/year"


# ---------------------------------------------------------------------------------------------------
# The mouse wheel


def test_the_wheel_over_a_field_without_focus_scrolls_the_settings_page_and_changes_nothing(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    window.resize(900, 420)  # small enough for the page to scroll
    window.show_section(window.ui.navigation.count() - 1)
    page = window.settings_page
    assert window.current_page() is page
    box = page.numbers["meetings_per_month"]
    assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel alone does not focus it
    stored = read_settings(window.store).meetings_per_month
    page.scroll_area.ensureWidgetVisible(box)
    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.minimum() + (bar.maximum() - bar.minimum()) // 2)
    at = bar.value()
    contact = page.contact.findChild(QLineEdit)
    assert contact is not None
    focus(qtbot, contact)

    wheel(box, -120)  # a notch down, over the field
    assert box.value() == stored
    wait_until_idle(qtbot)  # a save the wheel had started would have ended by now
    assert read_settings(window.store).meetings_per_month == stored
    assert bar.value() > at  # the page scrolled instead
    for combo in page.findChildren(QComboBox):
        value = combo.currentIndex()
        wheel(combo, -120)
        assert combo.currentIndex() == value

    # Clicked into, the field takes the wheel.
    focus(qtbot, box)
    with work_done(qtbot), qtbot.waitSignal(box.valueChanged):
        wheel(box, 120)
    assert box.value() == stored + 1
    assert read_settings(window.store).meetings_per_month == stored + 1


def wheel(widget: QWidget, delta: int) -> None:
    """A notch of the wheel (120) up, or down when negative, with the pointer in the middle of `widget`."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre)),
        QPoint(),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)

"""The activity logs through the main window, in Dutch: a buddy meeting raises two signals, the signals register
has them and one is passed on; the overview's to-do list follows each step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from tandem_desktop.db.models.enums import MeetingItemKind, SignalTheme
from tandem_desktop.gui.gatherings.buddy_meeting_dialog import BuddyMeetingDialog
from tandem_desktop.gui.network.signal_dialogs import PassOnDialog
from tandem_desktop.gui.shell.main_window import MainWindow

from .conftest import activate, work_done

TODAY = dt.date.today()


def click_section(qtbot: QtBot, window: MainWindow, name: str) -> None:
    nav = window.ui.navigation
    item = nav.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())


def test_a_buddy_meeting_s_signals_reach_the_register_and_one_is_passed_on(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    assert "Nog geen buddymoment genoteerd" in window.overview.to_do_text.text()

    click_section(qtbot, window, "Buddymomenten")
    assert window.current_page() is window.buddy_meetings
    qtbot.mouseClick(window.buddy_meetings.new_button, Qt.MouseButton.LeftButton)
    dialog = window.buddy_meetings.last_dialog
    assert isinstance(dialog, BuddyMeetingDialog)
    for at, (text, theme) in enumerate(
        (
            ("Te weinig avondlessen Nederlands", SignalTheme.LANGUAGE),
            ("Wachtlijst kinderopvang", SignalTheme.CHILDCARE),
        )
    ):
        line = dialog.lines()[at]
        line.kind.setCurrentIndex(line.kind.findData(MeetingItemKind.SIGNAL))
        line.text.insert(text)
        line.theme.setCurrentIndex(line.theme.findData(theme))
    with work_done(qtbot):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    activate(qtbot, window)
    click_section(qtbot, window, "Overzicht")  # brought up to date when shown again
    overview = window.overview.to_do_text.text()
    assert "buddymoment" not in overview
    assert "Signalen nog niet doorgegeven aan de beleidsmedewerker: 2." in overview

    activate(qtbot, window)
    click_section(qtbot, window, "Signalen")
    page = window.signals
    assert page.count.text() == "2 signalen"
    sources = {page.proxy.index(row, 2).data() for row in range(page.proxy.rowCount())}
    assert sources == {"Buddymoment"}
    page.table.selectRow(0)
    qtbot.mouseClick(page.pass_on_button, Qt.MouseButton.LeftButton)
    passing = page.last_dialog
    assert isinstance(passing, PassOnDialog)
    assert passing.on.date() == QDate(TODAY.year, TODAY.month, TODAY.day)
    with work_done(qtbot):
        passing.buttons.button(passing.buttons.StandardButton.Ok).click()
    statuses = sorted(page.proxy.index(row, 5).data() for row in range(page.proxy.rowCount()))
    assert statuses[0].startswith("Doorgegeven op ") and statuses[1] == "Nieuw"
    window.show_section(0)
    assert "Signalen nog niet doorgegeven aan de beleidsmedewerker: 1." in window.overview.to_do_text.text()

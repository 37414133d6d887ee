"""The screens on a common laptop (1366×768, a task bar below): lists that show their rows and their names whole,
an attendance list that shows everybody, and a main window that fits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QScreen
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tandem_desktop.core.buddies import BuddyDraft, save_buddy_in
from tandem_desktop.core.demo import load_demo
from tandem_desktop.core.status import change_status
from tandem_desktop.db.changes import Changes
from tandem_desktop.db.models import Organisation
from tandem_desktop.db.models.enums import BuddyStatus, OrganisationCategory
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.labels import flag_text
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.common.screen_fit import FRAME_ALLOWANCE
from tandem_desktop.gui.common.section_page import ALL_KINDS
from tandem_desktop.gui.duos.duo_columns import FLAGS_COLUMN, FLAGS_ROLE, FlagChipsDelegate
from tandem_desktop.gui.gatherings.buddy_meeting_dialog import BuddyMeetingDialog
from tandem_desktop.gui.matching.matching_page import MatchingPage
from tandem_desktop.gui.network.organisations_page import OrganisationsPage
from tandem_desktop.gui.shell.language import Translators
from tandem_desktop.gui.shell.main_window import MainWindow

TODAY = dt.date(2026, 11, 26)
LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 without a 40-pixel task bar
# Languages enough to be longer than any name: the column that would squeeze the names before.
MANY = ["nl", "fr", "en", "ar", "ti", "uk", "ru", "fa", "so", "tr"]


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """Every screen is a 1366×768 laptop's (the offscreen platform's own is 800×800)."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(LAPTOP))
    return LAPTOP


def fully_shown_rows(table: QTableView) -> int:
    viewport = table.viewport().rect()
    return sum(
        1
        for row in range(table.model().rowCount())
        if viewport.contains(table.visualRect(table.model().index(row, 0)))
    )


def names_whole(table: QTableView, *columns: int) -> bool:
    return all(table.columnWidth(column) >= table.sizeHintForColumn(column) for column in columns)


def test_the_duos_list_shows_its_rows_and_every_chip_whole(
    qtbot: QtBot, open_window: Callable[[], MainWindow], laptop: QRect
) -> None:
    window = open_window()
    load_demo(window.store, TODAY)
    # Loaded straight into the store, not by the app's work: the pages hear of it as of a restore.
    runner().changed.emit(Changes(whole=ALL_KINDS))
    window.resize(1366, 698)  # maximised on the laptop: 728 less a 30-pixel title bar
    window.show_section(window.ui.pages.indexOf(window.duos))
    table = window.duos.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 6)
    assert fully_shown_rows(table) >= 6  # four, when the timeline took half the page
    assert names_whole(table, 0, 1)

    # Every chip whole: side by side while they fit, on a next line (a taller row) when not.
    delegate = table.itemDelegateForColumn(FLAGS_COLUMN)
    assert isinstance(delegate, FlagChipsDelegate)
    metrics = QFontMetrics(table.font())
    room = table.columnWidth(FLAGS_COLUMN) - 1  # the grid line
    chip_height = metrics.height() + 4
    for row in range(table.model().rowCount()):
        flags = table.model().index(row, FLAGS_COLUMN).data(FLAGS_ROLE)
        widths = [metrics.horizontalAdvance(flag_text(flag)) + 2 * delegate.PADDING for flag in flags]
        assert all(delegate.GAP + width + delegate.GAP <= room for width in widths)
        lines, x = 1, delegate.GAP
        for width in widths:
            if x > delegate.GAP and x + width + delegate.GAP > room:
                lines, x = lines + 1, delegate.GAP
            x += width + delegate.GAP
        assert table.rowHeight(row) >= lines * (chip_height + delegate.GAP) - delegate.GAP


def test_organisation_names_are_whole_and_the_languages_take_the_room_left(
    qtbot: QtBot, translators: Translators, store: Store
) -> None:
    with store.transaction() as session:
        for name in ("Agentschap Integratie en Inburgering Oost-Vlaanderen", "JONG vzw"):
            session.add(
                Organisation(
                    name=name,
                    category=OrganisationCategory.SOCIAL_SERVICES,
                    municipality="Gent",
                    contact_person="Evelien Bracke",
                    languages=MANY,
                )
            )
    page = OrganisationsPage(store)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    with qtbot.waitExposed(page):
        page.show()
    table = page.organisation_table
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    assert names_whole(table, 0, 1, 2, 3)
    header = table.horizontalHeader()
    languages = 5
    assert (
        header.sectionSizeHint(languages) <= table.columnWidth(languages) < table.sizeHintForColumn(languages)
    )
    assert header.length() <= table.viewport().width()  # nothing to scroll sideways for
    # Where the column cuts the list short, the tooltip has it whole.
    cell = table.model().index(0, languages)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data()


def test_the_buddies_with_room_show_their_names_whole(
    qtbot: QtBot, translators: Translators, store: Store
) -> None:
    with store.transaction() as session:
        for name in ("Fatima Zahra Bennani-El Amrani", "Jan Van Hecke"):
            buddy = save_buddy_in(session, BuddyDraft(name=name, languages=MANY, capacity=2), TODAY)
            change_status(session, buddy, BuddyStatus.AVAILABLE)
    page = MatchingPage(store)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    with qtbot.waitExposed(page):
        page.show()
    page.for_buddies.setChecked(True)
    table = page.candidates
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    assert names_whole(table, 0, 1, 3)
    assert table.horizontalHeader().length() <= table.viewport().width()


def add_buddies(store: Store, count: int) -> None:
    first = ("An", "Els", "Farid", "Fatima Zahra", "Griet", "Jan", "Jeroen", "Kateryna", "Liesbeth", "Marie")
    last = (
        "Vermeulen",
        "Van Damme",
        "Noori",
        "Bennani",
        "Maes",
        "Van Hecke",
        "De Wilde",
        "Bilyk",
        "Goossens",
    )
    with store.transaction() as session:
        for i in range(count):
            buddy = save_buddy_in(
                session, BuddyDraft(name=f"{first[i % len(first)]} {last[i % len(last)]} {i}"), TODAY
            )
            change_status(session, buddy, BuddyStatus.SCREENED)


def test_the_meeting_shows_every_buddy_who_can_come(
    qtbot: QtBot, translators: Translators, store: Store, laptop: QRect
) -> None:
    add_buddies(store, 21)
    dialog = BuddyMeetingDialog(store, None, TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    names = dialog.buddies
    assert names.count() == 21

    def every_name_shows() -> bool:
        viewport = names.viewport().rect()
        return all(viewport.contains(names.visualItemRect(names.item(i))) for i in range(names.count()))

    for width in (dialog.width(), dialog.minimumWidth()):  # narrower, the names take more rows
        dialog.resize(width, dialog.height())
        qtbot.waitUntil(lambda width=width: dialog.width() == width)
        qtbot.waitUntil(every_name_shows)  # the list lays its items out after the resize
        assert names.verticalScrollBar().maximum() == 0
    assert dialog.height() + FRAME_ALLOWANCE.height() <= laptop.height()


def test_a_large_programme_scrolls_within_a_dialog_that_fits_the_screen(
    qtbot: QtBot, translators: Translators, store: Store, laptop: QRect
) -> None:
    add_buddies(store, 80)
    dialog = BuddyMeetingDialog(store, None, TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    names = dialog.buddies
    rows = (names.height() - 2 * names.frameWidth()) // names.gridSize().height()
    assert rows >= 10 and names.verticalScrollBar().maximum() > 0
    assert dialog.height() + FRAME_ALLOWANCE.height() <= laptop.height()
    assert dialog.lines_area.height() >= dialog.lines_area.minimumHeight()


def test_the_main_window_fits_the_laptop_screen(open_window: Callable[[], MainWindow], laptop: QRect) -> None:
    window = open_window()
    # With a title bar and the window's borders, within what the task bar leaves.
    assert window.height() + FRAME_ALLOWANCE.height() <= laptop.height()
    assert window.width() + FRAME_ALLOWANCE.width() <= laptop.width()

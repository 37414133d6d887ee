"""The main window as the coordinator meets it: Dutch by default, English on request, its place remembered."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tandem_desktop.db.changes import Changes
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.common.section_page import SectionPage
from tandem_desktop.gui.shell.main_window import MainWindow

from .conftest import work_done

DUTCH_SECTIONS = [
    "Overzicht", "Gezinnen", "Buddy's", "Matchen", "Duo's", "Activiteiten", "Groepsactiviteiten", "Buddymomenten",
    "Organisaties", "Signalen", "Rapporten", "Privacy", "Team", "Instellingen",
]  # fmt: skip


def navigation_texts(window: MainWindow) -> list[str]:
    nav = window.ui.navigation
    return [nav.item(i).text() for i in range(nav.count())]


def heading(window: MainWindow) -> str:
    page = window.current_page()
    assert isinstance(page, SectionPage)
    return page.heading.text()


def test_the_window_opens_in_dutch_with_every_section(open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    assert navigation_texts(window) == DUTCH_SECTIONS
    assert heading(window) == "Overzicht"
    assert window.ui.menuFile.title() == "&Bestand"


def test_clicking_a_section_shows_its_page(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    nav = window.ui.navigation
    rect = nav.visualItemRect(nav.item(DUTCH_SECTIONS.index("Signalen")))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert heading(window) == "Signalen"
    assert "beleidsmedewerker" in window.current_page().intro.text()  # type: ignore[attr-defined]


def test_english_can_be_chosen_and_is_remembered(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    window.show_section(DUTCH_SECTIONS.index("Instellingen"))
    combo = window.settings_page.language
    combo.setCurrentIndex(combo.findData("en"))
    # Qt delivers the language change as an event to every widget.
    qtbot.waitUntil(lambda: navigation_texts(window)[0] == "Overview")
    assert heading(window) == "Settings"
    assert window.overview.heading.text() == "Overview"
    window.close()

    again = open_window()
    assert navigation_texts(again)[-1] == "Settings"
    assert again.settings_page.language.currentData() == "en"


def test_the_window_size_is_remembered(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    # The offscreen test screen is 800x800 and restoring clamps to the screen, so the height tells.
    window = open_window()
    assert window.height() != 640
    window.resize(window.width(), 640)
    qtbot.waitUntil(lambda: window.height() == 640)
    window.close()
    again = open_window()
    assert again.height() == 640


def test_back_up_now_makes_a_backup_and_says_so(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    window.show_section(DUTCH_SECTIONS.index("Instellingen"))
    assert window.settings_page.latest_backup.text() == "Nog geen back-up."
    with work_done(qtbot):
        window.settings_page.backup_now.click()
    assert list((window.store.backup_dir).glob("tandem-*-manual.sqlite3"))
    assert window.settings_page.latest_backup.text().startswith("Laatste back-up:")
    assert window.statusBar().currentMessage().startswith("Back-up gemaakt:")


def test_on_first_use_the_demo_programme_can_be_loaded(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    overview = window.overview
    assert overview.welcome.isVisible()
    assert overview.families_box.findChildren(QLabel, "count")[0].text() == "0"
    with work_done(qtbot, timeout=60_000):
        qtbot.mouseClick(overview.demo_button, Qt.MouseButton.LeftButton)
        assert not overview.demo_button.isEnabled()  # no second click while it loads
    assert not overview.welcome.isVisible()
    counts = [int(label.text()) for label in overview.families_box.findChildren(QLabel, "count")]
    assert 25 <= sum(counts) <= 40
    assert window.statusBar().currentMessage() == "Het voorbeeldprogramma is geladen."


def test_a_change_reloads_the_page_shown_and_the_others_only_when_they_are_shown(
    open_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    reloads: list[str] = []
    for name in ("overview", "signals", "activities"):
        page = getattr(window, name)
        monkeypatch.setattr(page, "refresh", lambda name=name: reloads.append(name))
    changes = Changes(whole=frozenset({"signal", "activity", "family"}))
    runner().changed.emit(changes)
    assert reloads == ["overview"]  # the page shown; the signals and activities wait
    runner().changed.emit(changes)
    window.show_section(DUTCH_SECTIONS.index("Signalen"))
    assert reloads == ["overview", "overview", "signals"]  # once, however many changes came meanwhile

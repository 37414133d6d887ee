"""The lists and pickers in the user's language: names sorted as Dutch sorts them, found however they are typed
(apostrophes, accents, hyphens, spaces), and each language named once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tandem_desktop.core import families
from tandem_desktop.core.buddies import BuddyDraft, save_buddy_in
from tandem_desktop.core.families import FamilyDraft, save_family_in
from tandem_desktop.core.status import change_status
from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.language_picker import LanguageCombo
from tandem_desktop.gui.intake.buddies_page import BuddiesPage
from tandem_desktop.gui.intake.families_page import FamiliesPage
from tandem_desktop.gui.matching.matching_page import MatchingPage
from tandem_desktop.gui.network.organisation_dialogs import ReferralDialog
from tandem_desktop.gui.shell.language import Translators

from .conftest import wait_until_idle

TODAY = dt.date(2026, 11, 26)
# Fictional households, as a Dutch list orders them: the Ä and Ç with their letters, 9 before 10.
DUTCH_ORDER = [
    "Gezin Ähmadi",
    "Gezin Bakr",
    "Gezin Çelik",
    "Gezin D'Hondt",
    "Gezin Diallo",
    "Gezin Haile 9",
    "Gezin Haile 10",
    "Gezin Yılmaz",
]


@pytest.fixture
def families_page(qtbot: QtBot, translators: Translators, store: Store) -> Iterator[FamiliesPage]:
    for name in reversed(DUTCH_ORDER):
        families.save_family(store, FamilyDraft(name=name), TODAY)
    undo = QUndoStack()
    page = FamiliesPage(store, undo)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    with qtbot.waitExposed(page):
        page.show()
    wait_until_idle(qtbot)  # the list is read as an operation
    yield page


def shown(page: FamiliesPage | BuddiesPage, column: int = 0) -> list[str]:
    return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]


def test_names_are_sorted_as_the_interface_language_sorts_them(
    qtbot: QtBot, families_page: FamiliesPage
) -> None:
    assert shown(families_page) == DUTCH_ORDER
    families_page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown(families_page) == DUTCH_ORDER[::-1]
    # Sorted by status (all registered), then the names keep the language's order among equals: stable.
    families_page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown(families_page) == DUTCH_ORDER[::-1]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("D’Hondt", ["Gezin D'Hondt"]),  # the typographic apostrophe, as a phone or a word processor types it
        ("dhondt", ["Gezin D'Hondt"]),
        ("d-hondt", ["Gezin D'Hondt"]),
        ("celik", ["Gezin Çelik"]),
        ("yilmaz", ["Gezin Yılmaz"]),
        ("ahmadi", ["Gezin Ähmadi"]),
        ("haile 10", ["Gezin Haile 10"]),
    ],
)
def test_a_name_is_found_however_it_is_typed(
    qtbot: QtBot, families_page: FamiliesPage, typed: str, found: list[str]
) -> None:
    families_page.focus_search()
    families_page.search.insert(typed)  # as typed, letter by letter (QTest types ASCII only)
    assert shown(families_page) == found


def test_each_language_shows_once_with_the_mother_tongue_first(
    qtbot: QtBot, translators: Translators, store: Store
) -> None:
    # Stored before the forms prevented it, or imported: a language twice, and a tag with a region.
    with store.transaction() as session:
        family = save_family_in(session, FamilyDraft(name="Gezin Haddad", mother_tongue="ar"), TODAY)
        family.contact_languages = ["ar", "fr"]  # behind the form's back: saving keeps each language once
        change_status(session, family, FamilyStatus.WAITING)
        buddy = save_buddy_in(session, BuddyDraft(name="Lotte Janssens"), TODAY)
        buddy.languages = ["nl", "ar", "ar-SY", "nl"]
        change_status(session, buddy, BuddyStatus.AVAILABLE)
    undo = QUndoStack()
    buddies = BuddiesPage(store, undo)
    qtbot.addWidget(buddies)
    buddies.show()
    wait_until_idle(qtbot)
    assert shown(buddies, 2) == ["Nederlands, Arabisch"]

    matching = MatchingPage(store)
    qtbot.addWidget(matching)
    matching.show()
    assert matching.candidates.model().index(0, 2).data() == "Arabisch, Frans"


def test_a_picker_lists_in_dutch_order_and_finds_what_is_typed(
    qtbot: QtBot, translators: Translators, store: Store
) -> None:
    for name in ("Gezin Yılmaz", "Gezin Çelik", "Gezin D'Hondt", "Gezin Bakr"):
        families.save_family(store, FamilyDraft(name=name), TODAY)
    dialog = ReferralDialog(store, today=TODAY)
    qtbot.addWidget(dialog)
    picker = dialog.family
    names = [picker.itemText(i) for i in range(picker.count())]
    assert names == ["Gezin Bakr", "Gezin Çelik", "Gezin D'Hondt", "Gezin Yılmaz"]

    completer = picker.completer()
    for typed, offered in (
        ("celik", "Gezin Çelik"),
        ("D’hondt", "Gezin D'Hondt"),
        ("yilmaz", "Gezin Yılmaz"),
    ):
        completer.setCompletionPrefix(typed)
        model = completer.completionModel()
        assert [model.index(row, 0).data() for row in range(model.rowCount())] == [offered]
        assert completer.pathFromIndex(model.index(0, 0)) == offered  # picking it writes the name itself
        picker.setEditText(typed)
        assert picker.itemText(picker.findData(str(picker.chosen_id()))) == offered


def test_a_language_is_found_without_its_accent(qtbot: QtBot, translators: Translators) -> None:
    combo = LanguageCombo()
    qtbot.addWidget(combo)
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert names[0] == "Nederlands"  # every buddy speaks it: first
    combo.setEditText("oekraiens")  # Oekraïens, typed without the diaeresis
    assert combo.take_typed()
    assert combo.code() == "uk"
    QApplication.processEvents()

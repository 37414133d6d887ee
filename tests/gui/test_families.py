"""The families list and form, driven as the coordinator uses them (keyboard and mouse), in Dutch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tandem_desktop.core import families
from tandem_desktop.db.errors import DiskError, DiskFull
from tandem_desktop.db.models.enums import FamilyStatus, MemberRole
from tandem_desktop.gui.common.row_models import ID_ROLE
from tandem_desktop.gui.intake.families_page import FamiliesPage
from tandem_desktop.gui.intake.family_form import BIRTH_YEAR, NAME, FamilyForm
from tandem_desktop.gui.shell.main_window import MainWindow

from .conftest import (
    activate,
    answer_next_message_box,
    closed,
    leave_for_later,
    new_form,
    wait_until_idle,
    work_done,
)


def families_page(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> tuple[MainWindow, FamiliesPage]:
    window = open_window()
    window.show_section(1)
    assert window.current_page() is window.families
    wait_until_idle(qtbot)  # the list is read as an operation
    return window, window.families


def type_member(qtbot: QtBot, form: FamilyForm, name: str, role: MemberRole, year: str) -> None:
    form.ui.addMemberButton.click()
    table = form.ui.membersTable
    row = table.rowCount() - 1
    table.item(row, NAME).setText(name)
    combo = table.cellWidget(row, 1)
    combo.setCurrentIndex(combo.findData(role))  # type: ignore[attr-defined]
    table.item(row, BIRTH_YEAR).setText(year)


def fill_haile(qtbot: QtBot, form: FamilyForm) -> None:
    qtbot.keyClicks(form.ui.nameEdit, "Gezin Haile")
    type_member(qtbot, form, "Zoë Haile", MemberRole.PARENT, "1990")
    type_member(qtbot, form, "ሳባ ተስፋይ", MemberRole.CHILD, "2018")
    type_member(qtbot, form, "ليلى حداد", MemberRole.CHILD, "2021")
    form.ui.motherTongueCombo.set_code("ti")
    form.ui.contactLanguagesEdit.set_codes(["ar", "en"])
    form.ui.unavailabilityGrid.set_slots(["mon-morning", "thu-morning"])
    qtbot.keyClicks(form.ui.phoneEdit, "0470 12 34 56")


def visible_names(page: FamiliesPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_create_find_and_edit_a_family(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window, page = families_page(qtbot, open_window)
    form = new_form(qtbot, page)
    fill_haile(qtbot, form)
    assert form.ui.childrenSummary.text().startswith("Leeftijden van de kinderen:")
    with work_done(qtbot), qtbot.waitSignal(form.saved):
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert closed(form)
    # A registered family is offered the next step; this time she leaves it for later.
    assert "wachtlijst" in leave_for_later(qtbot, page)
    assert visible_names(page) == ["Gezin Haile"]
    assert page.count.text() == "1 gezin"

    # Found by part of a name, without the accent, and by a name in another script.
    page.focus_search()
    qtbot.keyClicks(page.search, "zoe")
    assert visible_names(page) == ["Gezin Haile"]
    page.search.clear()
    for letter in "ተስፋ":  # QTest types ASCII only; an input method delivers these one by one
        page.search.insert(letter)
    assert visible_names(page) == ["Gezin Haile"]
    page.search.clear()
    qtbot.keyClicks(page.search, "kovalenko")
    assert visible_names(page) == []
    assert page.count.text() == "0 van 1 gezin"
    page.search.clear()

    # Edit: open with Enter, change the status, save; the list shows it.
    activate(qtbot, window)
    page.table.setFocus()
    page.select(families.family_rows(window.store)[0].id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.last_form
    assert form is not None
    assert [form.ui.membersTable.item(r, NAME).text() for r in range(3)] == [
        "Zoë Haile",
        "ሳባ ተስፋይ",
        "ليلى حداد",
    ]
    assert form.ui.phoneEdit.text() == "0470 12 34 56"
    assert form.ui.unavailabilityGrid.slots() == ["mon-morning", "thu-morning"]
    form.ui.statusCombo.setCurrentIndex(form.ui.statusCombo.findData(FamilyStatus.WAITING))
    with work_done(qtbot), qtbot.waitSignal(form.saved):
        form.save_button().click()
    assert page.proxy.index(0, 1).data() == "Wachtlijst"
    assert page.proxy.index(0, 2).data() != ""  # waiting since


def test_bad_input_gets_a_message_at_the_field_and_nothing_typed_is_lost(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    _window, page = families_page(qtbot, open_window)
    form = new_form(qtbot, page)
    qtbot.keyClicks(form.ui.phoneEdit, "0470 12")
    type_member(qtbot, form, "Amira", MemberRole.CHILD, str(dt.date.today().year + 2))
    type_member(qtbot, form, "Omar", MemberRole.CHILD, "twee")
    form.save_button().click()

    assert form.isVisible()
    assert form._errors.message("name") == "Dit veld is verplicht."
    assert "geen geldig telefoonnummer" in form._errors.message("phone")
    assert "ligt in de toekomst" in form.ui.membersError.text()
    assert "als getal" in form.ui.membersError.text()
    assert form.ui.errorSummary.isVisible()
    # What was typed is all still there.
    assert form.ui.phoneEdit.text() == "0470 12"
    assert form.ui.membersTable.item(1, BIRTH_YEAR).text() == "twee"
    assert families.family_rows(page.store) == []


def test_a_likely_duplicate_is_pointed_out_before_saving(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    _window, page = families_page(qtbot, open_window)
    form = new_form(qtbot, page)
    fill_haile(qtbot, form)
    with work_done(qtbot), qtbot.waitSignal(form.saved):
        form.save_button().click()
    leave_for_later(qtbot, page)

    second = new_form(qtbot, page)
    qtbot.keyClicks(second.ui.nameEdit, "Gezin Tesfay")
    qtbot.keyClicks(second.ui.phoneEdit, "+32 470 12 34 56")
    second.save_button().click()
    assert second.isVisible()
    assert "Gezin Haile" in second.ui.duplicateNotice.text()
    assert second.save_button().text() == "Toch opslaan"
    with work_done(qtbot), qtbot.waitSignal(second.saved):
        second.save_button().click()
    leave_for_later(qtbot, page)
    assert sorted(visible_names(page)) == ["Gezin Haile", "Gezin Tesfay"]


def test_closing_with_unsaved_changes_asks_first(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    _window, page = families_page(qtbot, open_window)
    form = new_form(qtbot, page)
    qtbot.keyClicks(form.ui.nameEdit, "Gezin Petrenko")
    seen: list[str] = []
    answer_next_message_box("Annuleren", seen)
    form.reject()
    assert form.isVisible() and "niet bewaard" in seen[0]
    assert form.ui.nameEdit.text() == "Gezin Petrenko"
    answer_next_message_box("Verwerpen", seen)
    form.reject()
    assert closed(form)
    assert families.family_rows(page.store) == []


def test_delete_and_undo(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window, page = families_page(qtbot, open_window)
    form = new_form(qtbot, page)
    fill_haile(qtbot, form)
    with work_done(qtbot), qtbot.waitSignal(form.saved):
        form.save_button().click()
    leave_for_later(qtbot, page)
    family_id = families.family_rows(page.store)[0].id
    page.select(family_id)
    activate(qtbot, window)
    page.table.setFocus()
    with work_done(qtbot):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert visible_names(page) == [] and families.family_rows(page.store) == []
    assert page.count.text() == "0 gezinnen"
    with work_done(qtbot):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert visible_names(page) == ["Gezin Haile"]
    assert page.proxy.index(0, 0).data(ID_ROLE) == str(family_id)


def test_filters_by_status_and_need(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window, page = families_page(qtbot, open_window)
    for name, status, needs in (
        ("Gezin A", FamilyStatus.WAITING, ["library"]),
        ("Gezin B", FamilyStatus.REGISTERED, ["childcare", "library"]),
        ("Gezin C", FamilyStatus.WAITING, ["sport"]),
    ):
        families.save_family(
            window.store, families.FamilyDraft(name=name, status=status, needs=needs), dt.date.today()
        )
    with work_done(qtbot):
        page.refresh()
    page.status_filter.setCurrentIndex(page.status_filter.findData(FamilyStatus.WAITING))
    assert sorted(visible_names(page)) == ["Gezin A", "Gezin C"]
    page.need_filter.setCurrentIndex(page.need_filter.findData("library"))
    assert visible_names(page) == ["Gezin A"]
    page.status_filter.setCurrentIndex(0)
    assert sorted(visible_names(page)) == ["Gezin A", "Gezin B"]
    assert QApplication.activeModalWidget() is None or not isinstance(
        QApplication.activeModalWidget(), QMessageBox
    )


def test_quitting_the_app_with_an_unsaved_form_asks_first(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window, page = families_page(qtbot, open_window)
    form = new_form(qtbot, page)
    qtbot.keyClicks(form.ui.nameEdit, "Gezin Moreau")
    seen: list[str] = []
    answer_next_message_box("Annuleren", seen)
    assert not window.close()
    assert window.isVisible() and form.isVisible() and form.ui.nameEdit.text() == "Gezin Moreau"
    assert "niet bewaard" in seen[0]


def test_a_double_click_on_a_family_opens_one_form(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window, page = families_page(qtbot, open_window)
    form = new_form(qtbot, page)
    fill_haile(qtbot, form)
    with work_done(qtbot), qtbot.waitSignal(form.saved):
        form.save_button().click()
    leave_for_later(qtbot, page)
    activate(qtbot, window)
    index = page.table.model().index(0, 0)
    # As the mouse does it: a click (press, release), then the second press that makes it a double click.
    where = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert len([f for f in window.findChildren(FamilyForm) if f.isVisible()]) == 1


def test_a_save_on_a_full_disk_says_so_at_the_form_and_keeps_what_was_typed(
    qtbot: QtBot, open_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store raises DiskFull on a real full disk (tests/unit/test_faults.py); here, what she sees."""
    _window, page = families_page(qtbot, open_window)
    form = new_form(qtbot, page)
    fill_haile(qtbot, form)

    def disk_full(*_args: object) -> None:
        raise DiskFull(str(page.store.data_dir))

    monkeypatch.setattr(families, "save_family", disk_full)
    seen: list[str] = []
    answer_next_message_box("OK", seen)
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert "is vol" in seen[0] and "Maak ruimte vrij" in seen[0]
    assert form.isVisible()
    assert form.ui.nameEdit.text() == "Gezin Haile"
    assert form.ui.membersTable.rowCount() == 3


def test_while_the_list_is_read_the_page_claims_neither_an_empty_programme_nor_a_count(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    for name in ("Gezin A", "Gezin B", "Gezin C"):
        families.save_family(window.store, families.FamilyDraft(name=name), dt.date.today())
    window.show_section(1)
    page = window.families
    # Read as an operation (10,000 families take half a second): the window goes on meanwhile.
    assert page.reading()
    assert not page.empty.isVisible() and page.count.text() == ""
    wait_until_idle(qtbot)
    assert not page.reading() and page.count.text() == "3 gezinnen"
    assert sorted(visible_names(page)) == ["Gezin A", "Gezin B", "Gezin C"]


def test_a_list_that_cannot_be_read_says_why_and_keeps_what_it_showed(
    qtbot: QtBot, open_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, page = families_page(qtbot, open_window)
    families.save_family(window.store, families.FamilyDraft(name="Gezin A"), dt.date.today())
    with work_done(qtbot):
        page.refresh()
    assert visible_names(page) == ["Gezin A"]

    def disk_error(*_args: object) -> None:
        raise DiskError(str(page.store.data_dir), "IOERR", 10)

    monkeypatch.setattr(families, "family_rows", disk_error)
    seen: list[str] = []
    answer_next_message_box("OK", seen)
    page.refresh()
    qtbot.waitUntil(lambda: bool(seen))
    assert "De schijf gaf een fout" in seen[0] and "USB-stick" in seen[0]
    wait_until_idle(qtbot)
    # The list no longer waits for rows that will not come, and shows what it showed.
    assert not page.reading() and visible_names(page) == ["Gezin A"] and page.count.text() == "1 gezin"

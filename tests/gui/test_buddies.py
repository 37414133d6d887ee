"""The buddies list and form, driven as the coordinator uses them (keyboard and mouse), in Dutch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tandem_desktop.core import buddies, families
from tandem_desktop.core.bidi import isolate
from tandem_desktop.core.buddies import BuddyDraft, Training
from tandem_desktop.db.models.enums import BuddyStatus, DutchLevel, FamilyStatus, MemberRole
from tandem_desktop.gui.common.row_models import ID_ROLE
from tandem_desktop.gui.intake.buddies_page import BuddiesPage
from tandem_desktop.gui.intake.buddy_form import TITLE, BuddyForm
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

BUDDIES_SECTION = 2
EXTRACT_COLUMN = 5


def buddies_page(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> tuple[MainWindow, BuddiesPage]:
    window = open_window()
    window.show_section(BUDDIES_SECTION)
    assert window.current_page() is window.buddies
    assert window.buddies.heading.text() == "Buddy's"
    wait_until_idle(qtbot)  # the list is read as an operation
    return window, window.buddies


def set_date(form: BuddyForm, day: dt.date) -> None:
    form.ui.extractDateEdit.setDate(QDate(day.year, day.month, day.day))


def fill_chloe(qtbot: QtBot, form: BuddyForm) -> None:
    for letter in "Chloë Vandamme":  # QTest types ASCII only; an input method delivers "ë" as one character
        form.ui.nameEdit.insert(letter)
    qtbot.keyClicks(form.ui.birthYearEdit, "1988")
    form.ui.languagesEdit.set_codes(["nl", "ar", "fr"])
    form.ui.exNewcomerCheck.setChecked(True)
    qtbot.mouseClick(form.ui.availabilityGrid.cell("wed-afternoon"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.ui.availabilityGrid.cell("sat-morning"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.ui.interestsEdit, "koken, fietsen")
    qtbot.keyClicks(form.ui.phoneEdit, "0470 98 76 54")
    qtbot.keyClicks(form.ui.emailEdit, "chloe@example.org")
    set_date(form, dt.date.today() - dt.timedelta(days=30))


def visible_names(page: BuddiesPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def save_with_shortcut(qtbot: QtBot, form: BuddyForm) -> None:
    """Ctrl+S; a candidate buddy is then offered "make available", which she leaves for later here."""
    candidate = form.draft().status in buddies.TO_AVAILABLE[:-1]
    page = form.parent()
    with work_done(qtbot), qtbot.waitSignal(form.saved):
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert closed(form)
    if candidate:
        assert isinstance(page, BuddiesPage)
        assert "screening" in leave_for_later(qtbot, page)


def test_create_find_and_edit_a_buddy(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window, page = buddies_page(qtbot, open_window)
    form = new_form(qtbot, page)
    assert form.windowTitle() == "Nieuwe buddy"
    fill_chloe(qtbot, form)
    assert form.extract_warning() == ""
    save_with_shortcut(qtbot, form)
    assert visible_names(page) == ["Chloë Vandamme"]
    assert page.count.text() == "1 buddy"
    assert page.proxy.index(0, 2).data() == "Nederlands, Arabisch, Frans"
    assert page.proxy.index(0, 3).data() == "Ja"
    assert page.proxy.index(0, 4).data() == "0 / 1"

    # Found by part of the name typed without the accent, by phone and by e-mail.
    page.focus_search()
    qtbot.keyClicks(page.search, "chloe vand")
    assert visible_names(page) == ["Chloë Vandamme"]
    for typed, found in (("0470 98", 1), ("chloe@exa", 1), ("petrenko", 0)):
        page.search.clear()
        qtbot.keyClicks(page.search, typed)
        assert page.proxy.rowCount() == found, typed
    assert page.count.text() == "0 van 1 buddy"
    page.search.clear()

    # Edit: open with Enter; what was saved is there; change the status and the capacity; save.
    activate(qtbot, window)
    page.table.setFocus()
    page.select(buddies.buddy_rows(window.store)[0].id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    edit = page.last_form
    assert edit is not None and edit.isVisible()
    assert edit.windowTitle() == f"Buddy: {isolate('Chloë Vandamme')}"
    assert edit.ui.birthYearEdit.text() == "1988"
    assert edit.ui.languagesEdit.codes() == ["nl", "ar", "fr"]
    assert edit.ui.availabilityGrid.slots() == ["wed-afternoon", "sat-morning"]
    assert edit.ui.interestsEdit.text() == "koken, fietsen"
    assert edit.ui.phoneEdit.text() == "0470 98 76 54"
    assert edit.ui.exNewcomerCheck.isChecked()
    assert edit.ui.statusHistory.count() == 1
    assert not edit.has_changes()
    activate(qtbot, edit)
    edit.ui.statusCombo.setCurrentIndex(edit.ui.statusCombo.findData(BuddyStatus.AVAILABLE))
    edit.ui.capacitySpin.setFocus()
    qtbot.keyClick(edit.ui.capacitySpin, Qt.Key.Key_Up)
    save_with_shortcut(qtbot, edit)
    assert page.proxy.index(0, 1).data() == "Beschikbaar"
    assert page.proxy.index(0, 4).data() == "0 / 2"
    stored = buddies.load_buddy(window.store, buddies.buddy_rows(window.store)[0].id)
    assert stored.status == BuddyStatus.AVAILABLE and stored.capacity == 2
    assert stored.dutch_level == DutchLevel.NATIVE and stored.interests == ["koken", "fietsen"]


def test_bad_input_gets_a_message_at_the_field_and_nothing_typed_is_lost(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    _window, page = buddies_page(qtbot, open_window)
    form = new_form(qtbot, page)
    future = str(dt.date.today().year + 1)
    qtbot.keyClicks(form.ui.birthYearEdit, future)
    qtbot.keyClicks(form.ui.phoneEdit, "0470 12")
    form.ui.addTrainingButton.click()
    form.training_date_edit(0).setDate(QDate.currentDate().addDays(3))
    form.save_button().click()

    assert form.isVisible()
    assert form._errors.message("name") == "Dit veld is verplicht."
    assert form._errors.message("birth_year") == f"Het geboortejaar {future} ligt in de toekomst."
    assert "geen geldig telefoonnummer" in form._errors.message("phone")
    assert "Vorming 1: Dit veld is verplicht." in form.ui.trainingsError.text()
    assert "ligt in de toekomst" in form.ui.trainingsError.text()
    assert form.training_date_edit(0).property("invalid") is True
    assert form.ui.tabs.currentIndex() == 0  # the first field in error is shown
    assert form.focusWidget() is form.ui.nameEdit
    assert form.ui.errorSummary.isVisible()
    # What was typed is all still there.
    assert form.ui.birthYearEdit.text() == future
    assert form.ui.phoneEdit.text() == "0470 12"
    assert form.ui.trainingsTable.rowCount() == 1
    assert buddies.buddy_rows(page.store) == []

    # Corrected, a year that is not a number is the next message; then it saves.
    qtbot.keyClicks(form.ui.nameEdit, "Pieter Claeys")
    form.ui.phoneEdit.clear()
    form.ui.birthYearEdit.clear()
    qtbot.keyClicks(form.ui.birthYearEdit, "79")
    form.ui.birthYearEdit.insert("a")
    form.ui.trainingsTable.item(0, TITLE).setText("Basisvorming buddy")
    form.training_date_edit(0).setDate(QDate.currentDate())
    form.save_button().click()
    assert not form._errors.has("name") and not form._errors.has("phone")
    assert "als getal" in form._errors.message("birth_year")
    assert form.ui.birthYearEdit.text() == "79a"
    assert not form.ui.trainingsError.isVisible()
    assert form.training_date_edit(0).property("invalid") is False
    form.ui.birthYearEdit.clear()
    with work_done(qtbot), qtbot.waitSignal(form.saved):
        form.save_button().click()
    leave_for_later(qtbot, page)
    assert visible_names(page) == ["Pieter Claeys"]
    saved = buddies.load_buddy(page.store, buddies.buddy_rows(page.store)[0].id)
    assert saved.trainings == [Training("Basisvorming buddy", dt.date.today())]


def test_the_extract_warning_follows_the_date(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    _window, page = buddies_page(qtbot, open_window)
    form = new_form(qtbot, page)
    form.ui.tabs.setCurrentIndex(2)
    assert form.ui.extractWarning.isVisible()
    assert form.extract_warning().startswith("⚠ Nog geen uittreksel")
    set_date(form, dt.date.today() - dt.timedelta(days=400))
    assert "meer dan een jaar oud" in form.extract_warning()
    set_date(form, dt.date.today() - dt.timedelta(days=10))
    assert form.extract_warning() == ""
    assert not form.ui.extractWarning.isVisible()
    form.ui.extractDateEdit.clear_date()
    assert form.extract_warning().startswith("⚠ Nog geen uittreksel")

    # In the list: the word, a tooltip that explains, and a filter for who needs asking.
    store, today = page.store, dt.date.today()
    for name, extract_on in (
        ("An Zonder", None),
        ("Bert Oud", today - dt.timedelta(days=400)),
        ("Cora Recent", today - dt.timedelta(days=20)),
    ):
        buddies.save_buddy(store, BuddyDraft(name=name, criminal_record_extract_on=extract_on), today)
    # Back to no date, as it was: nothing changed, so the form closes without asking.
    assert not form.has_changes()
    form.reject()
    assert closed(form)
    with work_done(qtbot):
        page.refresh()
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    texts = [page.proxy.index(r, EXTRACT_COLUMN).data() for r in range(3)]
    assert texts[:2] == ["Ontbreekt", "Verlopen"] and texts[2] not in ("Ontbreekt", "Verlopen", "")
    assert "ouder dan een jaar" in page.proxy.index(1, EXTRACT_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    page.extract_filter.setChecked(True)
    assert visible_names(page) == ["An Zonder", "Bert Oud"]
    assert page.count.text() == "2 van 3 buddy's"
    page.status_filter.setCurrentIndex(page.status_filter.findData(BuddyStatus.AVAILABLE))
    assert visible_names(page) == []
    page.status_filter.setCurrentIndex(0)
    page.extract_filter.setChecked(False)
    assert page.proxy.rowCount() == 3


def test_a_likely_duplicate_is_pointed_out_and_can_be_saved_anyway(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    _window, page = buddies_page(qtbot, open_window)
    form = new_form(qtbot, page)
    fill_chloe(qtbot, form)
    save_with_shortcut(qtbot, form)

    for field, typed in (("emailEdit", "CHLOE@example.org"), ("phoneEdit", "+32 470 98 76 54")):
        second = new_form(qtbot, page)
        qtbot.keyClicks(second.ui.nameEdit, f"Buddy via {field}")
        qtbot.keyClicks(getattr(second.ui, field), typed)
        second.save_button().click()
        assert second.isVisible()
        assert "Chloë Vandamme" in second.ui.duplicateNotice.text()
        assert "hetzelfde telefoonnummer of e-mailadres" in second.ui.duplicateNotice.text()
        assert second.save_button().text() == "Toch opslaan"
        with work_done(qtbot), qtbot.waitSignal(second.saved):
            second.save_button().click()
        leave_for_later(qtbot, page)
    assert sorted(visible_names(page)) == ["Buddy via emailEdit", "Buddy via phoneEdit", "Chloë Vandamme"]


def test_closing_with_unsaved_changes_asks_first(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    _window, page = buddies_page(qtbot, open_window)
    form = new_form(qtbot, page)
    qtbot.keyClicks(form.ui.birthYearEdit, "19x")  # not a number: still a change worth asking about
    seen: list[str] = []
    answer_next_message_box("Annuleren", seen)
    form.reject()
    assert form.isVisible() and "niet bewaard" in seen[0]
    assert form.ui.birthYearEdit.text() == "19x"
    answer_next_message_box("Verwerpen", seen)
    form.reject()
    assert closed(form)
    assert buddies.buddy_rows(page.store) == []


def test_delete_and_undo(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window, page = buddies_page(qtbot, open_window)
    form = new_form(qtbot, page)
    fill_chloe(qtbot, form)
    save_with_shortcut(qtbot, form)
    buddy_id = buddies.buddy_rows(page.store)[0].id
    page.select(buddy_id)
    activate(qtbot, window)
    page.table.setFocus()
    with work_done(qtbot):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert visible_names(page) == [] and buddies.buddy_rows(page.store) == []
    assert page.count.text() == "0 buddy's"
    with work_done(qtbot):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert visible_names(page) == ["Chloë Vandamme"]
    assert page.proxy.index(0, 0).data(ID_ROLE) == str(buddy_id)
    assert page.selected_id() == buddy_id


def test_the_table_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    store, today = window.store, dt.date.today()
    for name, status, years in (
        ("Gezin Haile", FamilyStatus.WAITING, (1990, 2018)),
        ("Gezin Petrenko", FamilyStatus.REGISTERED, (1985,)),
        ("Gezin Osei", FamilyStatus.INTAKE_DONE, ()),
    ):
        members = [families.MemberDraft(f"Lid {year}", MemberRole.CHILD, year) for year in years]
        families.save_family(store, families.FamilyDraft(name=name, status=status, members=members), today)
    for name, extract_on, capacity in (
        ("An Vermeulen", None, 2),
        ("Nour Al-Sayed", today - dt.timedelta(days=500), 1),
        ("Kateryna Bilyk", today, 3),
    ):
        draft = BuddyDraft(
            name=name, languages=["nl", "uk"], capacity=capacity, criminal_record_extract_on=extract_on
        )
        buddies.save_buddy(store, draft, today)
    with work_done(qtbot):
        window.families.refresh()
        window.buddies.refresh()
    for page in (window.families, window.buddies):
        assert page.model.rowCount() == 3
        qtmodeltester.check(page.model)
        page.search.setText("a")
        qtmodeltester.check(page.proxy)
        page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(page.proxy)

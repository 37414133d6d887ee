"""Group activities and buddy meetings, driven as the coordinator does it: who came is ticked per household,
the counts follow; a meeting's lines become signals; bad input is shown where it was typed."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QTreeWidgetItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import col

from tandem_desktop.core import duos
from tandem_desktop.core.buddies import BuddyDraft, save_buddy_in
from tandem_desktop.core.families import FamilyDraft, MemberDraft, current_members, save_family_in
from tandem_desktop.core.status import change_status
from tandem_desktop.db.models import FamilyMember, Signal
from tandem_desktop.db.models.enums import (
    BuddyStatus,
    DutchLevel,
    FamilyStatus,
    MeetingItemKind,
    MemberRole,
    SignalSource,
    SignalTheme,
)
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.labels import short_date
from tandem_desktop.gui.gatherings.buddy_meeting_dialog import BuddyMeetingDialog, ItemLine
from tandem_desktop.gui.gatherings.buddy_meetings_page import BuddyMeetingsPage
from tandem_desktop.gui.gatherings.group_activities_page import GroupActivitiesPage
from tandem_desktop.gui.gatherings.group_activity_dialog import PERSON_ROLE, GroupActivityDialog
from tandem_desktop.gui.shell.language import Translators

from .conftest import activate, closed, plain, wait_until_idle, work_done

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


@pytest.fixture
def english(app: QApplication) -> Iterator[None]:
    """The source language: these screens' words are asserted as written, whatever the .ts holds today."""
    translators = Translators()
    translators.switch("en")
    yield


class People:
    def __init__(self, store: Store) -> None:
        """Two running duos: Haddad (Arabic) with Lotte (Dutch), Tesfaye (Tigrinya) with Yonas (Tigrinya)."""
        with store.transaction() as session:
            haddad = FamilyDraft(
                name="Gezin Haddad",
                mother_tongue="ar",
                postcode="9000",
                members=[
                    MemberDraft("ليلى حداد", MemberRole.PARENT),
                    MemberDraft("سامر حداد", MemberRole.CHILD, TODAY.year - 8),
                    MemberDraft("Yara Haddad", MemberRole.CHILD, TODAY.year - 5),
                ],
            )
            self.haddad = save_family_in(session, haddad, TODAY)
            self.layla, self.samer, self.yara = current_members(session, self.haddad.id)
            tesfaye = FamilyDraft(
                name="Gezin Tesfaye",
                mother_tongue="ti",
                postcode="9000",
                members=[
                    MemberDraft("አልማዝ ተስፋዬ", MemberRole.PARENT),
                    MemberDraft("ሰላም", MemberRole.CHILD, TODAY.year - 6),
                ],
            )
            self.tesfaye = save_family_in(session, tesfaye, TODAY)
            self.almaz, self.selam = current_members(session, self.tesfaye.id)
            self.lotte = save_buddy_in(session, BuddyDraft(name="Lotte Janssens", languages=["nl"]), TODAY)
            yonas = BuddyDraft(
                name="Yonas Kidane", languages=["ti", "nl"], dutch_level=DutchLevel.B2_OR_HIGHER
            )
            self.yonas = save_buddy_in(session, yonas, TODAY)
            for family in (self.haddad, self.tesfaye):
                change_status(session, family, FamilyStatus.WAITING)
            for buddy in (self.lotte, self.yonas):
                change_status(session, buddy, BuddyStatus.AVAILABLE)
        for family, buddy in ((self.haddad, self.lotte), (self.tesfaye, self.yonas)):
            duos.start_duo(store, duos.create_duo(store, family.id, buddy.id, TODAY - 60 * DAY))


def _items(dialog: GroupActivityDialog, person_id: uuid.UUID) -> QTreeWidgetItem:
    [item] = [i for i in dialog._person_items() if i.data(0, PERSON_ROLE) == str(person_id)]
    return item


def _household(dialog: GroupActivityDialog, family_name: str) -> QTreeWidgetItem:
    tree = dialog.tree
    [item] = [
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if plain(tree.topLevelItem(i).text(0)).startswith(family_name)
    ]
    return item


def _set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def _save(dialog: GroupActivityDialog | BuddyMeetingDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def _row(page: GroupActivitiesPage | BuddyMeetingsPage, first_column: int = 1) -> list[str]:
    """The texts of the page's first row, from column `first_column` on."""
    return [page.proxy.index(0, column).data() for column in range(first_column, page.proxy.columnCount())]


def _show(qtbot: QtBot, page: GroupActivitiesPage | BuddyMeetingsPage) -> None:
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitExposed(page):
        page.show()
    wait_until_idle(qtbot)  # the list is read as an operation
    activate(qtbot, page)


def _double_click_first_row(qtbot: QtBot, page: GroupActivitiesPage | BuddyMeetingsPage) -> None:
    # As a mouse does it: press and release, then the second press comes as a double click.
    rect = page.table.visualRect(page.proxy.index(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_group_activity_is_recorded_with_who_came_and_the_counts_follow_every_tick(
    qtbot: QtBot, store: Store, english: None
) -> None:
    people = People(store)
    page = GroupActivitiesPage(store)
    _show(qtbot, page)
    assert (
        page.intro.text() == "Activities for all participants: who came, and how many languages were present."
    )
    assert page.count.text() == "0 group activities"

    # Ctrl+N opens a new one, for today, listing the two running duos with their people.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.last_dialog
    assert isinstance(dialog, GroupActivityDialog) and dialog.isVisible()
    assert dialog.date.date() == QDate(TODAY.year, TODAY.month, TODAY.day)
    tree = dialog.tree
    assert [plain(tree.topLevelItem(i).text(0)) for i in range(tree.topLevelItemCount())] == [
        "Gezin Haddad — buddy Lotte Janssens",
        "Gezin Tesfaye — buddy Yonas Kidane",
    ]
    haddad = _household(dialog, "Gezin Haddad")
    assert [plain(haddad.child(i).text(0)) for i in range(haddad.childCount())] == [
        "ليلى حداد",
        "سامر حداد (child, age 8)",
        "Yara Haddad (child, age 5)",
        "Lotte Janssens (buddy)",
    ]
    assert dialog.counts.text().startswith("0 people")

    dialog.title.insert("Picknick in het Citadelpark")
    _set_date(dialog.date, TODAY - 3 * DAY)
    dialog.place.insert("Citadelpark")
    # Ticking the household ticks its people; one child stays home (unticked with the space bar).
    haddad = _household(dialog, "Gezin Haddad")
    haddad.setCheckState(0, Qt.CheckState.Checked)
    assert dialog.ticked() == {people.layla.id, people.samer.id, people.yara.id, people.lotte.id}
    yara = _items(dialog, people.yara.id)
    tree.setFocus()
    tree.setCurrentItem(yara)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert yara.checkState(0) == Qt.CheckState.Unchecked
    assert haddad.checkState(0) == Qt.CheckState.PartiallyChecked
    _items(dialog, people.yonas.id).setCheckState(0, Qt.CheckState.Checked)
    assert dialog.counts.text() == (
        "4 people: 2 family members (1 children) from 1 families, 2 buddies · 3 languages"
    )
    assert dialog.counts.toolTip() == "Arabic, Dutch, Tigrinya"
    with work_done(qtbot):
        _save(dialog)
    assert closed(dialog)
    assert page.count.text() == "1 group activities"
    assert page.proxy.index(0, 0).data() == short_date(TODAY - 3 * DAY)
    # Title, Place, People, Families, Buddies, Languages
    assert _row(page) == ["Picknick in het Citadelpark", "Citadelpark", "4", "1", "2", "3"]
    activity_id = page.selected_id()
    assert activity_id is not None
    ModelTester(qtbot).check(page.model, force_py=True)

    # Opened again (double click): the ticks are back; Lotte and Samer unticked, the counts follow.
    activate(qtbot, page)
    _double_click_first_row(qtbot, page)
    again = page.last_dialog
    assert isinstance(again, GroupActivityDialog) and again is not dialog and again.isVisible()
    assert len([d for d in page.findChildren(GroupActivityDialog) if d.isVisible()]) == 1
    assert again.title.text() == "Picknick in het Citadelpark"
    assert again.ticked() == {people.layla.id, people.samer.id, people.lotte.id, people.yonas.id}
    _items(again, people.lotte.id).setCheckState(0, Qt.CheckState.Unchecked)
    _items(again, people.samer.id).setCheckState(0, Qt.CheckState.Unchecked)
    assert again.counts.text() == (
        "2 people: 1 family members (0 children) from 1 families, 1 buddies · 2 languages"
    )
    with work_done(qtbot):
        _save(again)
    assert closed(again)
    assert page.count.text() == "1 group activities"
    assert _row(page) == ["Picknick in het Citadelpark", "Citadelpark", "2", "1", "1", "2"]

    # Tick everyone, untick everyone.
    page.open_record(activity_id)
    third = page.last_dialog
    assert isinstance(third, GroupActivityDialog)
    qtbot.mouseClick(third.tick_all, Qt.MouseButton.LeftButton)
    assert len(third.ticked()) == 7
    assert third.counts.text().startswith(
        "7 people: 5 family members (3 children) from 2 families, 2 buddies"
    )
    qtbot.mouseClick(third.untick_all, Qt.MouseButton.LeftButton)
    assert third.ticked() == set() and third.counts.text().startswith("0 people")
    third.reject()


def test_a_group_activity_s_bad_input_is_shown_at_its_field_and_nothing_typed_is_lost(
    qtbot: QtBot, store: Store, english: None
) -> None:
    people = People(store)
    page = GroupActivitiesPage(store)
    _show(qtbot, page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.last_dialog
    assert isinstance(dialog, GroupActivityDialog)
    assert dialog._errors is not None

    # No title: the message at the title, the description kept.
    dialog.description.insertPlainText("Spelletjes — ألعاب")
    with work_done(qtbot):
        _save(dialog)
    assert dialog.isVisible()
    assert dialog._errors.message("title") == "This field is required."
    assert dialog.description.toPlainText() == "Spelletjes — ألعاب"

    # Attendance ticked for an activity still to come.
    dialog.title.insert("Zwemnamiddag")
    _set_date(dialog.date, TODAY + 7 * DAY)
    _items(dialog, people.selam.id).setCheckState(0, Qt.CheckState.Checked)
    with work_done(qtbot):
        _save(dialog)
    assert dialog.isVisible()
    assert not dialog._errors.has("title")
    assert (
        dialog._errors.message("attendance") == "Attendance can be ticked once the activity has taken place."
    )
    assert dialog.title.text() == "Zwemnamiddag"
    assert page.model.rowCount() == 0
    dialog.reject()

    # Yara left the household ten days ago: not offered after that; ticked before, she cannot be moved past it.
    with store.transaction() as session:
        yara = session.get(FamilyMember, people.yara.id)
        assert yara is not None
        yara.left_on = TODAY - 10 * DAY
    dialog = page.open_record(None)
    assert isinstance(dialog, GroupActivityDialog)
    dialog.title.insert("Bibliotheek")
    _set_date(dialog.date, TODAY - 5 * DAY)
    assert str(people.yara.id) not in [i.data(0, PERSON_ROLE) for i in dialog._person_items()]
    _set_date(dialog.date, TODAY - 20 * DAY)
    _items(dialog, people.yara.id).setCheckState(0, Qt.CheckState.Checked)
    _items(dialog, people.layla.id).setCheckState(0, Qt.CheckState.Checked)
    _set_date(dialog.date, TODAY - 5 * DAY)  # the ticks of the people still listed stay
    assert dialog.ticked() == {people.yara.id, people.layla.id}
    assert "left the household on" in _items(dialog, people.yara.id).text(0)
    with work_done(qtbot):
        _save(dialog)
    assert dialog.isVisible()
    assert dialog._errors is not None
    message = dialog._errors.message("attendance")
    assert plain(message).startswith("Yara Haddad left the household on ")
    assert dialog.title.text() == "Bibliotheek"
    # Unticked, it saves.
    _items(dialog, people.yara.id).setCheckState(0, Qt.CheckState.Unchecked)
    with work_done(qtbot):
        _save(dialog)
    assert closed(dialog)
    assert _row(page)[2:] == ["1", "1", "0", "1"]


def _line(dialog: BuddyMeetingDialog, at: int) -> ItemLine:
    return dialog.lines()[at]


def _type_line(line: ItemLine, kind: MeetingItemKind, text: str, theme: SignalTheme | None = None) -> None:
    line.kind.setCurrentIndex(line.kind.findData(kind))
    line.text.insert(text)
    if theme is not None:
        line.theme.setCurrentIndex(line.theme.findData(theme))


def _meeting_signals(store: Store) -> list[Signal]:
    with store.session() as session:
        query = sa.select(Signal).where(col(Signal.deleted_at).is_(None)).order_by(col(Signal.created_at))
        return list(session.execute(query).scalars())


def test_a_buddy_meeting_with_two_signals_and_an_idea_fills_the_signals_register(
    qtbot: QtBot, store: Store, english: None
) -> None:
    people = People(store)
    page = BuddyMeetingsPage(store)
    _show(qtbot, page)
    assert page.intro.text() == (
        "The monthly buddy meeting: who came, and the ideas, needs and signals raised. "
        "Signals go to the signals register."
    )
    assert page.notice.isVisible()
    month = f"{TODAY:%B} {TODAY.year}"
    assert page.notice.text() == f"No buddy meeting recorded for {month} yet."

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.last_dialog
    assert isinstance(dialog, BuddyMeetingDialog) and dialog.isVisible()
    assert dialog.date.date() == QDate(TODAY.year, TODAY.month, TODAY.day)
    assert dialog.present.text() == "0 of 2 buddies present"
    for i in range(dialog.buddies.count()):
        dialog.buddies.item(i).setCheckState(Qt.CheckState.Checked)
    assert dialog.present.text() == "2 of 2 buddies present"
    dialog.place.insert("Buurtcentrum")

    # One empty line to begin with; typing in it brings the next, of the same kind.
    assert len(dialog.lines()) == 1 and not _line(dialog, 0).theme.isEnabled()
    _type_line(_line(dialog, 0), MeetingItemKind.SIGNAL, "Geen woning — لا يوجد سكن", SignalTheme.HOUSING)
    assert _line(dialog, 0).theme.isEnabled()
    assert len(dialog.lines()) == 2
    assert _line(dialog, 1).kind.currentData() == MeetingItemKind.SIGNAL
    _type_line(_line(dialog, 1), MeetingItemKind.SIGNAL, "School zoekt tolk — ትምህርቲ ቤት", SignalTheme.SCHOOL)
    _type_line(_line(dialog, 2), MeetingItemKind.IDEA, "Uitstap naar zee")
    assert not _line(dialog, 2).theme.isEnabled()
    assert len(dialog.lines()) == 4 and _line(dialog, 3).text.text() == ""
    assert not _line(dialog, 3).remove.isEnabled()  # the empty line at the end stays
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert len(dialog.lines()) == 4  # there already is an empty line to type in
    with work_done(qtbot):
        _save(dialog)
    assert closed(dialog)

    # The row counts; two signals in the register, from the buddy meeting; the month's line is gone.
    assert page.count.text() == "1 buddy meetings"
    # Place, Buddies present, Ideas, Needs, Signals
    assert _row(page) == ["Buurtcentrum", "2", "1", "0", "2"]
    meeting_id = page.selected_id()
    signals = _meeting_signals(store)
    assert [(s.theme, s.source, s.buddy_meeting_id) for s in signals] == [
        (SignalTheme.HOUSING, SignalSource.BUDDY_MEETING, meeting_id),
        (SignalTheme.SCHOOL, SignalSource.BUDDY_MEETING, meeting_id),
    ]
    assert signals[1].description == "School zoekt tolk — ትምህርቲ ቤት"
    assert not page.notice.isVisible()
    ModelTester(qtbot).check(page.model, force_py=True)

    # Opened again, the lines are there as typed; the idea removed, the housing signal reworded: same signal.
    activate(qtbot, page)
    _double_click_first_row(qtbot, page)
    again = page.last_dialog
    assert isinstance(again, BuddyMeetingDialog) and again.isVisible() and again is not dialog
    assert [
        (line.kind.currentData(), line.text.text(), line.theme.currentData()) for line in again.lines()
    ] == [
        (MeetingItemKind.SIGNAL, "Geen woning — لا يوجد سكن", SignalTheme.HOUSING),
        (MeetingItemKind.SIGNAL, "School zoekt tolk — ትምህርቲ ቤት", SignalTheme.SCHOOL),
        (MeetingItemKind.IDEA, "Uitstap naar zee", SignalTheme.OTHER),
        (MeetingItemKind.IDEA, "", SignalTheme.OTHER),
    ]
    assert again.present_ids() == {people.lotte.id, people.yonas.id}
    qtbot.mouseClick(_line(again, 2).remove, Qt.MouseButton.LeftButton)
    assert len(again.lines()) == 3
    _line(again, 0).text.end(False)
    _line(again, 0).text.insert(", gezin slaapt bij familie")
    with work_done(qtbot):
        _save(again)
    assert closed(again)
    assert _row(page) == ["Buurtcentrum", "2", "0", "0", "2"]
    after = _meeting_signals(store)
    assert [s.id for s in after] == [s.id for s in signals]
    assert after[0].description == "Geen woning — لا يوجد سكن, gezin slaapt bij familie"


def test_a_meeting_line_that_is_refused_shows_its_message_at_that_line(
    qtbot: QtBot, store: Store, english: None
) -> None:
    People(store)
    page = BuddyMeetingsPage(store)
    _show(qtbot, page)
    dialog = page.open_record(None)
    assert isinstance(dialog, BuddyMeetingDialog)
    _type_line(_line(dialog, 0), MeetingItemKind.IDEA, "Een idee")
    _type_line(_line(dialog, 1), MeetingItemKind.SIGNAL, "x" * 2001, SignalTheme.HEALTH)
    _line(dialog, 0).text.clear()  # the first line emptied: it is not a line, but the second stays the second
    _set_date(dialog.date, TODAY + DAY)
    with work_done(qtbot):
        _save(dialog)
    assert dialog.isVisible()
    assert dialog._errors is not None and dialog._errors.message("date").endswith("lies in the future.")
    assert not _line(dialog, 0).error.isVisibleTo(dialog)
    assert _line(dialog, 1).error.isVisibleTo(dialog)
    assert _line(dialog, 1).error.text() == "Keep it under 2000 characters (now 2001)."
    assert _line(dialog, 1).text.text() == "x" * 2001

    _set_date(dialog.date, TODAY)
    _line(dialog, 1).text.setText("Wachtlijst huisarts")
    with work_done(qtbot):
        _save(dialog)
    assert closed(dialog)
    assert _row(page) == ["", "0", "0", "0", "1"]


def test_a_buddy_with_two_families_is_one_person_ticked_once(
    qtbot: QtBot, store: Store, english: None
) -> None:
    people = People(store)
    with store.transaction() as session:
        petrenko_draft = FamilyDraft(
            name="Gezin Петренко", mother_tongue="uk", members=[MemberDraft("Олена", MemberRole.PARENT)]
        )
        petrenko = save_family_in(session, petrenko_draft, TODAY)
        change_status(session, petrenko, FamilyStatus.WAITING)
    duos.start_duo(store, duos.create_duo(store, petrenko.id, people.lotte.id, TODAY - 30 * DAY))
    dialog = GroupActivityDialog(store, None, TODAY)
    qtbot.addWidget(dialog)
    lotte = [i for i in dialog._person_items() if i.data(0, PERSON_ROLE) == str(people.lotte.id)]
    assert len(lotte) == 2  # under Haddad and under Петренко
    _household(dialog, "Gezin Петренко").setCheckState(0, Qt.CheckState.Checked)
    assert [i.checkState(0) for i in lotte] == [Qt.CheckState.Checked, Qt.CheckState.Checked]
    assert _household(dialog, "Gezin Haddad").checkState(0) == Qt.CheckState.PartiallyChecked
    assert (
        dialog.counts.text()
        == "2 people: 1 family members (0 children) from 1 families, 1 buddies · 2 languages"
    )
    assert dialog.draft().buddy_ids == {people.lotte.id} and dialog.draft().member_ids != set()

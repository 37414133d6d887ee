"""Matching and the duos, driven as the coordinator does it, in Dutch: from a waiting family to a running duo,
paused and stopped; the overview's flags and the timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tandem_desktop.core import duos
from tandem_desktop.core.bidi import isolate
from tandem_desktop.core.buddies import BuddyDraft, save_buddy_in
from tandem_desktop.core.dates import add_months
from tandem_desktop.core.families import FamilyDraft, MemberDraft, save_family_in
from tandem_desktop.core.status import change_status
from tandem_desktop.db.changes import Changes
from tandem_desktop.db.models import Activity, Buddy, Family
from tandem_desktop.db.models.enums import (
    ActivityType,
    BuddyStatus,
    CancelReason,
    ClosureReason,
    FamilyStatus,
    MemberRole,
    TrajectoryStatus,
)
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.dates import day_of, set_day
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.common.section_page import ALL_KINDS
from tandem_desktop.gui.duos.duo_columns import FLAGS_COLUMN
from tandem_desktop.gui.duos.duo_dialogs import CloseDuoDialog, CreateDuoDialog, PauseDialog, StartDuoDialog
from tandem_desktop.gui.matching.suggestion_list import SUGGESTION_ROLE
from tandem_desktop.gui.shell.main_window import MainWindow

from .conftest import activate, work_done

TODAY = dt.date.today()


def seed(store: Store) -> tuple[Family, Buddy, Buddy]:
    """A waiting family with a child; a buddy who fits (Tigrinya, extract) and one without an extract."""
    with store.transaction() as session:
        family = save_family_in(
            session,
            FamilyDraft(
                name="Gezin Tesfaye",
                mother_tongue="ti",
                postcode="9000",
                municipality="Gent",
                members=[MemberDraft("ሰላም", MemberRole.CHILD, 2019)],
            ),
            TODAY,
        )
        change_status(session, family, FamilyStatus.WAITING)
        yonas = save_buddy_in(
            session,
            BuddyDraft(
                name="Yonas Kidane",
                languages=["nl", "ti"],
                postcode="9000",
                availability=["sat-morning", "wed-afternoon"],
                criminal_record_extract_on=TODAY - dt.timedelta(days=20),
            ),
            TODAY,
        )
        lotte_draft = BuddyDraft(name="Lotte Janssens", languages=["nl", "ti"], availability=["sat-morning"])
        lotte = save_buddy_in(session, lotte_draft, TODAY)
        for buddy in (yonas, lotte):
            change_status(session, buddy, BuddyStatus.AVAILABLE)
    return family, yonas, lotte


def told_of_everything() -> None:
    """Written straight into the store, not by the app's work: the pages hear of it as of a restore."""
    runner().changed.emit(Changes(whole=ALL_KINDS))


def test_from_a_waiting_family_the_top_suggestion_becomes_a_duo_that_is_paused_and_stopped(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    family, _yonas, _lotte = seed(window.store)
    told_of_everything()
    window.show_section(3)
    page = window.matching
    assert page.heading.text() == "Matchen"

    # The waiting list shows how long the family has waited; its suggestions come with reasons, in Dutch.
    assert page.family_model.rows()[0].id == family.id
    assert page.candidates.model().index(0, 1).data() == "0 dagen"
    cards = [
        page.suggestion_model.index(r).data(SUGGESTION_ROLE) for r in range(page.suggestion_model.rowCount())
    ]
    assert [card.buddy.name for card in cards] == ["Yonas Kidane", "Lotte Janssens"]
    assert "Spreekt Tigrinya, de moedertaal van het gezin" in page.suggestion_model.index(0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert (
        "Nog geen uittreksel uit het strafregister; het gezin heeft kinderen"
        in page.suggestion_model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    )
    # The family's name is isolated: a name in Arabic or with a reordering character cannot turn the line.
    assert page.title.text() == f"Buddy's voor {isolate('Gezin Tesfaye')}: 1 mogelijk, 1 uitgesloten"

    # The excluded buddy cannot be chosen; the top suggestion can.
    page.suggestions.setCurrentIndex(page.suggestion_model.index(1))
    assert not page.create_button.isEnabled()
    page.suggestions.setCurrentIndex(page.suggestion_model.index(0))
    assert page.create_button.isEnabled()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    dialog = page.last_dialog
    assert isinstance(dialog, CreateDuoDialog) and dialog.isVisible()
    start = TODAY  # proposed for today: the kick-off is often the day of the match
    assert dialog.start.date() == QDate(start.year, start.month, start.day)
    with work_done(qtbot), qtbot.waitSignal(page.duo_created):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    # The duo is in the overview, chosen, with its timeline; the family left the waiting list.
    assert window.current_page() is window.duos
    duos_page = window.duos
    row = duos_page.panel.row
    assert row is not None and (row.family_name, row.buddy_name) == ("Gezin Tesfaye", "Yonas Kidane")
    assert row.status == TrajectoryStatus.PROPOSED and row.planned_end == add_months(start, 6)
    assert duos_page.panel.timeline.timeline() is not None
    assert duos_page.proxy.rowCount() == 1
    assert page.family_model.rowCount() == 0 and not page.candidates_empty.isHidden()

    # It started 40 days ago (recorded late): the day is asked and confirmed, and the dates move with it. Then
    # it is paused and resumed: the end moves.
    qtbot.mouseClick(duos_page.panel.start_button, Qt.MouseButton.LeftButton)
    starting = duos_page.panel.last_dialog
    assert isinstance(starting, StartDuoDialog) and day_of(starting.on) == TODAY
    started = TODAY - dt.timedelta(days=40)
    set_day(starting.on, started)
    starting.open_agreement.setChecked(False)
    with work_done(qtbot):
        starting.buttons.button(starting.buttons.StandardButton.Ok).click()
    assert duos_page.panel.row is not None and duos_page.panel.row.status == TrajectoryStatus.ACTIVE
    assert duos_page.panel.row.start == started and duos_page.panel.row.planned_end == add_months(started, 6)
    end_before = duos_page.panel.row.planned_end
    qtbot.mouseClick(duos_page.panel.pause_button, Qt.MouseButton.LeftButton)
    pause = duos_page.panel.last_dialog
    assert isinstance(pause, PauseDialog)
    pause.on.setDate(QDate.fromString((TODAY - dt.timedelta(days=20)).isoformat(), Qt.DateFormat.ISODate))
    pause.reason.insert("Verhuis")
    with work_done(qtbot):
        pause.buttons.button(pause.buttons.StandardButton.Ok).click()
    assert duos_page.panel.row.status == TrajectoryStatus.PAUSED
    assert "Gepauzeerd" in duos_page.panel.summary.text()
    qtbot.mouseClick(duos_page.panel.resume_button, Qt.MouseButton.LeftButton)
    resume = duos_page.panel.last_dialog
    assert resume is not None
    assert "verschuift" in resume.intro.text()
    with work_done(qtbot):
        resume.buttons.button(resume.buttons.StandardButton.Ok).click()
    assert duos_page.panel.row.status == TrajectoryStatus.ACTIVE
    assert duos_page.panel.row.planned_end == end_before + dt.timedelta(days=20)
    timeline = duos_page.panel.timeline.timeline()
    assert timeline is not None and len(timeline.pauses) == 1

    # Stopped early: "Other" needs an explanation, shown at the field; with one, the duo ends.
    qtbot.mouseClick(duos_page.panel.close_button, Qt.MouseButton.LeftButton)
    close = duos_page.panel.last_dialog
    assert isinstance(close, CloseDuoDialog)
    close.reason.setCurrentIndex(close.reason.findData(ClosureReason.OTHER))
    with work_done(qtbot):
        close.buttons.button(close.buttons.StandardButton.Ok).click()
    assert close.isVisible()
    assert close._errors is not None and close._errors.message("closure_note") == "Beschrijf de andere reden."
    close.note.insert("Gezin keert terug naar familie in het buitenland")
    with work_done(qtbot):
        close.buttons.button(close.buttons.StandardButton.Ok).click()
    assert not close.isVisible()
    assert duos_page.panel.row.status == TrajectoryStatus.STOPPED_EARLY
    assert duos_page.proxy.rowCount() == 1  # the open view switched to all duos to keep it in sight
    activate(qtbot, window)


def test_the_overview_puts_the_duos_that_need_a_call_first_and_shows_their_flags(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    store = window.store
    family, yonas, lotte = seed(store)
    with store.transaction() as session:
        other_draft = FamilyDraft(
            name="Gezin Петренко", mother_tongue="uk", contact_languages=["nl"], postcode="9000"
        )
        other = save_family_in(session, other_draft, TODAY)
        change_status(session, other, FamilyStatus.WAITING)
    quiet = duos.create_duo(store, family.id, yonas.id, TODAY - dt.timedelta(days=100))
    lively = duos.create_duo(store, other.id, lotte.id, TODAY - dt.timedelta(days=20))
    for duo_id in (quiet, lively):
        duos.start_duo(store, duo_id)
    with store.transaction() as session:
        session.add(Activity(trajectory_id=quiet, date=TODAY - dt.timedelta(days=90), type=ActivityType.PARK))
        session.add(
            Activity(
                trajectory_id=quiet,
                date=TODAY - dt.timedelta(days=60),
                type=ActivityType.LIBRARY,
                held=False,
                cancel_reason=CancelReason.ILLNESS,
            )
        )
        session.add(
            Activity(trajectory_id=lively, date=TODAY - dt.timedelta(days=5), type=ActivityType.MUSEUM)
        )
    told_of_everything()
    window.show_section(4)
    page = window.duos
    ModelTester(qtbot).check(page.model, force_py=True)
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert names == ["Gezin Tesfaye", "Gezin Петренко"]
    flags = page.proxy.index(0, FLAGS_COLUMN).data()
    assert "Geen activiteit in 90 dagen" in flags
    assert "activiteiten achter op het ritme" in flags
    assert page.proxy.index(0, 3).data() == "maand 4 van 6"
    # The delegate paints the chips without complaint.
    page.table.viewport().grab()

    # The cancelled activity is on the timeline; clicking it shows the reason under the timeline.
    page.select(quiet)
    view = page.panel.timeline
    timeline = view.timeline()
    assert timeline is not None
    cancelled = next(a for a in timeline.activities if not a.held)
    view.resize(1000, 280)
    QApplication.processEvents()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.item_rect(cancelled).center().toPoint())
    assert "Ziekte" in page.panel.details.text()

    # A higher threshold in the settings lowers the flag.
    settings = window.settings_page
    with work_done(qtbot):
        settings.numbers["flag_no_activity_days"].setValue(120)
    at = page.model.row_of(quiet)
    assert at is not None
    assert "Geen activiteit" not in page.model.index(at, FLAGS_COLUMN).data()
    assert "activiteiten achter op het ritme" in page.model.index(at, FLAGS_COLUMN).data()


def test_the_reverse_view_lists_the_families_that_fit_a_buddy(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    family, yonas, _lotte = seed(window.store)
    told_of_everything()
    window.show_section(3)
    page = window.matching
    qtbot.mouseClick(page.for_buddies, Qt.MouseButton.LeftButton)
    assert page.for_buddies.isChecked()
    names = [page.candidates.model().index(r, 0).data() for r in range(page.candidates.model().rowCount())]
    assert names == ["Lotte Janssens", "Yonas Kidane"]
    page.choose(yonas.id)
    suggestion = page.suggestion_model.index(0).data(SUGGESTION_ROLE)
    assert suggestion.family.id == family.id and suggestion.possible
    assert page.suggestion_model.index(0).data() == "Gezin Tesfaye"


def test_a_pause_before_the_duo_started_is_refused_at_its_field_and_keeps_the_reason(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    family, yonas, _lotte = seed(window.store)
    duo_id = duos.create_duo(window.store, family.id, yonas.id, TODAY - dt.timedelta(days=10))
    duos.start_duo(window.store, duo_id)
    told_of_everything()
    window.show_section(4)
    panel = window.duos.panel
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    pause = panel.last_dialog
    assert isinstance(pause, PauseDialog)
    too_early = TODAY - dt.timedelta(days=30)
    pause.on.setDate(QDate(too_early.year, too_early.month, too_early.day))
    pause.reason.insert("Ziekenhuis — حداد")
    with work_done(qtbot):
        pause.buttons.button(pause.buttons.StandardButton.Ok).click()
    assert pause.isVisible()
    assert pause._errors is not None and pause._errors.message("start_date").startswith(
        "Een pauze kan niet beginnen vóór de start van het duo"
    )
    assert pause.reason.text() == "Ziekenhuis — حداد"
    assert panel.row is not None and panel.row.status == TrajectoryStatus.ACTIVE

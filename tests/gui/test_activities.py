"""Duo activities, driven as the coordinator does it: logged from a duo's timeline (held, with who came and a
signal; cancelled, with the reason), opened again from the timeline; bad input shown at its field with
nothing typed lost; the Activities page with its filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import select

from tandem_desktop.core.activities import ActivityDraft, load_activity, save_activity
from tandem_desktop.core.activity_list import ActivityFilter, activity_rows
from tandem_desktop.core.dates import add_months
from tandem_desktop.core.organisations import OrganisationDraft, save_organisation
from tandem_desktop.db.models import Signal
from tandem_desktop.db.models.enums import (
    ActivityType,
    CancelReason,
    DutchPractised,
    OrganisationCategory,
    SignalSource,
    SignalTheme,
)
from tandem_desktop.db.store import Store
from tandem_desktop.gui.activities import activity_columns
from tandem_desktop.gui.activities.activities_page import CANCELLED, EVERYTHING, THIS_MONTH, ActivitiesPage
from tandem_desktop.gui.activities.activity_columns import (
    DATE_COLUMN,
    DUO_COLUMN,
    READ_AT_ONCE,
    ActivityTableModel,
)
from tandem_desktop.gui.activities.activity_dialog import ActivityDialog
from tandem_desktop.gui.common.labels import short_date
from tandem_desktop.gui.shell.language import Translators
from tandem_desktop.gui.shell.main_window import MainWindow
from tests.unit.test_activities import START, Duo, make_duo

from .conftest import activate, answer_next_message_box, wait_until_idle, work_done

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
ARABIC = "قرأنا كتابًا معًا في المكتبة"
MEETINGS_COLUMN = 4  # the duos overview's "Activities" column: held of expected


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _save(dialog: ActivityDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def _choose(combo: object, value: object) -> None:
    at = combo.findData(value)  # type: ignore[attr-defined]
    assert at >= 0, value
    combo.setCurrentIndex(at)  # type: ignore[attr-defined]


def _open_list(combo: QComboBox) -> None:
    # What opening the list does first (offscreen Qt warns about a real popup, and warnings fail tests).
    combo.about_to_show.emit()  # type: ignore[attr-defined]


def _log(qtbot: QtBot, window: MainWindow) -> ActivityDialog:
    panel = window.duos.panel
    assert panel.log_button.isVisible()
    qtbot.mouseClick(panel.log_button, Qt.MouseButton.LeftButton)
    dialog = panel.last_dialog
    assert isinstance(dialog, ActivityDialog) and dialog.isVisible()
    return dialog


def test_from_a_duo_s_timeline_a_held_and_a_cancelled_activity_are_logged_and_opened_again(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    store = window.store
    duo = make_duo(store)
    krook = save_organisation(
        store, OrganisationDraft(name="Bibliotheek De Krook", category=OrganisationCategory.LIBRARY)
    )
    window.show_duo(duo.id)
    panel = window.duos.panel
    assert panel.row is not None and panel.row.id == duo.id and panel.row.progress.held == 0

    # A new activity: held, today, two hours; the household of today (the uncle has left) with ages.
    dialog = _log(qtbot, window)
    assert "Gezin Haddad" in dialog.intro.text() and "Lotte Janssens" in dialog.intro.text()
    assert dialog.held_button.isChecked() and dialog.duo is None
    assert dialog.date.date() == _qdate(TODAY)
    assert dialog.duration.time() == QTime(2, 0)
    assert list(dialog.members) == [duo.mother, duo.daughter, duo.son]
    assert dialog.members[duo.daughter].text().startswith("سلمى")
    assert str(TODAY.year - 2017) in dialog.members[duo.daughter].text()
    assert not dialog.cancel_reason.isVisible()

    day = TODAY - 10 * DAY
    dialog.date.setDate(_qdate(day))
    _choose(dialog.type, ActivityType.LIBRARY)
    _choose(dialog.place, str(krook))
    dialog.members[duo.mother].click()
    dialog.members[duo.daughter].click()
    assert dialog.children_count.value() == 1  # follows the children ticked
    dialog.duration.setTime(QTime(1, 30))
    _choose(dialog.dutch, DutchPractised.A_LOT)
    dialog.went_well.setPlainText(ARABIC)
    dialog.wellbeing.setPlainText("Salma lachte veel.")
    _choose(dialog.signal_theme, SignalTheme.HOUSING)
    dialog.signal_text.setPlainText("Schimmel in de slaapkamer van de kinderen")
    with work_done(qtbot):
        _save(dialog)
    assert not dialog.isVisible()
    held_id = dialog.saved_id
    assert held_id is not None

    stored = load_activity(store, held_id)
    assert stored.held and stored.date == day and stored.type == ActivityType.LIBRARY
    assert (stored.place, stored.organisation_id) == ("Bibliotheek De Krook", krook)
    assert stored.participant_ids == [duo.mother, duo.daughter] and stored.children_count == 1
    assert stored.duration_minutes == 90 and stored.dutch_practised == DutchPractised.A_LOT
    assert stored.went_well == ARABIC
    # The signal is in the register for the policy officer, with where it came from.
    with store.session() as session:
        signal = session.exec(select(Signal).where(Signal.activity_id == held_id)).one()
        assert signal.source == SignalSource.ACTIVITY and signal.theme == SignalTheme.HOUSING
        assert signal.description == "Schimmel in de slaapkamer van de kinderen"
        assert (signal.trajectory_id, signal.family_id) == (duo.id, duo.family_id)

    # A cancelled one: the reason instead of what a held activity has.
    dialog = _log(qtbot, window)
    dialog.cancelled_button.click()
    assert dialog.cancel_reason.isVisible() and not dialog.duration.isVisible()
    assert not dialog.members_box.isVisible() and dialog.signal_text.isVisible()
    dialog.date.setDate(_qdate(TODAY - 5 * DAY))
    _choose(dialog.cancel_reason, CancelReason.DUTCH_CLASS)
    with work_done(qtbot):
        _save(dialog)
    assert not dialog.isVisible()

    # Both are on the timeline; the duo counts the held one.
    timeline = panel.timeline.timeline()
    assert timeline is not None
    assert sorted((a.day, a.held) for a in timeline.activities) == [(day, True), (TODAY - 5 * DAY, False)]
    cancelled = next(a for a in timeline.activities if not a.held)
    assert cancelled.cancel_reason == CancelReason.DUTCH_CLASS
    assert panel.row is not None and panel.row.progress.held == 1
    at = window.duos.model.row_of(duo.id)
    assert at is not None
    assert window.duos.model.index(at, MEETINGS_COLUMN).data().startswith("1 van ")
    assert "1 van " in panel.summary.text()

    # Clicking the held activity on the timeline opens it, as it was saved.
    view = panel.timeline
    item = next(a for a in timeline.activities if a.held)
    view.resize(1000, 280)
    QApplication.processEvents()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.item_rect(item).center().toPoint())
    edit = panel.last_dialog
    assert isinstance(edit, ActivityDialog) and edit.isVisible() and edit is not dialog
    assert short_date(day) in edit.windowTitle()
    assert edit.held_button.isChecked() and edit.date.date() == _qdate(day)
    assert edit.duration.time() == QTime(1, 30)
    assert edit.type.currentData() == ActivityType.LIBRARY
    assert edit.place.currentText() == "Bibliotheek De Krook"
    assert [member for member, box in edit.members.items() if box.isChecked()] == [duo.mother, duo.daughter]
    assert edit.children_count.value() == 1
    assert edit.dutch.currentData() == DutchPractised.A_LOT
    assert edit.went_well.toPlainText() == ARABIC
    assert edit.wellbeing.toPlainText() == "Salma lachte veel."
    assert edit.signal_text.toPlainText() == "Schimmel in de slaapkamer van de kinderen"
    assert edit.signal_theme.currentData() == SignalTheme.HOUSING

    # Edited: the same activity changes, the list does not grow.
    edit.members[duo.son].click()
    assert edit.children_count.value() == 2
    edit.duration.setTime(QTime(2, 15))
    with work_done(qtbot):
        _save(edit)
    assert edit.saved_id == held_id
    assert load_activity(store, held_id).duration_minutes == 135
    assert load_activity(store, held_id).children_count == 2
    timeline = panel.timeline.timeline()
    assert timeline is not None and len(timeline.activities) == 2
    activate(qtbot, window)


def test_bad_input_is_shown_at_its_field_and_nothing_typed_is_lost(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    store = window.store
    duo = make_duo(store)
    window.show_duo(duo.id)
    dialog = _log(qtbot, window)
    errors = dialog._errors
    assert errors is not None
    dialog.went_well.setPlainText(ARABIC)
    dialog.signal_text.setPlainText("Vraagt hulp bij de brieven van de huisbaas")

    def refused(field: str) -> str:
        with work_done(qtbot):
            _save(dialog)
        assert dialog.isVisible()
        assert errors.has(field), field
        assert dialog.went_well.toPlainText() == ARABIC
        assert dialog.saved_id is None
        return errors.message(field)

    # The date: not before the duo's start, not in the future (the dates written the Dutch way, not ISO).
    dialog.date.setDate(_qdate(START - DAY))
    assert short_date(START) in refused("date")
    dialog.date.setDate(_qdate(TODAY + DAY))
    assert "toekomst" in refused("date")  # "lies in the future", in Dutch
    dialog.date.setDate(_qdate(TODAY - 3 * DAY))

    # The duration: neither nothing nor a day and a night.
    dialog.duration.setTime(QTime(0, 0))
    refused("duration")
    assert not errors.has("date")
    dialog.duration.setTime(QTime(20, 0))
    refused("duration")
    dialog.duration.setTime(QTime(1, 0))

    # The uncle left the household 30 days ago: not offered now; on a day before, he is. Ticked then, he stays
    # when the date moves on, and core says why he cannot have come.
    assert duo.uncle not in dialog.members
    dialog.date.setDate(_qdate(TODAY - 31 * DAY))
    assert duo.uncle in dialog.members and dialog.members[duo.uncle].isVisible()
    dialog.members[duo.uncle].click()
    dialog.date.setDate(_qdate(TODAY - 3 * DAY))
    assert dialog.members[duo.uncle].isChecked()
    assert "Karim Haddad" in refused("participants")
    dialog.members[duo.uncle].click()

    # Cancelled for "Other": a note is needed (the placeholder says so).
    dialog.cancelled_button.click()
    assert not dialog.went_well.isVisible() and not errors.has("participants")
    optional = dialog.cancel_note.placeholderText()
    _choose(dialog.cancel_reason, CancelReason.OTHER)
    assert dialog.cancel_note.placeholderText() != optional
    refused("cancel_note")
    dialog.cancel_note.insert("Trouwfeest in de familie — عرس")

    # Held again and back: what was typed in the hidden fields is still there.
    dialog.held_button.click()
    assert dialog.went_well.isVisible() and dialog.went_well.toPlainText() == ARABIC
    assert dialog.duration.time() == QTime(1, 0)
    dialog.cancelled_button.click()
    assert dialog.cancel_note.text() == "Trouwfeest in de familie — عرس"
    with work_done(qtbot):
        _save(dialog)
    assert not dialog.isVisible() and dialog.saved_id is not None
    stored = load_activity(store, dialog.saved_id)
    assert not stored.held and stored.cancel_reason == CancelReason.OTHER
    assert stored.cancel_note == "Trouwfeest in de familie — عرس"
    assert stored.signal_text == "Vraagt hulp bij de brieven van de huisbaas"
    activate(qtbot, window)


def _log_now(qtbot: QtBot, window: MainWindow) -> ActivityDialog:
    """A new activity from the duo's panel, its dialog active for the keys typed next."""
    dialog = _log(qtbot, window)
    activate(qtbot, dialog)
    return dialog


def _activity_count(store: Store) -> int:
    return len(activity_rows(store, ActivityFilter()))


def _type_date(qtbot: QtBot, dialog: ActivityDialog, text: str) -> None:
    """Over the date field's text, as a Tab into it selects it."""
    dialog.date.setFocus(Qt.FocusReason.TabFocusReason)
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, text)


def test_a_date_is_typed_the_dutch_way_and_core_s_refusals_write_it_so(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    duo = make_duo(window.store)
    window.show_duo(duo.id)
    dialog = _log_now(qtbot, window)
    errors = dialog._errors
    assert errors is not None
    assert dialog.date.text() == short_date(TODAY)  # 5/12/2026: the Dutch short date, the year in full

    def refused(text: str) -> str:
        _type_date(qtbot, dialog, text)
        qtbot.keyClick(dialog.date, Qt.Key.Key_Return)  # Enter saves, as the dialog's default button
        # Core's refusals come back from the runner; a text that is no date is refused before any work.
        wait_until_idle(qtbot)
        assert dialog.isVisible() and dialog.saved_id is None
        assert errors.has("date")
        return errors.message("date")

    # Before the duo's start, in the future: core's messages carry the dates as the screen writes them.
    early = START - DAY
    message = refused(f"{early.day}-{early.month}-{early.year}")
    assert short_date(START) in message and START.isoformat() not in message
    later = TODAY + DAY
    message = refused(short_date(later))
    assert short_date(later) in message and later.isoformat() not in message

    # Text that is no date is said at the field, as it was typed.
    message = refused("31/11/2026")
    assert "31/11/2026" in message and dialog.date.text() == "31/11/2026"

    # Typed right, it is saved.
    day = TODAY - 3 * DAY
    _type_date(qtbot, dialog, f"{day.day:02d}/{day.month:02d}/{day.year}")
    with work_done(qtbot):
        qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.saved_id is not None
    assert load_activity(window.store, dialog.saved_id).date == day
    activate(qtbot, window)


ESCAPE_IGNORED = pytest.mark.qt_log_ignore(
    # Offscreen, the type list opens as a popup that cannot be raised or grab the keyboard.
    r"This plugin does not support raise\(\)",
    "This plugin does not support grabbing the keyboard",
    extend=True,
)


@ESCAPE_IGNORED
def test_escape_closes_an_open_list_only_and_an_untouched_activity_at_once(
    qtbot: QtBot, open_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def question(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    window = open_window()
    duo = make_duo(window.store)
    window.show_duo(duo.id)

    # Nothing typed: Escape closes without a question.
    dialog = _log_now(qtbot, window)
    qtbot.keyClick(dialog.date, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked == []

    # Something typed, and the type's list open: Escape closes the list, and only the list.
    dialog = _log_now(qtbot, window)
    dialog.went_well.setFocus()
    qtbot.keyClicks(dialog.went_well, "Samen gekookt")
    dialog.type.setFocus()
    qtbot.keyClick(dialog.type, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert dialog.isVisible() and asked == []
    assert dialog.went_well.toPlainText() == "Samen gekookt"
    dialog.done(0)


def test_closing_an_activity_with_changes_asks_first(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    store = window.store
    duo = make_duo(store)
    window.show_duo(duo.id)
    dialog = _log_now(qtbot, window)
    dialog.went_well.setFocus()
    qtbot.keyClicks(dialog.went_well, "Samen gekookt")

    # Escape: the question of the family and buddy forms; "Cancel" keeps the dialog and what was typed.
    seen: list[str] = []
    answer_next_message_box("Annuleren", seen)
    qtbot.keyClick(dialog.went_well, Qt.Key.Key_Escape)
    assert len(seen) == 1 and seen[0].startswith(
        dialog.tr("This activity has changes that are not saved yet.")
    )
    assert dialog.isVisible() and dialog.went_well.toPlainText() == "Samen gekookt"

    # The Cancel button asks too; "Discard" closes, and nothing is saved.
    answer_next_message_box("Verwerpen", seen)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert len(seen) == 2 and not dialog.isVisible()
    assert _activity_count(store) == 0

    # The window's close button, answered "Save": saved and closed.
    dialog = _log_now(qtbot, window)
    dialog.went_well.setFocus()
    qtbot.keyClicks(dialog.went_well, "Naar de bib")
    answer_next_message_box("Opslaan", seen)
    with work_done(qtbot):
        dialog.close()
    assert len(seen) == 3 and not dialog.isVisible()
    assert dialog.saved_id is not None
    assert load_activity(store, dialog.saved_id).went_well == "Naar de bib"
    activate(qtbot, window)


# -- the Activities page -----------------------------------------------------------------------------


@pytest.fixture
def english(app: QApplication) -> Iterator[None]:
    """The source language: the page's words are asserted as written, whatever the .ts holds today."""
    translators = Translators()
    translators.switch("en")
    yield


def _held(
    duo: Duo, days_ago: int, kind: ActivityType = ActivityType.PARK, **changes: object
) -> ActivityDraft:
    values: dict[str, object] = {
        "trajectory_id": duo.id,
        "date": TODAY - days_ago * DAY,
        "type": kind,
        "place": "Citadelpark",
        "duration_minutes": 120,
    }
    values.update(changes)
    return ActivityDraft(**values)  # type: ignore[arg-type]


class Programme:
    """Two duos, started 200 days ago, with activities 5 to 150 days ago."""

    def __init__(self, store: Store) -> None:
        start = TODAY - 200 * DAY
        self.haddad = make_duo(store, "Gezin Haddad", "Lotte Janssens", start)
        self.celik = make_duo(store, "Gezin Çelik", "Mustafa Aydın", start)
        self.ids = {
            "library": save_activity(
                store, _held(self.haddad, 10, ActivityType.LIBRARY, place="Bibliotheek De Krook"), TODAY
            ),
            "park": save_activity(store, _held(self.haddad, 60), TODAY),
            "old": save_activity(
                store,
                _held(
                    self.haddad, 150, held=False, cancel_reason=CancelReason.ILLNESS, duration_minutes=None
                ),
                TODAY,
            ),
            "market": save_activity(
                store, _held(self.celik, 5, ActivityType.MARKET, place="Vrijdagmarkt"), TODAY
            ),
            "class": save_activity(
                store, _held(self.celik, 40, held=False, cancel_reason=CancelReason.DUTCH_CLASS), TODAY
            ),
        }


def _show(qtbot: QtBot, page: ActivitiesPage) -> None:
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitExposed(page):
        page.show()
    activate(qtbot, page)


def _shown(page: ActivitiesPage) -> set[object]:
    return {
        page.model.row_at(page.proxy.mapToSource(page.proxy.index(r, 0)).row()).id
        for r in range(page.proxy.rowCount())
    }


def test_the_activities_page_lists_and_filters_by_period_duo_type_and_held(
    qtbot: QtBot, store: Store, english: None
) -> None:
    programme = Programme(store)
    ids = programme.ids
    page = ActivitiesPage(store)
    _show(qtbot, page)
    ModelTester(qtbot).check(page.model, force_py=True)
    assert page.heading.text() == "Activities"
    assert (
        page.intro.text() == "Every duo activity, held or cancelled. Log one here or from a duo's timeline."
    )

    # The last 3 months, newest first.
    assert add_months(TODAY, -3) > TODAY - 150 * DAY
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == [
        short_date(TODAY - d * DAY) for d in (5, 10, 40, 60)
    ]
    assert page.count.text() == "4 activities"
    assert [page.proxy.index(2, c).data() for c in range(page.proxy.columnCount())] == [
        short_date(TODAY - 40 * DAY),
        "Gezin Çelik · Mustafa Aydın",
        "Park",
        "Cancelled: Dutch class",
        "",
        "Citadelpark",
        "",
    ]
    assert [page.proxy.index(1, c).data() for c in (3, 4, 6)] == ["Held", "2 h", "None"]

    # Every period, a custom one (inclusive), this month.
    page.set_period(None, None)
    assert page.period.currentData() == EVERYTHING and not page.start.isVisible()
    assert _shown(page) == set(ids.values()) and page.count.text() == "5 activities"
    page.set_period(TODAY - 40 * DAY, TODAY - 10 * DAY)
    assert page.start.isVisible() and page.end.isVisible()
    assert _shown(page) == {ids["library"], ids["class"]}
    page.end.set_date_value(None)
    page.end.changed.emit()  # as when the user clears it
    assert _shown(page) == {ids["library"], ids["class"], ids["market"]}
    _choose(page.period, THIS_MONTH)
    first = TODAY.replace(day=1)
    expected = {
        i for i, d in zip(ids.values(), (10, 60, 150, 5, 40), strict=True) if TODAY - d * DAY >= first
    }
    assert _shown(page) == expected

    # The duo, the type, held or cancelled: asked of core again.
    page.set_period(None, None)
    _open_list(page.duo_filter)  # the duos are read when the list opens, as the coordinator opens it
    _choose(page.duo_filter, str(programme.celik.id))
    assert _shown(page) == {ids["market"], ids["class"]}
    _choose(page.held_filter, CANCELLED)
    assert _shown(page) == {ids["class"]}
    page.duo_filter.setCurrentIndex(0)
    assert _shown(page) == {ids["class"], ids["old"]}
    page.held_filter.setCurrentIndex(0)
    _choose(page.type_filter, ActivityType.MARKET)
    assert _shown(page) == {ids["market"]} and page.count.text() == "1 activities"
    page.type_filter.setCurrentIndex(0)

    # The search filters what is loaded: family, buddy or place, accents ignored.
    page.search.setText("celik")
    assert _shown(page) == {ids["market"], ids["class"]} and page.count.text() == "2 of 5 activities"
    page.search.setText("vrijdag")
    assert _shown(page) == {ids["market"]}
    page.search.clear()

    # Sorting by a column keeps the model consistent.
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert page.proxy.index(0, 1).data() == "Gezin Çelik · Mustafa Aydın"


def test_an_activity_opened_from_the_page_is_saved_back_into_its_row(
    qtbot: QtBot, store: Store, english: None
) -> None:
    programme = Programme(store)
    page = ActivitiesPage(store)
    _show(qtbot, page)

    # Enter on a row opens it; after the save the row shows the change.
    page.table.setFocus()
    page.table.selectRow(1)  # the library visit, 10 days ago
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.last_dialog
    assert isinstance(dialog, ActivityDialog) and dialog.isVisible()
    assert dialog.place.currentText() == "Bibliotheek De Krook"
    _choose(dialog.type, ActivityType.MUSEUM)
    with work_done(qtbot):
        _save(dialog)
    at = page.model.row_of(programme.ids["library"])
    assert at is not None and page.model.index(at, 2).data() == "Museum"
    assert page.selected_id() == programme.ids["library"]

    # Moved out of the period shown, it leaves the list.
    page.open_activity(programme.ids["library"])
    dialog = page.last_dialog
    assert isinstance(dialog, ActivityDialog)
    dialog.date.setDate(_qdate(TODAY - 150 * DAY))
    with work_done(qtbot):
        _save(dialog)
    assert page.model.row_of(programme.ids["library"]) is None and page.count.text() == "3 activities"

    # Ctrl+N: a new activity, for a duo to choose first.
    activate(qtbot, page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.last_dialog
    assert isinstance(dialog, ActivityDialog) and dialog.isVisible() and dialog.duo is not None
    assert [dialog.duo.itemText(i) for i in range(dialog.duo.count())] == [
        "Gezin Çelik · Mustafa Aydın",
        "Gezin Haddad · Lotte Janssens",
    ]
    assert dialog.members == {}
    _save(dialog)
    assert dialog.isVisible() and dialog._errors is not None and dialog._errors.has("trajectory")
    _choose(dialog.duo, str(programme.haddad.id))
    assert list(dialog.members) == [programme.haddad.mother, programme.haddad.daughter, programme.haddad.son]
    assert "Gezin Haddad" in dialog.intro.text()
    with work_done(qtbot):
        _save(dialog)
    assert dialog.saved_id is not None and page.model.row_of(dialog.saved_id) is not None
    assert page.count.text() == "4 activities"

    # With a duo chosen in the filter, a new activity is for that duo.
    _open_list(page.duo_filter)  # the duos are read when the list opens, as the coordinator opens it
    _choose(page.duo_filter, str(programme.celik.id))
    page.new_button.click()
    dialog = page.last_dialog
    assert isinstance(dialog, ActivityDialog) and dialog.duo is None
    assert dialog.context is not None and dialog.context.trajectory_id == programme.celik.id
    dialog.reject()


def test_a_long_list_is_read_as_it_is_scrolled_and_searched_and_sorted_whole(
    qtbot: QtBot, store: Store, english: None
) -> None:
    start = TODAY - 200 * DAY
    haddad = make_duo(store, "Gezin Haddad", "Lotte Janssens", start)
    celik = make_duo(store, "Gezin Çelik", "Mustafa Aydın", start)
    for days_ago in range(1, 1 + READ_AT_ONCE // 2 + 40):  # two a day: more than is read at once
        save_activity(store, _held(haddad, days_ago), TODAY)
        save_activity(store, _held(haddad, days_ago, ActivityType.LIBRARY, place="De Krook"), TODAY)
    oldest = save_activity(store, _held(celik, 190, place="Sint-Pietersabdij"), TODAY)
    total = READ_AT_ONCE + 81

    def opened() -> ActivitiesPage:
        page = ActivitiesPage(store)
        _show(qtbot, page)
        page.set_period(None, None)
        assert page.count.text() == f"{total} activities"  # counted, though not all read yet
        assert page.model.rowCount() < total
        return page

    # Going to the end of the list (Ctrl+End, as often as it takes) reads the rest, down to the oldest.
    page = opened()
    page.table.setFocus()

    def at_the_oldest() -> bool:
        qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        return page.selected_id() == oldest

    qtbot.waitUntil(at_the_oldest, timeout=5_000)
    assert page.model.rowCount() == total and page.count.text() == f"{total} activities"

    # A search looks in every activity, also in those not read yet.
    page = opened()
    qtbot.keyClicks(page.search, "abdij")
    assert _shown(page) == {oldest}
    assert page.count.text() == f"1 of {total} activities"

    # So does a sort on another column: Çelik's only activity, the oldest, comes first by duo.
    page = opened()
    page.table.sortByColumn(DUO_COLUMN, Qt.SortOrder.AscendingOrder)
    assert page.model.rowCount() == total
    assert page.model.row_at(page.proxy.mapToSource(page.proxy.index(0, 0)).row()).id == oldest

    # And an activity not read yet can be chosen (after it was saved, from a duo's timeline).
    page = opened()
    assert page.select(oldest) and page.selected_id() == oldest


def test_the_activity_model_passes_the_model_tester(
    qtbot: QtBot, store: Store, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    Programme(store)
    model = ActivityTableModel()
    tester = ModelTester(qtbot)
    tester.check(model, force_py=True)
    model.set_rows(activity_rows(store, ActivityFilter()))
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
    tester.check(model, force_py=True)
    assert model.rowCount() == 5

    # Read two at a time, newest first, the rows come in as they are fetched.
    monkeypatch.setattr(activity_columns, "READ_AT_ONCE", 2)
    model = ActivityTableModel()
    model.sort(DATE_COLUMN, Qt.SortOrder.DescendingOrder)
    wanted = ActivityFilter()
    model.set_source(lambda after, limit: activity_rows(store, wanted, after, limit), 5)
    assert (model.rowCount(), model.total()) == (2, 5)
    tester = ModelTester(qtbot)
    tester.check(model, force_py=True)  # it fetches what there is to fetch, and checks each step
    assert not model.canFetchMore()
    assert model.rows() == activity_rows(store, wanted)

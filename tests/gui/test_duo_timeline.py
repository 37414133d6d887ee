"""The timeline of one duo: what the coordinator sees, points at, clicks and walks through with the keys."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from tandem_desktop.core.dates import add_months
from tandem_desktop.core.demo import load_demo
from tandem_desktop.core.duos import (
    DuoRow,
    DuoTimeline,
    TimelineActivity,
    TimelineEvaluation,
    TimelineGroupActivity,
    TimelinePause,
    TimelineReferral,
    duo_rows,
    load_timeline,
)
from tandem_desktop.core.rhythm import DuoClock, Progress, Span
from tandem_desktop.db.models.enums import (
    ActivityType,
    CancelReason,
    EvaluationKind,
    ReferralOutcome,
    TrajectoryStatus,
)
from tandem_desktop.db.store import Store
from tandem_desktop.gui.duos.duo_timeline import DuoTimelineView
from tandem_desktop.gui.duos.timeline_layout import TimelineItem
from tandem_desktop.gui.duos.timeline_painting import TODAY_COLOUR
from tandem_desktop.gui.shell.language import Translators

from .conftest import fake_translation

TODAY = dt.date(2026, 11, 26)
START = dt.date(2026, 8, 3)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def short(value: dt.date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def activity(
    on: str,
    kind: ActivityType,
    place: str = "",
    reason: CancelReason | None = None,
    note: str = "",
) -> TimelineActivity:
    return TimelineActivity(uuid.uuid4(), day(on), kind, reason is None, place, reason, note)


def evaluation(kind: EvaluationKind, due: str, done: str | None = None) -> TimelineEvaluation:
    if done is None:
        return TimelineEvaluation(uuid.uuid4(), kind, day(due), None, None, None, "")
    return TimelineEvaluation(uuid.uuid4(), kind, day(due), day(done), 4, 5, "")


def make_timeline(
    *,
    pauses: tuple[TimelinePause, ...] = (),
    closed_on: dt.date | None = None,
    activities: tuple[TimelineActivity, ...] = (),
    evaluations: tuple[TimelineEvaluation, ...] = (),
    group_activities: tuple[TimelineGroupActivity, ...] = (),
    referrals: tuple[TimelineReferral, ...] = (),
    today: dt.date = TODAY,
) -> DuoTimeline:
    """A six-month duo from START; months and planned slots computed as core computes them."""
    clock = DuoClock(START, [Span(p.start, p.end) for p in pauses])
    paused = sum(((p.end - p.start).days for p in pauses if p.end is not None), 0)
    planned_end = add_months(START, 6) + dt.timedelta(days=paused)
    status = TrajectoryStatus.ACTIVE
    if closed_on is not None:
        status = TrajectoryStatus.COMPLETED if closed_on >= planned_end else TrajectoryStatus.STOPPED_EARLY
    elif any(p.end is None for p in pauses):
        status = TrajectoryStatus.PAUSED
    row = DuoRow(
        id=uuid.uuid4(),
        family_id=uuid.uuid4(),
        buddy_id=uuid.uuid4(),
        family_name="Family Brightwater",
        buddy_name="Robin Oakfield",
        status=status,
        start=START,
        planned_end=planned_end,
        closed_on=closed_on,
        meetings_per_month=2,
        progress=Progress(month=4, months=6, held=5, expected=7, last_activity=day("2026-11-09")),
        flags=(),
        search_key="family brightwater robin oakfield",
    )
    starts = tuple(clock.to_calendar(add_months(START, month)) for month in range(6))
    return DuoTimeline(
        row=row,
        month_starts=tuple(d for d in starts if d != dt.date.max),
        planned_slots=tuple(d for d in clock.planned_slots(6, 2) if d != dt.date.max),
        activities=activities,
        group_activities=group_activities,
        evaluations=evaluations,
        referrals=referrals,
        pauses=pauses,
        today=today,
    )


class Month4:
    """A duo in its fourth month: held and cancelled activities (two on one day), a closed pause, a group
    activity, a referral, and evaluations done, overdue and to come."""

    def __init__(self) -> None:
        self.start_evaluation = evaluation(EvaluationKind.START, "2026-08-03", "2026-08-05")
        self.library = activity("2026-08-10", ActivityType.LIBRARY, "Library on Willow Lane")
        self.park = activity("2026-08-24", ActivityType.PARK, "Heron Park")
        self.cancelled = activity(
            "2026-09-07", ActivityType.MUSEUM, reason=CancelReason.ILLNESS, note="Fever in the family"
        )
        self.pause = TimelinePause(uuid.uuid4(), day("2026-09-14"), day("2026-09-28"), "Buddy on holiday")
        self.cooking = activity("2026-10-05", ActivityType.COOKING, "Community kitchen")
        self.market = activity("2026-10-05", ActivityType.MARKET, "Saturday market")
        self.group = TimelineGroupActivity(uuid.uuid4(), day("2026-10-12"), "Autumn picnic", "Heron Park")
        self.class_clash = activity("2026-10-19", ActivityType.SPORT, reason=CancelReason.DUTCH_CLASS)
        self.referral = TimelineReferral(
            uuid.uuid4(),
            day("2026-10-20"),
            "Reading Club Oakfield",
            "Stories for the children",
            ReferralOutcome.ENROLLED,
        )
        self.walk = activity("2026-11-09", ActivityType.CITY_WALK, "Old town")
        self.midway = evaluation(EvaluationKind.MIDWAY, "2026-11-17")  # not done, today 26 Nov: overdue
        self.end = evaluation(EvaluationKind.END, "2027-02-17")
        self.timeline = make_timeline(
            pauses=(self.pause,),
            activities=(
                self.library,
                self.park,
                self.cancelled,
                self.cooking,
                self.market,
                self.class_clash,
                self.walk,
            ),
            evaluations=(self.start_evaluation, self.midway, self.end),
            group_activities=(self.group,),
            referrals=(self.referral,),
        )


@pytest.fixture
def duo() -> Month4:
    return Month4()


@pytest.fixture
def view(qtbot: QtBot, app: QApplication) -> DuoTimelineView:
    widget = DuoTimelineView()
    qtbot.addWidget(widget)
    widget.resize(1000, 280)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


@pytest.fixture
def shown(view: DuoTimelineView, duo: Month4) -> DuoTimelineView:
    view.set_timeline(duo.timeline)
    return view


def centre(view: DuoTimelineView, item: TimelineItem) -> QPoint:
    rect = view.item_rect(item)
    assert not rect.isEmpty()
    return rect.center().toPoint()


# ---------------------------------------------------------------------------------------------------
# Nothing chosen


def test_without_a_duo_the_view_invites_a_choice(qtbot: QtBot, view: DuoTimelineView) -> None:
    view.set_timeline(None)
    assert view.timeline() is None
    assert view.items() == []
    assert view.item_at(QPointF(500, 140)) is None
    assert "Choose a duo" in view.accessibleDescription()
    assert not view.grab().isNull()
    with qtbot.assertNotEmitted(view.item_activated):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(500, 140))
        qtbot.keyClick(view, Qt.Key.Key_Right)
        qtbot.keyClick(view, Qt.Key.Key_Return)


def test_the_view_fits_a_laptop_page() -> None:
    view = DuoTimelineView()
    assert view.minimumSize().width() <= 600 and view.minimumSize().height() <= 240
    assert (view.sizeHint().width(), view.sizeHint().height()) == (1000, 280)
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert view.accessibleName() == "Timeline of the duo"


# ---------------------------------------------------------------------------------------------------
# Clicking


def test_clicking_a_cancelled_activity_opens_it(qtbot: QtBot, shown: DuoTimelineView, duo: Month4) -> None:
    assert shown.timeline() is duo.timeline
    with qtbot.waitSignal(shown.item_activated, timeout=1000) as blocker:
        qtbot.mouseClick(shown, Qt.MouseButton.LeftButton, pos=centre(shown, duo.cancelled))
    assert blocker.args == [duo.cancelled]


def test_every_kind_of_item_can_be_clicked(qtbot: QtBot, shown: DuoTimelineView, duo: Month4) -> None:
    for item in (duo.library, duo.group, duo.midway, duo.end, duo.referral, duo.pause):
        with qtbot.waitSignal(shown.item_activated, timeout=1000) as blocker:
            qtbot.mouseClick(shown, Qt.MouseButton.LeftButton, pos=centre(shown, item))
        assert blocker.args == [item]


def test_a_click_a_few_pixels_off_still_hits_and_empty_space_does_not(
    qtbot: QtBot, shown: DuoTimelineView, duo: Month4
) -> None:
    rect = shown.item_rect(duo.walk)
    assert shown.item_at(QPointF(rect.right() + 2, rect.center().y())) is duo.walk
    # Between two lanes far from any item (the first days of month 2 hold nothing): nothing.
    empty = QPointF(shown.day_x(day("2026-09-04")), shown.item_rect(duo.group).center().y())
    assert shown.item_at(empty) is None
    with qtbot.assertNotEmitted(shown.item_activated):
        qtbot.mouseClick(shown, Qt.MouseButton.LeftButton, pos=empty.toPoint())


def test_the_pause_band_covers_all_lanes_from_start_to_end(shown: DuoTimelineView, duo: Month4) -> None:
    band = shown.item_rect(duo.pause)
    assert band.left() <= shown.day_x(duo.pause.start) < band.right()
    assert band.right() < shown.day_x(day("2026-09-28"))  # the day it resumed is no longer paused
    for item in (duo.library, duo.group, duo.midway, duo.referral):
        rect = shown.item_rect(item)
        assert band.top() <= rect.top() and rect.bottom() <= band.bottom()
    # Inside the band, in any lane, the pause answers.
    for item in (duo.library, duo.referral):
        assert shown.item_at(QPointF(band.center().x(), shown.item_rect(item).center().y())) is duo.pause


def test_two_activities_on_one_day_both_stay_visible_and_clickable(
    qtbot: QtBot, shown: DuoTimelineView, duo: Month4
) -> None:
    cooking, market = shown.item_rect(duo.cooking), shown.item_rect(duo.market)
    assert cooking.center() != market.center()
    assert not cooking.contains(market.center()) and not market.contains(cooking.center())
    for item in (duo.cooking, duo.market):
        with qtbot.waitSignal(shown.item_activated, timeout=1000) as blocker:
            qtbot.mouseClick(shown, Qt.MouseButton.LeftButton, pos=centre(shown, item))
        assert blocker.args == [item]


def test_the_pointer_becomes_a_hand_over_an_item(qtbot: QtBot, shown: DuoTimelineView, duo: Month4) -> None:
    qtbot.mouseMove(shown, centre(shown, duo.park))
    assert shown.cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseMove(shown, QPoint(shown.width() // 2, 5))
    assert shown.cursor().shape() == Qt.CursorShape.ArrowCursor


# ---------------------------------------------------------------------------------------------------
# Texts


def test_tooltips_say_what_each_item_is(shown: DuoTimelineView, duo: Month4) -> None:
    cancelled = shown.tooltip_text(duo.cancelled)
    assert short(duo.cancelled.day) in cancelled
    assert "Museum" in cancelled and "Illness" in cancelled and "Fever in the family" in cancelled
    assert "Dutch class" in shown.tooltip_text(duo.class_clash)
    assert shown.tooltip_text(duo.library) == f"{short(duo.library.day)} · Library · Library on Willow Lane"
    assert shown.tooltip_text(duo.group) == f"{short(duo.group.day)} · Autumn picnic · Heron Park"
    assert shown.tooltip_text(duo.midway) == f"Mid-way evaluation · overdue since {short(duo.midway.due_on)}"
    assert shown.tooltip_text(duo.end) == f"End evaluation · due {short(duo.end.due_on)}"
    done = shown.tooltip_text(duo.start_evaluation)
    assert done.startswith(f"Start evaluation · done {short(day('2026-08-05'))}")
    assert "4/5" in done and "5/5" in done
    referral = shown.tooltip_text(duo.referral)
    for part in ("Reading Club Oakfield", "Stories for the children", "Enrolled"):
        assert part in referral
    pause = shown.tooltip_text(duo.pause)
    assert pause == f"Pause from {short(duo.pause.start)} to {short(day('2026-09-28'))} · Buddy on holiday"


# The offscreen platform of the tests cannot raise the tooltip's window.
@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)", extend=True)
def test_hovering_an_item_shows_its_tooltip(shown: DuoTimelineView, duo: Month4) -> None:
    pos = centre(shown, duo.cancelled)
    QApplication.sendEvent(shown, QHelpEvent(QEvent.Type.ToolTip, pos, shown.mapToGlobal(pos)))
    assert QToolTip.text() == shown.tooltip_text(duo.cancelled)
    QToolTip.hideText()


DUTCH_WORDS = {
    ("DuoTimelineView", "Timeline of the duo"): "Tijdlijn van het duo",
    ("DuoTimelineView", "Pause since %1"): "Pauze sinds %1",
    ("DuoTimelineView", "Today"): "Vandaag",
}


@pytest.fixture
def fake_dutch(translators: Translators) -> Iterator[None]:
    with fake_translation(translators, DUTCH_WORDS):
        yield


def test_the_view_follows_a_language_change(shown: DuoTimelineView, duo: Month4, fake_dutch: None) -> None:
    assert shown.accessibleName() == "Tijdlijn van het duo"
    open_pause = TimelinePause(uuid.uuid4(), day("2026-11-10"), None, "")
    shown.set_timeline(make_timeline(pauses=(open_pause,)))
    assert shown.tooltip_text(open_pause) == f"Pauze sinds {short(open_pause.start)}"
    assert not shown.grab().isNull()


# ---------------------------------------------------------------------------------------------------
# Size


def test_items_scale_with_the_window(qtbot: QtBot, shown: DuoTimelineView, duo: Month4) -> None:
    def xs() -> tuple[float, float, float]:
        library, walk, cancelled = (shown.item_rect(item) for item in (duo.library, duo.walk, duo.cancelled))
        return library.center().x(), walk.center().x(), cancelled.center().x()

    library, walk, cancelled = xs()
    shown.resize(1500, 280)
    qtbot.waitUntil(lambda: shown.width() == 1500)
    wide_library, wide_walk, wide_cancelled = xs()
    assert wide_walk > walk and wide_cancelled > cancelled
    # The axis stretches: the distance between two days grows with the plot, their proportions stay.
    assert (wide_walk - wide_library) > 1.4 * (walk - library)
    assert (wide_cancelled - wide_library) / (wide_walk - wide_library) == pytest.approx(
        (cancelled - library) / (walk - library), abs=0.01
    )
    for item in shown.items():
        assert shown.rect().contains(shown.item_rect(item).toAlignedRect())


def test_at_the_minimum_size_every_item_is_inside_and_clickable(
    qtbot: QtBot, shown: DuoTimelineView, duo: Month4
) -> None:
    shown.resize(shown.minimumSize())
    qtbot.waitUntil(lambda: shown.width() == shown.minimumSize().width())
    for item in shown.items():
        rect = shown.item_rect(item)
        assert shown.rect().contains(rect.toAlignedRect())
        if not isinstance(item, TimelinePause):
            assert shown.item_at(rect.center()) is item


# ---------------------------------------------------------------------------------------------------
# Keyboard


def test_right_then_return_opens_the_first_item(qtbot: QtBot, shown: DuoTimelineView, duo: Month4) -> None:
    shown.setFocus()
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert shown.current_item() is duo.start_evaluation
    with qtbot.waitSignal(shown.item_activated, timeout=1000) as blocker:
        qtbot.keyClick(shown, Qt.Key.Key_Return)
    assert blocker.args == [duo.start_evaluation]


def test_the_keys_walk_the_items_in_date_order(qtbot: QtBot, shown: DuoTimelineView, duo: Month4) -> None:
    assert shown.items() == [
        duo.start_evaluation,
        duo.library,
        duo.park,
        duo.cancelled,
        duo.pause,
        duo.cooking,
        duo.market,
        duo.group,
        duo.class_clash,
        duo.referral,
        duo.walk,
        duo.midway,
        duo.end,
    ]
    for _ in range(4):
        qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert shown.current_item() is duo.cancelled
    # A screen reader reads what the item is.
    assert shown.accessibleDescription() == shown.tooltip_text(duo.cancelled)
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    with qtbot.waitSignal(shown.item_activated, timeout=1000) as blocker:
        qtbot.keyClick(shown, Qt.Key.Key_Space)
    assert blocker.args == [duo.pause]
    qtbot.keyClick(shown, Qt.Key.Key_End)
    assert shown.current_item() is duo.end
    qtbot.keyClick(shown, Qt.Key.Key_Right)  # at the end: stays
    assert shown.current_item() is duo.end
    qtbot.keyClick(shown, Qt.Key.Key_Left)
    assert shown.current_item() is duo.midway
    qtbot.keyClick(shown, Qt.Key.Key_Home)
    assert shown.current_item() is duo.start_evaluation
    with qtbot.waitSignal(shown.item_activated, timeout=1000) as blocker:
        qtbot.keyClick(shown, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert blocker.args == [duo.start_evaluation]


def test_a_click_makes_the_item_current_for_the_keys(
    qtbot: QtBot, shown: DuoTimelineView, duo: Month4
) -> None:
    qtbot.mouseClick(shown, Qt.MouseButton.LeftButton, pos=centre(shown, duo.group))
    assert shown.hasFocus()
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert shown.current_item() is duo.class_clash


def test_reloading_the_same_duo_keeps_the_current_item(shown: DuoTimelineView, duo: Month4) -> None:
    shown.set_current_item(duo.referral)
    reloaded = Month4()
    reloaded.referral = duo.referral  # the same referral, read again
    reloaded.timeline = make_timeline(referrals=(duo.referral,), activities=(reloaded.library,))
    shown.set_timeline(reloaded.timeline)
    assert shown.current_item() == duo.referral
    shown.set_timeline(make_timeline())
    assert shown.current_item() is None


# ---------------------------------------------------------------------------------------------------
# Painting


def accent_pixels(view: DuoTimelineView, x: float) -> int:
    """How many rows have a pixel in the colour of the today line within a pixel of `x`."""
    image = view.grab().toImage()
    scale = image.devicePixelRatio()
    columns = range(round((x - 1) * scale), round((x + 1) * scale) + 1)
    wanted = TODAY_COLOUR
    count = 0
    for y in range(image.height()):
        colour = min(
            (QColor(image.pixel(column, y)) for column in columns),
            key=lambda c: (
                abs(c.red() - wanted.red()) + abs(c.green() - wanted.green()) + abs(c.blue() - wanted.blue())
            ),
        )
        if (
            max(
                abs(colour.red() - wanted.red()),
                abs(colour.green() - wanted.green()),
                abs(colour.blue() - wanted.blue()),
            )
            < 40
        ):
            count += 1
    return count


def test_the_today_line_is_drawn_on_today(shown: DuoTimelineView) -> None:
    assert accent_pixels(shown, shown.day_x(TODAY)) > 100
    assert accent_pixels(shown, shown.day_x(day("2026-10-01"))) == 0


def test_an_open_pause_runs_to_today(shown: DuoTimelineView) -> None:
    open_pause = TimelinePause(uuid.uuid4(), day("2026-11-10"), None, "Family moving house")
    shown.set_timeline(make_timeline(pauses=(open_pause,)))
    band = shown.item_rect(open_pause)
    assert band.left() <= shown.day_x(open_pause.start) and shown.day_x(TODAY) < band.right()
    assert shown.tooltip_text(open_pause) == f"Pause since {short(open_pause.start)} · Family moving house"
    assert not shown.grab().isNull()
    assert accent_pixels(shown, shown.day_x(TODAY)) > 100


def test_a_closed_duo_is_painted_without_a_today_line(shown: DuoTimelineView) -> None:
    stopped = make_timeline(
        closed_on=day("2026-10-02"),
        activities=(activity("2026-09-01", ActivityType.PARK, "Heron Park"),),
        evaluations=(evaluation(EvaluationKind.START, "2026-08-03", "2026-08-03"),),
        today=day("2027-03-01"),
    )
    shown.set_timeline(stopped)
    assert not shown.grab().isNull()
    assert [type(item) for item in shown.items()] == [TimelineEvaluation, TimelineActivity]


def test_the_demo_duos_are_drawn_with_every_item_reachable(
    qtbot: QtBot, store: Store, view: DuoTimelineView
) -> None:
    today = dt.date(2026, 11, 26)
    load_demo(store, today)
    rows = duo_rows(store, today)
    chosen = [row for row in rows if row.progress.month == 4 and row.status == TrajectoryStatus.ACTIVE][:1]
    chosen += [row for row in rows if row.status == TrajectoryStatus.PAUSED or row.closed_on][:2]
    assert chosen
    for row in chosen:
        timeline = load_timeline(store, row.id, today)
        view.set_timeline(timeline)
        assert not view.grab().isNull()
        for item in view.items():
            rect = view.item_rect(item)
            assert view.rect().contains(rect.toAlignedRect())
            if not isinstance(item, TimelinePause):
                assert view.item_at(rect.center()) is item

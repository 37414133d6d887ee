"""A duo's activities in the store: the quick log's checks (each at its field), saving and editing with the
signal noted along, the list of all activities with its filters, and the duos to choose from."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
from sqlmodel import select

from tandem_desktop.core import duos
from tandem_desktop.core.activities import (
    MAX_CHILDREN,
    MAX_DURATION_MINUTES,
    MIN_DURATION_MINUTES,
    ActivityDraft,
    activity_context,
    activity_errors,
    load_activity,
    save_activity,
)
from tandem_desktop.core.activity_list import (
    ActivityFilter,
    ActivityRow,
    activity_rows,
    count_activities,
    duo_choices,
)
from tandem_desktop.core.buddies import BuddyDraft, save_buddy_in
from tandem_desktop.core.errors import DomainError, ValidationFailed
from tandem_desktop.core.families import FamilyDraft, MemberDraft, current_members, save_family_in
from tandem_desktop.core.search import search_matches
from tandem_desktop.core.status import change_status
from tandem_desktop.db.models import Activity, Signal, Trajectory, utcnow
from tandem_desktop.db.models.enums import (
    ActivityType,
    BuddyStatus,
    CancelReason,
    ClosureReason,
    DutchPractised,
    EndedBy,
    FamilyStatus,
    MemberRole,
    SignalSource,
    SignalStatus,
    SignalTheme,
    TrajectoryStatus,
)
from tandem_desktop.db.store import Store

TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=90)


@dataclass
class Duo:
    id: uuid.UUID
    family_id: uuid.UUID
    mother: uuid.UUID
    daughter: uuid.UUID  # a child born in 2017
    son: uuid.UUID  # a child without a known birth year
    uncle: uuid.UUID  # left the household 30 days ago


def make_duo(
    store: Store,
    family_name: str = "Gezin Haddad",
    buddy_name: str = "Lotte Janssens",
    start: dt.date = START,
    started: bool = True,
) -> Duo:
    with store.transaction() as session:
        draft = FamilyDraft(
            name=family_name,
            mother_tongue="ar",
            postcode="9000",
            municipality="Gent",
            members=[
                MemberDraft("Rania Haddad", MemberRole.PARENT, 1988),
                MemberDraft("سلمى", MemberRole.CHILD, 2017),
                MemberDraft("Omar", MemberRole.CHILD),
                MemberDraft("Karim Haddad", MemberRole.OTHER),
            ],
        )
        family = save_family_in(session, draft, TODAY)
        members = current_members(session, family.id)
        members[-1].left_on = TODAY - dt.timedelta(days=30)  # no service records a member leaving (yet)
        change_status(session, family, FamilyStatus.WAITING)
        buddy_draft = BuddyDraft(name=buddy_name, languages=["nl", "ar"], availability=["sat-morning"])
        buddy = save_buddy_in(session, buddy_draft, TODAY)
        change_status(session, buddy, BuddyStatus.AVAILABLE)
        ids = [m.id for m in members]
        family_id, buddy_id = family.id, buddy.id
    duo_id = duos.create_duo(store, family_id, buddy_id, start)
    if started:
        duos.start_duo(store, duo_id)
    return Duo(duo_id, family_id, *ids)


@pytest.fixture
def duo(store: Store) -> Duo:
    return make_duo(store)


def held(duo: Duo, **changes: object) -> ActivityDraft:
    draft = ActivityDraft(
        trajectory_id=duo.id,
        date=TODAY - dt.timedelta(days=10),
        duration_minutes=90,
        type=ActivityType.LIBRARY,
        place="Bibliotheek De Krook",
        participant_ids=[duo.mother, duo.daughter],
        children_count=1,
        dutch_practised=DutchPractised.A_LOT,
        went_well="قرأنا كتابًا معًا",
        wellbeing_note="Salma lachte veel.",
    )
    return dataclasses.replace(draft, **changes)  # type: ignore[arg-type]


def fields(draft: ActivityDraft, store: Store, today: dt.date = TODAY) -> list[str | None]:
    return [
        error.field for error in activity_errors(draft, activity_context(store, draft.trajectory_id), today)
    ]


# -- the checks --------------------------------------------------------------------------------------


def test_a_good_held_activity_passes_every_check(store: Store, duo: Duo) -> None:
    assert fields(held(duo), store) == []


@pytest.mark.parametrize(
    ("days_ago", "wanted"),
    [(91, ["date"]), (90, []), (0, []), (-1, ["date"])],
    ids=["before the start", "on the start", "today", "tomorrow"],
)
def test_the_date_lies_between_the_duo_s_start_and_today(
    store: Store, duo: Duo, days_ago: int, wanted: list[str]
) -> None:
    assert fields(held(duo, date=TODAY - dt.timedelta(days=days_ago)), store) == wanted


def test_the_date_cannot_fall_in_a_pause_or_after_the_duo_ended(store: Store, duo: Duo) -> None:
    duos.pause_duo(store, duo.id, TODAY - dt.timedelta(days=40), "Verhuis")
    duos.resume_duo(store, duo.id, TODAY - dt.timedelta(days=20))
    assert fields(held(duo, date=TODAY - dt.timedelta(days=40)), store) == ["date"]
    assert fields(held(duo, date=TODAY - dt.timedelta(days=21)), store) == ["date"]
    assert fields(held(duo, date=TODAY - dt.timedelta(days=20)), store) == []  # resumed that day
    duos.close_duo(
        store,
        duo.id,
        TODAY - dt.timedelta(days=5),
        ClosureReason.FAMILY_MOVED,
        EndedBy.FAMILY,
        "Naar Antwerpen",
    )
    assert fields(held(duo, date=TODAY - dt.timedelta(days=5)), store) == []
    assert fields(held(duo, date=TODAY - dt.timedelta(days=4)), store) == ["date"]


@pytest.mark.parametrize(
    ("minutes", "ok"),
    [
        (None, False),
        (0, False),
        (MIN_DURATION_MINUTES - 1, False),
        (MIN_DURATION_MINUTES, True),
        (MAX_DURATION_MINUTES, True),
        (MAX_DURATION_MINUTES + 1, False),
        (20 * 60, False),
    ],
)
def test_the_duration_is_that_of_a_leisure_activity(
    store: Store, duo: Duo, minutes: int | None, ok: bool
) -> None:
    assert fields(held(duo, duration_minutes=minutes), store) == ([] if ok else ["duration"])


def test_only_members_of_the_household_on_that_date_can_be_ticked(store: Store, duo: Duo) -> None:
    # The uncle left 30 days ago: before that he can be ticked, on and after that day not.
    assert fields(held(duo, date=TODAY - dt.timedelta(days=31), participant_ids=[duo.uncle]), store) == []
    for days_ago in (30, 10):
        draft = held(duo, date=TODAY - dt.timedelta(days=days_ago), participant_ids=[duo.uncle])
        errors = activity_errors(draft, activity_context(store, duo.id), TODAY)
        assert [e.field for e in errors] == ["participants"]
        assert errors[0].params["name"] == "Karim Haddad"
    # Somebody of another family cannot be ticked at all.
    other = make_duo(store, "Gezin Petrenko", "Els Van Damme")
    assert fields(held(duo, participant_ids=[other.mother]), store) == ["participants"]


def test_the_household_on_a_date_keeps_who_is_ticked(store: Store, duo: Duo) -> None:
    context = activity_context(store, duo.id)
    before, after = TODAY - dt.timedelta(days=31), TODAY - dt.timedelta(days=30)
    assert duo.uncle in {m.id for m in context.members_on(before)}
    assert duo.uncle not in {m.id for m in context.members_on(after)}
    assert duo.uncle in {m.id for m in context.members_on(after, keep=frozenset({duo.uncle}))}
    assert [m.name for m in context.members_on(after)] == ["Rania Haddad", "سلمى", "Omar"]
    assert [m.is_child for m in context.members] == [False, True, True, False]


@pytest.mark.parametrize(
    ("ticked", "counted", "ok"),
    [
        (["daughter"], 1, True),
        (["daughter"], 3, True),  # cousins came along
        (["daughter", "son"], 1, False),
        (["mother"], 0, True),
        ([], MAX_CHILDREN, True),
        ([], MAX_CHILDREN + 1, False),
    ],
)
def test_the_children_counted_are_at_least_the_children_ticked(
    store: Store, duo: Duo, ticked: list[str], counted: int, ok: bool
) -> None:
    draft = held(duo, participant_ids=[getattr(duo, who) for who in ticked], children_count=counted)
    assert fields(draft, store) == ([] if ok else ["children_count"])


def test_a_cancelled_activity_needs_a_reason_and_for_other_a_note(store: Store, duo: Duo) -> None:
    cancelled = held(duo, held=False, duration_minutes=0, participant_ids=[duo.uncle], children_count=0)
    # What a held activity needs is not asked of a cancelled one.
    assert fields(cancelled, store) == ["cancel_reason"]
    assert fields(dataclasses.replace(cancelled, cancel_reason=CancelReason.DUTCH_CLASS), store) == []
    other = dataclasses.replace(cancelled, cancel_reason=CancelReason.OTHER, cancel_note="  ")
    assert fields(other, store) == ["cancel_note"]
    assert fields(dataclasses.replace(other, cancel_note="Trouwfeest in de familie"), store) == []


def test_every_field_in_error_is_named_at_once(store: Store, duo: Duo) -> None:
    draft = held(duo, date=TODAY + dt.timedelta(days=1), duration_minutes=0, children_count=0)
    assert fields(draft, store) == ["date", "duration", "children_count"]
    with pytest.raises(ValidationFailed) as refused:
        save_activity(store, draft, TODAY)
    assert [e.field for e in refused.value.errors] == ["date", "duration", "children_count"]
    with store.session() as session:
        assert session.exec(select(Activity)).all() == []


def test_a_duo_that_no_longer_exists_is_said_so(store: Store, duo: Duo) -> None:
    with store.transaction() as session:
        trajectory = session.get(Trajectory, duo.id)
        assert trajectory is not None
        trajectory.deleted_at = utcnow()
    with pytest.raises(DomainError) as refused:
        save_activity(store, held(duo), TODAY)
    assert refused.value.field is None and "no longer exists" in refused.value.message


# -- saving, editing, loading ------------------------------------------------------------------------


def _signals(store: Store) -> list[Signal]:
    with store.session() as session:
        return list(session.exec(select(Signal)).all())


def test_a_held_activity_and_its_signal_are_saved_and_loaded_as_typed(store: Store, duo: Duo) -> None:
    draft = held(
        duo,
        signal_text="  Schimmel in de slaapkamer van de kinderen  ",
        signal_theme=SignalTheme.HOUSING,
        place="  Bibliotheek De Krook ",
    )
    activity_id = save_activity(store, draft, TODAY)
    loaded = load_activity(store, activity_id)
    assert loaded == dataclasses.replace(
        draft,
        id=activity_id,
        place="Bibliotheek De Krook",
        signal_text="Schimmel in de slaapkamer van de kinderen",
    )
    [signal] = _signals(store)
    assert (signal.activity_id, signal.trajectory_id, signal.family_id) == (
        activity_id,
        duo.id,
        duo.family_id,
    )
    assert signal.source == SignalSource.ACTIVITY and signal.status == SignalStatus.NEW
    assert signal.theme == SignalTheme.HOUSING and signal.raised_on == draft.date


def test_editing_changes_the_activity_and_its_signal_and_emptying_a_new_signal_removes_it(
    store: Store, duo: Duo
) -> None:
    activity_id = save_activity(store, held(duo, signal_text="Zoekt een huis"), TODAY)
    edited = dataclasses.replace(
        load_activity(store, activity_id),
        duration_minutes=150,
        dutch_practised=DutchPractised.A_LITTLE,
        signal_text="Zoekt dringend een groter huis",
        signal_theme=SignalTheme.HOUSING,
    )
    assert save_activity(store, edited, TODAY) == activity_id
    assert load_activity(store, activity_id) == edited
    [signal] = _signals(store)
    assert (signal.description, signal.theme) == ("Zoekt dringend een groter huis", SignalTheme.HOUSING)

    save_activity(store, dataclasses.replace(edited, signal_text="   "), TODAY)
    [removed] = _signals(store)
    assert removed.id == signal.id and removed.deleted_at is not None
    assert load_activity(store, activity_id).signal_text == ""
    with store.session() as session:
        assert len(session.exec(select(Activity)).all()) == 1  # edited, not added


def test_a_signal_already_passed_on_stays_when_emptied_in_the_form(store: Store, duo: Duo) -> None:
    activity_id = save_activity(store, held(duo, signal_text="Geen kinderopvang gevonden"), TODAY)
    with store.transaction() as session:
        signal = session.exec(select(Signal)).one()
        signal.status = SignalStatus.PASSED_ON
    save_activity(store, dataclasses.replace(load_activity(store, activity_id), signal_text=""), TODAY)
    [kept] = _signals(store)
    assert kept.deleted_at is None and kept.description == "Geen kinderopvang gevonden"


def test_a_cancelled_activity_keeps_only_what_a_cancelled_one_can_have(store: Store, duo: Duo) -> None:
    activity_id = save_activity(
        store, held(duo, held=False, cancel_reason=CancelReason.DUTCH_CLASS, cancel_note=" Examen "), TODAY
    )
    loaded = load_activity(store, activity_id)
    assert (
        not loaded.held
        and loaded.cancel_reason == CancelReason.DUTCH_CLASS
        and loaded.cancel_note == "Examen"
    )
    assert loaded.duration_minutes is None and loaded.participant_ids == [] and loaded.children_count == 0
    assert (
        loaded.went_well == ""
        and loaded.wellbeing_note == ""
        and loaded.dutch_practised == DutchPractised.NONE
    )
    assert loaded.type == ActivityType.LIBRARY and loaded.place == "Bibliotheek De Krook"
    # Held again, the reason goes.
    again = save_activity(store, dataclasses.replace(held(duo), id=activity_id), TODAY)
    assert load_activity(store, again).cancel_reason is None


def test_an_activity_that_no_longer_exists_cannot_be_loaded_or_saved(store: Store, duo: Duo) -> None:
    activity_id = save_activity(store, held(duo), TODAY)
    with store.transaction() as session:
        activity = session.get(Activity, activity_id)
        assert activity is not None
        activity.deleted_at = utcnow()
    with pytest.raises(DomainError):
        load_activity(store, activity_id)
    with pytest.raises(DomainError):
        save_activity(store, held(duo, id=activity_id), TODAY)


# -- the list of all activities ----------------------------------------------------------------------


def test_the_list_is_newest_first_and_filters_by_period_duo_type_and_held(store: Store, duo: Duo) -> None:
    other = make_duo(store, "Gezin Çelik", "Mustafa Aydın")
    days = {
        "park": save_activity(
            store, held(duo, date=TODAY - dt.timedelta(days=60), type=ActivityType.PARK), TODAY
        ),
        "library": save_activity(store, held(duo, date=TODAY - dt.timedelta(days=10)), TODAY),
        "cancelled": save_activity(
            store,
            held(other, date=TODAY - dt.timedelta(days=20), held=False, cancel_reason=CancelReason.ILLNESS),
            TODAY,
        ),
        "market": save_activity(
            store,
            held(other, date=TODAY - dt.timedelta(days=5), type=ActivityType.MARKET, place="Vrijdagmarkt"),
            TODAY,
        ),
    }
    everything = activity_rows(store, ActivityFilter())
    assert [r.id for r in everything] == [days["market"], days["library"], days["cancelled"], days["park"]]

    def ids(**wanted: object) -> set[uuid.UUID]:
        return {r.id for r in activity_rows(store, ActivityFilter(**wanted))}  # type: ignore[arg-type]

    # The period is inclusive at both ends.
    assert ids(start=TODAY - dt.timedelta(days=20), end=TODAY - dt.timedelta(days=10)) == {
        days["library"],
        days["cancelled"],
    }
    assert ids(start=TODAY - dt.timedelta(days=9)) == {days["market"]}
    assert ids(end=TODAY - dt.timedelta(days=60)) == {days["park"]}
    assert ids(trajectory_id=duo.id) == {days["park"], days["library"]}
    assert ids(type=ActivityType.LIBRARY) == {days["library"], days["cancelled"]}
    assert ids(held=False) == {days["cancelled"]}
    assert ids(held=True, trajectory_id=other.id) == {days["market"]}

    row = next(r for r in everything if r.id == days["cancelled"])
    assert (row.family_name, row.buddy_name, row.held, row.cancel_reason) == (
        "Gezin Çelik",
        "Mustafa Aydın",
        False,
        CancelReason.ILLNESS,
    )
    assert row.duration_minutes is None and row.trajectory_id == other.id
    # Found by family, buddy and place, folded: the dotless ı of Aydın as an i, the spaces of "De Krook" left out.
    assert all(search_matches(row.search_key, typed) for typed in ("celik", "mustafa aydin", "dekrook"))

    # Deleted activities and the activities of a deleted duo are not listed.
    with store.transaction() as session:
        activity = session.get(Activity, days["park"])
        trajectory = session.get(Trajectory, other.id)
        assert activity is not None and trajectory is not None
        activity.deleted_at = trajectory.deleted_at = utcnow()
    assert [r.id for r in activity_rows(store, ActivityFilter())] == [days["library"]]


def test_the_list_read_a_part_at_a_time_is_the_list_read_at_once(store: Store) -> None:
    duo = make_duo(store)
    other = make_duo(store, "Gezin Çelik", "Mustafa Aydın")
    # Several on one day: the parts must neither repeat nor skip one of a day split between two parts.
    for days_ago in (3, 3, 3, 3, 3, 7, 7, 12):
        save_activity(store, held(duo, date=TODAY - dt.timedelta(days=days_ago)), TODAY)
    save_activity(store, held(other, date=TODAY - dt.timedelta(days=3)), TODAY)
    wanted = ActivityFilter(start=TODAY - dt.timedelta(days=10))
    whole = activity_rows(store, wanted)
    assert count_activities(store, wanted) == len(whole) == 8
    for size in (1, 2, 3, 5):
        parts: list[ActivityRow] = []
        while part := activity_rows(store, wanted, parts[-1] if parts else None, size):
            assert len(part) <= size
            parts += part
        assert parts == whole, size
    assert count_activities(store, ActivityFilter(trajectory_id=other.id)) == 1


def test_the_duos_to_choose_from_are_the_open_ones_first_then_by_family(store: Store) -> None:
    first = make_duo(store, "Gezin Diallo", "Els Van Damme")
    accented = make_duo(store, "Gezin Çelik", "Mustafa Aydın")
    ended = make_duo(store, "Gezin Abdullahi", "Jan Van Hecke")
    duos.close_duo(store, ended.id, TODAY, ClosureReason.DURATION_COMPLETED, EndedBy.MUTUAL, "")
    paused = make_duo(store, "Gezin Osman", "Nour Al-Sayed")
    duos.pause_duo(store, paused.id, TODAY - dt.timedelta(days=3), "Ziekenhuis")
    with store.transaction() as session:
        family = save_family_in(session, FamilyDraft(name="Gezin Bakr", postcode="9000"), TODAY)
        change_status(session, family, FamilyStatus.WAITING)
        buddy = save_buddy_in(session, BuddyDraft(name="Griet Maes", languages=["nl"]), TODAY)
        change_status(session, buddy, BuddyStatus.AVAILABLE)
        family_id, buddy_id = family.id, buddy.id
    duos.create_duo(store, family_id, buddy_id, TODAY + dt.timedelta(days=7))  # proposed: not offered

    choices = duo_choices(store)
    assert [c.id for c in choices] == [accented.id, first.id, paused.id, ended.id]
    assert [c.status for c in choices] == [
        TrajectoryStatus.ACTIVE,
        TrajectoryStatus.ACTIVE,
        TrajectoryStatus.PAUSED,
        TrajectoryStatus.COMPLETED,
    ]
    assert choices[0].label == "Gezin Çelik · Mustafa Aydın"


def test_a_proposed_duo_has_no_activities_yet(store: Store) -> None:
    proposed = make_duo(store, "Gezin Tesfaye", "Yonas Kidane", started=False)
    assert fields(held(proposed), store) == ["date"]


def test_moving_an_activity_moves_its_signal_and_an_activity_stays_with_its_duo(
    store: Store, duo: Duo
) -> None:
    activity_id = save_activity(store, held(duo, signal_text="Zoekt een huis"), TODAY)
    moved = dataclasses.replace(load_activity(store, activity_id), date=TODAY - dt.timedelta(days=3))
    save_activity(store, moved, TODAY)
    [signal] = _signals(store)
    assert signal.raised_on == moved.date
    other = make_duo(store, "Gezin Tesfaye", "Yonas Kidane")
    with pytest.raises(DomainError):
        save_activity(store, dataclasses.replace(moved, trajectory_id=other.id), TODAY)

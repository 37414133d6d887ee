"""Group activities and buddy meetings in the store: who can be ticked on a date, the counts, attendance written
as a diff; a meeting's lines and the signals they raise."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from sqlmodel import col

from tandem_desktop.core import signals
from tandem_desktop.core.buddy_meetings import (
    ItemDraft,
    MeetingDraft,
    buddy_choices,
    load_meeting,
    meeting_held_in,
    meeting_rows,
    save_meeting,
)
from tandem_desktop.core.errors import ValidationFailed
from tandem_desktop.core.group_activities import (
    GroupActivityDraft,
    Person,
    attendance_counts,
    group_activity_rows,
    households,
    load_group_activity,
    save_group_activity,
)
from tandem_desktop.db.models import (
    Buddy,
    BuddyMeetingItem,
    Family,
    FamilyMember,
    GroupAttendance,
    Signal,
    Trajectory,
)
from tandem_desktop.db.models.enums import (
    BuddyStatus,
    DutchLevel,
    MeetingItemKind,
    MemberRole,
    SignalSource,
    SignalStatus,
    SignalTheme,
    TrajectoryStatus,
)
from tandem_desktop.db.store import Store

TODAY = dt.date(2026, 11, 26)
DAY = dt.timedelta(days=1)


@dataclass
class World:
    haddad: Family
    tesfaye: Family
    petrenko: Family
    layla: FamilyMember
    samer: FamilyMember
    yara: FamilyMember
    almaz: FamilyMember
    selam: FamilyMember
    olena: FamilyMember
    lotte: Buddy
    yonas: Buddy
    an: Buddy


def _world(store: Store) -> World:
    """Three families: Haddad with Lotte (running), Tesfaye with Yonas (running), Petrenko with An (proposed);
    Lotte had an earlier family (Tesfaye, closed before Yonas took over)."""
    with store.transaction() as session:
        haddad = Family(name="Gezin Haddad", mother_tongue="ar")
        tesfaye = Family(name="Gezin Tesfaye", mother_tongue="ti")
        petrenko = Family(name="Gezin Петренко", mother_tongue="uk")
        layla = FamilyMember(family_id=haddad.id, name="ليلى حداد", role=MemberRole.PARENT, position=0)
        samer = FamilyMember(
            family_id=haddad.id, name="سامر حداد", role=MemberRole.CHILD, birth_year=2018, position=1
        )
        yara = FamilyMember(
            family_id=haddad.id, name="Yara Haddad", role=MemberRole.CHILD, birth_year=2021, position=2
        )
        almaz = FamilyMember(family_id=tesfaye.id, name="አልማዝ ተስፋዬ", role=MemberRole.PARENT, position=0)
        selam = FamilyMember(
            family_id=tesfaye.id, name="ሰላም", role=MemberRole.CHILD, birth_year=2019, position=1
        )
        olena = FamilyMember(family_id=petrenko.id, name="Олена", role=MemberRole.PARENT, position=0)
        lotte = Buddy(name="Lotte Janssens", languages=["nl"], status=BuddyStatus.MATCHED)
        yonas = Buddy(
            name="Yonas Kidane",
            languages=["ti", "nl"],
            dutch_level=DutchLevel.B2_OR_HIGHER,
            status=BuddyStatus.MATCHED,
        )
        an = Buddy(name="An Peeters", languages=["nl", "uk"], status=BuddyStatus.STOPPED)
        session.add_all(
            [haddad, tesfaye, petrenko, layla, samer, yara, almaz, selam, olena, lotte, yonas, an]
        )
        session.flush()
        for family, buddy, status, start, closed in (
            (tesfaye, lotte, TrajectoryStatus.COMPLETED, TODAY - 400 * DAY, TODAY - 220 * DAY),
            (haddad, lotte, TrajectoryStatus.ACTIVE, TODAY - 90 * DAY, None),
            (tesfaye, yonas, TrajectoryStatus.ACTIVE, TODAY - 60 * DAY, None),
            (petrenko, an, TrajectoryStatus.PROPOSED, TODAY - 10 * DAY, None),
        ):
            session.add(
                Trajectory(
                    family_id=family.id,
                    buddy_id=buddy.id,
                    status=status,
                    start_date=start,
                    planned_end=start + 180 * DAY,
                    closed_on=closed,
                )
            )
    return World(haddad, tesfaye, petrenko, layla, samer, yara, almaz, selam, olena, lotte, yonas, an)


# -- who can be ticked -----------------------------------------------------------------------------------


def test_households_on_a_date_are_the_running_duos_with_their_members_and_buddy(store: Store) -> None:
    w = _world(store)
    found = households(store, TODAY - 7 * DAY)
    # The proposed duo (Petrenko) is not running; Tesfaye's earlier, closed duo gives way to the running one.
    assert [(h.family_name, h.buddy.name) for h in found] == [
        ("Gezin Haddad", "Lotte Janssens"),
        ("Gezin Tesfaye", "Yonas Kidane"),
    ]
    haddad = found[0]
    assert [m.name for m in haddad.members] == ["ليلى حداد", "سامر حداد", "Yara Haddad"]
    samer = haddad.members[1]
    assert (samer.is_child, samer.birth_year, samer.language, samer.is_buddy) == (True, 2018, "ar", False)
    assert haddad.buddy == Person(w.lotte.id, "Lotte Janssens", True, False, None, "nl")
    # A buddy who is not a native Dutch speaker brings their first language.
    assert found[1].buddy.language == "ti"

    # Before Haddad's duo started, only the duos running then; a closed duo counts until its last day.
    earlier = households(store, TODAY - 300 * DAY)
    assert [(h.family_name, h.buddy.name) for h in earlier] == [("Gezin Tesfaye", "Lotte Janssens")]
    assert [h.family_name for h in households(store, TODAY - 220 * DAY)] == ["Gezin Tesfaye"]
    assert households(store, TODAY - 219 * DAY) == []


def test_a_member_who_left_is_not_offered_after_leaving_unless_already_ticked(store: Store) -> None:
    w = _world(store)
    with store.transaction() as session:
        yara = session.get(FamilyMember, w.yara.id)
        assert yara is not None
        yara.left_on = TODAY - 10 * DAY

    def names(on: dt.date, keep: set[uuid.UUID] | None = None) -> list[str]:
        return [m.name for h in households(store, on, keep or set()) for m in h.members]

    assert "Yara Haddad" in names(TODAY - 11 * DAY)
    assert "Yara Haddad" not in names(TODAY - 10 * DAY)  # the day she left, she is gone
    assert "Yara Haddad" in names(TODAY - 5 * DAY, {w.yara.id})
    kept = next(m for h in households(store, TODAY, {w.yara.id}) for m in h.members if m.id == w.yara.id)
    assert kept.left_on == TODAY - 10 * DAY


def test_people_ticked_before_keep_their_household_but_a_buddy_not_every_family_they_had(
    store: Store,
) -> None:
    w = _world(store)
    # Two years ago nobody was running; the people ticked then keep their place.
    on = TODAY - 700 * DAY
    assert households(store, on) == []
    kept = households(store, on, {w.olena.id})
    assert [(h.family_name, h.buddy.name) for h in kept] == [("Gezin Петренко", "An Peeters")]
    # Lotte ticked while she is with Haddad: her former family (Tesfaye) does not come along.
    found = households(store, TODAY - 7 * DAY, {w.lotte.id})
    assert [(h.family_name, h.buddy.name) for h in found] == [
        ("Gezin Haddad", "Lotte Janssens"),
        ("Gezin Tesfaye", "Yonas Kidane"),
    ]
    # Ticked on a day she was in no duo, she is listed once, with one of her families.
    alone = households(store, on, {w.lotte.id})
    assert [h.buddy.name for h in alone] == ["Lotte Janssens"]


def test_attendance_counts_people_children_families_buddies_and_languages() -> None:
    family_a, family_b = uuid.uuid4(), uuid.uuid4()
    layla = Person(uuid.uuid4(), "ليلى", False, False, None, "ar")
    samer = Person(uuid.uuid4(), "سامر", False, True, None, "ar", 2018)
    selam = Person(uuid.uuid4(), "ሰላም", False, True, None, "ti", 2019)
    lotte = Person(uuid.uuid4(), "Lotte", True, False, None, "nl")
    yonas = Person(uuid.uuid4(), "Yonas", True, False, None, "ti")
    household = {layla.id: family_a, samer.id: family_a, selam.id: family_b}
    counts = attendance_counts([layla, samer, selam, lotte, yonas], lambda p: household.get(p.id))
    assert (counts.people, counts.children, counts.buddies, counts.families, counts.languages) == (
        5,
        2,
        2,
        2,
        3,
    )
    empty = attendance_counts([], lambda p: None)
    assert (empty.people, empty.families, empty.languages) == (0, 0, 0)


# -- group activities ----------------------------------------------------------------------------------------


def _lines(store: Store) -> list[GroupAttendance]:
    with store.session() as session:
        return list(session.execute(sa.select(GroupAttendance)).scalars())


def test_attendance_is_written_as_a_diff_and_the_row_counts_follow(store: Store) -> None:
    w = _world(store)
    draft = GroupActivityDraft(
        title=" Picknick ",
        date=TODAY - 3 * DAY,
        place="Citadelpark",
        member_ids={w.layla.id, w.samer.id},
        buddy_ids={w.lotte.id, w.yonas.id},
    )
    activity_id = save_group_activity(store, draft, TODAY)
    [row] = group_activity_rows(store)
    assert (row.title, row.people, row.families, row.buddies, row.languages) == ("Picknick", 4, 1, 2, 3)
    before = {line.family_member_id or line.buddy_id: line.id for line in _lines(store)}

    loaded = load_group_activity(store, activity_id)
    assert loaded.member_ids == {w.layla.id, w.samer.id} and loaded.buddy_ids == {w.lotte.id, w.yonas.id}
    loaded.member_ids = {w.layla.id, w.selam.id}  # Samer unticked, Selam ticked
    loaded.buddy_ids = {w.lotte.id}
    assert save_group_activity(store, loaded, TODAY) == activity_id

    lines = _lines(store)
    live = {line.family_member_id or line.buddy_id: line for line in lines if line.deleted_at is None}
    gone = {line.family_member_id or line.buddy_id for line in lines if line.deleted_at is not None}
    assert set(live) == {w.layla.id, w.selam.id, w.lotte.id}
    assert gone == {w.samer.id, w.yonas.id}
    # The people who stayed kept their line; nothing was rewritten.
    assert live[w.layla.id].id == before[w.layla.id] and live[w.lotte.id].id == before[w.lotte.id]
    assert len(lines) == 5  # four, then one for Selam
    [row] = group_activity_rows(store, activity_id)
    assert (row.people, row.families, row.buddies, row.languages) == (3, 2, 1, 3)


def test_a_group_activity_needs_a_title_and_attendance_only_once_it_took_place(store: Store) -> None:
    w = _world(store)
    with pytest.raises(ValidationFailed) as failed:
        save_group_activity(
            store, GroupActivityDraft(title=" ", date=TODAY + 7 * DAY, member_ids={w.layla.id}), TODAY
        )
    assert {e.field for e in failed.value.errors} == {"title", "attendance"}
    # Planned ahead without attendance: fine.
    planned = save_group_activity(store, GroupActivityDraft(title="Zwemmen", date=TODAY + 7 * DAY), TODAY)
    assert group_activity_rows(store, planned)[0].people == 0


def test_a_member_ticked_for_a_date_after_they_left_is_refused_with_their_name(store: Store) -> None:
    w = _world(store)
    with store.transaction() as session:
        yara = session.get(FamilyMember, w.yara.id)
        assert yara is not None
        yara.left_on = TODAY - 10 * DAY
    draft = GroupActivityDraft(title="Museum", date=TODAY - 12 * DAY, member_ids={w.yara.id})
    activity_id = save_group_activity(store, draft, TODAY)
    moved = load_group_activity(store, activity_id)
    moved.date = TODAY - 5 * DAY
    with pytest.raises(ValidationFailed) as failed:
        save_group_activity(store, moved, TODAY)
    [error] = failed.value.errors
    assert error.field == "attendance" and "Yara Haddad" in error.message
    assert load_group_activity(store, activity_id).date == TODAY - 12 * DAY


# -- buddy meetings --------------------------------------------------------------------------------------------


def _signals(store: Store) -> list[Signal]:
    with store.session() as session:
        return list(session.execute(sa.select(Signal).order_by(col(Signal.created_at))).scalars())


def test_buddy_choices_are_the_buddies_who_have_not_stopped_and_those_ticked(store: Store) -> None:
    w = _world(store)
    assert [b.name for b in buddy_choices(store)] == ["Lotte Janssens", "Yonas Kidane"]
    assert [b.name for b in buddy_choices(store, keep={w.an.id})] == [
        "An Peeters",
        "Lotte Janssens",
        "Yonas Kidane",
    ]


def test_a_meeting_s_signals_go_to_the_register_and_follow_their_lines(store: Store) -> None:
    w = _world(store)
    draft = MeetingDraft(
        date=TODAY - 2 * DAY,
        place="Buurtcentrum",
        buddy_ids={w.lotte.id, w.yonas.id},
        items=[
            ItemDraft(MeetingItemKind.SIGNAL, "Geen woning — لا يوجد سكن", SignalTheme.HOUSING),
            ItemDraft(MeetingItemKind.IDEA, "Uitstap naar zee"),
            ItemDraft(MeetingItemKind.SIGNAL, "School zoekt een tolk Tigrinya", SignalTheme.SCHOOL),
            ItemDraft(MeetingItemKind.NEED, "  "),  # the form's empty line: not a line
        ],
    )
    meeting_id = save_meeting(store, draft, TODAY)
    [row] = meeting_rows(store)
    assert (row.buddies, row.ideas, row.needs, row.signals) == (2, 1, 0, 2)
    housing, school = _signals(store)
    assert (housing.theme, housing.source, housing.buddy_meeting_id) == (
        SignalTheme.HOUSING,
        SignalSource.BUDDY_MEETING,
        meeting_id,
    )
    assert housing.description == "Geen woning — لا يوجد سكن" and housing.raised_on == TODAY - 2 * DAY
    assert school.theme == SignalTheme.SCHOOL

    loaded = load_meeting(store, meeting_id)
    assert [(i.kind, i.text, i.theme) for i in loaded.items] == [
        (MeetingItemKind.SIGNAL, "Geen woning — لا يوجد سكن", SignalTheme.HOUSING),
        (MeetingItemKind.IDEA, "Uitstap naar zee", SignalTheme.OTHER),
        (MeetingItemKind.SIGNAL, "School zoekt een tolk Tigrinya", SignalTheme.SCHOOL),
    ]
    assert loaded.buddy_ids == {w.lotte.id, w.yonas.id}

    # The school signal is passed on; then both signal lines are removed and the housing one reworded first.
    signals.pass_on(store, school.id, TODAY, TODAY)
    loaded.items[0].text = "Geen woning, gezin slaapt bij familie"
    loaded.items[0].theme = SignalTheme.ADMINISTRATION
    save_meeting(store, loaded, TODAY)
    housing_after, _school = _signals(store)
    assert housing_after.id == housing.id  # the same signal, changed with its line
    assert (housing_after.description, housing_after.theme) == (
        "Geen woning, gezin slaapt bij familie",
        SignalTheme.ADMINISTRATION,
    )

    loaded = load_meeting(store, meeting_id)
    loaded.items = [loaded.items[1]]  # only the idea stays
    save_meeting(store, loaded, TODAY)
    housing_after, school_after = _signals(store)
    assert housing_after.deleted_at is not None  # new: it goes with its line
    assert school_after.deleted_at is None and school_after.status == SignalStatus.PASSED_ON  # on record
    [row] = meeting_rows(store)
    assert (row.ideas, row.signals) == (1, 0)


def test_a_signal_line_turned_into_an_idea_drops_its_new_signal(store: Store) -> None:
    _world(store)
    meeting_id = save_meeting(
        store,
        MeetingDraft(TODAY, items=[ItemDraft(MeetingItemKind.SIGNAL, "Eenzaamheid", SignalTheme.LONELINESS)]),
        TODAY,
    )
    loaded = load_meeting(store, meeting_id)
    loaded.items[0].kind = MeetingItemKind.IDEA
    save_meeting(store, loaded, TODAY)
    [signal] = _signals(store)
    assert signal.deleted_at is not None
    with store.session() as session:
        [line] = session.execute(sa.select(BuddyMeetingItem)).scalars()
        assert (line.kind, line.signal_id, line.deleted_at) == (MeetingItemKind.IDEA, None, None)


def test_a_line_emptied_goes_and_errors_name_the_line_as_the_form_shows_it(store: Store) -> None:
    _world(store)
    draft = MeetingDraft(
        TODAY + DAY,
        items=[
            ItemDraft(MeetingItemKind.IDEA, ""),  # emptied in the form
            ItemDraft(MeetingItemKind.SIGNAL, "x" * 2001),
            ItemDraft(MeetingItemKind.IDEA, ""),
        ],
    )
    with pytest.raises(ValidationFailed) as failed:
        save_meeting(store, draft, TODAY)
    assert [e.field for e in failed.value.errors] == ["date", "items[1]"]
    assert len(draft.items) == 3  # the caller's draft is left as it was

    meeting_id = save_meeting(
        store,
        MeetingDraft(
            TODAY, items=[ItemDraft(MeetingItemKind.NEED, "Vervoer"), ItemDraft(MeetingItemKind.IDEA, "Zee")]
        ),
        TODAY,
    )
    loaded = load_meeting(store, meeting_id)
    loaded.items[0].text = "   "
    save_meeting(store, loaded, TODAY)
    assert [i.text for i in load_meeting(store, meeting_id).items] == ["Zee"]


def test_meeting_held_in_looks_at_the_calendar_month(store: Store) -> None:
    _world(store)
    with store.session() as session:
        assert not meeting_held_in(session, TODAY)
    meeting_id = save_meeting(store, MeetingDraft(dt.date(2026, 10, 31)), TODAY)
    with store.session() as session:
        assert meeting_held_in(session, dt.date(2026, 10, 1))
        assert not meeting_held_in(session, TODAY)
    loaded = load_meeting(store, meeting_id)
    loaded.date = dt.date(2026, 11, 1)
    save_meeting(store, loaded, TODAY)
    with store.session() as session:
        assert meeting_held_in(session, TODAY) and not meeting_held_in(session, dt.date(2026, 10, 15))
        assert not meeting_held_in(session, dt.date(2026, 12, 1))

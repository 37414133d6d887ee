"""The programme's consistency rules (core.consistency), each on a programme made through the services and
then broken behind their back with a plain SQL UPDATE, the way a faulty import or a hand edit would.

Every problem names its records by kind and id, never by a name or a text the coordinator typed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import col

from tandem_desktop.core import consistency
from tandem_desktop.core.activities import ActivityDraft, save_activity
from tandem_desktop.core.buddies import BuddyDraft, save_buddy_in
from tandem_desktop.core.consistency import find_problems
from tandem_desktop.core.duos import (
    close_duo,
    create_duo,
    pause_duo,
    record_evaluation,
    resume_duo,
    start_duo,
)
from tandem_desktop.core.families import FamilyDraft, MemberDraft, current_members, save_family_in
from tandem_desktop.core.organisations import (
    OrganisationDraft,
    ReferralDraft,
    save_organisation,
    save_referral,
)
from tandem_desktop.core.settings import get_settings
from tandem_desktop.core.signals import pass_on, record_answer
from tandem_desktop.db.models import (
    Activity,
    Buddy,
    Evaluation,
    Family,
    FamilyMember,
    ProgrammeSettings,
    Record,
    Referral,
    Signal,
    Trajectory,
    TrajectoryPause,
)
from tandem_desktop.db.models.enums import (
    BuddyStatus,
    ClosureReason,
    EndedBy,
    EvaluationKind,
    FamilyStatus,
    MemberRole,
    TrajectoryStatus,
)
from tandem_desktop.db.store import Store

TODAY = dt.date(2026, 11, 26)
START = dt.date(2026, 6, 1)
DELETED_AT = dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC)
# Every name and text typed below: none may appear in a problem.
TYPED = ("Haile", "Selam", "Yonas", "Noor", "Peeters", "Krook", "ziekenhuis", "opvang", "Antwoord", "bib")

Ids = dict[str, uuid.UUID]


@pytest.fixture
def programme(store: Store) -> Ids:
    """A consistent programme: an active duo that was paused once, with an activity (and the signal noted
    with it, passed on and answered), a done evaluation and a referral."""
    with store.transaction() as session:
        members = [
            MemberDraft("Yonas Haile", MemberRole.PARENT, 1985),
            MemberDraft("Selam Haile", MemberRole.CHILD, 2018),
        ]
        family = save_family_in(
            session, FamilyDraft(name="Gezin Haile", status=FamilyStatus.WAITING, members=members), TODAY
        )
        _yonas, selam = current_members(session, family.id)
        buddy = save_buddy_in(
            session, BuddyDraft(name="Noor Peeters", status=BuddyStatus.AVAILABLE, birth_year=1990), TODAY
        )
        ids = {"family": family.id, "buddy": buddy.id, "member": selam.id}
    duo = ids["duo"] = create_duo(store, ids["family"], ids["buddy"], START)
    start_duo(store, duo)
    pause_duo(store, duo, dt.date(2026, 8, 1), "ziekenhuis")
    resume_duo(store, duo, dt.date(2026, 8, 15))
    ids["activity"] = save_activity(
        store,
        ActivityDraft(
            duo,
            dt.date(2026, 9, 10),
            duration_minutes=90,
            participant_ids=[ids["member"]],
            children_count=1,
            signal_text="Selam zoekt opvang",
        ),
        TODAY,
    )
    organisation = save_organisation(store, OrganisationDraft(name="De Krook"))
    ids["referral"] = save_referral(
        store,
        ReferralDraft(ids["family"], organisation, "bib-kaart", dt.date(2026, 9, 1), dt.date(2026, 9, 15)),
        TODAY,
    )
    with store.session() as session:
        ids["pause"] = _id(session, TrajectoryPause)
        ids["signal"] = _id(session, Signal)
        ids["settings"] = _id(session, ProgrammeSettings)
        ids["evaluation"] = _id(session, Evaluation, col(Evaluation.kind) == EvaluationKind.START)
    pass_on(store, ids["signal"], dt.date(2026, 9, 20), TODAY)
    record_answer(store, ids["signal"], dt.date(2026, 10, 1), "Antwoord: wachtlijst", TODAY)
    record_evaluation(store, ids["evaluation"], START, 4, 5, "")
    assert _problems(store) == []
    return ids


def _id(session: Any, model: type[Record], *where: Any) -> uuid.UUID:
    return session.execute(sa.select(col(model.id)).where(*where)).scalar_one()


def _break(store: Store, model: type[Record], record_id: uuid.UUID, **values: Any) -> None:
    """A plain SQL UPDATE: no service, no check."""
    with store.transaction() as session:
        session.execute(sa.update(model).where(col(model.id) == record_id).values(**values))


def _problems(store: Store, today: dt.date = TODAY) -> list[str]:
    with store.session() as session:
        problems = find_problems(session, today)
    for problem in problems:
        assert not [word for word in TYPED if word.casefold() in problem.casefold()], problem
    return problems


# (record broken, its model, the UPDATE's values, the problems expected, with {ids} filled in)
CASES: list[tuple[str, type[Record], dict[str, Any], list[str]]] = [
    (
        "duo",
        Trajectory,
        {"planned_end": dt.date(2026, 5, 1)},
        ["Duo {duo}: the planned end 2026-05-01 is not after the start 2026-06-01."],
    ),
    (
        "duo",
        Trajectory,
        {"meetings_per_month": 0},
        ["Duo {duo}: 0 meetings a month, outside the 1 to 8 the settings allow."],
    ),
    (
        "family",
        Family,
        {"status": FamilyStatus.WAITING},
        ["Family {family} has status waiting, but its duo {duo} is active."],
    ),
    (
        "buddy",
        Buddy,
        {"status": BuddyStatus.AVAILABLE},
        ["Buddy {buddy} has status available, but is in the open duo {duo}."],
    ),
    (
        "family",
        Family,
        {"deleted_at": DELETED_AT},
        ["Family {family} is deleted, but its duo {duo} is active."],
    ),
    ("buddy", Buddy, {"deleted_at": DELETED_AT}, ["Buddy {buddy} is deleted, but its duo {duo} is active."]),
    (
        "buddy",
        Buddy,
        {"capacity": 0},
        [
            "Buddy {buddy} is in 1 open duos but has room for 0.",
            "Buddy {buddy} has room for 0 duos; the form asks for at least 1.",
        ],
    ),
    ("buddy", Buddy, {"birth_year": 2030}, ["Buddy {buddy} has a birth year in the future (2030)."]),
    (
        "member",
        FamilyMember,
        {"birth_year": 2030},
        ["Member {member} has a birth year in the future (2030)."],
    ),
    ("member", FamilyMember, {"birth_year": 1850}, ["Member {member}: the birth year 1850 is before 1900."]),
    (
        "pause",
        TrajectoryPause,
        {"end_date": dt.date(2026, 7, 1)},
        ["Pause {pause} ends (2026-07-01) before it starts (2026-08-01)."],
    ),
    (
        "pause",
        TrajectoryPause,
        {"start_date": dt.date(2026, 5, 1)},
        ["Pause {pause} starts (2026-05-01) before its duo's start (2026-06-01)."],
    ),
    (
        "pause",
        TrajectoryPause,
        {"end_date": None},
        [
            "Duo {duo} is active with 1 open pauses.",
            "Activity {activity} on 2026-09-10 lies in the pause {pause} of its duo (from 2026-08-01).",
        ],
    ),
    ("duo", Trajectory, {"status": "paused"}, ["Duo {duo} is paused with 0 open pauses."]),
    (
        "evaluation",
        Evaluation,
        {"family_score": 7},
        ["Evaluation {evaluation}: the family's score 7 is outside 1 to 5."],
    ),
    (
        "evaluation",
        Evaluation,
        {"buddy_score": 0},
        ["Evaluation {evaluation}: the buddy's score 0 is outside 1 to 5."],
    ),
    (
        "evaluation",
        Evaluation,
        {"done_on": dt.date(2026, 5, 20)},
        ["Evaluation {evaluation}: done on 2026-05-20, before its duo's start (2026-06-01)."],
    ),
    (
        "activity",
        Activity,
        {"date": dt.date(2026, 5, 20)},
        ["Activity {activity} on 2026-05-20 lies before its duo's start (2026-06-01)."],
    ),
    (
        "duo",
        Trajectory,
        {"closed_on": dt.date(2026, 9, 1)},
        ["Activity {activity} on 2026-09-10 lies after its duo's end (2026-09-01)."],
    ),
    (
        "activity",
        Activity,
        {"date": dt.date(2026, 8, 5)},
        ["Activity {activity} on 2026-08-05 lies in the pause {pause} of its duo (from 2026-08-01)."],
    ),
    (
        "activity",
        Activity,
        {"date": dt.date(2026, 12, 1)},
        ["Activity {activity} is recorded as held on 2026-12-01, in the future."],
    ),
    (
        "activity",
        Activity,
        {"cancel_reason": "illness"},
        ["Activity {activity} on 2026-09-10 is held but has a cancellation reason."],
    ),
    (
        "activity",
        Activity,
        {"held": False},
        ["Activity {activity} on 2026-09-10 is cancelled without a reason."],
    ),
    (
        "activity",
        Activity,
        {"duration_minutes": 5},
        ["Activity {activity} on 2026-09-10 is held for 5 minutes (the form asks for 10 to 720 minutes)."],
    ),
    (
        "activity",
        Activity,
        {"duration_minutes": 13 * 60},
        ["Activity {activity} on 2026-09-10 is held for 780 minutes (the form asks for 10 to 720 minutes)."],
    ),
    (
        "activity",
        Activity,
        {"duration_minutes": None},
        ["Activity {activity} on 2026-09-10 is held with no duration (the form asks for 10 to 720 minutes)."],
    ),
    (
        "activity",
        Activity,
        {"children_count": -1},
        ["Activity {activity} on 2026-09-10 counts -1 children, outside 0 to 30."],
    ),
    (
        "activity",
        Activity,
        {"children_count": 31},
        ["Activity {activity} on 2026-09-10 counts 31 children, outside 0 to 30."],
    ),
    (
        "duo",
        Trajectory,
        {"status": "proposed"},
        [
            "Family {family} has status in_trajectory, but its duo {duo} is proposed.",
            "Activity {activity} on 2026-09-10 belongs to the duo {duo}, which is only proposed.",
        ],
    ),
    (
        "duo",
        Trajectory,
        {"deleted_at": DELETED_AT},
        ["Activity {activity} on 2026-09-10 belongs to a deleted duo."],
    ),
    (
        "signal",
        Signal,
        {"passed_on_on": dt.date(2026, 9, 1)},
        ["Signal {signal} was passed on (2026-09-01) before it was raised (2026-09-10)."],
    ),
    (
        "signal",
        Signal,
        {"answered_on": dt.date(2026, 9, 15)},
        ["Signal {signal} was answered (2026-09-15) before it was passed on (2026-09-20)."],
    ),
    (
        "signal",
        Signal,
        {"passed_on_on": None},
        ["Signal {signal} has status answered without the day it was passed on."],
    ),
    (
        "signal",
        Signal,
        {"answered_on": None},
        ["Signal {signal} has status answered without the day of the answer."],
    ),
    (
        "signal",
        Signal,
        {"raised_on": dt.date(2026, 12, 1)},
        [
            "Signal {signal} was raised on 2026-12-01, in the future.",
            "Signal {signal} was passed on (2026-09-20) before it was raised (2026-12-01).",
        ],
    ),
    (
        "referral",
        Referral,
        {"follow_up_on": dt.date(2026, 8, 1)},
        ["Referral {referral}: the follow-up 2026-08-01 comes before its date 2026-09-01."],
    ),
    (
        "referral",
        Referral,
        {"referred_on": dt.date(2026, 12, 1), "follow_up_on": None},
        ["Referral {referral} is dated 2026-12-01, in the future."],
    ),
    (
        "settings",
        ProgrammeSettings,
        {"duration_months": 0},
        ["Programme settings {settings}: duration_months is 0, outside 1 to 24."],
    ),
    (
        "settings",
        ProgrammeSettings,
        {"flag_no_activity_days": -5},
        ["Programme settings {settings}: flag_no_activity_days is -5, outside 7 to 180."],
    ),
]


@pytest.mark.parametrize(
    ("record", "model", "values", "expected"),
    CASES,
    ids=[f"{model.__tablename__}-{'-'.join(values)}-{i}" for i, (_, model, values, _) in enumerate(CASES)],
)
def test_a_broken_rule_is_named_by_kind_and_id(
    store: Store,
    programme: Ids,
    record: str,
    model: type[Record],
    values: dict[str, Any],
    expected: list[str],
) -> None:
    _break(store, model, programme[record], **values)
    assert _problems(store) == [message.format(**programme) for message in expected]


def test_a_family_in_two_open_duos_and_a_buddy_over_capacity(store: Store, programme: Ids) -> None:
    # As an import could bring it: a second open duo of the same family and buddy.
    second = Trajectory(
        family_id=programme["family"],
        buddy_id=programme["buddy"],
        status=TrajectoryStatus.ACTIVE,
        start_date=dt.date(2026, 7, 1),
        planned_end=dt.date(2027, 1, 1),
    )
    with store.transaction() as session:
        session.execute(sa.insert(Trajectory), [second.model_dump()])
    assert _problems(store) == [
        f"Family {programme['family']} is in 2 open duos at once.",
        f"Buddy {programme['buddy']} is in 2 open duos but has room for 1.",
    ]


def test_a_closed_duo_needs_its_date_and_reason(store: Store, programme: Ids) -> None:
    close_duo(store, programme["duo"], TODAY, ClosureReason.FAMILY_MOVED, EndedBy.FAMILY)
    assert _problems(store) == []
    _break(store, Trajectory, programme["duo"], closure_reason=None)
    assert _problems(store) == [f"Duo {programme['duo']} is stopped_early without a closing date and reason."]


def test_a_second_settings_record(store: Store, programme: Ids) -> None:
    second = ProgrammeSettings(created_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    with store.transaction() as session:
        session.execute(sa.insert(ProgrammeSettings), [second.model_dump()])
        assert get_settings(session).id == programme["settings"]  # the oldest is the one in force
    assert _problems(store) == [
        f"There are 2 programme settings records: {programme['settings']} is used, {second.id} should not exist."
    ]


def test_deleting_a_family_after_its_duo_closed_is_not_a_problem(store: Store, programme: Ids) -> None:
    # The Families page deletes the family row only: its members and its closed duo stay, as history.
    close_duo(store, programme["duo"], TODAY, ClosureReason.DURATION_COMPLETED, EndedBy.MUTUAL)
    _break(store, Family, programme["family"], deleted_at=DELETED_AT)
    _break(store, Buddy, programme["buddy"], deleted_at=DELETED_AT)
    assert _problems(store) == []


def test_the_future_is_measured_from_the_day_given_not_from_the_clock(store: Store, programme: Ids) -> None:
    _break(store, Activity, programme["activity"], date=TODAY)
    _break(store, FamilyMember, programme["member"], birth_year=TODAY.year)
    assert _problems(store, TODAY) == []
    day_before = TODAY - dt.timedelta(days=1)
    assert _problems(store, day_before) == [
        f"Activity {programme['activity']} is recorded as held on {TODAY}, in the future."
    ]
    new_year = dt.date(TODAY.year - 1, 12, 31)
    assert f"Member {programme['member']} has a birth year in the future ({TODAY.year})." in _problems(
        store, new_year
    )
    # Never the clock: a clock set back would otherwise make yesterday's records problems.
    source = "".join(
        path.read_text(encoding="utf-8") for path in Path(consistency.__file__).parent.glob("*.py")
    )
    assert "today()" not in source and "now()" not in source


def test_the_same_problems_come_in_the_same_order(store: Store, programme: Ids) -> None:
    for record, model, values, _expected in CASES:
        if model is not Trajectory:  # a deleted or proposed duo would hide some of the others
            _break(store, model, programme[record], **values)
    first = _problems(store)
    assert len(first) > 15 and len(set(first)) == len(first)
    assert _problems(store) == first

"""Match suggestions: who fits a waiting family, in what order, and the reasons the coordinator reads."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest

from tandem_desktop.core.buddies import ExtractState
from tandem_desktop.core.matching import (
    WEIGHTS,
    BuddyProfile,
    FamilyProfile,
    assess,
    suggest_buddies,
    suggest_families,
)
from tandem_desktop.db.models.enums import BuddyStatus, DutchLevel

FAMILY = FamilyProfile(
    id=uuid.uuid4(),
    name="Gezin Haile",
    mother_tongue="ti",
    contact_languages=("ar",),
    dutch_level=DutchLevel.A1,
    postcode="9000",
    municipality="Gent",
    # The Dutch course: Monday to Thursday mornings and Wednesday afternoon.
    unavailability=frozenset({"mon-morning", "tue-morning", "wed-morning", "thu-morning", "wed-afternoon"}),
    has_children=True,
    waiting_since=dt.date(2026, 9, 1),
)

BUDDY = BuddyProfile(
    id=uuid.uuid4(),
    name="Bram Peeters",
    status=BuddyStatus.AVAILABLE,
    languages=("nl", "en"),
    dutch_level=DutchLevel.NATIVE,
    postcode="9050",
    municipality="Gentbrugge",
    availability=frozenset({"sat-morning"}),
    capacity=1,
    open_duos=0,
    extract=ExtractState.VALID,
)


def buddy(name: str, **changes: object) -> BuddyProfile:
    return dataclasses.replace(BUDDY, id=uuid.uuid4(), name=name, **changes)  # type: ignore[arg-type]


def texts(buddy: BuddyProfile, family: FamilyProfile = FAMILY) -> list[str]:
    return [reason.text for reason in assess(family, buddy).reasons]


def test_the_reasons_read_as_the_coordinator_sees_them() -> None:
    semhar = buddy(
        "Semhar Tekle",
        languages=("nl", "ti"),
        postcode="9000",
        availability=frozenset({"wed-afternoon", "sat-morning", "sun-afternoon"}),
        ex_newcomer=True,
    )
    assert texts(semhar) == [
        "Speaks Tigrinya, the family's mother tongue",
        "Lives in the same postcode (9000)",
        "Both free on Saturday morning and Sunday afternoon",
        "Has no duo yet",
        "Was a newcomer too",
    ]
    suggestion = assess(FAMILY, semhar)
    assert suggestion.possible
    assert suggestion.score == WEIGHTS.mother_tongue + 2 * WEIGHTS.shared_slot + WEIGHTS.same_postcode + 5 + 4


def test_the_mother_tongue_outranks_a_contact_language_which_outranks_dutch_alone() -> None:
    family = dataclasses.replace(FAMILY, dutch_level=DutchLevel.A2)
    ranked = suggest_buddies(
        family,
        [
            buddy("Dutch only"),
            buddy("Arabic", languages=("nl", "ar")),
            buddy("Tigrinya", languages=("nl", "ti")),
        ],
    )
    assert [s.buddy.name for s in ranked] == ["Tigrinya", "Arabic", "Dutch only"]
    assert ranked[1].reasons[0].text == "Speaks Arabic, which the family speaks too"
    assert "Only Dutch in common; the family speaks some Dutch" in [r.text for r in ranked[2].reasons]


def test_no_shared_language_excludes_with_the_reason_shown() -> None:
    # The family speaks no Dutch yet (A1): a buddy with Dutch and English only has no language with them.
    ranked = suggest_buddies(FAMILY, [buddy("English only"), buddy("Arabic", languages=("nl", "ar"))])
    assert [s.buddy.name for s in ranked] == ["Arabic", "English only"]
    excluded = ranked[1]
    assert not excluded.possible and excluded.score == 0
    assert excluded.reasons[0].text == "No language in common with the family"


def test_a_buddy_free_only_when_the_family_cannot_meet_is_excluded() -> None:
    clash = buddy("Clash", languages=("ti",), availability=frozenset({"wed-afternoon", "mon-morning"}))
    assert texts(clash)[0] == "Free only when the family cannot meet"
    assert not assess(FAMILY, clash).possible
    # The same buddy, also free on Wednesday evening, fits: the reason names only the time that works.
    fits = dataclasses.replace(clash, availability=clash.availability | {"wed-evening"})
    assert assess(FAMILY, fits).possible
    assert "Both free on Wednesday evening" in texts(fits)


def test_more_common_times_score_more_up_to_a_limit_and_long_lists_are_shortened() -> None:
    many = frozenset({"mon-evening", "tue-evening", "wed-evening", "thu-evening", "fri-evening"})
    ranked = suggest_buddies(
        FAMILY,
        [
            buddy("One slot", languages=("ti",)),
            buddy("Five slots", languages=("ti",), availability=many),
        ],
    )
    assert [s.buddy.name for s in ranked] == ["Five slots", "One slot"]
    assert ranked[0].score - ranked[1].score == (WEIGHTS.shared_slots_counted - 1) * WEIGHTS.shared_slot
    assert "Both free on Monday evening, Tuesday evening, Wednesday evening and 2 more" in [
        r.text for r in ranked[0].reasons
    ]


def test_a_buddy_at_capacity_is_excluded_one_with_room_left_is_not() -> None:
    full = buddy("Full", languages=("ti",), capacity=2, open_duos=2)
    room = buddy("Room", languages=("ti",), capacity=2, open_duos=1)
    assert texts(full)[0] == "Already has 2 of 2 duos: no room for another"
    assert "Has time for one more duo" in texts(room)
    assert [s.buddy.name for s in suggest_buddies(FAMILY, [full, room])] == ["Room", "Full"]


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (BuddyStatus.CANDIDATE, "Not available yet: the screening is not finished"),
        (BuddyStatus.SCREENED, "Not available yet: screened, but not yet trained"),
        (BuddyStatus.PAUSED, "Paused as a buddy for now"),
    ],
)
def test_a_buddy_who_is_not_available_is_excluded_with_the_reason(status: BuddyStatus, reason: str) -> None:
    suggestion = assess(FAMILY, buddy("X", languages=("ti",), status=status))
    assert not suggestion.possible
    assert suggestion.reasons[0].text == reason


def test_a_buddy_already_matched_with_room_left_can_take_another_family() -> None:
    assert assess(
        FAMILY, buddy("X", languages=("ti",), status=BuddyStatus.MATCHED, capacity=2, open_duos=1)
    ).possible


@pytest.mark.parametrize(
    ("extract", "reason"),
    [
        (ExtractState.MISSING, "No criminal-record extract yet; the family has children"),
        (ExtractState.EXPIRED, "Criminal-record extract older than a year; the family has children"),
    ],
)
def test_the_extract_is_required_for_a_family_with_children(extract: ExtractState, reason: str) -> None:
    candidate = buddy("X", languages=("ti",), extract=extract)
    assert not assess(FAMILY, candidate).possible
    assert reason in texts(candidate)
    # Without children it is pointed out, and does not exclude.
    adults = dataclasses.replace(FAMILY, has_children=False)
    assert assess(adults, candidate).possible
    assert any("extract" in text for text in texts(candidate, adults))


def test_the_same_postcode_counts_more_than_the_same_municipality() -> None:
    near = buddy("Same postcode", languages=("ti",), postcode="9000", municipality="Gent")
    town = buddy("Same town", languages=("ti",), postcode="9040", municipality="gent")
    far = buddy("Elsewhere", languages=("ti",), postcode="2000", municipality="Antwerpen")
    ranked = suggest_buddies(FAMILY, [far, town, near])
    assert [s.buddy.name for s in ranked] == ["Same postcode", "Same town", "Elsewhere"]
    assert "Lives in the same municipality (Gent)" in [r.text for r in ranked[1].reasons]


def test_excluded_buddies_come_last_the_nearest_to_possible_first() -> None:
    paused_but_fitting = buddy("Paused", languages=("ti",), status=BuddyStatus.PAUSED, postcode="9000")
    two_problems = buddy("Two problems", status=BuddyStatus.PAUSED)  # paused and no language in common
    possible = buddy("Possible", languages=("ar",))
    ranked = suggest_buddies(FAMILY, [two_problems, paused_but_fitting, possible])
    assert [s.buddy.name for s in ranked] == ["Possible", "Paused", "Two problems"]


def test_equal_scores_are_ranked_by_name_so_the_list_is_stable() -> None:
    ranked = suggest_buddies(FAMILY, [buddy("Zoë", languages=("ti",)), buddy("Anna", languages=("ti",))])
    assert [s.buddy.name for s in ranked] == ["Anna", "Zoë"]


def test_for_a_buddy_the_fitting_families_come_first_the_longest_waiting_first_at_equal_fit() -> None:
    semhar = buddy("Semhar", languages=("nl", "ti"))
    early = dataclasses.replace(
        FAMILY, id=uuid.uuid4(), name="Gezin Early", waiting_since=dt.date(2026, 3, 1)
    )
    late = dataclasses.replace(FAMILY, id=uuid.uuid4(), name="Gezin Late", waiting_since=dt.date(2026, 10, 1))
    no_language = dataclasses.replace(
        FAMILY, id=uuid.uuid4(), name="Gezin Other", mother_tongue="uk", contact_languages=("ru",)
    )
    ranked = suggest_families(semhar, [late, no_language, early])
    assert [s.family.name for s in ranked] == ["Gezin Early", "Gezin Late", "Gezin Other"]
    assert not ranked[2].possible

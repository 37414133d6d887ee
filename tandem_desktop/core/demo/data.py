"""The demo programme's data: read from resources/demo/*.json into typed specs.

The files hold what a person made up (names, texts, the plan of every duo); the builder turns it into records.
Days are counted back from the demo's today ("days ago"), so that the programme is always current.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any, Literal, cast

from tandem_desktop.db.models.enums import (
    ActivityType,
    BuddyStatus,
    CancelReason,
    ClosureReason,
    DutchLevel,
    EndedBy,
    EvaluationKind,
    FamilyStatus,
    MemberRole,
    OrganisationCategory,
    ReferralOutcome,
    SignalTheme,
)
from tandem_desktop.resource_files import resource_path

Rhythm = Literal["steady", "slow", "stalled"]
RHYTHMS: tuple[Rhythm, ...] = ("steady", "slow", "stalled")


@dataclass(frozen=True)
class OrganisationSpec:
    key: str  # how the other files name it
    name: str
    category: OrganisationCategory
    address: str
    postcode: str
    contact_person: str
    languages: tuple[str, ...]
    notes: str = ""


@dataclass(frozen=True)
class MemberSpec:
    name: str
    role: MemberRole
    age: int  # in the demo's today's year


@dataclass(frozen=True)
class FamilySpec:
    name: str
    members: tuple[MemberSpec, ...]
    mother_tongue: str
    contact_languages: tuple[str, ...]
    dutch_level: DutchLevel
    postcode: str
    referred_by: str
    reunification: bool = True
    needs_other: str = ""
    sensitive: str = ""
    preferences: str = ""
    notes: str = ""


@dataclass(frozen=True)
class UnmatchedFamily:
    """A family in no duo (yet), the status it reached and when it was registered."""

    family: str
    status: FamilyStatus
    registered_days_ago: int


@dataclass(frozen=True)
class BuddySpec:
    name: str
    age: int
    languages: tuple[str, ...]
    postcode: str
    capacity: int = 1
    ex_newcomer: bool = False
    dutch_level: DutchLevel = DutchLevel.NATIVE
    # How far the intake got; buddies in a duo went through to AVAILABLE before their first match.
    reached: BuddyStatus = BuddyStatus.AVAILABLE
    registered_days_ago: int | None = None  # None: some weeks before the first match
    # Later steps: (status, how many days ago, note), e.g. a pause after a duo.
    later: tuple[tuple[BuddyStatus, int, str], ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class DuoPlan:
    family: str
    buddy: str
    start: int | None  # days ago; None: proposed, starting on a coming Monday
    weeks_ahead: int = 0  # for a proposed duo: 0 is the next Monday
    matched_before: int = 10  # days between the match and the start
    pause: tuple[int, int | None] | None = None  # (days after the start, length in days; None: still paused)
    pause_reason: str = ""
    closed: int | None = None  # days ago; a completed duo closes at its planned end instead
    reason: ClosureReason | None = None
    ended_by: EndedBy = EndedBy.MUTUAL
    closure_note: str = ""
    rhythm: Rhythm = "steady"
    cancel_bias: CancelReason | None = None  # the reason that often gets in the way
    signed: bool = True
    overdue: tuple[EvaluationKind, ...] = ()  # evaluations left undone although due


@dataclass(frozen=True)
class Outing:
    type: ActivityType
    place: str
    organisation: str | None  # key of an OrganisationSpec
    went_well: tuple[str, ...]


@dataclass(frozen=True)
class GroupActivitySpec:
    days_ago: int  # give or take two days
    title: str
    place: str
    description: str


@dataclass(frozen=True)
class SignalSpec:
    theme: SignalTheme
    description: str
    answer: str


@dataclass(frozen=True)
class MeetingTexts:
    """The monthly buddy meetings of the last five months, oldest first: one of each per meeting."""

    place: str
    notes: tuple[str, ...]
    ideas: tuple[str, ...]
    needs: tuple[str, ...]
    signals: tuple[SignalSpec, ...]


@dataclass(frozen=True)
class ActivitySignal:
    """A signal noticed at a duo's activity."""

    family: str
    theme: SignalTheme
    description: str


@dataclass(frozen=True)
class CoordinatorSignal:
    family: str | None  # None: about no one family
    theme: SignalTheme
    days_ago: int
    description: str
    answer: str


@dataclass(frozen=True)
class ReferralSpec:
    family: str
    organisation: str  # key of an OrganisationSpec
    purpose: str
    after: int  # days after the duo's start (or, without a duo, after the registration)
    outcome: ReferralOutcome
    follow_up: int | None = None  # days from today (negative: overdue)
    notes: str = ""


@dataclass(frozen=True)
class DemoData:
    settings: dict[str, str]
    municipality: str
    streets: tuple[str, ...]
    organisations: tuple[OrganisationSpec, ...]
    families: tuple[FamilySpec, ...]
    unmatched_families: tuple[UnmatchedFamily, ...]
    withdrawal_notes: dict[str, str]
    dutch_course_slots: tuple[tuple[str, ...], ...]  # a family that takes lessons cannot meet at one of these
    buddies: tuple[BuddySpec, ...]
    stale_extract_buddy: str  # the buddy whose extract is left older than a year (the others renewed theirs)
    availability_slots: tuple[str, ...]
    interests: tuple[str, ...]
    basic_training: str
    extra_trainings: tuple[str, ...]
    duos: tuple[DuoPlan, ...]
    evaluation_notes: dict[EvaluationKind, str]
    evaluation_not_held: str  # the note on an evaluation due after the duo stopped
    agreement_second_languages: frozenset[str]
    outings: tuple[Outing, ...]
    wellbeing_notes: tuple[str, ...]
    cancel_notes: dict[CancelReason, tuple[str, ...]]
    group_activities: tuple[GroupActivitySpec, ...]
    meetings: MeetingTexts
    activity_signals: tuple[ActivitySignal, ...]
    activity_signal_answers: dict[SignalTheme, str]
    coordinator_signals: tuple[CoordinatorSignal, ...]
    referrals: tuple[ReferralSpec, ...]


def _read(name: str) -> dict[str, Any]:
    document = json.loads(resource_path("demo", f"{name}.json").read_text(encoding="utf-8"))
    return cast(dict[str, Any], document)


def _strings(values: list[str]) -> tuple[str, ...]:
    return tuple(values)


def _organisation(raw: dict[str, Any]) -> OrganisationSpec:
    return OrganisationSpec(
        **{**raw, "category": OrganisationCategory(raw["category"]), "languages": _strings(raw["languages"])}
    )


def _family(raw: dict[str, Any]) -> FamilySpec:
    members = tuple(MemberSpec(m["name"], MemberRole(m["role"]), m["age"]) for m in raw["members"])
    return FamilySpec(
        **{
            **raw,
            "members": members,
            "contact_languages": _strings(raw["contact_languages"]),
            "dutch_level": DutchLevel(raw["dutch_level"]),
        }
    )


def _buddy(raw: dict[str, Any]) -> BuddySpec:
    values = {**raw, "languages": _strings(raw["languages"])}
    if "dutch_level" in raw:
        values["dutch_level"] = DutchLevel(raw["dutch_level"])
    if "reached" in raw:
        values["reached"] = BuddyStatus(raw["reached"])
    if "later" in raw:
        values["later"] = tuple((BuddyStatus(status), days, note) for status, days, note in raw["later"])
    return BuddySpec(**values)


def _duo(raw: dict[str, Any]) -> DuoPlan:
    values = dict(raw)
    if raw.get("pause") is not None:
        after, length = raw["pause"]
        values["pause"] = (after, length)
    if raw.get("reason") is not None:
        values["reason"] = ClosureReason(raw["reason"])
    if "ended_by" in raw:
        values["ended_by"] = EndedBy(raw["ended_by"])
    if "rhythm" in raw:
        if raw["rhythm"] not in RHYTHMS:
            raise ValueError(f"duos.json: unknown rhythm {raw['rhythm']!r} (one of {', '.join(RHYTHMS)})")
        values["rhythm"] = cast(Rhythm, raw["rhythm"])
    if raw.get("cancel_bias") is not None:
        values["cancel_bias"] = CancelReason(raw["cancel_bias"])
    if "overdue" in raw:
        values["overdue"] = tuple(EvaluationKind(kind) for kind in raw["overdue"])
    return DuoPlan(**values)


def _outing(raw: dict[str, Any]) -> Outing:
    return Outing(ActivityType(raw["type"]), raw["place"], raw["organisation"], _strings(raw["went_well"]))


def _signal(raw: dict[str, Any]) -> SignalSpec:
    return SignalSpec(SignalTheme(raw["theme"]), raw["description"], raw["answer"])


def _referral(raw: dict[str, Any]) -> ReferralSpec:
    return ReferralSpec(**{**raw, "outcome": ReferralOutcome(raw["outcome"])})


@functools.cache
def demo_data() -> DemoData:
    """The files of resources/demo, read once."""
    programme, families, buddies = _read("programme"), _read("families"), _read("buddies")
    duos, activities, gatherings = _read("duos"), _read("activities"), _read("gatherings")
    signals, meetings = _read("signals"), gatherings["buddy_meetings"]
    return DemoData(
        settings=dict(programme["settings"]),
        municipality=programme["municipality"],
        streets=_strings(programme["streets"]),
        organisations=tuple(_organisation(o) for o in _read("organisations")["organisations"]),
        families=tuple(_family(f) for f in families["families"]),
        unmatched_families=tuple(
            UnmatchedFamily(u["family"], FamilyStatus(u["status"]), u["registered_days_ago"])
            for u in families["unmatched"]
        ),
        withdrawal_notes=dict(families["withdrawal_notes"]),
        dutch_course_slots=tuple(_strings(pair) for pair in families["dutch_course_slots"]),
        buddies=tuple(_buddy(b) for b in buddies["buddies"]),
        stale_extract_buddy=buddies["stale_extract_buddy"],
        availability_slots=_strings(buddies["availability_slots"]),
        interests=_strings(buddies["interests"]),
        basic_training=buddies["basic_training"],
        extra_trainings=_strings(buddies["extra_trainings"]),
        duos=tuple(_duo(d) for d in duos["duos"]),
        evaluation_notes={EvaluationKind(k): v for k, v in duos["evaluation_notes"].items()},
        evaluation_not_held=duos["evaluation_not_held"],
        agreement_second_languages=frozenset(duos["agreement_second_languages"]),
        outings=tuple(_outing(o) for o in activities["outings"]),
        wellbeing_notes=_strings(activities["wellbeing_notes"]),
        # In the file's order: a cancelled activity's reason is drawn from them in this order.
        cancel_notes={CancelReason(k): _strings(v) for k, v in activities["cancel_notes"].items()},
        group_activities=tuple(GroupActivitySpec(**g) for g in gatherings["group_activities"]),
        meetings=MeetingTexts(
            place=meetings["place"],
            notes=_strings(meetings["notes"]),
            ideas=_strings(meetings["ideas"]),
            needs=_strings(meetings["needs"]),
            signals=tuple(_signal(s) for s in meetings["signals"]),
        ),
        activity_signals=tuple(
            ActivitySignal(s["family"], SignalTheme(s["theme"]), s["description"])
            for s in signals["activity_signals"]
        ),
        activity_signal_answers={SignalTheme(k): v for k, v in signals["activity_signal_answers"].items()},
        coordinator_signals=tuple(
            CoordinatorSignal(
                s["family"], SignalTheme(s["theme"]), s["days_ago"], s["description"], s["answer"]
            )
            for s in signals["coordinator_signals"]
        ),
        referrals=tuple(_referral(r) for r in _read("referrals")["referrals"]),
    )

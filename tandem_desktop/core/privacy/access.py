"""A family's or a buddy's own copy of their data (right of access, GDPR article 15): plain data (`access_copy`),
JSON (`access_json`), a PDF (documents/access_copy.py). Theirs in full, sensitive constraints and notes too; of
others only what concerns them (the buddy of a family's duo by first name, a signal by theme, date and status: its
text may be about others). Live records only; the person also when soft-deleted or erased (the copy says so).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar, cast

from sqlmodel import Session, col

from tandem_desktop.db.models import (
    Activity,
    Agreement,
    Buddy,
    BuddyMeeting,
    BuddyMeetingAttendance,
    Consent,
    Evaluation,
    Family,
    FamilyMember,
    GroupActivity,
    GroupAttendance,
    Organisation,
    Referral,
    Signal,
    StatusChange,
    Trajectory,
    TrajectoryPause,
)
from tandem_desktop.db.queries import live
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from ..agreements import first_name
from ..errors import DomainError
from ..settings import read_settings
from ..validation import display_phone
from .retention import DueReason

FAMILY, BUDDY = "family", "buddy"
D = TypeVar("D")
ABOUT = "What {organisation} keeps about this {kind}: their own copy (right of access, GDPR article 15)."


@dataclass(frozen=True)
class Member:
    name: str
    role: str  # MemberRole's value
    birth_year: int | None
    left_on: dt.date | None


@dataclass(frozen=True)
class ConsentAnswer:
    kind: str  # ConsentKind's value: "data" or "photos"
    given: bool
    answered_on: dt.date
    text_version: str
    recorded_by: str
    withdrawn_on: dt.date | None


@dataclass(frozen=True)
class Pause:
    start_date: dt.date
    end_date: dt.date | None
    reason: str


@dataclass(frozen=True)
class EvaluationLine:
    kind: str  # EvaluationKind's value
    due_on: dt.date
    done_on: dt.date | None
    family_score: int | None  # the buddy's own score is the buddy's


@dataclass(frozen=True)
class ActivityLine:
    date: dt.date
    type: str  # ActivityType's value
    place: str
    held: bool
    cancel_reason: str | None  # CancelReason's value
    participants: tuple[str, ...]  # the members who came
    dutch_practised: str  # DutchPractised's value
    went_well: str
    wellbeing_note: str


@dataclass(frozen=True)
class AgreementLine:
    template_version: int
    second_language: str | None
    made_on: dt.date
    signed_on: dt.date | None
    scan_kept: bool


@dataclass(frozen=True)
class TrajectoryLine:
    buddy_first_name: str
    start_date: dt.date
    planned_end: dt.date
    status: str  # TrajectoryStatus's value
    meetings_per_month: int
    closed_on: dt.date | None
    closure_reason: str | None  # ClosureReason's value
    ended_by: str | None  # EndedBy's value
    pauses: tuple[Pause, ...]
    evaluations: tuple[EvaluationLine, ...]
    activities: tuple[ActivityLine, ...]
    agreements: tuple[AgreementLine, ...]


@dataclass(frozen=True)
class GroupVisit:
    title: str
    date: dt.date
    who: tuple[str, ...]  # the family's members who came (a buddy's copy: empty, the buddy came)


@dataclass(frozen=True)
class ReferralLine:
    organisation: str
    purpose: str
    referred_on: dt.date
    outcome: str  # ReferralOutcome's value
    follow_up_on: dt.date | None
    notes: str


@dataclass(frozen=True)
class SignalLine:
    theme: str  # SignalTheme's value
    raised_on: dt.date
    status: str  # SignalStatus's value


@dataclass(frozen=True)
class StatusLine:
    subject_type: str  # "family", "trajectory" or "buddy"
    changed_on: dt.date
    old_status: str | None
    new_status: str
    note: str


@dataclass(frozen=True)
class FamilyData:
    name: str
    status: str
    registered_on: dt.date
    members: tuple[Member, ...]  # live members, those who left the household too (with left_on)
    mother_tongue: str | None  # ISO 639 codes; core.languages names them
    contact_languages: tuple[str, ...]
    dutch_level: str
    arrival_date: dt.date | None
    family_reunification: bool
    address: str
    postcode: str
    municipality: str
    phone: str  # as dialled here ("0470 12 34 56"); "" for none
    whatsapp: str
    needs: tuple[str, ...]  # Need's values
    needs_other: str
    unavailability: tuple[str, ...]  # week slots, "mon-morning"
    sensitive_constraints: str
    referred_by: str
    buddy_preferences: str
    notes: str
    consent_date: dt.date | None
    consent_text_version: str
    photo_consent: str  # PhotoConsent's value
    consents: tuple[ConsentAnswer, ...]
    trajectories: tuple[TrajectoryLine, ...]
    group_activities: tuple[GroupVisit, ...]
    referrals: tuple[ReferralLine, ...]
    signals: tuple[SignalLine, ...]


@dataclass(frozen=True)
class Training:
    title: str
    date: str  # as stored: ISO, or "" when not known


@dataclass(frozen=True)
class BuddyDuo:
    family: str  # the household's name
    start_date: dt.date
    planned_end: dt.date
    status: str
    closed_on: dt.date | None


@dataclass(frozen=True)
class BuddyData:
    name: str
    status: str
    registered_on: dt.date
    birth_year: int | None
    phone: str
    whatsapp: str
    email: str
    address: str
    postcode: str
    municipality: str
    languages: tuple[str, ...]
    dutch_level: str
    ex_newcomer: bool
    availability: tuple[str, ...]  # week slots
    interests: tuple[str, ...]
    capacity: int
    criminal_record_extract_on: dt.date | None
    trainings: tuple[Training, ...]
    notes: str
    duos: tuple[BuddyDuo, ...]
    buddy_meetings: tuple[dt.date, ...]  # the days of the buddy meetings attended
    group_activities: tuple[GroupVisit, ...]


@dataclass(frozen=True)
class AccessCopy:
    kind: str  # "family" or "buddy"
    record_id: uuid.UUID
    made_on: dt.date
    organisation: str
    coordinator: str
    coordinator_phone: str
    coordinator_email: str
    retention_rule: str  # retention.DueReason's value: which of the settings' three periods applies
    retention_months: int
    erased_on: dt.date | None  # the personal data was erased that day: what is left has no identity
    deleted_on: dt.date | None  # taken off the lists (soft delete); the data is kept until the retention ends
    family: FamilyData | None
    buddy: BuddyData | None
    status_history: tuple[StatusLine, ...]


def access_copy(store: Store, table_name: str, record_id: uuid.UUID, today: dt.date) -> AccessCopy:
    """Everything kept about the family or buddy `record_id` ("family" or "buddy" in `table_name`)."""
    settings = read_settings(store)  # in force, or the defaults: a read, it writes no settings row
    with store.session() as session:
        person = session.get(Family, record_id) if table_name == FAMILY else session.get(Buddy, record_id)
        if person is None or table_name not in (FAMILY, BUDDY):
            raise DomainError(
                QT_TRANSLATE_NOOP("domain", "No family or buddy has the id {id}."), id=str(record_id)
            )
        family = _family(session, person) if isinstance(person, Family) else None
        buddy = _buddy(session, person) if isinstance(person, Buddy) else None
        # Its own steps and its duos' (ids are unique across tables: no need to match the subject's type).
        duos = _live(
            session, Trajectory, (Trajectory.family_id if family else Trajectory.buddy_id) == record_id
        )
        of_person = col(StatusChange.subject_id).in_([record_id, *(duo.id for duo in duos)])
        history = _live(session, StatusChange, of_person, StatusChange.changed_at)
    if buddy is not None:
        rule, months = DueReason.BUDDY_STOPPED, settings.retention_months_buddy
    elif family is not None and family.trajectories:
        rule, months = DueReason.AFTER_TRAJECTORY, settings.retention_months_after_trajectory
    else:
        rule, months = DueReason.NEVER_MATCHED, settings.retention_months_never_matched
    return AccessCopy(
        kind=table_name,
        record_id=record_id,
        made_on=today,
        organisation=settings.organisation_name.strip(),
        coordinator=settings.coordinator_name.strip(),
        coordinator_phone=display_phone(settings.coordinator_phone),
        coordinator_email=settings.coordinator_email.strip(),
        retention_rule=rule.value,
        retention_months=months,
        erased_on=person.erased_on,
        deleted_on=person.deleted_at.date() if person.deleted_at else None,
        family=family,
        buddy=buddy,
        status_history=tuple(_plain(c, StatusLine, changed_on=c.changed_at.date()) for c in history),
    )


def _live(session: Session, model: Any, condition: Any, *order: Any) -> list[Any]:
    """The live records of `model` that meet `condition`, in `order` (columns)."""
    return list(session.exec(live(model).where(condition).order_by(*(col(column) for column in order))))


def _plain(record: Any, data: type[D], **others: Any) -> D:
    """`data` made from the record's fields of the same names (enums as their values, lists as tuples) and
    `others`: the one place where ORM objects become plain values, so that no field is copied by hand."""
    values = {}
    for field in dataclasses.fields(cast(Any, data)):
        if field.name in others or not hasattr(record, field.name):
            continue
        value = getattr(record, field.name)
        values[field.name] = (
            value.value if isinstance(value, Enum) else tuple(value) if isinstance(value, list) else value
        )
    return data(**values, **others)


def _family(session: Session, family: Family) -> FamilyData:
    def of_family(model: Any, *order: Any) -> list[Any]:
        return _live(session, model, model.family_id == family.id, *order)

    members = of_family(FamilyMember, FamilyMember.position)
    names = {member.id: member.name for member in members}
    referrals = [
        (r, session.get(Organisation, r.organisation_id)) for r in of_family(Referral, Referral.referred_on)
    ]
    return _plain(
        family,
        FamilyData,
        phone=display_phone(family.phone),
        whatsapp=display_phone(family.whatsapp),
        members=tuple(_plain(member, Member) for member in members),
        consents=tuple(_plain(c, ConsentAnswer) for c in of_family(Consent, Consent.answered_on)),
        trajectories=tuple(
            _trajectory(session, t, names) for t in of_family(Trajectory, Trajectory.start_date)
        ),
        group_activities=_group_visits(session, GroupAttendance.family_member_id, names),
        referrals=tuple(_plain(r, ReferralLine, organisation=o.name if o else "") for r, o in referrals),
        signals=tuple(_plain(signal, SignalLine) for signal in of_family(Signal, Signal.raised_on)),
    )


def _trajectory(session: Session, trajectory: Trajectory, names: dict[uuid.UUID, str]) -> TrajectoryLine:
    buddy = session.get(Buddy, trajectory.buddy_id)
    by_text = {str(member_id): name for member_id, name in names.items()}  # as participant_ids holds ids

    def of_duo(model: Any, *order: Any) -> list[Any]:
        return _live(session, model, model.trajectory_id == trajectory.id, *order)

    return _plain(
        trajectory,
        TrajectoryLine,
        # The buddy's other data is the buddy's, not the family's.
        buddy_first_name=first_name(buddy.name) if buddy is not None else "",
        pauses=tuple(_plain(pause, Pause) for pause in of_duo(TrajectoryPause, TrajectoryPause.start_date)),
        evaluations=tuple(_plain(e, EvaluationLine) for e in of_duo(Evaluation, Evaluation.due_on)),
        activities=tuple(
            _plain(a, ActivityLine, participants=tuple(by_text[i] for i in a.participant_ids if i in by_text))
            for a in of_duo(Activity, Activity.date)
        ),
        agreements=tuple(
            _plain(a, AgreementLine, made_on=a.generated_at.date(), scan_kept=bool(a.scan_path))
            for a in of_duo(Agreement, Agreement.generated_at)
        ),
    )


def _group_visits(session: Session, person: Any, names: dict[uuid.UUID, str]) -> tuple[GroupVisit, ...]:
    """The group activities the people in `names` came to (a family's members, or a buddy), and who came."""
    who: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for attendance in _live(session, GroupAttendance, col(person).in_(list(names))):
        who[attendance.group_activity_id].add(getattr(attendance, person.key))
    found = [session.get(GroupActivity, activity_id) for activity_id in who]
    visits = [
        GroupVisit(a.title, a.date, tuple(name for i, name in names.items() if i in who[a.id]))
        for a in found
        if a is not None and a.deleted_at is None
    ]
    return tuple(sorted(visits, key=lambda visit: visit.date))


def _buddy(session: Session, buddy: Buddy) -> BuddyData:
    duos = [
        _plain(trajectory, BuddyDuo, family=family.name if family is not None else "")
        for trajectory in _live(session, Trajectory, Trajectory.buddy_id == buddy.id, Trajectory.start_date)
        for family in [session.get(Family, trajectory.family_id)]
    ]
    attended = _live(session, BuddyMeetingAttendance, BuddyMeetingAttendance.buddy_id == buddy.id)
    meetings = [session.get(BuddyMeeting, attendance.buddy_meeting_id) for attendance in attended]
    visits = _group_visits(session, GroupAttendance.buddy_id, {buddy.id: buddy.name})
    return _plain(
        buddy,
        BuddyData,
        phone=display_phone(buddy.phone),
        whatsapp=display_phone(buddy.whatsapp),
        trainings=tuple(Training(str(t.get("title", "")), str(t.get("date") or "")) for t in buddy.trainings),
        duos=tuple(duos),
        buddy_meetings=tuple(sorted(m.date for m in meetings if m is not None and m.deleted_at is None)),
        group_activities=tuple(dataclasses.replace(visit, who=()) for visit in visits),
    )


def access_json(copy: AccessCopy) -> bytes:
    """The copy as UTF-8 JSON (indented, every script as itself): English keys, ISO dates, stored values."""
    about = ABOUT.format(organisation=copy.organisation or "the organisation", kind=copy.kind)
    document = {"about": about, "organisation": copy.organisation, "made_on": copy.made_on}
    document.update(dataclasses.asdict(copy))
    # str() writes the copy's dates in ISO form and its ids in their usual form: the copy holds no other kind.
    return json.dumps(document, indent=2, ensure_ascii=False, default=str).encode("utf-8") + b"\n"

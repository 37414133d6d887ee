"""A duo's activities: the quick log (held or cancelled, and why) and its checks (the list of all activities:
activity_list.py).

The coordinator often logs afterwards, from a WhatsApp message: the form's data is a plain draft, checked
as a whole (every field's problem at once), and a signal noted with the activity lands in the signals register.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlmodel import Session, col

from tandem_desktop.db.models import (
    Activity,
    Buddy,
    Family,
    FamilyMember,
    Signal,
    Trajectory,
    TrajectoryPause,
    utcnow,
)
from tandem_desktop.db.models.enums import (
    ActivityType,
    CancelReason,
    DutchPractised,
    MemberRole,
    SignalSource,
    SignalStatus,
    SignalTheme,
    TrajectoryStatus,
)
from tandem_desktop.db.queries import live
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from . import validation
from .drafts import assign_changed, existing
from .errors import DomainError, ValidationFailed

# A leisure activity lasts from a short visit to a day out; 0 minutes or 20 hours is a typing slip.
MIN_DURATION_MINUTES = 10
MAX_DURATION_MINUTES = 12 * 60
MAX_CHILDREN = 30

# Said when a record was deleted meanwhile (on another screen, by an undo).
ACTIVITY_GONE = QT_TRANSLATE_NOOP("domain", "This activity no longer exists.")


@dataclass
class ActivityDraft:
    """Everything the activity form edits."""

    trajectory_id: uuid.UUID
    date: dt.date
    held: bool = True
    duration_minutes: int | None = 120
    type: ActivityType = ActivityType.OTHER
    place: str = ""
    organisation_id: uuid.UUID | None = None
    cancel_reason: CancelReason | None = None
    cancel_note: str = ""
    participant_ids: list[uuid.UUID] = field(default_factory=list)
    children_count: int = 0
    dutch_practised: DutchPractised = DutchPractised.NONE
    went_well: str = ""
    wellbeing_note: str = ""
    # A signal noted with the activity (empty: none); it is kept in the signals register.
    signal_text: str = ""
    signal_theme: SignalTheme = SignalTheme.OTHER
    id: uuid.UUID | None = None  # None: a new activity


@dataclass(frozen=True)
class Member:
    id: uuid.UUID
    name: str
    role: MemberRole
    birth_year: int | None
    left_on: dt.date | None

    @property
    def is_child(self) -> bool:
        return self.role == MemberRole.CHILD


@dataclass(frozen=True)
class ActivityContext:
    """What the form and the checks need to know of the duo."""

    trajectory_id: uuid.UUID
    family_id: uuid.UUID
    family_name: str
    buddy_name: str
    status: TrajectoryStatus
    start: dt.date
    closed_on: dt.date | None
    pauses: tuple[tuple[dt.date, dt.date | None], ...]
    members: tuple[Member, ...]

    def members_on(self, day: dt.date, keep: frozenset[uuid.UUID] = frozenset()) -> list[Member]:
        """The household on `day`: members who had not left yet, and those in `keep` (already ticked)."""
        return [m for m in self.members if m.left_on is None or m.left_on > day or m.id in keep]


def _context(session: Session, trajectory_id: uuid.UUID) -> ActivityContext:
    trajectory = existing(
        session, Trajectory, trajectory_id, QT_TRANSLATE_NOOP("domain", "This duo no longer exists.")
    )
    family = session.get(Family, trajectory.family_id)
    buddy = session.get(Buddy, trajectory.buddy_id)
    assert family is not None and buddy is not None, "a trajectory's family and buddy are kept (soft delete)"
    pauses = session.exec(
        live(TrajectoryPause)
        .where(TrajectoryPause.trajectory_id == trajectory_id)
        .order_by(col(TrajectoryPause.start_date))
    )
    members = session.exec(
        live(FamilyMember).where(FamilyMember.family_id == family.id).order_by(col(FamilyMember.position))
    )
    return ActivityContext(
        trajectory_id=trajectory.id,
        family_id=family.id,
        family_name=family.name,
        buddy_name=buddy.name,
        status=trajectory.status,
        start=trajectory.start_date,
        closed_on=trajectory.closed_on,
        pauses=tuple((p.start_date, p.end_date) for p in pauses),
        members=tuple(Member(m.id, m.name, m.role, m.birth_year, m.left_on) for m in members),
    )


def activity_context(store: Store, trajectory_id: uuid.UUID) -> ActivityContext:
    with store.session() as session:
        return _context(session, trajectory_id)


# -- checks ------------------------------------------------------------------------------------------


def _check_date(draft: ActivityDraft, context: ActivityContext, today: dt.date) -> None:
    day = draft.date
    if context.status == TrajectoryStatus.PROPOSED:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "domain", "This duo is only proposed: activities are logged once it has started."
            ),
            field="date",
        )
    if day < context.start:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "An activity cannot come before the duo's start ({start})."),
            field="date",
            start=context.start,
        )
    validation.not_in_future(day, "date", today)
    if context.closed_on is not None and day > context.closed_on:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "The duo ended on {end}; an activity cannot come after that."),
            field="date",
            end=context.closed_on,
        )
    for start, end in context.pauses:
        if start <= day and (end is None or day < end):
            raise DomainError(
                QT_TRANSLATE_NOOP("domain", "The duo was paused on this date (from {start})."),
                field="date",
                start=start,
            )


def _check_duration(draft: ActivityDraft) -> None:
    minutes = draft.duration_minutes
    if minutes is None or not MIN_DURATION_MINUTES <= minutes <= MAX_DURATION_MINUTES:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "domain", "Enter a duration from {minimum} minutes to {maximum} hours (you entered {value})."
            ),
            field="duration",
            minimum=MIN_DURATION_MINUTES,
            maximum=MAX_DURATION_MINUTES // 60,
            value=_duration_text(minutes),
        )


def _duration_text(minutes: int | None) -> str:
    if minutes is None:
        return "—"
    return f"{minutes // 60}:{minutes % 60:02d}"


def _check_cancellation(draft: ActivityDraft) -> None:
    if draft.cancel_reason is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "Choose why the activity was cancelled."), field="cancel_reason"
        )
    if draft.cancel_reason == CancelReason.OTHER and not draft.cancel_note.strip():
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "Say in a few words why, when the reason is “Other”."),
            field="cancel_note",
        )


def _check_participants(draft: ActivityDraft, context: ActivityContext) -> None:
    members = {m.id: m for m in context.members}
    for member_id in draft.participant_ids:
        member = members.get(member_id)
        if member is None:
            raise DomainError(
                QT_TRANSLATE_NOOP("domain", "Only members of the duo's family can be ticked."),
                field="participants",
            )
        if member.left_on is not None and member.left_on <= draft.date:
            raise DomainError(
                QT_TRANSLATE_NOOP("domain", "{name} left the household on {left}, before this activity."),
                field="participants",
                name=member.name,
                left=member.left_on,
            )


def _check_children(draft: ActivityDraft, context: ActivityContext) -> None:
    ticked = {m.id for m in context.members if m.is_child} & set(draft.participant_ids)
    if not len(ticked) <= draft.children_count <= MAX_CHILDREN:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "Count from {minimum} (the children ticked) to {maximum} children."),
            field="children_count",
            minimum=len(ticked),
            maximum=MAX_CHILDREN,
        )


def activity_errors(draft: ActivityDraft, context: ActivityContext, today: dt.date) -> list[DomainError]:
    """Everything wrong with the activity as typed, one error per field."""
    checks: list[Callable[[], object]] = [lambda: _check_date(draft, context, today)]
    if draft.held:
        checks += [
            lambda: _check_duration(draft),
            lambda: _check_participants(draft, context),
            lambda: _check_children(draft, context),
        ]
    else:
        checks.append(lambda: _check_cancellation(draft))
    return validation.collect(checks)


# -- saving ------------------------------------------------------------------------------------------


def save_activity(store: Store, draft: ActivityDraft, today: dt.date) -> uuid.UUID:
    """Store a new or changed activity (and the signal noted with it); raises ValidationFailed."""
    with store.transaction() as session:
        context = _context(session, draft.trajectory_id)
        errors = activity_errors(draft, context, today)
        if errors:
            raise ValidationFailed(errors)
        if draft.id is None:
            activity = Activity(trajectory_id=draft.trajectory_id, date=draft.date)
            session.add(activity)
        else:
            stored = session.get(Activity, draft.id)
            # An activity stays with its duo: one logged for the wrong duo is deleted and logged again.
            if stored is None or stored.deleted_at is not None or stored.trajectory_id != draft.trajectory_id:
                raise DomainError(ACTIVITY_GONE)
            activity = stored
        _write(activity, draft)
        session.flush()
        _write_signal(session, activity, draft, context)
        return activity.id


def _write(activity: Activity, draft: ActivityDraft) -> None:
    held = draft.held
    values = {
        "date": draft.date,
        "held": held,
        "type": draft.type,
        "place": draft.place.strip(),
        "organisation_id": draft.organisation_id,
        # What a cancelled activity cannot have had is not kept: the list and the reports stay truthful.
        "duration_minutes": draft.duration_minutes if held else None,
        "cancel_reason": None if held else draft.cancel_reason,
        "cancel_note": "" if held else draft.cancel_note.strip(),
        "participant_ids": [str(i) for i in draft.participant_ids] if held else [],
        "children_count": draft.children_count if held else 0,
        "dutch_practised": draft.dutch_practised if held else DutchPractised.NONE,
        "went_well": draft.went_well.strip() if held else "",
        "wellbeing_note": draft.wellbeing_note.strip() if held else "",
    }
    assign_changed(activity, values)


def _write_signal(
    session: Session, activity: Activity, draft: ActivityDraft, context: ActivityContext
) -> None:
    text = draft.signal_text.strip()
    signal = session.exec(live(Signal).where(Signal.activity_id == activity.id)).first()
    if signal is None:
        if text:
            session.add(
                Signal(
                    theme=draft.signal_theme,
                    description=text,
                    source=SignalSource.ACTIVITY,
                    raised_on=activity.date,
                    activity_id=activity.id,
                    trajectory_id=context.trajectory_id,
                    family_id=context.family_id,
                )
            )
        return
    if not text:
        # Emptied in the form: a signal not passed on yet goes; one the policy officer has stays on record.
        if signal.status == SignalStatus.NEW:
            signal.deleted_at = utcnow()
        return
    assign_changed(signal, {"description": text, "theme": draft.signal_theme, "raised_on": activity.date})


def load_activity(store: Store, activity_id: uuid.UUID) -> ActivityDraft:
    with store.session() as session:
        activity = existing(session, Activity, activity_id, ACTIVITY_GONE)
        signal = session.exec(live(Signal).where(Signal.activity_id == activity.id)).first()
        return ActivityDraft(
            id=activity.id,
            trajectory_id=activity.trajectory_id,
            date=activity.date,
            held=activity.held,
            duration_minutes=activity.duration_minutes,
            type=activity.type,
            place=activity.place,
            organisation_id=activity.organisation_id,
            cancel_reason=activity.cancel_reason,
            cancel_note=activity.cancel_note,
            participant_ids=[uuid.UUID(i) for i in activity.participant_ids],
            children_count=activity.children_count,
            dutch_practised=activity.dutch_practised,
            went_well=activity.went_well,
            wellbeing_note=activity.wellbeing_note,
            signal_text=signal.description if signal is not None else "",
            signal_theme=signal.theme if signal is not None else SignalTheme.OTHER,
        )

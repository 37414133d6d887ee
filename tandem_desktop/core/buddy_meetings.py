"""The monthly buddy meeting: who came, and the ideas, needs and signals raised, each on its own line.

A signal raised at a meeting goes into the signals register (source: buddy meeting), on its way to the
policy officer; changing the line changes the signal, removing the line removes a signal not yet passed on.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import Session, col

from tandem_desktop.db.models import (
    Buddy,
    BuddyMeeting,
    BuddyMeetingAttendance,
    BuddyMeetingItem,
    Signal,
    utcnow,
)
from tandem_desktop.db.models.enums import (
    BuddyStatus,
    MeetingItemKind,
    SignalSource,
    SignalStatus,
    SignalTheme,
)
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from . import validation
from .drafts import assign_changed, existing
from .errors import DomainError, ValidationFailed
from .search import fold, search_key
from .signals import check_description

# Said when a record was deleted meanwhile (on another screen, by an undo).
MEETING_GONE = QT_TRANSLATE_NOOP("domain", "This buddy meeting no longer exists.")


@dataclass
class ItemDraft:
    kind: MeetingItemKind
    text: str
    theme: SignalTheme = SignalTheme.OTHER  # for signals
    id: uuid.UUID | None = None


@dataclass
class MeetingDraft:
    date: dt.date
    place: str = ""
    notes: str = ""
    buddy_ids: set[uuid.UUID] = field(default_factory=set)
    items: list[ItemDraft] = field(default_factory=list)
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class BuddyChoice:
    id: uuid.UUID
    name: str


def buddy_choices(
    store: Store, keep: set[uuid.UUID] | frozenset[uuid.UUID] = frozenset()
) -> list[BuddyChoice]:
    """The buddies who can come to a meeting: all who have not stopped, and those already ticked."""
    query = sa.select(col(Buddy.id), col(Buddy.name)).where(
        col(Buddy.deleted_at).is_(None),
        sa.or_(
            col(Buddy.status).in_(
                (BuddyStatus.SCREENED, BuddyStatus.AVAILABLE, BuddyStatus.MATCHED, BuddyStatus.PAUSED)
            ),
            col(Buddy.id).in_(keep),
        ),
    )
    with store.session() as session:
        return sorted((BuddyChoice(*v) for v in session.execute(query)), key=lambda b: fold(b.name))


def _filled(item: ItemDraft) -> bool:
    # Lines left empty are not lines: the form always offers one more, and a line emptied goes.
    return bool(item.text.strip())


def meeting_errors(draft: MeetingDraft, today: dt.date) -> list[DomainError]:
    """`items[i]` counts the draft's lines as the form shows them, empty lines included."""
    checks: list[Callable[[], object]] = [lambda: validation.not_in_future(draft.date, "date", today)]
    checks += [
        functools.partial(check_description, item.text, f"items[{i}]")
        for i, item in enumerate(draft.items)
        if _filled(item)
    ]
    return validation.collect(checks)


def save_meeting(store: Store, draft: MeetingDraft, today: dt.date) -> uuid.UUID:
    errors = meeting_errors(draft, today)
    if errors:
        raise ValidationFailed(errors)
    items = [item for item in draft.items if _filled(item)]
    with store.transaction() as session:
        if draft.id is None:
            meeting = BuddyMeeting(date=draft.date)
            session.add(meeting)
            session.flush()
        else:
            meeting = existing(session, BuddyMeeting, draft.id, MEETING_GONE)
        assign_changed(
            meeting,
            {"date": draft.date, "place": draft.place.strip(), "notes": draft.notes.strip()},
        )
        _write_attendance(session, meeting.id, draft.buddy_ids)
        _write_items(session, meeting, items)
        return meeting.id


def _write_attendance(session: Session, meeting_id: uuid.UUID, buddy_ids: set[uuid.UUID]) -> None:
    stored = session.execute(
        sa.select(BuddyMeetingAttendance).where(
            col(BuddyMeetingAttendance.buddy_meeting_id) == meeting_id,
            col(BuddyMeetingAttendance.deleted_at).is_(None),
        )
    ).scalars()
    present = set()
    for line in stored:
        if line.buddy_id in buddy_ids:
            present.add(line.buddy_id)
        else:
            line.deleted_at = utcnow()
    for buddy_id in buddy_ids - present:
        session.add(BuddyMeetingAttendance(buddy_meeting_id=meeting_id, buddy_id=buddy_id))


def _write_items(session: Session, meeting: BuddyMeeting, items: list[ItemDraft]) -> None:
    stored = {
        item.id: item
        for item in session.execute(
            sa.select(BuddyMeetingItem).where(
                col(BuddyMeetingItem.buddy_meeting_id) == meeting.id,
                col(BuddyMeetingItem.deleted_at).is_(None),
            )
        ).scalars()
    }
    kept: set[uuid.UUID] = set()
    for draft in items:  # only filled lines: a line emptied in the form is not among them, so it goes below
        line = stored.get(draft.id) if draft.id is not None else None
        if line is None:
            line = BuddyMeetingItem(buddy_meeting_id=meeting.id, kind=draft.kind, text="")
            session.add(line)
        else:
            kept.add(line.id)
        text = draft.text.strip()
        line.kind, line.text = draft.kind, text
        line.signal_id = _write_signal(session, meeting, line.signal_id, draft, text)
    for line_id, line in stored.items():
        if line_id not in kept:
            line.deleted_at = utcnow()
            _drop_signal(session, line.signal_id)


def _write_signal(
    session: Session, meeting: BuddyMeeting, signal_id: uuid.UUID | None, draft: ItemDraft, text: str
) -> uuid.UUID | None:
    if draft.kind != MeetingItemKind.SIGNAL:
        _drop_signal(session, signal_id)
        return None
    signal = session.get(Signal, signal_id) if signal_id is not None else None
    if signal is None or signal.deleted_at is not None:
        signal = Signal(
            theme=draft.theme,
            description=text,
            source=SignalSource.BUDDY_MEETING,
            raised_on=meeting.date,
            buddy_meeting_id=meeting.id,
        )
        session.add(signal)
        session.flush()
        return signal.id
    assign_changed(signal, {"theme": draft.theme, "description": text, "raised_on": meeting.date})
    return signal.id


def _drop_signal(session: Session, signal_id: uuid.UUID | None) -> None:
    """A signal the policy officer has already received stays on record; a new one goes with its line."""
    signal = session.get(Signal, signal_id) if signal_id is not None else None
    if signal is not None and signal.deleted_at is None and signal.status == SignalStatus.NEW:
        signal.deleted_at = utcnow()


def load_meeting(store: Store, meeting_id: uuid.UUID) -> MeetingDraft:
    with store.session() as session:
        stored = existing(session, BuddyMeeting, meeting_id, MEETING_GONE)
        buddy_ids = set(
            session.execute(
                sa.select(col(BuddyMeetingAttendance.buddy_id)).where(
                    col(BuddyMeetingAttendance.buddy_meeting_id) == meeting_id,
                    col(BuddyMeetingAttendance.deleted_at).is_(None),
                )
            ).scalars()
        )
        lines = session.execute(
            sa.select(BuddyMeetingItem, Signal)
            .outerjoin(Signal, col(Signal.id) == col(BuddyMeetingItem.signal_id))
            .where(
                col(BuddyMeetingItem.buddy_meeting_id) == meeting_id,
                col(BuddyMeetingItem.deleted_at).is_(None),
            )
            .order_by(col(BuddyMeetingItem.created_at))
        ).all()
        items = [
            ItemDraft(
                line.kind, line.text, signal.theme if signal is not None else SignalTheme.OTHER, line.id
            )
            for line, signal in lines
        ]
        return MeetingDraft(stored.date, stored.place, stored.notes, buddy_ids, items, stored.id)


@dataclass(frozen=True)
class MeetingRow:
    id: uuid.UUID
    date: dt.date
    place: str
    buddies: int
    ideas: int
    needs: int
    signals: int
    search_key: str


def meeting_rows(store: Store, meeting_id: uuid.UUID | None = None) -> list[MeetingRow]:
    with store.session() as session:
        query = sa.select(BuddyMeeting).where(col(BuddyMeeting.deleted_at).is_(None))
        if meeting_id is not None:
            query = query.where(col(BuddyMeeting.id) == meeting_id)
        meetings = list(session.execute(query).scalars())
        wanted = [m.id for m in meetings]
        present = dict(
            session.execute(
                sa.select(col(BuddyMeetingAttendance.buddy_meeting_id), sa.func.count())
                .where(
                    col(BuddyMeetingAttendance.deleted_at).is_(None),
                    col(BuddyMeetingAttendance.buddy_meeting_id).in_(wanted),
                )
                .group_by(col(BuddyMeetingAttendance.buddy_meeting_id))
            ).all()
        )
        kinds: dict[tuple[uuid.UUID, MeetingItemKind], int] = {}
        texts: dict[uuid.UUID, list[str]] = {}
        for owner, kind, text in session.execute(
            sa.select(
                col(BuddyMeetingItem.buddy_meeting_id), col(BuddyMeetingItem.kind), col(BuddyMeetingItem.text)
            ).where(
                col(BuddyMeetingItem.deleted_at).is_(None), col(BuddyMeetingItem.buddy_meeting_id).in_(wanted)
            )
        ):
            kinds[(owner, kind)] = kinds.get((owner, kind), 0) + 1
            texts.setdefault(owner, []).append(text)
    return [
        MeetingRow(
            m.id,
            m.date,
            m.place,
            present.get(m.id, 0),
            kinds.get((m.id, MeetingItemKind.IDEA), 0),
            kinds.get((m.id, MeetingItemKind.NEED), 0),
            kinds.get((m.id, MeetingItemKind.SIGNAL), 0),
            search_key(m.place, m.notes, *texts.get(m.id, [])),
        )
        for m in meetings
    ]


def meeting_held_in(session: Session, month_of: dt.date) -> bool:
    """Whether a buddy meeting is recorded in the calendar month of `month_of`."""
    first = month_of.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    query = sa.select(sa.func.count()).where(
        col(BuddyMeeting.deleted_at).is_(None),
        col(BuddyMeeting.date) >= first,
        col(BuddyMeeting.date) < following,
    )
    return bool(session.execute(query).scalar_one())

"""The signals register: needs and problems noticed, on their way to the policy officer.

A signal comes from an activity, a buddy meeting or the coordinator herself. Its status goes
new → passed on (date) → answered (date, answer). The report for the policy officer covers a period,
groups the signals by theme and carries no name of a family, a family member or a buddy.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col

from tandem_desktop.db.models import Buddy, Family, FamilyMember, Signal
from tandem_desktop.db.models.enums import SignalSource, SignalStatus, SignalTheme
from tandem_desktop.db.queries import live
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from . import validation
from .drafts import existing
from .errors import DomainError, ValidationFailed
from .search import fold, search_key
from .trajectories import running_duo_of

MAX_SIGNAL_LENGTH = 2000


@dataclass
class SignalDraft:
    """A signal as the coordinator types it in the register."""

    theme: SignalTheme
    description: str
    raised_on: dt.date
    family_id: uuid.UUID | None = None
    id: uuid.UUID | None = None


def check_description(text: str, field: str = "description") -> str:
    text = validation.required(text, field)
    if len(text) > MAX_SIGNAL_LENGTH:
        raise DomainError(
            QT_TRANSLATE_NOOP("domain", "Keep it under {maximum} characters (now {length})."),
            field=field,
            maximum=MAX_SIGNAL_LENGTH,
            length=len(text),
        )
    return text


def _stored(session: Session, signal_id: uuid.UUID) -> Signal:
    signal = existing(
        session, Signal, signal_id, QT_TRANSLATE_NOOP("domain", "This signal no longer exists.")
    )
    return signal


def save_signal(store: Store, draft: SignalDraft, today: dt.date) -> uuid.UUID:
    """Add a signal the coordinator noticed, or change one; raises ValidationFailed."""
    errors = validation.collect(
        [
            lambda: check_description(draft.description),
            lambda: validation.not_in_future(draft.raised_on, "raised_on", today),
        ]
    )
    if errors:
        raise ValidationFailed(errors)
    with store.transaction() as session:
        if draft.id is None:
            signal = Signal(description="", raised_on=draft.raised_on, source=SignalSource.COORDINATOR)
            session.add(signal)
        else:
            signal = _stored(session, draft.id)
            if signal.passed_on_on is not None and draft.raised_on > signal.passed_on_on:
                raise ValidationFailed(
                    [
                        DomainError(
                            QT_TRANSLATE_NOOP(
                                "domain",
                                "This date ({date}) comes after the day it was passed on ({passed_on}).",
                            ),
                            field="raised_on",
                            date=draft.raised_on,
                            passed_on=signal.passed_on_on,
                        )
                    ]
                )
        moved = signal.raised_on != draft.raised_on
        signal.theme = draft.theme
        signal.description = draft.description.strip()
        signal.raised_on = draft.raised_on
        if signal.family_id != draft.family_id or (moved and signal.source == SignalSource.COORDINATOR):
            # The signal concerns the family's duo running on that day (a signal from an activity keeps its
            # duo while its family stays).
            signal.family_id = draft.family_id
            signal.trajectory_id = (
                running_duo_of(session, draft.family_id, draft.raised_on) if draft.family_id else None
            )
        session.flush()
        return signal.id


def _order_error(field: str, earlier: dt.date, later: dt.date) -> DomainError:
    try:
        validation.date_order(earlier, later, field)
    except DomainError as error:
        return error
    raise AssertionError("dates in order")


def pass_on(store: Store, signal_id: uuid.UUID, on: dt.date, today: dt.date) -> None:
    """The signal went to the policy officer on `on`."""
    with store.transaction() as session:
        signal = _stored(session, signal_id)
        validation.not_in_future(on, "passed_on_on", today)
        validation.date_order(signal.raised_on, on, "passed_on_on")
        if signal.answered_on is not None and on > signal.answered_on:
            raise DomainError(
                QT_TRANSLATE_NOOP("domain", "This date ({date}) comes after the answer ({answered})."),
                field="passed_on_on",
                date=on,
                answered=signal.answered_on,
            )
        signal.passed_on_on = on
        if signal.status == SignalStatus.NEW:
            signal.status = SignalStatus.PASSED_ON


def record_answer(store: Store, signal_id: uuid.UUID, on: dt.date, answer: str, today: dt.date) -> None:
    """The policy officer answered on `on`; a signal not yet marked as passed on is passed on that day."""
    with store.transaction() as session:
        signal = _stored(session, signal_id)
        errors = validation.collect(
            [
                lambda: check_description(answer, "answer"),
                lambda: validation.not_in_future(on, "answered_on", today),
                lambda: validation.date_order(signal.passed_on_on or signal.raised_on, on, "answered_on"),
            ]
        )
        if errors:
            raise ValidationFailed(errors)
        signal.passed_on_on = signal.passed_on_on or on
        signal.answered_on = on
        signal.answer = answer.strip()
        signal.status = SignalStatus.ANSWERED


def load_signal(store: Store, signal_id: uuid.UUID) -> SignalDraft:
    with store.session() as session:
        signal = _stored(session, signal_id)
        return SignalDraft(signal.theme, signal.description, signal.raised_on, signal.family_id, signal.id)


# -- the register ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignalRow:
    id: uuid.UUID
    raised_on: dt.date
    theme: SignalTheme
    source: SignalSource
    status: SignalStatus
    passed_on_on: dt.date | None
    answered_on: dt.date | None
    description: str
    answer: str
    family_name: str  # "" when the signal concerns no family
    search_key: str


def signal_rows(store: Store, signal_id: uuid.UUID | None = None) -> list[SignalRow]:
    query = (
        sa.select(
            col(Signal.id),
            col(Signal.raised_on),
            col(Signal.theme),
            col(Signal.source),
            col(Signal.status),
            col(Signal.passed_on_on),
            col(Signal.answered_on),
            col(Signal.description),
            col(Signal.answer),
            col(Family.name),
        )
        .outerjoin(Family, col(Family.id) == col(Signal.family_id))
        .where(col(Signal.deleted_at).is_(None))
        .order_by(col(Signal.raised_on).desc())
    )
    if signal_id is not None:
        query = query.where(col(Signal.id) == signal_id)
    with store.session() as session:
        rows = []
        for sid, raised, theme, source, status, passed, answered, text, answer, family in session.execute(
            query
        ):
            family = family or ""
            rows.append(
                SignalRow(
                    sid,
                    raised,
                    theme,
                    source,
                    status,
                    passed,
                    answered,
                    text,
                    answer,
                    family,
                    search_key=search_key(text, answer, family),
                )
            )
        return rows


def new_signal_count(session: Session) -> int:
    query = sa.select(sa.func.count()).where(
        col(Signal.deleted_at).is_(None), col(Signal.status) == SignalStatus.NEW
    )
    return int(session.execute(query).scalar_one())


# -- the report for the policy officer ---------------------------------------------------------------

# Words of household names that are not names ("Gezin Haile"): they stay in the text.
_NOT_NAMES = frozenset(
    fold(w) for w in ("gezin", "familie", "family", "famille", "de", "van", "der", "den", "el", "al")
)
REDACTED = "…"
_WORD = re.compile(r"\w+")


class NameScrubber:
    """Blanks out every word of every known name in a text (a first name alone, a surname alone), whatever
    its case or accents. The report must not name anyone, also not in the free text the coordinator typed."""

    def __init__(self, names: Iterable[str]) -> None:
        self._words = {
            folded
            for name in names
            for word in _WORD.findall(name)
            if len(folded := fold(word)) >= 2 and folded not in _NOT_NAMES
        }

    def __call__(self, text: str) -> str:
        scrubbed = _WORD.sub(lambda m: REDACTED if fold(m.group()) in self._words else m.group(), text)
        # "Selam Haile" becomes one mark, not two.
        return re.sub(rf"{REDACTED}(?:[\s\-']+{REDACTED})+", REDACTED, scrubbed)


def known_names(session: Session) -> list[str]:
    """The names of every family, family member and buddy ever stored (deleted ones too)."""
    names: list[str] = []
    for model in (Family, FamilyMember, Buddy):
        names.extend(session.execute(sa.select(col(model.name))).scalars())
    return names


@dataclass(frozen=True)
class ReportSignal:
    raised_on: dt.date
    source: SignalSource
    status: SignalStatus
    passed_on_on: dt.date | None
    answered_on: dt.date | None
    description: str  # names taken out
    answer: str  # names taken out
    concerns_a_duo: bool


@dataclass(frozen=True)
class SignalReport:
    start: dt.date
    end: dt.date
    themes: tuple[tuple[SignalTheme, tuple[ReportSignal, ...]], ...]  # only themes with signals, most first

    @property
    def total(self) -> int:
        return sum(len(signals) for _theme, signals in self.themes)

    def count(self, status: SignalStatus) -> int:
        return sum(1 for _theme, signals in self.themes for s in signals if s.status == status)


def signal_report(store: Store, start: dt.date, end: dt.date) -> SignalReport:
    """The signals raised from `start` to `end` (inclusive), by theme, without any name."""
    if end < start:
        raise ValidationFailed([_order_error("end", start, end)])
    with store.session() as session:
        scrub = NameScrubber(known_names(session))
        query = (
            live(Signal)
            .where(col(Signal.raised_on) >= start, col(Signal.raised_on) <= end)
            .order_by(col(Signal.raised_on), col(Signal.created_at))
        )
        by_theme: dict[SignalTheme, list[ReportSignal]] = {}
        for s in session.exec(query):
            by_theme.setdefault(s.theme, []).append(
                ReportSignal(
                    raised_on=s.raised_on,
                    source=s.source,
                    status=s.status,
                    passed_on_on=s.passed_on_on,
                    answered_on=s.answered_on,
                    description=scrub(s.description),
                    answer=scrub(s.answer),
                    concerns_a_duo=s.trajectory_id is not None,
                )
            )
    theme_order = list(SignalTheme)
    themes = sorted(by_theme.items(), key=lambda item: (-len(item[1]), theme_order.index(item[0])))
    return SignalReport(start, end, tuple((theme, tuple(signals)) for theme, signals in themes))

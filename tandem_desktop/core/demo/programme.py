"""What the demo's builder keeps while it builds: the records made so far, the simulated clock, the events."""

from __future__ import annotations

import datetime as dt
import functools
import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlmodel import Session

from tandem_desktop.db.models import (
    Activity,
    Buddy,
    Family,
    FamilyMember,
    Organisation,
    StatusChange,
    Trajectory,
)

from ..settings import get_settings
from ..status import change_status
from .data import DemoData, DuoPlan


class Clock:
    """Dates the status history at the simulated moment instead of the wall clock.

    The core services record StatusChange rows "now"; while the demo replays its events, every new StatusChange
    gets the event's day (and a minute counter, so that changes on one day keep their order) when it is flushed.
    """

    def __init__(self) -> None:
        self.moment = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
        self._per_day: dict[dt.date, int] = defaultdict(int)

    def set_day(self, day: dt.date) -> None:
        self._per_day[day] += 1
        start = dt.datetime.combine(day, dt.time(8, 0), tzinfo=dt.UTC)
        self.moment = start + dt.timedelta(minutes=self._per_day[day])

    def stamp_new_changes(self, session: Session, _context: Any, _instances: Any) -> None:
        for obj in session.new:
            if isinstance(obj, StatusChange):
                obj.changed_at = self.moment


@dataclass
class Duo:
    plan: DuoPlan
    trajectory: Trajectory
    family: Family
    buddy: Buddy
    matched_on: dt.date
    pauses: list[tuple[dt.date, dt.date | None]] = field(default_factory=list)

    @property
    def start(self) -> dt.date:
        return self.trajectory.start_date

    def last_day(self, today: dt.date) -> dt.date:
        """The last day the duo could meet, today included."""
        closed = self.trajectory.closed_on
        return today if closed is None else min(closed, today)

    def pause_on(self, day: dt.date) -> tuple[dt.date, dt.date | None] | None:
        """The pause that `day` falls in (its end day is the first day back), if any."""
        return next((p for p in self.pauses if p[0] <= day and (p[1] is None or day < p[1])), None)

    def running_on(self, day: dt.date, today: dt.date) -> bool:
        return self.start <= day <= self.last_day(today) and self.pause_on(day) is None

    def matched_on_day(self, day: dt.date) -> bool:
        closed = self.trajectory.closed_on
        return self.matched_on <= day and (closed is None or day < closed)


# Per household: its duo plan, match day and start day.
DuoPlans = dict[str, tuple[DuoPlan, dt.date, dt.date]]

_Event = tuple[dt.date, int, int, Callable[[], object]]  # (day, rank, sequence, action)


class Programme:
    """The state of the demo programme under construction, and the helpers every part of the builder uses."""

    def __init__(self, session: Session, today: dt.date, rng: random.Random, data: DemoData) -> None:
        self.session = session
        self.today = today
        self.rng = rng
        self.data = data
        self.settings = get_settings(session)
        self.clock = Clock()
        self.events: list[_Event] = []
        # Families and buddies by name, as the data files name them: in once their registration was replayed.
        self.families: dict[str, Family] = {}
        self.members: dict[str, list[FamilyMember]] = {}
        self.buddies: dict[str, Buddy] = {}
        self.duos: list[Duo] = []
        self.organisations: dict[str, Organisation] = {}
        self.activities: list[Activity] = []
        self.counts: dict[str, int] = defaultdict(int)

    def day(self, days_ago: int) -> dt.date:
        return self.today - dt.timedelta(days=days_ago)

    def add(self, record: Any, kind: str | None = None) -> None:
        self.session.add(record)
        if kind is not None:
            self.counts[kind] += 1

    def schedule(self, day: dt.date, rank: int, action: Callable[[], object]) -> None:
        """Rank orders events of one day: 0 intake, 1 match, 2 start, 3 pause/resume, 4 close, 5 after a close."""
        self.events.append((day, rank, len(self.events), action))

    def schedule_status(
        self,
        day: dt.date,
        records: Mapping[str, Family | Buddy],
        name: str,
        status: StrEnum,
        note: str = "",
        rank: int = 0,
    ) -> None:
        """A status step of the family or buddy `records[name]` (registered by then)."""
        self.schedule(day, rank, functools.partial(self._change_status, records, name, status, note))

    def _change_status(
        self, records: Mapping[str, Family | Buddy], name: str, status: StrEnum, note: str
    ) -> None:
        change_status(self.session, records[name], status, note)

    def duo_of(self, household: str) -> Duo | None:
        return next((d for d in self.duos if d.plan.family == household), None)

    def duo(self, household: str) -> Duo:
        duo = self.duo_of(household)
        if duo is None:
            raise LookupError(f"no duo for {household}")
        return duo


def slug(name: str) -> str:
    """An e-mail-like name in plain ASCII: "Mustafa Aydın" -> "mustafa.aydin"."""
    plain = unicodedata.normalize("NFKD", name.replace("ı", "i")).encode("ascii", "ignore").decode()
    return ".".join(part for part in plain.lower().replace("-", " ").split())

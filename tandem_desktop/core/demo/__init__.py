"""Demo data: a fictional Tandem programme in Ghent, to try the app out, train with it and take screenshots.

Everything is made up: the households, the buddies, the coordinator and the contact people. Public places and
institutions in Ghent appear under their own names, because a coordinator recognises them. Phone numbers have a
valid Belgian format with a run of zeros in them, addresses are on a "Voorbeeldstraat", e-mail is on example.org.

The people, places and plans are data, in resources/demo/*.json (`data`); this package builds the programme
from them. It is loaded in one transaction and is the same for the same (today, seed): every date is counted
from `today`, every choice comes from `random.Random(seed)`. The families and buddies are registered with the
forms' own services (`families.save_family_in`, `buddies.save_buddy_in`), the organisations likewise; families,
buddies and duos move through their statuses with the core services (`core.status`, `core.trajectories`),
replayed in date order, so that the status history and the evaluations come out as the real app would have
made them; the history's timestamps are set to the simulated day. The activities, group activities, buddy
meetings, signals, referrals and agreements are written as records (`logbook`, `duo_life`).
"""

from __future__ import annotations

import datetime as dt
import random

from sqlmodel import Session

from tandem_desktop.db.models import Buddy, Family, Trajectory
from tandem_desktop.db.queries import live
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from ..errors import DomainError
from ..progress import NO_PROGRESS, Progress
from .builder import DemoBuilder, DemoSummary
from .data import demo_data

# The passphrase of the fictional programmes the screenshots and the benchmarks make (never a real one's).
DEMO_PASSPHRASE = "demo programme passphrase, fictional families only"


class DemoRefused(DomainError):
    """The store already holds a programme: demo data would mix with real data."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "domain",
                "The data folder already holds a programme; demo data is only loaded into an empty one.",
            )
        )


def load_demo(
    store: Store, today: dt.date, seed: int = 2026, progress: Progress = NO_PROGRESS
) -> DemoSummary:
    """Fill an empty store with the demo programme, in one transaction; raise DemoRefused if it is not empty.
    A `Cancelled` raised by `progress` rolls the whole demo back."""
    data = demo_data()
    with store.transaction() as session:
        if holds_programme(session):
            raise DemoRefused()
        return DemoBuilder(session, today, random.Random(seed), data).build(progress)


def holds_programme(session: Session) -> bool:
    """Whether there are (not deleted) families, buddies or trajectories."""
    return any(
        session.exec(live(model).limit(1)).first() is not None for model in (Family, Buddy, Trajectory)
    )


__all__ = ["DemoRefused", "DemoSummary", "holds_programme", "load_demo"]

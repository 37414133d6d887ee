"""The large programme on which bench/check.py measures `check`, `export` and `import`.

bench/intake.py's families with their members and bench/activities.py's duos (each with its own family and
buddy) with their activities, completed here with what else `check` reads: the statuses that go with each
duo, closure reasons, evaluations, signals and referrals. The whole is consistent: `check` finds no problem.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# bench/ is not a package: its scripts import each other. intake makes families with members, activities
# makes duos with their families, buddies and activities.
import activities as duo_bench
import intake as family_bench
import sqlalchemy as sa
from sqlalchemy import insert
from sqlmodel import col

from tandem_desktop.core.demo import DEMO_PASSPHRASE
from tandem_desktop.core.trajectories import OPEN_STATUSES, evaluation_dates
from tandem_desktop.db.keyfile import key_for
from tandem_desktop.db.models import (
    Buddy,
    Evaluation,
    Family,
    Organisation,
    ProgrammeSettings,
    Referral,
    Signal,
    Trajectory,
)
from tandem_desktop.db.models.enums import (
    BuddyStatus,
    ClosureReason,
    EndedBy,
    FamilyStatus,
    OrganisationCategory,
    ReferralOutcome,
    SignalSource,
    SignalStatus,
    SignalTheme,
    TrajectoryStatus,
)
from tandem_desktop.db.store import open_store

TODAY = duo_bench.TODAY


def generate(data: Path, families: int, activities: int) -> None:
    family_bench.generate(data, families)
    duo_bench.generate(data, activities)
    _complete(data)


def _complete(data: Path) -> None:
    """What bench/activities.py leaves out and `check` reads: the statuses that go with each duo (it makes
    every family completed and every buddy available), closure reasons, evaluations, signals, referrals."""
    rng = random.Random(13)
    settings = ProgrammeSettings()
    with open_store(data, key_for(data, DEMO_PASSPHRASE)) as store, store.engine.begin() as conn:
        in_open_duo = sa.select(col(Trajectory.family_id)).where(col(Trajectory.status).in_(OPEN_STATUSES))
        conn.execute(
            sa.update(Family).where(col(Family.id).in_(in_open_duo)).values(status=FamilyStatus.IN_TRAJECTORY)
        )
        with_open_duo = sa.select(col(Trajectory.buddy_id)).where(col(Trajectory.status).in_(OPEN_STATUSES))
        conn.execute(
            sa.update(Buddy).where(col(Buddy.id).in_(with_open_duo)).values(status=BuddyStatus.MATCHED)
        )
        conn.execute(
            sa.update(Trajectory)
            .where(col(Trajectory.status) == TrajectoryStatus.COMPLETED)
            .values(closure_reason=ClosureReason.DURATION_COMPLETED, ended_by=EndedBy.MUTUAL)
        )
        duos = conn.execute(
            sa.select(col(Trajectory.id), col(Trajectory.family_id), col(Trajectory.start_date))
        ).all()
        organisations = [
            Organisation(name=f"Organisation {i}", category=rng.choice(list(OrganisationCategory)))
            for i in range(50)
        ]
        evaluations, signals, referrals = [], [], []
        for duo_id, family_id, start in duos:
            for kind, due in evaluation_dates(start, settings).items():
                done = due <= TODAY
                evaluations.append(
                    Evaluation(
                        trajectory_id=duo_id,
                        kind=kind,
                        due_on=due,
                        done_on=due if done else None,
                        family_score=rng.randint(1, 5) if done else None,
                        buddy_score=rng.randint(1, 5) if done else None,
                    )
                )
            raised = min(TODAY, start + dt.timedelta(days=rng.randint(0, 150)))
            passed = raised + dt.timedelta(days=rng.randint(1, 40))
            signals.append(
                Signal(
                    theme=rng.choice(list(SignalTheme)),
                    description="Wachtlijst kinderopvang",
                    source=SignalSource.COORDINATOR,
                    raised_on=raised,
                    trajectory_id=duo_id,
                    family_id=family_id,
                    status=SignalStatus.PASSED_ON if passed <= TODAY else SignalStatus.NEW,
                    passed_on_on=passed if passed <= TODAY else None,
                )
            )
            referrals.append(
                Referral(
                    family_id=family_id,
                    organisation_id=rng.choice(organisations).id,
                    trajectory_id=duo_id,
                    purpose="Inschrijving",
                    referred_on=raised,
                    outcome=ReferralOutcome.PENDING,
                    follow_up_on=raised + dt.timedelta(days=14),
                )
            )
        for model, records in (
            (Organisation, organisations),
            (Evaluation, evaluations),
            (Signal, signals),
            (Referral, referrals),
        ):
            conn.execute(insert(model), [record.model_dump() for record in records])
    print(
        f"completed {len(duos)} duos with {len(evaluations)} evaluations, {len(signals)} signals and referrals"
    )

"""Activities benchmark: the Activities page over 200,000 duo activities (ten years of a large programme).

Measured: opening the page (its default period, the last three months: read, list and paint) and choosing
another period (a quarter, a year) on the open page, which reads its first rows and counts the rest. Baseline,
same run: a bare SELECT of the same period's activities with their duo's names, on a connection of the app's
SQLite library keyed as the app keys it (db/driver.py: the database is encrypted). The goal: opening and
filtering by period under 100 ms.

    .venv/bin/python bench/activities.py [--activities N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
from contextlib import closing
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from duos import median_ms  # bench/duos.py: bench/ is not a package, its scripts import each other
from sqlalchemy import insert

from tandem_desktop.core.demo import DEMO_PASSPHRASE
from tandem_desktop.db import driver
from tandem_desktop.db.cipher import DataKey
from tandem_desktop.db.keyfile import key_for
from tandem_desktop.db.models import Activity, Buddy, Family, Trajectory
from tandem_desktop.db.models.enums import (
    ActivityType,
    BuddyStatus,
    CancelReason,
    DutchPractised,
    FamilyStatus,
    TrajectoryStatus,
)
from tandem_desktop.db.store import open_store
from tandem_desktop.paths import database_path

TODAY = dt.date(2026, 11, 26)
YEARS = 10
PER_DUO = 25  # a generous six months: two a month, some cancelled, some extra


def generate(data: Path, activities: int) -> None:
    rng = random.Random(5)
    duos = activities // PER_DUO
    first = TODAY - dt.timedelta(days=365 * YEARS)
    families, buddies, trajectories, rows = [], [], [], []
    for i in range(duos):
        family = Family(name=f"Gezin {i}", status=FamilyStatus.COMPLETED)
        buddy = Buddy(name=f"Buddy {i}", status=BuddyStatus.AVAILABLE)
        start = first + dt.timedelta(days=rng.randint(0, 365 * YEARS - 190))
        closed = start + dt.timedelta(days=182)
        open_duo = closed > TODAY
        trajectory = Trajectory(
            family_id=family.id,
            buddy_id=buddy.id,
            status=TrajectoryStatus.ACTIVE if open_duo else TrajectoryStatus.COMPLETED,
            start_date=start,
            planned_end=closed,
            closed_on=None if open_duo else closed,
        )
        families.append(family)
        buddies.append(buddy)
        trajectories.append(trajectory)
        for _ in range(PER_DUO):
            day = min(TODAY, start + dt.timedelta(days=rng.randint(0, 181)))
            held = rng.random() > 0.15
            rows.append(
                Activity(
                    trajectory_id=trajectory.id,
                    date=day,
                    type=rng.choice(list(ActivityType)),
                    held=held,
                    duration_minutes=rng.choice([60, 90, 120, 180]) if held else None,
                    cancel_reason=None if held else rng.choice(list(CancelReason)),
                    place=rng.choice(["De Krook", "Citadelpark", "Vrijdagmarkt", "STAM", ""]),
                    dutch_practised=rng.choice(list(DutchPractised)),
                ).model_dump()
            )
    with open_store(data, key_for(data, DEMO_PASSPHRASE)) as store, store.engine.begin() as conn:
        for model, records in ((Family, families), (Buddy, buddies), (Trajectory, trajectories)):
            conn.execute(insert(model), [record.model_dump() for record in records])
        conn.execute(insert(Activity), rows)
    print(f"generated {len(rows)} activities of {duos} duos over {YEARS} years")


def bare_select(data: Path, key: DataKey, start: dt.date, end: dt.date) -> list[Any]:
    with closing(driver.connect(database_path(data), key)) as conn:
        return conn.execute(
            "SELECT a.id, a.trajectory_id, a.date, f.name, b.name, a.type, a.held, a.duration_minutes, a.place,"
            " a.cancel_reason, a.dutch_practised, a.children_count FROM activity a"
            " JOIN trajectory t ON t.id = a.trajectory_id JOIN family f ON f.id = t.family_id"
            " JOIN buddy b ON b.id = t.buddy_id WHERE ifnull(a.deleted_at, NULL) IS NULL AND a.date BETWEEN ? AND ?"
            " ORDER BY a.date DESC",
            (start.isoformat(), end.isoformat()),
        ).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=200_000)
    args = parser.parse_args()

    from tandem_desktop.gui.activities.activities_page import ActivitiesPage
    from tandem_desktop.gui.shell.app import make_application
    from tandem_desktop.gui.shell.language import Translators

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        generate(data, args.activities)
        app = make_application()
        Translators().switch("nl")
        quarter = (TODAY - dt.timedelta(days=91), TODAY)
        earlier = (TODAY - dt.timedelta(days=182), TODAY - dt.timedelta(days=92))
        year = (dt.date(TODAY.year - 1, 1, 1), dt.date(TODAY.year - 1, 12, 31))
        with open_store(data, key_for(data, DEMO_PASSPHRASE)) as store:
            key = store.data_key
            shown = len(bare_select(data, key, *quarter))
            bare = median_ms(lambda: bare_select(data, key, *quarter))
            pages: list[ActivitiesPage] = []

            def open_page() -> None:
                page = ActivitiesPage(store)
                page.resize(1280, 720)
                page.show()
                page.table.viewport().grab()  # painted, as the coordinator sees it
                pages.append(page)

            opened = median_ms(open_page)
            for page in pages[:-1]:
                page.close()
            page = pages[-1]

            def choose(period: tuple[dt.date, dt.date]) -> None:
                page.set_period(*period)
                page.table.viewport().grab()

            def alternate() -> None:
                # Two different quarters in turn, so that each run really changes the list.
                choose(earlier)
                choose(quarter)

            switch = median_ms(alternate) / 2
            a_year = median_ms(lambda: choose(year), runs=3)
            year_rows = len(bare_select(data, key, *year))
            year_bare = median_ms(lambda: bare_select(data, key, *year), runs=3)
            everything = median_ms(lambda: choose((dt.date(1900, 1, 1), TODAY)), runs=3)
            page.close()
            app.processEvents()

        print(
            f"Activities page, {args.activities} activities; the last three months hold {shown}, a year {year_rows}"
        )
        print(f"  bare SQLCipher SELECT of the three months    {bare:7.1f} ms")
        print(
            f"  open the page (three months, painted)        {opened:7.1f} ms   ratio {opened / bare:.2f} x  (goal 100 ms)"
        )
        print(
            f"  choose another quarter                       {switch:7.1f} ms   ratio {switch / bare:.2f} x  (goal 100 ms)"
        )
        print(
            f"  choose a whole year                          {a_year:7.1f} ms   ratio {a_year / bare:.2f} x  (goal 150 ms)"
        )
        print(
            f"  bare SQLCipher SELECT of the whole year      {year_bare:7.1f} ms   (the page reads it in parts)"
        )
        print(
            f"  everything at once ({args.activities} rows)          {everything:7.1f} ms   (not a goal: for scale)"
        )


if __name__ == "__main__":
    main()

"""Matching and duos benchmark: suggestions for one family among 2,000 available buddies, and the overview of
500 active duos (loading its rows, and painting it).

Baselines, same run: reading the same buddies with a bare SQL query (on a connection of the app's SQLite
library, SQLCipher, keyed as the app keys it: db/driver.py), and painting the same overview texts with Qt's own
QStandardItemModel in a bare QTableView. The goal: suggestions and painting under 50 ms.

    .venv/bin/python bench/duos.py [--buddies N] [--duos N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from tandem_desktop.core.demo import DEMO_PASSPHRASE
from tandem_desktop.core.weekgrid import ALL_SLOTS
from tandem_desktop.db import driver
from tandem_desktop.db.keyfile import key_for
from tandem_desktop.db.models import Activity, Buddy, Evaluation, Family, FamilyMember, Trajectory
from tandem_desktop.db.models.enums import (
    ActivityType,
    BuddyStatus,
    EvaluationKind,
    FamilyStatus,
    MemberRole,
    TrajectoryStatus,
)
from tandem_desktop.db.store import open_store
from tandem_desktop.paths import database_path

TODAY = dt.date(2026, 11, 26)
LANGUAGES = ["ar", "ti", "uk", "fa", "so", "prs", "am", "ru", "tr", "fr", "en", "es"]


def _rows(records: list[Any]) -> list[dict[str, Any]]:
    # The models' defaults filled in, then Core inserts: the ORM would take far longer for a set this size.
    return [record.model_dump() for record in records]


def generate(data: Path, buddies: int, duos: int) -> None:
    rng = random.Random(11)
    available = [
        Buddy(
            name=f"Buddy {i}",
            status=BuddyStatus.AVAILABLE,
            languages=["nl", *rng.sample(LANGUAGES, rng.randint(0, 2))],
            postcode=rng.choice(["9000", "9030", "9040", "9050"]),
            municipality="Gent",
            availability=rng.sample(ALL_SLOTS, rng.randint(2, 6)),
            capacity=rng.choice([1, 1, 2]),
            criminal_record_extract_on=TODAY - dt.timedelta(days=rng.randint(0, 500)),
        )
        for i in range(buddies)
    ]
    waiting = Family(
        name="Gezin Tesfaye",
        status=FamilyStatus.WAITING,
        mother_tongue="ti",
        contact_languages=["ar"],
        postcode="9000",
        municipality="Gent",
        unavailability=["mon-morning", "tue-morning", "wed-afternoon"],
    )
    families, members, matched, trajectories, evaluations, activities = [waiting], [], [], [], [], []
    members.append(FamilyMember(family_id=waiting.id, name="Selam", role=MemberRole.CHILD, birth_year=2019))
    for i in range(duos):
        family = Family(
            name=f"Gezin {i}", status=FamilyStatus.IN_TRAJECTORY, mother_tongue=rng.choice(LANGUAGES)
        )
        buddy = Buddy(name=f"Matched buddy {i}", status=BuddyStatus.MATCHED, languages=["nl"])
        start = TODAY - dt.timedelta(days=rng.randint(0, 175))
        trajectory = Trajectory(
            family_id=family.id,
            buddy_id=buddy.id,
            status=TrajectoryStatus.ACTIVE,
            start_date=start,
            planned_end=start + dt.timedelta(days=182),
        )
        families.append(family)
        matched.append(buddy)
        trajectories.append(trajectory)
        for kind, after in (
            (EvaluationKind.START, 0),
            (EvaluationKind.MIDWAY, 91),
            (EvaluationKind.END, 182),
        ):
            due = start + dt.timedelta(days=after)
            evaluations.append(
                Evaluation(
                    trajectory_id=trajectory.id, kind=kind, due_on=due, done_on=due if due < TODAY else None
                )
            )
        day = start + dt.timedelta(days=rng.randint(2, 9))
        while day < TODAY:
            activities.append(
                Activity(
                    trajectory_id=trajectory.id,
                    date=day,
                    type=rng.choice(list(ActivityType)),
                    held=rng.random() > 0.15,
                )
            )
            day += dt.timedelta(days=rng.randint(8, 30))
    with open_store(data, key_for(data, DEMO_PASSPHRASE)) as store, store.engine.begin() as conn:
        for model, records in (
            (Family, families),
            (FamilyMember, members),
            (Buddy, available + matched),
            (Trajectory, trajectories),
            (Evaluation, evaluations),
            (Activity, activities),
        ):
            conn.execute(insert(model), _rows(records))
    print(f"generated {buddies} available buddies, {duos} active duos with {len(activities)} activities")


def median_ms(action: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buddies", type=int, default=2000)
    parser.add_argument("--duos", type=int, default=500)
    args = parser.parse_args()

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from tandem_desktop.core import duos, match_data
    from tandem_desktop.core.matching import suggest_buddies
    from tandem_desktop.gui.duos.duos_page import DuosPage
    from tandem_desktop.gui.matching.matching_page import MatchingPage
    from tandem_desktop.gui.shell.app import make_application
    from tandem_desktop.gui.shell.language import Translators

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        generate(data, args.buddies, args.duos)
        app = make_application()
        Translators().switch("nl")
        with open_store(data, key_for(data, DEMO_PASSPHRASE)) as store:
            # -- suggestions ------------------------------------------------------------------------------
            key = store.data_key

            def bare_read() -> None:
                with closing(driver.connect(database_path(data), key)) as conn:
                    conn.execute("SELECT * FROM buddy WHERE status = 'available'").fetchall()

            bare = median_ms(bare_read)
            [family] = match_data.waiting_families(store)
            buddies = match_data.candidate_buddies(store, TODAY)
            rank = median_ms(lambda: suggest_buddies(family, buddies))
            whole = median_ms(
                lambda: suggest_buddies(
                    match_data.waiting_families(store, family.id)[0],
                    match_data.candidate_buddies(store, TODAY),
                )
            )
            possible = sum(s.possible for s in suggest_buddies(family, buddies))
            print(
                f"suggestions for one family among {len(buddies)} buddies ({args.buddies} available, the rest at capacity) ({possible} possible)"
            )
            print(f"  bare SQLCipher SELECT of the buddies      {bare:7.1f} ms")
            print(
                f"  rank them (on choosing a family)          {rank:7.1f} ms   ratio {rank / bare:.2f} x  (goal 50 ms)"
            )
            print(f"  read and rank (on opening the page)       {whole:7.1f} ms   ratio {whole / bare:.2f} x")
            matching = MatchingPage(store)
            matching.resize(1100, 700)
            matching.show()
            app.processEvents()

            def show_cards() -> None:
                matching._show_suggestions()
                matching.suggestions.viewport().grab()

            cards = median_ms(show_cards)
            print(f"  rank, list and paint the cards (page)     {cards:7.1f} ms   ratio {cards / bare:.2f} x")
            matching.close()

            # -- the overview of duos -----------------------------------------------------------------------
            page = DuosPage(store)
            page.resize(1100, 700)
            page.show()
            app.processEvents()
            texts = [
                [page.model.index(r, c).data() for c in range(page.model.columnCount())]
                for r in range(page.model.rowCount())
            ]
            baseline = QStandardItemModel(len(texts), len(texts[0]))
            for r, row in enumerate(texts):
                for c, text in enumerate(row):
                    baseline.setItem(r, c, QStandardItem(text))
            view = QTableView()
            view.setModel(baseline)
            view.resize(1100, 350)
            view.show()
            app.processEvents()
            bare_paint = median_ms(lambda: view.viewport().grab())
            paint = median_ms(lambda: page.table.viewport().grab())
            load = median_ms(lambda: duos.duo_rows(store, TODAY), runs=5)
            refresh = median_ms(page.refresh, runs=5)
            print(f"overview of {page.model.rowCount()} active duos")
            print(f"  paint a bare QTableView of the same texts {bare_paint:7.1f} ms")
            print(
                f"  paint the overview (flag chips)           {paint:7.1f} ms   ratio {paint / bare_paint:.2f} x"
                "  (goal 50 ms)"
            )
            print(f"  compute the rows (progress and flags)     {load:7.1f} ms")
            print(f"  refresh the page (rows, sort, filter)     {refresh:7.1f} ms")
            view.close()
            page.close()


if __name__ == "__main__":
    main()

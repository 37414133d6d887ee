"""Team sync benchmark: four laptops, each with its own changes (10,000 each by default, 1,000 of them to
records another laptop changed too), then each laptop's sync in turn, twice around. Goal: each laptop's sync
under 5 s. Baseline in the same run: copying the database once (backups.copy_database, the sync's own last
steps do it twice), so the figures read against the machine's speed.

    .venv/bin/python bench/team.py [--families N] [--changes N] [--overlap N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa

from tandem_desktop.core.demo import DEMO_PASSPHRASE
from tandem_desktop.db import backups
from tandem_desktop.db.keyfile import key_for
from tandem_desktop.db.models import Family, utcnow
from tandem_desktop.db.store import Store, open_store
from tandem_desktop.db.team import sync

GOAL_S = 5.0
LAPTOPS = ("a", "b", "c", "d")


def _families(store: Store, count: int) -> list[str]:
    with store.engine.begin() as conn:
        now = utcnow()
        conn.execute(
            sa.insert(Family),
            [{**Family(name=f"Gezin {i:05d}", registered_on=dt.date(2026, 1, 1)).model_dump(), "created_at": now,
              "updated_at": now} for i in range(count)],
        )  # fmt: skip
        return [str(row[0]) for row in conn.execute(sa.text("SELECT id FROM family ORDER BY name"))]


def _change(store: Store, ids: list[str], laptop: str, changes: int, overlap: int) -> None:
    """`changes` families' notes changed on this laptop: the first `overlap` shared by every laptop (the same
    field: conflicts), the others this laptop's own (disjoint)."""
    index = LAPTOPS.index(laptop)
    own = ids[overlap + index * (changes - overlap) : overlap + (index + 1) * (changes - overlap)]
    stamp = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
    with store.engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE family SET notes = :notes, updated_at = :at WHERE id = :id"),
            [
                {"notes": f"{laptop} {i}", "at": stamp, "id": family_id}
                for i, family_id in enumerate(ids[:overlap] + own)
            ],
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", type=int, default=50_000)
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--overlap", type=int, default=1_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        stores: dict[str, Store] = {}
        members: dict[str, sync.Membership] = {}
        first = root / "a"
        stores["a"] = open_store(first, key_for(first, DEMO_PASSPHRASE))
        ids = _families(stores["a"], args.families)
        code = sync.create_team(stores["a"], root / "team")
        members["a"] = sync.read_membership(first, stores["a"].data_key)  # type: ignore[assignment]
        for name in LAPTOPS[1:]:
            data = root / name
            key = key_for(data, DEMO_PASSPHRASE)
            members[name] = sync.join_state(root / "team", code, data, key)
            stores[name] = open_store(data, key)
            sync.finish_join(stores[name], members[name])
        for name in LAPTOPS:
            _change(stores[name], ids, name, args.changes, args.overlap)
        started = time.perf_counter()
        backups.copy_database(stores["a"].database, root / "copy.sqlite3", stores["a"].data_key)
        copy_s = time.perf_counter() - started
        print(f"team sync: {len(LAPTOPS)} laptops, {args.families} families, {args.changes} changes each "
              f"({args.overlap} on the same records on every laptop)")  # fmt: skip
        times: dict[str, list[float]] = {name: [] for name in LAPTOPS}
        conflicts = 0
        for _round in range(2):
            for name in LAPTOPS:
                started = time.perf_counter()
                report = sync.sync_laptop(stores[name], members[name])
                times[name].append(time.perf_counter() - started)
                conflicts += report.conflicts
        for name in LAPTOPS:
            worst = max(times[name])
            print(
                f"  laptop {name}: syncs {', '.join(f'{t:.2f}' for t in times[name])} s   "
                f"(goal {GOAL_S:.0f} s: {'met' if worst < GOAL_S else 'MISSED'})   ratio to a copy {worst / copy_s:5.1f} x"
            )
        print(
            f"  baseline: one copy of the database {copy_s:.2f} s; median sync {statistics.median(t for name in LAPTOPS for t in times[name]):.2f} s"
        )
        print(f"  conflicts found: {conflicts}")
        states = set()
        for store in stores.values():
            with store.engine.connect() as conn:
                rows = conn.execute(sa.text("SELECT id, notes, updated_at FROM family ORDER BY id")).all()
            states.add(hash(tuple(map(tuple, rows))))
        print(
            f"  the four laptops' families after two rounds: {'the same' if len(states) == 1 else 'DIFFERENT'}"
        )
        for store in stores.values():
            store.close()


if __name__ == "__main__":
    main()

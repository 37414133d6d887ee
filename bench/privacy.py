"""Privacy benchmark, on the large programme (10,000 families, 200,000 activities; bench/generate.py), encrypted.

Each figure against a baseline measured in the same run:

- the overview's to-do (core.overview.to_do, read after every change the coordinator makes) with the count of
  people due for erasure, against the same to-do without it (the version before the privacy duties);
- the Privacy page's list (core.privacy.retention.due_for_erasure) three years on, against the to-do;
- erasing people due (core.privacy.erasing.erase_due, one transaction each, after one safety backup measured
  apart), per person, against saving one family's form (core.families.save_family) per family;
- opening the store with an erasure register of thousands of lines, all applied, against an empty register;
- saving a family's form with `PRAGMA secure_delete` (every connection since the privacy duties) against the
  same without it.

    .venv/bin/python bench/privacy.py [--families N] [--activities N] [--erase N] [--runs N]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import generate

from tandem_desktop.core import families, overview
from tandem_desktop.core.demo import DEMO_PASSPHRASE
from tandem_desktop.core.privacy import erasing, retention
from tandem_desktop.db import engine, erasure
from tandem_desktop.db.keyfile import key_for
from tandem_desktop.db.store import Store, open_store


def _median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # not counted: caches warm
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _line(label: str, value: float, baseline: float, unit: str = "ms") -> None:
    print(
        f"  {label:<52} {value:9.1f} {unit}   baseline {baseline:9.1f} {unit}   ratio {value / baseline:5.2f} x"
    )


def _family_saver(store: Store, today: dt.date) -> Callable[[], object]:
    """Saving one family's form with one field changed: the write a coordinator makes most."""
    family_id = families.family_rows(store)[0].id
    draft = families.load_family(store, family_id)
    counter = iter(range(10**9))
    return lambda: families.save_family(
        store, dataclasses.replace(draft, needs_other=f"bench {next(counter)}"), today
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", type=int, default=10_000)
    parser.add_argument("--activities", type=int, default=200_000)
    parser.add_argument("--erase", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        generate.generate(data, args.families, args.activities)
        key = key_for(data, DEMO_PASSPHRASE)
        today = generate.TODAY
        later = today.replace(year=today.year + 3)
        store = open_store(data, key)
        try:
            print(f"privacy on {args.families} families and {args.activities} activities (medians, ms)")
            with_due = _median_ms(lambda: overview.to_do(store, today), args.runs)
            real = overview.due_count
            overview.due_count = lambda _session, _today: 0  # type: ignore[assignment]
            without_due = _median_ms(lambda: overview.to_do(store, today), args.runs)
            overview.due_count = real  # type: ignore[assignment]
            _line("overview to-do, with the count due for erasure", with_due, without_due)

            due = retention.due_for_erasure(store, later)
            listed = _median_ms(lambda: retention.due_for_erasure(store, later), args.runs)
            _line(f"Privacy page's list three years on ({len(due)} due)", listed, without_due)

            save = _family_saver(store, today)
            saved = _median_ms(save, args.runs)
            people = [erasing.Person(d.table_name, d.record_id) for d in due[: args.erase]]
            started = time.perf_counter()
            store.backup("erasure")
            backup_ms = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            erased = erasing.erase_due(store, people, later)
            total_ms = (time.perf_counter() - started) * 1000 - backup_ms
            _line(f"erasing, per person ({erased} erased)", total_ms / max(erased, 1), saved)
            print(f"  {'  of the erasure: its safety backup, once':<52} {backup_ms:9.1f} ms")

            with_secure = _median_ms(save, args.runs)
            store.close()
            pragmas = engine._set_pragmas

            def without_secure_delete(connection: object, record: object) -> None:
                pragmas(connection, record)  # type: ignore[arg-type]
                connection.execute("PRAGMA secure_delete=OFF")  # type: ignore[attr-defined]

            engine._set_pragmas = without_secure_delete  # type: ignore[assignment]
            store = open_store(data, key)
            save = _family_saver(store, today)
            plain_delete = _median_ms(save, args.runs)
            store.close()
            engine._set_pragmas = pragmas  # type: ignore[assignment]
            _line("saving a family's form, with secure_delete", with_secure, plain_delete)

            # Opening with a register of thousands of lines (all applied: nothing to erase again).
            register = erasure.register_path(data)
            lines = register.read_text(encoding="utf-8") if register.exists() else ""
            opened_small = _median_ms(lambda: open_store(data, key).close(), args.runs)
            extra = [
                erasure.Registered("family", uuid.uuid4(), later, False) for _ in range(5_000)
            ]  # ids of no record here: as after erasures of people since deleted from a restored copy
            erasure.register(data, extra)
            opened_large = _median_ms(lambda: open_store(data, key).close(), args.runs)
            register.write_text(lines, encoding="utf-8")
            _line(f"opening, register of {len(extra) + erased} lines", opened_large, opened_small)
            store = open_store(data, key)
        finally:
            store.close()


if __name__ == "__main__":
    main()

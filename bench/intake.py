"""Families page benchmark on 10,000 generated families: opening the page, and one keystroke of search.

Baseline, same run: the same rows shown by Qt's own QStandardItemModel in a bare QTableView.
The goal for a keystroke is one frame (16 ms).

    .venv/bin/python bench/intake.py [--families N]
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
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from tandem_desktop.core.demo import DEMO_PASSPHRASE
from tandem_desktop.db.keyfile import key_for
from tandem_desktop.db.models import Family, FamilyMember
from tandem_desktop.db.store import open_store

FIRST = [
    "Amina",
    "Yonas",
    "Olena",
    "Zoë",
    "Ahmad",
    "Saba",
    "Dmytro",
    "Fatima",
    "Omar",
    "Lidya",
    "ليلى",
    "ሳባ",
    "Олена",
]
LAST = [
    "Haile",
    "Haddad",
    "Kovalenko",
    "Ahmadi",
    "Tesfay",
    "Warsame",
    "Diallo",
    "Çelik",
    "حداد",
    "ተስፋይ",
    "Петренко",
]
STATUSES = [
    "registered",
    "intake_done",
    "waiting",
    "matched",
    "in_trajectory",
    "completed",
    "stopped",
    "withdrawn",
]


def generate(store_dir: Path, count: int) -> None:
    rng = random.Random(7)
    now = dt.datetime.now(dt.UTC)
    families, members = [], []
    for i in range(count):
        family_id = uuid.uuid4()
        last = rng.choice(LAST)
        families.append(
            {
                "id": family_id,
                "created_at": now,
                "updated_at": now,
                "name": f"Gezin {last} {i}",
                "status": rng.choice(STATUSES),
                "registered_on": dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300)),
                "mother_tongue": rng.choice(["ar", "ti", "uk", "fa", "so"]),
                "contact_languages": ["en"],
                "dutch_level": "a1",
                "family_reunification": True,
                "address": "",
                "postcode": "9000",
                "municipality": "Gent",
                "phone": f"+3247{rng.randrange(10**7):07d}",
                "needs": rng.sample(["childcare", "library", "sport", "language_camp"], 2),
                "needs_other": "",
                "unavailability": ["mon-morning"],
                "sensitive_constraints": "",
                "referred_by": "",
                "consent_text_version": "1",
                "photo_consent": "not_asked",
                "buddy_preferences": "",
                "notes": "",
            }
        )
        for position in range(rng.randint(2, 6)):
            members.append(
                {
                    "id": uuid.uuid4(),
                    "created_at": now,
                    "updated_at": now,
                    "family_id": family_id,
                    "name": f"{rng.choice(FIRST)} {last}",
                    "role": "parent" if position < 2 else "child",
                    "birth_year": rng.randint(1975, 2024),
                    "position": position,
                }
            )
    with open_store(store_dir, key_for(store_dir, DEMO_PASSPHRASE)) as store, store.engine.begin() as conn:
        # Core inserts: the ORM would take ten times as long for a data set this size.
        conn.execute(insert(Family), families)
        conn.execute(insert(FamilyMember), members)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=10_000)
    args = parser.parse_args()

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView
    from runner_wait import until_idle

    from tandem_desktop.core.families import family_rows
    from tandem_desktop.gui.intake.families_page import FamiliesPage
    from tandem_desktop.gui.shell.app import make_application
    from tandem_desktop.gui.shell.language import Translators

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        started = time.perf_counter()
        generate(data, args.families)
        print(f"generated {args.families} families in {time.perf_counter() - started:.1f} s")
        app = make_application()
        translators = Translators()
        translators.switch("nl")
        with open_store(data, key_for(data, DEMO_PASSPHRASE)) as store:
            from PySide6.QtGui import QUndoStack

            # Baseline: the same rows in Qt's own item model and a bare view.
            rows = family_rows(store)
            started = time.perf_counter()
            baseline = QStandardItemModel(len(rows), 6)
            for r, row in enumerate(rows):
                for c, text in enumerate(
                    (row.name, row.status, "", str(row.children), "", str(row.registered_on))
                ):
                    baseline.setItem(r, c, QStandardItem(text))
            view = QTableView()
            view.setModel(baseline)
            view.resize(1100, 600)
            view.show()
            app.processEvents()
            bare = time.perf_counter() - started
            view.close()

            opens = []
            for _ in range(3):
                started = time.perf_counter()
                page = FamiliesPage(store, QUndoStack())
                page.resize(1100, 650)
                page.show()
                until_idle()  # the rows are read as an operation
                app.processEvents()
                opens.append(time.perf_counter() - started)
                page.close()

            keystrokes = []
            for word in ("haile", "zoe", "ሳባ", "0470", "kovalenko"):
                page.search.clear()
                app.processEvents()
                for end in range(1, len(word) + 1):
                    started = time.perf_counter()
                    page.search.setText(word[:end])
                    app.processEvents()
                    keystrokes.append(time.perf_counter() - started)
            page.search.clear()
            QApplication.processEvents()

        open_median = statistics.median(opens)
        print(f"families page with {args.families} families")
        print(f"  bare QTableView + QStandardItemModel   {bare * 1000:7.0f} ms")
        print(
            f"  open the Families page (median of 3)    {open_median * 1000:7.0f} ms   ratio {open_median / bare:.2f} x"
        )
        print(
            f"  one keystroke of search: median {statistics.median(keystrokes) * 1000:.1f} ms, "
            f"max {max(keystrokes) * 1000:.1f} ms over {len(keystrokes)} keystrokes (goal: 16 ms)"
        )


if __name__ == "__main__":
    main()

"""Encryption benchmark: the large programme (10,000 families, 200,000 activities) encrypted, against the same
programme in a plain SQLite file. Goal: each step at most 1.3 x its plain time.

The steps, as the coordinator meets them:

- start to data shown: opening the store (open_store: the lock, the file's quick check, the schema, the
  newest change) and the overview's first read (core.overview: the counts and the to-do), as bench/startup.py's
  "programme shown" ends;
- the Families page opened (its rows read, listed and shown, as bench/intake.py measures it), and its rows
  alone (core.families.family_rows);
- one keystroke of search on that page (bench/intake.py's words);
- the Activities page opened (three months read, listed and painted, as bench/activities.py measures it);
- `backup` (db/backups.copy_database) and `export` (core.exchange.write_export): plain JSON on both sides,
  and as each side's app writes it by default: the encrypted app seals it (with a key derived from the
  export's passphrase, once per export), the plain one wrote plain JSON.

The large programme is bench/generate.py's, made encrypted in a process of its own; its plain twin is copied
from it with SQLCipher's `sqlcipher_export`. Each side is measured in processes of its own, alternately
(plain, encrypted, encrypted, plain, ...), so that machine load hits both alike, through the same code: in the
plain side's processes every connection of db/driver.py is made without a key (and nothing encrypts the
plain twin), so that open_store, the pages, the backup and the export run exactly as they do encrypted.
Figures are medians over all runs. The passphrase's key derivation (Argon2id at the app's cost) is slow by
design: it is measured and printed apart, and is in none of the steps (but the sealed export, which derives
the export's own key once).

    .venv/bin/python bench/encryption.py [--families N] [--activities N] [--runs N] [--rounds N]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tandem_desktop.core.demo import DEMO_PASSPHRASE
from tandem_desktop.db import cipher, driver
from tandem_desktop.db.cipher import DataKey
from tandem_desktop.paths import database_path

GOAL_RATIO = 1.3
PLAIN, ENCRYPTED = "plain", "encrypted"
RESULT = "RESULT "  # how a measuring process's figures start, on its last line of output

# (key, label) of each step, in the order printed. The indented ones are parts of the step above them, shown
# to tell where its time goes: the goal is the steps'.
STEPS = [
    ("start", "start to data shown (open + overview)"),
    ("quick_check", "  of which the file's quick check"),
    ("families_page", "Families page opened"),
    ("family_rows", "  of which its rows (family_rows)"),
    ("keystroke", "one keystroke of search"),
    ("activities_page", "Activities page opened (3 months)"),
    ("backup", "backup (copy_database)"),
    ("export", "export, plain JSON (write_export)"),
    ("export_sealed", "export, sealed when encrypted"),
]
EXPORT_PASSPHRASE = "the export passphrase of the bench"

# bench/ is not a package: its scripts import each other. Families at intake first, then the duos with their
# own families (PER_DUO activities each): `families` in all.
GENERATE = """
import sys
from pathlib import Path
from activities import PER_DUO
from generate import generate
families, activities = int(sys.argv[2]), int(sys.argv[3])
generate(Path(sys.argv[1]), max(0, families - activities // PER_DUO), activities)
"""


# --- the plain twin ---------------------------------------------------------------------------------------


def plain_twin(encrypted: Path, plain: Path, key: DataKey) -> None:
    """A plain copy of the encrypted data folder's database, alone in the folder `plain`; then both files
    rebuilt alike (VACUUM), so that their pages are laid out the same way and differ by the encryption alone
    (the export writes a compact file, the generated one grew by its inserts)."""
    plain.mkdir(parents=True)
    with closing(driver.connect(database_path(encrypted), key)) as conn:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(database_path(plain)),))
        conn.execute("SELECT sqlcipher_export('plain')")
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA plain.user_version = {version}")
        conn.execute("DETACH DATABASE plain")
    for folder, folder_key in ((encrypted, key), (plain, None)):
        with closing(driver.connect(database_path(folder), folder_key)) as conn:
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _without_encryption() -> None:
    """For the plain side's process: every connection without a key, and no encryption of plain files.

    db/driver.py is the one place connections are made and keyed (the engine, the checks, the backups call
    `driver.connect`), so the app's code runs unchanged on the plain file. The backup copies pages between two
    files of one key (the backup API), as it does encrypted, instead of exporting a plain file into an
    encrypted one. open_store would encrypt the plain database it finds: that is left out.
    """
    from tandem_desktop.db import encryption

    connect = driver.connect

    def plain_connect(path: Path, key: DataKey | None, *, read_only: bool = False) -> driver.Connection:
        return connect(path, None, read_only=read_only)

    def no_encryption(data_dir: Path, key: DataKey, step: object = None) -> int:
        return 0

    driver.connect = plain_connect
    driver.is_plain = lambda path: False
    encryption.encrypt_data_folder = no_encryption


# --- measuring, in a process of each side ---------------------------------------------------------------


def _timed_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def measure(side: str, data: Path, scratch: Path, runs: int) -> dict[str, list[float]]:
    """Each step `runs` times on `data` (after one run not counted), in ms."""
    if side == PLAIN:
        _without_encryption()
        key = DataKey.new()  # the store wants one; no connection uses it
    else:
        from tandem_desktop.db.keyfile import unlock

        key = unlock(data, DEMO_PASSPHRASE)  # the key derivation: not measured here

    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication
    from runner_wait import until_idle

    from tandem_desktop.core.exchange import write_export
    from tandem_desktop.core.families import family_rows
    from tandem_desktop.core.overview import programme_counts, to_do
    from tandem_desktop.db import backups, integrity
    from tandem_desktop.db.store import Store, open_store
    from tandem_desktop.gui.activities.activities_page import ActivitiesPage
    from tandem_desktop.gui.common.operations import runner
    from tandem_desktop.gui.intake.families_page import FamiliesPage
    from tandem_desktop.gui.shell.app import make_application
    from tandem_desktop.gui.shell.language import Translators

    app = make_application()
    Translators().switch("nl")
    times: dict[str, list[float]] = {name: [] for name, _label in STEPS}

    def repeat(name: str, action: Callable[[], object], after: Callable[[], object] | None = None) -> None:
        for run in range(runs + 1):  # the first one loads what the step needs, as any first use
            ms = _timed_ms(action)
            if run:
                times[name].append(ms)
            if after is not None:
                after()

    opened: list[Store] = []

    def start() -> None:
        store = open_store(data, key)
        opened.append(store)
        programme_counts(store)
        to_do(store, store.today())

    # The first opening makes the plain twin's daily backup (the encrypted folder has had it since it was made).
    repeat("start", start, after=lambda: opened.pop().close())
    repeat("quick_check", lambda: integrity.check_file(database_path(data), key, quick=True))

    with open_store(data, key) as store:
        pages: list[FamiliesPage] = []

        def open_families() -> None:
            page = FamiliesPage(store, QUndoStack())
            page.resize(1100, 650)
            page.show()
            until_idle()  # the rows are read as an operation
            app.processEvents()
            pages.append(page)

        repeat("families_page", open_families, after=lambda: pages[-1].close())
        repeat("family_rows", lambda: family_rows(store))

        open_families()  # a page with its rows shown, to search in
        page = pages[-1]

        def type_in(text: str) -> None:
            page.search.setText(text)
            app.processEvents()

        for word in ("haile", "zoe", "ሳባ", "0470", "kovalenko"):
            page.search.clear()
            app.processEvents()
            for end in range(1, len(word) + 1):
                times["keystroke"].append(_timed_ms(functools.partial(type_in, word[:end])))
        page.search.clear()
        page.close()
        QApplication.processEvents()

        activities: list[ActivitiesPage] = []

        def open_activities() -> None:
            shown = ActivitiesPage(store)
            shown.resize(1280, 720)
            shown.show()
            shown.table.viewport().grab()  # painted, as the coordinator sees it
            activities.append(shown)

        repeat("activities_page", open_activities, after=lambda: activities[-1].close())
        app.processEvents()

        copy = scratch / "backup.sqlite3"
        repeat(
            "backup",
            lambda: backups.copy_database(store.database, copy, key),
            after=lambda: copy.unlink(),
        )
        export = scratch / "export"
        repeat("export", lambda: write_export(store, export, None), after=lambda: export.unlink())
        sealing = None if side == PLAIN else EXPORT_PASSPHRASE
        repeat("export_sealed", lambda: write_export(store, export, sealing), after=lambda: export.unlink())
        runner().wait_until_idle()
    return times


def run_side(side: str, data: Path, scratch: Path, runs: int) -> dict[str, list[float]]:
    """`measure` in a process of its own; its figures."""
    done = subprocess.run(
        [sys.executable, __file__, "--measure", side, str(data), str(scratch), str(runs)],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT)]
    if done.returncode != 0 or not lines:
        print(done.stdout + done.stderr, file=sys.stderr)
        raise SystemExit(f"measuring the {side} side failed (exit {done.returncode})")
    times: dict[str, list[float]] = json.loads(lines[-1][len(RESULT) :])
    return times


# --- the report ---------------------------------------------------------------------------------------------


def key_derivation_ms(runs: int = 5) -> float:
    """The passphrase's key derivation at the app's cost (a fresh salt each time, as each key slot has)."""
    times = [
        _timed_ms(
            lambda: cipher.passphrase_key(
                DEMO_PASSPHRASE, os.urandom(cipher.SALT_BYTES), cipher.PASSPHRASE_COST
            )
        )
        for _ in range(runs)
    ]
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=10_000, help="in all (with a duo or at intake)")
    parser.add_argument("--activities", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=2, help="of each step in each measuring process")
    parser.add_argument("--rounds", type=int, default=4, help="measuring processes of each side")
    parser.add_argument(
        "--measure", nargs=4, metavar=("SIDE", "DATA", "SCRATCH", "RUNS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.measure:
        side, data, scratch, runs = args.measure
        print(RESULT + json.dumps(measure(side, Path(data), Path(scratch), int(runs))))
        return

    with tempfile.TemporaryDirectory() as tmp:
        encrypted, plain, scratch = Path(tmp) / "encrypted", Path(tmp) / "plain", Path(tmp) / "scratch"
        scratch.mkdir()
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", GENERATE, str(encrypted), str(args.families), str(args.activities)],
            cwd=Path(__file__).parent,
            check=True,
        )
        from tandem_desktop.db.keyfile import unlock

        plain_twin(encrypted, plain, unlock(encrypted, DEMO_PASSPHRASE))
        print(f"generated, with its plain twin, in {time.perf_counter() - started:.0f} s")

        folders = {PLAIN: plain, ENCRYPTED: encrypted}
        times: dict[str, dict[str, list[float]]] = {PLAIN: {}, ENCRYPTED: {}}
        for round_ in range(args.rounds):
            # Plain first in one round, encrypted first in the next: a drift of the machine's load evens out.
            for side in (PLAIN, ENCRYPTED) if round_ % 2 == 0 else (ENCRYPTED, PLAIN):
                for name, ms in run_side(side, folders[side], scratch, args.runs).items():
                    times[side].setdefault(name, []).extend(ms)
        derivation = key_derivation_ms()
        for side, folder in folders.items():
            if driver.is_plain(database_path(folder)) != (side == PLAIN):
                raise SystemExit(f"the {side} database is not {side} any more: the figures compare nothing")
        sizes = {side: database_path(folder).stat().st_size / 2**20 for side, folder in folders.items()}

    samples = args.rounds * args.runs
    print(
        f"encryption: {args.families:,} families, {args.activities:,} activities, encrypted against plain;"
        f" medians of {samples} runs of each step (keystrokes: of every one), {args.rounds} processes a side"
    )
    print(f"  database file: plain {sizes[PLAIN]:.0f} MiB, encrypted {sizes[ENCRYPTED]:.0f} MiB")
    print(f"  {'step':<40} {'plain ms':>9} {'encrypted ms':>13} {'ratio':>7}")
    missed = []
    for name, label in STEPS:
        bare, ciphered = statistics.median(times[PLAIN][name]), statistics.median(times[ENCRYPTED][name])
        ratio = ciphered / bare
        verdict = ""
        if not label.startswith(" "):
            verdict = f"  {'ok' if ratio <= GOAL_RATIO else 'MISS'} (goal {GOAL_RATIO} x)"
            if ratio > GOAL_RATIO:
                missed.append(label)
        print(f"  {label:<40} {bare:9.1f} {ciphered:13.1f} {ratio:6.2f} x{verdict}")
    cost = cipher.PASSPHRASE_COST
    print(
        f"  passphrase's key derivation, apart: {derivation:.0f} ms (Argon2id, {cost.time_cost} passes,"
        f" {cost.memory_kib // 1024} MiB; slow by design: once a start or an unlock; in no step above but the"
        " sealed export, which derives its own key once)"
    )
    print("goals: " + ("all met" if not missed else "missed for " + ", ".join(missed)))


if __name__ == "__main__":
    main()

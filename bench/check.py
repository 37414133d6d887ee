"""Administration benchmark: `check`, `export` and `import` on a large programme (10,000 families with their
members, and 200,000 activities of 8,000 duos with their own families and buddies, evaluations, signals and
referrals).

Each command runs as `python -m tandem_desktop --passphrase-file FILE ...` in its own process, so that its
peak memory (VmHWM) is its own. Baselines, same run and also each in its own process, on connections of the
app's SQLite library (SQLCipher, db/driver.py) keyed with the data key as the app keys them: for `check` a bare
integrity and foreign-key check plus a count; for `export` a bare dump of every row to JSON (against which
both `export --plain` and the default, sealed export are measured); for `import` a bare executemany of the
(plain) exported rows into an empty (encrypted) copy of the schema. The baselines are handed the data key raw;
each command derives it from the passphrase (Argon2id, slow by design), which is measured apart, in a process
of its own; a sealed export derives its own key from the export's passphrase as well. Also measured in this process: the programme rules alone
(core.consistency.find_problems), time and peak Python allocations. Goal: the rules under 5 s. Benchmarks
print figures; they assert nothing.

    .venv/bin/python bench/check.py [--families N] [--activities N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# Only what the baselines need is imported here: they run this file in a child process, and their memory
# should be the SQL library's, not SQLAlchemy's. The generator and the app are imported where they are used.
from tandem_desktop.db import driver
from tandem_desktop.db.cipher import DataKey
from tandem_desktop.paths import database_path

ROOT = Path(__file__).resolve().parents[1]
# The data key, raw (hex), for the baselines: they key their connections as the app does, without deriving it.
KEY_ENV = "BENCH_DATA_KEY"


# --- baselines, each run in a child process by `--baseline NAME` ---------------------------------------


def _key() -> DataKey:
    return DataKey(bytes.fromhex(os.environ[KEY_ENV]))


def baseline_check(data: Path) -> None:
    with closing(driver.connect(database_path(data), _key())) as conn:
        conn.execute("PRAGMA integrity_check").fetchall()
        conn.execute("PRAGMA foreign_key_check").fetchall()
        conn.execute("SELECT count(*) FROM activity").fetchone()


def _tables(conn: driver.Connection) -> list[str]:
    query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    return [name for (name,) in conn.execute(query)]


def baseline_export(data: Path, out: Path) -> None:
    with (
        closing(driver.connect(database_path(data), _key())) as conn,
        out.open("w", encoding="utf-8") as file,
    ):
        conn.row_factory = driver.DBAPI.Row
        tables = {
            name: [dict(row) for row in conn.execute(f'SELECT * FROM "{name}"')] for name in _tables(conn)
        }
        json.dump(tables, file, ensure_ascii=False)


def baseline_import(data: Path, export: Path, fresh: Path) -> None:
    """The exported rows inserted as they are into an empty copy of the schema (encrypted with the same key):
    no checks, no merge; in one transaction."""
    key = _key()
    with closing(driver.connect(database_path(data), key)) as source:
        schema = [sql for (sql,) in source.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")]
    tables = json.loads(export.read_text(encoding="utf-8"))["tables"]
    # The driver's connections are in autocommit mode: the rows go in one transaction, as the app's import.
    with closing(driver.connect(fresh, key)) as conn:
        for sql in schema:
            conn.execute(sql)
        conn.execute("BEGIN")
        for name, rows in tables.items():
            if rows:
                names = list(rows[0])
                conn.executemany(
                    f'INSERT INTO "{name}" ({", ".join(names)}) VALUES ({", ".join("?" * len(names))})',
                    [[_sqlite_value(row.get(n)) for n in names] for row in rows],
                )
        conn.execute("COMMIT")


def _sqlite_value(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, list | dict) else value


def baseline_derive() -> None:
    """The passphrase's key derivation alone, at the app's cost (each command does it once)."""
    from tandem_desktop.db import cipher

    cipher.passphrase_key("a passphrase of the bench", os.urandom(cipher.SALT_BYTES), cipher.PASSPHRASE_COST)


BASELINES: dict[str, Callable[..., None]] = {
    "check": baseline_check,
    "export": baseline_export,
    "import": baseline_import,
    "derive": baseline_derive,
}


# --- measuring ------------------------------------------------------------------------------------------

# Runs a command (a module such as tandem_desktop, or this file for a baseline) and writes its peak resident
# memory (KiB) to the file named first. VmHWM rather than getrusage's ru_maxrss: on Linux ru_maxrss keeps,
# across fork and exec, the peak of the process that started the command (this bench, which holds the
# generated data), while VmHWM belongs to the memory of the command's program alone.
_MEASURED = """
import runpy, sys
peak_file, target = sys.argv[1], sys.argv[2]
sys.argv = sys.argv[2:]
code = 0
try:
    if target.endswith(".py"):
        runpy.run_path(target, run_name="__main__")
    else:
        runpy.run_module(target, run_name="__main__", alter_sys=True)
except SystemExit as exit:
    code = exit.code
finally:
    with open("/proc/self/status") as status, open(peak_file, "w") as out:
        out.write(next(line for line in status if line.startswith("VmHWM")).split()[1])
sys.exit(code)
"""


@dataclass
class Measured:
    seconds: float
    peak_mib: float
    exit_code: int
    output: str


def run(target: str, *args: str | Path, env: dict[str, str] | None = None) -> Measured:
    """One command in its own process: wall time (interpreter start included), peak memory, exit code, output."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".peak") as peak:
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _MEASURED, peak.name, target, *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env=None if env is None else dict(os.environ, **env),
            check=False,
        )
        seconds = time.perf_counter() - started
        peak_kib = int(peak.read() or 0)
    return Measured(seconds, peak_kib / 1024, done.returncode, done.stdout.decode(errors="replace"))


def app(data: Path, passphrase_file: Path, *command: str | Path) -> Measured:
    """The command as an administrator runs it: the passphrase from a file (the key derived from it)."""
    return run("tandem_desktop", "--data-dir", data, "--passphrase-file", passphrase_file, *command)


def baseline(name: str, key: DataKey, *args: str | Path) -> Measured:
    return run(__file__, "--baseline", name, *args, env={KEY_ENV: key.raw.hex()})


def rules_in_process(data: Path, key: DataKey, today: dt.date) -> tuple[float, float, int]:
    """find_problems alone: seconds (best of 3), peak Python allocations in MiB (a fourth run, traced:
    tracing slows allocation down), and the number of problems found."""
    from tandem_desktop.core.consistency import find_problems
    from tandem_desktop.db.store import open_store

    with open_store(data, key, lock=False) as store:
        times = []
        for _ in range(3):
            with store.session() as session:
                started = time.perf_counter()
                problems = find_problems(session, today)
                times.append(time.perf_counter() - started)
        with store.session() as session:
            tracemalloc.start()
            find_problems(session, today)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    return min(times), peak / 2**20, len(problems)


def line(label: str, measured: Measured, bare: Measured) -> str:
    failed = "" if measured.exit_code == 0 else f"   EXIT {measured.exit_code}"
    return (
        f"  {label:<28} {measured.seconds:6.2f} s  ratio {measured.seconds / bare.seconds:5.2f} x"
        f"   peak {measured.peak_mib:6.0f} MiB  ratio {measured.peak_mib / bare.peak_mib:5.2f} x{failed}"
    )


def bare_line(label: str, measured: Measured) -> str:
    return f"  {label:<28} {measured.seconds:6.2f} s                   peak {measured.peak_mib:6.0f} MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=10_000)
    parser.add_argument("--activities", type=int, default=200_000)
    parser.add_argument("--baseline", nargs="+", metavar=("NAME", "ARG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline:
        name, *rest = args.baseline
        BASELINES[name](*map(Path, rest))
        return

    from generate import TODAY, generate  # bench/generate.py: bench/ is not a package

    from tandem_desktop.core.demo import DEMO_PASSPHRASE
    from tandem_desktop.db.keyfile import key_for

    with tempfile.TemporaryDirectory() as tmp:
        data, fresh, export = Path(tmp) / "data", Path(tmp) / "fresh", Path(tmp) / "export.json"
        passphrase, export_passphrase = Path(tmp) / "passphrase.txt", Path(tmp) / "export-passphrase.txt"
        passphrase.write_text(DEMO_PASSPHRASE + "\n", encoding="utf-8")
        export_passphrase.write_text("the export passphrase of the bench\n", encoding="utf-8")
        started = time.perf_counter()
        generate(data, args.families, args.activities)
        print(f"generated in {time.perf_counter() - started:.0f} s")
        key = key_for(data, DEMO_PASSPHRASE)
        seconds, peak, found = rules_in_process(data, key, TODAY)

        derived = baseline("derive", key)
        bare_check = baseline("check", key, data)
        check = app(data, passphrase, "check")
        bare_export = baseline("export", key, data, Path(tmp) / "bare.json")
        exported = app(data, passphrase, "export", "--plain", "--out", export)
        sealed = app(
            data,
            passphrase,
            "export",
            "--export-passphrase-file",
            export_passphrase,
            "--out",
            Path(tmp) / "sealed",
        )
        bare_import = baseline("import", key, data, export, Path(tmp) / "bare.sqlite")
        # A new folder: the command makes its key file (one derivation) and prints a recovery key.
        imported = app(fresh, passphrase, "import", export)

        print(
            f"check, export and import: {args.families} families with members, {args.activities} activities"
        )
        print(
            f"  programme rules alone        {seconds:6.2f} s  (goal 5 s)   peak Python allocations {peak:6.1f} MiB"
            f"   ({found} problems)"
        )
        print(bare_line("key derivation (Argon2id)", derived) + "   (in each command below; a process alone)")
        print(bare_line("bare integrity check + count", bare_check))
        print(line("check", check, bare_check))
        print(bare_line("bare dump to JSON", bare_export))
        print(line("export --plain", exported, bare_export))
        print(line("export, sealed (the default)", sealed, bare_export))
        print(bare_line("bare executemany insert", bare_import))
        print(line("import into an empty folder", imported, bare_import))
        for label, measured in (
            ("check", check),
            ("export", exported),
            ("sealed export", sealed),
            ("import", imported),
        ):
            if measured.exit_code != 0:
                print(f"{label} said:\n" + "\n".join(measured.output.splitlines()[:12]))


if __name__ == "__main__":
    main()

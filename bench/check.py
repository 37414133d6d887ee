"""Administration benchmark: `check`, `export` and `import` on a large programme (10,000 families with their
members, and 200,000 activities of 8,000 duos with their own families and buddies, evaluations, signals and
referrals).

Each command runs as `python -m tandem_desktop ...` in its own process, so that its peak memory (VmHWM)
is its own. Baselines, same run and also each in its own process: for `check` a bare sqlite3 integrity and
foreign-key check plus a count; for `export` a bare sqlite3 dump of every row to JSON; for `import` a bare
executemany of the exported rows into an empty copy of the schema. Also measured in this process: the
programme rules alone (core.consistency.find_problems), time and peak Python allocations. Goal: the rules
under 5 s. Benchmarks print figures; they assert nothing.

    .venv/bin/python bench/check.py [--families N] [--activities N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# Only what the baselines need is imported here: they run this file in a child process, and their memory
# should be sqlite3's, not SQLAlchemy's. The generator and the app are imported where they are used.
from tandem_desktop.paths import database_path

ROOT = Path(__file__).resolve().parents[1]


# --- baselines, each run in a child process by `--baseline NAME` ---------------------------------------


def baseline_check(data: Path) -> None:
    with sqlite3.connect(database_path(data)) as conn:
        conn.execute("PRAGMA integrity_check").fetchall()
        conn.execute("PRAGMA foreign_key_check").fetchall()
        conn.execute("SELECT count(*) FROM activity").fetchone()


def _tables(conn: sqlite3.Connection) -> list[str]:
    query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    return [name for (name,) in conn.execute(query)]


def baseline_export(data: Path, out: Path) -> None:
    with sqlite3.connect(database_path(data)) as conn, out.open("w", encoding="utf-8") as file:
        conn.row_factory = sqlite3.Row
        tables = {
            name: [dict(row) for row in conn.execute(f'SELECT * FROM "{name}"')] for name in _tables(conn)
        }
        json.dump(tables, file, ensure_ascii=False)


def baseline_import(data: Path, export: Path, fresh: Path) -> None:
    """The exported rows inserted as they are into an empty copy of the schema: no checks, no merge."""
    with sqlite3.connect(database_path(data)) as source:
        schema = [sql for (sql,) in source.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")]
    tables = json.loads(export.read_text(encoding="utf-8"))["tables"]
    with sqlite3.connect(fresh) as conn:
        for sql in schema:
            conn.execute(sql)
        for name, rows in tables.items():
            if rows:
                names = list(rows[0])
                conn.executemany(
                    f'INSERT INTO "{name}" ({", ".join(names)}) VALUES ({", ".join("?" * len(names))})',
                    [[_sqlite_value(row.get(n)) for n in names] for row in rows],
                )


def _sqlite_value(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, list | dict) else value


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


def run(target: str, *args: str | Path) -> Measured:
    """One command in its own process: wall time (interpreter start included), peak memory, exit code, output."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".peak") as peak:
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _MEASURED, peak.name, target, *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            check=False,
        )
        seconds = time.perf_counter() - started
        peak_kib = int(peak.read() or 0)
    return Measured(seconds, peak_kib / 1024, done.returncode, done.stdout.decode(errors="replace"))


def app(data: Path, *command: str | Path) -> Measured:
    return run("tandem_desktop", "--data-dir", data, *command)


def baseline(name: str, *args: str | Path) -> Measured:
    return run(__file__, "--baseline", name, *args)


def rules_in_process(data: Path, today: dt.date) -> tuple[float, float, int]:
    """find_problems alone: seconds (best of 3), peak Python allocations in MiB (a fourth run, traced:
    tracing slows allocation down), and the number of problems found."""
    from tandem_desktop.core.consistency import find_problems
    from tandem_desktop.db.store import open_store

    with open_store(data, lock=False) as store:
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
        {"check": baseline_check, "export": baseline_export, "import": baseline_import}[name](
            *map(Path, rest)
        )
        return

    from generate import TODAY, generate  # bench/generate.py: bench/ is not a package

    with tempfile.TemporaryDirectory() as tmp:
        data, fresh, export = Path(tmp) / "data", Path(tmp) / "fresh", Path(tmp) / "export.json"
        started = time.perf_counter()
        generate(data, args.families, args.activities)
        print(f"generated in {time.perf_counter() - started:.0f} s")
        seconds, peak, found = rules_in_process(data, TODAY)

        bare_check = baseline("check", data)
        check = app(data, "check")
        bare_export = baseline("export", data, Path(tmp) / "bare.json")
        exported = app(data, "export", "--out", export)
        bare_import = baseline("import", data, export, Path(tmp) / "bare.sqlite")
        imported = app(fresh, "import", export)

        print(
            f"check, export and import: {args.families} families with members, {args.activities} activities"
        )
        print(
            f"  programme rules alone        {seconds:6.2f} s  (goal 5 s)   peak Python allocations {peak:6.1f} MiB"
            f"   ({found} problems)"
        )
        print(bare_line("bare integrity check + count", bare_check))
        print(line("check", check, bare_check))
        print(bare_line("bare sqlite3 dump to JSON", bare_export))
        print(line("export", exported, bare_export))
        print(bare_line("bare executemany insert", bare_import))
        print(line("import into an empty folder", imported, bare_import))
        for label, measured in (("check", check), ("export", exported), ("import", imported)):
            if measured.exit_code != 0:
                print(f"{label} said:\n" + "\n".join(measured.output.splitlines()[:12]))


if __name__ == "__main__":
    main()

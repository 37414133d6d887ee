"""Start-up benchmark: time to the first shown main window and to the programme shown in it, with the demo
programme and with a large one (10,000 families, 200,000 activities), against a bare PySide6 window measured
in the same run on the same machine. Prints figures and their ratio.

    .venv/bin/python bench/startup.py [--runs N] [--no-large]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import os, resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1280, 720)
window.show()
def shown():
    seconds = time.time() - float(os.environ["BENCH_T0"])
    print(seconds, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "modules", len(sys.modules))
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

# The window first (`on_window_shown`: its opening page), then the programme in it once the store is open
# (`on_shown`: the overview with its figures).
APP = """
import os, resource, sys, time
from pathlib import Path
from tandem_desktop.gui.shell.app import run_gui
t0 = float(os.environ["BENCH_T0"])
window = []
def window_shown(app):
    window.append(time.time() - t0)
def shown(app):
    heavy = sorted(m for m in ("reportlab", "PySide6.QtPdf", "PySide6.QtPrintSupport") if m in sys.modules)
    print(window[0] if window else -1, time.time() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
          "modules", len(sys.modules), "heavy", ",".join(heavy) or "-")
    app.quit()
run_gui(Path(sys.argv[1]), on_shown=shown, on_window_shown=window_shown)
"""


# bench/ is not a package: its scripts import each other.
GENERATE = """
import sys
from pathlib import Path
from activities import generate as generate_activities
from intake import generate as generate_families
generate_activities(Path(sys.argv[1]), 200_000)  # 8,000 duos with their families and buddies
generate_families(Path(sys.argv[1]), 2_000)  # and families still at intake: 10,000 in all
"""


def timed(code: str, *args: str) -> tuple[float, float, int, str]:
    """(seconds to the window, seconds to the data shown, peak memory in KiB, what was loaded)."""
    env = dict(os.environ, BENCH_T0=repr(time.time()))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True
    )
    window, data, memory, rest = out.stdout.strip().split(" ", 3)
    return float(window), float(data), int(memory), rest


def measure(data: Path, runs: int, what: str) -> None:
    """Start the app on `data` `runs` times, interleaved with a bare window, and print the medians."""
    timed(APP, str(data))  # the first start makes the day's backup; measure the ordinary ones
    bare: list[tuple[float, float, int, str]] = []
    app: list[tuple[float, float, int, str]] = []
    for _ in range(runs):  # interleaved, so that machine load hits both alike
        bare.append(timed(BARE))
        app.append(timed(APP, str(data)))

    def median(runs: list[tuple[float, float, int, str]], at: int) -> float:
        return statistics.median(run[at] for run in runs)

    bare_shown, bare_memory = median(bare, 0), median(bare, 2)
    window, data_shown, memory = median(app, 0), median(app, 1), median(app, 2)
    print(f"start-up, median of {runs} runs ({what}), against a bare PySide6 window")
    print(f"  bare PySide6 window     {bare_shown * 1000:7.0f} ms  {bare_memory / 1024:5.0f} MB peak")
    print(f"  main window shown       {window * 1000:7.0f} ms   {window / bare_shown:5.2f} x  (goal 1.5 x)")
    print(
        f"  programme shown in it   {data_shown * 1000:7.0f} ms   {data_shown / bare_shown:5.2f} x  (goal 3 x)"
    )
    print(f"  peak memory             {memory / 1024:7.0f} MB   {memory / bare_memory:5.2f} x  (goal 2 x)")
    print(f"  loaded: {app[-1][3]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-large", action="store_true", help="only the demo programme")
    args = parser.parse_args()
    # Compiled as an installed app is (and as PySide6 is in site-packages): where PYTHONDONTWRITEBYTECODE is
    # set, every start would compile the app's modules anew, which no user's start does.
    package = Path(__file__).resolve().parents[1] / "tandem_desktop"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True, capture_output=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        subprocess.run(
            [sys.executable, "-m", "tandem_desktop", "--data-dir", str(data), "demo"],
            check=True,
            capture_output=True,
        )
        measure(data, args.runs, "demo programme loaded")
        if not args.no_large:
            large = Path(tmp) / "large"
            # In a process of its own: a child's peak memory starts at its parent's (Linux keeps ru_maxrss
            # across exec), and generating takes hundreds of MB.
            subprocess.run(
                [sys.executable, "-c", GENERATE, str(large)], cwd=Path(__file__).parent, check=True
            )
            measure(large, args.runs, "10,000 families, 200,000 activities")


if __name__ == "__main__":
    main()

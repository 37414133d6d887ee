"""Start-up benchmark: time to the first shown main window with the demo programme, against a bare
PySide6 window measured in the same run on the same machine. Prints figures and their ratio.

    .venv/bin/python bench/startup.py [--runs N]
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
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1280, 720)
window.show()
def shown():
    print(time.time() - float(os.environ["BENCH_T0"]), "modules", len(sys.modules))
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

APP = """
import os, sys, time
from pathlib import Path
from tandem_desktop.gui.shell.app import run_gui
def shown(app):
    heavy = sorted(m for m in ("reportlab", "PySide6.QtPdf", "PySide6.QtPrintSupport") if m in sys.modules)
    print(time.time() - float(os.environ["BENCH_T0"]), "modules", len(sys.modules), "heavy", ",".join(heavy) or "-")
    app.quit()
run_gui(Path(sys.argv[1]), on_shown=shown)
"""


def timed(code: str, *args: str) -> tuple[float, str]:
    env = dict(os.environ, BENCH_T0=repr(time.time()))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True
    )
    first, _, rest = out.stdout.strip().partition(" ")
    return float(first), rest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        subprocess.run(
            [sys.executable, "-m", "tandem_desktop", "--data-dir", str(data), "demo"],
            check=True,
            capture_output=True,
        )
        timed(APP, str(data))  # the first start makes the day's backup; measure the ordinary ones
        bare, app = [], []
        for _ in range(args.runs):  # interleaved, so that machine load hits both alike
            bare.append(timed(BARE)[0])
            seconds, detail = timed(APP, str(data))
            app.append(seconds)
        bare_median, app_median = statistics.median(bare), statistics.median(app)
        print(f"start-up to the first shown main window, median of {args.runs} runs (demo programme loaded)")
        print(f"  bare PySide6 window   {bare_median * 1000:7.0f} ms")
        print(f"  Tandem Desktop        {app_median * 1000:7.0f} ms   ({detail})")
        print(f"  ratio                 {app_median / bare_median:7.2f} x")


if __name__ == "__main__":
    main()

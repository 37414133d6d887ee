"""Start-up benchmark: time to the first shown main window and to the programme shown in it, with the demo
programme and with a large one (10,000 families, 200,000 activities), against a bare PySide6 window measured
in the same run on the same machine. Prints figures and their ratio.

The programme is encrypted: its passphrase comes as a coordinator's keychain gives it (there is none here, so
the app's keychain lookup is replaced in the measured process), and the key is derived from it (Argon2id, slow
by design) before the store opens. That derivation is timed in the same process and printed apart, and the
time to the programme is also given without it.

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
    print(seconds, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, 0, "modules", len(sys.modules))
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

# The window first (`on_window_shown`: its opening page), then the programme in it once the store is open
# (`on_shown`: the overview with its figures). The passphrase is the keychain's (the file named second): the
# opening asks the keychain once it has loaded db/keyfile.py, so the stand-in wraps keyfile.unlock there, to
# time the key derivation, without loading anything earlier than the app does.
APP = """
import os, resource, sys, time
from pathlib import Path
from tandem_desktop import keychain
from tandem_desktop.gui.shell.app import run_gui
t0 = float(os.environ["BENCH_T0"])
window = []
derivation = []
def stored_passphrase(data_dir):
    from tandem_desktop.db import keyfile
    unlock = keyfile.unlock
    def timed_unlock(folder, passphrase):
        started = time.perf_counter()
        try:
            return unlock(folder, passphrase)
        finally:
            derivation.append(time.perf_counter() - started)
    keyfile.unlock = timed_unlock
    return Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()[0]
keychain.stored_passphrase = stored_passphrase
def window_shown(app):
    window.append(time.time() - t0)
def shown(app):
    heavy = sorted(m for m in ("reportlab", "PySide6.QtPdf", "PySide6.QtPrintSupport") if m in sys.modules)
    print(window[0] if window else -1, time.time() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
          sum(derivation), "modules", len(sys.modules), "heavy", ",".join(heavy) or "-")
    app.quit()
run_gui(Path(sys.argv[1]), on_shown=shown, on_window_shown=window_shown)
"""

# The demo passphrase into a file (for the CLI's --passphrase-file and the keychain's stand-in), written by a
# child: this process loads none of the app, since a child's peak memory starts at its parent's.
PASSPHRASE = """
import sys
from pathlib import Path
from tandem_desktop.core.demo import DEMO_PASSPHRASE
Path(sys.argv[1]).write_text(DEMO_PASSPHRASE + "\\n", encoding="utf-8")
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


Run = tuple[float, float, int, float, str]


def timed(code: str, *args: str) -> Run:
    """(seconds to the window, seconds to the data shown, peak memory in KiB, seconds of key derivation,
    what was loaded)."""
    env = dict(os.environ, BENCH_T0=repr(time.time()))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The timeout: an opening that ends on a question or a fault (a key file it cannot read) instead of the
    # programme would wait for a coordinator for ever.
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True, timeout=300
    )
    window, data, memory, derivation, rest = out.stdout.strip().split(" ", 4)
    return float(window), float(data), int(memory), float(derivation), rest


def measure(data: Path, passphrase: Path, runs: int, what: str) -> None:
    """Start the app on `data` `runs` times, interleaved with a bare window, and print the medians."""
    timed(
        APP, str(data), str(passphrase)
    )  # the first start makes the day's backup; measure the ordinary ones
    bare: list[Run] = []
    app: list[Run] = []
    for _ in range(runs):  # interleaved, so that machine load hits both alike
        bare.append(timed(BARE))
        app.append(timed(APP, str(data), str(passphrase)))

    def median(runs: list[Run], at: int) -> float:
        return statistics.median(float(run[at]) for run in runs)  # the figures of a run, not its text

    bare_shown, bare_memory = median(bare, 0), median(bare, 2)
    window, data_shown, memory, derivation = median(app, 0), median(app, 1), median(app, 2), median(app, 3)
    without = statistics.median(run[1] - run[3] for run in app)
    print(f"start-up, median of {runs} runs ({what}), against a bare PySide6 window")
    print(f"  bare PySide6 window     {bare_shown * 1000:7.0f} ms  {bare_memory / 1024:5.0f} MB peak")
    print(f"  main window shown       {window * 1000:7.0f} ms   {window / bare_shown:5.2f} x  (goal 1.5 x)")
    print(
        f"  programme shown in it   {data_shown * 1000:7.0f} ms   {data_shown / bare_shown:5.2f} x"
        "  (with the key derivation)"
    )
    print(
        f"    of which the passphrase's key derivation {derivation * 1000:5.0f} ms  (Argon2id: slow by design)"
    )
    print(f"  the same, less it       {without * 1000:7.0f} ms   {without / bare_shown:5.2f} x  (goal 3 x)")
    print(f"  peak memory             {memory / 1024:7.0f} MB   {memory / bare_memory:5.2f} x  (goal 2 x)")
    print(f"  loaded: {app[-1][4]}")


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
        data, passphrase = Path(tmp) / "demo", Path(tmp) / "passphrase.txt"
        subprocess.run([sys.executable, "-c", PASSPHRASE, str(passphrase)], check=True)
        demo = ["--data-dir", str(data), "--passphrase-file", str(passphrase), "demo"]
        subprocess.run([sys.executable, "-m", "tandem_desktop", *demo], check=True, capture_output=True)
        measure(data, passphrase, args.runs, "demo programme loaded")
        if not args.no_large:
            large = Path(tmp) / "large"
            # In a process of its own: a child's peak memory starts at its parent's (Linux keeps ru_maxrss
            # across exec), and generating takes hundreds of MB.
            subprocess.run(
                [sys.executable, "-c", GENERATE, str(large)], cwd=Path(__file__).parent, check=True
            )
            measure(large, passphrase, args.runs, "10,000 families, 200,000 activities")


if __name__ == "__main__":
    main()

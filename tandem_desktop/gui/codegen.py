"""Regenerates the files made from sources: Designer forms (ui/ -> gui/forms/) and translations (.ts -> .qm).

Run by `make forms` / `make translations`; the tests call the same functions to fail when a committed
generated file is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent / "forms"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("nl",)  # English is the source language
HEADER = "# Generated from ui/{name} by pyside6-uic (make forms). Do not edit: edit the .ui file instead.\n"


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found (it comes with PySide6)")
    return found


def generate_form(ui_file: Path) -> str:
    out = subprocess.run(
        [_tool("pyside6-uic"), str(ui_file)], check=True, capture_output=True, text=True
    ).stdout
    # The Qt version line would make every PySide6 update look like a change.
    lines = [
        line for line in out.splitlines(keepends=True) if "Created by: Qt User Interface Compiler" not in line
    ]
    return HEADER.format(name=ui_file.name) + "".join(lines)


def form_target(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def write_forms() -> list[Path]:
    written = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = form_target(ui_file)
        target.write_text(generate_form(ui_file), encoding="utf-8")
        written.append(target)
    return written


def ts_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"tandem_{language}.ts"


def translation_sources() -> list[Path]:
    package = ROOT / "tandem_desktop"
    sources = [p for p in package.rglob("*.py") if "forms" not in p.parts and "migrations" not in p.parts]
    return sorted(sources) + sorted(UI_DIR.glob("*.ui"))


def update_ts(target: Path) -> None:
    """Bring `target` (a .ts file) up to date with the strings in the code, keeping its translations."""
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *map(str, translation_sources()),
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def write_translations() -> None:
    for language in LANGUAGES:
        ts = ts_file(language)
        update_ts(ts)
        compile_qm(ts, ts.with_suffix(".qm"))


def compiled_qm_bytes(ts: Path) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        qm = Path(tmp) / "out.qm"
        compile_qm(ts, qm)
        return qm.read_bytes()


if __name__ == "__main__":
    what = sys.argv[1:] or ["forms", "translations"]
    if "forms" in what:
        for path in write_forms():
            print(f"wrote {path.relative_to(ROOT)}")
    if "translations" in what:
        write_translations()
        print("updated resources/translations")

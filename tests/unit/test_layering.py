"""Only tandem_desktop/gui/ may import Qt: the core, the store and the documents stay usable without it."""

from __future__ import annotations

import ast
from pathlib import Path

import tandem_desktop

PACKAGE = Path(tandem_desktop.__file__).parent


def qt_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [
            f"{path.relative_to(PACKAGE)}:{node.lineno} imports {n}"
            for n in names
            if n.split(".")[0] in ("PySide6", "shiboken6")
        ]
    return found


def test_no_module_below_the_gui_imports_qt() -> None:
    below_gui = [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]
    assert any("core" in p.parts for p in below_gui) and any("db" in p.parts for p in below_gui)
    offenders = [hit for path in below_gui for hit in qt_imports(path)]
    assert offenders == []


def test_the_check_itself_sees_a_qt_import(tmp_path: Path) -> None:
    sample = PACKAGE / "gui" / "shell" / "app.py"
    assert qt_imports(sample), "the scanner must find the GUI's own Qt imports"

"""No screen writes to the store on the GUI thread: every call into a core service that writes is handed to
the operation runner (gui/common/operations.py) as deferred work, a lambda or a function defined inside the
method that starts it.

The writing services are found, not listed: the functions of core/ and db/ that open a transaction or take
a backup, and those that call them.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "tandem_desktop"
WRITES = {"transaction", "backup", "automatic_backup", "restore_backup"}
# Not screens: the tool that prepares the demo store before it photographs the window.
NOT_SCREENS = {"screenshots.py"}
# Qt's own methods of the same name: QPainter.restore().
QT_RECEIVERS = {"painter"}


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            yield node


def _called_names(node: ast.AST) -> set[str]:
    names = set()
    for call in ast.walk(node):
        if isinstance(call, ast.Call):
            func = call.func
            if isinstance(func, ast.Attribute):
                names.add(func.attr)
            elif isinstance(func, ast.Name):
                names.add(func.id)
    return names


def writing_services() -> set[str]:
    calls: dict[str, set[str]] = {}
    for folder in ("core", "db"):
        for path in (PACKAGE / folder).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for function in _functions(ast.parse(path.read_text(encoding="utf-8"))):
                calls.setdefault(function.name, set()).update(_called_names(function))
    writers = set(WRITES)
    grew = True
    while grew:  # the callers of writers write too
        found = {name for name, called in calls.items() if called & writers}
        grew = not found <= writers
        writers |= found
    return writers - {"__enter__", "__exit__"}


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _deferred(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Inside a lambda, or a def nested in another def: work handed on, not run where it is written."""
    depth = 0
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.Lambda):
            return True
        if isinstance(node, ast.FunctionDef):
            depth += 1
            if depth == 2:
                return True
    return False


def writes_on_the_gui_thread() -> list[str]:
    writers = writing_services()
    found = []
    for path in sorted((PACKAGE / "gui").rglob("*.py")):
        if "forms" in path.parts or path.name in NOT_SCREENS:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = _parents(tree)
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            func = call.func
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            receiver = (
                func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
            )
            if name in writers and receiver not in QT_RECEIVERS and not _deferred(call, parents):
                found.append(f"{path.relative_to(PACKAGE)}:{call.lineno} {name}()")
    return found


def test_the_rule_finds_the_writing_services() -> None:
    writers = writing_services()
    assert {"save_family", "save_buddy", "create_duo", "record_made", "soft_delete", "load_demo"} <= writers
    assert {"open_store", "take_way_out"} <= writers  # opening migrates and backs up; a way out restores
    assert "family_rows" not in writers and "read_settings" not in writers and "duo_rows" not in writers


def test_no_screen_writes_on_the_gui_thread() -> None:
    assert writes_on_the_gui_thread() == []


def test_the_rule_sees_a_direct_write(tmp_path: Path) -> None:
    code = "def save(self):\n    families.save_family(self.store, draft, today)\n"
    deferred = "def save(self):\n    runner().run(lambda _p: families.save_family(store, draft, today))\n"
    writers = writing_services()

    def direct(source: str) -> bool:
        tree = ast.parse(source)
        parents = _parents(tree)
        return any(
            isinstance(c, ast.Call)
            and isinstance(c.func, ast.Attribute)
            and c.func.attr in writers
            and not _deferred(c, parents)
            for c in ast.walk(tree)
        )

    assert direct(code)
    assert not direct(deferred)

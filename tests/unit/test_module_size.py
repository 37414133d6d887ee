"""Small modules named for what they hold: one over about 500 lines is split by what its parts hold, or says at
its top why it is one piece (a line beginning "One module because")."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "tandem_desktop"
LIMIT = 500


def long_modules() -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if "forms" in path.parts or "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        head = text[:3000]
        if text.count("\n") > LIMIT and "One module because" not in head:
            found.add(str(path.relative_to(PACKAGE)))
    return found


def test_no_module_is_long_without_a_reason() -> None:
    assert long_modules() == set()

"""Generated files are regenerated, never edited: these fail when a committed one is stale."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tandem_desktop.gui import codegen

UI_FILES = sorted(codegen.UI_DIR.glob("*.ui"))


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[p.name for p in UI_FILES])
def test_each_designer_form_is_compiled_and_up_to_date(ui_file: Path) -> None:
    target = codegen.form_target(ui_file)
    assert target.exists(), f"run `make forms`: {target.name} is missing"
    assert target.read_text(encoding="utf-8") == codegen.generate_form(ui_file), (
        f"run `make forms`: {target.name} is stale"
    )
    assert "Do not edit" in target.read_text(encoding="utf-8").splitlines()[0]


def test_every_generated_form_has_its_ui_source() -> None:
    sources = {f"ui_{p.stem}.py" for p in UI_FILES}
    generated = {p.name for p in codegen.FORMS_DIR.glob("ui_*.py")}
    assert generated == sources


@pytest.mark.parametrize("language", codegen.LANGUAGES)
def test_the_translation_file_knows_every_string_in_the_code(language: str, tmp_path: Path) -> None:
    ts = codegen.ts_file(language)
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    codegen.update_ts(copy)
    assert _messages(copy) == _messages(ts), "run `make translations`: strings were added or changed"


def test_no_string_to_translate_hides_in_an_f_string() -> None:
    """pyside6-lupdate does not look inside f-strings: a tr() there never reaches the translation file, and the
    screen shows English."""
    package = Path(codegen.__file__).resolve().parent
    hidden = [
        f"{path.name}:{number}"
        for path in package.rglob("*.py")
        if "forms" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"""\bf"[^"]*\{[^}"]*\btr\(|\bf'[^']*\{[^}']*\btr\(""", line)
    ]
    assert hidden == []


@pytest.mark.parametrize("language", codegen.LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    untranslated = [
        source
        for source, translation, kind in _messages(codegen.ts_file(language))
        if kind or not translation
    ]
    assert untranslated == []


@pytest.mark.parametrize("language", codegen.LANGUAGES)
def test_the_compiled_translations_are_up_to_date(language: str) -> None:
    ts = codegen.ts_file(language)
    assert ts.with_suffix(".qm").read_bytes() == codegen.compiled_qm_bytes(ts), "run `make translations`"


def _messages(ts: Path) -> list[tuple[str, str, str]]:
    root = ET.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (f"{name}: {message.findtext('source')}", translation.text or "", translation.get("type", ""))
            )
    return sorted(found)

"""A name that holds a character reordering text (U+202E, as an import or an older version may have kept) or
starts in Arabic is placed in sentences, headers and file names without turning what surrounds it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from tandem_desktop.core.bidi import LEFT_TO_RIGHT_MARK, isolate
from tandem_desktop.db.models import Family
from tandem_desktop.gui.agreement.agreement_dialog import AgreementDialog
from tandem_desktop.gui.shell.main_window import MainWindow

from .conftest import work_done
from .test_agreement_dialog import TODAY, running_duo

OVERRIDE = "\u202e"
STORED = f"Karen {OVERRIDE}Test"  # stored as typed before names were cleaned, or by hand in the file


def named(window: MainWindow, name: str) -> Any:
    duo_id = running_duo(window.store)
    with window.store.transaction() as session:
        session.exec(select(Family)).one().name = name
    return duo_id


def test_the_duo_summary_isolates_the_names(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    duo_id = named(window, STORED)
    window.show_duo(duo_id)
    summary = window.duos.panel.summary.text()
    assert OVERRIDE not in summary
    assert f"<b>{isolate('Karen Test')}</b>" in summary  # the rest of the line keeps its own order


def test_the_agreement_header_and_file_name_cannot_be_turned(
    qtbot: QtBot, open_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window()
    duo_id = named(window, STORED)
    with work_done(qtbot):  # the PDF is made by the operation runner
        dialog = AgreementDialog(window.store, duo_id, TODAY)
    qtbot.addWidget(dialog)
    assert OVERRIDE not in dialog.heading.text()
    assert isolate("Karen Test") in dialog.heading.text()
    proposed: list[str] = []

    def save_file_name(_parent: object, _title: str, path: str, _filter: str) -> tuple[str, str]:
        proposed.append(path)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    dialog.save_button.click()
    [path] = proposed
    name = Path(path).name
    assert OVERRIDE not in name and name.endswith(" Karen Test.pdf")
    assert name.startswith(f"overeenkomst {dialog.content.start.isoformat()}")  # type: ignore[union-attr]


def test_an_arabic_name_does_not_turn_the_dutch_sentence(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    duo_id = named(window, "محمد الحسيني")
    window.show_duo(duo_id)
    summary = window.duos.panel.summary.text()
    # The Dutch sentence starts with the isolated name: its first strong character outside isolates is Dutch.
    assert summary.startswith(f"{LEFT_TO_RIGHT_MARK}<b>{isolate('محمد الحسيني')}</b> met buddy")

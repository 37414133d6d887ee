"""Starting on a damaged database or a folder already in use: a plain message and the way out, no traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from tandem_desktop.db.models import Family
from tandem_desktop.db.store import open_store
from tandem_desktop.gui import app as gui_app
from tandem_desktop.gui.i18n import Translators
from tandem_desktop.paths import database_path
from tests.damage import KINDS, damage

from .conftest import answer_next_message_box


def programme_with_a_backup(data_dir: Path) -> None:
    store = open_store(data_dir)
    with store.transaction() as session:
        for i in range(200):  # enough pages for a damaged one in the middle to be data
            session.add(Family(name=f"Gezin {i}", notes="notities " * 20))
        session.add(Family(name="Gezin Ħaddad"))
    store.backup("daily")
    store.close()


@pytest.mark.parametrize("kind", KINDS)
def test_a_damaged_database_offers_the_latest_backup_and_restores_it(
    qtbot: QtBot, data_dir: Path, translators: Translators, kind: str
) -> None:
    programme_with_a_backup(data_dir)
    damage(kind, database_path(data_dir))
    seen: list[str] = []
    answer_next_message_box("Laatste back-up terugzetten", seen)

    store = gui_app.open_store_interactively(data_dir)

    assert store is not None
    assert "beschadigd" in seen[0] and "laatste back-up is van" in seen[0]
    with store.session() as session:
        assert session.exec(select(Family).where(Family.name == "Gezin Ħaddad")).one()
    store.close()
    assert list(data_dir.glob("tandem.sqlite3.damaged-*")), "the damaged file is kept beside the restored one"


def test_a_damaged_database_without_backup_says_so_and_quits(
    qtbot: QtBot,
    data_dir: Path,
    translators: Translators,
) -> None:
    open_store(data_dir).close()
    damage("zeroed header", database_path(data_dir))
    seen: list[str] = []
    answer_next_message_box("Afsluiten", seen)
    assert gui_app.open_store_interactively(data_dir) is None
    assert "Er is geen back-up" in seen[0]


def test_a_second_instance_is_refused_with_a_message(
    qtbot: QtBot,
    data_dir: Path,
    translators: Translators,
) -> None:
    first = open_store(data_dir)
    seen: list[str] = []
    answer_next_message_box("Afsluiten", seen)
    try:
        assert gui_app.open_store_interactively(data_dir) is None
    finally:
        first.close()
    assert "al open" in seen[0]


def test_an_unexpected_error_is_logged_and_shown_plainly(
    qtbot: QtBot,
    tmp_path: Path,
    translators: Translators,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    log_file = tmp_path / "tandem.log"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    gui_app.install_excepthook(log_file)
    seen: list[str] = []
    answer_next_message_box("OK", seen)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert "Er ging iets mis" in seen[0] and str(log_file) in seen[0]
    assert "Traceback" not in seen[0]
    assert "boom in a slot" in caplog.text and "Traceback" in caplog.text

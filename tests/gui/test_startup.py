"""Starting on a damaged database or a folder already in use: a plain message and the way out, no traceback."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlmodel import select

from tandem_desktop.core.demo import load_demo
from tandem_desktop.db import store as store_module
from tandem_desktop.db.cipher import DataKey
from tandem_desktop.db.errors import DiskFull, RecordsSetAside
from tandem_desktop.db.models import Family
from tandem_desktop.db.store import Store, open_store
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.shell import app as gui_app
from tandem_desktop.gui.shell.language import Translators
from tandem_desktop.gui.shell.main_window import MainWindow
from tandem_desktop.gui.shell.opening import OpeningPage, StoreOpening
from tandem_desktop.gui.shell.preferences import Preferences
from tandem_desktop.paths import database_path
from tests.damage import KINDS, damage
from tests.keys import test_key

from .conftest import answer_next_message_box, wait_until_idle


def open_interactively(qtbot: QtBot, data_dir: Path) -> Store | None:
    """Open the store as the app does at start (an operation, a fault's way out asked in between): the store,
    or None when she quit."""
    window = QWidget()
    qtbot.addWidget(window)
    opening = StoreOpening(data_dir, window, OpeningPage(window))
    result: list[Store | None] = []
    opening.opened.connect(result.append)
    opening.given_up.connect(lambda: result.append(None))
    opening.start()
    qtbot.waitUntil(lambda: bool(result), timeout=30_000)
    wait_until_idle(qtbot)
    return result[0]


def programme_with_a_backup(data_dir: Path) -> None:
    store = open_store(data_dir, test_key(data_dir))
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

    store = open_interactively(qtbot, data_dir)

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
    open_store(data_dir, test_key(data_dir)).close()
    damage("zeroed header", database_path(data_dir))
    seen: list[str] = []
    answer_next_message_box("Afsluiten", seen)
    assert open_interactively(qtbot, data_dir) is None
    assert "Er is geen back-up" in seen[0]


def test_a_second_instance_is_refused_with_a_message(
    qtbot: QtBot,
    data_dir: Path,
    translators: Translators,
) -> None:
    first = open_store(data_dir, test_key(data_dir))
    seen: list[str] = []
    answer_next_message_box("Afsluiten", seen)
    try:
        assert open_interactively(qtbot, data_dir) is None
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
    # The log tells its kind and where it happened, for whoever supports her (its text may quote data).
    assert "builtins.RuntimeError" in caplog.text
    assert "in test_an_unexpected_error_is_logged_and_shown_plainly" in caplog.text


def test_a_full_disk_at_start_is_named_and_try_again_opens_once_space_is_free(
    qtbot: QtBot, data_dir: Path, translators: Translators, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(data_dir, test_key(data_dir)).close()
    real_open = store_module.open_store
    attempts: list[int] = []

    def full_then_freed(folder: Path, key: DataKey, **options: Any) -> Store:
        attempts.append(1)
        if len(attempts) == 1:
            raise DiskFull(str(folder))
        return real_open(folder, key, **options)

    monkeypatch.setattr(store_module, "open_store", full_then_freed)  # as the opening imports it
    seen: list[str] = []
    answer_next_message_box("Opnieuw proberen", seen)
    store = open_interactively(qtbot, data_dir)
    assert store is not None
    store.close()
    assert "is vol" in seen[0] and "Maak ruimte vrij" in seen[0]
    assert "back-up" not in seen[0].lower(), "a full disk is never a reason to restore a backup"
    assert not list(data_dir.glob("*.damaged-*"))


def test_an_empty_database_file_is_not_a_new_programme_until_she_says_so(
    qtbot: QtBot, data_dir: Path, translators: Translators
) -> None:
    test_key(data_dir)  # its passphrase is known (the keychain's): the empty file is what is wrong
    database_path(data_dir).write_bytes(b"")
    seen: list[str] = []
    answer_next_message_box("Een nieuw, leeg programma starten", seen)
    store = open_interactively(qtbot, data_dir)
    assert store is not None and store.created
    store.close()
    assert "leeg (0 bytes)" in seen[0]
    kept = list(data_dir.glob("tandem.sqlite3.empty-*"))
    assert len(kept) == 1 and kept[0].stat().st_size == 0, "the empty file is kept aside, not deleted"


def test_an_empty_database_file_beside_backups_offers_the_latest_backup(
    qtbot: QtBot, data_dir: Path, translators: Translators
) -> None:
    programme_with_a_backup(data_dir)
    database_path(data_dir).write_bytes(b"")
    seen: list[str] = []
    answer_next_message_box("Laatste back-up terugzetten", seen)
    store = open_interactively(qtbot, data_dir)
    assert store is not None
    with store.session() as session:
        assert session.exec(select(Family).where(Family.name == "Gezin Ħaddad")).one()
    store.close()
    assert "leeg (0 bytes)" in seen[0]


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("family", "status", "'on_hold_forever'"),
        ("trajectory", "status", "'frozen'"),
        ("activity", "type", "'skydiving'"),
        ("activity", "participant_ids", "'[broken'"),
        ("buddy", "languages", "'{}'"),
        ("signal", "theme", "'weather'"),
        ("referral", "referred_on", "'31/12/2026'"),
    ],
)
def test_a_record_with_an_unknown_value_leaves_every_page_working(
    qtbot: QtBot, data_dir: Path, open_window: Callable[[], MainWindow], table: str, column: str, value: str
) -> None:
    """One value this version cannot read: the window opens, every page shows the rest, and the start-up
    message names the problem."""
    with open_store(data_dir, test_key(data_dir)) as store:
        load_demo(store, dt.date.today())
        with store.engine.begin() as conn:
            broken = conn.execute(text(f"SELECT id FROM {table} ORDER BY id LIMIT 1")).scalar()
            conn.execute(text(f"UPDATE {table} SET {column} = {value} WHERE id = :id"), {"id": broken})
            families = conn.execute(text("SELECT count(*) FROM family WHERE deleted_at IS NULL")).scalar()
    window = open_window()
    assert any(isinstance(w, RecordsSetAside) for w in window.store.warnings)
    assert "kan deze versie van Tandem Desktop niet lezen" in user_message(window.store.warnings[0])
    for section in range(window.ui.navigation.count()):
        window.show_section(section)  # each page loads: an error in a slot fails the test
    window.show_section(1)
    wait_until_idle(qtbot)  # the list is read as an operation
    expected = families - 1 if table == "family" else families
    assert window.families.proxy.rowCount() == expected


def test_the_window_shows_at_once_and_the_programme_comes_into_it_once_open(
    qtbot: QtBot, data_dir: Path, translators: Translators
) -> None:
    """Opening (the lock, the checks, a migration, the daily backup) runs as an operation after the window
    is shown: the window says so, and no section can be chosen until the programme is there."""
    programme_with_a_backup(data_dir)
    window = MainWindow(None, Preferences(data_dir), translators)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    assert window.opening is not None and window.opening.isVisible()
    assert window.opening.label.text() == "Het programma wordt geopend…"
    assert not window.ui.navigation.isEnabled() and not window.ui.actionBackupNow.isEnabled()

    opening = StoreOpening(data_dir, window, window.opening)
    with qtbot.waitSignal(opening.opened, timeout=30_000) as opened:
        opening.start()
    store = opened.args[0]
    assert isinstance(store, Store)
    try:
        window.attach(store)
        assert window.opening is None and window.overview.isVisible()
        assert window.ui.navigation.isEnabled() and window.ui.actionBackupNow.isEnabled()
        window.show_section(1)
        wait_until_idle(qtbot)
        assert window.families.proxy.rowCount() == 201
    finally:
        wait_until_idle(qtbot)
        store.close()

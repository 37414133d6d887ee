"""Backups: consistent copies through SQLite's backup API, rotated 7 daily / 4 weekly / 12 monthly."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from tandem_desktop.db import backups
from tandem_desktop.db.errors import DatabaseDamaged, NotATandemDatabase
from tandem_desktop.db.models import Family
from tandem_desktop.db.restore import RestoreRefused, restore_backup
from tandem_desktop.db.store import Store, open_store
from tandem_desktop.paths import backup_dir, database_path


def at(day: int, month: int = 11, year: int = 2026, hour: int = 9) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=dt.UTC)


def test_rotation_keeps_the_newest_of_each_recent_day_week_and_month() -> None:
    # Two a day for 400 days.
    start = dt.datetime(2025, 10, 22, tzinfo=dt.UTC)
    times = [start + dt.timedelta(hours=12 * i) for i in range(800)]
    keep = backups.backups_to_keep(times)
    newest = max(times)
    assert newest in keep
    days = {t.date() for t in keep}
    # 7 daily + 4 weekly + 12 monthly, some of which coincide.
    assert 12 <= len(keep) <= 7 + 4 + 12
    assert {newest.date() - dt.timedelta(days=i) for i in range(7)} <= days
    assert len({(t.year, t.month) for t in keep}) == 12
    assert all(t == max(u for u in times if u.date() == t.date()) for t in keep), "the newest of each day"


def test_rotation_of_few_backups_keeps_them_all() -> None:
    times = [at(1), at(2), at(20)]
    assert backups.backups_to_keep(times) == set(times)


def test_a_backup_is_a_readable_copy_with_the_data(store: Store, tmp_path: Path) -> None:
    with store.transaction() as session:
        session.add(Family(name="Gezin Копія"))
    target = tmp_path / "copy.sqlite3"
    backups.copy_database(store.database, target)
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT name FROM family").fetchall() == [("Gezin Копія",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_automatic_backups_are_rotated_in_their_folder(store: Store) -> None:
    for day in range(1, 21):
        store_backup = backups.automatic_backup(store.database, store.backup_dir, "daily", now=at(day))
        assert store_backup.exists()
    kept = backups.list_backups(store.backup_dir)
    assert backups.backup_time(kept[0]) == at(20)
    assert 7 <= len(kept) < 20


def test_restore_replaces_the_database_and_keeps_the_previous_one(data_dir: Path, tmp_path: Path) -> None:
    store = open_store(data_dir)
    with store.transaction() as session:
        session.add(Family(name="Gezin Eerst"))
    saved = tmp_path / "saved.sqlite3"
    backups.copy_database(store.database, saved)
    with store.transaction() as session:
        session.add(Family(name="Gezin Later"))
    store.close()

    kept = restore_backup(saved, database_path(data_dir), backup_dir(data_dir))

    store = open_store(data_dir)
    with store.session() as session:
        names = sorted(f.name for f in session.exec(select(Family)))
    store.close()
    assert names == ["Gezin Eerst"]
    assert kept is not None and "before-restore" in kept.name
    with sqlite3.connect(kept) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT name FROM family")) == ["Gezin Eerst", "Gezin Later"]


@pytest.mark.parametrize(
    ("content", "error"),
    [(b"", RestoreRefused), (b"not a database at all" * 100, RestoreRefused), (None, NotATandemDatabase)],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    data_dir: Path, tmp_path: Path, content: bytes | None, error: type[Exception]
) -> None:
    open_store(data_dir).close()
    candidate = tmp_path / "candidate.sqlite3"
    if content is None:
        with sqlite3.connect(candidate) as conn:
            conn.execute("CREATE TABLE other (x)")
    else:
        candidate.write_bytes(content)
    before = database_path(data_dir).read_bytes()
    with pytest.raises(error):
        restore_backup(candidate, database_path(data_dir), backup_dir(data_dir))
    assert database_path(data_dir).read_bytes() == before


def test_restore_over_a_damaged_database_keeps_the_damaged_file_aside(data_dir: Path) -> None:
    store = open_store(data_dir)
    good = store.backup("daily")
    store.close()
    db = database_path(data_dir)
    db.write_bytes(bytes(4096))
    with pytest.raises(DatabaseDamaged):
        open_store(data_dir)
    kept = restore_backup(good, db, backup_dir(data_dir))
    assert kept is not None and kept.read_bytes() == bytes(4096)
    open_store(data_dir).close()

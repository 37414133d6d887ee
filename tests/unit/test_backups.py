"""Backups: consistent copies through SQLite's backup API, rotated 7 daily / 4 weekly / 12 monthly."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlmodel import select

from tandem_desktop.db import backups, driver
from tandem_desktop.db.errors import DatabaseDamaged, NotATandemDatabase
from tandem_desktop.db.models import Family
from tandem_desktop.db.restore import RestoreRefused, restore_backup
from tandem_desktop.db.store import Store, open_store
from tandem_desktop.paths import backup_dir, database_path
from tests.keys import test_key


def at(day: int, month: int = 11, year: int = 2026, hour: int = 9) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=dt.UTC)


def made(times: list[dt.datetime], reason: str = "daily", first: int = 1) -> list[backups.Backup]:
    return [
        backups.Backup(first + i, t, reason, Path(backups.backup_name(t, first + i, reason)))
        for i, t in enumerate(times)
    ]


def test_rotation_keeps_the_newest_of_each_recent_day_week_and_month() -> None:
    # Two a day for 400 days.
    start = dt.datetime(2025, 10, 22, tzinfo=dt.UTC)
    times = [start + dt.timedelta(hours=12 * i) for i in range(800)]
    keep = {b.taken for b in backups.to_keep(made(times))}
    newest = max(times)
    assert newest in keep
    days = {t.date() for t in keep}
    # 7 daily + 4 weekly + 12 monthly, some of which coincide.
    assert 12 <= len(keep) <= 7 + 4 + 12
    assert {newest.date() - dt.timedelta(days=i) for i in range(7)} <= days
    assert len({(t.year, t.month) for t in keep}) == 12
    assert all(t == max(u for u in times if u.date() == t.date()) for t in keep), "the newest of each day"


def test_rotation_of_few_backups_keeps_them_all() -> None:
    few = made([at(1), at(2), at(20)])
    assert backups.to_keep(few) == set(few)


def test_safety_backups_survive_the_daily_rotation() -> None:
    """A "before import" backup of this morning outlives this afternoon's daily one, and a year of dailies."""
    safety = made([at(5, hour=8)], "before-import")
    dailies = made([at(5, hour=9) + dt.timedelta(days=i) for i in range(400)], "daily", first=2)
    assert set(safety) <= backups.to_keep(safety + dailies)


def test_the_last_ten_safety_backups_of_each_kind_are_kept() -> None:
    imports = made([at(1) + dt.timedelta(minutes=i) for i in range(15)], "before-import")
    restores = made([at(2) + dt.timedelta(minutes=i) for i in range(3)], "before-restore", first=100)
    keep = backups.to_keep(imports + restores)
    assert set(restores) <= keep
    assert {b for b in imports if b in keep} == set(imports[-backups.SAFETY_KEEP :])


def test_a_clock_set_back_neither_deletes_the_new_backup_nor_stops_the_daily_one(store: Store) -> None:
    """With the clock a year behind, the backup just written is the newest by its sequence number and
    is kept, and the next start still makes its daily backup."""
    for day in range(1, 21):
        backups.automatic_backup(store.database, store.backup_dir, "daily", store.data_key, now=at(day))
    back_in_time = at(3, year=2025)
    assert backups.backup_due(store.backup_dir, back_in_time), "the newest backup lies in the future"
    written = backups.automatic_backup(
        store.database, store.backup_dir, "daily", store.data_key, now=back_in_time
    )
    assert written.exists()
    assert backups.latest_backup(store.backup_dir) == written
    assert not backups.backup_due(store.backup_dir, back_in_time + dt.timedelta(hours=2))
    assert backups.backup_due(store.backup_dir, back_in_time + dt.timedelta(days=1))


def test_names_from_before_the_sequence_are_still_backups_and_older_than_numbered_ones(
    tmp_path: Path,
) -> None:
    old = tmp_path / "tandem-20270101T090000Z-daily.sqlite3"  # even with a later time
    new = tmp_path / backups.backup_name(at(1), 1, "daily")
    old.write_bytes(b"x")
    new.write_bytes(b"x")
    assert [b.path for b in backups.list_backups(tmp_path)] == [new, old]


def test_a_backup_is_a_readable_copy_with_the_data(store: Store, tmp_path: Path) -> None:
    with store.transaction() as session:
        session.add(Family(name="Gezin Копія"))
    target = tmp_path / "copy.sqlite3"
    backups.copy_database(store.database, target, store.data_key)
    assert "Копія".encode() not in target.read_bytes(), "encrypted, as the database is"
    with closing(driver.connect(target, store.data_key)) as conn:
        assert conn.execute("SELECT name FROM family").fetchall() == [("Gezin Копія",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_automatic_backups_are_rotated_in_their_folder(store: Store) -> None:
    for day in range(1, 21):
        store_backup = backups.automatic_backup(
            store.database, store.backup_dir, "daily", store.data_key, now=at(day)
        )
        assert store_backup.exists()
    kept = backups.list_backups(store.backup_dir)
    assert kept[0].taken == at(20)
    assert 7 <= len(kept) < 20


def test_restore_replaces_the_database_and_keeps_the_previous_one(data_dir: Path, tmp_path: Path) -> None:
    store = open_store(data_dir, test_key(data_dir))
    with store.transaction() as session:
        session.add(Family(name="Gezin Eerst"))
    saved = tmp_path / "saved.sqlite3"
    backups.copy_database(store.database, saved, store.data_key)
    with store.transaction() as session:
        session.add(Family(name="Gezin Later"))
    store.close()

    kept = restore_backup(saved, database_path(data_dir), backup_dir(data_dir), test_key(data_dir))

    store = open_store(data_dir, test_key(data_dir))
    with store.session() as session:
        names = sorted(f.name for f in session.exec(select(Family)))
    store.close()
    assert names == ["Gezin Eerst"]
    assert kept is not None and "before-restore" in kept.name
    with closing(driver.connect(kept, test_key(data_dir))) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT name FROM family")) == ["Gezin Eerst", "Gezin Later"]


@pytest.mark.parametrize(
    ("content", "error"),
    [(b"", RestoreRefused), (b"not a database at all" * 100, RestoreRefused), (None, NotATandemDatabase)],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    data_dir: Path, tmp_path: Path, content: bytes | None, error: type[Exception]
) -> None:
    open_store(data_dir, test_key(data_dir)).close()
    candidate = tmp_path / "candidate.sqlite3"
    if content is None:
        with sqlite3.connect(candidate) as conn:
            conn.execute("CREATE TABLE other (x)")
    else:
        candidate.write_bytes(content)
    before = database_path(data_dir).read_bytes()
    with pytest.raises(error):
        restore_backup(candidate, database_path(data_dir), backup_dir(data_dir), test_key(data_dir))
    assert database_path(data_dir).read_bytes() == before


def test_restore_over_a_damaged_database_keeps_the_damaged_file_aside(data_dir: Path) -> None:
    store = open_store(data_dir, test_key(data_dir))
    good = store.backup("daily")
    store.close()
    db = database_path(data_dir)
    db.write_bytes(bytes(4096))
    with pytest.raises(DatabaseDamaged):
        open_store(data_dir, test_key(data_dir))
    kept = restore_backup(good, db, backup_dir(data_dir), test_key(data_dir))
    assert kept is not None and kept.read_bytes() == bytes(4096)
    open_store(data_dir, test_key(data_dir)).close()


def test_a_backup_taken_while_another_connection_reads_holds_the_latest_change(
    store: Store, tmp_path: Path
) -> None:
    """The backup copies the encrypted file's bytes when no change can be outside it; while a reader keeps the
    write-ahead log, it copies page by page instead, and the latest change is in the copy either way."""
    with store.transaction() as session:
        session.add(Family(name="Gezin Voor"))
    reader = driver.connect(store.database, store.data_key)
    try:
        reader.execute("BEGIN")
        reader.execute(
            "SELECT count(*) FROM family"
        ).fetchone()  # holds a snapshot: the log cannot be emptied
        with store.transaction() as session:
            session.add(Family(name="Gezin Na"))
        target = tmp_path / "while-read.sqlite3"
        backups.copy_database(store.database, target, store.data_key)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    quiet = tmp_path / "quiet.sqlite3"
    backups.copy_database(store.database, quiet, store.data_key)
    for copy in (target, quiet):
        with closing(driver.connect(copy, store.data_key)) as conn:
            assert sorted(r[0] for r in conn.execute("SELECT name FROM family")) == ["Gezin Na", "Gezin Voor"]
            assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert not copy.with_name(copy.name + "-wal").exists()

"""The store: pragmas on every connection, one instance per data folder, audit trail, damaged files."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from tandem_desktop.core.exchange import export_data
from tandem_desktop.db import backups
from tandem_desktop.db.errors import AlreadyRunning, BackupFailed, DatabaseDamaged, DataFolderReadOnly
from tandem_desktop.db.models import AuditEntry, Family, FamilyMember
from tandem_desktop.db.models.enums import AuditAction
from tandem_desktop.db.store import Store, open_store
from tandem_desktop.paths import clean_close_stamp, database_path
from tests.damage import KINDS, damage
from tests.keys import test_key


def test_every_connection_has_the_safe_pragmas(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_the_data_folder_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from tandem_desktop.paths import resolve_data_dir

    monkeypatch.setenv("TANDEM_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir() == tmp_path / "env"
    assert resolve_data_dir(tmp_path / "cli") == tmp_path / "cli"


def test_a_second_instance_on_the_same_folder_is_refused(data_dir: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys
                from pathlib import Path
                from tandem_desktop.db.store import open_store
                from tests.keys import test_key
                store = open_store(Path({str(data_dir)!r}), test_key(Path({str(data_dir)!r})))
                print("open", flush=True)
                sys.stdin.readline()
                store.close()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(AlreadyRunning) as caught:
            open_store(data_dir, test_key(data_dir))
        assert "already open" in caught.value.message
    finally:
        holder.communicate("\n", timeout=30)
    open_store(data_dir, test_key(data_dir)).close()  # free again once the other one has closed


def test_a_child_may_be_flushed_before_its_parent_after_a_read(store: Store) -> None:
    """Foreign keys are checked at commit: the unit of work does not order inserts by foreign key."""
    with store.transaction() as session:
        session.exec(select(Family)).all()  # a read first, as the GUI nearly always does
        family = Family(name="Gezin Volgorde")
        session.add(FamilyMember(family_id=family.id, name="Kind"))
        session.flush()
        session.add(family)
    with store.session() as session:
        assert session.get(Family, family.id) is not None


def test_a_dangling_foreign_key_is_still_refused_at_commit(store: Store) -> None:
    with pytest.raises(IntegrityError), store.transaction() as session:
        session.add(FamilyMember(family_id=uuid.uuid4(), name="Niemand"))
    with store.session() as session:
        assert session.exec(select(FamilyMember)).all() == []


def test_every_change_leaves_an_audit_entry(store: Store) -> None:
    with store.transaction() as session:
        family = Family(name="Gezin Testmans")
        session.add(family)
    created_at = family.updated_at
    with store.transaction() as session:
        stored = session.get(Family, family.id)
        assert stored is not None
        stored.postcode = "9000"
        stored.sensitive_constraints = "woont tijdelijk bij familie"
    with store.transaction() as session:
        stored = session.get(Family, family.id)
        assert stored is not None
        stored.deleted_at = dt.datetime.now(dt.UTC)
    with store.session() as session:
        entries = list(session.exec(select(AuditEntry).order_by(AuditEntry.at)))
        stored = session.get(Family, family.id)
    assert [e.action for e in entries] == [AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE]
    assert entries[1].changes["postcode"] == ["", "9000"]
    # Sensitive values are not copied into the trail: only that they changed.
    assert entries[1].changes["sensitive_constraints"] is None
    assert stored is not None and stored.updated_at > created_at


def make_database_with_data(data_dir: Path) -> Path:
    store = open_store(data_dir, test_key(data_dir))
    with store.transaction() as session:
        for i in range(300):
            session.add(Family(name=f"Gezin {i}", notes="x" * 200))
    store.backup("daily")
    store.close()
    db = database_path(data_dir)
    for suffix in ("-wal", "-shm"):
        assert not db.with_name(db.name + suffix).exists()
    return db


@pytest.mark.parametrize("kind", KINDS)
def test_a_damaged_database_is_refused_with_a_message_and_left_alone(data_dir: Path, kind: str) -> None:
    db = make_database_with_data(data_dir)
    damage(kind, db)
    before = db.read_bytes()
    with pytest.raises(DatabaseDamaged) as caught:
        open_store(data_dir, test_key(data_dir))
    assert "damaged" in caught.value.message and "backup" in caught.value.message
    assert caught.value.problems
    assert db.read_bytes() == before


@pytest.mark.skipif(os.name != "posix", reason="file permissions as tested here are POSIX")
def test_a_read_only_data_folder_gets_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() == 0:
        # Root writes anywhere: ask the question as an unprivileged user would get it.
        pytest.importorskip("pwd")
        os.chmod(folder, 0o555)
        import tandem_desktop.db.store as store_module

        real_access = os.access
        try:
            store_module.os.access = lambda p, mode: False if Path(p) == folder else real_access(p, mode)  # type: ignore[assignment]
            with pytest.raises(DataFolderReadOnly) as caught:
                open_store(folder, test_key(folder))
        finally:
            store_module.os.access = real_access  # type: ignore[assignment]
    else:
        os.chmod(folder, 0o555)
        with pytest.raises(DataFolderReadOnly) as caught:
            open_store(folder, test_key(folder))
    assert "read-only" in caught.value.message


def test_a_backup_is_made_at_start_when_the_last_is_older_than_a_day(data_dir: Path) -> None:
    now = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
    open_store(data_dir, test_key(data_dir), now=now).close()  # new database: nothing to back up yet
    assert backups.list_backups(data_dir / "backups") == []
    open_store(data_dir, test_key(data_dir), now=now).close()
    first = backups.list_backups(data_dir / "backups")
    assert len(first) == 1
    open_store(data_dir, test_key(data_dir), now=now + dt.timedelta(hours=3)).close()
    assert backups.list_backups(data_dir / "backups") == first


def test_a_failed_daily_backup_lets_the_work_go_on_and_is_reported(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(data_dir, test_key(data_dir)).close()

    def disk_full(source: Path, destination: Path, key: object) -> None:
        raise BackupFailed(str(destination), "No space left on device")

    monkeypatch.setattr(backups, "copy_database", disk_full)
    store = open_store(data_dir, test_key(data_dir))
    try:
        assert [w.message for w in store.warnings] == [
            f"The backup to {w.params['path']} failed: No space left on device." for w in store.warnings
        ]
        assert len(store.warnings) == 1
        with store.transaction() as session:
            session.add(Family(name="Gezin Verder"))
    finally:
        store.close()


def test_a_page_damaged_after_a_clean_close_is_found_when_read_and_the_next_start_offers_the_backup(
    data_dir: Path,
) -> None:
    """A start after a clean close skips the whole-file check; pages damaged on the disk since (the file's time
    kept) are found when they are read, and the next start checks the file again."""
    database = make_database_with_data(data_dir)
    open_store(data_dir, test_key(data_dir)).close()  # a clean close: its state is noted
    before = database.stat()
    data = bytearray(database.read_bytes())
    half = len(data) // 4096 // 2 * 4096
    data[half:] = b"\xa5" * (len(data) - half)  # the second half of the pages, as a failing disk leaves them
    database.write_bytes(bytes(data))
    os.utime(database, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(DatabaseDamaged), open_store(data_dir, test_key(data_dir)) as store:
        export_data(store)  # reads every page of every table
    assert not clean_close_stamp(database).exists(), "the next start checks the whole file"
    with pytest.raises(DatabaseDamaged) as caught:
        open_store(data_dir, test_key(data_dir))
    assert caught.value.offers_restore

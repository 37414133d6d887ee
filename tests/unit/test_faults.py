"""The fault suite: each fault a coordinator's laptop meets is named for what it is, with its way out, and
no data is moved, hidden or lost. Real faults where they can be made: a full tmpfs, a read-only folder and
file for a user who is not root, processes killed while they write."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import textwrap
import uuid
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from tandem_desktop.cli import main
from tandem_desktop.core.families import FamilyDraft, family_rows, save_family
from tandem_desktop.db import backups, driver
from tandem_desktop.db.errors import (
    ClockSetBack,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseMissing,
    DatabaseReadOnly,
    DataFolderReadOnly,
    DiskFull,
    NotEnoughSpace,
    RecordsSetAside,
    StoreError,
)
from tandem_desktop.db.models import Family
from tandem_desktop.db.restore import restore_backup
from tandem_desktop.db.store import Store, open_store
from tandem_desktop.paths import backup_dir, database_path
from tests.damage import KINDS, damage
from tests.faults import ChildFailed, as_nobody, fill, give_to_nobody, shared_folder, small_disk
from tests.keys import test_key

TODAY = dt.date.today()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def with_families(data_dir: Path, count: int = 40) -> list[uuid.UUID]:
    with open_store(data_dir, test_key(data_dir)) as store:
        return [save_family(store, FamilyDraft(name=f"Gezin Test {i}"), TODAY) for i in range(count)]


def stored_family_ids(data_dir: Path) -> set[uuid.UUID]:
    with closing(driver.connect(database_path(data_dir), test_key(data_dir), read_only=True)) as conn:
        return {uuid.UUID(hex=row[0]) for row in conn.execute("SELECT id FROM family")}


def nothing_moved_aside(data_dir: Path) -> bool:
    return not [p for p in data_dir.iterdir() if ".damaged-" in p.name or p.name.endswith(".restoring")]


# --- A full disk ------------------------------------------------------------------------------------


def test_a_save_on_a_full_disk_says_the_disk_is_full_and_loses_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with small_disk() as disk:
        data_dir = disk / "data"
        saved = with_families(data_dir)
        store = open_store(data_dir, test_key(data_dir))
        try:
            filler = fill(disk)
            with pytest.raises(DiskFull) as caught:
                save_family(store, FamilyDraft(name="Gezin Vol", notes="x" * 200_000), TODAY)
            assert "full" in caught.value.message and "Free some space" in caught.value.message
        finally:
            store.close()

        # Starting again on the full disk: named as a full disk (or it opens, with its daily backup
        # reported as failed), never as damage, and nothing is moved.
        try:
            reopened = open_store(
                data_dir, test_key(data_dir), now=dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
            )
        except StoreError as error:
            assert isinstance(error, DiskFull), error.message
        else:
            assert any(isinstance(w, DiskFull) for w in reopened.warnings)
            reopened.close()
        code, out = run(capsys, "--data-dir", str(data_dir), "check")
        assert "damaged" not in out and "restore" not in out.lower(), out
        assert nothing_moved_aside(data_dir)

        filler.unlink()
        assert stored_family_ids(data_dir) == set(saved)
        code, out = run(capsys, "--data-dir", str(data_dir), "check")
        assert code == 0, out


def test_a_restore_on_a_full_disk_changes_nothing() -> None:
    with small_disk() as disk:
        data_dir = disk / "data"
        saved = with_families(data_dir)
        with open_store(data_dir, test_key(data_dir)) as store:
            good = store.backup("manual")
        before = database_path(data_dir).read_bytes()
        filler = fill(disk)
        with pytest.raises((NotEnoughSpace, DiskFull)) as caught:
            restore_backup(good, database_path(data_dir), backup_dir(data_dir), test_key(data_dir))
        assert "Nothing has been changed" in caught.value.message or "full" in caught.value.message
        assert database_path(data_dir).read_bytes() == before
        assert nothing_moved_aside(data_dir)
        filler.unlink()
        assert stored_family_ids(data_dir) == set(saved)


def test_a_restore_whose_copy_runs_out_of_space_half_way_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The space check can be fooled (another program writes meanwhile): the copy failing is still safe."""
    with small_disk() as disk:
        data_dir = disk / "data"
        with_families(data_dir)
        with open_store(data_dir, test_key(data_dir)) as store:
            good = store.backup("manual")
        before = database_path(data_dir).read_bytes()
        monkeypatch.setattr(backups, "ensure_space", lambda folder, needed: None)
        fill(disk)
        with pytest.raises(DiskFull):
            restore_backup(good, database_path(data_dir), backup_dir(data_dir), test_key(data_dir))
        assert database_path(data_dir).read_bytes() == before
        assert nothing_moved_aside(data_dir)


# --- Read-only file and folder, as a user who is not root ------------------------------------------


def test_a_read_only_data_folder_is_named_and_never_called_damaged() -> None:
    folder = shared_folder()
    data_dir = folder / "data"
    with_families(data_dir)
    give_to_nobody(folder)
    data_dir.chmod(0o555)

    def start() -> str:
        try:
            open_store(data_dir, test_key(data_dir)).close()
        except StoreError as error:
            return type(error).__name__
        return "opened"

    assert as_nobody(start) == DataFolderReadOnly.__name__

    def command(*args: str) -> tuple[int, str]:
        import contextlib
        import io

        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            code = main(["--data-dir", str(data_dir), *args])
        return code, out.getvalue()

    code, out = as_nobody(lambda: command("check"))
    assert "damaged" not in out and "restore" not in out.lower(), out
    assert code == 0 or "read-only" in out, out
    code, out = as_nobody(lambda: command("backup"))
    assert code == 1 and f"The data folder {data_dir} is read-only" in out, out
    assert nothing_moved_aside(data_dir)


def test_a_read_only_database_file_is_named_at_start_and_at_the_first_save() -> None:
    folder = shared_folder()
    data_dir = folder / "data"
    saved = with_families(data_dir)
    give_to_nobody(folder)
    database = database_path(data_dir)

    def start_on_a_read_only_file() -> str:
        database.chmod(0o444)
        try:
            open_store(data_dir, test_key(data_dir)).close()
        except StoreError as error:
            return type(error).__name__
        finally:
            database.chmod(0o644)
        return "opened"

    assert as_nobody(start_on_a_read_only_file) == DatabaseReadOnly.__name__

    def save_after_it_became_read_only() -> str:
        store = open_store(data_dir, test_key(data_dir))
        try:
            database.chmod(0o444)
            save_family(store, FamilyDraft(name="Gezin Alleen Lezen"), TODAY)
        except StoreError as error:
            return type(error).__name__
        finally:
            database.chmod(0o644)
            store.close()
        return "saved"

    assert as_nobody(save_after_it_became_read_only) == DatabaseReadOnly.__name__
    assert stored_family_ids(data_dir) == set(saved)


def test_the_child_s_own_failures_reach_the_test() -> None:
    """The helper that runs as nobody must not hide an exception (or the tests above could not fail)."""

    def boom() -> None:
        raise ValueError("boom")

    with pytest.raises(ChildFailed, match="boom"):
        as_nobody(boom)


# --- Damaged, empty, missing ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_damage_is_named_as_damage_and_points_to_the_latest_backup(
    data_dir: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(data_dir, test_key(data_dir)) as store:
        with store.transaction() as session:
            for i in range(200):
                session.add(Family(name=f"Gezin {i}", notes="notities " * 20))
        store.backup("daily")
    damage(kind, database_path(data_dir))
    with pytest.raises(DatabaseDamaged):
        open_store(data_dir, test_key(data_dir))
    code, out = run(capsys, "--data-dir", str(data_dir), "check")
    assert code == 1 and "tandem-desktop restore" in out


def test_an_empty_database_file_is_not_taken_for_a_new_programme(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_families(data_dir, 3)
    with open_store(data_dir, test_key(data_dir)) as store:
        latest = store.backup("manual")
    database_path(data_dir).write_bytes(b"")
    with pytest.raises(DatabaseEmpty) as caught:
        open_store(data_dir, test_key(data_dir))
    assert "0 bytes" in caught.value.message
    assert database_path(data_dir).stat().st_size == 0, "left as it was"
    code, out = run(capsys, "--data-dir", str(data_dir), "duos")
    assert code == 1 and "empty" in out and str(latest) in out


def test_an_empty_database_file_without_backups_is_refused_too(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    database_path(data_dir).write_bytes(b"")
    with pytest.raises(DatabaseEmpty):
        open_store(data_dir, test_key(data_dir))


def test_a_missing_database_beside_backups_is_not_a_new_programme(data_dir: Path) -> None:
    with_families(data_dir, 3)
    with open_store(data_dir, test_key(data_dir)) as store:
        store.backup("manual")
    database_path(data_dir).unlink()
    with pytest.raises(DatabaseMissing):
        open_store(data_dir, test_key(data_dir))
    assert not database_path(data_dir).exists()


# --- A value the app cannot read ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value", "problem"),
    [
        ("status", "'on_hold_forever'", "not one of the values"),
        ("contact_languages", "'[\"nl\",'", "not valid JSON"),
        ("registered_on", "'2026-13-45'", "not a date"),
        ("updated_at", "'yesterday'", "not a date and time"),
    ],
)
def test_one_unreadable_value_is_named_and_the_rest_of_the_programme_opens(
    data_dir: Path, capsys: pytest.CaptureFixture[str], column: str, value: str, problem: str
) -> None:
    ids = with_families(data_dir, 5)
    broken = ids[2]
    with open_store(data_dir, test_key(data_dir)) as store, store.engine.begin() as conn:
        conn.execute(text(f"UPDATE family SET {column} = {value} WHERE id = :id"), {"id": broken.hex})

    with open_store(data_dir, test_key(data_dir)) as store:
        assert any(isinstance(w, RecordsSetAside) for w in store.warnings)
        assert {row.id for row in family_rows(store)} == set(ids) - {broken}
        with store.session() as session:
            assert session.get(Family, broken) is None
            assert len(session.exec(select(Family)).all()) == 4

    code, out = run(capsys, "--data-dir", str(data_dir), "check")
    assert code == 1
    assert f"family {broken.hex}, field {column}: {problem}" in out
    assert "unexpectedly" not in out
    code, out = run(capsys, "--data-dir", str(data_dir), "duos")
    assert code == 0, out


# --- A clock set back -----------------------------------------------------------------------------


def test_a_clock_set_back_a_year_is_said_once_and_changes_no_rule(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    test_key(data_dir)
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    year_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=365)
    with open_store(data_dir, test_key(data_dir), now=year_ago) as store:
        assert [type(w) for w in store.warnings].count(ClockSetBack) == 1
        assert store.today() >= TODAY, "the programme's today never goes before the newest change"
        assert backups.list_backups(store.backup_dir)[0].taken == year_ago.replace(microsecond=0), (
            "the daily backup still runs"
        )
    # `check` on the clock of a year ago (the CLI's today): no false problems.
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    from tandem_desktop import admin

    class Args:
        pass

    assert admin.cmd_check(data_dir, Args(), TODAY - dt.timedelta(days=365)) == 0, capsys.readouterr().out


def test_an_edit_made_with_the_clock_set_back_is_still_the_newest_version(store: Store) -> None:
    family_id = save_family(store, FamilyDraft(name="Gezin Klok"), TODAY)
    with store.transaction() as session:
        family = session.get(Family, family_id)
        assert family is not None
        first = family.updated_at
        family.updated_at = first + dt.timedelta(days=365)  # as if saved with a clock a year ahead
    with store.transaction() as session:
        family = session.get(Family, family_id)
        assert family is not None
        ahead = family.updated_at
        family.notes = "later edit, clock back to normal"
    with store.session() as session:
        family = session.get(Family, family_id)
        assert family is not None and family.updated_at > ahead


# --- Kills during writes --------------------------------------------------------------------------

_WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from tandem_desktop.core.families import FamilyDraft, MemberDraft, save_family
    from tandem_desktop.db.store import open_store
    from tests.keys import test_key
    store = open_store(Path(sys.argv[1]), test_key(Path(sys.argv[1])))
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        draft = FamilyDraft(name=f"Gezin Kill {i}", notes="n" * 3000,
                            members=[MemberDraft(name=f"Kind {i}", birth_year=2018)])
        family_id = save_family(store, draft, dt.date.today())
        print(family_id, flush=True)
    """
)


def test_killed_writers_lose_no_committed_record(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """30 writers killed at a random moment: every id a writer saw committed is stored, and `check` passes."""
    open_store(data_dir, test_key(data_dir)).close()
    rng = random.Random(12)
    committed: set[uuid.UUID] = set()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for _ in range(30):
        writer = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(data_dir)], stdout=subprocess.PIPE, text=True, env=env
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(0, 8)):  # kill after a random number of commits, mid-way through the next
            committed.add(uuid.UUID(writer.stdout.readline().strip()))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=60)
        writer.stdout.close()
    assert committed <= stored_family_ids(data_dir)
    code, out = run(capsys, "--data-dir", str(data_dir), "check")
    assert code == 0, out


# --- Another program holds the database -----------------------------------------------------------


def test_a_database_held_by_another_program_is_named_busy(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tandem_desktop.db import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)  # SQLite's own wait, shortened
    other = driver.connect(store.database, store.data_key)
    try:
        other.execute("BEGIN EXCLUSIVE")  # a sync or database tool in the middle of a write
        with pytest.raises(DatabaseBusy) as caught:
            save_family(store, FamilyDraft(name="Gezin Wacht"), TODAY)
        assert "another program" in caught.value.message
    finally:
        other.execute("ROLLBACK")
        other.close()
    save_family(store, FamilyDraft(name="Gezin Wacht"), TODAY)  # free again: the same save goes through


@pytest.mark.parametrize("while_open", [True, False])
def test_a_value_written_by_another_program_is_found_at_the_next_start(
    data_dir: Path, while_open: bool
) -> None:
    """The start-up scan is skipped only while the file is as a clean scan left it: another program's
    write, while the app is open or after it closed, brings it back."""
    ids = with_families(data_dir, 3)
    # A start with nothing to scan: the file is as the last close left it.
    open_store(data_dir, test_key(data_dir)).close()
    store = open_store(data_dir, test_key(data_dir)) if while_open else None
    with closing(driver.connect(database_path(data_dir), test_key(data_dir))) as other:
        other.execute("UPDATE family SET status = 'unheard_of' WHERE id = ?", (ids[0].hex,))
    if store is not None:
        store.close()
    with open_store(data_dir, test_key(data_dir)) as reopened:
        assert [v.record_id for v in reopened.bad_values] == [ids[0].hex]
        assert {row.id for row in family_rows(reopened)} == set(ids[1:])

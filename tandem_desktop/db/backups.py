"""Backups through SQLite's backup API (never a file copy of a live database), and their rotation.

A backup's name says when it was taken, its place in the folder's own sequence and why it was taken:
`tandem-20261205T093000Z-n000042-daily.sqlite3`. There are two kinds:

- the routine ones (daily at start, and those asked for with `backup`), rotated grandfather-father-son;
- the safety ones, taken before something that replaces or rewrites data (an import, a restore, a schema
  upgrade, an erasure): the last SAFETY_KEEP of each reason are kept whatever else happens, because they
  are what a coordinator goes back to when that step went wrong.

Backups are ordered by their sequence number, not by their time: a laptop whose clock was set back must
not make the newest backup look like the oldest and have it rotated away the moment it was written.
Names from before the sequence existed (no `-nNNNNNN`) sort before every numbered one.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections import defaultdict
from collections.abc import Iterable
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from . import driver
from .cipher import DataKey
from .errors import BackupFailed, NotEnoughSpace, StoreError
from .faults import SQLITE_BUSY, SQLITE_LOCKED, classify, free_space, primary_code

_NAME = re.compile(r"^tandem-(\d{8}T\d{6}Z)(?:-n(\d+))?(?:-([a-z-]+))?\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%SZ"

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
SAFETY_KEEP = 10
# Routine backups; every other reason ("before-import", "before-restore", "before-migration",
# "before-erase", …) is a safety backup.
ROUTINE_REASONS = frozenset({"", "daily", "manual"})


@dataclass(frozen=True, order=True)
class Backup:
    sequence: int  # 0 for names from before the sequence
    taken: dt.datetime
    reason: str
    path: Path

    @property
    def routine(self) -> bool:
        return self.reason in ROUTINE_REASONS


def parse_name(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    taken = dt.datetime.strptime(match.group(1), _STAMP).replace(tzinfo=dt.UTC)
    return Backup(int(match.group(2) or 0), taken, match.group(3) or "", path)


def ensure_space(folder: Path, needed: int) -> None:
    """Raise NotEnoughSpace unless the disk holding `folder` has `needed` bytes free, with a margin for
    SQLite's journal and the file system. Checked before a step that must not stop half-way."""
    free = free_space(folder)
    margin = needed // 10 + (1 << 20)
    if free is not None and free < needed + margin:
        mb = 1 << 20
        raise NotEnoughSpace(str(folder), -(-(needed + margin) // mb), free // mb)


def database_size(database: Path) -> int:
    """The bytes a copy of `database` needs at most: the file and its write-ahead log."""
    total = 0
    for path in (database, database.with_name(database.name + "-wal")):
        with suppress(FileNotFoundError):
            total += path.stat().st_size
    return total


def copy_database(source: Path, destination: Path, key: DataKey) -> None:
    """A consistent copy of `source` (even while it is being written) into a new file encrypted with `key`.

    `source` is encrypted with the same key, or is a plain database of an earlier version (a backup to
    restore, a database to encrypt): SQLCipher's backup API copies pages, which only works between files of
    the same key, so a plain one is exported into the encrypted copy instead (`sqlcipher_export`).

    All or nothing: the copy is written beside its destination and renamed into place once complete, so
    a full disk or a killed process leaves no half-written backup. A fault of the surroundings is raised
    as the StoreError that names it (DiskFull, DataFolderReadOnly, …); anything else as BackupFailed.
    """
    partial = destination.with_name(destination.name + ".partial")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        if driver.is_plain(source):
            _export_encrypted(source, partial, key)
        elif not _copy_still_file(source, partial, key):
            with (
                closing(driver.connect(source, key, read_only=True)) as src,
                closing(driver.connect(partial, key)) as dst,
            ):
                src.backup(dst)
        with closing(driver.connect(partial, key)) as copy:
            copy.execute("PRAGMA journal_mode=DELETE")  # a backup is a single file: no WAL beside it
        partial.replace(destination)
    except (driver.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        fault = classify(exc, destination if isinstance(exc, OSError) else source)
        if isinstance(fault, StoreError):
            raise fault from exc
        raise BackupFailed(str(destination), type(exc).__name__) from exc


def _copy_still_file(source: Path, partial: Path, key: DataKey) -> bool:
    """Copy the encrypted file's bytes while no writer can change it; False when every change is not in the file
    at once (a reader keeps older ones in the write-ahead log, a writer is busy, the source is read-only), and the
    caller copies page by page with the backup API instead.

    The backup API decrypts and encrypts every page again: 3.5 times the time of a plain copy for a large
    programme. The file's own bytes are the same pages, already encrypted with the same key, and safe to copy
    while held still with every change in them: a write transaction (BEGIN IMMEDIATE in WAL mode; a read
    transaction's shared lock in rollback mode) stops every writer, and a PASSIVE checkpoint by a second
    connection then moves every frame of the log into the file. PASSIVE, because a checkpoint that restarts the
    log would make the snapshot of a transaction under way (an import backs up inside its own) unable to write.
    """
    if not os.access(source, os.R_OK | os.W_OK) or not os.access(source.parent, os.W_OK):
        return False
    try:
        with closing(driver.connect(source, key)) as holder:
            in_wal = holder.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            holder.execute("BEGIN IMMEDIATE" if in_wal else "BEGIN")
            try:
                holder.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the transaction's lock, now
                if in_wal:
                    with closing(driver.connect(source, key)) as checkpointer:
                        busy, frames, moved = checkpointer.execute(
                            "PRAGMA wal_checkpoint(PASSIVE)"
                        ).fetchone()
                    if busy or frames != moved:
                        return False  # a reader still needs older frames: not every change is in the file
                shutil.copyfile(source, partial)
            finally:
                holder.execute("ROLLBACK")
    except driver.Error as exc:
        if primary_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED):
            return False
        raise
    return True


def _export_encrypted(plain: Path, destination: Path, key: DataKey) -> None:
    """Copy every table, index and the schema's version of a plain database into a new encrypted file."""
    with closing(driver.connect(destination, key)) as dst:
        # KEY '': the attached file is not encrypted. Read-only: the source is not ours to change.
        dst.execute("ATTACH DATABASE ? AS plain KEY ''", (driver.uri(plain, read_only=True),))
        dst.execute("SELECT sqlcipher_export('main', 'plain')")  # one statement: one snapshot of the source
        version = int(dst.execute("PRAGMA plain.user_version").fetchone()[0])
        dst.execute("DETACH DATABASE plain")
        dst.execute(f"PRAGMA main.user_version = {version}")


def list_backups(folder: Path) -> list[Backup]:
    """The automatic backups in `folder`, newest first (by sequence, then time)."""
    if not folder.is_dir():
        return []
    found = [b for p in folder.iterdir() if (b := parse_name(p)) is not None]
    return sorted(found, reverse=True)


def latest_backup(folder: Path) -> Path | None:
    backups = list_backups(folder)
    return backups[0].path if backups else None


def backup_time(path: Path) -> dt.datetime | None:
    parsed = parse_name(path)
    return None if parsed is None else parsed.taken


def backup_name(at: dt.datetime, sequence: int, reason: str = "") -> str:
    suffix = f"-{reason}" if reason else ""
    return f"tandem-{at.astimezone(dt.UTC).strftime(_STAMP)}-n{sequence:06d}{suffix}.sqlite3"


def backup_due(folder: Path, now: dt.datetime, interval: dt.timedelta = dt.timedelta(days=1)) -> bool:
    """A daily backup is due when the newest backup is a day old, or lies in the future: the clock was
    set back since (a dead laptop battery), and waiting for "a day later" would stop backups for months."""
    backups = list_backups(folder)
    if not backups:
        return True
    taken = backups[0].taken
    return taken > now or now - taken >= interval


def routine_to_keep(backups: Iterable[Backup]) -> set[Backup]:
    """Grandfather-father-son: the newest backup of each of the last 7 days, 4 ISO weeks and 12 months
    that have backups, going newest first by sequence. The very newest is always among them."""
    newest_first = sorted(backups, reverse=True)
    keep: set[Backup] = set()
    for bucket_of, count in (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for backup in newest_first:
            bucket = bucket_of(backup.taken)
            if bucket not in seen:
                if len(seen) == count:
                    break
                seen.append(bucket)
                keep.add(backup)
    return keep


def to_keep(backups: Iterable[Backup]) -> set[Backup]:
    """The routine backups' rotation, and the last SAFETY_KEEP safety backups of each reason."""
    routine: list[Backup] = []
    safety: dict[str, list[Backup]] = defaultdict(list)
    for backup in backups:
        (routine if backup.routine else safety[backup.reason]).append(backup)
    keep = routine_to_keep(routine)
    for of_reason in safety.values():
        keep.update(sorted(of_reason, reverse=True)[:SAFETY_KEEP])
    return keep


def rotate(folder: Path, just_written: Path | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps (never `just_written`); returns the deleted ones."""
    backups = list_backups(folder)
    keep = to_keep(backups)
    removed = []
    for backup in backups:
        if backup not in keep and backup.path != just_written:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def automatic_backup(
    database: Path, folder: Path, reason: str, key: DataKey, now: dt.datetime | None = None
) -> Path:
    now = now or dt.datetime.now(dt.UTC)
    existing = list_backups(folder)
    sequence = max((b.sequence for b in existing), default=0) + 1
    destination = folder / backup_name(now, sequence, reason)
    copy_database(database, destination, key)
    rotate(folder, just_written=destination)
    return destination

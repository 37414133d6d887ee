"""Backups through SQLite's backup API (never a file copy of a live database), and their rotation."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from .errors import BackupFailed

_NAME = re.compile(r"^tandem-(\d{8}T\d{6}Z)(?:-([a-z-]+))?\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%SZ"

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


def copy_database(source: Path, destination: Path) -> None:
    """A consistent copy of `source` (even while it is being written) into a new file."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            # A backup is a single file: no WAL beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        partial.replace(destination)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed(str(destination), str(exc)) from exc


def backup_name(at: dt.datetime, reason: str = "") -> str:
    suffix = f"-{reason}" if reason else ""
    return f"tandem-{at.astimezone(dt.UTC).strftime(_STAMP)}{suffix}.sqlite3"


def backup_time(path: Path) -> dt.datetime | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    return dt.datetime.strptime(match.group(1), _STAMP).replace(tzinfo=dt.UTC)


def list_backups(folder: Path) -> list[Path]:
    """The automatic backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [(t, p) for p in folder.iterdir() if (t := backup_time(p)) is not None]
    return [p for _, p in sorted(found, reverse=True)]


def latest_backup(folder: Path) -> Path | None:
    backups = list_backups(folder)
    return backups[0] if backups else None


def backup_due(folder: Path, now: dt.datetime, interval: dt.timedelta = dt.timedelta(days=1)) -> bool:
    latest = latest_backup(folder)
    if latest is None:
        return True
    taken = backup_time(latest)
    return taken is None or now - taken >= interval


def backups_to_keep(times: Iterable[dt.datetime]) -> set[dt.datetime]:
    """Grandfather-father-son: the newest backup of each of the last 7 days, 4 ISO weeks and 12 months
    that have backups. The very newest is always among them."""
    newest_first = sorted(set(times), reverse=True)
    keep: set[dt.datetime] = set()
    for bucket_of, count in (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for t in newest_first:
            bucket = bucket_of(t)
            if bucket not in seen:
                if len(seen) == count:
                    break
                seen.append(bucket)
                keep.add(t)
    return keep


def rotate(folder: Path) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps; returns the deleted ones."""
    backups = {p: backup_time(p) for p in list_backups(folder)}
    keep = backups_to_keep(t for t in backups.values() if t is not None)
    removed = []
    for path, taken in backups.items():
        if taken not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def automatic_backup(database: Path, folder: Path, reason: str, now: dt.datetime | None = None) -> Path:
    now = now or dt.datetime.now(dt.UTC)
    destination = folder / backup_name(now, reason)
    copy_database(database, destination)
    rotate(folder)
    return destination

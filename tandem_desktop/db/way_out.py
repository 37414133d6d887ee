"""The ways out of a store that cannot be opened at start (chosen in the GUI, shell/startup.py), done.

Qt-free and run in the operation runner's worker: a restore copies a whole database.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from dataclasses import dataclass
from pathlib import Path

from tandem_desktop import paths
from tandem_desktop.messages import UserFacingError

from .cipher import DataKey
from .errors import DataFolderUnusable
from .faults import classify_os
from .lock import InstanceLock
from .restore import restore_backup

log = logging.getLogger(__name__)


class WayOut(enum.Enum):
    QUIT = "quit"
    RETRY = "retry"  # she fixed the cause (freed space, closed the other program)
    RESTORE = "restore"  # the latest backup, over a damaged, empty or missing database
    START_NEW = "start_new"  # an empty file put aside, for a new programme


@dataclass(frozen=True)
class Choice:
    way: WayOut
    backup: Path | None = None  # the backup to restore


def take_way_out(choice: Choice, data_dir: Path, key: DataKey) -> None:
    """The way out chosen, done (in the operation runner's worker): raises a UserFacingError when it fails."""
    if choice.way is WayOut.START_NEW:
        put_empty_file_aside(data_dir)
    elif choice.way is WayOut.RESTORE and choice.backup is not None:
        restore_latest(choice.backup, data_dir, key)


def put_empty_file_aside(data_dir: Path) -> None:
    """Keep the empty (0-byte) database beside, under another name, so that a new programme can start."""
    database = paths.database_path(data_dir)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    try:
        database.replace(database.with_name(f"{database.name}.empty-{stamp}"))
    except OSError as exc:
        log.error("could not put the empty database aside: %s", type(exc).__name__)
        raise classify_os(exc, database) or DataFolderUnusable(
            str(data_dir), exc.strerror or str(exc)
        ) from exc


def restore_latest(backup: Path, data_dir: Path, key: DataKey) -> None:
    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        restore_backup(backup, paths.database_path(data_dir), paths.backup_dir(data_dir), key)
    except UserFacingError:
        log.error("restore of %s failed", backup.name)
        raise
    finally:
        lock.release()

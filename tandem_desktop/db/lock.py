"""One running Tandem Desktop per data folder.

An operating-system file lock (through `filelock`) rather than a PID file: the system releases it
when the process dies, so a crash never leaves the coordinator locked out.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from tandem_desktop.paths import LOCK_NAME

from .errors import AlreadyRunning


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._lock = FileLock(data_dir / LOCK_NAME, is_singleton=False, thread_local=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise AlreadyRunning(str(self._data_dir)) from None

    def release(self) -> None:
        self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

"""Work that may take a while runs off the GUI thread and reports back by signal (after Anki's operations).

Nothing in the worker touches a widget: the callbacks run on the GUI thread, through queued signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # reported to the GUI thread, which decides what the user sees
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class Operation(QObject):
    """Run `work` in the thread pool; `finished(result)` or `failed(exception)` arrive on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._on_success)
        self._relay.failed.connect(self._on_failure)
        self._job = _Job(work, self._relay)
        self.running = False

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(self._job)

    @Slot(object)
    def _on_success(self, result: object) -> None:
        self.running = False
        self.finished.emit(result)

    @Slot(object)
    def _on_failure(self, error: object) -> None:
        self.running = False
        if not isinstance(error, Exception) or not hasattr(error, "template"):
            log.error(
                "background operation failed", exc_info=error if isinstance(error, BaseException) else None
            )
        self.failed.emit(error)

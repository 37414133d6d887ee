"""The one way the screens run work on the programme: off the GUI thread, one at a time, with progress.

In the spirit of Anki's CollectionOp/QueryOp (qt/aqt/operations/): a screen gathers what the user typed
on the GUI thread, then hands the runner a function that calls core with those values. The function runs
in the runner's worker thread and never touches a widget; its result, or its failure, comes back to the
GUI thread by queued signal. After the work, the changes it committed (db/changes.py) are emitted once, as
`changed`, and every page decides from them whether to reload. No page is wired to another by hand.

Operations run one after the other, in the order started, so two saves never race for the database and
a page reloaded after a save sees it. Work that may take seconds (a demo, a report, a backup, an import)
passes `progress=` a text: a window-modal progress dialog then appears if the work is still running after
a moment, with a Cancel button when `cancellable`. Cancelling makes the next `Progress` call raise
`Cancelled` inside the work's transaction, which rolls back: nothing is left half done.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from tandem_desktop.core.progress import Cancelled, Progress
from tandem_desktop.gui.common.messages import show_failure

if TYPE_CHECKING:
    from tandem_desktop.db.changes import Changes

log = logging.getLogger(__name__)

T = TypeVar("T")

# A dialog that flashes up for a save of 50 ms would be worse than none.
PROGRESS_DELAY_MS = 400


class _Relay(QObject):
    """Lives on the GUI thread: signals emitted from the worker reach it queued."""

    progressed = Signal(int, int)
    succeeded = Signal(object, object)  # result, Changes
    failed = Signal(object, object)  # exception, Changes (a failure may come after a committed step)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], relay: _Relay, cancelled: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay
        self._cancelled = cancelled

    def _progress(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise Cancelled
        self._relay.progressed.emit(done, total)

    def run(self) -> None:
        # Imported here, in the worker: the database layer loads while the window is already shown.
        from tandem_desktop.db.changes import collect_changes

        with collect_changes() as collector:
            try:
                result = self._work(self._progress)
            except BaseException as exc:  # reported on the GUI thread, which decides what the user sees
                self._relay.failed.emit(exc, collector.changes)
                return
        self._relay.succeeded.emit(result, collector.changes)


class Operation(QObject, Generic[T]):
    """One piece of work handed to the runner; `cancel()` asks it to stop at its next progress step."""

    def __init__(
        self,
        runner: OperationRunner,
        work: Callable[[Progress], T],
        parent: QWidget | None,
        done: Callable[[T], None] | None,
        failed: Callable[[BaseException], bool] | None,
        progress: str | None,
        cancellable: bool,
    ) -> None:
        super().__init__(runner)
        self._runner = runner
        self._parent = parent
        self._done = done
        self._failed = failed
        self._cancelled = threading.Event()
        self.running = True
        self.was_cancelled = False
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._on_success)
        self._relay.failed.connect(self._on_failure)
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        if progress is not None:
            self._relay.progressed.connect(self._on_progress)
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(lambda: self._show_progress(progress, cancellable))
            self._timer.start(PROGRESS_DELAY_MS)
        self._job = _Job(work, self._relay, self._cancelled)
        self._last: tuple[int, int] = (0, 0)

    def start(self, pool: QThreadPool) -> None:
        pool.start(self._job)

    def cancel(self) -> None:
        self.was_cancelled = True
        self._cancelled.set()

    # -- the progress dialog ---------------------------------------------------------------------------
    def _show_progress(self, text: str, cancellable: bool) -> None:
        if not self.running:
            return
        dialog = QProgressDialog(text, "", 0, 0, self._parent)
        dialog.setObjectName("operationProgress")
        # A title and nothing else: minimising or maximising a progress makes no sense, and closing it would
        # have to mean cancelling, which is the Cancel button's job (and absent where it is not safe).
        dialog.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        dialog.setMinimumWidth(420)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("operations", "Cancel"))
            dialog.canceled.connect(self._cancel_from_dialog)
        else:
            dialog.setCancelButton(None)  # Qt documents None: no button
        self._dialog = dialog
        self._on_progress(*self._last)
        dialog.show()

    def _cancel_from_dialog(self) -> None:
        self.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(QCoreApplication.translate("operations", "Cancelling…"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._last = (done, total)
        if self._dialog is not None and not self.was_cancelled:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total > 0 else 0)

    def _parent_alive(self) -> bool:
        """Whether the widget that started the work still exists: a page or dialog closed meanwhile gets no
        callback (its widgets are gone); the change notification still reaches the rest of the window."""
        return self._parent is None or shiboken6.isValid(self._parent)

    def _finish(self) -> None:
        self.running = False
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None and shiboken6.isValid(self._dialog):  # gone with its parent, maybe
            self._dialog.hide()
            self._dialog.deleteLater()
        self._dialog = None

    # -- the outcome -----------------------------------------------------------------------------------
    @Slot(object, object)
    def _on_success(self, result: T, changes: Changes) -> None:
        self._finish()
        self._runner._changed(changes)  # the pages show the change before `done` goes on from it
        try:
            if self._done is not None and self._parent_alive():
                self._done(result)
        finally:
            self._runner._ended(self)

    @Slot(object, object)
    def _on_failure(self, error: BaseException, changes: Changes) -> None:
        self._finish()
        self._runner._changed(changes)
        try:
            alive = self._parent_alive()
            if alive and self._failed is not None and self._failed(error):
                pass  # the caller showed it where it belongs (at a field)
            elif isinstance(error, Cancelled):
                log.info("operation cancelled")  # she asked for it: nothing to tell
            else:
                show_failure(self._parent if alive else None, error)  # the window that asked may be gone
        finally:
            self._runner._ended(self)


class OperationRunner(QObject):
    """The application's runner (see `runner()`): starts operations and tells what they changed."""

    changed = Signal(object)  # Changes: after every operation that committed something
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # One worker: operations on the store run one at a time, in the order they were started.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: list[Operation[Any]] = []

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        work: Callable[[Progress], T],
        *,
        parent: QWidget | None,
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], bool] | None = None,
        progress: str | None = None,
        cancellable: bool = False,
    ) -> Operation[T]:
        """Run `work(progress)` in the worker. `done(result)` runs on the GUI thread after it; a failure
        goes to `failed(error)` (a cancel too, as `Cancelled`), which returns True when it has told the user
        itself; else the app's error message tells it (never for a cancel). `progress` is the text of the
        progress dialog of work that may take seconds."""
        operation: Operation[T] = Operation(self, work, parent, done, failed, progress, cancellable)
        self._running.append(operation)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        operation.start(self._pool)
        return operation

    def _changed(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def _ended(self, operation: Operation[Any]) -> None:
        self._running.remove(operation)
        operation.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)

    def wait_until_idle(self) -> None:
        """For closing the app: let the running work end (it holds a transaction) before the store closes."""
        self._pool.waitForDone()
        QCoreApplication.sendPostedEvents()


class Latest:
    """Work started again before the last one ended (a list read anew, a preview made anew): only the latest
    started counts, an older one's result is dropped, and until the latest is taken what is shown is stale.

        started = self._reads.start()  # in the `done` of that work:
        if self._reads.is_latest(started):
            self._reads.take(started)
    """

    def __init__(self) -> None:
        self._started = 0
        self._taken = 0

    def start(self) -> int:
        self._started += 1
        return self._started

    def is_latest(self, started: int) -> bool:
        return started == self._started

    def take(self, started: int) -> None:
        self._taken = started

    @property
    def pending(self) -> bool:
        """The latest work started has not been taken yet."""
        return self._taken != self._started

    @property
    def ever_taken(self) -> bool:
        return self._taken > 0


_runner: OperationRunner | None = None


def runner() -> OperationRunner:
    """The one runner of the application, made on first use and owned by the QApplication."""
    global _runner
    if _runner is None:
        app = QCoreApplication.instance()
        _runner = OperationRunner(app)
        _runner.destroyed.connect(_forget_runner)
    return _runner


def _forget_runner() -> None:
    global _runner
    _runner = None

"""Opening the programme after the window is shown: the store is opened as an operation (the lock, the file's
check, a migration, the daily backup may take seconds on a large programme), with its progress on the
window's opening page; a fault is named with its way out (shell/startup.py), and the way chosen (a restore,
an empty file put aside) runs as an operation too, then the store is opened again.

The next issue's key prompt fits between the window and the opening: asked on the opening page, the key then
goes to the operation that opens.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from tandem_desktop.core.progress import Progress
from tandem_desktop.db.errors import StoreError
from tandem_desktop.gui.common.messages import show_failure
from tandem_desktop.gui.common.operations import runner

if TYPE_CHECKING:
    from tandem_desktop.db.store import Store
    from tandem_desktop.db.way_out import Choice

log = logging.getLogger(__name__)


class OpeningPage(QWidget):
    """What the window shows while the programme opens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingPage")
        self.label = QLabel(self)
        self.label.setObjectName("openingText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: the steps of an opening take unknown time
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(320)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.show_step(self.tr("Opening the programme…"))

    def show_step(self, text: str) -> None:
        self.label.setText(text)


class StoreOpening(QObject):
    """Opens the store in `data_dir` for `window`; ends with `opened(store)`, or `given_up()` when she quits."""

    opened = Signal(object)
    given_up = Signal()

    def __init__(self, data_dir: Path, window: QWidget, page: OpeningPage | None = None) -> None:
        super().__init__(window)
        self._data_dir = data_dir
        self._window = window
        self._page = page

    def start(self) -> None:
        data_dir = self._data_dir

        def work(_progress: Progress) -> Store:
            # Imported in the worker: SQLAlchemy and the models load while the window is already shown.
            import sqlalchemy.orm

            import tandem_desktop.core.overview  # noqa: F401  (what the first page shown reads with)
            from tandem_desktop.core.search import fold
            from tandem_desktop.db.store import open_store

            store = open_store(data_dir)
            # SQLAlchemy sets up the models' mappings at their first query: here, not on the GUI thread.
            sqlalchemy.orm.configure_mappers()
            fold("é")  # its table of accents is made once, here
            return store

        runner().run(work, parent=self._window, done=self.opened.emit, failed=self._not_opened)

    def _not_opened(self, error: BaseException) -> bool:
        if not isinstance(error, StoreError):
            show_failure(self._window, error)
            self.given_up.emit()
            return True
        log.warning("cannot open the store: %s", type(error).__name__)
        # Asked once this operation has ended, so that the runner is free for the way out.
        QTimer.singleShot(0, lambda: self._ask(error))
        return True

    def _ask(self, error: StoreError) -> None:
        from tandem_desktop.db.way_out import WayOut
        from tandem_desktop.gui.shell.startup import offer_way_out

        choice = offer_way_out(error, self._data_dir, self._window)
        if choice.way is WayOut.QUIT:
            self.given_up.emit()
        elif choice.way is WayOut.RETRY:
            self.start()
        else:
            self._take(choice)

    def _take(self, choice: Choice) -> None:
        from tandem_desktop.db.way_out import WayOut, take_way_out

        if self._page is not None and choice.way is WayOut.RESTORE:
            self._page.show_step(self._page.tr("Restoring the latest backup…"))
        data_dir = self._data_dir

        def failed(error: BaseException) -> bool:
            show_failure(self._window, error)  # named, with its way out; then the question comes again
            self.start()
            return True

        runner().run(
            lambda _progress: take_way_out(choice, data_dir),
            parent=self._window,
            done=lambda _result: self.start(),
            failed=failed,
        )

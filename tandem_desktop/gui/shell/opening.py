"""Opening the programme after the window is shown: first its key (the passphrase typed on the opening page, or
kept in the system's keychain; a new passphrase and the emergency sheet for a new folder, or for the plain data
of an earlier version), then the store, opened as an operation (the lock, encrypting what an earlier version
left plain, the file's check, a migration, the daily backup may take seconds on a large programme), with its
progress on the window's opening page. A fault is named with its way out (shell/startup.py), and the way chosen
(a restore, an empty file put aside) runs as an operation too, then the store is opened again.

The key is asked by key_prompt.py.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from tandem_desktop.core.progress import Progress
from tandem_desktop.db.errors import StoreError
from tandem_desktop.gui.common.messages import show_failure
from tandem_desktop.gui.common.operations import runner

if TYPE_CHECKING:
    from tandem_desktop.db.cipher import DataKey
    from tandem_desktop.db.store import Store
    from tandem_desktop.db.way_out import Choice
    from tandem_desktop.gui.shell.key_prompt import KeyPrompt

log = logging.getLogger(__name__)


class OpeningPage(QWidget):
    """What the window shows while the programme opens: the progress of the opening, or the page that asks
    for the key (key_pages.py) in its place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingPage")
        self.views = QStackedWidget(self)
        progress = QWidget(self.views)
        self.label = QLabel(progress)
        self.label.setObjectName("openingText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar(progress)
        self.bar.setRange(0, 0)  # busy: the steps of an opening take unknown time
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(320)
        layout = QVBoxLayout(progress)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.views.addWidget(progress)
        self._progress = progress
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.views)
        self.show_step(self.tr("Opening the programme…"))

    def show_step(self, text: str) -> None:
        self.label.setText(text)
        self.views.setCurrentWidget(self._progress)

    def show_view(self, view: QWidget) -> None:
        """Show `view` (a page of key_pages.py) in place of the progress; the page it replaces is dropped."""
        for index in reversed(range(self.views.count())):
            old = self.views.widget(index)
            if old is not None and old is not self._progress and old is not view:
                self.views.removeWidget(old)
                old.deleteLater()
        if self.views.indexOf(view) < 0:
            self.views.addWidget(view)
        self.views.setCurrentWidget(view)


class StoreOpening(QObject):
    """Opens the store in `data_dir` for `window`; ends with `opened(store)`, or `given_up()` when she quits."""

    opened = Signal(object)
    given_up = Signal()

    def __init__(self, data_dir: Path, window: QWidget, page: OpeningPage) -> None:
        super().__init__(window)
        self._data_dir = data_dir
        self._window = window
        self._page = page
        self._key: DataKey | None = None
        self.prompt: KeyPrompt | None = None  # asking for the key (tests drive its dialogs)

    def start(self) -> None:
        if self._key is None:
            from tandem_desktop.gui.shell.key_prompt import KeyPrompt

            self.prompt = prompt = KeyPrompt(self._data_dir, self._window, self._page)
            prompt.unlocked.connect(self._with_key)
            prompt.failed.connect(self._not_opened)
            prompt.start()
        else:
            self._open(self._key)

    def _with_key(self, key: DataKey) -> None:
        self._key = key
        self._open(key)

    def _open(self, key: DataKey) -> None:
        from tandem_desktop.db import encryption

        data_dir = self._data_dir
        encrypting = self.tr("Encrypting the programme's data and its backups…")
        # An earlier version's plain files are encrypted first: a step that may take a minute, with its progress.
        upgrade = bool(encryption.plain_files(data_dir))
        self._page.show_step(encrypting if upgrade else self.tr("Opening the programme…"))

        def work(progress: Progress) -> Store:
            # Imported in the worker: SQLAlchemy and the models load while the window is already shown.
            import sqlalchemy.orm

            import tandem_desktop.core.overview  # noqa: F401  (what the first page shown reads with)
            from tandem_desktop.core.search import fold
            from tandem_desktop.db.store import open_store

            store = open_store(data_dir, key, step=progress)
            # SQLAlchemy sets up the models' mappings at their first query: here, not on the GUI thread.
            sqlalchemy.orm.configure_mappers()
            fold("é")  # its table of accents is made once, here
            return store

        runner().run(
            work,
            parent=self._window,
            done=self.opened.emit,
            failed=self._not_opened,
            progress=encrypting if upgrade else None,
        )

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

        if choice.way is WayOut.RESTORE:
            self._page.show_step(self._page.tr("Restoring the latest backup…"))
        data_dir = self._data_dir
        key = self._key
        assert key is not None, "a way out is offered for a database the key opened"

        def failed(error: BaseException) -> bool:
            show_failure(self._window, error)  # named, with its way out; then the question comes again
            self.start()
            return True

        runner().run(
            lambda _progress: take_way_out(choice, data_dir, key),
            parent=self._window,
            done=lambda _result: self.start(),
            failed=failed,
        )

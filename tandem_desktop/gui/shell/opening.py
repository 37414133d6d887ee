"""Opening the programme after the window is shown: first its key (the passphrase typed on the opening page, or
kept in the system's keychain; a new passphrase and the emergency sheet for a new folder, or for the plain data
of an earlier version), then the store, opened as an operation (the lock, encrypting what an earlier version
left plain, the file's check, a migration, the daily backup may take seconds on a large programme), with its
progress on the window's opening page. A fault is named with its way out (shell/startup.py), and the way chosen
(a restore, an empty file put aside) runs as an operation too, then the store is opened again.

The key's derivation (Argon2id, half a second by design) runs in the operation runner's worker as well.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from tandem_desktop import keychain
from tandem_desktop.core.progress import Progress
from tandem_desktop.db.errors import StoreError, WrongPassphrase
from tandem_desktop.gui.common.messages import show_failure, user_message
from tandem_desktop.gui.common.operations import runner

if TYPE_CHECKING:
    from tandem_desktop.db.cipher import DataKey
    from tandem_desktop.db.keyfile import NewKeys
    from tandem_desktop.db.store import Store
    from tandem_desktop.db.way_out import Choice

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


# After this many wrong passphrases in a row, each further try waits longer before it is taken (seconds: the
# number of tries past it, doubled each time, at most a minute), on top of the key derivation's own half second.
FREE_TRIES = 3


def wait_after(wrong_tries: int) -> int:
    """Seconds before the next try is taken, after `wrong_tries` wrong passphrases in a row."""
    if wrong_tries < FREE_TRIES:
        return 0
    return min(60, 2 ** (wrong_tries - FREE_TRIES + 1))


class KeyPrompt(QObject):
    """Asks for the data key on `page`: the passphrase (or the recovery key and a new passphrase), or a new
    passphrase and its emergency sheet for a folder without a key. Ends with `unlocked(key)`; a fault of the
    folder (the key file missing or damaged) with `failed(error)`.

    Also the lock screen's prompt (shell/screen_lock.py): `locking=True` asks for the passphrase only."""

    unlocked = Signal(object)
    failed = Signal(object)

    def __init__(self, data_dir: Path, window: QWidget, page: OpeningPage, locking: bool = False) -> None:
        super().__init__(window)
        self._data_dir = data_dir
        self._window = window
        self._page = page
        self._locking = locking
        self._wrong_tries = 0

    def start(self) -> None:
        from tandem_desktop.db import keyfile

        try:
            new = not self._locking and keyfile.needs_new_key(self._data_dir)
        except StoreError as error:
            self.failed.emit(error)
            return
        if new:
            self._choose_passphrase()
            return
        stored = None if self._locking else keychain.stored_passphrase(self._data_dir)
        if stored is not None:
            self._unlock(stored, remember=False, from_keychain=True)
        else:
            self._ask_passphrase()

    # -- the passphrase ----------------------------------------------------------------------------
    def _ask_passphrase(self, problem: str = "") -> None:
        from tandem_desktop.gui.shell.key_pages import UnlockPage

        unlock = UnlockPage(self._page)
        if self._locking:
            unlock.set_title(unlock.locked_title())
            unlock.remember.hide()
        unlock.submitted.connect(lambda passphrase, remember: self._unlock(passphrase, remember))
        unlock.recovery_requested.connect(self._ask_recovery_key)
        self._page.show_view(unlock)
        if problem:
            unlock.show_problem(problem)
        self._unlock_page = unlock

    def _unlock(self, passphrase: str, remember: bool, from_keychain: bool = False) -> None:
        from tandem_desktop.db import keyfile

        data_dir = self._data_dir
        if from_keychain:
            self._page.show_step(self.tr("Opening the programme…"))
        else:
            self._unlock_page.set_busy(True)

        def done(key: object) -> None:
            self._wrong_tries = 0
            if remember:
                keychain.remember(data_dir, passphrase)
            self.unlocked.emit(key)

        def failed(error: BaseException) -> bool:
            if isinstance(error, WrongPassphrase):
                if from_keychain:  # changed on another computer: the keychain's copy is old
                    keychain.forget(data_dir)
                    self._ask_passphrase()
                    return True
                self._wrong_tries += 1
                log.info("a wrong passphrase (%d in a row)", self._wrong_tries)
                self._after_wrong_passphrase(user_message(error))
                return True
            if isinstance(error, StoreError):
                if not from_keychain:
                    self._unlock_page.set_busy(False)
                self.failed.emit(error)
                return True
            return False

        runner().run(
            lambda _progress: keyfile.unlock(data_dir, passphrase),
            parent=self._window,
            done=done,
            failed=failed,
        )

    def _after_wrong_passphrase(self, message: str) -> None:
        page = self._unlock_page
        wait = wait_after(self._wrong_tries)
        if not wait:
            page.set_busy(False)
            page.show_problem(message)
            return
        page.show_problem(message + " " + self.tr("You can try again in %n seconds.", "", wait))

        def again() -> None:
            if shiboken6.isValid(page):
                page.set_busy(False)
                page.show_problem(message)

        QTimer.singleShot(wait * 1000, again)

    # -- the recovery key ---------------------------------------------------------------------------
    def _ask_recovery_key(self) -> None:
        from tandem_desktop.gui.shell.key_pages import RecoverPage

        recover = RecoverPage(self._page)
        recover.back.connect(lambda: self._ask_passphrase())
        recover.submitted.connect(self._recover)
        self._page.show_view(recover)
        self._recover_page = recover

    def _recover(self, recovery_key: str) -> None:
        from tandem_desktop.db import keyfile

        data_dir = self._data_dir
        self._recover_page.set_busy(True)

        def failed(error: BaseException) -> bool:
            if isinstance(error, StoreError):
                self._recover_page.set_busy(False)
                if error.can_retry:
                    self._recover_page.show_problem(user_message(error))
                else:
                    self.failed.emit(error)
                return True
            return False

        runner().run(
            lambda _progress: keyfile.recover(data_dir, recovery_key),
            parent=self._window,
            done=lambda key: self._choose_passphrase(recovered=key),
            failed=failed,
        )

    # -- a new passphrase ---------------------------------------------------------------------------
    def _choose_passphrase(self, recovered: object = None) -> None:
        from tandem_desktop.db import encryption
        from tandem_desktop.gui.shell.key_pages import NewPassphrasePage

        choose = NewPassphrasePage(self._page)
        if recovered is not None:
            choose.set_intro(
                self.tr(
                    "The recovery key opened the data. Choose a new passphrase: you will open Tandem Desktop "
                    "with it from now on. The recovery key stays the same."
                )
            )
        elif encryption.plain_files(self._data_dir):
            choose.set_intro(
                self.tr(
                    "Tandem Desktop now protects the programme's data with a passphrase: without it, nobody "
                    "can read the data on this laptop, not even when it is stolen. Choose the passphrase; "
                    "the data is encrypted right after."
                )
            )
        choose.chosen.connect(lambda passphrase: self._set_passphrase(passphrase, recovered))
        self._page.show_view(choose)
        self._choose_page = choose

    def _set_passphrase(self, passphrase: str, recovered: object) -> None:
        from tandem_desktop.db import keyfile
        from tandem_desktop.db.cipher import DataKey

        data_dir = self._data_dir
        self._choose_page.set_busy(True)

        def work(_progress: Progress) -> object:
            if isinstance(recovered, DataKey):
                keyfile.change_passphrase(data_dir, recovered, passphrase)
                keychain.forget(data_dir)
                return recovered
            return keyfile.new_keys(passphrase)

        def failed(error: BaseException) -> bool:
            if isinstance(error, StoreError):
                self._choose_page.set_busy(False)
                self.failed.emit(error)
                return True
            return False

        runner().run(work, parent=self._window, done=self._passphrase_set, failed=failed)

    def _passphrase_set(self, result: object) -> None:
        from tandem_desktop.db.keyfile import NewKeys
        from tandem_desktop.gui.shell.key_pages import RecoveryKeyPage

        if not isinstance(result, NewKeys):
            self.unlocked.emit(result)
            return
        sheet = RecoveryKeyPage(result.recovery_key, str(self._data_dir), parent=self._page)
        sheet.done.connect(lambda: self._keep_new_keys(result))
        self._page.show_view(sheet)

    def _keep_new_keys(self, keys: NewKeys) -> None:
        """She has the emergency sheet: only now is the key file written (a folder is never left with a key
        whose recovery key nobody saw)."""
        from tandem_desktop.db import keyfile

        data_dir = self._data_dir

        def failed(error: BaseException) -> bool:
            if isinstance(error, StoreError):
                self.failed.emit(error)
                return True
            return False

        runner().run(
            lambda _progress: keyfile.save(data_dir, keys),
            parent=self._window,
            done=lambda _none: self.unlocked.emit(keys.data_key),
            failed=failed,
        )


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

    def start(self) -> None:
        if self._key is None:
            prompt = KeyPrompt(self._data_dir, self._window, self._page)
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

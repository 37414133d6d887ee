"""The data key, asked on the opening page (opening.py) or the lock screen (screen_lock.py): the passphrase, or
the recovery key and a new passphrase; for a folder without a key, a new passphrase and the emergency sheet. The
key's derivation (Argon2id, half a second by design) runs in the operation runner's worker; wrong passphrases in
a row make the next try wait longer.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from tandem_desktop import keychain
from tandem_desktop.core.progress import Progress
from tandem_desktop.db.errors import StoreError, WrongPassphrase
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.common.operations import runner

if TYPE_CHECKING:
    from tandem_desktop.db.keyfile import NewKeys
    from tandem_desktop.gui.shell.key_pages import KeyPage
    from tandem_desktop.gui.shell.opening import OpeningPage

log = logging.getLogger(__name__)

# After this many wrong passphrases in a row, each further try waits longer before it is taken (seconds: the
# number of tries past it, doubled each time, at most a minute), on top of the key derivation's own half second.
FREE_TRIES = 3


class _Found(enum.Enum):
    """What the start found, when it is not the key itself."""

    NEW = "a folder without a key"
    ASK = "no passphrase kept in the keychain"


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
        self._join: tuple[Path, str] | None = None  # a colleague's team to start from: its folder and code
        self.last_dialog: QDialog | None = None

    def start(self) -> None:
        if self._locking:  # the lock asks, whatever the keychain holds
            self._ask_passphrase()
            return
        from tandem_desktop.db import keyfile

        data_dir = self._data_dir

        def find_key(_progress: Progress) -> object:
            # In the worker: the keychain's library looks for its backends when first used (a tenth of a
            # second), and a passphrase kept there is derived at once (half a second).
            if keyfile.needs_new_key(data_dir):
                return _Found.NEW
            stored = keychain.stored_passphrase(data_dir)
            if stored is None:
                return _Found.ASK
            try:
                return keyfile.unlock(data_dir, stored)
            except WrongPassphrase:  # changed on another computer: the keychain's copy is old
                keychain.forget(data_dir)
                return _Found.ASK

        runner().run(find_key, parent=self._window, done=self._found, failed=self._fault())

    def _found(self, found: object) -> None:
        if found is _Found.NEW:
            self._choose_passphrase()
        elif found is _Found.ASK:
            self._ask_passphrase()
        else:
            self.unlocked.emit(found)

    def _fault(self, page: KeyPage | None = None) -> Callable[[BaseException], bool]:
        """The runner's `failed` for work on the key: a fault of the folder (a key file missing or damaged, a
        read-only folder, a full disk) goes to the opening, which names it with its way out; `page` is
        usable again meanwhile. Anything else is the app's error message."""

        def failed(error: BaseException) -> bool:
            if not isinstance(error, StoreError):
                return False
            if page is not None:
                page.set_busy(False)
            self.failed.emit(error)
            return True

        return failed

    # -- the passphrase ----------------------------------------------------------------------------
    def _ask_passphrase(self) -> None:
        from tandem_desktop.gui.shell.key_pages import UnlockPage

        unlock = UnlockPage(self._page)
        if self._locking:
            unlock.set_title(unlock.locked_title())
            unlock.remember.hide()
        unlock.submitted.connect(lambda passphrase, remember: self._unlock(passphrase, remember))
        unlock.recovery_requested.connect(self._ask_recovery_key)
        self._page.show_view(unlock)
        self._unlock_page = unlock

    def _unlock(self, passphrase: str, remember: bool) -> None:
        from tandem_desktop.db import keyfile

        data_dir = self._data_dir
        self._unlock_page.set_busy(True)

        def done(key: object) -> None:
            self._wrong_tries = 0
            if remember:
                keychain.remember(data_dir, passphrase)
            self.unlocked.emit(key)

        def failed(error: BaseException) -> bool:
            if isinstance(error, WrongPassphrase):
                self._wrong_tries += 1
                log.info("a wrong passphrase (%d in a row)", self._wrong_tries)
                self._after_wrong_passphrase(user_message(error))
                return True
            return self._fault(self._unlock_page)(error)

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
            if isinstance(error, StoreError) and error.can_retry:  # a key mistyped: at its field
                self._recover_page.show_problem(user_message(error))
                return True
            return self._fault(self._recover_page)(error)

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
        else:
            choose.join_team.show()
            choose.join_requested.connect(self._ask_team)
        choose.chosen.connect(lambda passphrase: self._set_passphrase(passphrase, recovered))
        self._page.show_view(choose)
        self._choose_page = choose

    def _ask_team(self) -> None:
        from tandem_desktop.gui.common.form_dialog import open_dialog
        from tandem_desktop.gui.team.join_dialog import JoinTeamDialog

        dialog = JoinTeamDialog(self._window)

        def joined() -> None:
            assert dialog.folder is not None
            self._join = (dialog.folder, dialog.code)
            self._choose_page.set_intro(
                self.tr(
                    "This laptop joins the team in %1 and starts with its programme. Choose your own passphrase: "
                    "it protects the data on this laptop."
                ).replace("%1", str(dialog.folder))
            )
            self._choose_page.join_team.hide()

        dialog.accepted.connect(joined)
        self.last_dialog = open_dialog(dialog)

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

        runner().run(
            work, parent=self._window, done=self._passphrase_set, failed=self._fault(self._choose_page)
        )

    def _passphrase_set(self, result: object) -> None:
        from tandem_desktop.db.keyfile import NewKeys
        from tandem_desktop.gui.shell.key_pages import RecoveryKeyPage

        if not isinstance(result, NewKeys):
            self.unlocked.emit(result)
            return
        sheet = RecoveryKeyPage(result.recovery_key, str(self._data_dir), parent=self._page)
        sheet.done.connect(lambda: self._keep_new_keys(result, sheet))
        self._page.show_view(sheet)

    def _keep_new_keys(self, keys: NewKeys, sheet: KeyPage) -> None:
        """She has the emergency sheet: only now is the key file written (a folder is never left with a key
        whose recovery key nobody saw). Joining a team copies the team's programme first: if that fails (the
        folder out of reach), nothing is written and she can try again."""
        from tandem_desktop.db import keyfile
        from tandem_desktop.db.team import folder as team_folder

        data_dir, join = self._data_dir, self._join
        sheet.set_busy(True)

        def work(_progress: Progress) -> None:
            if join is None:
                keyfile.save(data_dir, keys)
                return
            from tandem_desktop.db.store import open_store
            from tandem_desktop.db.team import sync

            membership = sync.join_state(join[0], join[1], data_dir, keys.data_key)
            keyfile.save(data_dir, keys)
            with open_store(data_dir, keys.data_key) as store:
                sync.finish_join(store, membership)

        def failed(error: BaseException) -> bool:
            if not isinstance(error, team_folder.TeamFolderError | OSError):
                return self._fault(sheet)(error)
            sheet.set_busy(False)
            QMessageBox.warning(
                self._window,
                self.tr("Join a colleague's team"),
                self.tr(
                    "The team's programme could not be copied: the team folder cannot be reached or read. "
                    "Check the folder, then choose Continue again."
                ),
            )
            return True

        runner().run(
            work,
            parent=self._window,
            done=lambda _none: self.unlocked.emit(keys.data_key),
            failed=failed,
            progress=self.tr("Copying the team's programme…") if join else None,
        )

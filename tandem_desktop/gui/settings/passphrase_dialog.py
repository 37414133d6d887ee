"""Changing the passphrase (Settings): the current one, then the new one twice. The data key is wrapped anew;
nothing is re-encrypted, and the recovery key of the emergency sheet stays the same."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from tandem_desktop import keychain
from tandem_desktop.db.errors import StoreError, WrongPassphrase
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.shell.key_pages import NewPassphrasePage, UnlockPage
from tandem_desktop.gui.shell.opening import OpeningPage


class PassphraseDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.resize(620, 520)
        self._data_dir = data_dir
        self.views = OpeningPage(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.views)
        self.current = UnlockPage(self.views)
        self.current.set_title(self.tr("Change the passphrase"))
        self.current.intro.setText(self.tr("First type the passphrase you use now."))
        self.current.unlock_button.setText(
            self.tr("Continue")
        )  # nothing is opened here: a step of the change
        self.current.remember.hide()
        # A forgotten passphrase is set anew with the recovery key where she types it: at start, or when locked.
        self.current.use_recovery_key.hide()
        self.current.submitted.connect(lambda passphrase, _remember: self._check(passphrase))
        self.views.show_view(self.current)

    def _check(self, passphrase: str) -> None:
        from tandem_desktop.db import keyfile

        data_dir = self._data_dir
        self.current.set_busy(True)

        def failed(error: BaseException) -> bool:
            if isinstance(error, StoreError):
                self.current.show_problem(user_message(error))
                return True
            self.current.set_busy(False)
            return False

        runner().run(
            lambda _progress: keyfile.unlock(data_dir, passphrase),
            parent=self,
            done=self._choose,
            failed=failed,
        )

    def _choose(self, key: object) -> None:
        choose = NewPassphrasePage(self.views)
        choose.set_intro(
            self.tr("Choose the new passphrase. The recovery key of your emergency sheet stays the same.")
        )
        choose.chosen.connect(lambda passphrase: self._change(key, passphrase, choose))
        self.views.show_view(choose)

    def _change(self, key: object, passphrase: str, page: NewPassphrasePage) -> None:
        from tandem_desktop.db import keyfile
        from tandem_desktop.db.cipher import DataKey

        assert isinstance(key, DataKey)
        data_dir = self._data_dir
        page.set_busy(True)

        def change(_progress: object) -> None:
            keyfile.change_passphrase(data_dir, key, passphrase)
            if keychain.stored_passphrase(data_dir) is not None:  # kept there: keep the new one instead
                keychain.remember(data_dir, passphrase)

        def failed(error: BaseException) -> bool:
            if isinstance(error, StoreError) and not isinstance(error, WrongPassphrase):
                page.show_problem(user_message(error))
                return True
            page.set_busy(False)
            return False

        runner().run(change, parent=self, done=lambda _none: self.accept(), failed=failed)

"""The lock: after some idle minutes (Settings; 10 by default), or when she asks (Ctrl+L, the File menu), the
window hides every piece of data behind the passphrase and the store forgets its key.

What she was doing stays as it was, in memory: the page she was on, an open form with what she typed in it
(hidden while locked, shown again after). Nothing is written to disk for the lock. A message box waiting for
an answer is cancelled instead. Work under way (a save, an
import) ends first: the store is closed once the runner is idle.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.shell.key_prompt import KeyPrompt
from tandem_desktop.gui.shell.opening import OpeningPage

if TYPE_CHECKING:
    from tandem_desktop.db.cipher import DataKey
    from tandem_desktop.gui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

DEFAULT_MINUTES = 10
# What counts as her being there: typing, clicking, moving the mouse or the wheel over the app's windows.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class ScreenLock(QObject):
    def __init__(self, window: MainWindow, minutes: int) -> None:
        super().__init__(window)
        self._window = window
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lock)
        self._hidden: list[QWidget] = []
        self._page: OpeningPage | None = None
        self._shown_before = 0
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def stop(self) -> None:
        """The window closes: no more idle minutes. (A timer still running when the window is destroyed, maybe
        by Python's garbage collector on the worker's thread, is a timer stopped from another thread.)"""
        self._idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @property
    def locked(self) -> bool:
        return self._page is not None

    def set_minutes(self, minutes: int) -> None:
        self._idle.setInterval(max(1, minutes) * 60_000)
        if not self.locked:
            self._idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.locked:
            self._idle.start()  # starts the idle minutes again
            # The lock's shortcut from a form open over the window too (a window-modal form blocks the
            # window's own shortcuts): she leaves the laptop in the middle of typing.
            if isinstance(event, QKeyEvent) and self._is_lock_shortcut(event):
                self.lock()
                return True
        return False

    def _is_lock_shortcut(self, event: QKeyEvent) -> bool:
        shortcut = self._window.lock_action.shortcut()
        return not shortcut.isEmpty() and QKeySequence(event.keyCombination()).matches(shortcut) == (
            QKeySequence.SequenceMatch.ExactMatch
        )

    def lock(self) -> None:
        if self.locked:
            return
        window = self._window
        log.info("the window is locked")
        self._idle.stop()
        # Forms open over the window are hidden, not closed: what is typed in them stays. A message or a file
        # dialog waits in a loop of its own: it is answered "cancel" (a question about unsaved changes then
        # keeps the form open) rather than shown again, stale, after the lock.
        self._hidden = []
        for widget in QApplication.topLevelWidgets():
            if widget is window or not widget.isVisible() or not widget.isWindow():
                continue
            if isinstance(widget, QMessageBox | QFileDialog):
                widget.reject()
            else:
                widget.hide()
                self._hidden.append(widget)
        page = OpeningPage(window.ui.pages)
        self._shown_before = window.ui.pages.currentIndex()
        window.ui.pages.addWidget(page)
        window.ui.pages.setCurrentWidget(page)
        window.show_locked(True)
        self._page = page
        prompt = KeyPrompt(window.store.data_dir, window, page, locking=True)
        prompt.unlocked.connect(self._unlock)
        prompt.failed.connect(window.show_error)
        prompt.start()
        if runner().busy:
            runner().busy_changed.connect(self._close_store_when_idle)
        else:
            window.store.forget_key()

    def _close_store_when_idle(self, busy: bool) -> None:
        if not busy and self.locked:
            runner().busy_changed.disconnect(self._close_store_when_idle)
            self._window.store.forget_key()

    def _unlock(self, key: DataKey) -> None:
        window = self._window
        if not window.store.take_key(key):
            log.warning("the passphrase opened another key file's key")
            return
        page, self._page = self._page, None
        assert page is not None
        window.ui.pages.setCurrentIndex(self._shown_before)
        window.ui.pages.removeWidget(page)
        page.deleteLater()
        window.show_locked(False)
        for widget in self._hidden:
            if shiboken6.isValid(widget):
                widget.show()
        self._hidden = []
        self._idle.start()
        log.info("the window is unlocked")

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tandem_desktop.db.store import Store, open_store
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.common.record_list_page import RecordListPage
from tandem_desktop.gui.shell.app import make_application
from tandem_desktop.gui.shell.language import Translators
from tandem_desktop.gui.shell.main_window import MainWindow
from tandem_desktop.gui.shell.preferences import Preferences
from tests.keys import test_key


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    return make_application()


@pytest.fixture(autouse=True)
def _no_work_left_running(qtbot: QtBot) -> Iterator[None]:
    """Work a test started ends within it: none runs on into the next test's store."""
    yield
    wait_until_idle(qtbot)


def wait_until_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not runner().busy, timeout=20_000)


@contextlib.contextmanager
def work_done(qtbot: QtBot, timeout: int = 10_000) -> Iterator[None]:
    """Wait, after the block, for the work it started (a save through the operation runner) to have ended,
    its changes shown and what follows it done."""
    with qtbot.waitSignal(runner().busy_changed, check_params_cb=lambda busy: not busy, timeout=timeout):
        yield


@pytest.fixture
def translators(app: QApplication) -> Iterator[Translators]:
    translators = Translators()
    translators.switch("nl")
    yield translators
    translators.switch("en")


@pytest.fixture
def open_window(qtbot: QtBot, data_dir: Path, translators: Translators) -> Iterator[Callable[[], MainWindow]]:
    """Opens the main window on the test's data folder as the app does; several in a row are allowed."""
    stores: list[Store] = []
    windows: list[MainWindow] = []

    def opener() -> MainWindow:
        while stores:  # the previous window's app has quit: its store is closed
            stores.pop().close()
        store = open_store(data_dir, test_key(data_dir))
        stores.append(store)
        preferences = Preferences(data_dir)
        translators.switch(preferences.language)
        window = MainWindow(store, preferences, translators)
        # Closed by this fixture, not by qtbot: pytest-qt closes its widgets before fixtures end, and a
        # form a test left open with changes would then ask "save?" with nobody to answer.
        windows.append(window)
        with qtbot.waitExposed(window):
            window.show()
        window.activateWindow()  # shortcuts (Ctrl+N, Ctrl+Z, ...) go to the active window only
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield opener
    wait_until_idle(qtbot)  # a window does not close on work under way
    for window in windows:
        for dialog in window.findChildren(QDialog):
            dialog.done(0)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    for store in stores:
        store.close()


def plain(text: str) -> str:
    """A text as it reads: without the invisible isolates placed around names (they keep any script in place)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def answer_next_message_box(button_text: str, seen: list[str]) -> None:
    """When the next modal message box appears, note its text and press the button labelled `button_text`."""

    tries = [
        500
    ]  # 5 s: a box that never comes must not be answered in a later test (it would close that one)

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(10, press)
            else:
                seen.append("no message box appeared")
            return
        seen.append(box.text() + "\n" + box.informativeText())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        # Close it all the same, so that a wrong label fails the test instead of hanging it.
        seen.append(f"no button {button_text!r} among {[b.text() for b in box.buttons()]}")
        box.reject()

    QTimer.singleShot(0, press)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts reach the active window only; offscreen, closing a dialog does not hand activation back."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def closed(widget: QWidget) -> bool:
    """Closed, and maybe deleted already: a form deletes itself once closed, and waiting for the list to be
    read again lets that happen."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def new_form(qtbot: QtBot, page: RecordListPage) -> Any:
    """Ctrl+N on a list page, as the coordinator types it; returns the new, active form."""
    activate(qtbot, page.window())
    page.search.setFocus()  # shown also on an empty page (where the table makes way for what to do first)
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.last_form
    assert form is not None and form.isVisible()
    activate(qtbot, form)
    return form


def leave_for_later(qtbot: QtBot, page: RecordListPage) -> str:
    """The next step offered after a save (the waiting list, say): Escape leaves it for later. Its text."""
    qtbot.waitUntil(lambda: page.last_question is not None and page.last_question.isVisible())
    box = page.last_question
    assert box is not None
    text = box.text() + "\n" + box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.last_question is None)
    return text


class FakeTranslator(QTranslator):
    """A few words of another language, so that retranslation is tested whatever the .ts file holds today."""

    def __init__(self, words: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.words = words

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.words.get((context, source))

    def isEmpty(self) -> bool:
        return False


@contextlib.contextmanager
def fake_translation(translators: Translators, words: dict[tuple[str, str], str]) -> Iterator[FakeTranslator]:
    """English underneath, the fake words over it, for the length of the block."""
    translators.switch("en")
    fake = FakeTranslator(words)
    QCoreApplication.installTranslator(fake)
    yield fake
    QCoreApplication.removeTranslator(fake)

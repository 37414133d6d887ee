"""Starting the GUI: application, translations, the store (with a way out when it fails), the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from tandem_desktop import APP_NAME, APP_SLUG, __version__
from tandem_desktop.gui.common.messages import set_log_file, show_failure
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.common.wheel_guard import install_wheel_guard
from tandem_desktop.gui.shell.fonts import register_fonts
from tandem_desktop.gui.shell.language import Translators
from tandem_desktop.gui.shell.opening import StoreOpening
from tandem_desktop.gui.shell.preferences import Preferences
from tandem_desktop.logs import setup_file_logging
from tandem_desktop.resource_files import resource_path

if TYPE_CHECKING:
    from tandem_desktop.db.store import Store

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_SLUG)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "tandem.svg"))))
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    register_fonts()  # Arabic and Ethiopic on the screens without fonts installed on the system
    install_wheel_guard(app)
    return app


def install_excepthook(log_file: Path | None) -> None:
    """An unexpected error goes to the log file and a plain message; never a traceback on screen."""
    set_log_file(log_file)

    def hook(_kind: type[BaseException], value: BaseException, _tb: TracebackType | None) -> None:
        # A fault with a name (a full disk while saving, a read-only file) gets its own message and way
        # out; the dialog it came from stays open with everything typed in it.
        show_failure(None, value)

    sys.excepthook = hook


def run_gui(
    data_dir: Path,
    on_shown: Callable[[QApplication], None] | None = None,
    on_window_shown: Callable[[QApplication], None] | None = None,
) -> int:
    """The window at once; the programme in it once its store is open (`on_window_shown`, then `on_shown`)."""
    app = make_application()
    # A folder that cannot be made is reported when the store is opened, in the chosen language.
    folder_usable = _can_create(data_dir)
    preferences = Preferences(data_dir)
    translators = Translators()
    translators.switch(preferences.language)
    install_excepthook(setup_file_logging(data_dir) if folder_usable else None)

    from tandem_desktop.gui.shell.main_window import MainWindow

    window = MainWindow(None, preferences, translators)
    window.show()
    if on_window_shown is not None:
        QTimer.singleShot(0, lambda: on_window_shown(app))
    assert window.opening is not None, "a window made without a store shows the opening page"
    opening = StoreOpening(data_dir, window, window.opening)
    opened: list[Store] = []

    def attach(store: object) -> None:
        from tandem_desktop.db.store import Store
        from tandem_desktop.gui.team.auto_sync import sync_in_background

        assert isinstance(store, Store)
        opened.append(store)
        window.attach(store)
        for warning in store.warnings:
            QTimer.singleShot(0, lambda warning=warning: window.show_error(warning))
        QTimer.singleShot(0, lambda: sync_in_background(window, store))  # a laptop in a team syncs at start
        if on_shown is not None:
            QTimer.singleShot(0, lambda: on_shown(app))

    opening.opened.connect(attach)
    opening.given_up.connect(lambda: app.exit(1))
    QTimer.singleShot(0, opening.start)  # once the window is painted
    try:
        return app.exec()
    finally:
        runner().wait_until_idle()
        for store in opened:
            store.close()


def _can_create(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return True

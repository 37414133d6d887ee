"""Starting the GUI: application, translations, the store (with a way out when it fails), the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from tandem_desktop import APP_NAME, APP_SLUG, __version__
from tandem_desktop.db.errors import StoreError
from tandem_desktop.db.store import Store, open_store
from tandem_desktop.gui.common.messages import set_log_file, show_failure
from tandem_desktop.gui.common.wheel_guard import install_wheel_guard
from tandem_desktop.gui.shell.fonts import register_fonts
from tandem_desktop.gui.shell.language import Translators
from tandem_desktop.gui.shell.preferences import Preferences
from tandem_desktop.gui.shell.startup import offer_way_out
from tandem_desktop.logs import setup_file_logging
from tandem_desktop.resource_files import resource_path

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


def open_store_interactively(data_dir: Path) -> Store | None:
    """Open the store; on a fault say what it is and offer its way out; None when the user quits."""
    while True:
        try:
            return open_store(data_dir)
        except StoreError as exc:
            log.warning("cannot open the store: %s", type(exc).__name__)
            if not offer_way_out(exc, data_dir):
                return None


def run_gui(data_dir: Path, on_shown: Callable[[QApplication], None] | None = None) -> int:
    app = make_application()
    # A folder that cannot be made is reported by open_store below, in the chosen language.
    folder_usable = _can_create(data_dir)
    preferences = Preferences(data_dir)
    translators = Translators()
    translators.switch(preferences.language)
    install_excepthook(setup_file_logging(data_dir) if folder_usable else None)

    store = open_store_interactively(data_dir)
    if store is None:
        return 1
    from tandem_desktop.gui.shell.main_window import MainWindow

    window = MainWindow(store, preferences, translators)
    window.show()
    for warning in store.warnings:
        QTimer.singleShot(0, lambda warning=warning: window.show_error(warning))
    if on_shown is not None:
        QTimer.singleShot(0, lambda: on_shown(app))
    try:
        return app.exec()
    finally:
        store.close()


def _can_create(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return True

"""Showing errors raised below the GUI: translated template, then the parameters."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from tandem_desktop import APP_NAME
from tandem_desktop.logs import failure_details
from tandem_desktop.messages import UserFacingError

log = logging.getLogger(__name__)


def user_message(error: UserFacingError) -> str:
    from tandem_desktop.core.bidi import left_to_right

    params = {name: _shown(value) for name, value in error.params.items()}
    # A message may begin with a name (an Arabic one would turn the whole line): it reads as the UI does.
    return left_to_right(QCoreApplication.translate(error.context, error.template).format(**params))


def _shown(value: object) -> object:
    """A parameter as the sentence shows it: a date the user's way (5/12/2026, where the CLI prints ISO dates),
    a status by its label in the user's language, a text (a name) as an isolate that cannot turn the sentence."""
    # Imported here: the messages of start-up are shown before the database layer has loaded.
    from tandem_desktop.core.bidi import isolate
    from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus, TrajectoryStatus
    from tandem_desktop.gui.common.labels import status_label

    if isinstance(value, dt.date):
        # PySide6 converts a date (a datetime, with its time) itself; its stubs take only QDate and QDateTime.
        return QLocale().toString(value, QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]
    if isinstance(value, FamilyStatus | BuddyStatus | TrajectoryStatus):
        return status_label(value)
    if isinstance(value, str):
        return isolate(value)
    return value


# The log file an unexpected error points to; set once logging is set up (shell/app.py).
_log_file: Path | None = None


def set_log_file(path: Path | None) -> None:
    global _log_file
    _log_file = path


def show_failure(parent: QWidget | None, error: BaseException) -> None:
    """The app's one way to tell of a failure: a fault with a name (a full disk, a rule the programme
    keeps) in its own words with its way out; anything else as a plain message pointing to the log,
    never a traceback. The details go to the log here, without the data (ids and error kinds only)."""
    if isinstance(error, UserFacingError):
        log.warning("%s while working", type(error).__name__)
        QMessageBox.warning(parent, APP_NAME, user_message(error))
        return
    log.error("unexpected error\n%s", failure_details(error))
    where = str(_log_file) if _log_file else QCoreApplication.translate("app", "the log")
    QMessageBox.critical(
        parent,
        APP_NAME,
        QCoreApplication.translate(
            "app",
            "Something went wrong. What you saved is safe. If it happens again, send the file %1 "
            "to the person who supports Tandem Desktop.",
        ).replace("%1", where),
    )

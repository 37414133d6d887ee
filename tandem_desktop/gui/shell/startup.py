"""When the store cannot be opened at start: say why in plain words and offer the right way out.

Only a database that is damaged, empty or missing is offered a backup; a full disk, a read-only folder or
a database in use by another program is offered "Try again" once she has freed space, got access or
closed that program. Restoring over a healthy file for those would hide the programme behind an older copy.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from tandem_desktop import APP_NAME, paths
from tandem_desktop.db import backups
from tandem_desktop.db.errors import AlreadyRunning, DatabaseEmpty, StoreError
from tandem_desktop.db.way_out import Choice, WayOut
from tandem_desktop.gui.common.messages import user_message

log = logging.getLogger(__name__)


def offer_way_out(error: StoreError, data_dir: Path, parent: QWidget | None = None) -> Choice:
    """Show the problem and ask for the way out. The way is taken by the caller, as an operation: a restore
    copies a whole database, which must not freeze the window."""
    box = QMessageBox(parent)
    box.setObjectName("startupProblem")
    box.setWindowTitle(APP_NAME)
    if error.offers_restore:
        box.setIcon(QMessageBox.Icon.Critical)
    elif isinstance(error, AlreadyRunning):
        box.setIcon(QMessageBox.Icon.Information)
    else:
        box.setIcon(QMessageBox.Icon.Warning)
    box.setText(user_message(error))
    problems = getattr(error, "problems", None)
    if problems:
        box.setDetailedText("\n".join(problems))
    restore_button: QAbstractButton | None = None
    new_button: QAbstractButton | None = None
    retry_button: QAbstractButton | None = None
    latest = backups.latest_backup(paths.backup_dir(data_dir)) if error.offers_restore else None
    if error.offers_restore:
        if latest is not None:
            taken = backups.backup_time(latest)
            when = taken.astimezone().strftime("%Y-%m-%d %H:%M") if taken else latest.name
            box.setInformativeText(
                QCoreApplication.translate(
                    "startup", "The latest backup is from %1. Restoring it keeps the damaged file beside it."
                ).replace("%1", when)
            )
            restore_button = box.addButton(
                QCoreApplication.translate("startup", "Restore the latest backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        elif isinstance(error, DatabaseEmpty):
            # Nothing to lose: an empty file holds nothing, and it is kept aside, not deleted.
            box.setInformativeText(
                QCoreApplication.translate(
                    "startup",
                    "There is no backup in %1. If this folder never held a programme, you can start a new "
                    "one here; the empty file is kept beside it.",
                ).replace("%1", str(paths.backup_dir(data_dir)))
            )
            new_button = box.addButton(
                QCoreApplication.translate("startup", "Start a new, empty programme"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        else:
            box.setInformativeText(
                QCoreApplication.translate(
                    "startup", "There is no backup in %1. Ask for help before you do anything else."
                ).replace("%1", str(paths.backup_dir(data_dir)))
            )
    elif error.can_retry:
        retry_button = box.addButton(
            QCoreApplication.translate("startup", "Try again"), QMessageBox.ButtonRole.AcceptRole
        )
    box.addButton(QCoreApplication.translate("startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None and clicked is retry_button:
        return Choice(WayOut.RETRY)
    if clicked is not None and clicked is new_button:
        return Choice(WayOut.START_NEW)
    if clicked is not None and clicked is restore_button and latest is not None:
        return Choice(WayOut.RESTORE, latest)
    return Choice(WayOut.QUIT)

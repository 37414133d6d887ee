"""When the store cannot be opened at start: say why in plain words and offer the right way out.

Only a database that is damaged, empty or missing is offered a backup; a full disk, a read-only folder or
a database in use by another program is offered "Try again" once she has freed space, got access or
closed that program. Restoring over a healthy file for those would hide the programme behind an older copy.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from tandem_desktop import APP_NAME, paths
from tandem_desktop.db import backups
from tandem_desktop.db.errors import AlreadyRunning, DatabaseEmpty, StoreError
from tandem_desktop.db.lock import InstanceLock
from tandem_desktop.db.restore import restore_backup
from tandem_desktop.gui.common.messages import user_message
from tandem_desktop.messages import UserFacingError

log = logging.getLogger(__name__)


def offer_way_out(error: StoreError, data_dir: Path, parent: QWidget | None = None) -> bool:
    """Show the problem. Returns True when a retry makes sense: a backup was restored, an empty file was
    put aside for a new programme, or she asked to try again after fixing the cause."""
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
    if clicked is None:
        return False
    if clicked is retry_button:
        return True
    if clicked is new_button:
        return _put_empty_file_aside(data_dir, parent)
    if clicked is restore_button and latest is not None:
        return _restore(latest, data_dir, parent)
    return False


def _put_empty_file_aside(data_dir: Path, parent: QWidget | None) -> bool:
    database = paths.database_path(data_dir)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    try:
        database.replace(database.with_name(f"{database.name}.empty-{stamp}"))
    except OSError as exc:
        log.error("could not put the empty database aside: %s", exc.strerror)
        QMessageBox.critical(parent, APP_NAME, exc.strerror or str(exc))
        return False
    return True


def _restore(backup: Path, data_dir: Path, parent: QWidget | None) -> bool:
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
        try:
            restore_backup(backup, paths.database_path(data_dir), paths.backup_dir(data_dir))
        finally:
            lock.release()
    except UserFacingError as exc:
        log.error("restore of %s failed: %s", backup.name, type(exc).__name__)
        QMessageBox.critical(parent, APP_NAME, user_message(exc))
        return False
    return True

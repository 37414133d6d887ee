"""When the store cannot be opened at start: say why in plain words and offer the way out."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tandem_desktop import APP_NAME, paths
from tandem_desktop.db import backups
from tandem_desktop.db.errors import AlreadyRunning, DatabaseDamaged, StoreError
from tandem_desktop.db.lock import InstanceLock
from tandem_desktop.db.restore import restore_backup
from tandem_desktop.gui.messages import user_message
from tandem_desktop.messages import UserFacingError

log = logging.getLogger(__name__)


def offer_way_out(error: StoreError, data_dir: Path, parent: QWidget | None = None) -> bool:
    """Show the problem. Returns True when the user fixed it (a backup was restored) and a retry makes sense."""
    box = QMessageBox(parent)
    box.setObjectName("startupProblem")
    box.setWindowTitle(APP_NAME)
    if isinstance(error, DatabaseDamaged):
        box.setIcon(QMessageBox.Icon.Critical)
    elif isinstance(error, AlreadyRunning):
        box.setIcon(QMessageBox.Icon.Information)
    else:
        box.setIcon(QMessageBox.Icon.Warning)
    box.setText(user_message(error))
    restore_button = None
    latest = backups.latest_backup(paths.backup_dir(data_dir)) if isinstance(error, DatabaseDamaged) else None
    if isinstance(error, DatabaseDamaged):
        box.setDetailedText("\n".join(error.problems))
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
        else:
            box.setInformativeText(
                QCoreApplication.translate(
                    "startup", "There is no backup in %1. Ask for help before you do anything else."
                ).replace("%1", str(paths.backup_dir(data_dir)))
            )
    box.addButton(QCoreApplication.translate("startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore_button is None or box.clickedButton() is not restore_button or latest is None:
        return False
    return _restore(latest, data_dir, parent)


def _restore(backup: Path, data_dir: Path, parent: QWidget | None) -> bool:
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
        try:
            restore_backup(backup, paths.database_path(data_dir), paths.backup_dir(data_dir))
        finally:
            lock.release()
    except UserFacingError as exc:
        log.error("restore of %s failed: %s", backup, exc.message)
        QMessageBox.critical(parent, APP_NAME, user_message(exc))
        return False
    return True

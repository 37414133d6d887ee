"""A laptop in a team syncs by itself at start and at close, when the team folder can be reached (docs/team.md):
as an operation, never in the way. What it found is said in the status bar; a folder out of reach is no fault
at those moments (the laptop works offline), only a line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMainWindow

from tandem_desktop.core.team import TeamSync, sync_with_team
from tandem_desktop.db.cipher import Unsealable
from tandem_desktop.db.store import Store
from tandem_desktop.db.team import folder as team_folder
from tandem_desktop.db.team import sync
from tandem_desktop.gui.common.operations import runner


def _membership(store: Store) -> sync.Membership | None:
    if store.key is None:  # locked
        return None
    try:
        return sync.read_membership(store.data_dir, store.data_key)
    except (OSError, ValueError, Unsealable):
        return None


def sync_in_background(window: QMainWindow, store: Store, then: Callable[[], object] | None = None) -> bool:
    """Start a sync when this laptop is in a team; False when it is not (nothing started). `then` runs once the
    sync has ended, however it ended."""
    membership = _membership(store)
    if membership is None:
        return False

    def end(text: str) -> None:
        window.statusBar().showMessage(text, 15000)
        if then is not None:
            QTimer.singleShot(0, then)  # once the operation has ended (closing waits for work under way)

    def done(checked: object) -> None:
        assert isinstance(checked, TeamSync)
        if checked.report.conflicts or checked.new_problems:
            end(
                QCoreApplication.translate(
                    "TeamSync", "Synchronised with the team: something to review under Team."
                )
            )
        else:
            end(QCoreApplication.translate("TeamSync", "Synchronised with the team."))

    def failed(error: BaseException) -> bool:
        if isinstance(error, team_folder.TeamFolderError) and error.kind == "new_code":
            end(QCoreApplication.translate("TeamSync", "The team has a new team code: enter it under Team."))
        elif isinstance(error, team_folder.TeamFolderError | OSError):
            end(
                QCoreApplication.translate(
                    "TeamSync", "Not synchronised with the team: the team folder cannot be reached now."
                )
            )
        elif isinstance(error, sync.SyncFailed):
            end(
                QCoreApplication.translate("TeamSync", "The sync with the team stopped; nothing was changed.")
            )
        else:
            return False
        return True

    runner().run(
        lambda _progress: sync_with_team(store, membership),
        parent=window,
        done=done,
        failed=failed,
        progress=QCoreApplication.translate("TeamSync", "Synchronising with the team…") if then else None,
    )
    return True

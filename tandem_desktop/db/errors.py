"""What can go wrong with the store, each with a message the coordinator can act on."""

from __future__ import annotations

from tandem_desktop.messages import QT_TRANSLATE_NOOP, UserFacingError


class StoreError(UserFacingError):
    context = "store"


class DataFolderUnusable(StoreError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The data folder {path} cannot be used: {reason}. Choose another folder or free some space.",
            ),
            path=path,
            reason=reason,
        )


class DataFolderReadOnly(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The data folder {path} is read-only, so nothing could be saved. Choose a folder you can write in.",
            ),
            path=path,
        )


class AlreadyRunning(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "Tandem Desktop is already open with the data in {path}. Switch to that window, "
                "or close it before starting again.",
            ),
            path=path,
        )


class DatabaseDamaged(StoreError):
    def __init__(self, path: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The database {path} is damaged and cannot be opened safely. Nothing has been changed. "
                "Restore the latest backup to continue.",
            ),
            path=path,
        )


class DatabaseTooNew(StoreError):
    def __init__(self, path: str, revision: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The database {path} was made by a newer version of Tandem Desktop (schema {revision}). "
                "Install the newer version to open it; this version will not change it.",
            ),
            path=path,
            revision=revision,
        )


class NotATandemDatabase(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("store", "The file {path} is not a Tandem Desktop database."),
            path=path,
        )


class BackupFailed(StoreError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("store", "The backup to {path} failed: {reason}."),
            path=path,
            reason=reason,
        )

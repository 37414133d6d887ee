"""What can go wrong with the store, each with a message the coordinator can act on."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .values import BadValue

from tandem_desktop.messages import QT_TRANSLATE_NOOP, UserFacingError


class StoreError(UserFacingError):
    context = "store"
    # Only a database that is really damaged, empty or missing is a reason to restore a backup: following
    # that advice for a full disk or a read-only folder would put an older copy in place of a healthy file.
    offers_restore = False
    # A fault of the surroundings (space, permissions, another program) that may be gone at the next try.
    can_retry = False


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
    can_retry = True

    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The data folder {path} is read-only for you, so nothing can be saved. Ask the person who "
                "manages this computer for write access to it, or choose a folder you can write in.",
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
    offers_restore = True

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


class DiskFull(StoreError):
    can_retry = True

    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The disk that holds {path} is full, so Tandem Desktop could not write to it. Nothing that "
                "was saved before is lost. Free some space on the disk (empty the recycle bin, move large files), "
                "then try again.",
            ),
            path=path,
        )


class DiskError(StoreError):
    can_retry = True

    def __init__(self, path: str, kind: str, code: int | None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The disk reported an error while reading or writing {path} ({kind}, code {code}). "
                "Nothing that was saved before is lost. Check that the disk or USB stick is still "
                "connected, then try again.",
            ),
            path=path,
            kind=kind,
            code=code,
        )


class DatabaseReadOnly(StoreError):
    can_retry = True

    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The database {path} is read-only for you, so nothing can be saved. Ask the person who "
                "manages this computer for write access to the file, then try again.",
            ),
            path=path,
        )


class DatabaseBusy(StoreError):
    can_retry = True

    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The database {path} is in use by another program (a backup or sync program, or a "
                "database tool). Close that program, then try again. Nothing has been lost.",
            ),
            path=path,
        )


class DatabaseEmpty(StoreError):
    offers_restore = True

    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The database {path} is empty (0 bytes). This happens after an incomplete copy, or when a "
                "sync program has not downloaded the file yet. Nothing has been changed; it is not taken "
                "for a new programme.",
            ),
            path=path,
        )


class DatabaseMissing(StoreError):
    offers_restore = True

    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The database {path} is missing, but the data folder holds backups or signed agreements "
                "of a programme. Nothing has been changed; it is not taken for a new programme.",
            ),
            path=path,
        )


class NotEnoughSpace(StoreError):
    can_retry = True

    def __init__(self, path: str, needed_mb: int, free_mb: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "There is not enough free space on the disk that holds {path}: this needs about "
                "{needed_mb} MB and {free_mb} MB is free. Nothing has been changed. Free some space, "
                "then try again.",
            ),
            path=path,
            needed_mb=needed_mb,
            free_mb=free_mb,
        )


class ClockSetBack(StoreError):
    """Not a failure: said once at start, so that she sets the clock right."""

    def __init__(self, now: dt.datetime, newest: dt.datetime) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The computer's clock says {now}, but changes were saved up to {newest}. The clock may have "
                "been set back (for example after the battery ran empty). Set the right date and time in "
                "the computer's settings. Until then, Tandem Desktop takes {newest} as today; nothing is "
                "lost.",
            ),
            now=now.astimezone().date(),
            newest=newest.astimezone().date(),
        )


class RecordsSetAside(StoreError):
    """Not a failure: the rest of the programme opens; these records wait for repair."""

    def __init__(self, bad: list[BadValue]) -> None:
        self.problems = [value.describe() for value in bad]
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "{count} value(s) in the database cannot be read by this version of Tandem Desktop (for example "
                "a status it does not know). The records that hold them are set aside: they are not shown "
                "until they are repaired, and nothing has been changed or deleted. Ask the person who "
                "supports Tandem Desktop to run “tandem-desktop check”, which names each record and field.",
            ),
            count=len(bad),
        )


class KeyFileMissing(StoreError):
    """The database is encrypted but the key file that opens it is gone (and its copy in the backups)."""

    can_retry = True  # once the file is put back

    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The key file {path} is missing, and without it the data cannot be read. Put back the file "
                "tandem.key from a copy of this data folder; the passphrase and the recovery key open it.",
            ),
            path=path,
        )


class KeyFileDamaged(StoreError):
    can_retry = True  # once the file is put back

    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The key file {path} is damaged, and so is its copy in the backups folder. Put back the file "
                "tandem.key from a copy of this data folder; the passphrase and the recovery key open it.",
            ),
            path=path,
        )


class WrongPassphrase(StoreError):
    can_retry = True

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "This passphrase does not open the data. Check the keyboard's language and Caps Lock, and try "
                "again; if it is lost, use the recovery key of the emergency sheet.",
            )
        )


class WrongRecoveryKey(StoreError):
    can_retry = True

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "This is not the recovery key of this data folder. It has eight groups of four letters and "
                "digits, as printed on the emergency sheet; check each group and try again.",
            )
        )


class NoPassphrase(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The data is encrypted and no passphrase was given: use --passphrase-file FILE (the passphrase "
                "on its first line), keep it in the system's keychain, or run the command in a terminal.",
            )
        )


class NotThisFoldersKey(StoreError):
    """A database file that the data key does not open: damaged, or encrypted for another data folder."""

    offers_restore = True

    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store",
                "The database {path} cannot be read with this data folder's key: it is damaged, or it comes "
                "from another data folder. Nothing has been changed. Restore the latest backup to continue.",
            ),
            path=path,
        )


class StoreLocked(StoreError):
    """Something reached for the store while the window is locked (its key forgotten)."""

    can_retry = True

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "store", "Tandem Desktop is locked. Type the passphrase to go on where you were."
            )
        )

"""The files the programme keeps (scans of signed agreements, the logo), in the encrypted database.

An earlier version kept them as plain files in the data folder; `take_in_plain_files` moves each one a record
names into the database at the opening, then deletes the plain file. A path a record names but no file holds
(a record imported from another folder, a file deleted by hand) is simply not there: `read` gives None.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from sqlmodel import Session, select

from tandem_desktop import paths

from .models import Agreement, KeptFile, ProgrammeSettings

log = logging.getLogger(__name__)

# The folder of an earlier version's scans, in the data folder.
SCAN_FOLDER = "agreements"


def keep(session: Session, path: str, content: bytes) -> None:
    """Keep `content` under `path` (replacing what was kept there), in the caller's transaction."""
    kept = session.get(KeptFile, path) or KeptFile(path=path, content=content)
    kept.content = content
    session.add(kept)


def read(session: Session, path: str | None) -> bytes | None:
    if not path:
        return None
    kept = session.get(KeptFile, path)
    return None if kept is None else kept.content


def forget(session: Session, path: str) -> None:
    kept = session.get(KeptFile, path)
    if kept is not None:
        session.delete(kept)


def _plain_files(data_dir: Path) -> list[Path]:
    """The files an earlier version kept: every file under agreements/, and logo.*."""
    return [
        path
        for path in [*(data_dir / SCAN_FOLDER).rglob("*"), *data_dir.glob("logo.*")]
        if path.is_file() and not path.is_symlink()
    ]


def plain_files_present(data_dir: Path) -> bool:
    """Whether an earlier version's files are still there (a cheap look, at every opening, before a query)."""
    return bool(_plain_files(data_dir))


def take_in_plain_files(session: Session, data_dir: Path) -> list[Path]:
    """Keep in the database every plain file an earlier version kept in the data folder: the files records name,
    and every other file under agreements/ and any logo.* (a scan whose agreement was deleted is still a scan of
    a family's signed paper). Returns the files to delete once the transaction is committed. A path that points
    out of the data folder, or a link, is never read."""
    named = [path for path in session.exec(select(Agreement.scan_path)) if path]
    named += [path for path in session.exec(select(ProgrammeSettings.logo_path)) if path]
    found = {path.relative_to(data_dir).as_posix() for path in _plain_files(data_dir)}
    taken = []
    for stored in dict.fromkeys([*named, *sorted(found)]):
        path = paths.inside_data_dir(data_dir, stored)
        if path is None or not path.is_file() or path.is_symlink():
            continue
        if session.get(KeptFile, stored) is None:
            keep(session, stored, path.read_bytes())
        taken.append(path)
    return taken


def delete_plain_files(data_dir: Path, files: list[Path]) -> None:
    """Delete the plain files now kept in the database, and the scans' folders they leave empty."""
    for path in files:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not delete a plain file now kept encrypted: %s", type(exc).__name__)
    scans = data_dir / SCAN_FOLDER
    if scans.is_dir():
        for folder in sorted(scans.rglob("*"), reverse=True):
            if folder.is_dir():
                with contextlib.suppress(OSError):
                    folder.rmdir()  # only when empty
        with contextlib.suppress(OSError):
            scans.rmdir()

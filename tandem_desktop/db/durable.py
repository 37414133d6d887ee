"""Writing a small file the app cannot afford to lose or find half written (a key file, a team folder's files):
whole or not at all, and on the disk before it returns."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def write_durably(path: Path, data: bytes) -> None:
    """`data` into a hidden partial file beside `path` (a file-syncing client in a shared folder skips it), synced,
    then renamed into place, the folder synced too; on failure nothing is left behind and an earlier `path` stays."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.part-{secrets.token_hex(4)}")
    try:
        with part.open("wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(part, path)
    except OSError:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        raise
    if os.name != "nt":  # the rename itself is durable once the folder is synced
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

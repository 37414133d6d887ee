"""Writing a user's file (a report, an agreement, a kept scan): whole or not at all."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path


def _whole(path: Path, write: Callable[[Path], None]) -> None:
    """`write` into a partial file beside `path`, then put it in place; on failure nothing is left behind and
    an earlier file at `path` stays as it was (a full disk, a folder that cannot be written)."""
    part = path.with_name(f".{path.name}.part")
    try:
        write(part)
        os.replace(part, path)
    except OSError:
        with contextlib.suppress(OSError):  # a folder that does not exist has no partial file either
            part.unlink(missing_ok=True)
        raise


def write_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all."""
    _whole(path, lambda part: part.write_bytes(data))


def copy_file(source: Path, path: Path) -> None:
    """Copy `source` to `path` whole or not at all (streamed: a scan may be large)."""
    _whole(path, lambda part: shutil.copyfile(source, part))

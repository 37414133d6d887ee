"""Writing a user's file (a report, an agreement, a kept scan): whole or not at all."""

from __future__ import annotations

import contextlib
import os
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path

from tandem_desktop.core.bidi import without_reordering


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


# Characters no file name may hold on one of the systems the app runs on (Windows is the strictest).
_NOT_IN_FILE_NAMES = frozenset('<>:"/\\|?*')


def file_name_part(text: str, limit: int = 80) -> str:
    """A user's value (a family's name) made fit to be part of a proposed file name: no character that
    reorders the name (U+202E would show "Karen Test.pdf" as "…fdp.tseT neraK", hiding the extension), no
    control or invisible format character, no character a file system refuses, single spaces, at most
    `limit` characters, no dot or space at either end."""
    kept = []
    for char in without_reordering(text):
        category = unicodedata.category(char)
        if char in _NOT_IN_FILE_NAMES or category in ("Cc", "Zl", "Zp"):
            kept.append(" ")
        elif category == "Cf" and char not in "\u200c\u200d":  # the joiners are part of the spelling
            continue
        else:
            kept.append(char)
    return " ".join("".join(kept).split())[:limit].strip(" .")

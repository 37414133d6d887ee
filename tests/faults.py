"""Real faults for the fault suite: a small disk to fill, a user who is not root, a process to kill.

Root ignores file permissions and can mount file systems, so the suite runs its permission cases as the
`nobody` user in a forked child, and fills a small tmpfs for a full disk. Without root these cases are
skipped on a developer's laptop, but CI runs as root and must never skip them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pickle
import subprocess
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

NOBODY = 65534
# Modules the standard library imports lazily, loaded now: the child running as `nobody` cannot read them.
dt.datetime.strptime("2000", "%Y")


def need_root() -> None:
    if os.geteuid() == 0:
        return
    if os.environ.get("CI"):
        pytest.fail("the fault suite needs root in CI (a tmpfs to fill, a user who is not root)")
    pytest.skip("needs root (a tmpfs to fill, a user who is not root); CI runs it")


@contextlib.contextmanager
def small_disk(size: str = "6M") -> Iterator[Path]:
    """A tmpfs of `size`, readable by everyone, unmounted afterwards."""
    need_root()
    folder = Path(tempfile.mkdtemp(prefix="tandem-small-disk-"))
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.rmdir()


def fill(disk: Path) -> Path:
    """Fill the disk to the last byte; returns the file to remove to free it again."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        for size in (1 << 16, 512, 1):  # big chunks, then the last bytes
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * size):
                    pass
    finally:
        os.close(fd)
    return filler


def shared_folder() -> Path:
    """A folder `nobody` can reach (pytest's own tmp folders are root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="tandem-fault-"))
    folder.chmod(0o777)
    return folder


def give_to_nobody(path: Path) -> None:
    for root, dirs, files in os.walk(path):
        for name in [*dirs, *files]:
            os.chown(Path(root) / name, NOBODY, NOBODY)
    os.chown(path, NOBODY, NOBODY)


def as_nobody(work: Callable[[], Any]) -> Any:
    """Run `work` in a forked child as `nobody` and return its result (or raise its exception's text).

    A fork rather than a new interpreter: `nobody` cannot read the Python installation under /root, but
    a forked child has everything it imported already.
    """
    need_root()
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(reader)
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            result: Any = ("ok", work())
        except BaseException as exc:  # handed to the parent, which fails the test with it
            result = ("error", type(exc).__name__, getattr(exc, "message", str(exc)), traceback.format_exc())
        with os.fdopen(writer, "wb") as out:
            pickle.dump(result, out)
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as incoming:
        data = incoming.read()
    os.waitpid(pid, 0)
    outcome = pickle.loads(data)
    if outcome[0] == "error":
        raise ChildFailed(*outcome[1:])
    return outcome[1]


class ChildFailed(Exception):
    def __init__(self, kind: str, message: str, trace: str) -> None:
        super().__init__(f"{kind}: {message}\n{trace}")
        self.kind = kind
        self.message = message

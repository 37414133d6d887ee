"""How long work reports how far it is, and learns that the user cancelled it.

A service that may take seconds (a demo, an import, a report, later re-encryption) takes a `Progress` and
calls it between steps. The GUI's operation runner passes one that shows the figures and raises `Cancelled`
once the user has cancelled; the work's transaction then rolls back, so nothing is left half done. The CLI
and the tests pass `NO_PROGRESS`.
"""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """The user cancelled the work; raised from a `Progress` call, inside the work's transaction."""


class Progress(Protocol):
    def __call__(self, done: int, total: int) -> None: ...


def no_progress(done: int, total: int) -> None:
    """For callers without a progress display: the work just runs."""


NO_PROGRESS: Progress = no_progress

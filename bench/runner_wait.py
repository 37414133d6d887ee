"""Waiting, in a benchmark, for the work a page started (its rows read as an operation) to end, as the app's own
event loop waits: idle, so that the worker is not held back (a loop of processEvents would compete with it)."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop


def until_idle() -> None:
    from tandem_desktop.gui.common.operations import runner

    if runner().busy:
        loop = QEventLoop()
        runner().busy_changed.connect(loop.quit)
        loop.exec()
        runner().busy_changed.disconnect(loop.quit)

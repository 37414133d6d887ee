"""Closing a form or dialog that holds changes not saved yet: one question, the same everywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def may_close(parent: QWidget, has_changes: bool, text: str, save: Callable[[], bool]) -> bool:
    """Save, discard or stay (Save is the default). True when the window may close now: nothing to lose, the
    changes discarded, or `save` succeeded and says it may (a form that closes itself on saving says False)."""
    if not has_changes:
        return True
    answer = QMessageBox.question(
        parent,
        parent.windowTitle(),
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return save()
    return answer == QMessageBox.StandardButton.Discard

"""Showing errors raised below the GUI: translated template, then the parameters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tandem_desktop.messages import UserFacingError


def user_message(error: UserFacingError) -> str:
    return QCoreApplication.translate(error.context, error.template).format(**error.params)

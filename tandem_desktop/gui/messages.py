"""Showing errors raised below the GUI: translated template, then the parameters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from tandem_desktop.core.bidi import isolate, left_to_right
from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus, TrajectoryStatus
from tandem_desktop.gui.labels import status_label
from tandem_desktop.messages import UserFacingError


def user_message(error: UserFacingError) -> str:
    params = {name: _shown(value) for name, value in error.params.items()}
    # A message may begin with a name (an Arabic one would turn the whole line): it reads as the UI does.
    return left_to_right(QCoreApplication.translate(error.context, error.template).format(**params))


def _shown(value: object) -> object:
    """A parameter as the sentence shows it: a date the user's way (5/12/2026, where the CLI prints ISO dates),
    a status by its label in the user's language, a text (a name) as an isolate that cannot turn the sentence."""
    if isinstance(value, dt.date):
        return QLocale().toString(value, QLocale.FormatType.ShortFormat)
    if isinstance(value, FamilyStatus | BuddyStatus | TrajectoryStatus):
        return status_label(value)
    if isinstance(value, str):
        return isolate(value)
    return value

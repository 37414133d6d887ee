"""Showing errors raised below the GUI: translated template, then the parameters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from tandem_desktop.messages import UserFacingError


def user_message(error: UserFacingError) -> str:
    # Dates in the user's own way of writing them (5/12/2026), where the CLI prints them as ISO dates.
    params = {
        name: QLocale().toString(value, QLocale.FormatType.ShortFormat)
        if isinstance(value, dt.date)
        else value
        for name, value in error.params.items()
    }
    return QCoreApplication.translate(error.context, error.template).format(**params)

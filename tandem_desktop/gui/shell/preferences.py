"""The user's preferences (language, window geometry, the lock's idle minutes), kept in an INI file in the data folder.

In the data folder rather than the system's settings store: the coordinator's whole working state
moves with one folder, and tests that point the data folder elsewhere never touch a real profile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from tandem_desktop.paths import PREFERENCES_NAME

DEFAULT_LANGUAGE = "nl"
DEFAULT_LOCK_MINUTES = 10
LOCK_MINUTES_RANGE = (1, 120)


class Preferences:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir  # the programme's folder, also before its store is open
        self._settings = QSettings(str(data_dir / PREFERENCES_NAME), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = self._settings.value("ui/language", DEFAULT_LANGUAGE)
        return str(value) if value else DEFAULT_LANGUAGE

    @language.setter
    def language(self, code: str) -> None:
        self._settings.setValue("ui/language", code)

    @property
    def lock_minutes(self) -> int:
        """Idle minutes before the window locks itself (shell/screen_lock.py)."""
        try:
            minutes = int(str(self._settings.value("security/lock_minutes", DEFAULT_LOCK_MINUTES)))
        except ValueError:  # edited by hand
            return DEFAULT_LOCK_MINUTES
        low, high = LOCK_MINUTES_RANGE
        return min(max(minutes, low), high)

    @lock_minutes.setter
    def lock_minutes(self, minutes: int) -> None:
        self._settings.setValue("security/lock_minutes", minutes)

    def geometry(self, key: str) -> QByteArray | None:
        value = self._settings.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"geometry/{key}", value)

    def sync(self) -> None:
        self._settings.sync()

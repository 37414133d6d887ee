"""The user's preferences (language, window geometry), kept in an INI file in the data folder.

In the data folder rather than the system's settings store: the coordinator's whole working state
moves with one folder, and tests that point the data folder elsewhere never touch a real profile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from tandem_desktop.paths import PREFERENCES_NAME

DEFAULT_LANGUAGE = "nl"


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

    def geometry(self, key: str) -> QByteArray | None:
        value = self._settings.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"geometry/{key}", value)

    def sync(self) -> None:
        self._settings.sync()

"""Switching the interface language: our own translations plus Qt's (standard buttons and dialogs)."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tandem_desktop.resource_files import resource_path

# The source strings are English; Dutch (nl-BE) is the default.
LANGUAGES = {"nl": "Nederlands", "en": "English"}
_LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium),
    # English words, Belgian dates (26/11/2026), as the coordinator's colleagues write them.
    "en": QLocale(QLocale.Language.English, QLocale.Country.Belgium),
}


class Translators:
    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> None:
        """Install the translations of `language`; Qt then sends every widget a LanguageChange event."""
        if language not in LANGUAGES:
            language = "nl"
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(_LOCALES[language])
        if language != "en":
            ours = QTranslator(app)
            if ours.load(str(resource_path("translations", f"tandem_{language}.qm"))):
                self._installed.append(ours)
            # Qt's own words (file and print dialogs, message box buttons), installed after ours: Qt asks the
            # last installed first, and ours only for the few its catalogue lacks (gui/shell/qt_words.py).
            qt = QTranslator(app)
            if any(qt.load(f"qtbase_{language}", str(folder)) for folder in qt_translation_folders()):
                self._installed.append(qt)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        self.language = language


def qt_translation_folders() -> list[Path]:
    """Where Qt's catalogues may be: where Qt says, then where the PySide6 wheel keeps them (Qt/translations
    on Linux and macOS, translations on Windows), which is also where the bundle keeps them (build.spec): in
    a bundle Qt's own idea of its folder may point nowhere."""
    package = Path(PySide6.__file__).resolve().parent
    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",
        package / "translations",
    ]


def current_ui_language() -> str:
    """The language the screens are in now, "en" or "nl" (set by Translators.switch)."""
    return "en" if QLocale().language() == QLocale.Language.English else "nl"

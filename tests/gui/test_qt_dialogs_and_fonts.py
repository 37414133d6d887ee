"""What Qt itself shows: its dialogs wholly in Dutch, file dialogs opening in the user's folders (never the
program's), and the scripts of our families in the shipped fonts on a bare system."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tandem_desktop.db.store import Store
from tandem_desktop.gui.common import file_dialogs
from tandem_desktop.gui.network.signal_dialogs import SignalReportDialog
from tandem_desktop.gui.shell.app import make_application
from tandem_desktop.gui.shell.fonts import register_fonts
from tandem_desktop.gui.shell.language import Translators, qt_translation_folders
from tandem_desktop.gui.shell.qt_words import QT_GAPS
from tandem_desktop.resource_files import resource_path

TODAY = dt.date(2026, 11, 26)


class NoteWords(QTranslator):
    """Notes every word Qt asks a translation for, and answers none (the others answer)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str | None]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.asked.add((context, source, disambiguation or None))
        return None

    def isEmpty(self) -> bool:
        return False


def test_qt_dialogs_are_wholly_dutch(qtbot: QtBot, translators: Translators) -> None:
    """Qt's Dutch catalogue lacks some words of Qt 6's dialogs ("&Look in:"): ours has them (gui/shell/qt_words.py)."""
    notes = NoteWords()
    QCoreApplication.installTranslator(notes)  # asked first: it sees every word, then the others answer
    QApplication.processEvents()  # the widgets of other tests retranslate: not what this test looks at
    notes.asked.clear()
    try:
        for accept in (QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen):
            files = QFileDialog(None, "x")
            files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            files.setAcceptMode(accept)
            qtbot.addWidget(files)
            files.show()
        printer = QPrinter()
        printing = QPrintDialog(printer)
        qtbot.addWidget(printing)
        printing.show()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "x",
            "x",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        qtbot.addWidget(box)
        box.show()
        QApplication.processEvents()
    finally:
        QCoreApplication.removeTranslator(notes)
    catalogues = [QTranslator(), QTranslator()]  # Qt's and ours, as Translators.switch("nl") loads them
    assert any(catalogues[0].load("qtbase_nl", str(folder)) for folder in qt_translation_folders())
    assert catalogues[1].load(str(resource_path("translations", "tandem_nl.qm")))
    missing = sorted(
        (context, source)
        for context, source, disambiguation in notes.asked
        # The descriptions of file types come from the system's MIME database, in English: no catalogue has
        # them. Key names (QShortcut) are what Qt reads shortcuts with; the ones shown ("Ctrl") are translated.
        if context not in ("QMimeType", "QShortcut")
        and not any(
            catalogue.translate(context, source, disambiguation) or catalogue.translate(context, source)
            for catalogue in catalogues
        )
    )
    assert ("QFileDialog", "&Look in:") in {(context, source) for context, source, _d in notes.asked}
    assert set(missing) <= set(QT_GAPS)  # marked for our catalogue, where `make translations` brings them
    assert missing == []


@pytest.fixture
def documents(isolated_profile: Path) -> Path:
    folder = isolated_profile / "Documents"
    folder.mkdir()
    file_dialogs.forget()
    return folder


def test_saving_starts_in_the_documents_folder_then_where_she_saved_last(
    qtbot: QtBot,
    translators: Translators,
    store: Store,
    documents: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[Path] = []
    answer = tmp_path / "rapporten" / "signalen"
    answer.parent.mkdir()

    def save_as(_parent: object, _caption: str, proposed: str, _filters: str) -> tuple[str, str]:
        asked.append(Path(proposed))
        return str(answer), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    for _ in range(2):  # a dialog, closed; later another
        dialog = SignalReportDialog(store, today=TODAY)
        qtbot.addWidget(dialog)
        dialog.csv_button.click()
        dialog.done(0)
    assert asked[0].parent == documents and asked[0].name.endswith(".csv")
    assert asked[1].parent == answer.parent
    assert Path(f"{answer}.csv").is_file()  # the extension added
    assert all(path.parent != Path.cwd() for path in asked)


def test_without_a_documents_folder_the_dialog_opens_at_home(isolated_profile: Path) -> None:
    file_dialogs.forget()
    # The folder Qt names may not exist on a bare system: Qt would then open the working folder.
    assert not (isolated_profile / "Documents").exists()
    assert file_dialogs.start_folder() == isolated_profile
    assert file_dialogs.start_folder().is_dir()


def test_the_shipped_fonts_show_arabic_and_ethiopic_without_system_fonts(qapp: QApplication) -> None:
    make_application()
    families = register_fonts()
    assert {"Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic"} <= set(families)
    assert {"Noto Sans Arabic", "Noto Sans Ethiopic"} <= set(QFontDatabase.families())
    # A label in the system's font draws Tigrinya, Arabic and Ukrainian letters through Qt's fallback.
    metrics = QFontMetrics(QLabel().font())
    for letter in "ሰላምحداد Олена".replace(" ", ""):
        assert metrics.inFontUcs4(ord(letter)), letter
    assert register_fonts() == families  # once: a second application start adds nothing

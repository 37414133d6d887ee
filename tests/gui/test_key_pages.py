"""The pages that ask for the key to the data, driven by the keyboard as she would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tandem_desktop.db import cipher
from tandem_desktop.documents.emergency_sheet import EmergencySheetTexts
from tandem_desktop.gui.common import file_dialogs
from tandem_desktop.gui.shell.key_pages import NewPassphrasePage, RecoverPage, RecoveryKeyPage, UnlockPage

GOOD = "fiets naar de bibliotheek op woensdag"
KEY = "7K3M-Q9PX-2HRT-V8WD-4NCB-J6YE-1SFA-0GZQ"


@pytest.fixture(autouse=True)
def _fresh_file_dialogs() -> Iterator[None]:
    file_dialogs.forget()  # the folder saved in last is remembered for the session: not into the next test
    yield
    file_dialogs.forget()


def shown(qtbot: QtBot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitExposed(page):
        page.show()


def test_unlock_submits_the_typed_passphrase_with_enter(qtbot: QtBot) -> None:
    page = UnlockPage()
    shown(qtbot, page)
    assert not page.remember.isVisibleTo(page), "no keychain in the tests: nothing to remember it in"
    qtbot.keyClicks(page.passphrase, GOOD)
    with qtbot.waitSignal(page.submitted) as submitted:
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert submitted.args == [GOOD, False]


def test_unlock_does_not_submit_an_empty_passphrase(qtbot: QtBot) -> None:
    page = UnlockPage()
    shown(qtbot, page)
    assert not page.unlock_button.isEnabled()
    with qtbot.assertNotEmitted(page.submitted):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.keyClicks(page.passphrase, "x")
    assert page.unlock_button.isEnabled()
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Backspace)
    assert not page.unlock_button.isEnabled()


def test_unlock_shows_a_problem_with_the_passphrase_selected_to_type_over(qtbot: QtBot) -> None:
    page = UnlockPage()
    shown(qtbot, page)
    qtbot.keyClicks(page.passphrase, "wrong passphrase")
    with qtbot.waitSignal(page.submitted):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    page.set_busy(True)
    assert not page.passphrase.isEnabled() and not page.unlock_button.isEnabled()
    assert page.message.text() == "Opening…"
    page.show_problem("That passphrase does not open the data.")
    assert page.message.text() == "That passphrase does not open the data."
    assert page.passphrase.isEnabled() and page.unlock_button.isEnabled()
    assert page.passphrase.selectedText() == "wrong passphrase"
    page.clear()
    assert page.passphrase.text() == "" and page.message.text() == ""


def test_unlock_title_and_the_way_to_the_recovery_key(qtbot: QtBot) -> None:
    page = UnlockPage()
    shown(qtbot, page)
    page.set_title(page.locked_title())
    assert page.title.text() == "Tandem Desktop is locked"
    with qtbot.waitSignal(page.recovery_requested):
        qtbot.keyClick(page.use_recovery_key, Qt.Key.Key_Space)


def test_a_short_passphrase_is_too_short(qtbot: QtBot) -> None:
    page = NewPassphrasePage()
    shown(qtbot, page)
    qtbot.keyClicks(page.first, "kort")
    qtbot.keyClicks(page.repeat, "kort")
    assert page.hint.text() == f"Too short: at least {cipher.MIN_PASSPHRASE_LENGTH} characters."
    assert not page.choose_button.isEnabled()
    with qtbot.assertNotEmitted(page.chosen):
        qtbot.keyClick(page.repeat, Qt.Key.Key_Return)


def test_a_differing_repeat_says_so(qtbot: QtBot) -> None:
    page = NewPassphrasePage()
    shown(qtbot, page)
    qtbot.keyClicks(page.first, GOOD)
    qtbot.keyClicks(page.repeat, GOOD[:5])
    assert page.hint.text() != "The two passphrases differ.", "not while she is still typing it"
    page.repeat.clear()
    qtbot.keyClicks(page.repeat, GOOD[:-1] + "k")
    assert page.hint.text() == "The two passphrases differ."
    assert not page.choose_button.isEnabled()


def test_a_good_passphrase_typed_twice_is_chosen(qtbot: QtBot) -> None:
    page = NewPassphrasePage()
    shown(qtbot, page)
    qtbot.keyClicks(page.first, GOOD)
    assert page.hint.text() in ("Weak: add a few words.", "Fair.", "Strong.")
    assert not page.choose_button.isEnabled()
    qtbot.keyClicks(page.repeat, GOOD)
    assert page.choose_button.isEnabled()
    qtbot.keyClick(page.show_passphrase, Qt.Key.Key_Space)
    assert page.first.echoMode() == page.repeat.echoMode() == QLineEdit.EchoMode.Normal
    with qtbot.waitSignal(page.chosen) as chosen:
        qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [GOOD]


def test_the_recovery_key_page_continues_once_the_sheet_is_kept(qtbot: QtBot) -> None:
    page = RecoveryKeyPage(KEY, "/home/coordinator/Tandem")
    shown(qtbot, page)
    assert page.key.text().replace("\n", "-") == KEY
    assert not page.done_button.isEnabled()
    qtbot.keyClick(page.kept, Qt.Key.Key_Space)
    assert page.done_button.isEnabled()
    qtbot.mouseClick(page.kept_text, Qt.MouseButton.LeftButton)  # its text wraps, and is clicked as its own
    assert not page.kept.isChecked() and not page.done_button.isEnabled()
    qtbot.mouseClick(page.kept_text, Qt.MouseButton.LeftButton)
    assert page.done_button.isEnabled()
    with qtbot.waitSignal(page.done):
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)


def test_the_emergency_sheet_is_saved_as_pdf(
    qtbot: QtBot, tmp_path: Path, isolated_profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    proposed: list[str] = []

    def save_as(_parent: QWidget, _caption: str, name: str, _filters: str) -> tuple[str, str]:
        proposed.append(name)
        return str(tmp_path / "sheet"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page = RecoveryKeyPage(KEY, "/home/coordinator/Tandem", "Stichting Tandem")
    shown(qtbot, page)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert Path(proposed[0]) == isolated_profile / "Tandem emergency sheet.pdf"  # no Documents folder here
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert page.message.text().startswith(f"Saved as {tmp_path / 'sheet.pdf'}.")


def test_a_sheet_that_cannot_be_saved_is_said_on_the_page(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "missing" / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    page = RecoveryKeyPage(KEY, "/home/coordinator/Tandem")
    shown(qtbot, page)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == (
        f"Could not save {target}: No such file or directory. Choose another folder or file name."
    )
    assert not target.parent.exists()


def test_the_sheet_texts_are_the_sheets_own_words_untranslated(qtbot: QtBot) -> None:
    page = RecoveryKeyPage(KEY, "/home/coordinator/Tandem")
    qtbot.addWidget(page)
    assert page.sheet_texts() == EmergencySheetTexts()


def test_a_malformed_recovery_key_cannot_be_submitted(qtbot: QtBot) -> None:
    page = RecoverPage()
    shown(qtbot, page)
    qtbot.keyClicks(page.key_input, KEY[:-1])  # a character short
    assert not page.recover_button.isEnabled()
    page.key_input.clear()
    qtbot.keyClicks(page.key_input, KEY[:-1] + "U")  # not in the alphabet
    assert not page.recover_button.isEnabled()
    with qtbot.assertNotEmitted(page.submitted):
        qtbot.keyClick(page.key_input, Qt.Key.Key_Return)


def test_a_recovery_key_typed_loosely_is_submitted_in_its_printed_form(qtbot: QtBot) -> None:
    page = RecoverPage()
    shown(qtbot, page)
    qtbot.keyClicks(page.key_input, KEY.lower().replace("-", " ").replace("0", "o"))
    assert page.recover_button.isEnabled()
    with qtbot.waitSignal(page.submitted) as submitted:
        qtbot.keyClick(page.key_input, Qt.Key.Key_Return)
    assert submitted.args == [KEY]
    page.set_busy(True)
    assert not page.recover_button.isEnabled() and not page.back_button.isEnabled()
    page.show_problem("This recovery key does not open the data.")
    assert page.recover_button.isEnabled() and page.key_input.selectedText()
    with qtbot.waitSignal(page.back):
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)

"""Who the agreement names and what it says, as the coordinator sets them on the settings page: the
organisation's and the coordinator's contact fields, the logo, and the dialog of the agreement's text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from tandem_desktop.core.agreement_texts import base_language, languages, read_template
from tandem_desktop.core.settings import read_logo, read_settings
from tandem_desktop.db.store import Store
from tandem_desktop.gui.agreement.template_dialog import ERROR_COLOUR, AgreementTemplateDialog
from tandem_desktop.gui.settings.settings_page import SettingsPage
from tandem_desktop.gui.shell.language import Translators
from tandem_desktop.gui.shell.main_window import MainWindow

from .conftest import answer_next_message_box, plain, work_done

KEYS = list(base_language().texts)


# -- the contact fields and the logo ----------------------------------------------------------------------


@pytest.fixture
def page(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> SettingsPage:
    window = open_window()
    window.show_section(window.ui.navigation.count() - 1)
    page = window.settings_page
    assert window.current_page() is page
    return page


def field(page: SettingsPage, name: str) -> QLineEdit:
    edit = page.findChild(QLineEdit, name)
    assert edit is not None
    return edit


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Replace the field's text by typing, then press Enter (as leaving the field does, it saves)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    with work_done(qtbot):  # saved through the operation runner
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def shown_errors(page: SettingsPage) -> list[QLabel]:
    return [label for label in page.contact.findChildren(QLabel, "fieldError") if label.isVisible()]


def test_an_invalid_phone_shows_a_message_under_the_field_and_keeps_the_text(
    qtbot: QtBot, page: SettingsPage
) -> None:
    phone = field(page, "coordinator_phone")
    type_into(qtbot, phone, "12345")
    assert phone.text() == "12345"
    assert read_settings(page._store).coordinator_phone is None
    [message] = shown_errors(page)
    assert "12345" in message.text()
    assert message.geometry().top() >= phone.geometry().bottom()  # under the field
    assert abs(message.geometry().left() - phone.geometry().left()) < 4
    assert phone.property("invalid") is True

    type_into(qtbot, phone, "0470123456")
    assert read_settings(page._store).coordinator_phone == "+32470123456"
    assert phone.text() == "0470 12 34 56"  # as the app writes a number
    assert shown_errors(page) == []
    assert phone.property("invalid") is False


def test_leaving_a_field_saves_it_and_each_refused_field_keeps_its_message(
    qtbot: QtBot, page: SettingsPage
) -> None:
    name, email, phone = (
        field(page, "organisation_name"),
        field(page, "organisation_email"),
        field(page, "organisation_phone"),
    )
    name.setFocus()
    qtbot.keyClicks(name, "  Tandem Gent  ")
    with work_done(qtbot):
        qtbot.keyClick(name, Qt.Key.Key_Tab)  # leaving the field saves it
    assert read_settings(page._store).organisation_name == "Tandem Gent"
    assert name.text() == "Tandem Gent"

    type_into(qtbot, email, "tandem.example.org")
    type_into(qtbot, phone, "99")
    assert len(shown_errors(page)) == 2  # the e-mail's message stays while the phone's shows
    assert email.text() == "tandem.example.org" and phone.text() == "99"
    type_into(qtbot, email, "tandem@example.org")
    [left] = shown_errors(page)
    assert "99" in left.text()
    settings = read_settings(page._store)
    assert settings.organisation_email == "tandem@example.org"
    assert settings.organisation_phone is None

    page.refresh()  # a reload keeps the refused text on screen
    assert phone.text() == "99"


def test_the_fields_show_what_is_stored(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    type_into(qtbot, field(window.settings_page, "organisation_phone"), "+33 1 42 68 53 00")
    window.close()
    again = open_window()
    assert field(again.settings_page, "organisation_phone").text() == "+33 1 42 68 53 00"
    assert read_settings(again.store).organisation_phone == "+33142685300"


def png(path: Path) -> Path:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    assert image.save(str(path), "PNG")
    return path


def test_a_logo_is_chosen_shown_and_removed(
    qtbot: QtBot, page: SettingsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = page.findChild(QLabel, "logoPreview")
    choose = page.findChild(QPushButton, "chooseLogo")
    remove = page.findChild(QPushButton, "removeLogo")
    assert preview is not None and choose is not None and remove is not None
    assert not remove.isEnabled()

    source = png(tmp_path / "ours.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(source), ""))
    with work_done(qtbot):
        qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    assert read_settings(page._store).logo_path == "logo.png"
    assert read_logo(page._store) == source.read_bytes()
    assert not preview.pixmap().isNull()
    assert remove.isEnabled()

    with work_done(qtbot):
        page.choose_logo(tmp_path / "not-an-image.gif")
    [message] = shown_errors(page)
    assert message.geometry().top() >= page.logo_row.geometry().bottom()
    assert read_settings(page._store).logo_path == "logo.png"  # the earlier logo stays

    with work_done(qtbot):
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert read_settings(page._store).logo_path is None
    assert preview.pixmap().isNull()
    assert shown_errors(page) == []
    assert not remove.isEnabled()


def test_the_agreement_text_opens_from_the_settings_page(qtbot: QtBot, page: SettingsPage) -> None:
    button = page.findChild(QPushButton, "agreementText")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.agreement_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 700
    editor = dialog.findChild(QPlainTextEdit, "templateText")
    assert editor is not None
    editor.setPlainText("Afspraken voor ons buddytraject")  # the title
    with work_done(qtbot):
        dialog.findChild(QPushButton, "saveTemplate").click()
    dialog.done(0)
    assert read_template(page._store).version == 2
    assert "2" in page.agreement_version.text()


# -- the dialog of the agreement's text --------------------------------------------------------------------


@pytest.fixture
def english(translators: Translators) -> Iterator[None]:
    translators.switch("en")  # the buttons of the message boxes then have their English names
    yield


@pytest.fixture
def dialog(qtbot: QtBot, store: Store, english: None) -> Iterator[AgreementTemplateDialog]:
    dialog = AgreementTemplateDialog(store, None)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    yield dialog
    # Closed here, not by qtbot: a dialog left with edits would ask "save?" with nobody to answer.
    dialog.done(0)
    dialog.deleteLater()


def widgets(dialog: AgreementTemplateDialog) -> tuple[QListWidget, QPlainTextEdit]:
    parts = dialog.findChild(QListWidget, "templateParts")
    editor = dialog.findChild(QPlainTextEdit, "templateText")
    assert parts is not None and editor is not None
    return parts, editor


def choose(dialog: AgreementTemplateDialog, key: str) -> None:
    parts, _editor = widgets(dialog)
    parts.setCurrentRow(KEYS.index(key))


def type_at_end(qtbot: QtBot, editor: QPlainTextEdit, text: str) -> None:
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, line)


def test_the_parts_are_named_by_their_dutch_heading(dialog: AgreementTemplateDialog) -> None:
    parts, editor = widgets(dialog)
    assert parts.count() == len(KEYS)
    assert parts.item(KEYS.index("why.items")).text() == "Waarom doen we dit? — list"
    assert parts.item(KEYS.index("why.heading")).text() == "Waarom doen we dit? — heading"
    choose(dialog, "agree.items")
    assert editor.toPlainText().splitlines() == list(base_language().texts["agree.items"])
    assert dialog.version.text() == "Version 1: built-in text"


def test_editing_a_clause_and_saving_makes_version_2(qtbot: QtBot, dialog: AgreementTemplateDialog) -> None:
    parts, editor = widgets(dialog)
    choose(dialog, "agree.items")
    type_at_end(qtbot, editor, "\nWe vieren samen het einde van het traject.")
    assert parts.currentItem().font().bold()  # unsaved
    with work_done(qtbot):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    template = read_template(dialog._store)
    assert template.version == 2
    items = template.texts("nl")["agree.items"]
    assert items == (*base_language().texts["agree.items"], "We vieren samen het einde van het traject.")
    assert template.changed("nl", "agree.items") and not template.changed("nl", "why.items")
    assert dialog.version.text().startswith("Version 2")
    assert not dialog.has_changes() and not parts.currentItem().font().bold()


def test_an_unknown_placeholder_marks_its_part_and_saves_nothing(
    qtbot: QtBot, dialog: AgreementTemplateDialog
) -> None:
    parts, editor = widgets(dialog)
    choose(dialog, "intro")
    type_at_end(qtbot, editor, " Bel {telefoon}.")
    choose(dialog, "title")
    editor.setPlainText("Onze afspraken")  # a valid change in the same save
    with work_done(qtbot):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert read_template(dialog._store).version == 1
    intro = parts.item(KEYS.index("intro"))
    assert intro.foreground().color() == ERROR_COLOUR
    assert "{telefoon}" in plain(intro.toolTip())
    assert parts.currentRow() == KEYS.index("intro")  # the refused part is brought forward
    assert dialog.part_error.isVisible() and "{telefoon}" in plain(dialog.part_error.text())
    assert editor.toPlainText().endswith("Bel {telefoon}.")  # nothing typed is lost
    assert parts.item(KEYS.index("title")).foreground().color() != ERROR_COLOUR

    choose(dialog, "title")
    assert not dialog.part_error.isVisible()
    assert editor.toPlainText() == "Onze afspraken"

    choose(dialog, "intro")
    editor.setPlainText(editor.toPlainText().replace("{telefoon}", "{organisation}"))
    with work_done(qtbot):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    template = read_template(dialog._store)
    assert template.version == 2
    assert template.texts("nl")["title"] == "Onze afspraken"
    assert template.texts("nl")["intro"].endswith("Bel {organisation}.")
    assert intro.foreground().color() != ERROR_COLOUR and not dialog.part_error.isVisible()


def test_switching_parts_and_languages_keeps_the_edits(qtbot: QtBot, dialog: AgreementTemplateDialog) -> None:
    _parts, editor = widgets(dialog)
    choose(dialog, "why.items")
    type_at_end(qtbot, editor, "\nHet gezin maakt plezier.")
    choose(dialog, "stop.heading")
    editor.setPlainText("Stoppen?")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert editor.toPlainText() == languages()["en"].texts["stop.heading"]
    editor.setPlainText("Would you like to stop?")
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert editor.toPlainText() == "Stoppen?"
    choose(dialog, "why.items")
    assert editor.toPlainText().endswith("\nHet gezin maakt plezier.")

    # "Built-in text" restores the part in the editor only; saving stores the rest.
    dialog.findChild(QPushButton, "builtInText").click()
    assert editor.toPlainText().splitlines() == list(base_language().texts["why.items"])
    with work_done(qtbot):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    template = read_template(dialog._store)
    assert template.version == 3  # one version per language saved
    assert template.texts("nl")["stop.heading"] == "Stoppen?"
    assert not template.changed("nl", "why.items")
    assert template.texts("en")["stop.heading"] == "Would you like to stop?"


def test_closing_with_unsaved_edits_asks_first(qtbot: QtBot, dialog: AgreementTemplateDialog) -> None:
    _parts, editor = widgets(dialog)
    choose(dialog, "title")
    editor.setPlainText("Onze afspraken")
    seen: list[str] = []
    answer_next_message_box("Cancel", seen)
    dialog.reject()
    assert seen and dialog.isVisible()
    assert editor.toPlainText() == "Onze afspraken"

    answer_next_message_box("Discard", seen)
    dialog.reject()
    assert not dialog.isVisible()
    assert read_template(dialog._store).version == 1


def test_closing_without_edits_does_not_ask(dialog: AgreementTemplateDialog) -> None:
    _parts, editor = widgets(dialog)
    choose(dialog, "title")
    editor.setPlainText(editor.toPlainText() + "  ")  # the same text once trimmed: no change
    assert not dialog.has_changes()
    dialog.reject()
    assert not dialog.isVisible()

"""The data key in the window: the first start asks for a passphrase and shows the emergency sheet, a later start
asks for the passphrase (or the recovery key), and the lock hides everything until the passphrase is typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tandem_desktop.db import keyfile
from tandem_desktop.db.store import Store, open_store
from tandem_desktop.gui.shell.key_prompt import wait_after
from tandem_desktop.gui.shell.main_window import FAMILIES, SETTINGS, MainWindow
from tandem_desktop.gui.shell.opening import OpeningPage, StoreOpening
from tests.keys import PASSPHRASE, plain_copy, test_key

from .conftest import answer_next_message_box, new_form, wait_until_idle, work_done

NEW_PASSPHRASE = "de fietsen staan achter het buurthuis"


def family_names(store: Store) -> list[str]:
    from tandem_desktop.core.families import family_rows

    return [row.name for row in family_rows(store)]


class Opening:
    """The opening of the app on `data_dir`, on an opening page as the window shows it."""

    def __init__(self, qtbot: QtBot, data_dir: Path) -> None:
        self.qtbot = qtbot
        self.window = QWidget()
        self.window.resize(900, 640)
        qtbot.addWidget(self.window)
        self.page = OpeningPage(self.window)
        self.page.resize(900, 640)
        self.opened: list[Store] = []
        self.opening = StoreOpening(data_dir, self.window, self.page)
        self.opening.opened.connect(self.opened.append)
        self.window.show()
        self.opening.start()

    def view(self, name: str) -> QWidget:
        self.qtbot.waitUntil(lambda: self.page.views.currentWidget().objectName() == name, timeout=10_000)
        return self.page.views.currentWidget()

    def type_into(self, view: QWidget, field: str, text: str, enter: bool = False) -> None:
        edit = view.findChild(QLineEdit, field)
        assert edit is not None and edit.isEnabled(), field
        edit.setFocus()
        edit.selectAll()
        self.qtbot.keyClicks(edit, text)
        if enter:
            self.qtbot.keyClick(edit, Qt.Key.Key_Return)

    def click(self, view: QWidget, button: str) -> None:
        widget = view.findChild(QPushButton, button)
        assert widget is not None and widget.isEnabled(), button
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def store(self) -> Store:
        self.qtbot.waitUntil(lambda: bool(self.opened), timeout=20_000)
        wait_until_idle(self.qtbot)
        return self.opened[0]


@pytest.mark.usefixtures("keychain_is_empty")
def test_the_first_start_asks_a_passphrase_twice_and_shows_the_recovery_key_once(
    qtbot: QtBot, data_dir: Path
) -> None:
    opening = Opening(qtbot, data_dir)
    choose = opening.view("newPassphrasePage")
    opening.type_into(choose, "newPassphrase", "kort")
    assert "short" in choose.findChild(QLabel, "strengthHint").text().lower()
    assert not choose.findChild(QPushButton, "choosePassphrase").isEnabled()
    opening.type_into(choose, "newPassphrase", NEW_PASSPHRASE)
    opening.type_into(choose, "repeatPassphrase", NEW_PASSPHRASE, enter=True)

    sheet = opening.view("recoveryKeyPage")
    recovery_key = sheet.findChild(QLabel, "recoveryKey").text().replace("\n", "-").replace(" ", "-")
    assert not keyfile.key_file(data_dir).exists(), "no key file before she has her emergency sheet"
    done = sheet.findChild(QPushButton, "recoveryKeyDone")
    assert not done.isEnabled()
    sheet.findChild(QCheckBox, "sheetKept").setChecked(True)
    opening.click(sheet, "recoveryKeyDone")

    store = opening.store()
    store.close()
    assert keyfile.unlock(data_dir, NEW_PASSPHRASE) == keyfile.recover(data_dir, recovery_key)


@pytest.mark.usefixtures("keychain_is_empty")
def test_a_wrong_passphrase_is_said_and_the_right_one_opens(qtbot: QtBot, data_dir: Path) -> None:
    keyfile.create(data_dir, PASSPHRASE)
    opening = Opening(qtbot, data_dir)
    unlock = opening.view("unlockPage")
    opening.type_into(unlock, "passphrase", "niet de goede zin", enter=True)
    message = unlock.findChild(QLabel, "keyMessage")
    qtbot.waitUntil(lambda: "does not open" in message.text())
    assert not opening.opened
    opening.type_into(unlock, "passphrase", PASSPHRASE, enter=True)
    opening.store().close()


def test_repeated_wrong_passphrases_wait_longer_each_time() -> None:
    waits = [wait_after(n) for n in range(1, 10)]
    assert waits[:2] == [0, 0] and waits == sorted(waits) and waits[-1] <= 60 and waits[4] > waits[3] > 0


@pytest.mark.usefixtures("keychain_is_empty")
def test_the_recovery_key_opens_and_sets_a_new_passphrase(qtbot: QtBot, data_dir: Path) -> None:
    recovery_key = keyfile.create(data_dir, PASSPHRASE).recovery_key
    opening = Opening(qtbot, data_dir)
    opening.click(opening.view("unlockPage"), "useRecoveryKey")
    recover = opening.view("recoverPage")
    opening.type_into(recover, "recoveryKeyInput", recovery_key.lower().replace("-", " "), enter=True)
    choose = opening.view("newPassphrasePage")
    opening.type_into(choose, "newPassphrase", NEW_PASSPHRASE)
    opening.type_into(choose, "repeatPassphrase", NEW_PASSPHRASE, enter=True)
    opening.store().close()
    assert keyfile.unlock(data_dir, NEW_PASSPHRASE) == keyfile.recover(data_dir, recovery_key)


def test_the_lock_hides_the_data_and_the_passphrase_brings_back_the_open_form(
    qtbot: QtBot, open_window: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tandem_desktop import keychain

    window: MainWindow = open_window()  # type: ignore[operator]
    window.show_section(FAMILIES)
    form = new_form(qtbot, window.families)
    name = form.ui.nameEdit
    qtbot.keyClicks(name, "Gezin Ambesager")

    monkeypatch.setattr(keychain, "stored_passphrase", lambda _data_dir: None)  # the lock never asks it
    qtbot.keyClick(name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # from the form she is typing in
    qtbot.waitUntil(lambda: window.store.key is None)
    assert not form.isVisible(), "the open form is hidden while locked"
    assert not window.ui.navigation.isEnabled()
    unlock = window.ui.pages.currentWidget().views.currentWidget()
    assert unlock.objectName() == "unlockPage"

    edit = unlock.findChild(QLineEdit, "passphrase")
    qtbot.keyClicks(edit, PASSPHRASE)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(form.isVisible, timeout=10_000)
    assert name.text() == "Gezin Ambesager", "what she typed is still there"
    assert window.store.key is not None and window.ui.navigation.isEnabled()
    with work_done(qtbot), qtbot.waitSignal(form.saved):  # the store works again: the family is saved
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Gezin Ambesager" in family_names(window.store)


def test_the_idle_minutes_are_a_setting_and_their_end_locks(qtbot: QtBot, open_window: object) -> None:
    window: MainWindow = open_window()  # type: ignore[operator]
    window.show_section(SETTINGS)
    settings = window.settings_page
    settings.lock_minutes.setValue(3)
    assert window.preferences.lock_minutes == 3
    assert window.screen_lock is not None and window.screen_lock._idle.interval() == 3 * 60_000
    window.screen_lock._idle.timeout.emit()  # three minutes without a key or a click
    qtbot.waitUntil(lambda: window.store.key is None)


def test_the_passphrase_is_changed_in_the_settings(qtbot: QtBot, open_window: object, data_dir: Path) -> None:
    window: MainWindow = open_window()  # type: ignore[operator]
    window.show_section(SETTINGS)
    settings = window.settings_page
    qtbot.mouseClick(settings.change_passphrase, Qt.MouseButton.LeftButton)
    dialog = settings.last_dialog
    assert dialog is not None
    current = dialog.findChild(QLineEdit, "passphrase")
    qtbot.keyClicks(current, "niet de huidige zin")
    qtbot.keyClick(current, Qt.Key.Key_Return)
    message = dialog.findChild(QLabel, "keyMessage")
    qtbot.waitUntil(lambda: "does not open" in message.text() or "opent de gegevens niet" in message.text())
    current.clear()
    qtbot.keyClicks(current, PASSPHRASE)
    qtbot.keyClick(current, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.findChild(QLineEdit, "newPassphrase") is not None)
    new = dialog.findChild(QLineEdit, "newPassphrase")
    repeat = dialog.findChild(QLineEdit, "repeatPassphrase")
    qtbot.waitUntil(new.isVisible)
    qtbot.keyClicks(new, NEW_PASSPHRASE)
    qtbot.keyClicks(repeat, NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(repeat, Qt.Key.Key_Return)
    assert keyfile.unlock(data_dir, NEW_PASSPHRASE) == window.store.key
    assert "changed" in settings.passphrase_state.text() or "gewijzigd" in settings.passphrase_state.text()


def test_a_question_open_when_the_lock_comes_is_cancelled_and_the_form_kept(
    qtbot: QtBot, open_window: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tandem_desktop import keychain

    window: MainWindow = open_window()  # type: ignore[operator]
    window.show_section(FAMILIES)
    form = new_form(qtbot, window.families)
    qtbot.keyClicks(form.ui.nameEdit, "Gezin Okonkwo")
    monkeypatch.setattr(keychain, "stored_passphrase", lambda _data_dir: None)
    assert window.screen_lock is not None
    # She closes the form ("save the changes?") and leaves the laptop: the idle minutes end meanwhile.
    QTimer.singleShot(50, window.screen_lock.lock)
    assert not form.close(), "the question was cancelled: the form stays"
    qtbot.waitUntil(lambda: window.store.key is None)
    assert not form.isVisible()
    unlock = window.ui.pages.currentWidget().views.currentWidget()
    edit = unlock.findChild(QLineEdit, "passphrase")
    qtbot.keyClicks(edit, PASSPHRASE)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(form.isVisible, timeout=10_000)
    assert form.ui.nameEdit.text() == "Gezin Okonkwo"
    stale = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert not stale, "the answered question does not come back"
    with work_done(qtbot), qtbot.waitSignal(form.saved):
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_missing_key_file_is_named_and_try_again_opens_once_it_is_back(
    qtbot: QtBot, data_dir: Path, translators: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tandem_desktop.gui.shell import startup

    open_store(data_dir, test_key(data_dir)).close()
    saved = {p: p.read_bytes() for p in (keyfile.key_file(data_dir), keyfile.key_copy(data_dir))}
    for path in saved:
        path.unlink()
    seen: list[str] = []

    def put_back() -> None:
        for path, raw in saved.items():
            path.write_bytes(raw)

    real_offer = startup.offer_way_out

    def put_back_then_answer(*args: Any) -> Any:  # she reads the message, puts the file back, tries again
        put_back()
        return real_offer(*args)

    monkeypatch.setattr(startup, "offer_way_out", put_back_then_answer)
    answer_next_message_box("Opnieuw proberen", seen)
    opening = Opening(qtbot, data_dir)
    opening.store().close()
    assert "tandem.key" in seen[0] and "ontbreekt" in seen[0]


@pytest.mark.usefixtures("keychain_is_empty")
def test_an_earlier_versions_plain_data_is_encrypted_after_the_passphrase_is_chosen(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, translators: object
) -> None:
    from tandem_desktop.core.families import FamilyDraft, save_family
    from tandem_desktop.db import driver
    from tandem_desktop.paths import database_path

    source = tmp_path / "source"
    with open_store(source, test_key(source)) as store:
        save_family(
            store, FamilyDraft(name="Gezin Ambesager", sensitive_constraints="Astma"), dt.date.today()
        )
    data_dir.mkdir()
    plain_copy(database_path(source), test_key(source), database_path(data_dir))

    opening = Opening(qtbot, data_dir)
    choose = opening.view("newPassphrasePage")
    assert "versleuteld" in choose.findChild(QLabel, "pageIntro").text()
    opening.type_into(choose, "newPassphrase", NEW_PASSPHRASE)
    opening.type_into(choose, "repeatPassphrase", NEW_PASSPHRASE, enter=True)
    sheet = opening.view("recoveryKeyPage")
    sheet.findChild(QCheckBox, "sheetKept").setChecked(True)
    opening.click(sheet, "recoveryKeyDone")
    store = opening.store()
    assert family_names(store) == ["Gezin Ambesager"]
    store.close()
    raw = database_path(data_dir).read_bytes()
    assert not raw.startswith(driver.SQLITE_HEADER) and b"Astma" not in raw and b"Ambesager" not in raw


def test_a_passphrase_the_keychain_kept_from_before_a_change_is_forgotten_and_asked(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tandem_desktop import keychain

    keyfile.create(data_dir, PASSPHRASE)
    forgotten: list[Path] = []
    monkeypatch.setattr(keychain, "stored_passphrase", lambda _data_dir: "the passphrase of last year")
    monkeypatch.setattr(keychain, "forget", forgotten.append)
    opening = Opening(qtbot, data_dir)
    unlock = opening.view("unlockPage")
    assert forgotten == [data_dir]
    opening.type_into(unlock, "passphrase", PASSPHRASE, enter=True)
    opening.store().close()

"""The Team page: the laptops of the team, "Synchronise now", and a conflict settled by taking the other value."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tandem_desktop.core.families import FamilyDraft, load_family, save_family
from tandem_desktop.db.models import Family
from tandem_desktop.db.store import open_store
from tandem_desktop.db.team import folder as team_folder
from tandem_desktop.db.team import sync
from tandem_desktop.gui.shell.main_window import TEAM, MainWindow
from tests.keys import test_key

from .conftest import answer_next_message_box, work_done

TODAY = dt.date.today()


def test_a_conflict_is_shown_side_by_side_and_the_other_value_taken(
    qtbot: QtBot, open_window: object, tmp_path: Path
) -> None:
    window: MainWindow = open_window()  # type: ignore[operator]
    store = window.store
    family_id = save_family(store, FamilyDraft(name="Gezin Gebreyes"), TODAY)
    window.show_section(TEAM)
    page = window.team
    assert page.create_button.isVisible() and not page.sync_button.isVisible()

    code = sync.create_team(store, tmp_path / "team")  # as "Make a team…" does, without the folder dialog
    colleague_data = tmp_path / "colleague"
    membership = sync.join_state(tmp_path / "team", code, colleague_data, test_key(colleague_data))
    with open_store(colleague_data, test_key(colleague_data)) as colleague:
        sync.finish_join(colleague, membership)
        draft = load_family(colleague, family_id)
        save_family(colleague, dataclasses.replace(draft, municipality="Kortrijk"), TODAY)
        draft = load_family(store, family_id)
        save_family(store, dataclasses.replace(draft, municipality="Gent"), TODAY)
        sync.sync_laptop(colleague, membership)

    page.refresh()
    qtbot.waitUntil(
        lambda: page.sync_button.isVisible() and "laatste synchronisatie" in page.team_text.text()
    )
    with work_done(qtbot):
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.table.item(0, 0).text().endswith("Gemeente")
    kept, other = page.table.item(0, 1).text(), page.table.item(0, 2).text()
    assert {kept, other} == {"Gent", "Kortrijk"}
    page.table.selectRow(0)
    with work_done(qtbot):
        qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    with store.session() as session:
        family = session.get(Family, family_id)
        assert family is not None and family.municipality == other


def test_a_laptop_in_a_team_sends_its_changes_when_the_window_closes(
    qtbot: QtBot, open_window: object, tmp_path: Path
) -> None:
    window: MainWindow = open_window()  # type: ignore[operator]
    sync.create_team(window.store, tmp_path / "team")
    membership = sync.read_membership(window.store.data_dir, window.store.data_key)
    assert membership is not None
    save_family(window.store, FamilyDraft(name="Gezin Alemu"), TODAY)
    assert team_folder.changeset_numbers(tmp_path / "team", membership.laptop_id) == []
    window.close()  # the sync runs first, then the window closes
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    assert team_folder.changeset_numbers(tmp_path / "team", membership.laptop_id) == [1]


def test_the_sync_at_start_says_what_it_did_and_a_folder_out_of_reach_is_one_line(
    qtbot: QtBot, open_window: object, tmp_path: Path
) -> None:
    from tandem_desktop.gui.team.auto_sync import sync_in_background

    window: MainWindow = open_window()  # type: ignore[operator]
    assert not sync_in_background(window, window.store)  # in no team: nothing to do
    sync.create_team(window.store, tmp_path / "team")
    save_family(window.store, FamilyDraft(name="Gezin Alemu"), TODAY)
    with work_done(qtbot):
        assert sync_in_background(window, window.store)
    assert window.statusBar().currentMessage() == "Gesynchroniseerd met het team."
    (tmp_path / "team").rename(tmp_path / "elsewhere")  # the network drive is gone
    with work_done(qtbot):
        sync_in_background(window, window.store)
    assert "niet bereikbaar" in window.statusBar().currentMessage()


def test_a_new_team_code_is_asked_for_and_taken(
    qtbot: QtBot, open_window: object, tmp_path: Path, monkeypatch: object
) -> None:
    from PySide6.QtWidgets import QInputDialog

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    window: MainWindow = open_window()  # type: ignore[operator]
    code = sync.create_team(window.store, tmp_path / "team")
    colleague_data = tmp_path / "colleague"
    membership = sync.join_state(tmp_path / "team", code, colleague_data, test_key(colleague_data))
    with open_store(colleague_data, test_key(colleague_data)) as colleague:
        sync.finish_join(colleague, membership)
        new_code = sync.new_team_code(colleague, membership)  # a third laptop was lost
    asked: list[str] = []

    def type_code(_parent: object, _title: str, question: str) -> tuple[str, bool]:
        asked.append(question)
        return (new_code, True) if len(asked) == 1 else ("", False)  # asked once: a second time is a failure

    monkeypatch.setattr(QInputDialog, "getText", type_code)
    window.show_section(TEAM)
    page = window.team
    qtbot.waitUntil(lambda: page.sync_button.isVisible())
    with work_done(qtbot, timeout=20_000):
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sync_button.isEnabled() and page.last_report is not None, timeout=20_000)
    assert len(asked) == 1 and "nieuwe teamcode" in asked[0], asked
    renewed = sync.read_membership(window.store.data_dir, window.store.data_key)
    assert renewed is not None and renewed.team_key != membership.team_key


@pytest.mark.usefixtures("keychain_is_empty")
def test_a_new_laptop_joins_a_colleagues_team_at_its_first_start(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QCheckBox

    from tandem_desktop.core.families import family_rows
    from tandem_desktop.gui.team.join_dialog import JoinTeamDialog
    from tests.gui.test_key_flow import NEW_PASSPHRASE, Opening

    colleague_data = tmp_path / "colleague"
    with open_store(colleague_data, test_key(colleague_data)) as colleague:
        save_family(colleague, FamilyDraft(name="Gezin Tekle"), TODAY)
        code = sync.create_team(colleague, tmp_path / "team")
    new_laptop = tmp_path / "new"
    opening = Opening(qtbot, new_laptop)
    choose = opening.view("newPassphrasePage")
    opening.click(choose, "joinTeam")
    dialog = opening.opening.prompt.last_dialog
    assert isinstance(dialog, JoinTeamDialog)
    dialog.folder_edit.setText(str(tmp_path / "team"))
    qtbot.keyClicks(dialog.code_edit, team_folder.new_team_code())
    with work_done(qtbot):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "not the code" in dialog.problem.text()  # the opening runs in English here, as test_key_flow.py
    dialog.code_edit.setText(code.lower().replace("-", " "))  # as she might type it
    with work_done(qtbot), qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert str(tmp_path / "team") in choose.intro.text()

    opening.type_into(choose, "newPassphrase", NEW_PASSPHRASE)
    opening.type_into(choose, "repeatPassphrase", NEW_PASSPHRASE, enter=True)
    sheet = opening.view("recoveryKeyPage")
    sheet.findChild(QCheckBox, "sheetKept").setChecked(True)
    (tmp_path / "team").rename(tmp_path / "away")  # the network drive drops just then
    seen: list[str] = []
    answer_next_message_box("OK", seen)
    with work_done(qtbot):
        opening.click(sheet, "recoveryKeyDone")
    assert "could not be copied" in seen[0]
    assert not (new_laptop / "tandem.key").exists() and not (new_laptop / "tandem.sqlite3").exists()
    (tmp_path / "away").rename(tmp_path / "team")
    opening.click(sheet, "recoveryKeyDone")  # she tries again
    store = opening.store()
    try:
        assert [row.name for row in family_rows(store)] == ["Gezin Tekle"]
        membership = sync.read_membership(store.data_dir, store.data_key)
        assert membership is not None and membership.folder == (tmp_path / "team").resolve()
    finally:
        store.close()

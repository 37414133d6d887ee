"""A family's history from its form: when, who, which fields, newest first; never a value of a sensitive field."""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tandem_desktop.core import families
from tandem_desktop.core.families import FamilyDraft, MemberDraft, save_family
from tandem_desktop.core.settings import update_contact
from tandem_desktop.db.models.enums import MemberRole
from tandem_desktop.gui.common.history_dialog import FIELDS, WHAT, WHO, HistoryDialog
from tandem_desktop.gui.shell.main_window import FAMILIES, MainWindow

from .conftest import activate

TODAY = dt.date.today()


def test_a_familys_history_names_who_changed_which_fields_and_never_the_note(
    qtbot: QtBot, open_window: object
) -> None:
    window: MainWindow = open_window()  # type: ignore[operator]
    store = window.store
    update_contact(store, "coordinator_name", "Noor Janssens")
    family_id = save_family(
        store,
        FamilyDraft(name="Gezin Haile", members=[MemberDraft(name="Zoë Haile", role=MemberRole.PARENT)]),
        TODAY,
    )
    draft = families.load_family(store, family_id)
    save_family(store, dataclasses.replace(draft, name="Gezin Haile-Tesfaye", notes="Vader is ziek"), TODAY)

    window.show_section(FAMILIES)
    page = window.families
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    activate(qtbot, window)
    page.table.setFocus()
    page.select(family_id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.last_form
    assert form is not None
    button = form.findChild(QPushButton, "historyButton")
    assert button is not None and button.text().replace("&", "") == "Geschiedenis…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = form.last_dialog
    assert isinstance(dialog, HistoryDialog) and dialog.isVisible()
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows[0][WHAT] == "Gewijzigd" and rows[0][FIELDS] == "Naam, Notities"
    assert getpass.getuser() in rows[0][WHO] and "Noor Janssens" in rows[0][WHO]
    assert {"Ingeschreven", "Lid toegevoegd"} <= {row[WHAT] for row in rows}
    assert not any("ziek" in cell for row in rows for cell in row), "a sensitive value is never shown"
    dialog.close()
    form.close()

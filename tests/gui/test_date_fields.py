"""The optional dates of the intake forms (arrival, consent, extract), typed and emptied at the keyboard as the
coordinator does it, in Dutch; what the form saves is what the field showed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tandem_desktop.core import buddies, families
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.labels import short_date
from tandem_desktop.gui.common.optional_date import OptionalDateEdit
from tandem_desktop.gui.common.record_form import RecordForm
from tandem_desktop.gui.intake.buddy_form import BuddyForm
from tandem_desktop.gui.intake.family_form import FamilyForm
from tandem_desktop.gui.shell.language import Translators
from tandem_desktop.gui.shell.main_window import MainWindow

from .conftest import activate, answer_next_message_box, new_form, work_done


@pytest.fixture
def shown(qtbot: QtBot, translators: Translators) -> Iterator[list[RecordForm]]:
    """The forms a test shows, closed without questions at its end."""
    forms: list[RecordForm] = []
    yield forms
    for form in forms:
        form.done(0)


def show(qtbot: QtBot, shown: list[RecordForm], form: RecordForm) -> RecordForm:
    shown.append(form)
    with qtbot.waitExposed(form):
        form.show()
    activate(qtbot, form)
    return form


def type_over(qtbot: QtBot, field: OptionalDateEdit, text: str) -> None:
    """Into the field as a Tab brings the focus there (its text selected), then type."""
    field.window().activateWindow()
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def save(qtbot: QtBot, form: RecordForm) -> None:
    with work_done(qtbot), qtbot.waitSignal(form.saved):
        qtbot.keyClick(QApplication.focusWidget() or form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_the_family_form_takes_typed_dates_and_saves_an_emptied_one_as_no_date(
    qtbot: QtBot, store: Store, shown: list[RecordForm]
) -> None:
    arrived, consented = dt.date(2024, 2, 3), dt.date.today() - dt.timedelta(days=2)
    form = show(qtbot, shown, FamilyForm(store))
    assert isinstance(form, FamilyForm)
    assert form.ui.arrivalDateEdit.text() == "" and form.ui.consentDateEdit.text() == ""
    qtbot.keyClicks(form.ui.nameEdit, "Gezin Haile")
    type_over(qtbot, form.ui.arrivalDateEdit, "3-2-2024")
    type_over(qtbot, form.ui.consentDateEdit, f"{consented.day:02d}/{consented.month:02d}/{consented.year}")
    assert form.ui.arrivalDateEdit.text() == "3/02/2024"  # the Dutch short date, once left
    assert form.ui.consentDateEdit.text() == short_date(consented)
    save(qtbot, form)
    family_id = form._original.id
    stored = families.load_family(store, family_id)
    assert (stored.arrival_date, stored.consent_date) == (arrived, consented)

    # Opened again: the dates as saved; the consent emptied (Delete on the selected text) is saved as none.
    form = show(qtbot, shown, FamilyForm(store, family_id))
    assert isinstance(form, FamilyForm)
    assert form.ui.consentDateEdit.text() == short_date(consented)
    type_over(qtbot, form.ui.consentDateEdit, "")
    assert form.has_changes()
    save(qtbot, form)
    stored = families.load_family(store, family_id)
    assert (stored.arrival_date, stored.consent_date) == (arrived, None)


def test_the_buddy_form_s_extract_date_is_typed_and_its_warning_follows(
    qtbot: QtBot, store: Store, shown: list[RecordForm]
) -> None:
    form = show(qtbot, shown, BuddyForm(store))
    assert isinstance(form, BuddyForm)
    qtbot.keyClicks(form.ui.nameEdit, "Lotte Janssens")
    form.ui.tabs.setCurrentIndex(2)
    assert form.extract_warning() != ""  # no extract yet
    recent = dt.date.today() - dt.timedelta(days=10)
    type_over(qtbot, form.ui.extractDateEdit, f"{recent.day}.{recent.month}.{recent.year}")
    assert form.extract_warning() == ""
    save(qtbot, form)
    assert buddies.load_buddy(store, form._original.id).criminal_record_extract_on == recent


def test_a_half_typed_date_is_shown_at_its_field_and_closing_asks_first(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    window.show_section(1)
    page = window.families
    form = new_form(qtbot, page)
    qtbot.keyClicks(form.ui.nameEdit, "Gezin Petrenko")
    form.ui.tabs.setCurrentIndex(3)
    form.ui.consentDateEdit.setFocus()
    qtbot.keyClicks(form.ui.consentDateEdit, "31/11")
    assert not form.save()
    assert form.isVisible() and form._errors.has("consent_date")
    seen: list[str] = []
    answer_next_message_box("Annuleren", seen)
    form.reject()
    assert form.isVisible() and "niet bewaard" in seen[0]
    assert form.ui.consentDateEdit.text() == "31/11"

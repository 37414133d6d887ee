"""The privacy duties in the window: who is due for erasure and erasing them, a person's own copy and an erasure
on request from the form, the photo answer with its three states, the retention rules in the settings."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import select

from tandem_desktop.core.demo import load_demo
from tandem_desktop.core.families import FamilyDraft, MemberDraft, save_family
from tandem_desktop.core.privacy.retention import due_for_erasure
from tandem_desktop.db.models import Consent, Family
from tandem_desktop.db.models.enums import ConsentKind, FamilyStatus, MemberRole, PhotoConsent
from tandem_desktop.db.store import open_store
from tandem_desktop.gui.common.privacy_actions import EraseDialog
from tandem_desktop.gui.intake.family_form import FamilyForm
from tandem_desktop.gui.privacy.privacy_page import NAME
from tandem_desktop.gui.shell.main_window import FAMILIES, OVERVIEW, PRIVACY, SETTINGS, MainWindow
from tests.keys import test_key

from .conftest import activate, answer_next_message_box, work_done

TODAY = dt.date.today()


@pytest.fixture
def programme_three_years_old(data_dir: Path) -> None:
    """The demo programme as it was three years ago: its ended duos ended more than two years ago."""
    with open_store(data_dir, test_key(data_dir)) as store:
        load_demo(store, TODAY.replace(year=TODAY.year - 3))


def _open_family(qtbot: QtBot, window: MainWindow, family_id: object) -> FamilyForm:
    window.show_section(FAMILIES)
    page = window.families
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 0)
    activate(qtbot, window)
    page.table.setFocus()
    page.select(family_id)  # type: ignore[arg-type]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.last_form
    assert isinstance(form, FamilyForm)
    return form


@pytest.mark.usefixtures("programme_three_years_old")
def test_the_overview_counts_who_is_due_and_the_privacy_page_erases_the_ticked(
    qtbot: QtBot, open_window: object
) -> None:
    window: MainWindow = open_window()  # type: ignore[operator]
    due = due_for_erasure(window.store, window.store.today())
    assert len(due) > 1
    window.show_section(OVERVIEW)
    qtbot.waitUntil(lambda: "gewist moeten worden: " in window.overview.to_do_text.text())

    window.show_section(PRIVACY)
    page = window.privacy
    assert page.heading.text() == "Privacy"
    assert page.table.rowCount() == len(due)
    assert page.table.horizontalHeaderItem(2).text() == "Waarom"
    assert "maanden" in page.table.item(0, 2).text()
    kept = page.table.item(0, NAME)
    kept.setCheckState(Qt.CheckState.Unchecked)  # she keeps one longer

    seen: list[str] = []
    answer_next_message_box("Ja", seen)
    with work_done(qtbot, timeout=30_000):
        qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert "back-up" in seen[0]
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.due_text.text().startswith(f"Gewist: {len(due) - 1} personen.")
    assert page.table.item(0, NAME).text().strip("\u2068\u2069") == due[0].name
    assert page.table.item(0, NAME).checkState() == Qt.CheckState.Unchecked  # kept longer: still unticked
    with window.store.session() as session:
        erased = [session.get(Family, d.record_id) for d in due[1:] if d.table_name == "family"]
    assert erased and all(f is not None and f.erased_on is not None for f in erased)

    # The families list says "erased on", and the erased family's form is read-only.
    window.show_section(FAMILIES)
    qtbot.waitUntil(lambda: window.families.proxy.rowCount() > 0)
    names = {window.families.proxy.index(row, 0).data() for row in range(window.families.proxy.rowCount())}
    assert any(str(name).startswith("Gewist op ") for name in names)
    erased_family = erased[0]
    assert erased_family is not None
    form = _open_family(qtbot, window, erased_family.id)
    assert "gewist op" in form.ui.duplicateNotice.text()
    assert not any(form.ui.tabs.widget(i).isEnabled() for i in range(form.ui.tabs.count()))
    assert not form.save_button().isEnabled()
    assert form.findChild(QPushButton, "eraseButton").isHidden()
    form.close()


def test_the_own_copy_and_an_erasure_on_request_from_the_familys_form(
    qtbot: QtBot, open_window: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window: MainWindow = open_window()  # type: ignore[operator]
    store = window.store
    family_id = save_family(
        store,
        FamilyDraft(
            name="Gezin Tesfay",
            status=FamilyStatus.WITHDRAWN,
            phone="0470 12 34 56",
            address="Voorbeeldstraat 7",
            mother_tongue="ar",
            members=[MemberDraft(name="Hiwet Tesfay", role=MemberRole.PARENT, birth_year=1990)],
        ),
        TODAY,
    )
    pdf = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(pdf), ""))
    form = _open_family(qtbot, window, family_id)
    activate(qtbot, form)
    seen: list[str] = []
    answer_next_message_box("OK", seen)
    with work_done(qtbot):
        qtbot.mouseClick(form.findChild(QPushButton, "accessCopyButton"), Qt.MouseButton.LeftButton)
    assert "copy.json" in seen[0]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Wat we over jou bijhouden" in text and "Hiwet Tesfay" in text and "0470 12 34 56" in text
    data = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["family"]["members"][0]["name"] == "Hiwet Tesfay"

    # Erasure on request: the reason typed, Enter; the form closes and the list says "erased".
    qtbot.mouseClick(form.findChild(QPushButton, "eraseButton"), Qt.MouseButton.LeftButton)
    dialog = form.privacy.last_dialog if form.privacy else None
    assert isinstance(dialog, EraseDialog)
    activate(qtbot, dialog)
    with work_done(qtbot):  # no reason: refused at the field, nothing erased
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    errors = dialog._errors
    assert errors is not None and "waarom" in errors.message("reason").lower()
    qtbot.keyClicks(dialog.reason, "gevraagd aan de telefoon")
    with work_done(qtbot), qtbot.waitSignal(form.finished):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    with store.session() as session:
        family = session.get(Family, family_id)
        assert family is not None and family.erased_on == store.today() and family.phone is None


def test_the_photo_answer_has_three_states_and_each_answer_is_kept(qtbot: QtBot, open_window: object) -> None:
    window: MainWindow = open_window()  # type: ignore[operator]
    family_id = save_family(window.store, FamilyDraft(name="Gezin Petrov"), TODAY)
    form = _open_family(qtbot, window, family_id)
    combo = form.ui.photoConsentCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Nog niet gevraagd",
        "Ja, foto's mogen genomen en gebruikt worden",
        "Geen foto's",
    ]
    assert combo.currentData() == PhotoConsent.NOT_ASKED
    for answer in (PhotoConsent.YES, PhotoConsent.NO):
        form = _open_family(qtbot, window, family_id)
        activate(qtbot, form)
        form.ui.tabs.setCurrentWidget(form.ui.photoConsentCombo.parentWidget().parentWidget())
        form.ui.photoConsentCombo.setCurrentIndex(form.ui.photoConsentCombo.findData(answer))
        with work_done(qtbot), qtbot.waitSignal(form.finished):
            qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with window.store.session() as session:
        answers = session.exec(select(Consent).where(Consent.family_id == family_id)).all()
    assert [(a.kind, a.given, a.withdrawn_on is not None) for a in answers] == [
        (ConsentKind.PHOTOS, True, True),
        (ConsentKind.PHOTOS, False, False),
    ]
    form = _open_family(qtbot, window, family_id)
    assert "Foto's: ja" in form.ui.consentHistoryLabel.text()
    assert "ingetrokken op" in form.ui.consentHistoryLabel.text()
    form.close()


def test_the_retention_rules_are_in_the_settings_and_refuse_nonsense(
    qtbot: QtBot, open_window: object
) -> None:
    window: MainWindow = open_window()  # type: ignore[operator]
    window.show_section(SETTINGS)
    page = window.settings_page
    box = page.numbers["retention_months_after_trajectory"]
    assert box.value() == 24 and box.suffix() == " maanden"
    activate(qtbot, window)
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "0")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() >= 1  # a spin box from 1: 0 cannot be entered
    box.selectAll()
    qtbot.keyClicks(box, "36")
    with work_done(qtbot):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    window.show_section(PRIVACY)
    assert "36 maanden na" in window.privacy.rules_text.text()

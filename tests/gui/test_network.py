"""The organisations directory, the referrals and the signals register, driven as the coordinator does it:
an organisation added, a family referred to it and followed up; signals passed on, answered, reported."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from tandem_desktop.core.families import FamilyDraft, MemberDraft, save_family_in
from tandem_desktop.core.organisations import ReferralDraft, save_referral
from tandem_desktop.core.signals import SignalDraft, save_signal
from tandem_desktop.db.models.enums import MemberRole, OrganisationCategory, ReferralOutcome, SignalTheme
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.form_dialog import FormDialog
from tandem_desktop.gui.common.labels import short_date
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.network.network_columns import DUE_COLOUR, FOLLOW_UP_COLUMN
from tandem_desktop.gui.network.organisation_dialogs import OrganisationDialog, ReferralDialog
from tandem_desktop.gui.network.organisations_page import EVERY, OPEN, REFERRALS_TAB, OrganisationsPage
from tandem_desktop.gui.network.signal_dialogs import (
    AnswerDialog,
    PassOnDialog,
    SignalDialog,
    SignalReportDialog,
    csv_delimiter,
    default_period,
    report_texts,
)
from tandem_desktop.gui.network.signals_page import SignalsPage
from tandem_desktop.gui.shell.language import Translators

from .conftest import activate, plain, work_done

TODAY = dt.date.today()

# The offscreen platform of the tests cannot raise a popup (the completer's list) or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)",
    "This plugin does not support grabbing the keyboard",
    extend=True,
)


@pytest.fixture
def app(app: QApplication) -> QApplication:
    """In English (the source strings: Dutch is added by the translators), with Belgian dates."""
    Translators().switch("en")
    return app


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def seed_families(store: Store) -> tuple[uuid.UUID, uuid.UUID]:
    """Two fictional families: one with Latin names, one with Arabic ones."""
    with store.transaction() as session:
        haile = save_family_in(
            session,
            FamilyDraft(
                name="Gezin Haile",
                mother_tongue="ti",
                postcode="9000",
                municipality="Gent",
                members=[MemberDraft("Selam Haile", MemberRole.CHILD, 2018)],
            ),
            TODAY,
        )
        khatib = save_family_in(
            session,
            FamilyDraft(
                name="عائلة الخطيب",
                mother_tongue="ar",
                postcode="9000",
                municipality="Gent",
                members=[MemberDraft("ليلى الخطيب", MemberRole.PARENT, 1990)],
            ),
            TODAY,
        )
        return haile.id, khatib.id


def press_ok(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def shown_column(table_model: object, column: int) -> list[str]:
    model = table_model  # a proxy as the table shows it
    return [model.index(r, column).data() for r in range(model.rowCount())]  # type: ignore[attr-defined]


def open_page(qtbot: QtBot, page: OrganisationsPage | SignalsPage) -> None:
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitExposed(page):
        page.show()
    activate(qtbot, page)


# -- organisations and referrals ----------------------------------------------------------------------


def test_an_organisation_is_added_a_family_referred_to_it_and_the_referral_closed(
    qtbot: QtBot, app: QApplication, store: Store
) -> None:
    haile, _khatib = seed_families(store)
    page = OrganisationsPage(store)
    open_page(qtbot, page)
    assert page.heading.text() == "Organisations" and page.organisation_count.text() == "0 organisations"

    # Ctrl+N in the directory: a new organisation. A bad phone number is refused at its field; the name stays.
    page.organisation_table.setFocus()
    qtbot.keyClick(page.organisation_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.last_dialog
    assert isinstance(dialog, OrganisationDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Bibliotheek De Krook")
    dialog.category.setCurrentIndex(dialog.category.findData(OrganisationCategory.LIBRARY))
    qtbot.keyClicks(dialog.municipality, "Gent")
    qtbot.keyClicks(dialog.phone, "12 34")
    dialog.languages.set_codes(["nl", "en", "ar"])
    with work_done(qtbot):
        press_ok(dialog)
    assert dialog.isVisible()
    assert dialog._errors is not None and "“12 34” is not a valid phone number" in plain(
        dialog._errors.message("phone")
    )
    assert not dialog._errors.has("name")
    assert dialog.name.text() == "Bibliotheek De Krook" and dialog.phone.property("invalid") is True
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "09 210 10 00")
    with work_done(qtbot):
        press_ok(dialog)
    assert not dialog.isVisible()
    assert shown_column(page.organisation_proxy, 0) == ["Bibliotheek De Krook"]
    assert shown_column(page.organisation_proxy, 1) == ["Library"]
    assert shown_column(page.organisation_proxy, 4) == ["09 210 10 00"]
    assert shown_column(page.organisation_proxy, 5) == ["Dutch, English, Arabic"]
    assert page.organisation_count.text() == "1 organisations"
    library = page.selected_organisation_id()
    assert library is not None and page.refer_button.isEnabled()

    # From the directory: refer a family to it. The organisation is filled in; the family is found by typing.
    qtbot.mouseClick(page.refer_button, Qt.MouseButton.LeftButton)
    referral = page.last_dialog
    assert isinstance(referral, ReferralDialog) and referral.isVisible()
    assert referral.organisation.chosen_id() == library
    assert referral.organisation.currentText() == "Bibliotheek De Krook (Library)"
    assert referral.follow_up_on.date_value() == TODAY + dt.timedelta(days=14)
    assert referral.outcome.currentData() == ReferralOutcome.PENDING
    activate(qtbot, referral)
    qtbot.keyClicks(referral.family.lineEdit(), "haile")
    assert referral.family.chosen_id() == haile
    qtbot.keyClicks(referral.purpose, "Library card for the children")
    follow_up = TODAY + dt.timedelta(days=7)
    referral.follow_up_on.setDate(qdate(follow_up))
    with work_done(qtbot):
        press_ok(referral)
    assert not referral.isVisible()

    # It is listed among the open referrals, chosen; the directory counts it.
    assert page.tabs.currentIndex() == REFERRALS_TAB
    assert page.referral_filter.currentData() == OPEN
    referral_id = page.selected_referral_id()
    assert referral_id is not None and referral.saved_id == referral_id
    assert shown_column(page.referral_proxy, 1) == ["Gezin Haile"]
    assert shown_column(page.referral_proxy, 2) == ["Bibliotheek De Krook"]
    assert shown_column(page.referral_proxy, 4) == ["Pending"]
    assert shown_column(page.referral_proxy, FOLLOW_UP_COLUMN) == [short_date(follow_up)]
    assert shown_column(page.organisation_proxy, 6) == ["1"]

    # Followed up: reopened, the outcome comes first; enrolled, it is closed and leaves the open referrals.
    qtbot.mouseClick(page.open_referral_button, Qt.MouseButton.LeftButton)
    again = page.last_dialog
    assert isinstance(again, ReferralDialog) and again.referral_id == referral_id
    assert again.form.itemAt(0, again.form.ItemRole.FieldRole).widget() is again.outcome
    assert again.outcome.font().bold() and again.follow_up_on.isEnabled()
    assert again.family.chosen_id() == haile and again.purpose.text() == "Library card for the children"
    again.outcome.setCurrentIndex(again.outcome.findData(ReferralOutcome.ENROLLED))
    assert not again.follow_up_on.isEnabled()
    assert again.intro.text() == "The referral will be closed with this outcome."
    with work_done(qtbot):
        press_ok(again)
    assert page.referral_proxy.rowCount() == 0 and page.referral_count.text() == "0 of 1 referrals"
    page.referral_filter.setCurrentIndex(page.referral_filter.findData(EVERY))
    assert shown_column(page.referral_proxy, 4) == ["Enrolled"]
    assert shown_column(page.referral_proxy, FOLLOW_UP_COLUMN) == [""]
    assert shown_column(page.organisation_proxy, 6) == [""]


def test_a_referral_with_wrong_dates_or_no_family_is_refused_at_its_fields(
    qtbot: QtBot, app: QApplication, store: Store
) -> None:
    _haile, khatib = seed_families(store)
    page = OrganisationsPage(store)
    open_page(qtbot, page)
    page.tabs.setCurrentIndex(REFERRALS_TAB)
    page.referral_table.setFocus()
    qtbot.keyClick(page.referral_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.last_dialog
    assert isinstance(dialog, ReferralDialog)
    assert page.organisation_model.rowCount() == 0  # no organisation yet: that stays refused

    qtbot.keyClicks(dialog.purpose, "Playground in the summer")
    dialog.referred_on.setDate(qdate(TODAY + dt.timedelta(days=2)))
    dialog.follow_up_on.setDate(qdate(TODAY + dt.timedelta(days=1)))
    qtbot.keyClicks(dialog.family.lineEdit(), "Nobody")
    with work_done(qtbot):
        press_ok(dialog)
    errors = dialog._errors
    assert dialog.isVisible() and errors is not None
    assert errors.message("family") == "Choose one in the list."
    assert errors.message("organisation") == "Choose one in the list."
    assert "lies in the future" in errors.message("referred_on")
    assert "comes before" in errors.message("follow_up_on")
    assert dialog.family.currentText() == "Nobody" and dialog.purpose.text() == "Playground in the summer"

    # Dates put right and a family in another script chosen; the organisation still missing.
    dialog.referred_on.setDate(qdate(TODAY))
    dialog.follow_up_on.setDate(qdate(TODAY - dt.timedelta(days=1)))
    with work_done(qtbot):
        press_ok(dialog)
    assert not errors.has("referred_on") and "comes before" in errors.message("follow_up_on")
    dialog.follow_up_on.setDate(qdate(TODAY + dt.timedelta(days=10)))
    dialog.family.lineEdit().clear()
    for letter in "الخطيب":  # QTest types ASCII only; an input method delivers these one by one
        dialog.family.lineEdit().insert(letter)
    assert dialog.family.chosen_id() == khatib
    with work_done(qtbot):
        press_ok(dialog)
    assert dialog.isVisible() and not errors.has("family") and errors.has("organisation")
    dialog.reject()


def test_a_follow_up_that_has_come_shows_in_bold_red(qtbot: QtBot, app: QApplication, store: Store) -> None:
    haile, khatib = seed_families(store)
    page = OrganisationsPage(store)
    open_page(qtbot, page)
    qtbot.mouseClick(page.new_organisation_button, Qt.MouseButton.LeftButton)
    dialog = page.last_dialog
    assert isinstance(dialog, OrganisationDialog)
    qtbot.keyClicks(dialog.name, "Speelpleinwerking Gent")
    with work_done(qtbot):
        press_ok(dialog)
    organisation = page.selected_organisation_id()
    earlier = TODAY - dt.timedelta(days=20)
    for family, follow_up in ((haile, TODAY - dt.timedelta(days=1)), (khatib, TODAY + dt.timedelta(days=5))):
        save_referral(
            store, ReferralDraft(family, organisation, "Summer playground", earlier, follow_up), TODAY
        )
    page.refresh()
    page.tabs.setCurrentIndex(REFERRALS_TAB)
    due, later = (page.referral_proxy.index(r, FOLLOW_UP_COLUMN) for r in range(2))
    assert due.data() == short_date(TODAY - dt.timedelta(days=1))  # the earliest first
    font = due.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert due.data(Qt.ItemDataRole.ForegroundRole) == QColor(DUE_COLOUR)
    assert later.data(Qt.ItemDataRole.FontRole) is None
    # Found by the family's name in its own script.
    page.referral_search.insert("الخطيب")
    assert shown_column(page.referral_proxy, 1) == ["عائلة الخطيب"]


def test_the_models_of_the_organisations_page_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, app: QApplication, store: Store
) -> None:
    haile, _khatib = seed_families(store)
    page = OrganisationsPage(store)
    open_page(qtbot, page)  # a page reloads on a change only when it is shown
    qtbot.mouseClick(page.new_organisation_button, Qt.MouseButton.LeftButton)
    dialog = page.last_dialog
    assert isinstance(dialog, OrganisationDialog)
    qtbot.keyClicks(dialog.name, "Bibliotheek De Krook")
    with work_done(qtbot):
        press_ok(dialog)
    organisation = page.selected_organisation_id()
    assert organisation is not None
    save_referral(store, ReferralDraft(haile, organisation, "Library card", TODAY, TODAY), TODAY)
    page.refresh()
    for model in (page.organisation_model, page.organisation_proxy, page.referral_model, page.referral_proxy):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


# -- signals ------------------------------------------------------------------------------------------


def add_signal_by_hand(
    qtbot: QtBot, page: SignalsPage, theme: SignalTheme, text: str, raised: dt.date, family: str | None
) -> uuid.UUID:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.last_dialog
    assert isinstance(dialog, SignalDialog) and dialog.isVisible()
    assert dialog.family.chosen_id() is None and not dialog.family.unknown()  # "— none —"
    dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
    dialog.raised_on.setDate(qdate(raised))
    if family is not None:
        dialog.family.lineEdit().clear()
        qtbot.keyClicks(dialog.family.lineEdit(), family)
    qtbot.keyClicks(dialog.description, text)
    with work_done(qtbot):
        press_ok(dialog)
    assert dialog.saved_id is not None and page.selected_id() == dialog.saved_id
    return dialog.saved_id


def test_signals_are_added_passed_on_and_answered(qtbot: QtBot, app: QApplication, store: Store) -> None:
    seed_families(store)
    page = SignalsPage(store)
    open_page(qtbot, page)
    assert page.count.text() == "0 signals" and not page.pass_on_button.isEnabled()
    raised = TODAY - dt.timedelta(days=10)
    housing = add_signal_by_hand(
        qtbot, page, SignalTheme.HOUSING, "Gezin Haile lives in a damp flat.", raised, "haile"
    )
    add_signal_by_hand(qtbot, page, SignalTheme.LANGUAGE, "No evening Dutch class nearby.", TODAY, None)
    assert page.count.text() == "2 signals"
    assert shown_column(page.proxy, 1) == ["Language", "Housing"]  # the newest first
    assert shown_column(page.proxy, 3) == ["", "Gezin Haile"]
    assert shown_column(page.proxy, 5) == ["New", "New"]

    # A signal without text, or about a family not in the list, is refused at the field.
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.last_dialog
    assert isinstance(dialog, SignalDialog)
    qtbot.keyClicks(dialog.family.lineEdit(), "Nobody")
    press_ok(dialog)  # refused before any work: the family is not one of the list
    assert dialog._errors is not None and dialog._errors.message("description") == "This field is required."
    assert dialog._errors.message("family") == "Choose one in the list."
    dialog.reject()

    # Passed on: not before the day it was raised.
    page.select(housing)
    assert page.pass_on_button.isEnabled()
    qtbot.mouseClick(page.pass_on_button, Qt.MouseButton.LeftButton)
    pass_dialog = page.last_dialog
    assert isinstance(pass_dialog, PassOnDialog) and pass_dialog.on.date() == qdate(TODAY)
    pass_dialog.on.setDate(qdate(raised - dt.timedelta(days=1)))
    with work_done(qtbot):
        press_ok(pass_dialog)
    assert pass_dialog.isVisible() and pass_dialog._errors is not None
    assert "comes before" in pass_dialog._errors.message("passed_on_on")
    passed = raised + dt.timedelta(days=2)
    pass_dialog.on.setDate(qdate(passed))
    with work_done(qtbot):
        press_ok(pass_dialog)
    assert page.selected_id() == housing
    assert page.selected_row() is not None
    housing_row = page.model.row_of(housing)
    assert housing_row is not None
    assert page.model.index(housing_row, 5).data() == f"Passed on {short_date(passed)}"

    # Answered: the answer is required, then shown with its date; an answered signal is not passed on again.
    qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    answer = page.last_dialog
    assert isinstance(answer, AnswerDialog)
    with work_done(qtbot):
        press_ok(answer)
    assert answer._errors is not None and answer._errors.message("answer") == "This field is required."
    qtbot.keyClicks(answer.answer, "The city opens a housing desk on Mondays.")
    with work_done(qtbot):
        press_ok(answer)
    assert page.model.index(housing_row, 5).data() == f"Answered {short_date(TODAY)}"
    assert page.model.index(housing_row, 6).data() == "The city opens a housing desk on Mondays."
    assert not page.pass_on_button.isEnabled() and page.answer_button.isEnabled()

    # The filters: by status and by theme.
    page.status_filter.setCurrentIndex(page.status_filter.findText("Answered"))
    assert shown_column(page.proxy, 1) == ["Housing"] and page.count.text() == "1 of 2 signals"
    page.status_filter.setCurrentIndex(0)
    page.theme_filter.setCurrentIndex(page.theme_filter.findText("Language"))
    assert shown_column(page.proxy, 1) == ["Language"]


def pdf_text(path: Path) -> str:
    try:
        import pypdf
    except ImportError:
        if shutil.which("pdftotext") is None:
            pytest.fail("neither pypdf nor pdftotext is there to read the PDF")
        return subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_the_report_for_the_policy_officer_names_nobody_and_a_failed_save_says_so(
    qtbot: QtBot, app: QApplication, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    haile, khatib = seed_families(store)
    start, end = TODAY - dt.timedelta(days=60), TODAY
    save_signal(
        store,
        SignalDraft(
            SignalTheme.HOUSING, "Gezin Haile lives in a damp flat.", TODAY - dt.timedelta(days=9), haile
        ),
        TODAY,
    )
    save_signal(
        store,
        SignalDraft(SignalTheme.HOUSING, "Two families cannot find a flat.", TODAY - dt.timedelta(days=3)),
        TODAY,
    )
    save_signal(
        store,
        SignalDraft(SignalTheme.LANGUAGE, "ليلى has no Dutch class.", TODAY - dt.timedelta(days=5), khatib),
        TODAY,
    )
    save_signal(
        store,
        SignalDraft(SignalTheme.HEALTH, "Long before the period.", TODAY - dt.timedelta(days=200)),
        TODAY,
    )
    page = SignalsPage(store)
    open_page(qtbot, page)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    dialog = page.last_dialog
    assert isinstance(dialog, SignalReportDialog) and dialog.isVisible()
    assert dialog.period() == default_period(TODAY)
    assert dialog.privacy.text() == "The report contains no names of families or buddies."

    pdf, csv_path = tmp_path / "report.pdf", tmp_path / "report.csv"
    with work_done(qtbot):  # written by the operation runner
        dialog.export_report(start, end, pdf, csv_path)
    assert dialog.period() == (start, end) and dialog.saved_paths == [pdf, csv_path]
    status = dialog.status.text()
    assert status.count("Saved as") == 2 and status.count("href='file://") == 2 and str(pdf) in status

    # The button asks where (answered here), and adds the extension left out.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "asked"), ""))
    with work_done(qtbot):
        qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "asked.csv").read_bytes() == csv_path.read_bytes()

    text = pdf_text(pdf)
    assert "Housing" in text and "Language" in text and "Health" not in text
    assert "Haile" not in text and "ليلى" not in text and "Selam" not in text

    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the mark Excel needs to read UTF-8
    content = raw.decode("utf-8-sig")
    assert "Haile" not in content and "ليلى" not in content and "Long before" not in content
    rows = list(csv.reader(io.StringIO(content), delimiter=csv_delimiter()))
    cells = [cell for row in rows for cell in row]
    assert any("lives in a damp flat" in cell for cell in cells)
    assert any("cannot find a flat" in cell for cell in cells)
    assert any("has no Dutch class" in cell for cell in cells)
    assert sum(1 for row in rows if any("flat" in cell or "Dutch class" in cell for cell in row)) == 3

    # A folder that cannot be written to (here: a "folder" that is a file, which fails for root too).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file", encoding="utf-8")
    with work_done(qtbot):
        dialog.export_report(start, end, pdf_path=blocker / "report.pdf")
    assert dialog.isVisible() and "Could not save" in dialog.status.text()
    assert dialog.period() == (start, end) and blocker.read_text(encoding="utf-8") == "a file"
    with work_done(qtbot):
        dialog.export_report(start, end, csv_path=blocker / "report.csv")
    assert "Could not save" in dialog.status.text()

    # A period that ends before it starts is refused at its field, and nothing is saved.
    dialog.export_report(end, start, pdf_path=tmp_path / "wrong.pdf")
    assert not runner().busy  # nothing to write
    assert dialog._errors is not None and "comes before" in dialog._errors.message("end")
    assert not (tmp_path / "wrong.pdf").exists() and not dialog.pdf_button.isEnabled()


def test_the_report_texts_are_in_the_interface_language(app: QApplication) -> None:
    texts = report_texts("IN-Gent", TODAY - dt.timedelta(days=30), TODAY, TODAY)
    assert texts.organisation == "IN-Gent"
    assert short_date(TODAY) in texts.period and short_date(TODAY) in texts.made_on
    assert texts.theme_names[SignalTheme.HOUSING] == "Housing"
    assert texts.page_label.format(page=1, pages=2) == "Page 1 of 2"
    assert texts.format_date(TODAY) == short_date(TODAY)


def test_the_signals_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, app: QApplication, store: Store
) -> None:
    haile, _khatib = seed_families(store)
    save_signal(store, SignalDraft(SignalTheme.HOUSING, "Damp.\nVery damp.", TODAY, haile), TODAY)
    save_signal(store, SignalDraft(SignalTheme.OTHER, "Something else.", TODAY), TODAY)
    page = SignalsPage(store)
    qtbot.addWidget(page)
    page.show()  # a page loads its rows when first shown
    damp = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 1).data() == "Housing")
    assert page.proxy.index(damp, 4).data() == "Damp. …"
    assert page.proxy.index(damp, 4).data(Qt.ItemDataRole.ToolTipRole) == "Damp.\nVery damp."
    for model in (page.model, page.proxy):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_double_click_on_a_signal_opens_one_dialog(qtbot: QtBot, app: QApplication, store: Store) -> None:
    save_signal(store, SignalDraft(SignalTheme.HOUSING, "Damp flat.", TODAY), TODAY)
    page = SignalsPage(store)
    open_page(qtbot, page)
    # As the mouse does it: a click (press, release), then the second press that makes it a double click.
    where = page.table.visualRect(page.proxy.index(0, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert len([d for d in page.findChildren(SignalDialog) if d.isVisible()]) == 1

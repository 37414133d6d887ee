"""Screenshots of the app with the demo programme, at a common laptop size, in Dutch (`make screenshots`).

python -m tandem_desktop.gui.screenshots OUT_DIR [--size 1366x768] [--language nl]
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import tempfile
import time
import uuid
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from tandem_desktop.core.demo import DEMO_PASSPHRASE, load_demo
from tandem_desktop.core.privacy import erasing
from tandem_desktop.db.keyfile import key_for
from tandem_desktop.db.store import Store, open_store
from tandem_desktop.gui.common.record_form import RecordForm
from tandem_desktop.gui.common.record_list_page import RecordListPage
from tandem_desktop.gui.shell.app import make_application
from tandem_desktop.gui.shell.language import Translators
from tandem_desktop.gui.shell.main_window import MainWindow
from tandem_desktop.gui.shell.preferences import Preferences

# (file name, section index in the navigation)
SHOTS = (
    ("overview", 0),
    ("families", 1),
    ("buddies", 2),
    ("activities", 5),
    ("group-activities", 6),
    ("buddy-meetings", 7),
    ("organisations", 8),
    ("signals", 9),
    ("reports", 10),
    ("team", 12),
    ("settings", 13),
)
# The family form, opened on the demo family with the most members, one shot per tab.
FORM_TABS = ("family", "contact", "needs", "consent", "notes")
# The buddy form, opened on a demo buddy whose extract needs asking for (so its warning shows), one shot per tab.
BUDDY_FORM_TABS = ("buddy", "contact", "extract", "notes")


def take(out: Path, width: int, height: int, language: str) -> list[Path]:
    app = make_application()
    translators = Translators()
    translators.switch(language)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "data", key_for(Path(tmp) / "data", DEMO_PASSPHRASE))
        try:
            load_demo(store, dt.date.today())
            window = _shown_window(store, translators, width, height)
            QApplication.processEvents()
            out.mkdir(parents=True, exist_ok=True)
            for name, section in SHOTS:
                window.show_section(section)
                _settle()  # a list page reads its rows as an operation
                target = out / f"{name}-{language}-{width}x{height}.png"
                window.grab().save(str(target))
                written.append(target)
            written += _duo_shots(window, out, f"{language}-{width}x{height}")
            written += _record_form_shots(window, out, f"{language}-{width}x{height}")
            written += _log_shots(window, out, f"{language}-{width}x{height}")
            written += _agreement_shots(window, out, f"{language}-{width}x{height}")
            written += _main_path_shots(window, out, f"{language}-{width}x{height}")
            window.lock_action.trigger()  # the lock screen, over the demo programme
            _settle()
            written.append(out / f"locked-{language}-{width}x{height}.png")
            window.grab().save(str(written[-1]))
            window.close()
        finally:
            store.close()
        written += _empty_shots(Path(tmp) / "empty", translators, out, width, height, language)
        written += _privacy_shots(Path(tmp) / "old", translators, out, width, height, language)
        written += _key_shots(Path(tmp) / "new", translators, out, width, height, language)
    app.processEvents()
    return written


def _shown_window(store: Store, translators: Translators, width: int, height: int) -> MainWindow:
    window = MainWindow(store, Preferences(store.data_dir), translators)
    window.resize(width, height)
    window.show()
    return window


def _form_shots(
    window: MainWindow,
    page: RecordListPage,
    record_id: uuid.UUID,
    prefix: str,
    tabs: tuple[str, ...],
    suffix: str,
) -> list[Path]:
    """Open the record's form from its page, and grab each tab."""
    window.show_section(window.ui.pages.indexOf(page))
    _settle()  # its rows are read as an operation
    page.select(record_id)
    form = page.open_record(record_id)
    assert isinstance(form, RecordForm)  # the family and the buddy forms, with their tabs
    QApplication.processEvents()
    written = []
    for index, name in enumerate(tabs):
        form.ui.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        target = Path(f"{prefix}-{name}-{suffix}.png")
        form.grab().save(str(target))
        written.append(target)
    form.done(0)
    return written


def _record_form_shots(window: MainWindow, out: Path, suffix: str) -> list[Path]:
    from tandem_desktop.core.buddies import ExtractState, buddy_rows, extract_state
    from tandem_desktop.core.families import family_rows

    # The demo family with the most members; a buddy whose extract needs attention (the warning shows).
    fullest = max(family_rows(window.store), key=lambda row: len(row.member_names))
    today = dt.date.today()
    buddy = max(
        buddy_rows(window.store),
        key=lambda row: (extract_state(row.extract_on, today) != ExtractState.VALID, len(row.languages)),
    )
    return _form_shots(
        window, window.families, fullest.id, str(out / "family-form"), FORM_TABS, suffix
    ) + _form_shots(window, window.buddies, buddy.id, str(out / "buddy-form"), BUDDY_FORM_TABS, suffix)


def _duo_shots(window: MainWindow, out: Path, suffix: str) -> list[Path]:
    """Matching for the waiting family with the most possible buddies; the duos page on a duo in month 4."""
    from tandem_desktop.core import duos

    page = window.matching
    window.show_section(window.ui.pages.indexOf(page))
    best = max(page.family_model.rows(), key=lambda f: sum(s.possible for s in page.suggestions_for(f.id)))
    page.choose(best.id)
    QApplication.processEvents()
    written = [out / f"matching-{suffix}.png"]
    window.grab().save(str(written[-1]))

    today = dt.date.today()
    rows = duos.duo_rows(window.store, today)
    # A duo in its fourth month that had both held and cancelled activities: the timeline shows it all.
    month_four = [row for row in rows if row.progress.month == 4 and row.status.value == "active"]
    chosen = max(
        month_four or rows,
        key=lambda row: len({a.held for a in duos.load_timeline(window.store, row.id, today).activities}),
    )
    window.show_duo(chosen.id)
    QApplication.processEvents()
    written.append(out / f"duos-{suffix}.png")
    window.grab().save(str(written[-1]))
    return written


def _log_shots(window: MainWindow, out: Path, suffix: str) -> list[Path]:
    """The forms of the activity logs, each on the demo's fullest record: a held activity with a signal if
    there is one, the best-attended group activity, the buddy meeting with the most lines, a referral."""
    from tandem_desktop.core import activities, activity_list, buddy_meetings, group_activities, organisations
    from tandem_desktop.gui.activities.activity_dialog import ActivityDialog
    from tandem_desktop.gui.gatherings.buddy_meeting_dialog import BuddyMeetingDialog
    from tandem_desktop.gui.gatherings.group_activity_dialog import GroupActivityDialog
    from tandem_desktop.gui.network.organisation_dialogs import ReferralDialog

    store, today = window.store, dt.date.today()
    held = [row for row in activity_list.activity_rows(store, activity_list.ActivityFilter(held=True))]
    fullest = max(
        held, key=lambda r: (bool(activities.load_activity(store, r.id).signal_text), r.children_count)
    )
    group = max(group_activities.group_activity_rows(store), key=lambda r: r.people)
    meeting = max(buddy_meetings.meeting_rows(store), key=lambda r: r.ideas + r.needs + r.signals)
    referral = next(iter(organisations.referral_rows(store)))
    dialogs = (
        ("activity-form", ActivityDialog(store, today, window, activity_id=fullest.id)),
        ("group-activity-form", GroupActivityDialog(store, group.id, today, window)),
        ("buddy-meeting-form", BuddyMeetingDialog(store, meeting.id, today, window)),
        ("referral-form", ReferralDialog(store, window, referral_id=referral.id, today=today)),
    )
    written = []
    for name, dialog in dialogs:
        dialog.open()
        QApplication.processEvents()
        written.append(out / f"{name}-{suffix}.png")
        dialog.grab().save(str(written[-1]))
        dialog.done(0)
    return written


def _agreement_shots(window: MainWindow, out: Path, suffix: str) -> list[Path]:
    """The agreement of a duo whose family speaks Arabic, in Dutch and Arabic, the buddy signed on the screen;
    and the dialog that marks it as signed."""
    from tandem_desktop.core import duos
    from tandem_desktop.core.agreements import agreement_content
    from tandem_desktop.gui.agreement.agreement_dialog import AgreementDialog

    store, today = window.store, dt.date.today()
    rows = duos.duo_rows(store, today)
    arabic = [r for r in rows if "ar" in agreement_content(store, r.id, None, today).family_languages]
    dialog = AgreementDialog(store, (arabic or rows)[0].id, today, window)
    dialog.choose_language("ar")
    dialog.open()
    _settle()  # the PDF is made in the background; signing needs it
    dialog.sign("buddy")
    pad = dialog.last_dialog
    if pad is not None:
        _scribble(pad.pad)  # type: ignore[attr-defined]
        pad.accept()
    written = []

    def grab(widget: QWidget, name: str) -> None:
        _settle()
        written.append(out / f"{name}-{suffix}.png")
        widget.grab().save(str(written[-1]))

    grab(dialog, "agreement")
    bar = dialog.view.verticalScrollBar()
    bar.setValue(bar.maximum())  # the signature blocks, the buddy's signature drawn in
    grab(dialog, "agreement-signatures")
    dialog.mark_signed()  # the agreement is recorded first, then the dialog opens
    _settle()
    if dialog.last_dialog is not None:
        grab(dialog.last_dialog, "agreement-mark-signed")
        dialog.last_dialog.done(0)
    dialog.done(0)

    from tandem_desktop.gui.agreement.template_dialog import AgreementTemplateDialog

    template = AgreementTemplateDialog(store, window)
    template.open()
    template.parts.setCurrentRow(template.parts.count() // 2)  # a list of clauses
    grab(template, "agreement-template")
    template.done(0)
    return written


def _main_path_shots(window: MainWindow, out: Path, suffix: str) -> list[Path]:
    """The main path (docs/main-path.md) for a new household with Arabic, Ethiopic and Latin names: the next
    step offered after the save, Matchen on the family, starting the duo, and its agreement (also as a PDF, to
    render and read)."""
    from tandem_desktop.core import duos, families
    from tandem_desktop.core.families import FamilyDraft, MemberDraft
    from tandem_desktop.db.models.enums import MemberRole
    from tandem_desktop.gui.agreement.agreement_dialog import AgreementDialog
    from tandem_desktop.gui.duos.duo_dialogs import StartDuoDialog

    store, today = window.store, window.store.today()
    draft = FamilyDraft(
        name="محمد الحسيني",
        mother_tongue="ar",
        contact_languages=["ti"],
        postcode="9000",
        municipality="Gent",
        members=[
            MemberDraft(name="محمد الحسيني", role=MemberRole.PARENT, birth_year=1988),
            MemberDraft(name="ሰላም ተስፋይ", role=MemberRole.PARENT, birth_year=1990),
            MemberDraft(name="محمد", role=MemberRole.CHILD, birth_year=today.year - 10),
            MemberDraft(name="Lina", role=MemberRole.CHILD, birth_year=today.year - 7),
        ],
    )
    family_id = families.save_family(store, draft, today)
    written: list[Path] = []

    def grab(widget: QWidget, name: str) -> None:
        _settle()
        written.append(out / f"{name}-{suffix}.png")
        widget.grab().save(str(written[-1]))

    page = window.families
    window.show_section(window.ui.pages.indexOf(page))
    page.refresh()
    _settle()
    row = families.family_row(store, family_id)
    assert row is not None
    page.after_save(row)
    question = page.last_question
    if question is not None:
        grab(question, "main-path-next-step")  # a window of its own: the main window's grab leaves it out
        question.buttons()[0].click()  # on the waiting list, and Matchen on the family
    grab(window, "main-path-matching")
    suggestion = window.matching.selected_suggestion()
    if suggestion is None or not suggestion.possible:
        return written
    duo_id = duos.create_duo(store, family_id, suggestion.buddy.id, today)
    window.show_duo(duo_id)
    row_of_duo = duos.duo_row(store, duo_id, today)
    assert row_of_duo is not None
    start = StartDuoDialog(store, row_of_duo, today, window)
    start.open()
    grab(start, "main-path-start-duo")
    start.buttons.button(start.buttons.StandardButton.Ok).click()
    _settle()
    dialog = AgreementDialog(store, duo_id, today, window)
    dialog.choose_language("ar")
    dialog.open()
    grab(dialog, "agreement-household-scripts")
    (out / f"agreement-household-scripts-{suffix}.pdf").write_bytes(dialog.pdf)
    dialog.done(0)
    return written


def _empty_shots(
    data_dir: Path, translators: Translators, out: Path, width: int, height: int, language: str
) -> list[Path]:
    """Families and Duos of a new programme: what each page says to do first."""
    store = open_store(data_dir, key_for(data_dir, DEMO_PASSPHRASE))
    written = []
    try:
        window = _shown_window(store, translators, width, height)
        for name, page in (("families-empty", window.families), ("duos-empty", window.duos)):
            window.show_section(window.ui.pages.indexOf(page))
            _settle()  # a list page reads its rows as an operation
            written.append(out / f"{name}-{language}-{width}x{height}.png")
            window.grab().save(str(written[-1]))
        window.close()
    finally:
        store.close()
    return written


def _privacy_shots(
    data_dir: Path, translators: Translators, out: Path, width: int, height: int, language: str
) -> list[Path]:
    """The demo programme three years on: the Privacy page with who is due for erasure and why; the form of an
    erased family; the question before an erasure on request."""
    store = open_store(data_dir, key_for(data_dir, DEMO_PASSPHRASE))
    written = []
    suffix = f"{language}-{width}x{height}"
    try:
        today = dt.date.today()
        load_demo(store, today.replace(year=today.year - 3))
        window = _shown_window(store, translators, width, height)
        window.show_section(window.ui.pages.indexOf(window.privacy))
        _settle()
        written.append(out / f"privacy-{suffix}.png")
        window.grab().save(str(written[-1]))
        due = window.privacy.due
        family = next(d for d in due if d.table_name == "family")
        form = window.families.open_record(family.record_id)
        assert isinstance(form, RecordForm) and form.privacy is not None
        form.resize(min(width - 80, 1100), min(height - 60, 700))
        form.privacy.ask_erase()
        _settle()
        dialog = form.privacy.last_dialog
        assert dialog is not None
        written.append(out / f"erase-on-request-{suffix}.png")
        dialog.grab().save(str(written[-1]))
        dialog.close()
        form.close()
        window.privacy.erase([erasing.Person(family.table_name, family.record_id)])
        _settle()
        form = window.families.open_record(family.record_id)
        assert isinstance(form, RecordForm)
        _settle()
        written.append(out / f"family-form-erased-{suffix}.png")
        form.grab().save(str(written[-1]))
        form.close()
        window.close()
    finally:
        store.close()
    return written


def _key_shots(
    data_dir: Path, translators: Translators, out: Path, width: int, height: int, language: str
) -> list[Path]:
    """The first start (a passphrase chosen, the emergency sheet) and a later one (a wrong passphrase typed)."""
    from tandem_desktop.db.cipher import new_recovery_key
    from tandem_desktop.db.errors import WrongPassphrase
    from tandem_desktop.gui.common.messages import user_message
    from tandem_desktop.gui.shell.key_pages import NewPassphrasePage, RecoveryKeyPage, UnlockPage

    data_dir.mkdir(parents=True)
    window = MainWindow(None, Preferences(data_dir), translators)
    window.resize(width, height)
    window.show()
    assert window.opening is not None
    choose = NewPassphrasePage(window.opening)
    choose.first.setText("fietsen langs de Leie")  # a fictional programme's passphrase, typed twice
    choose.repeat.setText("fietsen langs de Leie")
    unlock = UnlockPage(window.opening)
    unlock.passphrase.setText("fietsen langs de Schelde")
    written = []
    for name, page in (
        ("passphrase-new", choose),
        ("emergency-sheet", RecoveryKeyPage(new_recovery_key(), str(data_dir), parent=window.opening)),
        ("passphrase-wrong", unlock),
    ):
        window.opening.show_view(page)
        if page is unlock:
            unlock.show_problem(user_message(WrongPassphrase()))
        _settle()
        written.append(out / f"{name}-{language}-{width}x{height}.png")
        window.grab().save(str(written[-1]))
    window.close()
    return written


def _settle() -> None:
    """Let the work under way end (the operation runner) and QPdfView render its pages (it does so in the
    background) before a grab."""
    from tandem_desktop.gui.common.operations import runner

    while runner().busy:
        QApplication.processEvents()
        time.sleep(0.02)
    for _ in range(30):
        QApplication.processEvents()
        time.sleep(0.02)


def _scribble(pad: QWidget) -> None:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    points = [QPointF(30 + 9 * i, 90 - 35 * math.sin(i / 2.2) - i) for i in range(40)]
    kinds = [QEvent.Type.MouseButtonPress, *[QEvent.Type.MouseMove] * 38, QEvent.Type.MouseButtonRelease]
    for kind, point in zip(kinds, points, strict=True):
        buttons = (
            Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
        )
        event = QMouseEvent(
            kind,
            point,
            pad.mapToGlobal(point),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(pad, event)


def main() -> None:
    parser = argparse.ArgumentParser(description="Screenshots of Tandem Desktop with the demo programme.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--language", default="nl")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    for path in take(args.out, width, height, args.language):
        print(path)


if __name__ == "__main__":
    main()

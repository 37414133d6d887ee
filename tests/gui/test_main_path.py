"""The coordinator's main path through the real window, counted as she would do it (docs/main-path.md): a new
family's intake, the waiting list, the suggested buddy, the duo started today, the agreement previewed and sent to
the printer. Every click and every navigation key (Tab, Enter, Escape, Alt+letter, Ctrl+S) counts as an action;
typing the family's details does not. The path must stay within 40 actions."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from tandem_desktop.core import buddies, duos
from tandem_desktop.core.agreements import agreements_of
from tandem_desktop.core.buddies import BuddyDraft
from tandem_desktop.core.settings import get_settings
from tandem_desktop.db.models import Family, Trajectory
from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus, MemberRole, TrajectoryStatus
from tandem_desktop.db.store import Store
from tandem_desktop.gui.agreement import printing
from tandem_desktop.gui.agreement.agreement_dialog import AgreementDialog
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.duos.duo_dialogs import CreateDuoDialog, StartDuoDialog
from tandem_desktop.gui.intake.family_form import FamilyForm
from tandem_desktop.gui.shell.main_window import MainWindow

from .conftest import activate, work_done
from .test_printing import PRINTED, print_queue  # noqa: F401  (the fixture: CI has the queue, locally it skips)

MOST_ACTIONS = 40  # the bound for the whole path
FAMILY = "Gezin Mansour"


class Actions:
    """Drives the window as the coordinator does, and counts what she does."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def click(self, widget: QWidget) -> None:
        self.count += 1
        assert widget.isVisible() and widget.isEnabled(), widget.objectName()
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        focused = QApplication.focusWidget()
        assert focused is not None
        self.qtbot.keyClick(focused, key, modifier)

    def type(self, text: str) -> None:
        """Typed content: not an action. Characters QTest cannot type (ë, Arabic) go in as an input method does."""
        focused = QApplication.focusWidget()
        assert focused is not None
        if text.isascii():
            self.qtbot.keyClicks(focused, text)
        else:
            for char in text:
                focused.insert(char)  # type: ignore[attr-defined]


def a_buddy_who_fits(store: Store) -> uuid.UUID:
    """Buddy Lotte, screened and available, speaks Arabic, free on Saturday morning, with an extract."""
    today = store.today()
    buddy_id = buddies.save_buddy(
        store,
        BuddyDraft(
            name="Lotte Janssens",
            languages=["nl", "ar"],
            postcode="9000",
            municipality="Gent",
            availability=["sat-morning", "wed-afternoon"],
            criminal_record_extract_on=today - dt.timedelta(days=20),
        ),
        today,
    )
    buddies.make_available(store, buddy_id)
    with store.transaction() as session:
        settings = get_settings(session)
        settings.organisation_name = "Buddywerking Tandem (test)"
        settings.coordinator_name = "Ine Coördinator"
        settings.coordinator_phone = "+3292100000"
    return buddy_id


def press_when_shown(
    kind: type, button: Callable[[QWidget], QAbstractButton | None], seen: list[str]
) -> None:
    """When a modal dialog of `kind` shows (the system print dialog), press its default button, once."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, press)
            return
        seen.append(type(dialog).__name__)
        pressed = button(dialog)
        if pressed is None:
            dialog.accept()  # type: ignore[attr-defined]
        else:
            pressed.click()

    QTimer.singleShot(0, press)


def test_from_a_new_family_to_the_printed_agreement_in_at_most_40_actions(
    qtbot: QtBot,
    open_window: Callable[[], MainWindow],
    print_queue: str,  # noqa: F811
) -> None:
    window = open_window()
    store = window.store
    with work_done(qtbot):  # made as the app makes a buddy, and the pages hear of it
        runner().run(lambda _progress: a_buddy_who_fits(store), parent=window)
    do = Actions(qtbot)

    # Families, then the empty page's own button (or "Nieuw gezin"): the family form opens on the name.
    families_row = window.ui.navigation.visualItemRect(window.ui.navigation.item(1)).center()
    do.count += 1
    qtbot.mouseClick(window.ui.navigation.viewport(), Qt.MouseButton.LeftButton, pos=families_row)
    page = window.families
    assert window.current_page() is page
    # A new programme: once read, the page says what to do first, with the button to do it.
    qtbot.waitUntil(page.empty.isVisible)
    assert page.empty.isVisible() and "Begin met de intake" in page.empty.text.text()
    assert page.empty.text.height() >= page.empty.text.heightForWidth(page.empty.text.width())  # not cut
    do.click(page.empty.button)
    form = page.last_form
    assert isinstance(form, FamilyForm) and form.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.ui.nameEdit)

    # The intake: name, mother tongue, a child, a phone number, the consent date (today).
    do.type(FAMILY)
    do.key(Qt.Key.Key_Tab)  # status: a new family is "registered"
    do.key(Qt.Key.Key_Tab)  # mother tongue
    do.type("Arabisch")
    do.key(Qt.Key.Key_Return)
    assert form.ui.motherTongueCombo.code() == "ar"
    do.click(form.ui.addMemberButton)  # the new member's name is being edited; a new member is a child
    do.type("Lina")
    do.key(Qt.Key.Key_Return)  # the name is taken (Enter does not save the form)
    assert form.isVisible()
    qtbot.waitUntil(lambda: [(m.name, m.role) for m in form.draft().members] == [("Lina", MemberRole.CHILD)])
    do.key(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # the Contact tab
    do.click(form.ui.phoneEdit)
    do.type("0470 11 22 33")
    do.key(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "Noden en wee&k": free on Saturday morning
    do.click(form.ui.unavailabilityGrid.cell("mon-morning"))
    do.key(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # "Toestemming en gevoe&lig"
    do.click(form.ui.consentDateEdit)
    do.type(store.today().strftime("%d/%m/%Y"))
    with work_done(qtbot):  # saved through the operation runner; then the form closes (and is deleted)
        do.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # save

    # Saved: the next step is offered, and Enter takes it (the waiting list, then Matching with the buddies).
    qtbot.waitUntil(lambda: page.last_question is not None and page.last_question.isVisible())
    assert "wachtlijst" in page.last_question.informativeText()
    do.key(Qt.Key.Key_Return)
    matching = window.matching
    qtbot.waitUntil(lambda: window.current_page() is matching)
    with store.session() as session:
        family = session.exec(select(Family)).one()
        assert family.status == FamilyStatus.WAITING
    suggestion = matching.selected_suggestion()
    assert suggestion is not None and suggestion.possible and suggestion.buddy.name == "Lotte Janssens"

    # Enter on the suggestion: the new duo, proposed for today; Enter creates it, and its page shows.
    activate(qtbot, window)  # offscreen, a closed message box does not hand activation back (a desktop does)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is matching.suggestions)
    do.key(Qt.Key.Key_Return)
    create = matching.last_dialog
    assert isinstance(create, CreateDuoDialog) and create.isVisible()
    activate(qtbot, create)
    do.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() is window.duos)
    panel = window.duos.panel
    assert panel.row is not None and panel.row.status == TrajectoryStatus.PROPOSED

    # Start the duo: today, confirmed; the agreement opens next.
    do.click(panel.start_button)
    start = panel.last_dialog
    assert isinstance(start, StartDuoDialog) and start.open_agreement.isChecked()
    activate(qtbot, start)
    do.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(panel.last_dialog, AgreementDialog))
    agreement = panel.last_dialog
    assert isinstance(agreement, AgreementDialog)
    qtbot.waitUntil(agreement.isVisible)
    with store.session() as session:
        trajectory = session.exec(select(Trajectory)).one()
        assert trajectory.status == TrajectoryStatus.ACTIVE and trajectory.start_date == store.today()

    # Preview shown (made in the background); Print…, and Print in the system dialog (the queue offered first).
    qtbot.waitUntil(lambda: agreement.page_count() >= 1 and agreement.print_button.isEnabled())
    printing.remember_printer(print_queue)
    seen: list[str] = []
    press_when_shown(QPrintDialog, lambda _dialog: None, seen)
    do.count += 1  # the Print button of the system dialog, pressed by press_when_shown
    do.click(agreement.print_button)
    assert seen == ["QPrintDialog"]
    qtbot.waitUntil(lambda: "Naar de printer gestuurd" in agreement.status.text(), timeout=30_000)
    assert [r.second_language for r in agreements_of(store, trajectory.id)] == ["ar"]

    assert do.count <= MOST_ACTIONS, f"{do.count} actions"
    print(f"main path: {do.count} actions")
    for path in PRINTED.glob(f"*{FAMILY.replace(' ', '_')}*"):
        path.unlink(missing_ok=True)  # the printout holds the family's name

    with store.session() as session:
        assert session.exec(select(Family)).one().status == FamilyStatus.IN_TRAJECTORY
    assert duos.duo_rows(store, store.today())[0].status == TrajectoryStatus.ACTIVE
    assert buddies.buddy_rows(store)[0].status == BuddyStatus.MATCHED

"""The overview's to-do list: this month's buddy meeting, referrals to follow up, signals still to pass on;
each line leads to where it is dealt with, and goes once it is done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from tandem_desktop.core import buddy_meetings, organisations, signals
from tandem_desktop.core.families import FamilyDraft, save_family_in
from tandem_desktop.db.models.enums import OrganisationCategory, ReferralOutcome, SignalTheme
from tandem_desktop.db.store import Store
from tandem_desktop.gui.common.operations import runner
from tandem_desktop.gui.overview.overview_page import MEETINGS, REFERRALS, SIGNALS
from tandem_desktop.gui.shell.main_window import MainWindow

from .conftest import plain, work_done

TODAY = dt.date.today()


def seed(store: Store) -> None:
    with store.transaction() as session:
        family_id = save_family_in(session, FamilyDraft(name="Gezin Haile"), TODAY).id
    library = organisations.save_organisation(
        store,
        organisations.OrganisationDraft(name="Bibliotheek De Krook", category=OrganisationCategory.LIBRARY),
    )
    organisations.save_referral(
        store,
        organisations.ReferralDraft(
            family_id, library, "Lidkaart voor de kinderen", TODAY - dt.timedelta(days=14), TODAY
        ),
        TODAY,
    )
    signals.save_signal(store, signals.SignalDraft(SignalTheme.HOUSING, "Vocht in de woning", TODAY), TODAY)


def deal_with_everything(store: Store) -> None:
    """The meeting is held, the referral closed with its outcome, the signal passed on."""
    buddy_meetings.save_meeting(store, buddy_meetings.MeetingDraft(TODAY), TODAY)
    referral = organisations.referral_rows(store)[0]
    closed = organisations.load_referral(store, referral.id)
    closed.outcome = ReferralOutcome.ENROLLED
    organisations.save_referral(store, closed, TODAY)
    signals.pass_on(store, signals.signal_rows(store)[0].id, TODAY, TODAY)


def test_the_overview_lists_what_waits_and_leads_to_it(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    store = window.store
    # Written as the screens write, through the runner: its notification of what changed reloads the pages.
    with work_done(qtbot):
        runner().run(lambda _progress: seed(store), parent=window)
    text = window.overview.to_do_text.text()
    month = QLocale().standaloneMonthName(TODAY.month)
    assert f"Nog geen buddymoment genoteerd voor {month} {TODAY.year}." in text
    assert "Volg de toeleiding van Gezin Haile naar Bibliotheek De Krook op" in plain(text)
    assert "Signalen nog niet doorgegeven aan de beleidsmedewerker: 1." in text
    for target, page in (
        (MEETINGS, window.buddy_meetings),
        (REFERRALS, window.organisations),
        (SIGNALS, window.signals),
    ):
        assert f"href='{target}'" in text
        window.overview.to_do_text.linkActivated.emit(target)  # what a click on the line does
        assert window.current_page() is page
    assert window.organisations.tabs.currentIndex() == 1  # the referrals, not the directory

    # Done: the meeting is held, the referral closed with its outcome, the signal passed on.
    with work_done(qtbot):
        runner().run(lambda _progress: deal_with_everything(store), parent=window)
    window.show_section(0)  # back to the overview: hidden, it is brought up to date when shown again
    assert window.overview.to_do_text.text().startswith("Er wacht niets")

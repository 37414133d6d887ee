"""The organisations directory, referrals and the signals register in the store (core/organisations.py,
core/signals.py): what is refused and where, the links to a running duo, follow-ups, statuses, the report."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from tandem_desktop.core import duos
from tandem_desktop.core.buddies import BuddyDraft, save_buddy_in
from tandem_desktop.core.errors import DomainError, ValidationFailed
from tandem_desktop.core.families import FamilyDraft, MemberDraft, save_family
from tandem_desktop.core.organisations import (
    OrganisationDraft,
    ReferralDraft,
    family_choices,
    family_of_duo,
    load_organisation,
    load_referral,
    organisation_choices,
    organisation_rows,
    referral_rows,
    referrals_due,
    save_organisation,
    save_referral,
)
from tandem_desktop.core.search import search_matches
from tandem_desktop.core.signals import (
    MAX_SIGNAL_LENGTH,
    REDACTED,
    NameScrubber,
    SignalDraft,
    load_signal,
    new_signal_count,
    pass_on,
    record_answer,
    save_signal,
    signal_report,
    signal_rows,
)
from tandem_desktop.core.status import change_status
from tandem_desktop.db.models import Family, Referral, Signal
from tandem_desktop.db.models.enums import (
    BuddyStatus,
    FamilyStatus,
    MemberRole,
    OrganisationCategory,
    ReferralOutcome,
    SignalSource,
    SignalStatus,
    SignalTheme,
)
from tandem_desktop.db.store import Store

TODAY = dt.date(2026, 11, 26)


def fields(error: DomainError) -> list[str | None]:
    errors = error.errors if isinstance(error, ValidationFailed) else [error]
    return [e.field for e in errors]


def a_family(
    store: Store, name: str = "Gezin Haile", members: tuple[str, ...] = ("Selam Haile",)
) -> uuid.UUID:
    draft = FamilyDraft(
        name=name,
        mother_tongue="ti",
        postcode="9000",
        municipality="Gent",
        members=[MemberDraft(m, MemberRole.CHILD, 2018) for m in members],
    )
    return save_family(store, draft, TODAY)


def a_library(store: Store) -> uuid.UUID:
    return save_organisation(
        store,
        OrganisationDraft(
            name="Bibliotheek De Krook",
            category=OrganisationCategory.LIBRARY,
            municipality="Gent",
            phone="09 210 10 00",
            languages=["nl", "en"],
        ),
    )


def a_running_duo(store: Store, family_id: uuid.UUID, start: dt.date) -> uuid.UUID:
    with store.transaction() as session:
        family = session.get(Family, family_id)
        assert family is not None
        change_status(session, family, FamilyStatus.WAITING)
        buddy_draft = BuddyDraft(
            name="Yonas Kidane", languages=["nl", "ti"], criminal_record_extract_on=start
        )
        buddy = save_buddy_in(session, buddy_draft, TODAY)
        change_status(session, buddy, BuddyStatus.AVAILABLE)
        buddy_id = buddy.id
    duo_id = duos.create_duo(store, family_id, buddy_id, start)
    duos.start_duo(store, duo_id)
    return duo_id


# -- organisations ------------------------------------------------------------------------------------


def test_an_organisation_is_refused_at_each_field_that_is_wrong_all_at_once(store: Store) -> None:
    with pytest.raises(ValidationFailed) as refused:
        save_organisation(store, OrganisationDraft(name="  ", phone="12", email="krook at gent"))
    assert fields(refused.value) == ["name", "phone", "email"]
    assert organisation_rows(store) == []


def test_an_organisation_is_stored_with_its_phone_in_e164_and_shown_nationally(store: Store) -> None:
    organisation_id = a_library(store)
    draft = load_organisation(store, organisation_id)
    assert draft.name == "Bibliotheek De Krook" and draft.category == OrganisationCategory.LIBRARY
    assert draft.phone == "09 210 10 00" and draft.languages == ["nl", "en"]
    [row] = organisation_rows(store)
    assert row.phone == "+3292101000" and row.open_referrals == 0
    assert "krook" in row.search_key and "092101000" in row.search_key

    draft.notes = "Open on Sunday"
    draft.email = "info@example.org"
    assert save_organisation(store, draft) == organisation_id
    assert load_organisation(store, organisation_id).email == "info@example.org"
    assert [c.name for c in organisation_choices(store)] == ["Bibliotheek De Krook"]


# -- referrals ----------------------------------------------------------------------------------------


def test_a_referral_is_refused_at_each_field_that_is_wrong(store: Store) -> None:
    draft = ReferralDraft(
        family_id=None,
        organisation_id=None,
        purpose=" ",
        referred_on=TODAY + dt.timedelta(days=1),
        follow_up_on=TODAY,
    )
    with pytest.raises(ValidationFailed) as refused:
        save_referral(store, draft, TODAY)
    assert fields(refused.value) == ["family", "organisation", "purpose", "referred_on", "follow_up_on"]


def test_a_referral_made_during_a_running_duo_is_linked_to_it(store: Store) -> None:
    family_id, library_id = a_family(store), a_library(store)
    duo_id = a_running_duo(store, family_id, TODAY - dt.timedelta(days=30))
    during = save_referral(
        store, ReferralDraft(family_id, library_id, "Library card", TODAY - dt.timedelta(days=10)), TODAY
    )
    before = save_referral(
        store, ReferralDraft(family_id, library_id, "Story hour", TODAY - dt.timedelta(days=60)), TODAY
    )
    with store.session() as session:
        assert session.get(Referral, during).trajectory_id == duo_id  # type: ignore[union-attr]
        assert session.get(Referral, before).trajectory_id is None  # type: ignore[union-attr]
    assert family_of_duo(store, duo_id) == family_id
    assert family_of_duo(store, uuid.uuid4()) is None


def test_closing_a_referral_clears_its_follow_up_and_its_open_count(store: Store) -> None:
    family_id, library_id = a_family(store), a_library(store)
    referral_id = save_referral(
        store,
        ReferralDraft(
            family_id, library_id, "Library card", TODAY, follow_up_on=TODAY + dt.timedelta(days=14)
        ),
        TODAY,
    )
    assert organisation_rows(store)[0].open_referrals == 1
    [row] = referral_rows(store)
    assert (
        row.is_open and row.family_name == "Gezin Haile" and row.organisation_name == "Bibliotheek De Krook"
    )
    assert row.category == OrganisationCategory.LIBRARY and search_matches(row.search_key, "library card")

    # On a waiting list it stays open, and its follow-up too.
    draft = load_referral(store, referral_id)
    draft.outcome = ReferralOutcome.WAITING_LIST
    save_referral(store, draft, TODAY)
    assert load_referral(store, referral_id).follow_up_on == TODAY + dt.timedelta(days=14)

    draft.outcome = ReferralOutcome.ENROLLED
    save_referral(store, draft, TODAY)
    stored = load_referral(store, referral_id)
    assert stored.outcome == ReferralOutcome.ENROLLED and stored.follow_up_on is None
    assert organisation_rows(store)[0].open_referrals == 0
    assert not referral_rows(store, referral_id)[0].is_open


def test_referrals_due_are_the_open_ones_whose_follow_up_has_come_oldest_first(store: Store) -> None:
    family_id, library_id = a_family(store), a_library(store)

    def refer(
        purpose: str, follow_up: int | None, outcome: ReferralOutcome = ReferralOutcome.PENDING
    ) -> None:
        on = TODAY - dt.timedelta(days=30)
        due = TODAY + dt.timedelta(days=follow_up) if follow_up is not None else None
        save_referral(store, ReferralDraft(family_id, library_id, purpose, on, due, outcome), TODAY)

    refer("due today", 0)
    refer("overdue", -5, ReferralOutcome.WAITING_LIST)
    refer("not yet", 3)
    refer("no date", None)
    refer("closed", -10, ReferralOutcome.NOT_PURSUED)
    with store.session() as session:
        due = referrals_due(session, TODAY)
    assert [row.purpose for row in due] == ["overdue", "due today"]
    assert all(row.is_due(TODAY) for row in due)
    assert [row.purpose for row in referral_rows(store) if row.is_due(TODAY)] != []


def test_a_referral_of_a_family_or_organisation_gone_is_refused(store: Store) -> None:
    family_id, library_id = a_family(store), a_library(store)
    with pytest.raises(DomainError):
        save_referral(store, ReferralDraft(family_id, uuid.uuid4(), "Library card", TODAY), TODAY)
    with pytest.raises(DomainError):
        load_referral(store, uuid.uuid4())
    assert referral_rows(store) == []
    assert library_id in {c.id for c in organisation_choices(store)}


def test_families_that_withdrew_are_no_choice_for_a_new_referral(store: Store) -> None:
    staying = a_family(store, "Gezin Haile")
    leaving = a_family(store, "Gezin Al-Khatib", ("ليلى الخطيب",))
    with store.transaction() as session:
        family = session.get(Family, leaving)
        assert family is not None
        change_status(session, family, FamilyStatus.WITHDRAWN)
    assert [c.id for c in family_choices(store)] == [staying]


# -- signals ------------------------------------------------------------------------------------------


def test_a_signal_is_refused_without_text_too_long_or_raised_in_the_future(store: Store) -> None:
    with pytest.raises(ValidationFailed) as refused:
        save_signal(store, SignalDraft(SignalTheme.HOUSING, " ", TODAY + dt.timedelta(days=1)), TODAY)
    assert fields(refused.value) == ["description", "raised_on"]
    with pytest.raises(ValidationFailed) as refused:
        save_signal(store, SignalDraft(SignalTheme.HOUSING, "x" * (MAX_SIGNAL_LENGTH + 1), TODAY), TODAY)
    assert fields(refused.value) == ["description"]
    assert signal_rows(store) == []


def test_a_signal_goes_from_new_to_passed_on_to_answered_with_dates_in_order(store: Store) -> None:
    family_id = a_family(store)
    raised = TODAY - dt.timedelta(days=20)
    signal_id = save_signal(
        store,
        SignalDraft(
            SignalTheme.HOUSING, "Damp in the bedroom.\nThe landlord does not answer.", raised, family_id
        ),
        TODAY,
    )
    [row] = signal_rows(store)
    assert (row.status, row.source, row.family_name) == (
        SignalStatus.NEW,
        SignalSource.COORDINATOR,
        "Gezin Haile",
    )
    with store.session() as session:
        assert new_signal_count(session) == 1

    # Passed on: not before it was raised, not in the future.
    with pytest.raises(DomainError) as refused:
        pass_on(store, signal_id, raised - dt.timedelta(days=1), TODAY)
    assert refused.value.field == "passed_on_on"
    with pytest.raises(DomainError) as refused:
        pass_on(store, signal_id, TODAY + dt.timedelta(days=1), TODAY)
    assert refused.value.field == "passed_on_on"
    passed = raised + dt.timedelta(days=3)
    pass_on(store, signal_id, passed, TODAY)
    row = signal_rows(store, signal_id)[0]
    assert (row.status, row.passed_on_on) == (SignalStatus.PASSED_ON, passed)

    # Its raised date may not move after the day it was passed on.
    draft = load_signal(store, signal_id)
    draft.raised_on = passed + dt.timedelta(days=1)
    with pytest.raises(ValidationFailed) as refused:
        save_signal(store, draft, TODAY)
    assert fields(refused.value) == ["raised_on"]

    # Answered: with an answer, not before it was passed on.
    with pytest.raises(ValidationFailed) as refused:
        record_answer(store, signal_id, passed - dt.timedelta(days=1), " ", TODAY)
    assert fields(refused.value) == ["answer", "answered_on"]
    record_answer(store, signal_id, TODAY, "  The city adds a housing consultation.  ", TODAY)
    row = signal_rows(store, signal_id)[0]
    assert (row.status, row.answered_on, row.answer) == (
        SignalStatus.ANSWERED,
        TODAY,
        "The city adds a housing consultation.",
    )
    assert search_matches(row.search_key, "housing consultation") and search_matches(row.search_key, "haile")
    with store.session() as session:
        assert new_signal_count(session) == 0


def test_an_answer_to_a_signal_not_yet_passed_on_passes_it_on_that_day(store: Store) -> None:
    signal_id = save_signal(store, SignalDraft(SignalTheme.LANGUAGE, "No evening Dutch class.", TODAY), TODAY)
    record_answer(store, signal_id, TODAY, "A new group starts in January.", TODAY)
    row = signal_rows(store, signal_id)[0]
    assert (row.status, row.passed_on_on, row.answered_on, row.family_name) == (
        SignalStatus.ANSWERED,
        TODAY,
        TODAY,
        "",
    )


def test_a_signal_about_a_family_in_a_running_duo_concerns_the_duo(store: Store) -> None:
    family_id = a_family(store)
    duo_id = a_running_duo(store, family_id, TODAY - dt.timedelta(days=30))
    signal_id = save_signal(store, SignalDraft(SignalTheme.SCHOOL, "No school yet.", TODAY, family_id), TODAY)
    with store.session() as session:
        assert session.get(Signal, signal_id).trajectory_id == duo_id  # type: ignore[union-attr]
    draft = load_signal(store, signal_id)
    draft.family_id = None
    save_signal(store, draft, TODAY)
    with store.session() as session:
        assert session.get(Signal, signal_id).trajectory_id is None  # type: ignore[union-attr]


def test_signal_rows_come_newest_first(store: Store) -> None:
    for days, text in ((30, "old"), (2, "new"), (10, "middle")):
        save_signal(store, SignalDraft(SignalTheme.OTHER, text, TODAY - dt.timedelta(days=days)), TODAY)
    assert [row.description for row in signal_rows(store)] == ["new", "middle", "old"]


# -- the report and its names -------------------------------------------------------------------------


def test_the_scrubber_takes_out_whole_names_and_single_names_whatever_their_case_or_accents() -> None:
    scrub = NameScrubber(["Gezin Haile", "Zoë Haile", "Exaucé Mukendi", "ليلى الخطيب", "Lotte Van der Berg"])
    assert scrub("Zoë Haile needs a school.") == f"{REDACTED} needs a school."
    assert scrub("zoe told us; HAILE family too") == f"{REDACTED} told us; {REDACTED} family too"
    assert scrub("Exauce en exaucé") == f"{REDACTED} en {REDACTED}"
    assert scrub("مع ليلى في المدرسة") == f"مع {REDACTED} في المدرسة"
    # Words of household names that are no names stay, and so do words that only contain a name.
    assert scrub("Het gezin van de buddy is blij") == "Het gezin van de buddy is blij"
    assert scrub("Lotte and Van der Berg") == f"{REDACTED} and Van der {REDACTED}"
    assert scrub("Hailey came along") == "Hailey came along"


def test_the_report_groups_by_theme_most_first_and_names_nobody(store: Store) -> None:
    family_id = a_family(store, "Gezin Haile", ("Selam Haile",))
    start, end = TODAY - dt.timedelta(days=60), TODAY

    def signal(theme: SignalTheme, text: str, days_ago: int, family: uuid.UUID | None = None) -> uuid.UUID:
        return save_signal(
            store, SignalDraft(theme, text, TODAY - dt.timedelta(days=days_ago), family), TODAY
        )

    signal(SignalTheme.LANGUAGE, "Selam has no Dutch class.", 10, family_id)
    housing = signal(SignalTheme.HOUSING, "Gezin Haile lives in a damp flat.", 20, family_id)
    signal(SignalTheme.HOUSING, "Two families cannot find a flat.", 5)
    signal(SignalTheme.HEALTH, "Long before the period.", 90)
    record_answer(store, housing, TODAY, "Told Selam's buddy about the housing office.", TODAY)

    report = signal_report(store, start, end)
    assert [theme for theme, _signals in report.themes] == [SignalTheme.HOUSING, SignalTheme.LANGUAGE]
    assert report.total == 3 and report.count(SignalStatus.ANSWERED) == 1
    texts = [s.description + " " + s.answer for _theme, signals in report.themes for s in signals]
    assert not any("Selam" in text or "Haile" in text for text in texts)
    assert texts[0].startswith("Gezin … lives in a damp flat.")

    with pytest.raises(ValidationFailed) as refused:
        signal_report(store, end, start)
    assert fields(refused.value) == ["end"]


def test_a_signal_is_not_passed_on_after_its_answer(store: Store) -> None:
    signal_id = save_signal(
        store, SignalDraft(SignalTheme.INCOME, "Child benefit late.", TODAY - dt.timedelta(days=9)), TODAY
    )
    record_answer(store, signal_id, TODAY - dt.timedelta(days=5), "Asked the fund.", TODAY)
    with pytest.raises(DomainError) as refused:
        pass_on(store, signal_id, TODAY, TODAY)
    assert refused.value.field == "passed_on_on" and "comes after the answer" in refused.value.message
    pass_on(store, signal_id, TODAY - dt.timedelta(days=7), TODAY)  # an earlier day: corrected
    assert signal_rows(store, signal_id)[0].passed_on_on == TODAY - dt.timedelta(days=7)


def test_moving_a_signal_to_another_day_finds_the_duo_running_then(store: Store) -> None:
    family_id = a_family(store)
    duo_id = a_running_duo(store, family_id, TODAY - dt.timedelta(days=30))
    signal_id = save_signal(
        store,
        SignalDraft(SignalTheme.SCHOOL, "No school yet.", TODAY - dt.timedelta(days=60), family_id),
        TODAY,
    )
    with store.session() as session:
        assert session.get(Signal, signal_id).trajectory_id is None  # type: ignore[union-attr]
    draft = load_signal(store, signal_id)
    draft.raised_on = TODAY
    save_signal(store, draft, TODAY)
    with store.session() as session:
        assert session.get(Signal, signal_id).trajectory_id == duo_id  # type: ignore[union-attr]

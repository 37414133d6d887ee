"""The intake of buddies, below the screens."""

from __future__ import annotations

import datetime as dt

import pytest

from tandem_desktop.core import buddies
from tandem_desktop.core.buddies import BuddyDraft, ExtractState, Training, extract_state
from tandem_desktop.core.errors import ValidationFailed
from tandem_desktop.core.search import search_matches
from tandem_desktop.core.status import status_history
from tandem_desktop.db.models.enums import BuddyStatus
from tandem_desktop.db.store import Store

TODAY = dt.date(2026, 11, 26)


def noor() -> BuddyDraft:
    return BuddyDraft(
        name="Noor El Amrani",
        phone="0486 11 22 33",
        email="noor@example.org",
        languages=["nl", "ar", "fr"],
        ex_newcomer=True,
        availability=["wed-afternoon", "sat-morning"],
        capacity=2,
        criminal_record_extract_on=dt.date(2026, 3, 1),
        trainings=[Training("Basisvorming buddy", dt.date(2026, 2, 14))],
    )


def test_a_buddy_is_saved_listed_and_loaded_again(store: Store) -> None:
    buddy_id = buddies.save_buddy(store, noor(), TODAY)
    (row,) = buddies.buddy_rows(store)
    assert (row.id, row.languages, row.capacity, row.open_duos) == (buddy_id, ("nl", "ar", "fr"), 2, 0)
    assert search_matches(row.search_key, "noor el")
    assert search_matches(row.search_key, "0486 11")
    loaded = buddies.load_buddy(store, buddy_id)
    assert loaded.phone == "0486 11 22 33"
    assert loaded.trainings == [Training("Basisvorming buddy", dt.date(2026, 2, 14))]
    loaded.status = BuddyStatus.SCREENED
    loaded.trainings.append(Training("Omgaan met trauma", None))
    buddies.save_buddy(store, loaded, TODAY)
    assert buddies.load_buddy(store, buddy_id).trainings[-1].title == "Omgaan met trauma"


def test_invalid_input_is_refused_field_by_field(store: Store) -> None:
    draft = noor()
    draft.name = "  "
    draft.whatsapp = "+32 12"
    draft.capacity = 0
    draft.criminal_record_extract_on = TODAY + dt.timedelta(days=1)
    draft.trainings.append(Training("", None))
    with pytest.raises(ValidationFailed) as caught:
        buddies.save_buddy(store, draft, TODAY)
    assert {e.field for e in caught.value.errors} == {
        "name",
        "whatsapp",
        "capacity",
        "criminal_record_extract_on",
        "trainings[1].title",
    }
    assert buddies.buddy_rows(store) == []


def test_a_buddy_saved_in_a_callers_transaction_keeps_its_registration_day(store: Store) -> None:
    registered = TODAY - dt.timedelta(days=90)
    with store.transaction() as session:
        buddy = buddies.save_buddy_in(session, noor(), TODAY, registered_on=registered)
        assert buddy.phone == "+32486112233"
    assert buddy.registered_on == registered
    assert [step.status for step in status_history(store, buddy.id)] == ["candidate"]
    draft = noor()
    draft.capacity = 0
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        buddies.save_buddy_in(session, draft, TODAY)
    assert {e.field for e in caught.value.errors} == {"capacity"}
    assert [row.id for row in buddies.buddy_rows(store)] == [buddy.id]


@pytest.mark.parametrize(
    ("extract_on", "state"),
    [
        (None, ExtractState.MISSING),
        (dt.date(2025, 11, 25), ExtractState.EXPIRED),
        (dt.date(2025, 11, 27), ExtractState.VALID),
        (TODAY, ExtractState.VALID),
    ],
)
def test_the_extract_is_valid_for_a_year(extract_on: dt.date | None, state: ExtractState) -> None:
    assert extract_state(extract_on, TODAY) == state


def test_a_likely_duplicate_buddy_is_pointed_out(store: Store) -> None:
    first = buddies.save_buddy(store, noor(), TODAY)
    (hint,) = buddies.possible_duplicates(store, BuddyDraft(name="Noor E.", email="NOOR@example.org"))
    assert (hint.id, hint.reason) == (first, buddies.SAME_BUDDY_CONTACT)
    (hint,) = buddies.possible_duplicates(store, BuddyDraft(name="noor el amrani"))
    assert hint.reason == buddies.SAME_BUDDY_NAME
    assert buddies.possible_duplicates(store, BuddyDraft(name="Jan Peeters")) == []

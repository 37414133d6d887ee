"""The intake of families, below the screens: save, edit, list, find, duplicates, delete and undo."""

from __future__ import annotations

import datetime as dt

import pytest

from tandem_desktop.core import families
from tandem_desktop.core.errors import ValidationFailed
from tandem_desktop.core.families import FamilyDraft, MemberDraft
from tandem_desktop.core.records import restore, soft_delete
from tandem_desktop.core.search import search_matches
from tandem_desktop.core.status import status_history
from tandem_desktop.db.models import Family
from tandem_desktop.db.models.enums import FamilyStatus, MemberRole
from tandem_desktop.db.store import Store

TODAY = dt.date(2026, 11, 26)


def haile_family() -> FamilyDraft:
    return FamilyDraft(
        name="Gezin Haile",
        mother_tongue="ti",
        contact_languages=["ar", "en"],
        phone="0470 12 34 56",
        needs=["childcare", "library"],
        unavailability=["thu-morning", "mon-morning"],
        sensitive_constraints="Woont tijdelijk bij een tante.",
        members=[
            MemberDraft("Lidya Haile", MemberRole.PARENT, 1990),
            MemberDraft("ሳባ ተስፋይ", MemberRole.CHILD, 2018),
            MemberDraft("ليلى حداد", MemberRole.CHILD, 2021),
        ],
    )


def test_a_new_family_is_saved_with_its_members_and_shows_in_the_list(store: Store) -> None:
    family_id = families.save_family(store, haile_family(), TODAY)
    (row,) = families.family_rows(store)
    assert row.id == family_id
    assert row.member_names == ("Lidya Haile", "ሳባ ተስፋይ", "ليلى حداد")
    assert row.children == 2
    assert row.languages == ("ti", "ar", "en")
    loaded = families.load_family(store, family_id)
    assert loaded.phone == "0470 12 34 56"
    assert loaded.unavailability == ["mon-morning", "thu-morning"]
    assert [m.name for m in loaded.members] == ["Lidya Haile", "ሳባ ተስፋይ", "ليلى حداد"]
    assert loaded.members[1].age(TODAY) == 8


def test_editing_keeps_member_ids_and_soft_deletes_a_removed_member(store: Store) -> None:
    family_id = families.save_family(store, haile_family(), TODAY)
    draft = families.load_family(store, family_id)
    kept_id = draft.members[0].id
    draft.members.pop(2)
    draft.members[0].name = "Lidya Haile Tesfay"
    draft.status = FamilyStatus.WAITING
    families.save_family(store, draft, TODAY)
    again = families.load_family(store, family_id)
    assert (again.members[0].id, again.members[0].name) == (kept_id, "Lidya Haile Tesfay")
    assert len(again.members) == 2
    assert [step.status for step in status_history(store, family_id)] == ["registered", "waiting"]
    (row,) = families.family_rows(store)
    assert row.waiting_since is not None


def test_invalid_input_is_refused_field_by_field_and_nothing_is_stored(store: Store) -> None:
    draft = haile_family()
    draft.name = ""
    draft.phone = "12345"
    draft.members[1].birth_year = TODAY.year + 1
    with pytest.raises(ValidationFailed) as caught:
        families.save_family(store, draft, TODAY)
    assert {e.field for e in caught.value.errors} == {"name", "phone", "members[1].birth_year"}
    assert families.family_rows(store) == []


def test_every_field_in_error_is_named_also_within_a_callers_transaction(store: Store) -> None:
    draft = FamilyDraft(
        name="  ",
        phone="12",
        arrival_date=TODAY + dt.timedelta(days=3),
        unavailability=["mon-night"],
        members=[MemberDraft("ሳባ", MemberRole.OTHER, 2031), MemberDraft("", MemberRole.CHILD)],
    )
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        families.save_family_in(session, draft, TODAY)
    assert {e.field for e in caught.value.errors} == {
        "name",
        "phone",
        "arrival_date",
        "unavailability",
        "members[0].birth_year",
        "members[1].name",
    }
    assert families.family_rows(store) == []


def test_names_in_any_script_survive_the_store(store: Store) -> None:
    names = ["ليلى حداد", "ሳባ ተስፋይ", "Олена Коваленко", "Zoë Çelik", "Amira 🌻"]
    draft = FamilyDraft(
        name="Gezin Ħ", phone="0470 12 34 56", members=[MemberDraft(n, MemberRole.OTHER) for n in names]
    )
    with store.transaction() as session:
        family = families.save_family_in(session, draft, TODAY)
    with store.session() as session:
        stored = session.get(Family, family.id)
        members = families.current_members(session, family.id)
    assert stored is not None and stored.phone == "+32470123456"
    assert [m.name for m in members] == names
    assert [m.position for m in members] == [0, 1, 2, 3, 4]


def test_a_family_saved_in_a_callers_transaction_is_kept_or_undone_with_it(store: Store) -> None:
    """The demo replays the past in one transaction: a family registered on a day of its own."""
    registered = TODAY - dt.timedelta(days=40)
    with store.transaction() as session:
        family = families.save_family_in(session, haile_family(), TODAY, registered_on=registered)
    assert family.registered_on == registered
    assert [step.status for step in status_history(store, family.id)] == ["registered"]
    with pytest.raises(RuntimeError), store.transaction() as session:
        families.save_family_in(session, FamilyDraft(name="Gezin Tesfay"), TODAY)
        raise RuntimeError("the caller's work fails after the save")
    assert [row.name for row in families.family_rows(store)] == ["Gezin Haile"]


@pytest.mark.parametrize("typed", ["zoe", "ZOË", "celik", "ሳባ", "حداد", "0470 12", "470123456"])
def test_the_search_key_finds_names_in_any_script_without_accents_and_phone_digits(
    store: Store, typed: str
) -> None:
    draft = haile_family()
    draft.members.append(MemberDraft("Zoë Çelik", MemberRole.CHILD, 2015))
    families.save_family(store, draft, TODAY)
    (row,) = families.family_rows(store)
    assert search_matches(row.search_key, typed)
    assert not search_matches(row.search_key, "Kovalenko")


def test_likely_duplicates_are_pointed_out_by_name_phone_or_member(store: Store) -> None:
    first = families.save_family(store, haile_family(), TODAY)
    same_name = FamilyDraft(name="gezin haile")
    same_phone = FamilyDraft(name="Gezin Tesfay", phone="+32 470 12 34 56")
    same_member = FamilyDraft(name="Gezin T.", members=[MemberDraft("ሳባ ተስፋይ", MemberRole.CHILD, 2018)])
    different = FamilyDraft(name="Gezin Kovalenko", members=[MemberDraft("ሳባ ተስፋይ", MemberRole.CHILD, 2019)])
    for draft, reason in (
        (same_name, families.SAME_NAME),
        (same_phone, families.SAME_PHONE),
        (same_member, families.SAME_MEMBER),
    ):
        (hint,) = families.possible_duplicates(store, draft)
        assert (hint.id, hint.reason) == (first, reason)
    assert families.possible_duplicates(store, different) == []
    assert families.possible_duplicates(store, families.load_family(store, first)) == [], "not itself"


def test_delete_hides_the_family_and_restore_brings_it_back(store: Store) -> None:
    family_id = families.save_family(store, haile_family(), TODAY)
    soft_delete(store, Family, family_id)
    assert families.family_rows(store) == []
    assert families.family_row(store, family_id) is None
    restore(store, Family, family_id)
    assert [r.id for r in families.family_rows(store)] == [family_id]

"""A family's or a buddy's languages: each once, the mother tongue first, however they were stored."""

from __future__ import annotations

import datetime as dt

from tandem_desktop.core import buddies, families, organisations
from tandem_desktop.core.buddies import BuddyDraft
from tandem_desktop.core.families import FamilyDraft
from tandem_desktop.core.languages import distinct_codes, language_name, language_names
from tandem_desktop.core.organisations import OrganisationDraft
from tandem_desktop.db.models import Buddy, Family, Organisation
from tandem_desktop.db.models.enums import OrganisationCategory
from tandem_desktop.db.store import Store

TODAY = dt.date(2026, 11, 26)


def test_each_language_is_named_once_in_the_order_given() -> None:
    # The mother tongue again among the contact languages, a code twice, a tag with a region from an import.
    assert language_names(["ar", "fr", "ar", "ar-SY", "", None, "fr"], "nl") == ["Arabisch", "Frans"]
    assert language_names(["ti", "en", "TI"], "en") == ["Tigrinya", "English"]
    assert language_name("xx-unknown", "nl") == "xx-unknown"  # an unknown code is shown as it is


def test_distinct_codes_keep_the_order_and_leave_out_the_mother_tongue() -> None:
    assert distinct_codes(["fr", "ar", " fr", "", None, "en"], besides="ar") == ["fr", "en"]


def test_a_family_is_saved_with_each_language_once(store: Store) -> None:
    draft = FamilyDraft(name="Gezin Haddad", mother_tongue="ar", contact_languages=["ar", "fr", "fr", "en"])
    family_id = families.save_family(store, draft, TODAY)
    with store.session() as session:
        family = session.get(Family, family_id)
        assert family is not None
        assert (family.mother_tongue, family.contact_languages) == ("ar", ["fr", "en"])
    (row,) = families.family_rows(store)
    assert row.languages == ("ar", "fr", "en")


def test_a_buddy_and_an_organisation_are_saved_with_each_language_once(store: Store) -> None:
    buddy_id = buddies.save_buddy(
        store, BuddyDraft(name="Lotte Janssens", languages=["nl", "ar", "nl"]), TODAY
    )
    organisation_id = organisations.save_organisation(
        store,
        OrganisationDraft(
            name="Bibliotheek De Krook", category=OrganisationCategory.LIBRARY, languages=["nl"] * 2
        ),
    )
    with store.session() as session:
        buddy = session.get(Buddy, buddy_id)
        organisation = session.get(Organisation, organisation_id)
        assert buddy is not None and organisation is not None
        assert (buddy.languages, organisation.languages) == (["nl", "ar"], ["nl"])

"""A family's and a buddy's own copy of their data ("Wat we over jou bijhouden"): everything the programme keeps
about them, as JSON and as a PDF in plain Dutch with a second language, names in any script included."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlmodel import select

from tandem_desktop.core import duos
from tandem_desktop.core.activities import ActivityDraft, activity_context, save_activity
from tandem_desktop.core.agreement_texts import base_language
from tandem_desktop.core.agreements import agreement_content, mark_signed, record_made
from tandem_desktop.core.errors import DomainError
from tandem_desktop.core.families import MemberDraft, load_family, save_family
from tandem_desktop.core.group_activities import GroupActivityDraft, save_group_activity
from tandem_desktop.core.organisations import (
    OrganisationDraft,
    ReferralDraft,
    save_organisation,
    save_referral,
)
from tandem_desktop.core.privacy.access import AccessCopy, access_copy, access_json
from tandem_desktop.core.signals import SignalDraft, save_signal
from tandem_desktop.db.models import Evaluation, Family, FamilyMember, Trajectory
from tandem_desktop.db.models.enums import (
    ActivityType,
    CancelReason,
    DutchPractised,
    MemberRole,
    Need,
    PhotoConsent,
    SignalTheme,
)
from tandem_desktop.db.store import Store
from tandem_desktop.documents.access_copy import access_languages, access_pdf, second_languages
from tandem_desktop.documents.agreement import agreement_pdf

from ..pdf_fonts import Word, pdf_text_lines, pdf_words
from .test_agreement import ARABIC_ADULT, COORDINATOR, ORGANISATION, START, TODAY, _duo

# Fictional people and places.
FAMILY = "Gezin Peeters"
BUDDY = "Jonas De Smet"
MEMBERS = ("Amina Peeters", ARABIC_ADULT, "Sara Peeters")
ADDRESS = "Sleepstraat 12"
PHONE = "0470 11 22 33"
SIGNAL_TEXT = "De huisbaas van de buren weigert herstellingen."
OVERRIDE = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: would turn what follows it around


@dataclass(frozen=True)
class Household:
    family_id: uuid.UUID
    buddy_id: uuid.UUID
    duo_id: uuid.UUID


def _household(store: Store) -> Household:
    """A family in a running duo, with a bit of everything the programme keeps about it."""
    members = [
        MemberDraft(name=MEMBERS[0], role=MemberRole.PARENT, birth_year=1989),
        MemberDraft(name=MEMBERS[1], role=MemberRole.PARENT, birth_year=1990),
        MemberDraft(name=MEMBERS[2], role=MemberRole.CHILD, birth_year=2019),
    ]
    duo = _duo(store, FAMILY, members, BUDDY, started=True)
    draft = load_family(store, duo.family_id)
    draft.address, draft.phone, draft.whatsapp = ADDRESS, PHONE, PHONE
    draft.contact_languages = ["fr"]
    draft.needs, draft.needs_other = [Need.LIBRARY, Need.SPORT], "Zwemles voor Sara"
    draft.unavailability = ["mon-morning", "thu-afternoon"]
    draft.sensitive_constraints = "Woont tijdelijk bij een tante."
    draft.notes = "Belt liever na 17 uur."
    save_family(store, draft, TODAY)

    context = activity_context(store, duo.id)
    sara = next(member.id for member in context.members if member.name == MEMBERS[2])
    save_activity(
        store,
        ActivityDraft(
            trajectory_id=duo.id,
            date=dt.date(2026, 9, 12),
            type=ActivityType.LIBRARY,
            place="Bibliotheek De Krook",
            participant_ids=[sara],
            children_count=1,
            dutch_practised=DutchPractised.A_LOT,
            went_well="Sara koos drie boeken.",
            wellbeing_note="Amina was moe.",
        ),
        TODAY,
    )
    cancelled = ActivityDraft(
        trajectory_id=duo.id, date=dt.date(2026, 10, 3), held=False, cancel_reason=CancelReason.ILLNESS
    )
    save_activity(store, cancelled, TODAY)
    with store.session() as session:
        first = session.exec(select(Evaluation).where(Evaluation.trajectory_id == duo.id)).first()
        trajectory = session.get(Trajectory, duo.id)
        assert first is not None and trajectory is not None
    duos.record_evaluation(store, first.id, dt.date(2026, 9, 20), 4, 5, "Loopt goed.")

    group = GroupActivityDraft(title="Picknick in het park", date=dt.date(2026, 9, 27), member_ids={sara})
    save_group_activity(store, group, TODAY)
    library = save_organisation(store, OrganisationDraft(name="Bibliotheek De Krook"))
    referral = ReferralDraft(duo.family_id, library, "Lidkaart voor de kinderen", dt.date(2026, 10, 1))
    save_referral(store, referral, TODAY)
    signal = SignalDraft(SignalTheme.HOUSING, SIGNAL_TEXT, dt.date(2026, 10, 8), family_id=duo.family_id)
    save_signal(store, signal, TODAY)

    content = agreement_content(store, duo.id, "ar", TODAY)
    made = record_made(store, content, agreement_pdf(content))
    mark_signed(store, made.id, START, PhotoConsent.NO, TODAY)
    return Household(duo.family_id, trajectory.buddy_id, duo.id)


def _family_copy(store: Store) -> tuple[Household, AccessCopy]:
    household = _household(store)
    return household, access_copy(store, "family", household.family_id, TODAY)


def _day(day: dt.date) -> str:
    return base_language().format_date(day)  # "31 augustus 2026"


# -- the PDF --------------------------------------------------------------------------------------------------


def test_the_pdf_gives_the_household_its_contacts_its_duo_and_how_long_it_is_kept(
    store: Store, tmp_path: Path
) -> None:
    _household_ids, copy = _family_copy(store)
    pdf = access_pdf(copy, None)
    assert pdf.startswith(b"%PDF")
    lines = pdf_text_lines(pdf, tmp_path)
    text = " ".join(lines)  # a cell's text may wrap

    dutch = access_languages()["nl"].texts
    for heading in ("title", "family.heading", "members.heading", "contact.heading", "consent.heading"):
        assert dutch[heading] in lines, heading
    for heading in ("trajectories.heading", "activities.heading", "referrals.heading", "history.heading"):
        assert dutch[heading] in lines, heading
    assert f"Dit is alles wat {ORGANISATION} over jullie gezin bewaart." in text
    for name in (FAMILY, *MEMBERS):
        assert name in text, name
    assert PHONE in text and ADDRESS in text and "Gent" in text
    assert "Woont tijdelijk bij een tante." in text and "Belt liever na 17 uur." in text  # their own copy
    # The duo: its dates, the buddy by first name only, the activities, the evaluation, the agreement.
    assert copy.family is not None
    assert _day(START) in text and _day(copy.family.trajectories[0].planned_end) in text
    assert "Traject met Jonas" in lines and "De Smet" not in text
    assert "Sara koos drie boeken." in text and "Nee: ziekte" in text
    assert "het gezin gaf 4 op 5" in text and "ook in het Arabisch" in text
    assert "Bibliotheek De Krook" in text and "Lidkaart voor de kinderen" in text
    assert "Huisvesting" in text and SIGNAL_TEXT not in text  # a signal by its theme only
    assert "tot 24 maanden na het einde van jullie laatste traject" in text
    assert f"Coördinator: {COORDINATOR}" in text
    assert "Pagina 1 van" in text and f"Gemaakt op {_day(TODAY)}" in text


def test_the_same_copy_gives_the_same_bytes(store: Store) -> None:
    _household_ids, copy = _family_copy(store)
    assert access_pdf(copy, "ar") == access_pdf(copy, "ar")
    assert access_json(copy) == access_json(copy)


def test_the_json_holds_the_same_in_plain_values(store: Store) -> None:
    household, copy = _family_copy(store)
    document = json.loads(access_json(copy).decode("utf-8"))
    assert {"about", "organisation", "made_on", "family"} <= set(document)
    assert document["organisation"] == ORGANISATION and document["made_on"] == TODAY.isoformat()
    assert document["record_id"] == str(household.family_id) and document["kind"] == "family"
    assert (document["retention_rule"], document["retention_months"]) == ("after_trajectory", 24)

    family = document["family"]
    assert [member["name"] for member in family["members"]] == list(MEMBERS)
    assert (family["phone"], family["address"], family["mother_tongue"]) == (PHONE, ADDRESS, "ar")
    assert family["unavailability"] == ["mon-morning", "thu-afternoon"]
    assert family["photo_consent"] == "no"
    assert {(c["kind"], c["given"]) for c in family["consents"]} >= {("photos", False)}
    [duo] = family["trajectories"]
    assert (duo["buddy_first_name"], duo["start_date"]) == ("Jonas", START.isoformat())
    assert [a["held"] for a in duo["activities"]] == [True, False]
    assert duo["activities"][0]["participants"] == [MEMBERS[2]]
    assert duo["evaluations"][0]["family_score"] == 4 and "buddy_score" not in duo["evaluations"][0]
    assert duo["agreements"][0]["signed_on"] == START.isoformat()
    assert family["group_activities"] == [
        {"title": "Picknick in het park", "date": "2026-09-27", "who": [MEMBERS[2]]}
    ]
    assert family["signals"] == [{"theme": "housing", "raised_on": "2026-10-08", "status": "new"}]
    assert {step["subject_type"] for step in document["status_history"]} == {"family", "trajectory"}
    raw = access_json(copy).decode("utf-8")
    assert (
        "De Smet" not in raw and SIGNAL_TEXT not in raw and ARABIC_ADULT in raw
    )  # as itself, not \\u escapes


# -- a second language, and names in any script ---------------------------------------------------------------


def test_with_arabic_every_heading_is_followed_by_its_translation(store: Store, tmp_path: Path) -> None:
    _household_ids, copy = _family_copy(store)
    assert set(second_languages()) >= {"ar", "en", "fr"}
    lines = pdf_text_lines(access_pdf(copy, "ar"), tmp_path)
    arabic = access_languages()["ar"].texts
    for key in ("title", "family.heading", "members.heading", "retention.heading"):
        assert arabic[key] in lines, key
    assert access_languages()["nl"].texts["family.heading"] in lines  # the Dutch stays, left to right
    assert any(ORGANISATION in line and "عائلتكم" in line for line in lines)  # the organisation, isolated

    english = "\n".join(pdf_text_lines(access_pdf(copy, "en"), tmp_path))
    assert "This is everything IN-Gent vzw keeps about your family." in english


def test_every_translation_has_the_dutch_keys() -> None:
    dutch = access_languages()["nl"].texts
    for code, language in access_languages().items():
        assert set(language.texts) == set(dutch), code
    assert access_languages()["ar"].right_to_left and not access_languages()["fr"].right_to_left


def test_a_name_in_arabic_script_or_with_a_reordering_control_turns_no_line_around(
    store: Store, tmp_path: Path
) -> None:
    household = _household(store)
    with store.transaction() as session:  # as kept before names were cleaned on saving, or imported
        sara = session.exec(select(FamilyMember).where(FamilyMember.name == MEMBERS[2])).one()
        sara.name = f"Sara{OVERRIDE} Peeters"
        family = session.get(Family, household.family_id)
        assert family is not None
        family.notes = f"Bellen{OVERRIDE} na 17 uur."
    copy = access_copy(store, "family", household.family_id, TODAY)
    for language in (None, "ar"):
        pdf = access_pdf(copy, language)
        lines = pdf_text_lines(pdf, tmp_path)
        assert "Sara Peeters" in lines and "Bellen na 17 uur." in lines  # not "Sara sreteeP"
        words = pdf_words(pdf, tmp_path)
        # The members' rows read left to right, cell after cell: the Arabic name (its first word on the right)
        # stays in its own cell and moves nothing around it.
        assert [w.text for w in _line_of(words, "Kind")] == ["Sara", "Peeters", "Kind", "2019", "—"]
        arabic_row = _line_of(words, "1990")
        assert [w.text[::-1] for w in arabic_row[:2]] == ARABIC_ADULT.split()[::-1]
        assert [w.text for w in arabic_row[2:]] == ["Ouder", "1990", "—"]
        notes = _line_of(words, "Bellen")
        assert [w.text for w in notes] == ["Notities", "Bellen", "na", "17", "uur."]


def _line_of(words: list[Word], text: str) -> list[Word]:
    """The words on the line of the first word that reads `text`, left to right."""
    word = next(w for w in words if w.text == text)
    return sorted(
        (w for w in words if w.page == word.page and abs(w.middle - word.middle) < 3), key=lambda w: w.x_min
    )


# -- a buddy, an erased family, an unknown id -----------------------------------------------------------------


def test_a_buddy_gets_their_own_copy(store: Store, tmp_path: Path) -> None:
    household = _household(store)
    copy = access_copy(store, "buddy", household.buddy_id, TODAY)
    assert copy.family is None and copy.buddy is not None
    assert (copy.buddy.name, copy.retention_rule, copy.retention_months) == (BUDDY, "buddy_stopped", 24)
    assert [duo.family for duo in copy.buddy.duos] == [FAMILY]

    text = "\n".join(pdf_text_lines(access_pdf(copy, None), tmp_path))
    assert f"Dit is alles wat {ORGANISATION} over jou bewaart." in text
    assert BUDDY in text and FAMILY in text and "Jouw duo's" in text
    assert "tot 24 maanden nadat je stopt als buddy" in text
    assert "Woont tijdelijk" not in text and MEMBERS[0] not in text  # nothing of the family's own
    assert json.loads(access_json(copy))["buddy"]["languages"] == ["nl", "ru"]


def test_an_erased_family_is_told_when_its_data_was_erased(store: Store, tmp_path: Path) -> None:
    household = _household(store)
    with store.transaction() as session:
        family = session.get(Family, household.family_id)
        assert family is not None
        family.erased_on = TODAY
    copy = access_copy(store, "family", household.family_id, TODAY)
    assert copy.erased_on == TODAY
    text = " ".join(pdf_text_lines(access_pdf(copy, None), tmp_path))
    assert f"Op {_day(TODAY)} hebben we de persoonlijke gegevens gewist." in text
    assert json.loads(access_json(copy))["erased_on"] == TODAY.isoformat()


def test_an_id_of_no_family_or_buddy_is_refused(store: Store) -> None:
    household = _household(store)
    for table, record_id in (
        ("family", uuid.uuid4()),
        ("buddy", household.family_id),
        ("duo", household.duo_id),
    ):
        with pytest.raises(DomainError):
            access_copy(store, table, record_id, TODAY)

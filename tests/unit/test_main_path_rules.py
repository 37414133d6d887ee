"""The rules behind the main path: a family's way to the waiting list, a buddy's to available, a duo started on
the day the coordinator confirms; and names that cannot reorder the text around them."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlmodel import col, select

from tandem_desktop.core import buddies, duos, families, match_data
from tandem_desktop.core.bidi import clean_name, isolate, left_to_right
from tandem_desktop.core.buddies import BuddyDraft
from tandem_desktop.core.dates import add_months
from tandem_desktop.core.errors import DomainError
from tandem_desktop.core.families import FamilyDraft
from tandem_desktop.core.status import status_history
from tandem_desktop.db.models import Evaluation, Trajectory
from tandem_desktop.db.models.enums import BuddyStatus, EvaluationKind, FamilyStatus, TrajectoryStatus
from tandem_desktop.db.store import Store
from tandem_desktop.files import file_name_part


def new_family(store: Store, name: str = "Gezin Mansour") -> uuid.UUID:
    return families.save_family(store, FamilyDraft(name=name, mother_tongue="ar"), store.today())


def new_buddy(store: Store) -> uuid.UUID:
    today = store.today()
    draft = BuddyDraft(
        name="Lotte Janssens",
        languages=["nl", "ar"],
        availability=["sat-morning"],
        criminal_record_extract_on=today - dt.timedelta(days=10),
    )
    return buddies.save_buddy(store, draft, today)


def test_a_new_family_goes_on_the_waiting_list_with_its_intake_in_the_history(store: Store) -> None:
    family_id = new_family(store)
    assert match_data.waiting_families(store) == []
    assert match_data.families_not_yet_waiting(store) == 1
    families.put_on_waiting_list(store, family_id)
    assert [f.id for f in match_data.waiting_families(store)] == [family_id]
    assert match_data.families_not_yet_waiting(store) == 0
    steps = [step.status for step in status_history(store, family_id)]
    assert steps == [FamilyStatus.REGISTERED, FamilyStatus.INTAKE_DONE, FamilyStatus.WAITING]
    families.put_on_waiting_list(store, family_id)  # already there: nothing changes
    assert len(status_history(store, family_id)) == 3


def test_a_candidate_buddy_becomes_available_through_screened(store: Store) -> None:
    buddy_id = new_buddy(store)
    buddies.make_available(store, buddy_id)
    steps = [step.status for step in status_history(store, buddy_id)]
    assert steps == [BuddyStatus.CANDIDATE, BuddyStatus.SCREENED, BuddyStatus.AVAILABLE]


def test_a_family_in_a_duo_is_not_put_back_on_the_waiting_list(store: Store) -> None:
    family_id = new_family(store)
    families.put_on_waiting_list(store, family_id)
    buddy_id = new_buddy(store)
    buddies.make_available(store, buddy_id)
    duos.create_duo(store, family_id, buddy_id, store.today())
    with pytest.raises(DomainError) as refused:
        families.put_on_waiting_list(store, family_id)
    assert refused.value.params["status"] == FamilyStatus.MATCHED


def proposed_duo(store: Store, start: dt.date) -> uuid.UUID:
    family_id = new_family(store)
    families.put_on_waiting_list(store, family_id)
    buddy_id = new_buddy(store)
    buddies.make_available(store, buddy_id)
    return duos.create_duo(store, family_id, buddy_id, start)


def test_a_duo_started_today_moves_its_dates_and_is_in_its_first_month(store: Store) -> None:
    today = store.today()
    duo_id = proposed_duo(store, today + dt.timedelta(days=5))  # proposed for a later day, started today
    duos.start_duo(store, duo_id, today)
    with store.session() as session:
        trajectory = session.get(Trajectory, duo_id)
        assert trajectory is not None and trajectory.status == TrajectoryStatus.ACTIVE
        assert (trajectory.start_date, trajectory.planned_end) == (today, add_months(today, 6))
        due = {
            e.kind: e.due_on
            for e in session.exec(select(Evaluation).where(col(Evaluation.trajectory_id) == duo_id))
        }
    assert due == {
        EvaluationKind.START: today,
        EvaluationKind.MIDWAY: add_months(today, 3),
        EvaluationKind.END: add_months(today, 6),
    }
    row = duos.duo_row(store, duo_id, today)
    assert row is not None and row.progress.month == 1  # not "month 0 of 6"


def test_a_duo_cannot_be_started_on_a_day_to_come(store: Store) -> None:
    today = store.today()
    duo_id = proposed_duo(store, today)
    with pytest.raises(DomainError) as refused:
        duos.start_duo(store, duo_id, today + dt.timedelta(days=1))
    assert refused.value.field == "start_date"
    assert duos.duo_row(store, duo_id, today).status == TrajectoryStatus.PROPOSED  # type: ignore[union-attr]


def test_a_duo_started_before_its_proposed_day_keeps_its_length(store: Store) -> None:
    today = store.today()
    duo_id = proposed_duo(store, today)
    started = today - dt.timedelta(days=40)
    duos.start_duo(store, duo_id, started)
    row = duos.duo_row(store, duo_id, today)
    assert row is not None and (row.start, row.planned_end) == (started, add_months(started, 6))
    assert row.progress.month == 2


OVERRIDE = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "Karen \u202eTest.pdf" shows as "Karen fdp.tseT"


def test_names_are_kept_without_characters_that_reorder_text(store: Store) -> None:
    family_id = new_family(store, f"Gezin {OVERRIDE}Karen\u2066 Test\u200f ")
    assert families.load_family(store, family_id).name == "Gezin Karen Test"
    assert clean_name(" \u202bمحمد\u202c ") == "محمد"
    assert clean_name("Zahra\u200dخانم") == "Zahra\u200dخانم"  # a joiner is spelling, not reordering


def test_a_value_in_a_sentence_is_an_isolate_without_its_own_controls() -> None:
    assert isolate(f"Karen {OVERRIDE}Test") == "\u2068Karen Test\u2069"
    assert isolate("") == ""
    assert isolate("\u2069محمد") == "\u2068محمد\u2069"  # an early close cannot end the isolate


def test_a_proposed_file_name_cannot_hide_its_extension() -> None:
    assert file_name_part(f"Karen {OVERRIDE}Test.pdf") == "Karen Test.pdf"
    assert file_name_part('Gezin "A/B": C\\D?*') == "Gezin A B C D"
    assert file_name_part(" ..Gezin\n\tAli.. ") == "Gezin Ali"
    assert file_name_part("محمد الحسيني") == "محمد الحسيني"
    assert len(file_name_part("x" * 500)) == 80


def test_a_ui_sentence_beginning_with_an_arabic_name_is_marked_left_to_right() -> None:
    arabic_first = f"<b>{isolate('محمد')}</b> met buddy Lotte."
    assert left_to_right(arabic_first) == "\u200e" + arabic_first
    assert left_to_right(f"<p>{arabic_first}</p>") == f"<p>\u200e{arabic_first}</p>"
    assert (
        left_to_right("<b>Lotte</b> met buddy محمد") == "<b>Lotte</b> met buddy محمد"
    )  # Dutch first: as it is

"""What a piece of work changed is collected from the session's flushes: committed work only, by table and id."""

from __future__ import annotations

import pytest
from sqlmodel import update

from tandem_desktop.db.changes import collect_changes
from tandem_desktop.db.models import Organisation
from tandem_desktop.db.store import Store


def test_committed_records_are_collected_by_kind_and_id(store: Store) -> None:
    with collect_changes() as collector, store.transaction() as session:
        library = Organisation(name="Bibliotheek De Krook")
        session.add(library)
    assert collector.changes.kinds == {"organisation"}
    assert collector.changes.ids("organisation") == {library.id}

    with collect_changes() as collector, store.transaction() as session:
        found = session.get(Organisation, library.id)
        assert found is not None
        found.phone = "09 210 10 00"
    assert collector.changes.ids("organisation") == {library.id}


def test_work_rolled_back_changed_nothing(store: Store) -> None:
    with collect_changes() as collector, pytest.raises(RuntimeError), store.transaction() as session:
        session.add(Organisation(name="OCMW"))
        session.flush()
        raise RuntimeError("refused half-way")
    assert not collector.changes


def test_a_bulk_statement_marks_the_whole_table(store: Store) -> None:
    with collect_changes() as collector, store.transaction() as session:
        session.exec(update(Organisation).values(notes=""))  # type: ignore[call-overload]
    assert collector.changes.whole == {"organisation"}


def test_outside_an_operation_nothing_is_collected_and_nothing_fails(store: Store) -> None:
    with store.transaction() as session:
        session.add(Organisation(name="Sportdienst"))
    with collect_changes() as collector:
        pass
    assert not collector.changes

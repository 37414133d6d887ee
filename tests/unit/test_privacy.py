"""The agreement's promises kept: data erased on time (retention), on request, for good, and kept erased."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlmodel import col, select

from tandem_desktop import paths
from tandem_desktop.core import duos
from tandem_desktop.core.dates import add_months
from tandem_desktop.core.demo import load_demo
from tandem_desktop.core.errors import DomainError
from tandem_desktop.core.exchange import write_export
from tandem_desktop.core.privacy import erasing, retention
from tandem_desktop.core.search import matcher
from tandem_desktop.db import backups, erasure
from tandem_desktop.db.cipher import DataKey
from tandem_desktop.db.models import (
    Activity,
    AuditEntry,
    Buddy,
    Erasure,
    Family,
    FamilyMember,
    Trajectory,
)
from tandem_desktop.db.models.enums import AuditAction, TrajectoryStatus
from tandem_desktop.db.restore import restore_backup
from tandem_desktop.db.store import Store, open_store
from tests.keys import cli_in_child, test_key

TODAY = dt.date(2026, 12, 5)
LATER = dt.date(2029, 12, 5)  # the clock moved three years forward
PAGE = 4096
RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC at the end of every page


def decrypted_pages(database: Path, key: DataKey) -> bytes:
    """Every page of the file as SQLCipher 4 encrypts it (AES-256-CBC with the raw key, the IV in the page's
    reserved bytes), decrypted: what a thief with the key would find, freed pages and old cells included."""
    raw = database.read_bytes()
    plain = []
    for start in range(0, len(raw), PAGE):
        page = raw[start : start + PAGE]
        body = (
            page[16 : PAGE - RESERVE] if start == 0 else page[: PAGE - RESERVE]
        )  # page 1 begins with the salt
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key.raw), modes.CBC(iv)).decryptor()
        plain.append(decryptor.update(body) + decryptor.finalize())
    return b"".join(plain)


@pytest.fixture
def demo(data_dir: Path) -> Store:
    store = open_store(data_dir, test_key(data_dir))
    load_demo(store, TODAY)
    return store


def _names_of_families(store: Store, ids: set[uuid.UUID]) -> set[str]:
    with store.session() as session:
        families = session.exec(select(Family).where(col(Family.id).in_(ids))).all()
        members = session.exec(select(FamilyMember).where(col(FamilyMember.family_id).in_(ids))).all()
        kept = session.exec(select(Family).where(col(Family.id).not_in(ids))).all()
        kept_members = session.exec(select(FamilyMember).where(col(FamilyMember.family_id).not_in(ids))).all()
    others = {f.name for f in kept} | {m.name for m in kept_members}
    # A full name another, kept, family shares is not a trace of the erased one.
    return {name for name in {f.name for f in families} | {m.name for m in members} if name not in others}


def test_with_the_clock_three_years_on_the_ended_families_are_due_and_erased_without_trace(
    demo: Store, data_dir: Path, tmp_path: Path
) -> None:
    assert retention.due_for_erasure(demo, TODAY) == []  # the demo's duos ended less than two years ago
    due = retention.due_for_erasure(demo, LATER)
    families = {d.record_id for d in due if d.table_name == "family"}
    assert families and {d.reason for d in due} >= {retention.DueReason.AFTER_TRAJECTORY}
    names = _names_of_families(demo, families)
    assert names
    with demo.session() as session:  # none of them is in a running duo
        running = session.exec(
            select(Trajectory).where(
                col(Trajectory.family_id).in_(families), col(Trajectory.status) == TrajectoryStatus.ACTIVE
            )
        ).all()
    assert not running

    erased = erasing.erase_due(demo, [erasing.Person(d.table_name, d.record_id) for d in due], LATER)
    assert erased == len(due)
    assert retention.due_for_erasure(demo, LATER) == []
    assert any(b.reason == "erasure" for b in backups.list_backups(demo.backup_dir))

    # The figures stay: the households, their members (as age bands), their duos and activities.
    with demo.session() as session:
        family = session.get(Family, next(iter(families)))
        assert family is not None and family.erased_on == LATER and family.name == erasure.ERASED_NAME
        assert family.phone is None and family.address == "" and family.notes == ""
        members = session.exec(select(FamilyMember).where(FamilyMember.family_id == family.id)).all()
        assert members and all(m.name == erasure.ERASED_NAME for m in members)
        assert all(m.birth_year is None or m.birth_year % 5 == 0 for m in members)
        duo_ids = [t.id for t in session.exec(select(Trajectory).where(Trajectory.family_id == family.id))]
        activities = session.exec(select(Activity).where(col(Activity.trajectory_id).in_(duo_ids))).all()
        assert all(a.went_well == "" and a.wellbeing_note == "" and a.place == "" for a in activities)
        # The trail: its values of those records are gone, the erasure names fields only.
        entries = session.exec(select(AuditEntry).where(AuditEntry.record_id == family.id)).all()
        assert any(e.action == AuditAction.ERASE for e in entries)
        for entry in entries:
            assert entry.changes == {"__erased__": True} or all(v is None for v in entry.changes.values())

    # No trace: the search, an export, the database's pages (decrypted), the log.
    rows = duos.duo_rows(demo, LATER)
    for name in names:
        assert not any(matcher(name)(row.family_name) for row in rows)
    export = tmp_path / "export.json"
    write_export(demo, export, None)
    text = export.read_text(encoding="utf-8")
    demo.close()
    pages = decrypted_pages(paths.database_path(data_dir), test_key(data_dir))
    logs = b"".join(p.read_bytes() for p in paths.log_dir(data_dir).glob("*") if p.is_file())
    for name in names:
        assert name not in text, name
        assert name.encode() not in pages, name
        assert name.encode() not in logs

    assert "OK" in cli_in_child(data_dir, "check").stdout


def test_the_decryption_of_the_pages_finds_names_before_erasure(demo: Store) -> None:
    """The test above would pass for a wrong decryption: this one shows that it reads the names."""
    with demo.session() as session:
        name = session.exec(select(Family.name)).first()
    assert name is not None
    demo.close()
    assert name.encode() in decrypted_pages(demo.database, test_key(demo.data_dir))


def test_a_restore_of_an_older_backup_is_erased_again_at_the_next_opening(
    demo: Store, data_dir: Path
) -> None:
    older = demo.backup("manual")
    due = retention.due_for_erasure(demo, LATER)
    erasing.erase_due(demo, [erasing.Person(d.table_name, d.record_id) for d in due], LATER)
    demo.close()
    key = test_key(data_dir)
    restore_backup(older, paths.database_path(data_dir), paths.backup_dir(data_dir), key)
    with open_store(data_dir, key) as store, store.session() as session:
        for d in due:
            model = Family if d.table_name == "family" else Buddy
            record = session.get(model, d.record_id)
            assert record is not None and record.erased_on == LATER and record.name == erasure.ERASED_NAME
        assert len(session.exec(select(Erasure)).all()) == len(due)
        assert retention.due_for_erasure(store, LATER) == []


def test_the_register_beside_the_database_is_rewritten_when_lost(demo: Store, data_dir: Path) -> None:
    due = retention.due_for_erasure(demo, LATER)[:2]
    erasing.erase_due(demo, [erasing.Person(d.table_name, d.record_id) for d in due], LATER)
    demo.close()
    erasure.register_path(data_dir).unlink()
    open_store(data_dir, test_key(data_dir)).close()
    assert {e.record_id for e in erasure.read_register(data_dir)} == {d.record_id for d in due}


def test_a_family_in_a_running_duo_is_not_erased_and_erasing_twice_is_harmless(demo: Store) -> None:
    [running, *_] = [row for row in duos.duo_rows(demo, TODAY) if row.status == TrajectoryStatus.ACTIVE]
    person = erasing.Person("family", running.family_id)
    with pytest.raises(DomainError, match="running duo"):
        erasing.erase_on_request(demo, person, "asked by phone", TODAY)
    with pytest.raises(DomainError, match="Say why"):
        erasing.erase_on_request(demo, person, "  ", TODAY)
    buddy = erasing.Person("buddy", running.buddy_id)
    with pytest.raises(DomainError, match="running duo"):
        erasing.erase_on_request(demo, buddy, "asked by e-mail", TODAY)

    ended = retention.due_for_erasure(demo, LATER)[0]
    person = erasing.Person(ended.table_name, ended.record_id)
    assert erasing.erase_on_request(demo, person, "asked at the office", TODAY) is True
    assert erasing.erase_on_request(demo, person, "asked again", TODAY) is False
    with demo.session() as session:
        [registered] = session.exec(select(Erasure).where(Erasure.record_id == ended.record_id)).all()
    assert (
        registered.on_request and registered.reason == "asked at the office" and registered.erased_on == TODAY
    )


def test_a_familys_names_mentioned_in_a_meeting_are_taken_out_and_ordinary_words_stay(demo: Store) -> None:
    from tandem_desktop.db.models import BuddyMeetingItem

    ended = next(d for d in retention.due_for_erasure(demo, LATER) if d.table_name == "family")
    with demo.transaction() as session:
        member = session.exec(select(FamilyMember).where(FamilyMember.family_id == ended.record_id)).first()
        assert member is not None
        item = session.exec(select(BuddyMeetingItem)).first()
        assert item is not None
        given_name = member.name.split()[0]
        item.text = f"Het gezin van {given_name} zoekt een zwemclub; {ended.name} vraagt het ook."
        item_id = item.id
    erasing.erase_due(demo, [erasing.Person("family", ended.record_id)], LATER)
    with demo.session() as session:
        item = session.get(BuddyMeetingItem, item_id)
        assert item is not None
    assert given_name not in item.text and ended.name not in item.text
    assert item.text.startswith("Het gezin van … zoekt een zwemclub")


def test_a_name_mentioned_in_a_buddy_meeting_is_taken_out(demo: Store) -> None:
    from tandem_desktop.db.models import BuddyMeeting

    ended = next(d for d in retention.due_for_erasure(demo, LATER) if d.table_name == "buddy")
    with demo.transaction() as session:
        meeting = session.exec(select(BuddyMeeting)).first()
        assert meeting is not None
        meeting.notes = f"{ended.name} vertelde over de speeltuin. Iedereen lachte."
        meeting_id = meeting.id
    erasing.erase_due(demo, [erasing.Person("buddy", ended.record_id)], LATER)
    with demo.session() as session:
        meeting = session.get(BuddyMeeting, meeting_id)
        assert meeting is not None
        assert ended.name not in meeting.notes and "speeltuin" in meeting.notes


def test_the_retention_rules_count_from_the_end_and_follow_the_settings(demo: Store) -> None:
    from tandem_desktop.core.settings import update_setting

    due = retention.due_for_erasure(demo, LATER)
    family = next(d for d in due if d.reason == retention.DueReason.AFTER_TRAJECTORY)
    assert family.due_on == add_months(family.ended_on, 24)
    before = len(retention.due_for_erasure(demo, family.due_on - dt.timedelta(days=1)))
    assert before < len(retention.due_for_erasure(demo, family.due_on))
    for day in (TODAY, family.due_on - dt.timedelta(days=1), family.due_on, LATER):  # the overview's count
        with demo.session() as session:
            assert retention.due_count(session, day) == len(retention.due_for_erasure(demo, day))
    update_setting(demo, "retention_months_after_trajectory", 120)
    assert family.record_id not in {d.record_id for d in retention.due_for_erasure(demo, LATER)}
    for nonsense in (0, -3, 1000):
        with pytest.raises(DomainError):
            update_setting(demo, "retention_months_after_trajectory", nonsense)


def test_an_interrupted_erasure_leaves_the_person_untouched(
    demo: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ended = retention.due_for_erasure(demo, LATER)[0]
    calls = 0
    original = erasure.Mentions.take_out

    def fail_half_way(self: erasure.Mentions, *args: object, **kwargs: object) -> None:
        nonlocal calls
        calls += 1
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(erasure.Mentions, "take_out", fail_half_way)
    with pytest.raises(OSError):
        erasing.erase_due(demo, [erasing.Person(ended.table_name, ended.record_id)], LATER)
    assert calls == 1
    with demo.session() as session:
        model = Family if ended.table_name == "family" else Buddy
        record = session.get(model, ended.record_id)
        assert record is not None and record.erased_on is None and record.name == ended.name
        assert session.exec(select(Erasure)).first() is None
    assert erasure.read_register(demo.data_dir) == []


def test_a_kill_during_an_erasure_leaves_each_person_whole_and_check_passes(
    demo: Store, data_dir: Path
) -> None:
    due = retention.due_for_erasure(demo, LATER)
    assert len(due) > 3
    demo.close()
    # The third person's erasure is killed inside its transaction, after its free text was searched.
    script = (
        "import datetime as dt, os, sys, uuid\n"
        "from pathlib import Path\n"
        "from tandem_desktop.core.privacy import erasing\n"
        "from tandem_desktop.db import erasure\n"
        "from tandem_desktop.db.store import open_store\n"
        "from tests.keys import test_key\n"
        "data = Path(sys.argv[1])\n"
        "store = open_store(data, test_key(data))\n"
        "people = [erasing.Person(p.split(':')[0], uuid.UUID(p.split(':')[1])) for p in sys.argv[2:]]\n"
        "original, calls = erasure.Mentions.take_out, []\n"
        "def killed(self, session, names, touched):\n"
        "    calls.append(1)\n"
        "    original(self, session, names, touched)\n"
        "    if len(calls) == 3:\n"
        "        session.flush()\n"
        "        os._exit(9)\n"
        "erasure.Mentions.take_out = killed\n"
        "erasing.erase_due(store, people, dt.date(2029, 12, 5))\n"
    )
    people = [f"{d.table_name}:{d.record_id}" for d in due]
    result = subprocess.run(
        [sys.executable, "-c", script, str(data_dir), *people], cwd=Path(__file__).parents[2]
    )
    assert result.returncode == 9
    with open_store(data_dir, test_key(data_dir)) as store, store.session() as session:
        states = []
        for d in due:
            model = Family if d.table_name == "family" else Buddy
            record = session.get(model, d.record_id)
            assert record is not None
            erased = record.erased_on is not None
            assert erased == (record.name == erasure.ERASED_NAME), "a person half erased"
            states.append(erased)
    assert states[:2] == [True, True] and not any(states[2:])
    assert "OK" in cli_in_child(data_dir, "check").stdout

"""A team of three laptops and one team folder: edits on each, syncs in several orders, and every laptop ends
with the same programme, every same-field conflict listed on each, nothing lost."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from tandem_desktop.core.agreements import (
    agreement_content,
    mark_signed,
    record_made,
)
from tandem_desktop.core.errors import DomainError
from tandem_desktop.core.exchange import write_export
from tandem_desktop.core.families import FamilyDraft, load_family, save_family
from tandem_desktop.core.privacy import erasing
from tandem_desktop.core.records import soft_delete
from tandem_desktop.db.models import Family, SyncConflict
from tandem_desktop.db.models.enums import BuddyStatus, FamilyStatus, PhotoConsent
from tandem_desktop.db.store import Store, open_store
from tandem_desktop.db.team import folder as team_folder
from tandem_desktop.db.team import sync
from tandem_desktop.documents.agreement import agreement_pdf
from tests.keys import test_key
from tests.unit.test_agreement import _peeters

TODAY = dt.date(2026, 12, 5)


class Team:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder = root / "team"
        self.stores: dict[str, Store] = {}
        self.members: dict[str, sync.Membership] = {}

    def create(self, name: str) -> str:
        store = self.stores.get(name) or self.open(name)
        code = sync.create_team(store, self.folder)
        membership = sync.read_membership(store.data_dir, store.data_key)
        assert membership is not None
        self.members[name] = membership
        return code

    def open(self, name: str) -> Store:
        data = self.root / name
        self.stores[name] = open_store(data, test_key(data))
        return self.stores[name]

    def join(self, name: str, code: str) -> Store:
        data = self.root / name
        membership = sync.join_state(self.folder, code, data, test_key(data))
        store = self.open(name)
        sync.finish_join(store, membership)
        self.members[name] = membership
        return store

    def sync(self, *names: str) -> dict[str, sync.SyncReport]:
        return {name: sync.sync_laptop(self.stores[name], self.members[name]) for name in names}

    def export(self, name: str) -> dict[str, object]:
        path = self.root / f"{name}.json"
        write_export(self.stores[name], path, None)
        tables = json.loads(path.read_text(encoding="utf-8"))["tables"]
        del tables["audit_entry"]  # each laptop's own trail (they are compared apart)
        return tables

    def close(self) -> None:
        for store in self.stores.values():
            store.close()


@pytest.fixture
def team(tmp_path: Path) -> Team:
    made = Team(tmp_path)
    yield made  # type: ignore[misc]
    made.close()


def _differences(one: dict[str, object], other: dict[str, object]) -> list[str]:
    """What differs between two exports, record by record (empty when they are the same)."""
    found = []
    for table in sorted(set(one) | set(other)):
        mine = {r["id"]: r for r in one.get(table, [])}  # type: ignore[attr-defined]
        theirs = {r["id"]: r for r in other.get(table, [])}  # type: ignore[attr-defined]
        for record_id in sorted(set(mine) | set(theirs)):
            a, b = mine.get(record_id), theirs.get(record_id)
            if a is None or b is None:
                found.append(f"{table} {record_id}: only on {'the second' if a is None else 'the first'}")
            elif a != b:
                fields = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
                found.append(
                    f"{table} {record_id}: {', '.join(f'{k}={a.get(k)!r}/{b.get(k)!r}' for k in fields)}"
                )
    return found


def _edit(store: Store, family_id: uuid.UUID, **changes: object) -> None:
    draft = load_family(store, family_id)
    save_family(store, dataclasses.replace(draft, **changes), TODAY)  # type: ignore[arg-type]


def test_three_laptops_converge_keep_every_edit_and_list_every_conflict(team: Team) -> None:
    a = team.open("a")
    ids = {
        name: save_family(a, FamilyDraft(name=name, phone="0470 11 22 33"), TODAY)
        for name in ("Gezin Berhane", "Gezin Kovalenko", "Gezin Nasser", "Gezin Osei")
    }
    _edit(a, ids["Gezin Osei"], status=FamilyStatus.WITHDRAWN)
    duo = _peeters(a, started=True)
    code = team.create("a")
    b, c = team.join("b", code), team.join("c", code)
    assert team.export("b") == team.export("a") == team.export("c")

    _edit(a, ids["Gezin Berhane"], notes="Zoekt een zwemclub")  # disjoint fields of one record …
    _edit(b, ids["Gezin Berhane"], phone="0470 99 88 77")  # … both kept
    _edit(a, ids["Gezin Kovalenko"], address="Kerkstraat 1")  # the same field on two laptops: a conflict
    _edit(b, ids["Gezin Kovalenko"], address="Dorpsplein 2")
    soft_delete(c, Family, ids["Gezin Nasser"])  # deleted on one, changed on another
    _edit(a, ids["Gezin Nasser"], needs_other="Fietsles")
    new_on = {name: save_family(store, FamilyDraft(name=f"Gezin nieuw {name}"), TODAY)
              for name, store in (("a", a), ("b", b), ("c", c))}  # fmt: skip
    erasing.erase_on_request(b, erasing.Person("family", ids["Gezin Osei"]), "gevraagd", TODAY)
    content = agreement_content(c, duo.id, None, TODAY)  # the agreement signed on C, its scan kept there
    record = record_made(c, content, agreement_pdf(content))
    mark_signed(c, record.id, TODAY, PhotoConsent.NO, TODAY, scan=b"%PDF-1.4 signed on paper")

    team.sync("a", "b", "c")
    team.sync("c", "b", "a")
    team.sync("a", "b", "c")
    exports = {name: team.export(name) for name in ("a", "b", "c")}
    for other in ("b", "c"):
        differences = _differences(exports["a"], exports[other])
        assert not differences, "\n".join(differences)

    with a.session() as session:
        berhane = session.get(Family, ids["Gezin Berhane"])
        kovalenko = session.get(Family, ids["Gezin Kovalenko"])
        nasser = session.get(Family, ids["Gezin Nasser"])
        osei = session.get(Family, ids["Gezin Osei"])
        assert (
            berhane is not None and berhane.notes == "Zoekt een zwemclub" and berhane.phone == "+32470998877"
        )
        assert kovalenko is not None and kovalenko.address == "Dorpsplein 2"  # B's change came later
        assert nasser is not None and nasser.deleted_at is not None and nasser.needs_other == "Fietsles"
        assert osei is not None and osei.erased_on == TODAY and osei.phone is None
        assert all(session.get(Family, family_id) is not None for family_id in new_on.values())
        conflicts = session.exec(select(SyncConflict)).all()
    kinds = {(c.field, c.kind) for c in conflicts}
    assert ("address", "same_field") in kinds and ("deleted_at", "deleted_and_changed") in kinds
    address = next(c for c in conflicts if c.field == "address")
    assert (
        json.loads(address.kept_value) == "Dorpsplein 2" and json.loads(address.other_value) == "Kerkstraat 1"
    )


def test_a_sync_killed_half_way_is_completed_by_the_next(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    a = team.open("a")
    family_id = save_family(a, FamilyDraft(name="Gezin Haile"), TODAY)
    code = team.create("a")
    b = team.join("b", code)
    _edit(a, family_id, notes="Eerste afspraak")
    team.sync("a")
    _edit(b, family_id, needs_other="Bibliotheek")
    killed = [sys.executable, "-c",
              "import os, sys; sys.argv = ['x']; from tandem_desktop.db.team import worker\n"
              "real = worker.Applier.finish\n"
              "def finish(self):\n    real(self)\n    os._exit(9)\n"
              "worker.Applier.finish = finish\nsys.exit(worker.main())"]  # fmt: skip
    monkeypatch.setattr(sync, "WORKER", killed)
    with pytest.raises(sync.SyncFailed):
        team.sync("b")
    with b.session() as session:
        family = session.get(Family, family_id)
        assert family is not None and family.notes == "" and family.needs_other == "Bibliotheek"
    monkeypatch.undo()
    team.sync("b", "a", "b")
    assert team.export("a") == team.export("b")
    with a.session() as session:
        family = session.get(Family, family_id)
        assert (
            family is not None and family.notes == "Eerste afspraak" and family.needs_other == "Bibliotheek"
        )


def test_no_file_of_the_team_folder_holds_a_name_in_plain_bytes(team: Team) -> None:
    a = team.open("a")
    save_family(a, FamilyDraft(name="Gezin Tesfamariam", notes="Woont in de Brugse Poort"), TODAY)
    code = team.create("a")
    b = team.join("b", code)
    save_family(b, FamilyDraft(name="Gezin Abdelkader"), TODAY)
    team.sync("b", "a")
    files = [p for p in team.folder.rglob("*") if p.is_file()]
    assert len(files) > 4
    for path in files:
        data = path.read_bytes()
        for secret in ("Tesfamariam", "Abdelkader", "Brugse Poort"):
            assert secret.encode() not in data, path.name
            assert secret.encode("utf-16-le") not in data, path.name


def test_a_wrong_team_code_is_refused(team: Team) -> None:
    team.open("a")
    team.create("a")
    with pytest.raises(team_folder.TeamFolderError) as refused:
        sync.join_state(team.folder, team_folder.new_team_code(), team.root / "b", test_key(team.root / "b"))
    assert refused.value.kind == "wrong_code"


def test_a_conflict_settled_on_one_laptop_is_settled_on_every_one(team: Team) -> None:
    from tandem_desktop.core import team as conflicts

    a = team.open("a")
    family_id = save_family(a, FamilyDraft(name="Gezin Mekonnen"), TODAY)
    code = team.create("a")
    b = team.join("b", code)
    _edit(a, family_id, municipality="Gent", arrival_date=dt.date(2025, 3, 1))
    _edit(b, family_id, municipality="Kortrijk", arrival_date=dt.date(2025, 4, 1))
    team.sync("a", "b", "a")
    [arrival, found] = sorted(conflicts.conflicts(a), key=lambda c: c.field)
    assert (arrival.field, arrival.kept, arrival.other) == (  # as the field holds them: dates, for showing
        "arrival_date",
        dt.date(2025, 4, 1),
        dt.date(2025, 3, 1),
    )
    assert (found.field, found.kept, found.other) == ("municipality", "Kortrijk", "Gent")
    assert {c.id for c in conflicts.conflicts(b)} == {found.id, arrival.id}

    conflicts.take_other(a, found.id, TODAY)
    with pytest.raises(DomainError, match="settled already"):
        conflicts.keep(a, found.id, TODAY)
    conflicts.keep(a, arrival.id, TODAY)
    team.sync("a", "b")
    assert conflicts.conflicts(b) == []
    with b.session() as session:
        family = session.get(Family, family_id)
        assert family is not None and family.municipality == "Gent"
    settled = next(c for c in conflicts.conflicts(b, resolved=True) if c.field == "municipality")
    assert settled.took_other and settled.kept == "Gent" and settled.resolved_on == TODAY
    assert not _differences(team.export("a"), team.export("b"))


def test_the_team_commands_make_join_sync_and_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.unit.test_cli import run

    folder, a, b = tmp_path / "team", str(tmp_path / "a"), str(tmp_path / "b")
    with open_store(tmp_path / "a", test_key(tmp_path / "a")) as store:
        save_family(store, FamilyDraft(name="Gezin Wolde"), TODAY)
    code, out = run(capsys, "--data-dir", a, "team", "create", str(folder))
    assert code == 0 and "team code" in out
    team_code = next(line.strip() for line in out.splitlines() if line.startswith("    "))
    (tmp_path / "code.txt").write_text(team_code + "\n", encoding="utf-8")
    (tmp_path / "wrong.txt").write_text(team_folder.new_team_code() + "\n", encoding="utf-8")
    test_key(tmp_path / "b")  # the new laptop's own passphrase (in the keychain, as conftest sets it)
    code, out = run(
        capsys, "--data-dir", b, "team", "join", str(folder), "--team-code-file", str(tmp_path / "wrong.txt")
    )
    assert code == 1 and "not the team code" in out
    code, out = run(
        capsys, "--data-dir", b, "team", "join", str(folder), "--team-code-file", str(tmp_path / "code.txt")
    )
    assert code == 0 and "Joined" in out
    code, out = run(
        capsys, "--data-dir", a, "team", "join", str(folder), "--team-code-file", str(tmp_path / "code.txt")
    )
    assert code == 1 and "holds a programme already" in out
    assert run(capsys, "--data-dir", b, "team", "sync")[0] == 0
    code, out = run(capsys, "--data-dir", a, "team", "status")
    assert code == 0 and out.count("last sync") == 2 and "(this laptop)" in out
    code, out = run(capsys, "--data-dir", b, "team", "conflicts")
    assert code == 0 and "0 conflicts" in out
    code, out = run(capsys, "--data-dir", a, "team", "sync")
    assert code == 0 and "Synced" in out
    code, out = run(capsys, "--data-dir", a, "team", "create", str(tmp_path / "other"))
    assert code == 1 and "in a team already" in out


def test_a_newer_versions_changes_wait_and_an_older_versions_are_applied(team: Team) -> None:
    a = team.open("a")
    family_id = save_family(a, FamilyDraft(name="Gezin Asefa"), TODAY)
    code = team.create("a")
    b = team.join("b", code)
    _edit(a, family_id, notes="Gemaakt met de vorige versie")
    sent = team.sync("a")["a"].sent
    key = team.members["b"].team_key
    _schema, changes = team_folder.read_changeset(team.folder, key, team.members["a"].laptop_id, sent)
    newer, older = uuid.uuid4().hex, uuid.uuid4().hex
    for laptop_id, schema, written in ((newer, "9999", b"not for this version"), (older, "0001", changes)):
        team_folder.write_laptop(team.folder, key, team_folder.Laptop(laptop_id, "Collega", schema, None, 1))
        team_folder.write_changeset(team.folder, key, laptop_id, 1, schema, written)
    report = team.sync("b")["b"]
    assert report.held == {newer: "newer"} and set(report.applied) == {team.members["a"].laptop_id, older}
    with b.engine.connect() as conn:
        applied = dict(conn.execute(sa.text("SELECT laptop_id, number FROM team_applied")).all())
    assert newer not in applied  # taken once this laptop is updated
    with b.session() as session:
        family = session.get(Family, family_id)
        assert family is not None and family.notes == "Gemaakt met de vorige versie"


def test_after_an_update_the_base_copy_is_migrated_and_the_changes_since_are_sent(team: Team) -> None:
    from alembic import command

    from tandem_desktop.db import migrate
    from tandem_desktop.db.engine import make_engine

    a = team.open("a")
    family_id = save_family(a, FamilyDraft(name="Gezin Ayele"), TODAY)
    code = team.create("a")
    b = team.join("b", code)
    base = sync.base_path(a.data_dir)
    engine = make_engine(base, a.data_key)  # the base copy as an earlier version of the app left it
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0005")
    engine.dispose()
    _edit(a, family_id, notes="Na de update")
    assert team.sync("a")["a"].sent == 1
    team.sync("b")
    with b.session() as session:
        family = session.get(Family, family_id)
        assert family is not None and family.notes == "Na de update"


def test_a_rule_broken_by_two_laptops_together_is_said_after_the_sync(team: Team) -> None:
    from tandem_desktop.core import duos
    from tandem_desktop.core.buddies import BuddyDraft, save_buddy
    from tandem_desktop.core.team import sync_with_team

    a = team.open("a")
    family_id = save_family(a, FamilyDraft(name="Gezin Tadesse", status=FamilyStatus.WAITING), TODAY)
    buddies = [
        save_buddy(a, BuddyDraft(name=name, status=BuddyStatus.AVAILABLE), TODAY) for name in ("Ine", "Wout")
    ]
    code = team.create("a")
    b = team.join("b", code)
    duos.create_duo(a, family_id, buddies[0], TODAY)  # the same family matched on both laptops
    duos.create_duo(b, family_id, buddies[1], TODAY)
    assert sync_with_team(a, team.members["a"]).new_problems == ()
    checked = sync_with_team(b, team.members["b"])
    assert any(str(family_id) in problem for problem in checked.new_problems)


def test_a_full_team_folder_is_said_and_the_next_sync_sends_what_could_not_be_sent(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    a = team.open("a")
    family_id = save_family(a, FamilyDraft(name="Gezin Girma"), TODAY)
    code = team.create("a")
    b = team.join("b", code)
    _edit(a, family_id, notes="Vraagt naar de bib")

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(team_folder, "write_changeset", full)
    with pytest.raises(team_folder.TeamFolderError) as refused:
        team.sync("a")
    assert refused.value.kind == "full"
    monkeypatch.undo()
    assert team.sync("a")["a"].sent == 1
    team.sync("b")
    with b.session() as session:
        family = session.get(Family, family_id)
        assert family is not None and family.notes == "Vraagt naar de bib"


def test_an_agreement_text_saved_as_the_same_version_on_two_laptops_is_kept_twice_and_listed(
    team: Team,
) -> None:
    from tandem_desktop.core import team as conflicts
    from tandem_desktop.core.agreement_texts import read_template, save_template

    a = team.open("a")
    code = team.create("a")
    b = team.join("b", code)
    save_template(a, "nl", {"title": "Afspraken (tekst van laptop A)"})
    save_template(b, "nl", {"title": "Afspraken (tekst van laptop B)"})  # both "version 2"
    team.sync("a", "b", "a")
    assert not _differences(team.export("a"), team.export("b"))
    in_force = {name: read_template(team.stores[name]).texts("nl")["title"] for name in ("a", "b")}
    assert in_force["a"] == in_force["b"] == "Afspraken (tekst van laptop B)"  # the later saved
    [found] = conflicts.conflicts(a)
    assert found.kind == "same_number"
    conflicts.take_other(a, found.id, TODAY)  # laptop A's text after all: it becomes the newest version
    team.sync("a", "b")
    assert read_template(b).texts("nl")["title"] == "Afspraken (tekst van laptop A)"
    assert read_template(b).version == 3


def test_a_lost_laptop_is_dropped_with_a_new_team_code(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.unit.test_cli import run

    a = team.open("a")
    family_id = save_family(a, FamilyDraft(name="Gezin Hailu"), TODAY)
    code = team.create("a")
    b, c = team.join("b", code), team.join("c", code)
    team.sync("a", "b", "c")
    a.close()  # the command below opens laptop A's folder itself
    exit_code, out = run(capsys, "--data-dir", str(team.root / "a"), "team", "new-code")
    assert exit_code == 0
    new_code = next(line.strip() for line in out.splitlines() if line.startswith("    "))
    team.stores["a"] = a = open_store(team.root / "a", test_key(team.root / "a"))
    team.members["a"] = sync.read_membership(a.data_dir, a.data_key)  # type: ignore[assignment]

    _edit(c, family_id, notes="Geschreven op de gestolen laptop")  # C was lost: what it writes is not read
    with pytest.raises(team_folder.TeamFolderError) as refused:
        team.sync("c")
    assert refused.value.kind == "new_code"
    with pytest.raises(team_folder.TeamFolderError):
        team.sync("b")  # B must take the new code first
    team.members["b"] = sync.take_new_code(b, team.members["b"], new_code)
    _edit(b, family_id, municipality="Gent")
    team.sync("b", "a")
    with a.session() as session:
        family = session.get(Family, family_id)
        assert family is not None and family.municipality == "Gent" and family.notes == ""
    names = {laptop.laptop_id for laptop in sync.laptops(team.members["a"])}
    assert names == {team.members["a"].laptop_id, team.members["b"].laptop_id}  # C is no longer listed


def test_an_erasure_wins_over_a_change_another_laptop_made_to_the_duo_before_it_knew(team: Team) -> None:
    from tandem_desktop.core import duos
    from tandem_desktop.core.activities import ActivityDraft, load_activity, save_activity
    from tandem_desktop.db.models import Activity
    from tandem_desktop.db.models.enums import ClosureReason, EndedBy

    a = team.open("a")
    duo = _peeters(a, started=True)
    activity_id = save_activity(a, ActivityDraft(duo.id, dt.date(2026, 9, 5), went_well="Naar de bib"), TODAY)
    duos.close_duo(a, duo.id, dt.date(2026, 10, 1), ClosureReason.FAMILY_MOVED, EndedBy.FAMILY)
    code = team.create("a")
    b = team.join("b", code)
    erasing.erase_on_request(a, erasing.Person("family", duo.family_id), "gevraagd", TODAY)
    draft = load_activity(b, activity_id)  # B, not yet synced, writes about the family after the erasure
    save_activity(b, dataclasses.replace(draft, went_well="Sara Peeters las voor"), TODAY)
    team.sync("a", "b", "a", "b", "a", "b")  # each erases again what came back, and sends that too
    for store in (a, b):
        with store.session() as session:
            activity = session.get(Activity, activity_id)
            assert activity is not None and activity.went_well == ""
    assert not _differences(team.export("a"), team.export("b"))

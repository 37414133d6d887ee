"""The audit trail cannot be rewritten unnoticed: every entry chained to the one before, with who made it; the
database refuses to change or delete an entry; `check` names the first entry where the chain breaks."""

from __future__ import annotations

import datetime as dt
import getpass
from contextlib import closing
from pathlib import Path

import pytest
from sqlmodel import select

from tandem_desktop.cli import main
from tandem_desktop.core.families import FamilyDraft, save_family
from tandem_desktop.core.settings import update_contact
from tandem_desktop.db import audit_chain, driver, migrate
from tandem_desktop.db.models import AuditEntry
from tandem_desktop.db.store import Store, open_store
from tandem_desktop.paths import database_path
from tests.keys import test_key

TODAY = dt.date(2026, 12, 5)


def entries(store: Store) -> list[AuditEntry]:
    with store.session() as session:
        return list(session.exec(select(AuditEntry).order_by(AuditEntry.seq)))


def check(capsys: pytest.CaptureFixture[str], data_dir: Path) -> tuple[int, str]:
    code = main(["--data-dir", str(data_dir), "check"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def programme(data_dir: Path) -> Path:
    with open_store(data_dir, test_key(data_dir)) as store:
        update_contact(store, "coordinator_name", "Coördinator Noor")
        for name in ("Gezin Tesfaye", "Gezin Haddad", "Gezin Petrenko"):
            save_family(store, FamilyDraft(name=name, notes="Eerste gesprek"), TODAY)
    return data_dir


def test_each_entry_has_its_place_its_actor_and_the_link_to_the_one_before(programme: Path) -> None:
    with open_store(programme, test_key(programme)) as store:
        trail = entries(store)
        assert [e.seq for e in trail] == list(range(1, len(trail) + 1))
        assert trail[-1].actor == f"Coördinator Noor / {getpass.getuser()}"
        assert len({e.chain for e in trail}) == len(trail)
        with store.engine.connect() as conn:
            assert audit_chain.first_break(conn) is None


def test_the_database_refuses_to_change_or_delete_an_entry(programme: Path) -> None:
    with closing(driver.connect(database_path(programme), test_key(programme))) as conn:
        for statement in (
            "DELETE FROM audit_entry WHERE seq = 2",
            "UPDATE audit_entry SET actor = 'x' WHERE seq = 2",
        ):
            with pytest.raises(driver.Error, match="append-only"):
                conn.execute(statement)


@pytest.mark.parametrize(
    ("tampering", "said"),
    [
        ('UPDATE audit_entry SET changes = \'{"name": ["Gezin X", "Gezin Y"]}\' WHERE seq = 3', "entry 3"),
        ("DELETE FROM audit_entry WHERE seq = 2", "entries 2 to 2 are missing"),
        ("UPDATE audit_entry SET at = '2020-01-01 00:00:00.000000' WHERE seq = 4", "entry 4"),
    ],
)
def test_an_entry_edited_or_deleted_behind_the_apps_back_makes_check_fail_and_names_it(
    programme: Path, capsys: pytest.CaptureFixture[str], tampering: str, said: str
) -> None:
    assert check(capsys, programme)[0] == 0
    with closing(driver.connect(database_path(programme), test_key(programme))) as conn:
        # Whoever holds the key and a database tool can drop the triggers first; the chain still tells.
        conn.execute("DROP TRIGGER audit_entry_append_only_update")
        conn.execute("DROP TRIGGER audit_entry_append_only_delete")
        conn.execute(tampering)
    code, out = check(capsys, programme)
    assert code == 1 and "audit trail:" in out and said in out, out


def test_the_trail_of_an_earlier_version_is_chained_at_the_upgrade(data_dir: Path) -> None:
    from alembic import command

    from tandem_desktop.db.engine import make_engine

    key = test_key(data_dir)
    engine = make_engine(database_path(data_dir), key)
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0003")
        for i in range(5):
            conn.exec_driver_sql(
                "INSERT INTO audit_entry (id, at, table_name, record_id, action, changes) VALUES "
                f"('{i:032x}', '2026-0{i + 1}-01 09:00:00.000000', 'family', '{i + 100:032x}', 'create', '{{}}')"
            )
    engine.dispose()
    with open_store(data_dir, key) as store:
        trail = entries(store)
        assert [e.seq for e in trail[:5]] == [1, 2, 3, 4, 5] and trail[0].actor == ""
        with store.engine.connect() as conn:
            assert audit_chain.first_break(conn) is None

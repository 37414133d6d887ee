"""Schema migrations with Alembic, run at every start.

A new database is created at head; an older one is backed up and upgraded; one from a newer app
is refused, never "upgraded" down.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from .errors import DatabaseTooNew, NotATandemDatabase

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def schema_state(engine: Engine, path: Path) -> str:
    """ "new", "current" or "outdated"; raises when the database is not ours or too new."""
    revision = current_revision(engine)
    if revision is None:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
        if tables:
            raise NotATandemDatabase(str(path))
        return "new"
    if revision == head_revision():
        return "current"
    if revision not in known_revisions():
        raise DatabaseTooNew(str(path), revision)
    return "outdated"


def upgrade_to_head(engine: Engine) -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def ensure_schema(engine: Engine, path: Path, backup: Callable[[str], object]) -> str:
    """Bring the database to head; `backup(reason)` is called before an existing one is changed."""
    state = schema_state(engine, path)
    if state == "outdated":
        backup("before-migration")
    if state != "current":
        upgrade_to_head(engine)
    return state

"""Schema migrations with Alembic, run at every start.

A new database is created at head; an older one is backed up and upgraded; one from a newer app
is refused, never "upgraded" down. Alembic itself is imported only when there is work for it: on an
ordinary start the stored revision is compared with SCHEMA_HEAD, which keeps ~0.2 s off start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError

from .errors import DatabaseTooNew, NotATandemDatabase

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions; a test checks that it is Alembic's head.
SCHEMA_HEAD = "0006"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        except OperationalError:  # no such table: a new (or foreign) database
            return None
    return None if row is None else str(row[0])


def schema_state(engine: Engine, path: Path) -> str:
    """ "new", "current" or "outdated"; raises when the database is not ours or too new."""
    revision = current_revision(engine)
    if revision is None:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
        if tables:
            raise NotATandemDatabase(str(path))
        return "new"
    if revision == SCHEMA_HEAD:
        return "current"
    if revision not in known_revisions():
        raise DatabaseTooNew(str(path), revision)
    return "outdated"


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command

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

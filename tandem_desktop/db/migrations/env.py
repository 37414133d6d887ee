"""Alembic's environment: always handed a connection by tandem_desktop.db.migrate, never a URL."""

from typing import Any, Literal

import sqlalchemy as sa
from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlmodel.sql.sqltypes import AutoString

from tandem_desktop.db.models import metadata
from tandem_desktop.db.models.base import UTCDateTime


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Revisions are history: render plain SQLAlchemy types, so a revision never imports model code
    that may change after it was written. The stored forms are the same."""
    if type_ == "type":
        if isinstance(obj, UTCDateTime):
            return "sa.DateTime()"
        if isinstance(obj, sa.Enum):  # stored as its values in a VARCHAR; checked by the model
            return f"sa.String(length={obj.length})"
        if isinstance(obj, AutoString):  # SQLModel's str column: a VARCHAR
            return "sa.String()"
        if isinstance(obj, sa.String):
            return "sa.String()" if obj.length is None else f"sa.String(length={obj.length})"
    return False


connection = context.config.attributes["connection"]
# Batch mode: SQLite cannot ALTER most things, so Alembic rebuilds the table instead.
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()

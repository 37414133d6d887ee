"""the threshold of the "behind the rhythm" flag

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # batch mode: SQLite cannot add a NOT NULL column without a default otherwise; existing rows get 2.
    with op.batch_alter_table("programme_settings") as batch:
        batch.add_column(sa.Column("flag_behind_meetings", sa.Integer(), nullable=False, server_default="2"))


def downgrade() -> None:
    with op.batch_alter_table("programme_settings") as batch:
        batch.drop_column("flag_behind_meetings")

"""privacy: retention settings, erasure (its register and the erased records' date), consent as records with a
three-state photo answer

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    for name, months in (
        ("retention_months_after_trajectory", 24),
        ("retention_months_never_matched", 12),
        ("retention_months_buddy", 24),
    ):
        op.add_column(
            "programme_settings", sa.Column(name, sa.Integer(), nullable=False, server_default=str(months))
        )
    op.add_column("family", sa.Column("erased_on", sa.Date(), nullable=True))
    op.add_column("buddy", sa.Column("erased_on", sa.Date(), nullable=True))

    # Photo consent was yes/no, with "no" also meaning "not asked yet". The column changes in place (renamed,
    # replaced, dropped), not by rebuilding `family`: a rebuild drops a table other tables' keys point at.
    # Whoever had consent recorded (a date) answered; the others were not asked yet.
    op.execute("ALTER TABLE family RENAME COLUMN photo_consent TO photo_consent_before")
    op.add_column(
        "family",
        sa.Column("photo_consent", sa.String(length=32), nullable=False, server_default="not_asked"),
    )
    op.execute(
        "UPDATE family SET photo_consent = CASE WHEN photo_consent_before THEN 'yes'"
        " WHEN consent_date IS NOT NULL THEN 'no' ELSE 'not_asked' END"
    )
    op.execute("ALTER TABLE family DROP COLUMN photo_consent_before")

    op.create_table(
        "consent",
        *_record_columns(),
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("given", sa.Boolean(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("text_version", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["family_id"], ["family.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_consent_deleted_at", "consent", ["deleted_at"])
    op.create_index("ix_consent_family_id", "consent", ["family_id"])
    # The answers recorded before this version, as records: who recorded them is not known.
    op.execute(
        "INSERT INTO consent (id, created_at, updated_at, family_id, kind, given, answered_on, text_version,"
        " text, recorded_by) SELECT lower(hex(randomblob(16))), created_at, updated_at, id, 'data', 1,"
        " consent_date, consent_text_version, '', '' FROM family WHERE consent_date IS NOT NULL"
    )
    op.execute(
        "INSERT INTO consent (id, created_at, updated_at, family_id, kind, given, answered_on, text_version,"
        " text, recorded_by) SELECT lower(hex(randomblob(16))), created_at, updated_at, id, 'photos',"
        " photo_consent = 'yes', consent_date, consent_text_version, '', '' FROM family"
        " WHERE consent_date IS NOT NULL AND photo_consent != 'not_asked'"
    )

    op.create_table(
        "erasure",
        *_record_columns(),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("erased_on", sa.Date(), nullable=False),
        sa.Column("on_request", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_erasure_deleted_at", "erasure", ["deleted_at"])
    op.create_index("ix_erasure_record_id", "erasure", ["record_id"], unique=True)


def downgrade() -> None:
    op.drop_table("erasure")
    op.drop_table("consent")
    op.execute("ALTER TABLE family RENAME COLUMN photo_consent TO photo_consent_after")
    op.add_column("family", sa.Column("photo_consent", sa.Boolean(), nullable=False, server_default="0"))
    op.execute("UPDATE family SET photo_consent = photo_consent_after = 'yes'")
    op.execute("ALTER TABLE family DROP COLUMN photo_consent_after")
    op.drop_column("buddy", "erased_on")
    op.drop_column("family", "erased_on")
    for name in (
        "retention_months_buddy",
        "retention_months_never_matched",
        "retention_months_after_trajectory",
    ):
        op.drop_column("programme_settings", name)

"""a team of laptops: one audit trail per laptop, the conflicts that travel, what each laptop alone knows

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As migration 0004's, with the origin: an entry cannot move to another laptop's trail either.
_NO_UPDATE = """
CREATE TRIGGER audit_entry_append_only_update BEFORE UPDATE ON audit_entry
WHEN NEW.id IS NOT OLD.id OR NEW.seq IS NOT OLD.seq OR NEW.at IS NOT OLD.at
  OR NEW.table_name IS NOT OLD.table_name OR NEW.record_id IS NOT OLD.record_id OR NEW.action IS NOT OLD.action
  OR NEW.actor IS NOT OLD.actor OR NEW.values_digest IS NOT OLD.values_digest OR NEW.chain IS NOT OLD.chain
  OR NEW.origin IS NOT OLD.origin
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
"""


def upgrade() -> None:
    # Plain ALTERs, no table rebuilt: the triggers stay, and a rebuild would drop and re-create the trail.
    op.execute("DROP TRIGGER audit_entry_append_only_update")
    op.add_column("audit_entry", sa.Column("origin", sa.String(), nullable=False, server_default=""))
    op.drop_index("ix_audit_entry_seq", "audit_entry")
    op.create_index("ix_audit_entry_origin_seq", "audit_entry", ["origin", "seq"], unique=True)
    op.execute(_NO_UPDATE)
    op.drop_index("ix_agreement_template_version", "agreement_template")
    op.create_index("ix_agreement_template_version", "agreement_template", ["version"], unique=False)
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("kept_value", sa.String(), nullable=False),
        sa.Column("other_value", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("resolved_by", sa.String(), nullable=False),
        sa.Column("took_other", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_conflict_deleted_at", "sync_conflict", ["deleted_at"])
    op.create_index("ix_sync_conflict_record_id", "sync_conflict", ["record_id"])
    op.create_index("ix_sync_conflict_resolved_on", "sync_conflict", ["resolved_on"])
    op.create_table(
        "team_laptop",
        sa.Column("laptop_id", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("laptop_id"),
    )
    op.create_table(
        "team_applied",
        sa.Column("laptop_id", sa.String(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("laptop_id"),
    )


def downgrade() -> None:
    op.drop_index("ix_agreement_template_version", "agreement_template")
    op.create_index("ix_agreement_template_version", "agreement_template", ["version"], unique=True)
    op.drop_table("team_applied")
    op.drop_table("team_laptop")
    op.drop_table("sync_conflict")
    op.execute("DROP TRIGGER audit_entry_append_only_update")
    op.drop_index("ix_audit_entry_origin_seq", "audit_entry")
    op.create_index("ix_audit_entry_seq", "audit_entry", ["seq"], unique=True)
    op.drop_column("audit_entry", "origin")
    op.execute(_NO_UPDATE.replace("\n  OR NEW.origin IS NOT OLD.origin", ""))

"""the audit trail as a chain: its place, actor and links; append-only

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 12:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tandem_desktop.db import audit_chain

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The database itself refuses to delete an entry, or to change one but for clearing its values (erasure): the
# trail is append-only for every program, not only for this app.
_NO_DELETE = """
CREATE TRIGGER audit_entry_append_only_delete BEFORE DELETE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
"""
_NO_UPDATE = """
CREATE TRIGGER audit_entry_append_only_update BEFORE UPDATE ON audit_entry
WHEN NEW.id IS NOT OLD.id OR NEW.seq IS NOT OLD.seq OR NEW.at IS NOT OLD.at
  OR NEW.table_name IS NOT OLD.table_name OR NEW.record_id IS NOT OLD.record_id OR NEW.action IS NOT OLD.action
  OR NEW.actor IS NOT OLD.actor OR NEW.values_digest IS NOT OLD.values_digest OR NEW.chain IS NOT OLD.chain
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
"""


def upgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("actor", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("values_digest", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("chain", sa.String(), nullable=False, server_default=""))
    # The entries of before this version, chained in the order they were written: who made them is unknown.
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, at, table_name, record_id, action, changes FROM audit_entry ORDER BY at, rowid")
    ).all()
    previous = audit_chain.GENESIS
    for seq, row in enumerate(rows, start=1):
        entry = audit_chain.stored_entry(row)
        entry.update(seq=seq, actor="", values_digest=audit_chain.values_digest(entry["changes"]))
        entry["chain"] = previous = audit_chain.link(previous, entry)
        connection.execute(
            sa.text(
                "UPDATE audit_entry SET seq = :seq, values_digest = :digest, chain = :chain WHERE id = :id"
            ),
            {"seq": seq, "digest": entry["values_digest"], "chain": entry["chain"], "id": row.id},
        )
    op.create_index("ix_audit_entry_seq", "audit_entry", ["seq"], unique=True)
    op.execute(_NO_DELETE)
    op.execute(_NO_UPDATE)


def downgrade() -> None:
    op.execute("DROP TRIGGER audit_entry_append_only_update")
    op.execute("DROP TRIGGER audit_entry_append_only_delete")
    op.drop_index("ix_audit_entry_seq", "audit_entry")
    with op.batch_alter_table("audit_entry") as batch:
        for name in ("chain", "values_digest", "actor", "seq"):
            batch.drop_column(name)

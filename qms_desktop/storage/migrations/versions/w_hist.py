"""Row states in the history, the export log's chain head and key, the agency's signing key.

Adds ``change_log.state`` (storage/rowstate.py), an index to find a record's entries,
``export_log.chain_count/chain_hash/fingerprint`` and the ``agency_key`` table. Then writes ONE
``baseline`` entry per existing row (user ``system``): from this point on every row is covered
by the history. What was changed outside the application BEFORE the upgrade cannot be told
apart any more; the baseline entries say in the history when coverage began.
"""
import sqlalchemy as sa
from alembic import op

revision = "w_hist"
down_revision = "w_inbox"


def upgrade() -> None:
    op.add_column("change_log", sa.Column("state", sa.Text(), nullable=True))
    op.create_index("ix_change_log_record", "change_log", ["entity", "entity_id"])
    op.add_column("export_log", sa.Column("chain_count", sa.Integer(), nullable=True))
    op.add_column("export_log", sa.Column("chain_hash", sa.String(length=64), nullable=True))
    op.add_column("export_log", sa.Column("fingerprint", sa.String(length=32), nullable=True))
    op.create_table(
        "agency_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("private_pem", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("previous_fingerprint", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    write_baseline(op.get_bind())


def write_baseline(conn) -> int:
    from qms_desktop.storage.integrity import write_baseline as write

    return write(conn)


def downgrade() -> None:
    op.drop_table("agency_key")
    with op.batch_alter_table("export_log") as batch:
        batch.drop_column("fingerprint")
        batch.drop_column("chain_hash")
        batch.drop_column("chain_count")
    op.drop_index("ix_change_log_record", "change_log")
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("state")

"""Merge of former communes (2025 reform): predecessors, provenance of merged rows, imported history,
aliases (former procedure code, former NC number).
"""
from alembic import op
import sqlalchemy as sa

revision = "w_merge"
down_revision = "w_pades"


def upgrade() -> None:
    op.create_table(
        "merge_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lineage", sa.String(length=64), nullable=False),
        sa.Column("chain_count", sa.Integer(), nullable=False),
        sa.Column("chain_hash", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=200), nullable=False),
        sa.Column("province", sa.String(length=200), nullable=False),
        sa.Column("prefix", sa.String(length=30), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=40), nullable=False),
        sa.Column("schema_revision", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_by", sa.String(length=64), nullable=False),
        sa.Column("summary_json", sa.Text(), nullable=False),
        sa.Column("accounts_json", sa.Text(), nullable=False),
        sa.Column("profile_json", sa.Text(), nullable=False),
        sa.Column("rows_digest", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_merge_source_lineage", "merge_source", ["lineage"])
    op.create_table(
        "merged_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("source_pk", sa.String(length=64), nullable=False),
        sa.Column("target_pk", sa.String(length=64), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("row_json", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["merge_source.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_merged_row_source_id", "merged_row", ["source_id"])
    op.create_index("ix_merged_row_target", "merged_row", ["table_name", "target_pk"])
    op.create_table(
        "imported_change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("old_values", sa.Text(), nullable=False),
        sa.Column("new_values", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("state", sa.Text(), nullable=True),  # the row's state, hashed with the entry (issue 10)
        sa.ForeignKeyConstraint(["source_id"], ["merge_source.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_imported_change_log_source", "imported_change_log", ["source_id", "seq"])
    op.add_column("procedure", sa.Column("former_code", sa.String(length=60), nullable=True))
    op.add_column("nonconformity", sa.Column("former_number", sa.String(length=20), nullable=True))


def downgrade() -> None:
    op.drop_column("nonconformity", "former_number")
    op.drop_column("procedure", "former_code")
    op.drop_index("ix_imported_change_log_source", "imported_change_log")
    op.drop_table("imported_change_log")
    op.drop_index("ix_merged_row_target", "merged_row")
    op.drop_index("ix_merged_row_source_id", "merged_row")
    op.drop_table("merged_row")
    op.drop_index("ix_merge_source_lineage", "merge_source")
    op.drop_table("merge_source")

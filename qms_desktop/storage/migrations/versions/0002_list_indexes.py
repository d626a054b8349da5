"""Indexes for the lists that grow: history by time, nonconformities by status, attachments by hash.
"""
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_index("ix_change_log_at", "change_log", ["at"])
    op.create_index("ix_nonconformity_status", "nonconformity", ["status"])
    op.create_index("ix_attachment_sha256", "attachment", ["sha256"])


def downgrade() -> None:
    op.drop_index("ix_attachment_sha256", "attachment")
    op.drop_index("ix_nonconformity_status", "nonconformity")
    op.drop_index("ix_change_log_at", "change_log")

"""The report's digitally signed PDF (PAdES), kept in stored_file, referenced by its SHA-256.
"""
from alembic import op
import sqlalchemy as sa

revision = "w_pades"
down_revision = "w_tthc"


def upgrade() -> None:
    with op.batch_alter_table("report") as batch:
        batch.add_column(sa.Column("signed_pdf_sha256", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("report") as batch:
        batch.drop_column("signed_pdf_sha256")

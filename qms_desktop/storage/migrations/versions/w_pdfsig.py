"""The digital signature of a received report's PDF, as the office found it at import (rx_package.pdf_signature:
valid / unknown_issuer / invalid / not_signed) and whose it is (pdf_signer): the inbox, the package's detail and
the consolidated workbook show it (QA 13 F1).

Additive and nullable: existing rows keep their canonical state (NULL is left out of it); a package received
before this version shows its signature as not checked.
"""
from alembic import op
import sqlalchemy as sa


revision = "w_pdfsig"
down_revision = "w_keyhash"


def upgrade() -> None:
    with op.batch_alter_table("rx_package", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pdf_signature", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("pdf_signer", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rx_package", schema=None) as batch_op:
        batch_op.drop_column("pdf_signer")
        batch_op.drop_column("pdf_signature")

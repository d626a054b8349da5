"""The whole public key of a unit, pinned (rx_unit.key_sha256): the fingerprint read out by phone is 64 bits of
its SHA-256; from the first package signed with a pinned fingerprint on, the office compares the whole key.

Additive and nullable: existing rows keep their canonical state (NULL is left out of it).
"""
from alembic import op
import sqlalchemy as sa


revision = "w_keyhash"
down_revision = "w_insp2"


def upgrade() -> None:
    with op.batch_alter_table("rx_unit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key_sha256", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rx_unit", schema=None) as batch_op:
        batch_op.drop_column("key_sha256")

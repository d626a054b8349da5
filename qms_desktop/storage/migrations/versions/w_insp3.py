"""The reason a signed inspection record was corrected (``rx_inspection.correction_reason``; QA 49 F3): kept with the
record, and in its history with the values it replaced.

Additive: a new column whose default is '', which a row's state leaves out (storage/rowstate.py): the rows of
earlier versions still match their history.
"""
import sqlalchemy as sa
from alembic import op

revision = "w_insp3"
down_revision = "w_heal"


def upgrade() -> None:
    with op.batch_alter_table("rx_inspection", schema=None) as batch_op:
        batch_op.add_column(sa.Column("correction_reason", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("rx_inspection", schema=None) as batch_op:
        batch_op.drop_column("correction_reason")

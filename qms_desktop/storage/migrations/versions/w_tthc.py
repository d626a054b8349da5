"""TTHC lists as provinces publish them: the province's code suffix, temporary codes, fee, legal
basis, implementing body, online-service level, and the status a decision gives (abolished,
replaced by a successor) with the decision's number and date.
"""
import sqlalchemy as sa
from alembic import op

revision = "w_tthc"
down_revision = "w_report"

_TEXT_COLUMNS = ("provincial_code", "fee", "legal_basis", "agency", "dvc_level", "status_decision",
                 "successor_code")


def upgrade() -> None:
    with op.batch_alter_table("tthc", schema=None) as batch_op:
        for name in _TEXT_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("status", sa.String(length=16), nullable=False, server_default="active"))
        batch_op.add_column(sa.Column("status_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("temporary_code", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("tthc", schema=None) as batch_op:
        for name in ("temporary_code", "status_date", "status") + _TEXT_COLUMNS[::-1]:
            batch_op.drop_column(name)

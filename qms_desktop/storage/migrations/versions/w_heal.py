"""``imported_change_log.state`` where it is missing (QA 55 F1).

The builds of the night of 01/12/2026 from 59c3392 to 89a2786 ran ``w_merge`` before a4b3058 added that column to it
in place: their databases went on to every later revision without it, and the first merge of a former commune into
them failed ("no column named state"). Added when missing, nullable as in ``w_merge``: the entries imported by a
merge of those builds were hashed without a state, as their NULL says. Nothing else changes.
"""
import sqlalchemy as sa
from alembic import op

revision = "w_heal"
down_revision = "w_pdfsig"


def upgrade() -> None:
    if "state" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("imported_change_log")}:
        with op.batch_alter_table("imported_change_log", schema=None) as batch_op:
            batch_op.add_column(sa.Column("state", sa.Text(), nullable=True))


def downgrade() -> None:
    pass  # the column is w_merge's

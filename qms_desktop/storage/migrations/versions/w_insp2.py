"""The inspections a received package reports (issue 15): rx_package.inspections, the report.json's
``external_inspections`` as received (JSON, NULL when the package reports none), so that the unit's
corrective-action follow-up closes only with a package that answers the record.

Additive and nullable: existing rows keep their canonical state (NULL is left out of it).
"""
from alembic import op
import sqlalchemy as sa


revision = 'w_insp2'
down_revision = "w_fts"


def upgrade() -> None:
    with op.batch_alter_table('rx_package', schema=None) as batch_op:
        batch_op.add_column(sa.Column('inspections', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('rx_package', schema=None) as batch_op:
        batch_op.drop_column('inspections')

"""A report the chairman can sign as true: per-field statistics, the review's conclusion on
effectiveness, website posting and legal bases of an announcement, the report's request letter,
data cut-off, typed Part II statements and the pre-flight acknowledgements.

Additive only: one new table, new nullable columns or columns with server defaults.
"""
import sqlalchemy as sa
from alembic import op

revision = "w_report"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "service_stat_field",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stat_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=200), nullable=False),
        sa.Column("received", sa.Integer(), nullable=False),
        sa.Column("on_time", sa.Integer(), nullable=False),
        sa.Column("late", sa.Integer(), nullable=False),
        sa.Column("pending", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["stat_id"], ["service_stat.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("stat_id", "field"),
    )
    op.create_index("ix_service_stat_field_stat_id", "service_stat_field", ["stat_id"])
    with op.batch_alter_table("report") as batch:
        batch.add_column(sa.Column("data_as_of", sa.Date(), nullable=True))
        batch.add_column(sa.Column("request_letter", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("statements_json", sa.Text(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("preflight_json", sa.Text(), nullable=True))
    with op.batch_alter_table("management_review") as batch:
        batch.add_column(sa.Column("effective", sa.Boolean(), nullable=True))
    with op.batch_alter_table("announcement") as batch:
        batch.add_column(sa.Column("website_posted_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("legal_bases", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("announcement") as batch:
        batch.drop_column("legal_bases")
        batch.drop_column("website_posted_date")
    with op.batch_alter_table("management_review") as batch:
        batch.drop_column("effective")
    with op.batch_alter_table("report") as batch:
        batch.drop_column("preflight_json")
        batch.drop_column("statements_json")
        batch.drop_column("request_letter")
        batch.drop_column("data_as_of")
    op.drop_index("ix_service_stat_field_stat_id", "service_stat_field")
    op.drop_table("service_stat_field")

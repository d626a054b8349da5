"""The receiving office's yearly inspections: plan and decision, team, units with their record and follow-up.
"""
from alembic import op
import sqlalchemy as sa

revision = "w_inspect"
down_revision = "w_hist"


def _audited() -> list[sa.Column]:
    return [sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("created_by", sa.String(length=64), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False),
            sa.Column("updated_by", sa.String(length=64), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "rx_inspection_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("plan_number", sa.String(length=100), nullable=False),
        sa.Column("plan_date", sa.Date(), nullable=True),
        sa.Column("decision_number", sa.String(length=100), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("budget", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_audited(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("year"),
    )
    op.create_table(
        "rx_inspection_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        *_audited(),
        sa.ForeignKeyConstraint(["plan_id"], ["rx_inspection_plan.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_rx_inspection_member_plan_id"), "rx_inspection_member", ["plan_id"], unique=False)
    op.create_table(
        "rx_inspection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("on_site", sa.Boolean(), nullable=False),
        sa.Column("scheduled", sa.Date(), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("record_number", sa.String(length=100), nullable=False),
        sa.Column("signed_date", sa.Date(), nullable=True),
        sa.Column("conformities", sa.Text(), nullable=False),
        sa.Column("nonconformities", sa.Text(), nullable=False),
        sa.Column("recommendations", sa.Text(), nullable=False),
        sa.Column("followup_received", sa.Date(), nullable=True),
        sa.Column("followup_note", sa.Text(), nullable=False),
        *_audited(),
        sa.ForeignKeyConstraint(["plan_id"], ["rx_inspection_plan.id"]),
        sa.ForeignKeyConstraint(["unit_id"], ["rx_unit.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "unit_id"),
    )
    op.create_index(op.f("ix_rx_inspection_plan_id"), "rx_inspection", ["plan_id"], unique=False)
    op.create_index(op.f("ix_rx_inspection_unit_id"), "rx_inspection", ["unit_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_rx_inspection_unit_id"), table_name="rx_inspection")
    op.drop_index(op.f("ix_rx_inspection_plan_id"), table_name="rx_inspection")
    op.drop_table("rx_inspection")
    op.drop_index(op.f("ix_rx_inspection_member_plan_id"), table_name="rx_inspection_member")
    op.drop_table("rx_inspection_member")
    op.drop_table("rx_inspection_plan")

"""The receiving office: agency code and mode; register of reporting units, submissions, packages, events.
"""
from alembic import op
import sqlalchemy as sa

revision = "w_inbox"
down_revision = "w_merge"

_AUDITED = (
    ("created_at", sa.DateTime),
    ("created_by", lambda: sa.String(length=64)),
    ("updated_at", sa.DateTime),
    ("updated_by", lambda: sa.String(length=64)),
)


def _audited() -> list[sa.Column]:
    return [sa.Column(name, kind(), nullable=False) for name, kind in _AUDITED]


def upgrade() -> None:
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.add_column(sa.Column("code", sa.String(length=50), server_default="", nullable=False))
        batch_op.add_column(sa.Column("mode", sa.String(length=16), server_default="commune", nullable=False))

    op.create_table(
        "rx_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("match_key", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("opened", sa.Date(), nullable=True),
        sa.Column("closed", sa.Date(), nullable=True),
        sa.Column("predecessors", sa.Text(), nullable=False),
        sa.Column("expected", sa.Boolean(), nullable=False),
        sa.Column("not_expected_reason", sa.Text(), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=40), nullable=False),
        sa.Column("key_source", sa.String(length=16), nullable=False),
        sa.Column("key_pinned_at", sa.DateTime(), nullable=True),
        sa.Column("key_pinned_by", sa.String(length=64), nullable=False),
        sa.Column("chain_count", sa.Integer(), nullable=True),
        sa.Column("chain_hash", sa.String(length=64), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        *_audited(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    with op.batch_alter_table("rx_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rx_unit_match_key"), ["match_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_rx_unit_search_key"), ["search_key"], unique=False)

    op.create_table(
        "rx_submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("first_sent_at", sa.DateTime(), nullable=False),
        sa.Column("first_sent_date", sa.Date(), nullable=False),
        sa.Column("first_received_at", sa.DateTime(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("state_at", sa.DateTime(), nullable=True),
        sa.Column("state_by", sa.String(length=64), nullable=False),
        *_audited(),
        sa.ForeignKeyConstraint(["unit_id"], ["rx_unit.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("unit_id", "period"),
    )
    op.create_index("ix_rx_submission_period", "rx_submission", ["period"], unique=False)

    op.create_table(
        "rx_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("superseded_by_id", sa.Integer(), nullable=True),
        sa.Column("report_version", sa.Integer(), nullable=False),
        sa.Column("report_number", sa.String(length=100), nullable=False),
        sa.Column("report_date", sa.Date(), nullable=True),
        sa.Column("agency_name", sa.String(length=300), nullable=False),
        sa.Column("agency_code", sa.String(length=50), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=False),
        sa.Column("report_sha256", sa.String(length=64), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("sent_date", sa.Date(), nullable=False),
        sa.Column("exported_by", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("chain_count", sa.Integer(), nullable=True),
        sa.Column("chain_hash", sa.String(length=64), nullable=True),
        sa.Column("continuity", sa.String(length=16), nullable=False),
        sa.Column("tthc_total", sa.Integer(), nullable=True),
        sa.Column("tthc_in_scope", sa.Integer(), nullable=True),
        sa.Column("tthc_covered", sa.Integer(), nullable=True),
        sa.Column("procedures_effective", sa.Integer(), nullable=True),
        sa.Column("trainings", sa.Integer(), nullable=True),
        sa.Column("audits", sa.Integer(), nullable=True),
        sa.Column("reviews", sa.Integer(), nullable=True),
        sa.Column("nc_opened", sa.Integer(), nullable=True),
        sa.Column("nc_closed", sa.Integer(), nullable=True),
        sa.Column("nc_open_end", sa.Integer(), nullable=True),
        sa.Column("nc_overdue", sa.Integer(), nullable=True),
        sa.Column("files_received", sa.Integer(), nullable=True),
        sa.Column("files_on_time", sa.Integer(), nullable=True),
        sa.Column("files_late", sa.Integer(), nullable=True),
        sa.Column("files_pending", sa.Integer(), nullable=True),
        sa.Column("on_time_rate", sa.Float(), nullable=True),
        sa.Column("satisfaction", sa.Float(), nullable=True),
        sa.Column("complaints", sa.Integer(), nullable=True),
        sa.Column("improvements", sa.Integer(), nullable=True),
        sa.Column("announced", sa.Boolean(), nullable=True),
        sa.Column("reannounce_needed", sa.Boolean(), nullable=True),
        *_audited(),  # before the large texts (see orm.RxPackage)
        sa.Column("manifest", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["file_sha256"], ["stored_file.sha256"]),
        sa.ForeignKeyConstraint(["submission_id"], ["rx_submission.id"]),
        sa.ForeignKeyConstraint(["superseded_by_id"], ["rx_package.id"]),
        sa.ForeignKeyConstraint(["unit_id"], ["rx_unit.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("file_sha256"),
    )
    op.create_index("ix_rx_package_submission", "rx_package", ["submission_id", "current"], unique=False)
    op.create_index(op.f("ix_rx_package_unit_id"), "rx_package", ["unit_id"], unique=False)
    op.create_index("ix_rx_package_period", "rx_package", ["period", "received_at"], unique=False)

    op.create_table(
        "rx_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["package_id"], ["rx_package.id"]),
        sa.ForeignKeyConstraint(["unit_id"], ["rx_unit.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_rx_event_unit", "rx_event", ["unit_id", "period"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_rx_event_unit", table_name="rx_event")
    op.drop_table("rx_event")
    op.drop_index("ix_rx_package_period", table_name="rx_package")
    op.drop_index(op.f("ix_rx_package_unit_id"), table_name="rx_package")
    op.drop_index("ix_rx_package_submission", table_name="rx_package")
    op.drop_table("rx_package")
    op.drop_index("ix_rx_submission_period", table_name="rx_submission")
    op.drop_table("rx_submission")
    with op.batch_alter_table("rx_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rx_unit_search_key"))
        batch_op.drop_index(batch_op.f("ix_rx_unit_match_key"))
    op.drop_table("rx_unit")
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.drop_column("mode")
        batch_op.drop_column("code")

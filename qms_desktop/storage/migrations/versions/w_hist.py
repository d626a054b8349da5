"""Row states in the history, the export log's chain head and key, the agency's signing key.

Adds ``change_log.state`` (storage/rowstate.py), an index to find a record's entries,
``export_log.chain_count/chain_hash/fingerprint`` and the ``agency_key`` table. Then writes ONE
``baseline`` entry per existing row (user ``system``): from this point on every row is covered
by the history. What was changed outside the application BEFORE the upgrade cannot be told
apart any more; the baseline entries say in the history when coverage began.

Revision ID: w_hist
Revises: 0002
Create Date: 2026-12-01
"""
import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "w_hist"
down_revision = "w_inbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("change_log", sa.Column("state", sa.Text(), nullable=True))
    op.create_index("ix_change_log_record", "change_log", ["entity", "entity_id"])
    op.add_column("export_log", sa.Column("chain_count", sa.Integer(), nullable=True))
    op.add_column("export_log", sa.Column("chain_hash", sa.String(length=64), nullable=True))
    op.add_column("export_log", sa.Column("fingerprint", sa.String(length=32), nullable=True))
    op.create_table(
        "agency_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("private_pem", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("previous_fingerprint", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    write_baseline(op.get_bind())


def write_baseline(conn) -> int:  # noqa: ANN001
    """One ``baseline`` entry per live row of every logged table, chained after the existing entries."""
    from qms_desktop.storage import rowstate
    from qms_desktop.storage.events import GENESIS, LOGGED_AS_SHA256, entry_hash, sha256_text

    at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    prev = conn.exec_driver_sql("SELECT hash FROM change_log ORDER BY id DESC LIMIT 1").scalar() or GENESIS
    values = []
    for name, info in rowstate.logged_tables().items():
        if not rowstate.table_exists(conn, name):
            continue
        states = rowstate.fetch_states(conn, info)
        for entity_id in sorted(states, key=lambda i: (len(i), i)):
            state = states[entity_id]
            new = {LOGGED_AS_SHA256[c]: sha256_text(state[c]) for c in LOGGED_AS_SHA256 if isinstance(state.get(c), str)}
            new_s = json.dumps(new, ensure_ascii=False, sort_keys=True)
            state_s = rowstate.state_json(rowstate.state_hash(state), rowstate.digests(state))
            digest = entry_hash(prev, at.isoformat(), "system", "baseline", name, entity_id, "{}", new_s, state_s)
            values.append((at.strftime("%Y-%m-%d %H:%M:%S.%f"), "system", "baseline", name, entity_id, "{}", new_s,
                           prev, digest, state_s))
            prev = digest
    if values:
        conn.exec_driver_sql(
            "INSERT INTO change_log (at, username, action, entity, entity_id, old_values, new_values, prev_hash, hash, "
            "state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
    return len(values)


def downgrade() -> None:
    op.drop_table("agency_key")
    with op.batch_alter_table("export_log") as batch:
        batch.drop_column("fingerprint")
        batch.drop_column("chain_hash")
        batch.drop_column("chain_count")
    op.drop_index("ix_change_log_record", "change_log")
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("state")

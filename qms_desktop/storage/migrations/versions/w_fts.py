"""The folded search's FTS5 trigram index on SQLite (issue 19): one index table per searched table.

No model changes: the index tables and their triggers are SQLite's, made by storage/fulltext.py. The
list of tables is written here as it stands at this revision; a later searched table gets its index in
its own migration (``fulltext.install(op.get_bind(), ("new_table",))``).
"""
from alembic import op

revision = "w_fts"
down_revision = "w_house"

TABLES = ("tthc", "procedure", "audit", "nonconformity", "management_review", "external_inspection",
          "legal_document", "announcement", "objective", "training", "risk", "improvement", "staff", "unit",
          "petition")


def upgrade() -> None:
    from qms_desktop.storage import fulltext

    fulltext.install(op.get_bind(), TABLES)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for table in TABLES:
        for suffix in ("_ai", "_ad", "_au"):
            bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{table}_fts{suffix}"')
        bind.exec_driver_sql(f'DROP TABLE IF EXISTS "{table}_fts"')

"""Storage: SQLAlchemy ORM over SQLite, Alembic migrations, backups. Imports only ``domain``."""

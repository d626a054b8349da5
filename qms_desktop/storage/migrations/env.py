"""Alembic environment: runs on the connection handed over by ``storage.db`` (or a URL for tooling)."""

from alembic import context
from sqlalchemy import create_engine

from qms_desktop.storage.fulltext import include_name
from qms_desktop.storage.orm import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                          include_name=include_name)
        with context.begin_transaction():
            context.run_migrations()
        return
    # tooling: `alembic -x db=PATH revision --autogenerate …` compares the models with that database
    db = context.get_x_argument(as_dictionary=True).get("db")
    engine = create_engine(f"sqlite:///{db}" if db else config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True,
                          include_name=include_name)
        with context.begin_transaction():
            context.run_migrations()


run()

"""Alembic environment: prevet passes an open connection in config.attributes["connection"].

To write a new migration during development:
    alembic -x url=sqlite:///dev.sqlite3 -c /dev/null revision --autogenerate -m "..."
is not needed; write it by hand next to 0001_initial.py and keep it portable (SQLite and
PostgreSQL both run every migration in the test suite).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from prevet.store.models import Base

config = context.config


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the alembic command line, given -x url=...
        url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
            "sqlalchemy.url"
        )
        with create_engine(url).begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()

"""Alembic environment: run by ``store.migrate`` with an engine in ``config.attributes``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine, text

from store.models import Base

#: First key of the PostgreSQL advisory lock that makes concurrent upgrades queue;
#: the second is the schema's hash, so databases in other schemas do not wait.
MIGRATION_LOCK_KEY = 0x52454B  # "REK"


def run_migrations(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things; batch mode recreates the table instead.
        render_as_batch=sqlite,
        # store.db emits BEGIN itself, so DDL on SQLite is transactional too: a
        # failed migration leaves nothing half done.
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Two processes starting on an empty database would both create the
            # tables; the second waits here and then finds the work done.
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )
        context.run_migrations()


def main() -> None:
    if context.is_offline_mode():
        raise SystemExit("Rekom migrations run online only (store.migrate.upgrade).")
    engine = context.config.attributes.get("engine")
    if not isinstance(engine, Engine):
        raise SystemExit("Run migrations through store.migrate (it passes the engine).")
    with engine.connect() as connection:
        run_migrations(connection)


main()

"""Alembic migration scripts of the application database (see ``store.migrate``)."""

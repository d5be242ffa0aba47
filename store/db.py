"""Engines and sessions for the application database (SQLite or PostgreSQL).

SQLite is the embedded default (one file in the data directory); PostgreSQL is the
server choice. Both get the same schema through the Alembic migrations in
``store/migrations`` and the same code paths: the letter-number sequence relies on
``INSERT ... ON CONFLICT`` and ``UPDATE ... RETURNING``, which both support.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from rekom.errors import ConfigError, StoreError

if TYPE_CHECKING:
    from rekom.settings import Settings

log = logging.getLogger(__name__)

#: Milliseconds a SQLite connection waits for another writer before giving up.
SQLITE_BUSY_TIMEOUT_MS = 30_000
#: Execution option that makes a SQLite transaction start DEFERRED (read-only use).
READ_ONLY_OPTION = "rekom_read_only"


def make_engine(url: str) -> Engine:
    """An engine for a SQLite or PostgreSQL URL, set up for concurrent use.

    SQLite: the parent folder of the file is created; every connection runs in WAL
    mode (readers never block the writer) with foreign keys enforced and a 30 s busy
    wait; every transaction starts with ``BEGIN IMMEDIATE`` unless the connection
    carries the :data:`READ_ONLY_OPTION` execution option. PostgreSQL: the psycopg
    (3) driver, also when the URL says plain ``postgresql://``.
    """
    parsed = _parse_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(parsed)
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            # psycopg2 (SQLAlchemy's default) is not installed; psycopg 3 is.
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True)
    raise ConfigError(
        f"Basis data {backend} tidak didukung / unsupported database: {redact(url)}. "
        "Gunakan / use sqlite:///… atau / or postgresql+psycopg://…"
    )


def _parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"URL basis data tidak valid / invalid database URL: {exc}") from exc


def sqlite_file(url: str | URL) -> Path | None:
    """The database file of a SQLite URL; None for PostgreSQL or an in-memory database."""
    parsed = _parse_url(url) if isinstance(url, str) else url
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:"):  # a URI filename; leave it to SQLite
        return None
    return Path(database).expanduser()


def _sqlite_engine(url: URL) -> Engine:
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from pysqlite (Python 3.11 has no
        # ``autocommit`` attribute); the "begin" hook below emits BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A DEFERRED transaction that reads and then writes cannot wait for the
        # write lock: SQLite fails it at once with SQLITE_BUSY when another writer
        # got there first. IMMEDIATE takes the lock at BEGIN, where busy_timeout
        # applies, so concurrent writers queue instead of failing.
        if connection.get_execution_options().get(READ_ONLY_OPTION):
            connection.exec_driver_sql("BEGIN DEFERRED")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions bound to ``engine``; objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def redact(url: str | URL) -> str:
    """The URL without its password, for messages and logs."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "<URL tidak valid / invalid URL>"
    return parsed.render_as_string(hide_password=True)


class Store:
    """The application database: one engine and its sessions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = session_factory(engine)
        self._read_sessions = session_factory(engine.execution_options(**{READ_ONLY_OPTION: True}))

    @classmethod
    def open(cls, url: str, *, upgrade: bool = True) -> Store:
        """Connect to ``url`` and, by default, migrate the schema to the newest revision."""
        store = cls(make_engine(url))
        if upgrade:
            from store.migrate import upgrade as upgrade_schema

            try:
                upgrade_schema(store.engine)
            except BaseException:
                store.close()
                raise
        return store

    @classmethod
    def from_settings(cls, settings: Settings, *, upgrade: bool = True) -> Store:
        """The store named by ``Settings.effective_database_url``."""
        return cls.open(settings.effective_database_url, upgrade=upgrade)

    @contextmanager
    def transaction(self, *, read_only: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error.

        ``read_only`` lets SQLite start the transaction DEFERRED so it does not wait
        for writers; do not write (or take letter numbers) in such a transaction.
        """
        factory = self._read_sessions if read_only else self._sessions
        try:
            with factory.begin() as session:
                yield session
        except OperationalError as exc:
            raise database_error(exc, self.engine.url) from exc

    def close(self) -> None:
        """Release the pooled connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def database_error(exc: DBAPIError, url: URL) -> StoreError:
    """A ``StoreError`` that names the database and keeps the driver's message."""
    reason = str(exc.orig if exc.orig is not None else exc).strip()
    first_line = reason.splitlines()[0] if reason else type(exc).__name__
    return StoreError(
        f"Basis data {redact(url)} tidak dapat digunakan / database unavailable: {first_line}. "
        "Periksa server basis data dan REKOM_DATABASE_URL / check the database server and "
        "the URL.",
        detail=reason if reason != first_line else None,
    )

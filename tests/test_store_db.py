"""The application database: engines, SQLite locking, migrations on SQLite and PostgreSQL."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from importlib import resources
from multiprocessing.synchronize import Barrier as BarrierType
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from rekom.errors import ConfigError, StoreError, StoreSchemaError
from store.db import Store, make_engine, sqlite_file
from store.migrate import MIGRATIONS_DIR, current_revision, head_revision, upgrade
from store.models import Base

TABLES = {"recommended_activities", "letter_sequences", "letter_numbers", "alembic_version"}


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def _sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'data' / 'rekom.db'}"


# --------------------------------------------------------------------------- engines


def test_sqlite_engine_creates_the_data_folder(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'var' / 'deep' / 'rekom.db'}"
    engine = make_engine(url)
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    engine.dispose()
    assert (tmp_path / "var" / "deep" / "rekom.db").is_file()


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_wait(tmp_path: Path) -> None:
    engine = make_engine(_sqlite_url(tmp_path))
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
    engine.dispose()


def test_a_write_transaction_holds_the_write_lock_from_begin(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE: the lock is taken at BEGIN, where the busy wait applies."""
    store = Store(make_engine(_sqlite_url(tmp_path)))
    with store.transaction() as session:
        session.execute(text("SELECT 1"))
        other = sqlite3.connect(tmp_path / "data" / "rekom.db", timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    store.close()


def test_a_read_only_transaction_leaves_the_write_lock_free(tmp_path: Path) -> None:
    store = Store(make_engine(_sqlite_url(tmp_path)))
    with store.transaction(read_only=True) as session:
        session.execute(text("SELECT 1"))
        other = sqlite3.connect(tmp_path / "data" / "rekom.db", timeout=0, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        other.close()
    store.close()


def test_concurrent_read_then_write_transactions_queue_instead_of_failing(
    tmp_path: Path,
) -> None:
    """With a plain (DEFERRED) BEGIN one of the two fails at once with "database is
    locked": its read snapshot is stale once the other has written."""
    store = Store.open(_sqlite_url(tmp_path))
    errors: list[BaseException] = []

    def read_then_write(delay_before: float, hold: float, name: str) -> None:
        time.sleep(delay_before)
        try:
            with store.transaction() as session:
                count = session.execute(text("SELECT count(*) FROM letter_sequences")).scalar()
                time.sleep(hold)
                session.execute(
                    text(
                        "INSERT INTO letter_sequences"
                        " (office_code, tahun, last_seq, classification)"
                        " VALUES (:name, :tahun, 0, 'HM.310')"
                    ),
                    {"name": name, "tahun": 2000 + int(count or 0)},
                )
        except BaseException as exc:  # reported to the test thread
            errors.append(exc)

    threads = [
        threading.Thread(target=read_then_write, args=(0.0, 0.3, "A")),
        threading.Thread(target=read_then_write, args=(0.1, 0.0, "B")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with store.transaction(read_only=True) as session:
        rows = session.execute(text("SELECT office_code, tahun FROM letter_sequences")).all()
    assert sorted(rows) == [("A", 2000), ("B", 2001)]
    store.close()


def test_plain_postgresql_urls_use_psycopg_3() -> None:
    engine = make_engine("postgresql://rekom@127.0.0.1/rekom")
    assert engine.dialect.driver == "psycopg"


def test_other_databases_are_a_configuration_error() -> None:
    with pytest.raises(ConfigError, match="tidak didukung / unsupported"):
        make_engine("mysql://root@localhost/rekom")


def test_sqlite_file_of_a_url(tmp_path: Path) -> None:
    assert sqlite_file(f"sqlite:///{tmp_path / 'a.db'}") == tmp_path / "a.db"
    assert sqlite_file("sqlite://") is None
    assert sqlite_file("postgresql+psycopg://u@h/db") is None


def test_an_unreachable_server_is_a_store_error_without_the_password() -> None:
    with pytest.raises(StoreError) as caught:
        Store.open("postgresql+psycopg://rekom:geheim@127.0.0.1:1/rekom")
    assert caught.value.code == "REKOM-STORE"
    assert "geheim" not in str(caught.value)
    assert "127.0.0.1:1" in str(caught.value)


# --------------------------------------------------------------------------- migrations


def test_the_migration_scripts_ship_inside_the_package() -> None:
    assert Path(str(resources.files("store"))) / "migrations" == MIGRATIONS_DIR
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (MIGRATIONS_DIR / "versions" / "__init__.py").is_file()
    assert head_revision() == "0001"


def test_upgrade_creates_the_tables_on_an_empty_database(engine: Engine) -> None:
    assert current_revision(engine) is None
    assert upgrade(engine) == head_revision()
    assert set(inspect(engine).get_table_names()) >= TABLES


def test_upgrade_is_idempotent_and_keeps_data(engine: Engine) -> None:
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO letter_sequences (office_code, tahun, last_seq, classification) "
                "VALUES ('1904', 2026, 7, 'HM.310')"
            )
        )
    assert upgrade(engine) == head_revision()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT last_seq FROM letter_sequences")).scalar() == 7


def test_the_models_match_the_migrated_schema(engine: Engine) -> None:
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_by_url_works_from_any_directory(tmp_path: Path) -> None:
    os.chdir(tmp_path)  # the autouse fixture restores the directory
    url = _sqlite_url(tmp_path)
    assert upgrade(url) == head_revision()
    assert current_revision(url) == head_revision()


def test_a_schema_newer_than_the_code_is_refused(engine: Engine) -> None:
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreSchemaError) as caught:
        upgrade(engine)
    assert caught.value.exit_status == 2


def _upgrade_in_processes(url: str, count: int = 3) -> list[int | None]:
    """Exit codes of ``count`` processes that all call upgrade(url) at the same moment."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(count)
    processes = [
        context.Process(target=_upgrade_in_process, args=(url, barrier)) for _ in range(count)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=120)
    return [process.exitcode for process in processes]


def _upgrade_in_process(url: str, barrier: BarrierType) -> None:
    barrier.wait(timeout=60)
    upgrade(url)


def test_processes_starting_together_on_an_empty_database_all_succeed(db_url: str) -> None:
    """Every Rekom process upgrades when it starts; the first migrates, the others wait."""
    assert _upgrade_in_processes(db_url) == [0, 0, 0]
    assert current_revision(db_url) == head_revision()


def test_threads_of_one_process_upgrading_together_all_succeed(db_url: str) -> None:
    """Alembic's context is process-global; store.migrate serialises its own threads."""
    engine = make_engine(db_url)
    barrier = threading.Barrier(3)
    errors: list[BaseException] = []

    def run() -> None:
        barrier.wait(timeout=30)
        try:
            upgrade(engine)
        except BaseException as exc:  # reported to the test thread
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert current_revision(engine) == head_revision()
    engine.dispose()

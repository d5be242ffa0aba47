"""Session-wide fixtures shared by every test module."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from store.testing import DEFAULT_TEST_POSTGRES_URL, postgres_unreachable, temporary_schema

REPO_ROOT = Path(__file__).resolve().parent.parent

# Read at import: the autouse fixture below clears REKOM_* before each test.
POSTGRES_URL = os.environ.get("REKOM_TEST_POSTGRES_URL", DEFAULT_TEST_POSTGRES_URL)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Any]]:
    """The sample corpus, generated once per test session (default seed)."""
    from samples import generate

    out = tmp_path_factory.mktemp("corpus")
    return out, generate(out)


@pytest.fixture(scope="session")
def corpus_dir(corpus: tuple[Path, list[Any]]) -> Path:
    return corpus[0]


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh schema on the test PostgreSQL server; skipped, saying why, when unreachable."""
    reason = postgres_unreachable(POSTGRES_URL)
    if reason:
        pytest.skip(reason)
    with temporary_schema(POSTGRES_URL) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each database test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'data' / 'rekom.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture(autouse=True)
def _isolated_settings_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test sees the developer's REKOM_* variables or a rekom.toml in the cwd."""
    for name in list(os.environ):
        if name.startswith("REKOM_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    yield

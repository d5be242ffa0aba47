"""Session-wide fixtures shared by every test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


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


@pytest.fixture(autouse=True)
def _isolated_settings_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test sees the developer's REKOM_* variables or a rekom.toml in the cwd."""
    import os

    for name in list(os.environ):
        if name.startswith("REKOM_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    yield

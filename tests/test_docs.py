"""The docs name everything a user can meet: error codes, commands, model error types."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from rekom.cli import main
from rekom.errors import all_error_classes


def _read(repo_root: Path, name: str) -> str:
    return (repo_root / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("cls", all_error_classes(), ids=lambda c: c.__name__)
def test_every_error_code_is_documented(repo_root: Path, cls: type) -> None:
    doc = _read(repo_root, "docs/errors.md")
    assert f"`{cls.code}`" in doc  # type: ignore[attr-defined]
    assert f"`{cls.__name__}`" in doc


def _command_names(group: click.Group, prefix: str = "") -> list[str]:
    names = []
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        names.append(full)
        if isinstance(command, click.Group):
            names.extend(_command_names(command, prefix=f"{full} "))
    return names


@pytest.mark.parametrize("command", _command_names(main))
def test_every_command_is_in_the_cli_docs_and_the_readme(repo_root: Path, command: str) -> None:
    assert f"rekom {command}" in _read(repo_root, "docs/cli.md")
    assert f"rekom {command}" in _read(repo_root, "README.md")


def test_readme_links_resolve(repo_root: Path) -> None:
    import re

    readme = _read(repo_root, "README.md")
    for target in re.findall(r"\]\(([^)#]+)\)", readme):
        assert (repo_root / target).exists(), target

"""``validators`` is Rekom's package, never the PyPI distribution of the same name."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import validators


def test_import_validators_resolves_to_the_repository_package(repo_root: Path) -> None:
    location = getattr(validators, "__file__", None)
    # A namespace package (no __file__) means a stale editable install made before
    # validators/__init__.py existed: run `pip install -e .` again.
    assert location is not None, f"validators is a namespace package: {validators.__path__}"
    assert Path(location).resolve().parent == (repo_root / "validators").resolve()


def test_no_distribution_named_validators_is_installed() -> None:
    names = {
        (dist.metadata["Name"] or "").lower().replace("_", "-")
        for dist in importlib.metadata.distributions()
    }
    assert "validators" not in names
    # The top-level name maps to our project only.
    assert set(importlib.metadata.packages_distributions().get("validators", [])) <= {"rekom"}


def test_validators_exposes_the_form_api() -> None:
    assert {"fs3", "fp-kpa", "surat_pengantar"} <= set(validators.FORM_MODELS)
    assert callable(validators.parse_fields)
    assert callable(validators.to_flat)

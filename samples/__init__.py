"""Deterministic generator of the Rekom sample corpus (see samples/README.md).

from samples import generate, readme_table, write_readme
infos = generate(Path("samples/corpus"), seed=2026)
"""

from __future__ import annotations

from samples.catalogue import FAMILIES
from samples.generate import SampleInfo, generate, readme_table, write_readme

__all__ = ["FAMILIES", "SampleInfo", "generate", "readme_table", "write_readme"]

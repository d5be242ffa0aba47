"""The ground-truth document model shared by content, layouts and the generator."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Defect:
    """A deliberate flaw of a sample, with the severity FORMS.md gives the rule it breaks."""

    field: str | None
    #: missing | inconsistent | malformed | unclear | wrong_office | missing_document |
    #: non_government_sender
    kind: str
    severity: Severity
    note: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "kind": self.kind,
            "severity": self.severity,
            "note": self.note,
        }


@dataclass
class Document:
    """One document's ground truth: normalised fields plus what the renderers need.

    ``fields`` holds exactly what an ideal reader extracts, in FORMS.md value
    forms; a value that cannot be normalised (a malformed NIP) is kept as printed
    and named by a ``malformed`` defect. ``info`` carries text that is printed but
    is not a field (letterhead, letter body, questions, rank, ...).
    """

    doc_id: str
    form_type: str
    fields: dict[str, Any]
    #: The BPS office the document is sent to.
    office: str
    defects: list[Defect] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)
    #: Seed-independent English summary of what the document is and exercises.
    summary: str = ""

    @property
    def verdict(self) -> str:
        """``perlu_perbaikan`` when any defect is an error, else ``lengkap``."""
        return verdict_of(self.defects)

    def drop(self, key: str, note: str, *, severity: Severity = "error") -> None:
        """Leave ``key`` empty on the form and record it as a missing field."""
        self.fields.pop(key, None)
        self.defects.append(Defect(key, "missing", severity, note))

    def flaw(self, key: str | None, kind: str, note: str, *, severity: Severity = "error") -> None:
        """Record a defect whose value is already set in ``fields``."""
        self.defects.append(Defect(key, kind, severity, note))


def verdict_of(defects: list[Defect]) -> str:
    """The verdict a complete examination reaches for these defects."""
    return "perlu_perbaikan" if any(d.severity == "error" for d in defects) else "lengkap"


def rng_for(seed: int, *labels: str) -> random.Random:
    """A private ``random.Random`` for one purpose, stable across runs and platforms.

    Each document draws from its own stream, so generating only some families
    (or adding a sample) never changes the content of the others.
    """
    digest = hashlib.sha256(":".join([str(seed), *labels]).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def seed_int(seed: int, *labels: str) -> int:
    """A 63-bit integer seed for numpy Generators, derived like ``rng_for``."""
    digest = hashlib.sha256(":".join([str(seed), *labels]).encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1

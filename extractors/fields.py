"""What field extraction produces: a value in its FORMS.md form with its evidence.

The form extractors (``extractors/forms/``) return these; the pipeline
(``extractors/extract.py``) calibrates the confidences and serialises them in
the ``rekom extract --json`` contract: ``{"value", "confidence", "page", "bbox"}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

BBox = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class ExtractedField:
    """One field read from a document."""

    #: Dotted FORMS.md key.
    key: str
    #: Already in the FORMS.md value form (normalised with ``validators.normalise``).
    value: Any
    #: 0-1; calibrated so that >= 0.9 is right at least 98% of the time on the samples.
    confidence: float
    #: 1-based page of the document the value was read on.
    page: int
    #: [x0, y0, x1, y1] in points from the top-left of that page.
    bbox: BBox
    #: The text as read, before normalisation (for the review screen and debugging).
    raw: str = ""
    #: Signals the calibration uses: label match score, OCR confidence, how the value was found.
    signals: dict[str, float | str] = field(default_factory=dict)

    def as_contract(self) -> dict[str, Any]:
        """The ``rekom extract --json`` form of the field."""
        return {
            "value": self.value,
            "confidence": round(self.confidence, 4),
            "page": self.page,
            "bbox": [round(v, 2) for v in self.bbox],
        }

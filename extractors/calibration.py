"""Confidence calibration: raw extraction signals → a confidence fitted on the samples.

Every field carries ``signals`` (``label_score`` 0-100, ``ocr_conf`` 0-1, ``method``,
``normalised`` 0/1). Fields are put in bins by those signals; each bin's confidence is
the Wilson lower bound (z = 1, one-sided ~84 %) of how often its fields were right on the sample
corpus, and a bin right less than 98 % of the time is held below 0.9. So "confidence
≥ 0.9" means "right at least 98 % of the time on the samples" (tests check this).

The table ships as ``calibration.json`` beside this module; refit it deliberately and
read the diff::

    .venv/bin/python -m extractors.calibration --fit samples/corpus
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractors.document import Document, Page
from extractors.fields import ExtractedField

log = logging.getLogger(__name__)

TABLE_PATH = Path(__file__).with_name("calibration.json")
#: Confidence of a field whose bin was never seen when fitting.
DEFAULT_CONFIDENCE = 0.5
#: Fewest fields a bin needs before its own rate is used (else a coarser bin's).
MIN_BIN = 10
_Z = 1.0
_TARGET_PRECISION = 0.98
_BELOW_THRESHOLD = 0.89


def _ocr_bin(ocr: float) -> str:
    if ocr >= 0.999:
        return "text"
    for edge in (0.95, 0.9, 0.8, 0.7, 0.5):
        if ocr >= edge:
            return f">={edge}"
    return "<0.5"


def _label_bin(score: float) -> str:
    return "hi" if score >= 95 else "mid" if score >= 85 else "lo"


def bin_keys(signals: dict[str, float | str]) -> list[str]:
    """The bins a field falls in, finest first."""
    normalised = int(float(signals.get("normalised", 1)))
    ocr = _ocr_bin(float(signals.get("ocr_conf", 1.0)))
    label = _label_bin(float(signals.get("label_score", 100.0)))
    method = str(signals.get("method", "?"))
    return [
        f"{normalised}|{label}|{ocr}|{method}",
        f"{normalised}|{label}|{ocr}",
        f"{normalised}|*|{ocr}",
        f"{normalised}|*|*",
    ]


def wilson_lower(correct: int, total: int, z: float = _Z) -> float:
    """Lower bound of the Wilson score interval for a proportion."""
    if total == 0:
        return 0.0
    p = correct / total
    denom = 1 + z * z / total
    centre = p + z * z / (2 * total)
    margin = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    return max(0.0, (centre - margin) / denom)


def bin_confidence(correct: int, total: int) -> float:
    """A bin's calibrated confidence (held below 0.9 unless right ≥ 98 % of the time)."""
    conf = wilson_lower(correct, total)
    if correct / total < _TARGET_PRECISION:
        conf = min(conf, _BELOW_THRESHOLD)
    return round(conf, 4)


@lru_cache(maxsize=1)
def load_table(path: Path = TABLE_PATH) -> dict[str, float]:
    """The shipped table: bin → confidence (empty when the file is missing)."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: float(v["confidence"]) for k, v in data["bins"].items()}


def calibrate(field: ExtractedField, table: dict[str, float] | None = None) -> float:
    """Calibrated confidence of a field from its signals."""
    table = load_table() if table is None else table
    for key in bin_keys(field.signals):
        if key in table:
            return table[key]
    return min(field.confidence, DEFAULT_CONFIDENCE)


def fit(observations: Iterable[tuple[dict[str, float | str], bool]]) -> dict[str, Any]:
    """Fit the table from ``(signals, was_right)`` pairs."""
    counts: dict[str, list[int]] = {}
    for signals, right in observations:
        for key in bin_keys(signals):
            c = counts.setdefault(key, [0, 0])
            c[0] += int(right)
            c[1] += 1
    bins = {
        key: {"correct": c, "total": t, "confidence": bin_confidence(c, t)}
        for key, (c, t) in sorted(counts.items())
        if t >= MIN_BIN or key.endswith("|*|*")
    }
    return {"schema": 1, "z": _Z, "target_precision": _TARGET_PRECISION, "bins": bins}


# --- the samples -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Observation:
    """One extracted field compared with the samples' expected value."""

    family: str
    file: str
    form_type: str
    key: str
    value: Any
    expected: Any
    field: ExtractedField

    @property
    def right(self) -> bool:
        """Whether the value equals the expected one exactly."""
        return self.value == self.expected


def load_sample(expected_path: Path, **kwargs: Any) -> Document | dict[str, str]:
    """Load the data file(s) of a sample; a JPEG page set becomes one document."""
    from extractors.load import try_load_document

    spec = json.loads(expected_path.read_text(encoding="utf-8"))
    names = spec.get("files") or [spec["file"]]
    pages: list[Page] = []
    first: Document | None = None
    for name in names:
        loaded = try_load_document(expected_path.parent / name, **kwargs)
        if loaded.document is None:
            return loaded.error_json() or {}
        first = first or loaded.document
        pages.extend(loaded.document.pages)
    assert first is not None
    renumbered = tuple(replace(p, number=i) for i, p in enumerate(pages, start=1))
    return replace(first, pages=renumbered)


def expected_documents(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The documents a sample's expected JSON describes (one for a single document)."""
    return list(spec.get("documents") or [spec])


def sample_paths(corpus: Path, families: Iterable[str] | None = None) -> Iterator[Path]:
    """Expected JSON files of the corpus (e-mails left out: they need intake first)."""
    wanted = set(families) if families else None
    for path in sorted(corpus.glob("*/*.expected.json")):
        family = path.parent.name
        if family == "eml" or (wanted is not None and family not in wanted):
            continue
        yield path


def observe(expected_path: Path, **kwargs: Any) -> list[Observation]:
    """Extract one sample and compare every field with its expected value."""
    from extractors.extract import extract_document

    spec = json.loads(expected_path.read_text(encoding="utf-8"))
    loaded = load_sample(expected_path, **kwargs)
    if not isinstance(loaded, Document):
        return []
    result = extract_document(loaded, file=spec["file"])
    remaining = expected_documents(spec)
    out: list[Observation] = []
    for doc in result.documents:
        match = next((e for e in remaining if e.get("form_type") == doc.form_type), None)
        if match is None:
            expected: dict[str, Any] = {}
        else:
            remaining.remove(match)
            expected = match.get("fields") or {}
        for key, fld in doc.fields.items():
            out.append(
                Observation(
                    spec["family"],
                    spec["file"],
                    doc.form_type,
                    key,
                    fld.value,
                    expected.get(key),
                    fld,
                )
            )
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m extractors.calibration --fit CORPUS``: refit and write the table."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--fit", type=Path, required=True, metavar="CORPUS")
    parser.add_argument("--out", type=Path, default=TABLE_PATH)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    observations = [o for p in sample_paths(args.fit) for o in observe(p, workers=None)]
    table = fit((o.field.signals, o.right) for o in observations)
    args.out.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    load_table.cache_clear()
    sure = [o for o in observations if calibrate(o.field, load_table(args.out)) >= 0.9]
    right = sum(o.right for o in sure)
    log.info(
        "%d fields, %d bins; confidence >= 0.9: %d fields, %.1f %% right",
        len(observations),
        len(table["bins"]),
        len(sure),
        100 * right / max(1, len(sure)),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

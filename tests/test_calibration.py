"""Calibrated confidence: >= 0.9 means right at least 98 % of the time on the samples."""

from __future__ import annotations

from pathlib import Path

from extractors.calibration import (
    bin_confidence,
    calibrate,
    fit,
    load_table,
    observe,
    sample_paths,
    wilson_lower,
)
from extractors.fields import ExtractedField


def test_shipped_table_exists_and_has_the_catch_all_bins() -> None:
    table = load_table()
    assert "1|*|*" in table and "0|*|*" in table


def test_fields_at_or_above_0_9_are_right_98_percent_on_the_text_samples(corpus_dir: Path) -> None:
    """Born-digital, Word, fillable and bundle samples (the scans are in the benchmark)."""
    observations = [
        o
        for p in sample_paths(corpus_dir, ["digital", "docx", "fillable", "bundle"])
        for o in observe(p, ocr="never")
    ]
    sure = [o for o in observations if o.field.confidence >= 0.9]
    assert len(sure) >= 100
    wrong = [(o.file, o.key, o.value, o.expected) for o in sure if not o.right]
    assert len(wrong) / len(sure) <= 0.02, wrong[:10]


def test_a_bin_right_less_than_98_percent_stays_below_0_9() -> None:
    assert bin_confidence(970, 1000) < 0.9
    assert bin_confidence(1000, 1000) > 0.99


def test_wilson_lower_bound_grows_with_evidence() -> None:
    assert wilson_lower(5, 5) < wilson_lower(50, 50) < 1.0
    assert wilson_lower(0, 0) == 0.0


def test_unnormalised_values_get_low_confidence() -> None:
    table = fit(
        [({"normalised": 1, "ocr_conf": 1.0}, True)] * 50
        + [({"normalised": 0, "ocr_conf": 1.0}, False)] * 20
    )
    conf = {k: v["confidence"] for k, v in table["bins"].items()}
    raw = ExtractedField(
        "x", "y", 0.99, 1, (0, 0, 1, 1), signals={"normalised": 0, "ocr_conf": 1.0}
    )
    assert calibrate(raw, conf) < 0.2

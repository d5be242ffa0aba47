"""The rules against the sample corpus: every verdict and every expected error defect."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from intake.case import load_case
from rekom.offices import load_offices
from validators.examine import examine_case, examine_document

OFFICES = load_offices()


def _samples(corpus_dir: Path) -> list[Path]:
    return sorted(corpus_dir.rglob("*.expected.json"))


def _examine(path: Path) -> tuple[dict[str, Any], Any, list[Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    case = load_case(path)
    office = OFFICES[case.office or data.get("office") or "1904"]
    docs = [
        examine_document(d.form_type, d.fields, file=str(i), office=office)
        for i, d in enumerate(case.documents)
    ]
    if "documents" in data:
        return data, examine_case(docs, office=office, sender=case.sender), docs
    return data, docs[0], docs


def test_corpus_has_single_documents_and_cases(corpus_dir: Path) -> None:
    paths = _samples(corpus_dir)
    assert len(paths) > 40
    assert any("documents" in json.loads(p.read_text()) for p in paths)


def test_every_sample_gets_its_expected_verdict(corpus_dir: Path) -> None:
    wrong = []
    for path in _samples(corpus_dir):
        data, result, _ = _examine(path)
        if result.verdict != data["verdict"]:
            wrong.append((path.name, data["verdict"], result.verdict))
    assert wrong == []


def test_every_expected_error_defect_is_flagged_on_its_field(corpus_dir: Path) -> None:
    """Recall 1.0 on error defects, matched by document and field key."""
    missed = []
    for path in _samples(corpus_dir):
        data, result, _ = _examine(path)
        errors = {(f.document, f.field) for f in result.findings if f.severity == "error"}
        if "documents" in data:
            expected = [(None, d["field"]) for d in data["case_defects"]]
            for i, doc in enumerate(data["documents"]):
                expected += [
                    (str(i), d["field"]) for d in doc["defects"] if d["severity"] == "error"
                ]
        else:
            expected = [("0", d["field"]) for d in data["defects"] if d["severity"] == "error"]
        missed += [(path.name, key) for key in expected if key not in errors]
    assert missed == []


def test_no_error_finding_without_an_expected_defect(corpus_dir: Path) -> None:
    """Precision 1.0: an error the sample does not declare is a false alarm."""
    extra = []
    for path in _samples(corpus_dir):
        data, result, _ = _examine(path)
        declared = {("0", d["field"]) for d in data.get("defects", [])}
        declared |= {(None, d["field"]) for d in data.get("case_defects", [])}
        for i, doc in enumerate(data.get("documents", [])):
            declared |= {(str(i), d["field"]) for d in doc["defects"]}
        extra += [
            (path.name, f.rule, f.field)
            for f in result.findings
            if f.severity == "error" and (f.document, f.field) not in declared
        ]
    assert extra == []


@pytest.mark.parametrize("severity", ["warning"])
def test_expected_warnings_are_warnings(corpus_dir: Path, severity: str) -> None:
    missed = []
    for path in _samples(corpus_dir):
        data, result, _ = _examine(path)
        if "documents" in data:
            continue
        found = {f.field for f in result.findings if f.severity == severity}
        missed += [
            (path.name, d["field"])
            for d in data["defects"]
            if d["severity"] == severity and d["field"] not in found
        ]
    assert missed == []

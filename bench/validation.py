"""Validation benchmark on the samples' expected JSON.

    .venv/bin/python bench/validation.py [CORPUS_DIR]   # default samples/corpus

For every sample (single documents and cases), the examined verdict is compared
with the expected verdict, and the error findings with the expected error defects
(matched by document and field key; case defects by field, null included).
Baseline in the same run: the same engine with only the required-field and
value rules (``*-WAJIB-01``, ``*-NILAI-01``) enabled.

    .venv/bin/python bench/validation.py --extract [--family digital ...] [CORPUS_DIR]

``--extract`` examines the data files themselves (PDF, Word, e-mail) through
extraction, end to end; JPEG page sets are left out. Documents are matched by form
type, so a case's documents may come out of extraction in any order.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from intake.case import load_case
from rekom.offices import load_offices
from validators.examine import examine_case, examine_document
from validators.rules import RuleTable

#: Loaded inputs by path: the baseline run reuses them instead of extracting again.
_LOADED: dict[Path, Any] = {}


def _baseline() -> RuleTable:
    table = RuleTable.bundled()
    keep = ("-WAJIB-01", "-NILAI-01")
    return table.with_overrides(
        {rid: {"enabled": False} for rid in table.rows if not rid.endswith(keep)}
    )


def _examine(
    path: Path, rules: RuleTable, offices: dict[str, Any], *, extract: bool = False
) -> tuple[Any, list[Any]]:
    """(result, expected defects as (form type, field, kind)) of one expected JSON.

    Findings' ``document`` is set to the document's form type, so that expected and
    found documents match whatever their order or name.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    source = path.parent / data["file"] if extract else path
    if source not in _LOADED:
        _LOADED[source] = load_case(source)
    case = _LOADED[source]
    office = offices[data.get("office") or case.office or "1904"]
    docs = [
        examine_document(d.form_type, d.fields, file=d.form_type, office=office, rules=rules)
        for d in case.documents
    ]
    if "documents" in data:
        result = examine_case(docs, office=office, sender=case.sender, rules=rules)
        expected = [
            (None, d["field"], d["kind"]) for d in data["case_defects"] if d["severity"] == "error"
        ]
        for doc in data["documents"]:
            expected += [
                (doc["form_type"], d["field"], d["kind"])
                for d in doc["defects"]
                if d["severity"] == "error"
            ]
        return result, expected
    expected = [
        (data["form_type"], d["field"], d["kind"])
        for d in data["defects"]
        if d["severity"] == "error"
    ]
    if not docs:
        docs = [examine_document("unknown", {}, file=data["form_type"])]
    result = docs[0]
    result.findings = [f.model_copy(update={"document": result.file}) for f in result.findings]
    return result, expected


def run(
    corpus: Path, rules: RuleTable, *, extract: bool = False, families: set[str] | None = None
) -> dict[str, Any]:
    offices = load_offices()
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for path in sorted(corpus.rglob("*.expected.json")):
        family = path.parent.name
        if families and family not in families:
            continue
        if extract and "files" in json.loads(path.read_text(encoding="utf-8")):
            continue  # a JPEG page set is not one file to extract
        result, expected = _examine(path, rules, offices, extract=extract)
        data = json.loads(path.read_text(encoding="utf-8"))
        got = Counter((f.document, f.field) for f in result.findings if f.severity == "error")
        for row in (family, "ALL"):
            stats[row]["samples"] += 1
            stats[row]["verdict_ok"] += result.verdict == data["verdict"]
        remaining = Counter(got)
        for doc, field, kind in expected:
            hit = remaining[(doc, field)] > 0
            if hit:
                remaining[(doc, field)] -= 1
            for row in (family, "ALL"):
                stats[row]["expected"] += 1
                stats[row]["found"] += hit
            kinds[kind]["expected"] += 1
            kinds[kind]["found"] += hit
        for row in (family, "ALL"):
            stats[row]["errors"] += sum(got.values())
            stats[row]["false"] += sum(remaining.values())
    return {"families": stats, "kinds": kinds}


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def _table(report: dict[str, Any], base: dict[str, Any]) -> Iterable[str]:
    yield "| family | samples | verdict acc. | precision | recall | recall (baseline) |"
    yield "|---|---|---|---|---|---|"
    fams = report["families"]
    for name in sorted(fams, key=lambda n: (n == "ALL", n)):
        s, b = fams[name], base["families"][name]
        precision = _ratio(s["errors"] - s["false"], s["errors"])
        yield (
            f"| {name} | {s['samples']} | {_ratio(s['verdict_ok'], s['samples'])} | {precision} "
            f"| {_ratio(s['found'], s['expected'])} | {_ratio(b['found'], b['expected'])} |"
        )
    yield ""
    yield "| defect kind | expected errors | recall | recall (baseline) |"
    yield "|---|---|---|---|"
    for kind, s in sorted(report["kinds"].items()):
        b = base["kinds"][kind]
        yield (
            f"| {kind} | {s['expected']} | {_ratio(s['found'], s['expected'])} "
            f"| {_ratio(b['found'], b['expected'])} |"
        )


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=Path("samples") / "corpus")
    parser.add_argument("--extract", action="store_true", help="examine the data files")
    parser.add_argument("--family", action="append", help="only this family (repeatable)")
    args = parser.parse_args(argv)
    families = set(args.family) if args.family else None
    started = time.perf_counter()
    report = run(args.corpus, RuleTable.bundled(), extract=args.extract, families=families)
    elapsed = time.perf_counter() - started
    base = run(args.corpus, _baseline(), extract=args.extract, families=families)
    for line in _table(report, base):
        print(line)
    total = report["families"]["ALL"]
    print(f"\n{total['samples']} samples in {elapsed:.2f} s (rules); baseline = WAJIB+NILAI only")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

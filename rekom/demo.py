"""The main job on the embedded default, as far as the pipeline exists.

1. Open the application store (migrating it to the newest schema) and make the
   sample corpus when it is missing.
2. Load every expected field set into the form models. A sample's expected fields
   are what an ideal reader extracts, so the models must accept all of them except
   the values the sample declares malformed, and must refuse exactly those.
3. Run the pipeline on bundled submissions (:data:`PIPELINE_SAMPLES`): extraction
   of every attachment, examination of the whole case, and the draft letter (DOCX
   and PDF) under ``<data_dir>/demo/``; each verdict is compared with the sample's.
   Flows and the review app join this job as they land.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rekom.fieldsets import validate_file
from rekom.settings import Settings

log = logging.getLogger(__name__)


#: Bundled submissions the main job runs end to end: a complete e-mail submission, a
#: PDF bundle, and an e-mail without its cover letter (a correction letter).
PIPELINE_SAMPLES = (
    "eml/eml-1904-lengkap.eml",
    "bundle/bundle-1904-lengkap.pdf",
    "eml/eml-7304-tanpa-surat.eml",
)


@dataclass
class CaseRun:
    """One submission through extraction, examination and the draft letter."""

    source: str
    expected: str | None
    verdict: str = ""
    kind: str = ""
    docx: str = ""
    pdf: str = ""
    seconds: float = 0.0
    problem: str = ""

    def render(self) -> str:
        if self.problem:
            return f"  {self.source}: MASALAH / PROBLEM: {self.problem}"
        return (
            f"  {self.source}: {self.verdict} -> surat {self.kind} ({self.seconds:.1f} s)\n"
            f"      {self.docx}\n      {self.pdf}"
        )


@dataclass
class DemoResult:
    samples_dir: Path
    database: str = ""
    revision: str | None = None
    generated: bool = False
    files: int = 0
    documents: Counter[str] = field(default_factory=Counter)
    fields: int = 0
    #: (file, document, problem) for every mismatch between models and declared defects.
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    #: One line per submission run through the pipeline.
    cases: list[CaseRun] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.files > 0 and not self.problems and not any(c.problem for c in self.cases)

    def render(self) -> str:
        lines = [
            f"Basis data / database: {self.database} (revisi skema {self.revision})",
            f"Korpus contoh / sample corpus: {self.samples_dir}"
            + (" (baru dibuat / just generated)" if self.generated else ""),
            f"  {self.files} berkas harapan / expected files, {self.fields} isian / fields",
        ]
        for form_type, count in sorted(self.documents.items()):
            lines.append(f"  {form_type:<16} {count} dokumen")
        if self.problems:
            lines.append(f"MASALAH / PROBLEMS ({len(self.problems)}):")
            lines.extend(f"  {f} {d}: {p}" for f, d, p in self.problems)
        else:
            lines.append(
                "Semua isian sesuai model / every field set matches the models "
                "(hanya nilai cacat yang dinyatakan ditolak / only declared defects refused)."
            )
        if self.cases:
            lines.append(
                "Pengajuan contoh / sample submissions (ekstraksi, pemeriksaan, draf surat / "
                "extraction, examination, draft letter):"
            )
            lines.extend(case.render() for case in self.cases)
        return "\n".join(lines)


def run_demo(settings: Settings, *, samples_dir: Path, pipeline: bool = True) -> DemoResult:
    """Run the main job: open (and migrate) the store, check the samples against the
    models, then (``pipeline``) run the bundled submissions end to end."""
    from store.db import Store, redact
    from store.migrate import current_revision

    result = DemoResult(samples_dir=samples_dir)
    store = Store.from_settings(settings)
    try:
        result.database = redact(settings.effective_database_url)
        result.revision = current_revision(store.engine)
    finally:
        store.close()
    expected_files = sorted(samples_dir.rglob("*.expected.json")) if samples_dir.is_dir() else []
    if not expected_files:
        import samples as sample_generator

        log.info("generating the sample corpus into %s", samples_dir)
        sample_generator.generate(samples_dir)
        result.generated = True
        expected_files = sorted(samples_dir.rglob("*.expected.json"))
    for path in expected_files:
        report = validate_file(path)
        result.files += 1
        name = str(path.relative_to(samples_dir))
        for doc in report.documents:
            result.documents[doc.form_type or "?"] += 1
            result.fields += doc.field_count
            refused = {issue["field"] for issue in doc.issues}
            for key in sorted(refused - doc.declared_malformed):
                result.problems.append((name, doc.label, f"model menolak / model refuses {key}"))
            if doc.checked:
                for key in sorted(doc.declared_malformed - refused):
                    result.problems.append(
                        (name, doc.label, f"cacat {key} tidak terdeteksi / defect not detected")
                    )
    if pipeline:
        for relative in PIPELINE_SAMPLES:
            source = samples_dir / relative
            if source.is_file():
                result.cases.append(run_case(settings, source, samples_dir))
    return result


def run_case(settings: Settings, source: Path, samples_dir: Path) -> CaseRun:
    """One submission through extraction, examination and the draft letter; a failure
    is reported on its line, never raised, so the other submissions still run."""
    import json
    import time
    from datetime import date

    from letters.render import draft_letter
    from rekom.errors import RekomError
    from rekom.submission import examine_submission

    name = str(source.relative_to(samples_dir))
    expected_path = source.with_name(source.name.split(".")[0] + ".expected.json")
    expected = None
    if expected_path.is_file():
        expected = json.loads(expected_path.read_text(encoding="utf-8")).get("verdict")
    run = CaseRun(name, expected)
    started = time.perf_counter()
    try:
        examined = examine_submission(source, settings)
        out_dir = settings.data_dir / "demo" / source.name.split(".")[0]
        letter = draft_letter(
            examined.result,
            office=examined.office,
            out_dir=out_dir,
            when=date.today(),
            templates_dir=settings.data_dir / "templates",
        )
    except RekomError as exc:
        run.problem = f"{exc.code}: {exc.message}"
        return run
    run.seconds = time.perf_counter() - started
    run.verdict, run.kind = examined.result.verdict, letter.kind
    run.docx, run.pdf = str(letter.docx), str(letter.pdf)
    if examined.errors:
        run.problem = "; ".join(f"{f}: {e}" for f, e in examined.errors.items())
    elif expected and run.verdict != expected:
        run.problem = f"putusan {run.verdict}, seharusnya / expected {expected}"
    return run

"""The main job on the embedded default, as far as the pipeline exists.

Now: open the application store (migrating it to the newest schema), make
the sample corpus when it is missing, then load every expected field
set into the form models. A sample's expected fields are what an ideal reader
extracts, so the models must accept all of them except the values the sample
declares malformed, and must refuse exactly those. Later stages (extraction,
rules, letters, flows) join this job as they land.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rekom.fieldsets import validate_file
from rekom.settings import Settings

log = logging.getLogger(__name__)


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

    @property
    def ok(self) -> bool:
        return self.files > 0 and not self.problems

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
        return "\n".join(lines)


def run_demo(settings: Settings, *, samples_dir: Path) -> DemoResult:
    """Run the main job: open (and migrate) the store, then check the samples."""
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
    return result

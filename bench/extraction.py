"""Extraction benchmark: accuracy per family, calibration, throughput against bare Tesseract.

Run on demand (not in the tests), on a corpus made by ``rekom samples``::

    .venv/bin/python bench/extraction.py samples/corpus [--no-docs]

Prints a table and writes it into docs/extraction.md between the bench markers.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extractors.base import ExtractOptions  # noqa: E402
from extractors.calibration import expected_documents, load_sample, sample_paths  # noqa: E402
from extractors.document import Document  # noqa: E402
from extractors.extract import extract_document, extract_file  # noqa: E402

#: The page segmentation mode the pipeline uses, so both runs do the same layout analysis.
PSM = str(ExtractOptions().psm)
FAMILIES = ("digital", "docx", "fillable", "bundle", "scan300", "scan200", "photo")
SCANS = ("scan300", "scan200", "photo")
DOCS = REPO / "docs" / "extraction.md"
START, END = "<!-- bench:extraction -->", "<!-- /bench:extraction -->"


@dataclass
class Tally:
    """Counts for one family (or one setting)."""

    expected: int = 0
    extracted: int = 0
    right: int = 0
    sure: int = 0
    sure_right: int = 0
    by_form: dict[str, list[int]] = field(default_factory=dict)

    def add(self, form_type: str, got: dict[str, Any], want: dict[str, Any]) -> None:
        """Compare one document's fields (value and confidence) with the expected ones."""
        per = self.by_form.setdefault(form_type, [0, 0])
        self.expected += len(want)
        per[1] += len(want)
        for key, (value, conf) in got.items():
            self.extracted += 1
            ok = key in want and want[key] == value
            self.right += ok
            per[0] += ok
            if conf >= 0.9:
                self.sure += 1
                self.sure_right += ok


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f} %" if b else "-"


def accuracy(
    corpus: Path, families: tuple[str, ...], *, lang: str
) -> tuple[dict[str, Tally], dict[str, float]]:
    """Field accuracy per family; also wall seconds per family and OCR page counts."""
    tallies: dict[str, Tally] = {}
    times: dict[str, float] = {}
    for path in sample_paths(corpus, families):
        spec = json.loads(path.read_text(encoding="utf-8"))
        fam = spec["family"]
        t0 = time.perf_counter()
        doc = load_sample(path, lang=lang)
        if not isinstance(doc, Document):
            continue
        result = extract_document(doc, file=spec["file"])
        times[fam] = times.get(fam, 0.0) + time.perf_counter() - t0
        times[f"{fam}:ocr_pages"] = times.get(f"{fam}:ocr_pages", 0) + doc.ocr_pages
        times[f"{fam}:files"] = times.get(f"{fam}:files", 0) + 1
        tally = tallies.setdefault(fam, Tally())
        remaining = expected_documents(spec)
        for sdoc in result.documents:
            match = next((e for e in remaining if e.get("form_type") == sdoc.form_type), None)
            if match is not None:
                remaining.remove(match)
            want = (match or {}).get("fields") or {}
            got = {k: (f.value, f.confidence) for k, f in sdoc.fields.items()}
            tally.add(sdoc.form_type, got, want)
        for missed in remaining:  # a document not found: its fields count as missed
            tally.add(missed["form_type"], {}, missed.get("fields") or {})
    return tallies, times


def _page_images(corpus: Path, out: Path, per_family: int) -> dict[str, list[Path]]:
    """First pages of scans as PNG files at their scan resolution (the same pages for both
    runs), ``per_family`` from each of scan300 and scan200."""
    import pypdfium2 as pdfium
    from PIL import Image

    images: dict[str, list[Path]] = {}
    for fam in ("scan300", "scan200"):
        found = images.setdefault(fam, [])
        for src in sorted((corpus / fam).iterdir()):
            if len(found) >= per_family:
                break
            dpi = 300 if fam == "scan300" else 200
            target = out / f"{src.stem}.png"
            if src.suffix == ".pdf":
                pdf = pdfium.PdfDocument(str(src))
                pdf[0].render(scale=dpi / 72, grayscale=True).to_pil().save(target, dpi=(dpi, dpi))
                pdf.close()
            elif src.suffix in (".jpg", ".tif"):
                with Image.open(src) as im:
                    im.convert("L").save(target, dpi=(dpi, dpi))
            else:
                continue
            found.append(target)
    # The 200 dpi pages as the pipeline hands them to Tesseract (enlarged to 300 dpi), so
    # the pipeline's own overhead can be told apart from the cost of enlarging.
    import cv2

    for page in images.get("scan200", []):
        gray = cv2.imread(str(page), cv2.IMREAD_GRAYSCALE)
        big = cv2.resize(gray, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC)
        target = out / f"{page.stem}-300.png"
        Image.fromarray(big).save(target, dpi=(300, 300))
        images.setdefault("scan200@300", []).append(target)
    return images


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def throughput(
    corpus: Path, *, lang: str, per_family: int = 3, repeats: int = 3
) -> dict[str, dict[str, float]]:
    """Seconds per OCR page: the pipeline (one worker) against bare tesseract, same pages,
    per scan family.

    Runs alternate (bare, pipeline, bare, pipeline ...) over ``repeats`` rounds so that
    load from other processes falls on both alike; per page the median of the rounds is
    kept. Wall time and CPU time (this process plus its children) are both reported:
    on a shared machine CPU time is the steadier measure of the work done.
    """
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    out: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        families = _page_images(corpus, Path(tmp), per_family)
        enlarged = families.pop("scan200@300", [])
        first = next(p for pages in families.values() for p in pages)
        extract_file(first, lang=lang, workers=1)  # imports and caches, not measured
        for fam, images in families.items():
            runs: dict[str, dict[Path, list[float]]] = {
                k: {i: [] for i in images} for k in ("bw", "bc", "pw", "pc")
            }
            for _ in range(repeats):
                for image in images:
                    c0, t0 = _children_cpu(), time.perf_counter()
                    subprocess.run(
                        ["tesseract", str(image), "stdout", "-l", lang, "--psm", PSM, "tsv"],
                        env=env,
                        check=True,
                        capture_output=True,
                    )
                    runs["bw"][image].append(time.perf_counter() - t0)
                    runs["bc"][image].append(_children_cpu() - c0)
                    c0, p0, t0 = _children_cpu(), time.process_time(), time.perf_counter()
                    extract_file(image, lang=lang, workers=1)
                    runs["pw"][image].append(time.perf_counter() - t0)
                    runs["pc"][image].append(_children_cpu() - c0 + time.process_time() - p0)

            def per_page(values: dict[Path, list[float]]) -> float:
                return statistics.mean(statistics.median(v) for v in values.values())

            out[fam] = {k: per_page(v) for k, v in runs.items()}
            out[fam]["pages"] = len(images)
            out[fam]["repeats"] = repeats
        if enlarged:
            bare: dict[Path, list[float]] = {i: [] for i in enlarged}
            for _ in range(repeats):
                for image in enlarged:
                    t0 = time.perf_counter()
                    subprocess.run(
                        ["tesseract", str(image), "stdout", "-l", lang, "--psm", PSM, "tsv"],
                        env=env,
                        check=True,
                        capture_output=True,
                    )
                    bare[image].append(time.perf_counter() - t0)
            out["scan200"]["bw300"] = statistics.mean(statistics.median(v) for v in bare.values())
    return out


def all_cores(corpus: Path, *, lang: str) -> dict[str, float]:
    """OCR pages per minute with every core busy: the multi-page scans, workers = cores."""
    files = [
        p
        for fam in ("scan300", "scan200")
        for p in sorted((corpus / fam).iterdir())
        if p.suffix in (".pdf", ".tif")
    ]
    t0 = time.perf_counter()
    ocr_pages = 0
    for path in files:
        ocr_pages += extract_file(path, lang=lang, workers=None).ocr_pages
    elapsed = time.perf_counter() - t0
    return {"files": len(files), "pages": ocr_pages, "per_minute": 60 * ocr_pages / elapsed}


def report(corpus: Path) -> str:
    """Run everything and return the markdown block."""
    t0 = time.perf_counter()
    tallies, times = accuracy(corpus, FAMILIES, lang="ind")
    eng, _ = accuracy(corpus, SCANS, lang="ind+eng")
    rows = [
        "| family | files | expected fields | right | recall | precision "
        "| fields ≥ 0.9 | right when ≥ 0.9 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    total = Tally()
    for fam in FAMILIES:
        t = tallies.get(fam, Tally())
        for attr in ("expected", "extracted", "right", "sure", "sure_right"):
            setattr(total, attr, getattr(total, attr) + getattr(t, attr))
        rows.append(
            f"| {fam} | {int(times.get(f'{fam}:files', 0))} | {t.expected} | {t.right} | "
            f"{_pct(t.right, t.expected)} | {_pct(t.right, t.extracted)} | {t.sure} | "
            f"{_pct(t.sure_right, t.sure)} |"
        )
    rows.append(
        f"| **all** | | {total.expected} | {total.right} | {_pct(total.right, total.expected)} | "
        f"{_pct(total.right, total.extracted)} | {total.sure} | "
        f"{_pct(total.sure_right, total.sure)} |"
    )
    forms = [
        "",
        "| family | " + " | ".join(("fs3", "fp-kpa", "surat_pengantar")) + " |",
        "|---|---|---|---|",
    ]
    for fam in FAMILIES:
        t = tallies.get(fam, Tally())
        cells = [
            _pct(*t.by_form[f]) if f in t.by_form else "-"
            for f in ("fs3", "fp-kpa", "surat_pengantar")
        ]
        forms.append(f"| {fam} | " + " | ".join(cells) + " |")
    langs = ["", "| scans (recall) | ind | ind+eng |", "|---|---|---|"]
    for fam in SCANS:
        a, b = tallies.get(fam, Tally()), eng.get(fam, Tally())
        langs.append(f"| {fam} | {_pct(a.right, a.expected)} | {_pct(b.right, b.expected)} |")
    digital_files = times.get("digital:files", 0) or 1
    speed = [
        *speed_rows(corpus),
        "| born-digital PDF, s / file (digital family, load + classify + fields) | "
        f"{times.get('digital', 0.0) / digital_files:.2f} | |",
    ]
    elapsed = time.perf_counter() - t0
    head = [
        f"Command: `.venv/bin/python bench/extraction.py {corpus}` ({elapsed:.0f} s; "
        f"2 shared cores, Tesseract `ind` unless stated).",
        "",
    ]
    return "\n".join(head + rows + forms + langs + speed)


def speed_rows(corpus: Path) -> list[str]:
    """The throughput table (without the born-digital row)."""
    tp = throughput(corpus, lang="ind")
    cores = all_cores(corpus, lang="ind")
    rows = [
        "",
        f"| throughput (psm {PSM}; median of alternating runs) | wall s/page | CPU s/page |",
        "|---|---|---|",
    ]
    for fam, note in (
        ("scan300", "300 dpi"),
        ("scan200", "200 dpi; the pipeline enlarges to 300 dpi before OCR"),
    ):
        r = tp[fam]
        rows += [
            f"| {fam}: bare `tesseract` ({int(r['pages'])} pages, {note}) | {r['bw']:.2f} | "
            f"{r['bc']:.2f} |",
            f"| {fam}: pipeline, 1 worker (same pages, same run) | {r['pw']:.2f} | {r['pc']:.2f} |",
            f"| {fam}: **ratio pipeline / tesseract** | {r['pw'] / r['bw']:.2f} | "
            f"{r['pc'] / r['bc']:.2f} |",
        ]
        if "bw300" in r:
            rows += [
                f"| {fam}: bare `tesseract` on the same pages enlarged to 300 dpi | "
                f"{r['bw300']:.2f} | |",
                f"| {fam}: ratio pipeline / tesseract on the enlarged pages (the pipeline's "
                f"own work, with the second reading of garbled lines) | "
                f"{r['pw'] / r['bw300']:.2f} | |",
            ]
    rows.append(
        f"| pipeline, all cores ({os.cpu_count()}), OCR pages / minute "
        f"({int(cores['pages'])} pages of {int(cores['files'])} multi-page scans) | "
        f"{cores['per_minute']:.1f} | |"
    )
    return rows


def write_docs(block: str) -> None:
    """Replace the block between the bench markers in docs/extraction.md."""
    text = DOCS.read_text(encoding="utf-8")
    start, end = text.index(START) + len(START), text.index(END)
    DOCS.write_text(text[:start] + "\n" + block + "\n" + text[end:], encoding="utf-8")


def main() -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path, nargs="?", default=REPO / "samples" / "corpus")
    parser.add_argument("--no-docs", action="store_true", help="do not rewrite docs/extraction.md")
    parser.add_argument(
        "--speed-only", action="store_true", help="only the throughput table (docs untouched)"
    )
    args = parser.parse_args()
    if args.speed_only:
        print("\n".join(speed_rows(args.corpus)))
        return 0
    block = report(args.corpus)
    print(block)
    if not args.no_docs:
        write_docs(block)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

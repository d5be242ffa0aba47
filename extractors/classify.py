"""Which documents a file holds: per-page classification from content, then splitting.

Only the text decides (never the file name). Each page gets the form type whose
*first-page evidence* it shows (a heading in its top lines, a letter's
Nomor/Perihal/Yth block) or ``None`` when it shows none: such a continuation page
belongs to the document before it. Headings are matched fuzzily (rapidfuzz
``partial_ratio``) because OCR drops and swaps letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from extractors.document import Document, Page

FORM_TYPES = ("fs3", "fp-kpa", "surat_pengantar", "kuesioner", "lainnya", "unknown")

#: How many lines from the top of a page count as its heading.
_HEAD_LINES = 8
#: partial_ratio a heading phrase needs (OCR noise costs a few points).
_PHRASE_MIN = 88.0

_HEADINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "fs3",
        ("formulir pemberitahuan survei statistik sektoral", "survei statistik sektoral (fs3)"),
    ),
    ("fp-kpa", ("kompilasi produk administrasi", "(fp-kpa)")),
    ("lainnya", ("kerangka acuan kerja", "term of reference")),
)

_LETTER_MARKERS = (
    re.compile(r"^\s*(nomor|no\.)\s*[:;.]", re.I | re.M),
    re.compile(r"^\s*(lampiran|lamp\.)\s*[:;.]", re.I | re.M),
    re.compile(r"^\s*(perihal|hal)\s*[:;.]", re.I | re.M),
    re.compile(r"\byth\b", re.I),
    re.compile(r"^\s*nip\b", re.I | re.M),
    re.compile(r"^\s*tembusan\b", re.I | re.M),
    re.compile(r"^\s*(pemerintah|kementerian|badan|lembaga)\b", re.I),
)
#: Form codes and reworded titles in a heading ("Formulir FS-3", "PEMBERITAHUAN RENCANA
#: SURVEI STATISTIK SEKTORAL"): exact evidence, checked after the fuzzy phrases.
_HEADING_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("fp-kpa", re.compile(r"\bfp[- ]?kpa\b|\bkompilasi\b.{0,30}\badministrasi\b")),
    (
        "fs3",
        re.compile(r"\bfs[- ]?3\b|\bpemberitahuan\b.{0,40}\bsurvei\b.{0,20}\bstatistik sektoral\b"),
    ),
)
_SUBJECT = re.compile(r"^\s*(perihal|hal)\s*[:;.]|\byth\b", re.I | re.M)
_QUESTION = re.compile(r"^\s*(\d{1,2}|[A-Z])[.)]\s+\S", re.M)
_KUESIONER = re.compile(r"\bk[uo]esi?oner\b", re.I)
#: A questionnaire names itself at the start of a top line ("KUESIONER RAHASIA",
#: "Kuesioner ini disusun oleh ..."); a form's item "Mengisi kuesioner" does not count.
_KUESIONER_HEAD = re.compile(r"^\W*k[uo]esi?oner\b", re.I | re.M)


@dataclass(frozen=True, slots=True)
class PageClass:
    """The evidence read on one page."""

    number: int
    #: The form type this page starts, or None for a continuation page.
    form_type: str | None
    #: 0-1: how strong the evidence was (1.0 for an exact heading).
    score: float
    has_text: bool


@dataclass(frozen=True, slots=True)
class DocumentSpan:
    """One document found in a file: its form type and 1-based page range (inclusive)."""

    form_type: str
    pages: tuple[int, int]
    score: float


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def _phrase_score(head: str, phrases: tuple[str, ...]) -> float:
    best = 0.0
    for phrase in phrases:
        if phrase in head:
            return 100.0
        if len(head) >= len(phrase) // 2:
            best = max(best, fuzz.partial_ratio(phrase, head))
    return best


def classify_page(page: Page) -> PageClass:
    """Classify one page by the evidence in its text (heading, letter block, questions)."""
    text = page.text()
    if not text.strip():
        return PageClass(page.number, None, 0.0, has_text=False)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    head = _norm(" ".join(lines[:_HEAD_LINES]))

    # A cover letter names the forms it carries in its body, so the letter block is
    # checked before any form heading and only the top lines count as a heading.
    markers = sum(1 for rx in _LETTER_MARKERS if rx.search(text))
    if markers >= 4 and _SUBJECT.search(text):
        return PageClass(page.number, "surat_pengantar", min(1.0, markers / 6), has_text=True)

    best_type, best = None, 0.0
    for form_type, phrases in _HEADINGS:
        score = _phrase_score(head, phrases)
        if score > best:
            best_type, best = form_type, score
    if best_type is not None and best >= _PHRASE_MIN:
        return PageClass(page.number, best_type, best / 100, has_text=True)
    for form_type, pattern in _HEADING_PATTERNS:
        if pattern.search(head):
            return PageClass(page.number, form_type, 0.9, has_text=True)

    top = "\n".join(lines[:6])
    if _KUESIONER_HEAD.search(top):
        return PageClass(page.number, "kuesioner", 0.9, has_text=True)
    return PageClass(page.number, None, 0.0, has_text=True)


def _fallback_type(pages: list[Page]) -> str:
    """Type of a run of pages without any heading: a questionnaire or something else."""
    text = "\n".join(p.text() for p in pages)
    if not text.strip():
        return "unknown"
    if _KUESIONER.search(text) or len(_QUESTION.findall(text)) >= 8:
        return "kuesioner"
    return "lainnya"


def split_document(document: Document) -> list[DocumentSpan]:
    """Split a file into documents: a page with first-page evidence starts a new one.

    Consecutive first pages of the same form type merge (a form may repeat its
    heading as a running header), except cover letters, which are one each.
    """
    classes = [classify_page(p) for p in document.pages]
    spans: list[list[int]] = []  # [first, last] per document
    types: list[str | None] = []
    scores: list[float] = []
    for pc in classes:
        starts_new = pc.form_type is not None and (
            not types or types[-1] != pc.form_type or pc.form_type == "surat_pengantar"
        )
        if not spans or starts_new:
            spans.append([pc.number, pc.number])
            types.append(pc.form_type)
            scores.append(pc.score)
        else:
            spans[-1][1] = pc.number
    result: list[DocumentSpan] = []
    by_number = {p.number: p for p in document.pages}
    for (first, last), form_type, score in zip(spans, types, scores, strict=True):
        if form_type is None:
            run = [by_number[n] for n in range(first, last + 1)]
            form_type = _fallback_type(run)
            score = 0.5 if form_type != "unknown" else 0.0
        result.append(DocumentSpan(form_type, (first, last), score))
    if not result:
        result.append(DocumentSpan("unknown", (1, max(1, len(document.pages))), 0.0))
    return result


def classify_document(document: Document) -> str:
    """The form type of a single-document file (the first document found)."""
    return split_document(document)[0].form_type

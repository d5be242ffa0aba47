"""The extraction pipeline: a file → documents (page ranges, form types) → calibrated fields.

``extract_file`` never raises for a bad file: the failure is in ``result.error``
(``{"code", "message"}`` from :func:`extractors.load.try_load_document`), so a batch
goes on. ``extract_document`` does the same over a document already loaded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from extractors.calibration import calibrate
from extractors.classify import split_document
from extractors.document import Document
from extractors.fields import ExtractedField
from extractors.letter import extract_letter
from extractors.load import try_load_document

log = logging.getLogger(__name__)

#: Form types whose fields the form extractor reads.
FORM_TYPES_WITH_FIELDS = ("fs3", "fp-kpa")
DEFAULT_MAX_BYTES = 200 * 2**20


@dataclass(frozen=True, slots=True)
class SplitDocument:
    """One document inside a file: form type, 1-based inclusive page range, its fields."""

    form_type: str
    pages: tuple[int, int]
    fields: dict[str, ExtractedField] = field(default_factory=dict)

    def as_contract(self) -> dict[str, Any]:
        """JSON form, as listed under ``documents`` in the CLI contract."""
        return {
            "form_type": self.form_type,
            "pages": list(self.pages),
            "fields": {k: f.as_contract() for k, f in sorted(self.fields.items())},
        }


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    """What ``rekom extract`` reports for one file."""

    file: str
    form_type: str | None
    pages: int
    ocr_pages: int
    fields: dict[str, ExtractedField]
    error: dict[str, str] | None = None
    documents: list[SplitDocument] = field(default_factory=list)

    def as_contract(self) -> dict[str, Any]:
        """The ``rekom extract --json`` object (FORMS.md contract plus ``documents``)."""
        return {
            "file": self.file,
            "form_type": self.form_type,
            "pages": self.pages,
            "ocr_pages": self.ocr_pages,
            "fields": {k: f.as_contract() for k, f in sorted(self.fields.items())},
            "error": self.error,
            "documents": [d.as_contract() for d in self.documents],
        }


def _fields_of(
    document: Document, form_type: str, pages: tuple[int, int]
) -> dict[str, ExtractedField]:
    if form_type == "surat_pengantar":
        raw = extract_letter(document, pages=pages)
    elif form_type in FORM_TYPES_WITH_FIELDS:
        try:
            from extractors.forms import extract_form
        except ImportError:  # the form extractor is optional while it is being written
            return {}
        raw = extract_form(document, form_type, pages=pages)
    else:
        return {}
    return {k: replace(f, confidence=calibrate(f)) for k, f in raw.items()}


def _main_index(documents: list[SplitDocument]) -> int:
    """The main document: an FS3/FP-KPA if present, else the cover letter, else the first."""
    for wanted in (FORM_TYPES_WITH_FIELDS, ("surat_pengantar",)):
        for i, doc in enumerate(documents):
            if doc.form_type in wanted:
                return i
    return 0


def extract_document(document: Document, *, file: str = "") -> ExtractionResult:
    """Classify, split and read the fields of a document already loaded."""
    documents = [
        SplitDocument(span.form_type, span.pages, _fields_of(document, span.form_type, span.pages))
        for span in split_document(document)
    ]
    main = documents[_main_index(documents)]
    return ExtractionResult(
        file=file or (document.file_name or ""),
        form_type=main.form_type,
        pages=len(document.pages),
        ocr_pages=document.ocr_pages,
        fields=dict(main.fields),
        documents=documents,
    )


def extract_file(
    path: Path,
    *,
    lang: str = "ind",
    workers: int | None = None,
    page_timeout: float = 120.0,
    max_pages: int = 200,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ExtractionResult:
    """Load, classify, split and read one file; a bad file gives ``error``, never an exception."""
    name = str(path)
    loaded = try_load_document(
        Path(path),
        lang=lang,
        workers=workers,
        page_timeout=page_timeout,
        max_pages=max_pages,
        max_bytes=max_bytes,
    )
    if loaded.document is None:
        return ExtractionResult(name, None, 0, 0, {}, loaded.error_json())
    try:
        return extract_document(loaded.document, file=name)
    except Exception as exc:  # a bug in a reader must not stop a batch
        log.exception("extraction failed on %s", name)
        return ExtractionResult(
            name,
            None,
            len(loaded.document.pages),
            loaded.document.ocr_pages,
            {},
            {
                "code": "REKOM-EXTRACT",
                "message": f"Gagal membaca isian dokumen / field extraction failed: {exc}",
            },
        )

"""Extraction: bytes -> pages -> lines -> words -> typed fields with evidence.

Plain functions from a normalised document to fields: no I/O beyond the external
programs they wrap, no Prefect, no settings lookups.

The first half lives here: :func:`load_document` turns a file (PDF, DOCX,
TIFF/JPEG/PNG scan or photo) into the one engine-independent model of
:mod:`extractors.document`; field extraction works on that model only. See
docs/extraction.md.
"""

from __future__ import annotations

from extractors.document import Document, Line, Mark, Page, Word
from extractors.load import LoadResult, load_document, try_load_document

__all__ = [
    "Document",
    "Line",
    "LoadResult",
    "Mark",
    "Page",
    "Word",
    "load_document",
    "try_load_document",
]

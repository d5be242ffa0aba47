"""Form-field extraction for FS3 and FP-KPA (see docs/extraction.md, "Field extraction")."""

from __future__ import annotations

from extractors.document import Document
from extractors.fields import ExtractedField
from extractors.forms.reader import extract_fields

FORM_TYPES = ("fs3", "fp-kpa")


def extract_form(
    document: Document, form_type: str, *, pages: tuple[int, int] | None = None
) -> dict[str, ExtractedField]:
    """Fields of an FS3 or FP-KPA form, keyed by FORMS.md key.

    ``pages`` is the 1-based inclusive page range the form occupies (None = all pages).
    Values are in the FORMS.md value form; a value that cannot be normalised is kept as
    the raw text with a low confidence and ``signals["normalised"] == 0``.
    """
    if form_type not in FORM_TYPES:
        raise ValueError(f"unknown form type {form_type!r}; expected one of {FORM_TYPES}")
    return extract_fields(document, form_type, pages=pages)


__all__ = ["FORM_TYPES", "extract_form"]

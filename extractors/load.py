"""The entry point: any supported file -> :class:`~extractors.document.Document`."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

# Importing the readers registers them.
from extractors import docx as _docx
from extractors import pdf as _pdf
from extractors import raster as _raster
from extractors.base import CleanMode, ExtractOptions, MiB, OcrMode, Source, choose_reader
from extractors.document import Document
from rekom.errors import ExtractError, RekomError

log = logging.getLogger(__name__)

_READER_MODULES = (_docx, _pdf, _raster)


def load_document(
    source: str | Path | bytes,
    *,
    file_name: str | None = None,
    lang: str = "ind",
    workers: int | None = None,
    page_timeout: float = 120.0,
    max_pages: int = 200,
    max_pixels: int = 60_000_000,
    max_bytes: int = 200 * MiB,
    max_unzipped_bytes: int = 256 * MiB,
    ocr: OcrMode = "auto",
    orient: bool = True,
    deskew: bool = True,
    clean: CleanMode = "auto",
) -> Document:
    """Read a PDF, DOCX or image (path or bytes) into the normalised document model.

    The kind is sniffed from the bytes, never from ``file_name`` (which is only
    recorded). Raises an :class:`~rekom.errors.ExtractError` subclass for a file
    that cannot be read (empty, unsupported, damaged, encrypted, over a limit)
    and :class:`~rekom.errors.ToolError` when Tesseract fails or times out.
    """
    options = ExtractOptions(
        lang=lang,
        workers=workers,
        page_timeout=page_timeout,
        max_pages=max_pages,
        max_pixels=max_pixels,
        max_bytes=max_bytes,
        max_unzipped_bytes=max_unzipped_bytes,
        ocr=ocr,
        orient=orient,
        deskew=deskew,
        clean=clean,
    )
    return load_with_options(source, options=options, file_name=file_name)


def load_with_options(
    source: str | Path | bytes, *, options: ExtractOptions, file_name: str | None = None
) -> Document:
    """:func:`load_document` with the options already built (settings pass them this way)."""
    started = time.monotonic()
    src = Source.of(source, name=file_name, max_bytes=options.max_bytes)
    reader = choose_reader(src)
    try:
        document = reader.read(src, options)
    except RecursionError as exc:
        # Deeply nested objects in a hostile file: refuse it rather than crash.
        from rekom.errors import CorruptDocument

        raise CorruptDocument(
            f"Struktur berkas terlalu dalam / file structure nested too deeply: {src.label}"
        ) from exc
    log.info(
        "%s: %s, %d pages (%d OCR) in %.2f s",
        src.label,
        reader.name,
        len(document.pages),
        document.ocr_pages,
        time.monotonic() - started,
    )
    return document


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The outcome of loading one file in a batch: a document, or an error code and message."""

    document: Document | None
    error_code: str | None = None
    message: str | None = None
    detail: str | None = None

    @property
    def ok(self) -> bool:
        return self.document is not None

    def error_json(self) -> dict[str, str] | None:
        """``{"code", "message"}`` as the CLI prints a failed file, or None."""
        if self.error_code is None:
            return None
        return {"code": self.error_code, "message": self.message or ""}


def try_load_document(source: str | Path | bytes, **kwargs: object) -> LoadResult:
    """:func:`load_document` that never raises: for batches, where one bad file must not stop
    the run. An unexpected failure (a bug) is logged with its traceback and reported with
    the generic ``REKOM-EXTRACT`` code."""
    try:
        return LoadResult(document=load_document(source, **kwargs))  # type: ignore[arg-type]
    except RekomError as exc:
        return LoadResult(None, exc.code, exc.message, exc.detail)
    except Exception as exc:
        log.exception("unexpected failure reading %s", kwargs.get("file_name") or source)
        return LoadResult(
            None,
            ExtractError.code,
            f"Berkas tidak dapat dibaca karena galat internal / internal error reading the "
            f"file: {type(exc).__name__}: {exc}",
        )

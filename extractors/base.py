"""What every reader shares: the options, the input source, the registry of readers.

A reader says how sure it is that some bytes are its kind (a score, or None for
"not mine") and turns them into a :class:`~extractors.document.Document`. The
registry asks every reader and hands the input to the highest score, so a new
kind of input is a new reader, not another branch in an if/else chain
(paperless-ngx parsers work the same way). Sniffing looks at the bytes, never at
the file name: an e-mailed ``formulir.pdf`` may well be a Word file.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal, Protocol

from extractors.document import Document
from rekom.errors import DocumentTooLarge, EmptyDocument, InputError, UnsupportedDocument

log = logging.getLogger(__name__)

MiB = 1024 * 1024

#: Bytes read from the start of a file to sniff its kind.
HEAD_BYTES = 8192

OcrMode = Literal["auto", "always", "never"]
CleanMode = Literal["none", "auto", "binarize", "denoise"]


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """How to read a document and the limits that keep a hostile file cheap.

    Settings pass these down (``tesseract_lang``, ``ocr_page_timeout``, ``workers``,
    ``max_file_bytes``); the defaults suit a 300 dpi office scan.
    """

    #: Tesseract languages, as for ``tesseract -l``.
    lang: str = "ind"
    #: OCR worker processes; None = the machine's cores.
    workers: int | None = None
    #: Seconds one Tesseract run on one page may take.
    page_timeout: float = 120.0
    max_pages: int = 200
    #: Pixels of one image or rendered page (width x height); 60 MP is A4 at ~780 dpi.
    max_pixels: int = 60_000_000
    #: Size of the file itself.
    max_bytes: int = 200 * MiB
    #: What a DOCX may unpack to, all parts together (zip bomb guard).
    max_unzipped_bytes: int = 256 * MiB
    #: "auto": OCR only pages without a usable text layer; "always": OCR every PDF page;
    #: "never": text layer only (image pages come back empty).
    ocr: OcrMode = "auto"
    #: Detect pages turned by 90/180/270 degrees and turn them upright.
    orient: bool = True
    #: Measure and correct small skew (up to ``max_skew`` degrees).
    deskew: bool = True
    max_skew: float = 5.0
    #: Image clean-up before OCR; see docs/extraction.md for the measurements behind "auto".
    clean: CleanMode = "auto"
    #: Tesseract page segmentation mode. 4 (one column of lines of varying size) reads a
    #: form's label and value cells as one line and never drops a ruled column as a
    #: picture, which mode 3's block analysis does on grey, ruled scans (docs/extraction.md).
    psm: int = 4


@dataclass(slots=True)
class Source:
    """The input: a path (read lazily, never whole unless needed) or bytes in memory."""

    path: Path | None
    data: bytes | None
    name: str | None
    size: int
    _head: bytes | None = field(default=None, repr=False)
    _zip_names: list[str] | None = field(default=None, repr=False)
    _zip_sizes: list[int] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, item: str | Path | bytes, *, name: str | None, max_bytes: int) -> Source:
        """Wrap a path or bytes, refusing empty and oversized input before reading it."""
        if isinstance(item, bytes | bytearray | memoryview):
            data = bytes(item)
            src = cls(path=None, data=data, name=name, size=len(data))
        else:
            path = Path(item)
            try:
                size = path.stat().st_size
            except OSError as exc:
                raise InputError(
                    f"Berkas tidak ditemukan atau tidak dapat dibaca / file not found or "
                    f"unreadable: {path}",
                    detail=str(exc),
                ) from exc
            src = cls(path=path, data=None, name=name or path.name, size=size)
        if src.size == 0:
            raise EmptyDocument(
                f"Berkas kosong (0 byte) / the file is empty: {src.label}. "
                "Minta pengirim mengirim ulang / ask the sender again."
            )
        if src.size > max_bytes:
            raise DocumentTooLarge(
                f"Berkas terlalu besar ({src.size / MiB:.0f} MiB, batas {max_bytes / MiB:.0f} MiB)"
                f" / file too large: {src.label}"
            )
        return src

    @property
    def label(self) -> str:
        """How to name the input in a message."""
        return self.name or (str(self.path) if self.path else "<bytes>")

    @property
    def head(self) -> bytes:
        if self._head is None:
            if self.data is not None:
                self._head = self.data[:HEAD_BYTES]
            else:
                assert self.path is not None
                with self.path.open("rb") as fh:
                    self._head = fh.read(HEAD_BYTES)
        return self._head

    @contextmanager
    def open(self) -> Iterator[BinaryIO]:
        """A binary file object on the input (no copy for bytes)."""
        if self.data is not None:
            yield io.BytesIO(self.data)
        else:
            assert self.path is not None
            with self.path.open("rb") as fh:
                yield fh

    def read_bytes(self) -> bytes:
        if self.data is not None:
            return self.data
        assert self.path is not None
        return self.path.read_bytes()

    def zip_members(self) -> list[tuple[str, int]]:
        """Names and declared uncompressed sizes from the zip's central directory.

        Reading the directory is cheap and decompresses nothing; zipfile never
        returns more than the declared size of a member, so these sizes bound
        what unpacking can cost. Empty when the input is not a readable zip.
        """
        if self._zip_names is None:
            names: list[str] = []
            sizes: list[int] = []
            if self.head.startswith(b"PK\x03\x04"):
                try:
                    with self.open() as fh, zipfile.ZipFile(fh) as zf:
                        for info in zf.infolist():
                            names.append(info.filename)
                            sizes.append(info.file_size)
                except (zipfile.BadZipFile, OSError, ValueError) as exc:
                    log.debug("not a readable zip: %s", exc)
            self._zip_names, self._zip_sizes = names, sizes
        assert self._zip_sizes is not None
        return list(zip(self._zip_names, self._zip_sizes, strict=True))


class Reader(Protocol):
    """A kind of input Rekom can read."""

    #: Short name for logs and docs ("pdf", "image", "docx").
    name: str

    def score(self, source: Source) -> int | None:
        """How sure this reader is that ``source`` is its kind (0-100), None if not at all."""

    def read(self, source: Source, options: ExtractOptions) -> Document:
        """Read the whole document; raise the project's errors for real faults."""


_READERS: list[Reader] = []


def register_reader(reader: Reader) -> Reader:
    """Add a reader to the registry (idempotent by name)."""
    _READERS[:] = [r for r in _READERS if r.name != reader.name]
    _READERS.append(reader)
    return reader


def readers() -> list[Reader]:
    return list(_READERS)


def choose_reader(source: Source) -> Reader:
    """The reader with the highest score for ``source``; UnsupportedDocument when none."""
    best: tuple[int, Reader] | None = None
    for reader in _READERS:
        score = reader.score(source)
        log.debug("reader %s scores %s for %s", reader.name, score, source.label)
        if score is not None and (best is None or score > best[0]):
            best = (score, reader)
    if best is None:
        raise UnsupportedDocument(
            f"Jenis berkas tidak didukung ({describe(source)}); kirim PDF, DOCX, TIFF, JPEG "
            f"atau PNG / unsupported file type: {source.label}"
        )
    return best[1]


def describe(source: Source) -> str:
    """A short guess at what an unsupported input is, for the message."""
    head = source.head
    if head.startswith(b"PK\x03\x04"):
        names = [n for n, _ in source.zip_members()]
        if any(n.startswith("xl/") for n in names):
            return "lembar kerja Excel / spreadsheet"
        if any(n.startswith("ppt/") for n in names):
            return "presentasi / presentation"
        if "content.xml" in names:
            return "dokumen OpenDocument / OpenDocument file"
        return "arsip zip / zip archive"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "dokumen Office lama (.doc/.xls); simpan sebagai DOCX / legacy Office file"
    if head.startswith((b"GIF8", b"BM", b"RIFF")):
        return "format gambar lain / other image format"
    if looks_like_text(head):
        return "teks biasa / plain text"
    return "tidak dikenal / unknown"


def looks_like_text(head: bytes) -> bool:
    """True when the bytes decode as UTF-8 (or Latin-1 without control bytes)."""
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the head is still text.
        if exc.start >= len(head) - 3:
            return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls == 0

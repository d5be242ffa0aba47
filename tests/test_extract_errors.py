"""Bad and hostile inputs fail fast with the right stable code; batches never crash."""

from __future__ import annotations

import io
import json
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from test_extract_support import form_page, huge_png_header, png_bytes, text_pdf

from extractors import load_document, try_load_document
from extractors.base import MiB
from extractors.ocr import tesseract_available
from rekom.errors import (
    CorruptDocument,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    ExtractError,
    ImageTooLarge,
    InputError,
    TooManyPages,
    UnsupportedDocument,
)

#: Seconds any refusal may take: they are decided before anything heavy is parsed.
QUICK = 2.0


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _zip_bomb_docx(unpacked: int = 300 * MiB) -> bytes:
    """A .docx whose document.xml inflates to ``unpacked`` bytes (it compresses ~1000:1)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b" " * MiB
            for _ in range(unpacked // MiB):
                fh.write(chunk)
    return buf.getvalue()


def _encrypted_pdf() -> bytes:
    writer = pypdf.PdfWriter(
        clone_from=pypdf.PdfReader(io.BytesIO(text_pdf([[("Rahasia", 72, 72)]])))
    )
    writer.encrypt(user_password="rahasia", owner_password="pemilik", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _truncated_png() -> bytes:
    data = png_bytes(form_page())
    return data[: len(data) // 3]


def _truncated_jpeg() -> bytes:
    buf = io.BytesIO()
    form_page().save(buf, format="JPEG")
    return buf.getvalue()[:2000]


CASES: dict[str, tuple[Callable[[], bytes], type[ExtractError]]] = {
    "empty-bytes": (lambda: b"", EmptyDocument),
    "plain-text": (lambda: b"Nama Instansi: Dinas\n" * 20, UnsupportedDocument),
    "csv-named-pdf": (lambda: b"a,b\n1,2\n", UnsupportedDocument),
    "zip-not-docx": (lambda: _zip({"readme.txt": b"halo"}), UnsupportedDocument),
    "xlsx-like-zip": (
        lambda: _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
        UnsupportedDocument,
    ),
    "legacy-doc": (
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
        UnsupportedDocument,
    ),
    "gif": (lambda: b"GIF89a" + b"\x00" * 100, UnsupportedDocument),
    "truncated-pdf": (lambda: text_pdf([[("Koba", 72, 72)]] * 3)[:900], CorruptDocument),
    "pdf-header-only": (lambda: b"%PDF-1.7\n%garbage\n", CorruptDocument),
    "encrypted-pdf": (_encrypted_pdf, EncryptedDocument),
    "docx-with-broken-xml": (
        lambda: _zip({"word/document.xml": b"<w:document><w:body><w:p>"}),
        CorruptDocument,
    ),
    "zip-bomb-docx": (_zip_bomb_docx, DocumentTooLarge),
    "huge-png-header": (huge_png_header, ImageTooLarge),
    "truncated-png": (_truncated_png, CorruptDocument),
    "truncated-jpeg": (_truncated_jpeg, CorruptDocument),
    "png-signature-only": (lambda: b"\x89PNG\r\n\x1a\n", CorruptDocument),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_bad_input_fails_fast_with_its_code(case: str) -> None:
    make, expected = CASES[case]
    data = make()
    started = time.perf_counter()
    with pytest.raises(expected) as err:
        load_document(data, file_name=f"{case}.pdf", workers=1)
    assert time.perf_counter() - started < QUICK
    assert type(err.value) is expected
    assert err.value.code.startswith("REKOM-EXTRACT-")
    assert " / " in err.value.message  # Indonesian, then English


def test_a_zero_byte_png_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(b"")
    with pytest.raises(EmptyDocument):
        load_document(path)


def test_a_two_gigabyte_file_is_refused_by_its_size_unread(tmp_path: Path) -> None:
    path = tmp_path / "besar.pdf"
    with path.open("wb") as fh:
        fh.truncate(2 * 1024 * MiB)  # sparse: no disk space, no reading
    started = time.perf_counter()
    with pytest.raises(DocumentTooLarge):
        load_document(path)
    assert time.perf_counter() - started < 0.5


def test_too_many_pages_is_refused_before_reading_them() -> None:
    data = text_pdf([[(f"Halaman {i}", 72, 72)] for i in range(5)])
    with pytest.raises(TooManyPages):
        load_document(data, max_pages=3)
    assert len(load_document(data, max_pages=5).pages) == 5


def test_the_pixel_limit_is_a_keyword() -> None:
    data = png_bytes(form_page())
    with pytest.raises(ImageTooLarge):
        load_document(data, max_pixels=1000 * 1000)


def test_the_zip_limit_is_a_keyword() -> None:
    with pytest.raises(DocumentTooLarge):
        load_document(_zip_bomb_docx(unpacked=3 * MiB), max_unzipped_bytes=2 * MiB)


def test_extract_errors_are_input_errors_with_documented_codes(repo_root: Path) -> None:
    doc = (repo_root / "docs" / "extraction.md").read_text(encoding="utf-8")
    for _, expected in CASES.values():
        assert issubclass(expected, InputError)
        assert f"`{expected.code}`" in doc


def test_a_deeply_nested_pdf_is_read_or_refused_quickly() -> None:
    """Hostile nesting must not hang or crash the process (pdfium and pdfminer both cope)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> /Deep 6 0 R >>",
        b"<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Halo dunia) Tj ET\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"[" * 100_000 + b"]" * 100_000,
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    started = time.perf_counter()
    result = try_load_document(out, workers=1)
    assert time.perf_counter() - started < 5
    assert result.ok or (result.error_code or "").startswith("REKOM-EXTRACT")


def test_try_load_document_turns_errors_into_results_for_batches() -> None:
    ok = try_load_document(text_pdf([[("Koba", 72, 72)]]), file_name="a.pdf")
    assert ok.ok and ok.error_json() is None and ok.document is not None
    bad = try_load_document(_encrypted_pdf(), file_name="b.pdf")
    assert not bad.ok and bad.document is None
    printed = json.loads(json.dumps(bad.error_json()))
    assert printed["code"] == "REKOM-EXTRACT-ENCRYPTED"
    assert "kata sandi" in printed["message"]


@pytest.mark.skipif(not tesseract_available(), reason="tesseract not installed")
def test_an_error_in_a_worker_process_comes_back_as_the_projects_error() -> None:
    """Page 2 is too large to render; the worker's ImageTooLarge reaches the caller intact."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(432, 240))
    c.drawImage(ImageReader(form_page()), 0, 0, 432, 240)
    c.showPage()
    c.setPageSize((14_000, 14_000))
    c.drawImage(ImageReader(form_page()), 0, 0, 14_000, 14_000)
    c.showPage()
    c.save()
    with pytest.raises(ImageTooLarge) as err:
        load_document(buf.getvalue(), workers=2)
    assert "/ PDF page too large" in err.value.message


def test_a_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        load_document(tmp_path / "tidak-ada.pdf")
    assert err.value.code == "REKOM-INPUT"

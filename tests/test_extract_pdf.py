"""PDFs: text layer first, OCR for pages without usable text, AcroForm values as words."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from test_extract_support import form_page, render_text, text_pdf

from extractors import load_document
from extractors.document import Page
from extractors.ocr import tesseract_available
from extractors.pdf import text_quality

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="tesseract not installed")


def _find(page: Page, text: str) -> tuple[float, float, float, float]:
    for word in page.words():
        if word.text == text:
            return word.bbox
    raise AssertionError(f"{text!r} not in {page.text()!r}")


def _image_page(c: canvas.Canvas, im: Image.Image, *, dpi: int = 300) -> None:
    """A page exactly the size of the image at ``dpi``, holding only the image (a scan)."""
    w, h = im.width * 72 / dpi, im.height * 72 / dpi
    c.setPageSize((w, h))
    c.drawImage(ImageReader(im), 0, 0, w, h)


def _invisible_lines(c: canvas.Canvas, lines: list[str]) -> None:
    text = c.beginText()
    text.setTextRenderMode(3)
    text.setFont("Helvetica", 8)
    for i, line in enumerate(lines):
        text.setTextOrigin(10, 20 + i * 25)
        text.textOut(line)
    c.drawText(text)


def test_born_digital_words_keep_their_positions_and_lines() -> None:
    data = text_pdf(
        [[("Nama Instansi:", 72, 100), ("Dinas Kesehatan", 250, 100), ("Alamat:", 72, 130)]]
    )
    doc = load_document(data, file_name="fs3.pdf")
    (page,) = doc.pages
    assert (doc.source_kind, page.source, doc.ocr_pages) == ("pdf", "text", 0)
    assert page.width == pytest.approx(A4[0]) and page.height == pytest.approx(A4[1])
    assert [line.text() for line in page.lines] == ["Nama Instansi: Dinas Kesehatan", "Alamat:"]
    x0, y0, _, y1 = _find(page, "Dinas")
    assert x0 == pytest.approx(250, abs=0.5)
    assert y0 == pytest.approx(100, abs=2) and y1 - y0 == pytest.approx(12, abs=1)
    assert all(w.confidence == 1.0 and w.source == "text" for w in page.words())


@needs_tesseract
def test_a_mixed_pdf_ocrs_only_the_page_without_text() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=True)
    c.setFont("Helvetica", 12)
    c.drawString(72, 760, "Surat pengantar nomor 800/123/Dinkes/2025")
    c.showPage()
    _image_page(c, form_page())
    c.showPage()
    c.save()
    doc = load_document(buf.getvalue(), workers=1)
    assert doc.ocr_pages == 1 and doc.ocr_page_numbers == (2,)
    first, second = doc.pages
    assert first.source == "text" and "800/123/Dinkes/2025" in first.text()
    assert second.source == "ocr" and second.dpi == 300
    assert "Dinas Kesehatan Kabupaten Bangka Tengah" in second.text()
    # The scan's page is 1800 x 1000 px at 300 dpi; its words are in that page's points.
    assert second.width == pytest.approx(432, abs=1)
    assert _find(second, "Nama")[0] == pytest.approx(100 * 72 / 300, abs=4)


def _fillable() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=True)
    c.setFont("Helvetica", 12)
    c.drawString(72, 750, "Nama Instansi:")
    c.acroForm.textfield(
        name="instansi",
        value="Dinas Kesehatan Koba",
        x=180,
        y=745,
        width=250,
        height=18,
        borderWidth=0,
        fontSize=12,
    )
    c.drawString(72, 720, "Uji coba:")
    c.acroForm.checkbox(name="uji_coba", checked=True, x=180, y=718, size=12)
    c.drawString(72, 690, "Pelatihan:")
    c.acroForm.checkbox(name="pelatihan", checked=False, x=180, y=688, size=12)
    c.acroForm.radio(name="pelaksanaan", value="sekali", selected=False, x=180, y=660, size=12)
    c.acroForm.radio(name="pelaksanaan", value="berulang", selected=True, x=260, y=660, size=12)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_fillable_pdf_values_become_fields_words_and_marks() -> None:
    doc = load_document(_fillable())
    assert doc.form_fields == {
        "instansi": "Dinas Kesehatan Koba",
        "uji_coba": True,
        "pelatihan": False,
        "pelaksanaan": "berulang",
    }
    (page,) = doc.pages
    assert page.source == "text"
    # The value sits on its label's line, at the widget.
    lines = [line.text() for line in page.lines]
    assert "Nama Instansi: Dinas Kesehatan Koba" in lines
    assert "Uji coba: ☒" in lines and "Pelatihan: ☐" in lines
    x0, y0, x1, y1 = _find(page, "Dinas")
    assert x0 >= 180 and x1 <= 430
    assert y0 == pytest.approx(A4[1] - 763, abs=0.5) and y1 == pytest.approx(A4[1] - 745, abs=0.5)
    assert _find(page, "Koba")[2] <= 430
    acro = [w for w in page.words() if w.source == "acroform"]
    assert {w.text for w in acro} >= {"Dinas", "Kesehatan", "Koba", "☒", "☐"}
    marks = {(m.name, m.kind) for m in page.marks}
    assert ("uji_coba", "checked") in marks and ("pelatihan", "unchecked") in marks
    assert ("pelaksanaan", "checked") in marks and ("pelaksanaan", "unchecked") in marks


def test_widget_boxes_follow_a_rotated_page_like_its_text() -> None:
    reader = pypdf.PdfReader(io.BytesIO(_fillable()))
    writer = pypdf.PdfWriter(clone_from=reader)
    writer.pages[0].rotate(90)
    out = io.BytesIO()
    writer.write(out)
    doc = load_document(out.getvalue(), ocr="never")
    page = doc.pages[0]
    assert page.width == pytest.approx(A4[1]) and page.height == pytest.approx(A4[0])
    assert doc.form_fields["instansi"] == "Dinas Kesehatan Koba"
    # Turned 90 degrees clockwise, PDF (x, y) shows at (y, x): the widget's rectangle
    # x 180-430, y 745-763 becomes x 745-763, y 180-430 -- where pdfplumber puts the
    # label's characters too. (Sideways text is not a usable text layer, hence ocr="never"
    # leaves only the form's words on the page.)
    x0, y0, x1, y1 = _find(page, "Dinas")
    assert 745 <= x0 < x1 <= 763 and 180 <= y0 < y1 <= 430
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        n = pdf.pages[0].chars[0]
    assert n["text"] == "N" and n["top"] == pytest.approx(72, abs=1)
    assert 745 <= n["x0"] <= 763


def test_crop_box_is_the_page() -> None:
    reader = pypdf.PdfReader(io.BytesIO(text_pdf([[("Koba", 172, 200)]])))
    writer = pypdf.PdfWriter(clone_from=reader)
    page = writer.pages[0]
    page.cropbox = pypdf.generic.RectangleObject([100, 100, 500, 800])
    out = io.BytesIO()
    writer.write(out)
    doc = load_document(out.getvalue())
    (p,) = doc.pages
    assert (p.width, p.height) == (pytest.approx(400), pytest.approx(700))
    x0, y0, _, _ = _find(p, "Koba")
    # Top of the crop box is y=800 in PDF space, 41.89 pt below the media box's top.
    assert x0 == pytest.approx(72, abs=0.5)
    assert y0 == pytest.approx(200 - (A4[1] - 800), abs=2)


@needs_tesseract
def test_a_garbage_text_layer_is_ignored_and_the_page_ocred() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(432, 240), invariant=True)
    c.drawImage(ImageReader(form_page()), 0, 0, 432, 240)
    # A hidden (render mode 3) "OCR layer" of nonsense, as bad scanner software leaves.
    _invisible_lines(c, ["xqzt rnmpw vbnkl qqwrtz xxkcd zzptr hjklm brrwxq"] * 8)
    c.showPage()
    c.save()
    doc = load_document(buf.getvalue())
    assert doc.ocr_pages == 1
    assert "Dinas Kesehatan" in doc.pages[0].text()
    assert "xqzt" not in doc.pages[0].text()


@needs_tesseract
def test_a_scan_with_only_a_watermark_text_is_ocred() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(432, 240), invariant=True)
    c.drawImage(ImageReader(form_page()), 0, 0, 432, 240)
    c.setFont("Helvetica", 6)
    c.drawString(300, 5, "Dipindai dengan CamScanner")
    c.showPage()
    c.save()
    doc = load_document(buf.getvalue())
    assert doc.pages[0].source == "ocr"
    assert "Jalan Jenderal Sudirman" in doc.pages[0].text()


def test_a_good_text_layer_over_a_scan_is_used_with_lower_confidence() -> None:
    """A searchable scan (someone else's OCR under the image) is trusted, but not fully."""
    im = render_text([("x", 10, 10)], size=(1800, 1000))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(432, 240), invariant=True)
    c.drawImage(ImageReader(im), 0, 0, 432, 240)
    _invisible_lines(c, [f"Baris {i} formulir pemberitahuan survei statistik" for i in range(6)])
    c.showPage()
    c.save()
    doc = load_document(buf.getvalue(), ocr="never")
    page = doc.pages[0]
    assert page.source == "text"
    assert {w.confidence for w in page.words()} == {0.9}


def test_text_quality_separates_words_from_garbage() -> None:
    good = [
        "Nama",
        "Instansi",
        "Penyelenggara:",
        "Dinas",
        "Kesehatan",
        "0718-7362084",
        "R.1.2",
        "dinkes@x.go.id",
    ]
    assert text_quality(good) == 1.0
    assert text_quality(["(cid:12)(cid:34)", "(cid:7)"]) == 0.0
    assert text_quality(["xqzt", "rnmpw", "vbnkl", "qqwrtz"]) < 0.3
    assert text_quality(["\ue001\ue002\ue003"]) == 0.0
    assert text_quality([]) == 0.0


def test_ocr_never_leaves_image_pages_empty_but_present() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(432, 240), invariant=True)
    c.drawImage(ImageReader(form_page()), 0, 0, 432, 240)
    c.showPage()
    c.save()
    doc = load_document(buf.getvalue(), ocr="never")
    assert len(doc.pages) == 1 and doc.pages[0].lines == () and doc.ocr_pages == 0


def test_an_owner_password_only_pdf_opens_with_the_empty_password() -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(text_pdf([[("Koba", 72, 72)]]))))
    writer.encrypt(user_password="", owner_password="pemilik", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    doc = load_document(out.getvalue())
    assert doc.pages[0].text() == "Koba"


@needs_tesseract
def test_a_fillable_form_over_a_scan_gets_ocr_and_form_words_once() -> None:
    """pdfium draws the widget's value into the render; OCR words there give way to it."""
    im = render_text(
        [("Nama Instansi:", 100, 100), ("Alamat: Jalan Sudirman 12", 100, 300)], size=(1800, 500)
    )
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(432, 120), invariant=True)
    c.drawImage(ImageReader(im), 0, 0, 432, 120)
    c.acroForm.textfield(
        name="instansi",
        value="Dinas Kesehatan Koba",
        x=150,
        y=88,
        width=250,
        height=16,
        borderWidth=0,
        fontSize=10,
    )
    c.showPage()
    c.save()
    doc = load_document(buf.getvalue())
    page = doc.pages[0]
    assert page.source == "ocr" and doc.form_fields == {"instansi": "Dinas Kesehatan Koba"}
    assert page.lines[0].text() == "Nama Instansi: Dinas Kesehatan Koba"
    assert [w.source for w in page.lines[0].words] == ["ocr"] * 2 + ["acroform"] * 3
    assert page.lines[1].text() == "Alamat: Jalan Sudirman 12"


@needs_tesseract
def test_documents_can_be_loaded_from_several_threads_at_once() -> None:
    """pdfium is not thread-safe; a Prefect worker's threads must still be able to load PDFs."""
    from concurrent.futures import ThreadPoolExecutor

    def scanned(text: str) -> bytes:
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(432, 72), invariant=True)
        c.drawString(20, 40, f"Halaman teks {text}")
        c.showPage()
        _image_page(c, render_text([(f"Pindaian {text}", 100, 100)], size=(1200, 300)))
        c.showPage()
        c.save()
        return buf.getvalue()

    names = ["satu", "dua", "tiga", "empat"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        docs = list(pool.map(lambda n: load_document(scanned(n), workers=1), names))
    for name, doc in zip(names, docs, strict=True):
        assert doc.pages[0].text() == f"Halaman teks {name}"
        assert doc.pages[1].text() == f"Pindaian {name}"


def test_text_printed_twice_fake_bold_reads_once() -> None:
    """Office software draws bold as the same glyphs twice, a fraction of a point apart."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=True)
    c.setFont("Helvetica", 11)
    for dx in (0.0, 0.3, 0.6):
        c.drawString(72 + dx, 700, "Judul Kegiatan")
    c.drawString(72, 680, "Survei Sosial Ekonomi Daerah")
    c.drawString(300, 680, "aa")  # two equal letters side by side are not duplicates
    c.showPage()
    c.save()
    doc = load_document(buf.getvalue(), file_name="bold.pdf")
    assert [line.text() for line in doc.pages[0].lines] == [
        "Judul Kegiatan",
        "Survei Sosial Ekonomi Daerah aa",
    ]


def test_linear_dedupe_keeps_what_pdfplumber_dedupe_keeps(corpus_dir: Path) -> None:
    from extractors.pdf import without_duplicate_chars

    for path in sorted((corpus_dir / "digital").glob("*.pdf"))[:4]:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                ours = without_duplicate_chars(page).extract_words(use_text_flow=True)
                theirs = page.dedupe_chars().extract_words(use_text_flow=True)
                assert [w["text"] for w in ours] == [w["text"] for w in theirs]

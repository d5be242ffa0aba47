"""Scans and photos: real Tesseract on pages rendered here, positions in points, orientation."""

from __future__ import annotations

import io
import math

import numpy as np
import pytest
from PIL import Image
from test_extract_support import FORM_LINES, form_page, png_bytes, render_text

from extractors import imageops, load_document, raster
from extractors.document import Document, Page
from extractors.ocr import tesseract_available

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="tesseract not installed")

#: Points a word may be off where it was drawn (glyph side bearings, ascender gap).
TOL = 4.0


def _find(page: Page, text: str) -> tuple[float, float, float, float]:
    for word in page.words():
        if word.text == text:
            return word.bbox
    raise AssertionError(f"{text!r} not found in {page.text()!r}")


def _recall(doc: Document) -> float:
    expected = [w for line in FORM_LINES for w in line.split()]
    got = {w.text for p in doc.pages for w in p.words()}
    return sum(1 for w in expected if w in got) / len(expected)


def test_a_word_drawn_at_a_known_place_is_found_there_in_points() -> None:
    im = render_text([("Nama Instansi:", 150, 300), ("Koba", 1200, 300)], size=(1600, 600))
    doc = load_document(png_bytes(im, dpi=300), file_name="scan.png")
    (page,) = doc.pages
    assert page.source == "ocr" and page.dpi == 300
    assert page.width == pytest.approx(1600 * 72 / 300) and page.height == pytest.approx(144)
    x0, y0, _, y1 = _find(page, "Koba")
    assert x0 == pytest.approx(1200 * 72 / 300, abs=TOL)
    assert y0 == pytest.approx(300 * 72 / 300, abs=TOL)
    assert 5 < y1 - y0 < 12  # a 10 pt line
    # The label and the far-away value are read as one line.
    assert page.lines[0].text() == "Nama Instansi: Koba"
    assert all(0.7 < w.confidence <= 1 for w in page.words())


def test_the_files_dpi_sets_the_scale() -> None:
    im = render_text([("Koba", 400, 100)], size=(800, 300), dpi=200)
    doc = load_document(png_bytes(im, dpi=200))
    page = doc.pages[0]
    assert page.dpi == 200
    assert _find(page, "Koba")[0] == pytest.approx(400 * 72 / 200, abs=TOL)


def test_a_phone_photo_without_dpi_is_scaled_as_an_a4_page() -> None:
    im = form_page(size=(1800, 1000))
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=92)
    doc = load_document(buf.getvalue(), file_name="foto.jpg")
    page = doc.pages[0]
    # The short side (1000 px) is taken as A4's 210 mm: ~121 dpi.
    assert page.dpi == round(1000 / (210 / 25.4))
    assert page.height == pytest.approx(210 / 25.4 * 72, abs=1)
    assert any("dpi" in w for w in doc.warnings)


def test_exif_orientation_is_applied_before_ocr() -> None:
    upright = form_page()
    # Stored turned 90 degrees clockwise, with EXIF orientation 6 ("rotate 90 CW to view").
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    stored.save(buf, format="JPEG", quality=95, exif=exif, dpi=(300, 300))
    doc = load_document(buf.getvalue(), orient=False)
    assert doc.pages[0].rotation == 0
    assert doc.pages[0].width > doc.pages[0].height
    assert _recall(doc) > 0.9


@pytest.mark.parametrize("turned", [90, 180])
def test_a_page_scanned_sideways_or_upside_down_is_turned_upright(turned: int) -> None:
    upright = form_page()
    scanned = upright.rotate(turned, expand=True)  # counter-clockwise, as a careless scanner
    doc = load_document(png_bytes(scanned))
    page = doc.pages[0]
    assert page.rotation == turned  # clockwise, undoing the counter-clockwise turn
    assert (page.width > page.height) == (upright.width > upright.height)
    assert _recall(doc) > 0.9
    # Boxes are in the upright frame: "Nama" sits where it was drawn on the upright page.
    x0, y0, _, _ = _find(page, "Nama")
    assert x0 == pytest.approx(100 * 72 / 300, abs=TOL)
    assert y0 == pytest.approx(220 * 72 / 300, abs=TOL)


def test_a_two_degree_skew_is_measured_and_corrected() -> None:
    upright = form_page()
    skewed = upright.rotate(2.0, resample=Image.Resampling.BICUBIC, fillcolor=255)
    doc = load_document(png_bytes(skewed))
    page = doc.pages[0]
    assert page.skew == pytest.approx(2.0, abs=0.15)
    # Residual: what is left after correcting by the measured angle.
    gray = np.asarray(skewed, dtype=np.uint8)
    fixed = imageops.apply_affine(gray, imageops.deskew_matrix(gray.shape, page.skew))
    assert abs(imageops.estimate_skew(fixed)) <= 0.1
    assert _recall(doc) > 0.9
    # Boxes point at the skewed image's pixels: "Nama" moved with the rotation.
    cx, cy = upright.width / 2, upright.height / 2
    x, y = 100 - cx, 220 - cy
    a = math.radians(2.0)
    moved_x = cx + x * math.cos(a) + y * math.sin(a)
    moved_y = cy - x * math.sin(a) + y * math.cos(a)
    x0, y0, _, _ = _find(page, "Nama")
    assert x0 == pytest.approx(moved_x * 72 / 300, abs=TOL)
    assert y0 == pytest.approx(moved_y * 72 / 300, abs=TOL + 2)


def test_skew_estimate_is_exact_on_clean_text() -> None:
    gray = np.asarray(form_page().rotate(-1.3, fillcolor=255), dtype=np.uint8)
    assert imageops.estimate_skew(gray) == pytest.approx(-1.3, abs=0.06)
    assert imageops.estimate_skew(np.full((500, 500), 255, np.uint8)) == 0.0


def test_a_multipage_tiff_is_read_page_by_page_in_worker_processes() -> None:
    first = form_page()
    second = render_text([("Halaman kedua formulir", 100, 100)], size=(1200, 400))
    buf = io.BytesIO()
    first.save(
        buf,
        format="TIFF",
        save_all=True,
        append_images=[second],
        dpi=(300, 300),
        compression="tiff_lzw",
    )
    doc = load_document(buf.getvalue(), workers=2)
    assert [p.number for p in doc.pages] == [1, 2]
    assert doc.source_kind == "image" and doc.ocr_pages == 2
    assert "Halaman kedua formulir" in doc.pages[1].text()
    assert "Dinas Kesehatan" in doc.pages[0].text()


def _shadowed_page() -> np.ndarray:
    gray = np.asarray(form_page(), dtype=np.float64)
    h, w = gray.shape
    yy, xx = np.mgrid[0:h, 0:w]
    paper = 250 - 150 * (xx / w) * (0.5 + yy / h / 2)
    return np.where(gray < 128, paper * 0.35, paper).astype(np.uint8)


def test_auto_clean_rescues_an_unevenly_lit_photo() -> None:
    """Binarisation is applied only where it helps: a shadowed page, not a clean one."""
    shadowed = _shadowed_page()
    assert imageops.background_unevenness(shadowed) > imageops.UNEVEN_LEVELS
    assert imageops.background_unevenness(np.asarray(form_page())) < 10
    data = png_bytes(Image.fromarray(shadowed))
    plain = load_document(data, clean="none")
    cleaned = load_document(data)  # clean="auto"
    assert _recall(cleaned) > 0.9
    assert _recall(cleaned) > _recall(plain)


def test_ocr_never_gives_sized_pages_without_text() -> None:
    doc = load_document(png_bytes(form_page(), dpi=200), ocr="never")
    (page,) = doc.pages
    assert page.lines == () and doc.ocr_pages == 0
    assert page.width == pytest.approx(1800 * 72 / 200)


def test_ocr_starts_before_the_page_checks_and_starts_again_for_a_page_they_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Tesseract reads the deskewed page while the lighting and orientation checks run;
    a page the checks change (cleaned here) stops that reading and is read as changed."""
    from extractors import ocr

    events: list[str] = []
    real_init, real_cancel = ocr.TesseractRun.__init__, ocr.TesseractRun.cancel
    real_clean = imageops.clean_page

    def init(self: ocr.TesseractRun, *args: object, **kw: object) -> None:
        events.append("start")
        real_init(self, *args, **kw)  # type: ignore[arg-type]

    def cancel(self: ocr.TesseractRun) -> None:
        if self._proc is not None:
            events.append("stop")
        real_cancel(self)

    def clean(*args: object, **kw: object) -> tuple[np.ndarray, str]:
        events.append("check")
        return real_clean(*args, **kw)  # type: ignore[arg-type]

    def decode(*args: object, **kw: object) -> object:
        events.append("decode")
        return real_decode(*args, **kw)  # type: ignore[arg-type]

    real_decode = raster.load_image_frame
    monkeypatch.setattr(ocr.TesseractRun, "__init__", init)
    monkeypatch.setattr(ocr.TesseractRun, "cancel", cancel)
    monkeypatch.setattr(imageops, "clean_page", clean)
    monkeypatch.setattr(raster, "load_image_frame", decode)

    # Tesseract starts (and loads its model) before the page is decoded.
    doc = load_document(png_bytes(form_page()))
    assert events == ["start", "decode", "check"]
    assert _recall(doc) > 0.9

    events.clear()
    doc = load_document(png_bytes(Image.fromarray(_shadowed_page())))
    assert events[:5] == ["start", "decode", "check", "stop", "start"]
    assert _recall(doc) > 0.9


def test_a_degraded_page_has_its_rules_painted_out_while_tesseract_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 200 dpi scan is enlarged, so its garbled lines may be read again without rules:
    the rule-free copy is made while the first reading runs, not after it."""
    from extractors import ocr

    events: list[str] = []
    real_result, real_rules = ocr.TesseractRun.result, imageops.remove_rules

    def result(self: ocr.TesseractRun) -> tuple[int, str, str]:
        out = real_result(self)
        events.append("read")
        return out

    def rules(gray: np.ndarray, *, dpi: int) -> np.ndarray:
        events.append("rules")
        return real_rules(gray, dpi=dpi)

    real_init, real_feed = ocr.TesseractRun.__init__, ocr.TesseractRun.feed

    def init(self: ocr.TesseractRun, *args: object, **kw: object) -> None:
        events.append("start")
        real_init(self, *args, **kw)  # type: ignore[arg-type]

    def feed(self: ocr.TesseractRun, *args: object, **kw: object) -> ocr.TesseractRun:
        events.append("feed")
        return real_feed(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(ocr.TesseractRun, "result", result)
    monkeypatch.setattr(ocr.TesseractRun, "__init__", init)
    monkeypatch.setattr(ocr.TesseractRun, "feed", feed)
    monkeypatch.setattr(imageops, "remove_rules", rules)
    buf = io.BytesIO()
    page = form_page()
    page.resize((page.width * 2 // 3, page.height * 2 // 3)).save(buf, "PNG", dpi=(200, 200))
    doc = load_document(buf.getvalue())
    reading = [e for e in events if e != "rules"]
    assert events.index("rules") < events.index("read")
    assert events.count("rules") == 1
    # The process for the second reading starts (and loads its model) during the first.
    assert reading[:4] == ["start", "feed", "start", "read"]
    if "feed" in reading[4:]:  # a garbled line was read again: by that process
        assert reading[4:6] == ["feed", "read"]
    assert _recall(doc) > 0.9

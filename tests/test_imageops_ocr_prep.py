"""Image preparation for OCR: enlarging low-dpi scans, flattening uneven light, cutting a
photographed page out of its background; and the form reader's
repair of OCR misreads. The image functions run without Tesseract; one end-to-end test
photographs a page on a desk and reads it back."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image
from test_extract_support import FORM_LINES, form_page, render_text

from extractors import imageops, load_document
from extractors.document import Page, Word
from extractors.forms.labels import ENTRIES
from extractors.forms.reader import (
    Row,
    _label_match,
    _ocr_choice,
    _ocr_colons,
    _ocr_repair,
    _ocr_words,
    _split_glued_boxes,
)
from extractors.ocr import tesseract_available


def _a4_page(dpi: int = 150) -> np.ndarray:
    """An A4 page at ``dpi`` with the form lines drawn on it (grayscale, white paper)."""
    w, h = round(8.27 * dpi), round(11.69 * dpi)
    lines = [(t, w // 12, h // 10 + i * h // 14) for i, t in enumerate(FORM_LINES)]
    return np.asarray(render_text(lines, size=(w, h), dpi=dpi), dtype=np.uint8)


def _on_desk(page: np.ndarray, corners: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """``page`` warped onto ``corners`` of a dark, grainy desk of ``size`` (w, h)."""
    h, w = page.shape
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    matrix = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
    paper = cv2.warpPerspective(page, matrix, size, flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, size)
    rng = np.random.default_rng(7)
    desk = (70 + rng.normal(0, 6, (size[1], size[0]))).clip(0, 255)
    out = np.where(mask > 0, paper * 0.92, desk)
    return np.asarray(out.clip(0, 255), dtype=np.uint8)


def test_a_low_dpi_scan_is_enlarged_to_300_dpi_and_a_300_dpi_one_left_alone() -> None:
    gray = np.full((200, 100), 255, np.uint8)
    big, dpi = imageops.upscale_for_ocr(gray, dpi=200)
    assert dpi == 300 and big.shape == (300, 150)
    same, dpi = imageops.upscale_for_ocr(gray, dpi=300)
    assert dpi == 300 and same is gray


def test_flattening_evens_out_a_shadow_and_keeps_the_text_dark() -> None:
    page = np.asarray(form_page(), dtype=np.float64)
    h, w = page.shape
    yy, xx = np.mgrid[0:h, 0:w]
    light = 1.0 - 0.55 * (xx / w) * (yy / h)  # a shadow deepening to one corner
    shaded = (page * 0.9 * light).astype(np.uint8)
    assert imageops.background_unevenness(shaded) > 60
    flat = imageops.flatten_background(shaded, dpi=300)
    assert imageops.background_unevenness(flat) < 10
    text = page < 100
    # The text is still far darker than the paper, in the shadow too.
    assert float(flat[text].mean()) < 100 and float(flat[~text].mean()) > 240


def test_a_photographed_page_is_found_on_the_desk_and_cut_out_upright() -> None:
    page = _a4_page()
    corners = np.array([[260, 140], [1290, 190], [1330, 1880], [190, 1850]], np.float64)
    photo = _on_desk(page, corners, (1536, 2048))
    quad = imageops.find_page_quad(photo)
    assert quad is not None
    # The cut lies just inside the sheet's edge (PAGE_INSET), within a few pixels.
    centre = corners.mean(axis=0)
    inset = centre + (corners - centre) * (1 - imageops.PAGE_INSET)
    assert np.abs(quad - inset).max() < 6
    width, height = imageops.page_size_px(quad)
    flat = imageops.warp_page(photo, quad, width=round(width), height=round(height))
    assert flat.shape == (round(height), round(width))
    # No desk left inside: the border rows of the cut-out are paper.
    assert float(flat[5, :].mean()) > 200 and float(flat[:, 5].mean()) > 200


def test_a_scan_filling_its_frame_has_no_page_border_to_cut() -> None:
    assert imageops.find_page_quad(_a4_page()) is None
    assert imageops.find_page_quad(np.full((800, 600), 128, np.uint8)) is None


@pytest.mark.parametrize(
    ("kind", "raw", "want"),
    [
        ("phone", "#62 511 520649", "+62 511 520649"),
        ("phone", "462511 520648", "+62511 520648"),
        ("phone", "162 822-4985-705", "+62 822-4985-705"),
        ("phone", "0511 520649", "0511 520649"),
        ("phone", "5 021 81853557", "021 81853557"),
        ("email", "dewi.ratnasari Dbangkatengahkab.go.id", "dewi.ratnasari@bangkatengahkab.go.id"),
        ("email", "hasanah.rahmah7!@gmail.com", "hasanah.rahmah71@gmail.com"),
        ("int", "| orang", "1 orang"),
        ("date", "2Mei2026", "2 Mei 2026"),
        ("date", "26 Fcb 2026", "26 feb 2026"),
    ],
)
def test_ocr_misreads_in_values_are_repaired(kind: str, raw: str, want: str) -> None:
    assert _ocr_repair(kind, raw) == want


def test_garbled_option_wordings_are_read_only_when_one_option_clearly_wins() -> None:
    assert _ocr_choice("enum", "pelaksanaan", "Berutang") == "berulang"
    assert _ocr_choice("enum", "petugas", "Murarenaga kontrak") == "mitra"
    assert _ocr_choice("set", "tingkat", "KkabupatervKota; Kecamatan") == [
        "kabupaten_kota",
        "kecamatan",
    ]
    assert _ocr_choice("bool", "", "Dva") is True
    assert _ocr_choice("bool", "", "Tidal") is False
    assert _ocr_choice("enum", "pelaksanaan", "Xqzw") is None


def test_rule_debris_is_dropped_from_ocr_rows() -> None:
    def w(text: str, x: float) -> Word:
        return Word(text, (x, 0, x + 10, 10), 0.9, "ocr")

    row = [w("|", 0), w("Instansi", 20), w("|Dinas", 60), w("Koba|", 90), w(":", 120)]
    assert [x.text for x in _ocr_words(row)] == ["Instansi", "Dinas", "Koba"]


@pytest.mark.skipif(not tesseract_available(), reason="tesseract not installed")
def test_a_phone_photo_of_a_page_on_a_desk_reads_like_a_scan() -> None:
    page = _a4_page(dpi=150)
    corners = np.array([[250, 150], [1300, 200], [1320, 1890], [200, 1840]], np.float64)
    photo = _on_desk(page, corners, (1536, 2048))
    buf = io.BytesIO()
    Image.fromarray(photo).save(buf, format="JPEG", quality=90)
    doc = load_document(buf.getvalue(), file_name="foto.jpg", workers=1)
    assert any("dipotong" in note for note in doc.warnings)
    (result,) = doc.pages
    # The page (not the desk) is the page: A4 in points.
    assert result.width == pytest.approx(595, abs=15)
    text = result.text()
    words = [w for line in FORM_LINES for w in line.split()]
    assert sum(w in text for w in words) / len(words) > 0.9


@pytest.mark.parametrize("zoom", [1.0, 2.5])
def test_a_photographed_page_becomes_a_300_dpi_a4_page_whatever_the_camera(
    tmp_path: Path, zoom: float
) -> None:
    from extractors.raster import load_image_frame

    corners = np.array([[250, 150], [1300, 200], [1320, 1890], [200, 1840]], np.float64)
    size = (round(1536 * zoom), round(2048 * zoom))
    photo = _on_desk(_a4_page(dpi=round(150 * zoom)), corners * zoom, size)
    path = tmp_path / "foto.jpg"
    Image.fromarray(photo).save(path, format="JPEG", quality=90)
    gray, dpi, notes = load_image_frame(str(path), 0, max_pixels=60_000_000, label="foto.jpg")
    assert dpi == 300 and any("dipotong" in n for n in notes)
    # A4's short side at 300 dpi, whatever the photo's own resolution.
    assert gray.shape[1] == pytest.approx(8.27 * 300, rel=0.02)


def _ocr(text: str, x: float, y: float = 0.0) -> Word:
    return Word(text, (x, y, x + 6 * len(text), y + 8), 0.9, "ocr")


def test_typed_boxes_glued_to_their_wording_are_split_off() -> None:
    words = [_ocr("X)Ya", 0), _ocr("()", 40), _ocr("Tidak", 52), _ocr("(XX)", 90)]
    assert [w.text for w in _split_glued_boxes(words)] == ["(X)", "Ya", "()", "Tidak", "(X)"]


def test_a_label_after_a_garbled_item_marker_is_still_found() -> None:
    words = [_ocr("Cc.", 0), _ocr("Alamat", 20), _ocr("Jl.", 100), _ocr("Sudirman", 120)]
    found = _label_match(words, ENTRIES["fs3"])
    assert found is not None and found[0].key == "alamat" and found[2] == 2
    # A long word is never skipped as a marker.
    assert _label_match([_ocr("Sudirman", 0), *words[1:]], ENTRIES["fs3"]) is None


def test_a_colon_misread_in_the_colon_column_becomes_a_colon() -> None:
    page = Page(number=1, width=595, height=842, lines=(), source="ocr", dpi=300)
    texts = [("Nama", ":"), ("Alamat", ":"), ("Telepon", ":"), ("Fax", "1")]
    rows = [
        Row(page, [_ocr(a, 40, 20 * i), _ocr(b, 200, 20 * i), _ocr("x", 220, 20 * i)], 40, 20 * i)
        for i, (a, b) in enumerate(texts)
    ]
    _ocr_colons(rows)
    assert rows[3].words[1].text == ":"


def test_thumbnails_are_made_from_the_page_once_and_measure_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Orientation, skew and lighting share one reduction of the full page; what they
    measure on the shared copies matches what they measure on their own."""
    page = _a4_page(300)
    matrix = imageops.deskew_matrix(page.shape, 1.5)
    skewed = imageops.apply_affine(page, matrix)
    alone = (
        imageops.background_unevenness(skewed),
        imageops.looks_sideways(skewed),
        imageops.estimate_skew(skewed),
    )
    sizes: list[int] = []
    real_resize = cv2.resize

    def counting(src: np.ndarray, *args: object, **kw: object) -> np.ndarray:
        sizes.append(max(src.shape))
        return real_resize(src, *args, **kw)  # type: ignore[call-overload,no-any-return]

    monkeypatch.setattr(imageops.cv2, "resize", counting)
    thumbs = imageops.Thumbnails(skewed, largest=imageops.SIDEWAYS_SIDE)
    shared = (
        imageops.background_unevenness(skewed, thumbs),
        imageops.looks_sideways(skewed, thumbs),
        imageops.estimate_skew(skewed, thumbs=thumbs),
    )
    assert sizes.count(max(skewed.shape)) == 1  # the page itself reduced once
    assert shared[1] is alone[1] is False
    assert shared[0] == pytest.approx(alone[0], abs=2)
    assert shared[2] == pytest.approx(alone[2], abs=0.1)
    assert thumbs.get(5000) == (skewed, 1.0)  # never enlarged


def test_png_and_jpeg_pages_decode_straight_to_the_same_grey(tmp_path: Path) -> None:
    """The fast decoder gives Pillow's pixels for a grey PNG, and leaves to Pillow what it
    cannot do alike: transparency, and a JPEG turned by its EXIF orientation."""
    from extractors.raster import _decode_gray

    page = _a4_page(100)
    png = tmp_path / "p.png"
    Image.fromarray(page).save(png)
    with Image.open(png) as im:
        fast = _decode_gray(str(png), im)
    assert fast is not None and np.array_equal(fast, page)
    rgba = tmp_path / "a.png"
    Image.fromarray(page).convert("RGBA").save(rgba)
    with Image.open(rgba) as im:
        assert _decode_gray(str(rgba), im) is None
    turned = tmp_path / "t.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.fromarray(page).save(turned, format="JPEG", exif=exif)
    with Image.open(turned) as im:
        assert _decode_gray(str(turned), im) is None
    plain = tmp_path / "c.jpg"
    Image.fromarray(page).convert("RGB").save(plain, format="JPEG", quality=95)
    with Image.open(plain) as im:
        fast = _decode_gray(str(plain), im)
        slow = np.asarray(im.convert("L"))
    assert fast is not None and np.abs(fast.astype(int) - slow.astype(int)).max() <= 2


def test_ruled_lines_are_painted_out_and_the_letters_stay() -> None:
    """A grid drawn through a page of text: the rules go, the letters keep their ink."""
    text = _a4_page(300)
    ruled = text.copy()
    h, w = ruled.shape
    for y in range(200, h, 180):
        ruled[y : y + 3, 100 : w - 100] = 90  # grey rules, 3 px (0.25 mm)
    for x in range(100, w, 600):
        ruled[150 : h - 150, x : x + 3] = 90
    out = imageops.remove_rules(ruled, dpi=300)
    assert out[200:203, 100 : w - 100].min() == 255  # a horizontal rule
    assert out[400 : h - 400, 700:703].min() == 255  # a vertical rule
    ink_before = np.count_nonzero(text < 128)
    kept = np.count_nonzero((out < 128) & (text < 128))
    assert kept >= 0.9 * ink_before  # letters lose only the strokes under a rule
    # a thick bar (a black border, a redaction) is not a rule
    barred = text.copy()
    barred[50:110, 100:900] = 0
    assert imageops.remove_rules(barred, dpi=300)[60:100, 200:800].max() == 0


def test_garbled_lines_are_read_again_without_rules_and_kept_where_surer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Only the bands of garbled lines go to the second reading, stacked in one image; a
    band's words are replaced, mapped back to the page, when the second reading is surer."""
    from extractors import raster
    from extractors.base import ExtractOptions
    from extractors.ocr import OcrWord

    def word(text: str, top: int, conf: float, line: int, left: int = 300) -> OcrWord:
        return OcrWord(text, left, top, 20 * len(text), 40, conf, (1, 1, line))

    first = [
        word("Perencanaan", 1000, 0.9, 1, left=100),
        word("1141/2026”", 1000, 0.0, 1, left=700),  # "14/1/2026" against a cell border
        word("Analisis", 1200, 0.9, 2, left=100),
        word("120572026”", 1200, 0.26, 2, left=700),  # garbled too, but read no better
        word("Manggar,", 1500, 0.96, 3),
    ]
    calls: list[tuple[int, int]] = []

    def second(image: np.ndarray, **kw: object) -> list[OcrWord]:
        calls.append(image.shape)
        pad, gap = round(300 * 3 / 72), round(300 * 12 / 72)
        band = 40 + 2 * pad
        return [
            OcrWord("Perencanaan", 100, gap + pad, 220, 40, 0.95, (1, 1, 1)),
            OcrWord("14/1/2026", 700, gap + pad, 180, 40, 0.93, (1, 1, 1)),
            OcrWord("Analisis", 100, 2 * gap + band + pad, 160, 40, 0.3, (2, 1, 1)),
            OcrWord("1205/2026", 700, 2 * gap + band + pad, 180, 40, 0.2, (2, 1, 1)),
        ]

    monkeypatch.setattr(raster, "tesseract_words", second)
    page = np.full((3508, 2480), 255, np.uint8)
    rule_free = imageops.remove_rules(page, dpi=300)
    out = raster._read_again(page, first, dpi=300, options=ExtractOptions(), rule_free=rule_free)
    assert len(calls) == 1 and calls[0][1] == 2480 and calls[0][0] < 500
    texts = sorted((w.top, w.text) for w in out)
    assert (1000, "14/1/2026") in texts and (1000, "Perencanaan") in texts
    assert (1200, "120572026”") in texts  # the worse second reading is not taken
    assert (1500, "Manggar,") in texts and len(out) == 5
    calls.clear()
    clean = [word("Manggar,", 1500, 0.96, 3)]
    assert (
        raster._read_again(page, clean, dpi=300, options=ExtractOptions(), rule_free=rule_free)
        == clean
    )
    assert calls == []


def test_rows_across_the_page_are_told_cheaply_and_never_for_a_page_on_its_side() -> None:
    """The quick test says "upright" for a page of text lines, skewed or not, and never for
    the same page turned a quarter: then the blob test decides."""
    page = _a4_page(300)
    assert imageops.lines_run_across(page, skew=0.0)
    skewed = imageops.apply_affine(page, imageops.deskew_matrix(page.shape, -1.5))
    skew = imageops.estimate_skew(skewed)
    assert imageops.lines_run_across(skewed, skew=skew)
    for turned in (imageops.rotate_quarter(page, 90), imageops.rotate_quarter(skewed, 270)):
        assert not imageops.lines_run_across(turned, skew=imageops.estimate_skew(turned))
        assert imageops.looks_sideways(turned)
    assert not imageops.lines_run_across(np.full((800, 600), 255, np.uint8), skew=0.0)


def test_speckle_is_measured_on_bands_and_still_decides_the_clean_up() -> None:
    """A quarter of the page, in bands over its height, measures salt-and-pepper noise as
    the whole page does: a speckled scan is denoised, a clean one left alone."""
    page = _a4_page(300)
    rng = np.random.default_rng(5)
    noisy = page.copy()
    dots = rng.random(page.shape)
    noisy[dots < 0.01] = 0
    noisy[dots > 0.99] = 255
    whole = imageops._flipped(noisy) / noisy.size
    assert imageops.speckle(noisy) == pytest.approx(whole, rel=0.1)
    assert imageops.speckle(noisy) >= imageops.SPECKLE_SHARE
    assert imageops.clean_page(noisy, dpi=300, mode="auto")[1] == "denoise"
    assert imageops.speckle(page) < imageops.SPECKLE_SHARE / 10
    assert imageops.clean_page(page, dpi=300, mode="auto")[1] == ""


def test_rows_of_text_no_word_covers_are_found_and_nothing_else() -> None:
    """A row of letters without OCR words is "left out"; rows the words cover, table rules,
    a frame and a lone checkbox are not; a blank page has no rows at all."""
    rows = [("Perencanaan 14 Jan 2026 28 Feb 2026", 200, 400 + 120 * i) for i in range(4)]
    page = np.asarray(render_text(rows, size=(2480, 1200)), dtype=np.uint8).copy()
    page[380, 150:2300] = 0  # a table rule
    page[360:1100, 150] = 0  # a vertical rule
    page[1150:1190, 2200:2240] = 0  # a checkbox, hollow
    page[1155:1185, 2205:2235] = 255
    blobs = imageops.text_blobs(page, dpi=300)
    # The words of rows 0, 1 and 3 as OCR gave them (row 2 was left out).
    covered = [(190, 390 + 120 * i, 1600, 450 + 120 * i) for i in (0, 1, 3)]
    left_out = imageops.rows_left_out(blobs, covered)
    assert len(left_out) == 1
    top, bottom = left_out[0]
    assert 620 <= top <= 650 and 650 <= bottom <= 700
    every_row = [(190, 390 + 120 * i, 1600, 450 + 120 * i) for i in range(4)]
    assert imageops.rows_left_out(blobs, every_row) == []
    blank = imageops.text_blobs(np.full((3508, 2480), 255, np.uint8), dpi=300)
    assert imageops.rows_left_out(blank, []) == []


def test_left_out_rows_are_read_as_a_block_and_kept_only_when_read_well(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Left-out rows go to a reading of their own (one block of text, ``--psm 6``), apart
    from the garbled lines (the page's layout mode); a left-out row read as garble (a
    stamp, a signature) adds nothing."""
    from extractors import raster
    from extractors.base import ExtractOptions
    from extractors.ocr import OcrWord

    first = [
        OcrWord("Pengolahan", 100, 1000, 220, 40, 0.95, (1, 1, 1)),
        OcrWord("1141/2026”", 700, 1000, 200, 40, 0.1, (1, 1, 1)),
    ]
    pad, gap = round(300 * 3 / 72), round(300 * 12 / 72)
    calls: list[int] = []

    def second(image: np.ndarray, **kw: object) -> list[OcrWord]:
        psm = int(kw["psm"])  # type: ignore[call-overload]
        calls.append(psm)
        if psm != 6:
            return [
                OcrWord("Pengolahan", 100, gap + pad, 220, 40, 0.95, (1, 1, 1)),
                OcrWord("14/1/2026", 700, gap + pad, 180, 40, 0.9, (1, 1, 1)),
            ]
        return [
            OcrWord("Analisis", 100, gap + pad, 160, 40, 0.93, (1, 1, 1)),
            OcrWord("5", 400, gap + pad, 20, 40, 0.9, (1, 1, 1)),
            OcrWord("Nov", 440, gap + pad, 60, 40, 0.9, (1, 1, 1)),
            OcrWord("2026", 520, gap + pad, 80, 40, 0.92, (1, 1, 1)),
            # The second band: a stamp read as words.
            OcrWord("~#@&!", 100, 2 * gap + 3 * pad + 40 + pad, 200, 40, 0.2, (1, 1, 2)),
        ]

    monkeypatch.setattr(raster, "tesseract_words", second)
    page = np.full((3508, 2480), 255, np.uint8)
    out = raster._read_again(
        page,
        first,
        dpi=300,
        options=ExtractOptions(),
        rule_free=page,
        missed=[(1200, 1240), (2000, 2040)],
    )
    assert sorted(calls) == [ExtractOptions().psm, 6]
    texts = {(w.top, w.text) for w in out}
    assert (1000, "14/1/2026") in texts and (1000, "Pengolahan") in texts
    assert {(1200, "Analisis"), (1200, "5"), (1200, "Nov"), (1200, "2026")} <= texts
    assert not any(w.text == "~#@&!" for w in out)
    # Left-out rows are read on a clean page too, where garbled lines are not.
    calls.clear()
    out = raster._read_again(
        page,
        first,
        dpi=300,
        options=ExtractOptions(),
        rule_free=page,
        garbled=False,
        missed=[(1200, 1240)],
    )
    assert calls == [6] and (1000, "1141/2026”") in {(w.top, w.text) for w in out}


def test_dotted_leaders_are_painted_out_with_the_rules_and_letters_stay() -> None:
    """ "Provinsi ........ Jawa Timur": the leader's dots go with the ruled lines; the
    label, the value, a full stop and the dots of the "i"s stay."""
    page = np.asarray(
        render_text([("Provinsi", 100, 100), ("Jawa Timur.", 1200, 100)], size=(1600, 200)),
        dtype=np.uint8,
    ).copy()
    for x in range(420, 1150, 14):  # a leader: 3 px dots every 14 px at the baseline
        page[130:133, x : x + 3] = 0
    clean = imageops.remove_rules(page, dpi=300)
    assert (clean[125:138, 430:1140] == 255).all()  # the leader is gone
    assert (clean[95:140, 100:400] < 128).sum() > 0.9 * (page[95:140, 100:400] < 128).sum()
    assert (clean[95:140, 1200:1600] < 128).sum() == (page[95:140, 1200:1600] < 128).sum()


def test_a_line_of_short_garble_counts_as_garbled() -> None:
    """A label read into its dotted leader comes back as short words OCR is unsure of
    ("Aa et PA Ato"): the line is read again like one with a long garbled word."""
    from extractors import raster
    from extractors.ocr import OcrWord

    def w(text: str, conf: float, line: int) -> OcrWord:
        return OcrWord(text, 100, 100 * line, 40, 30, conf, (1, 1, line))

    words = [
        *(w(t, c, 1) for t, c in [("1:23", 0.71), ("Aa", 0.12), ("et", 0.03), ("PA", 0.21),
                                   ("Ato", 0.1), ("Jawa", 0.96), ("Timur", 0.96)]),
        *(w(t, c, 2) for t, c in [("1.2.4", 0.95), ("Telepon", 0.97), ("(031)", 0.96)]),
        *(w(t, c, 3) for t, c in [("O", 0.2), ("Ya", 0.96), ("O", 0.25), ("Tidak", 0.96)]),
    ]  # fmt: skip
    garbled = raster._garbled_lines(words)
    assert [ws[0].line_key[2] for ws in garbled] == [1]

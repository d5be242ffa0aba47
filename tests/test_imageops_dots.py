"""Dotted lines on scanned forms: found, and painted out without the words typed over
them, so that OCR reads "Kepala Dinas Peternakan" and not "Kepala..Dinas..Peternakan"."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors import imageops, load_document
from extractors.ocr import tesseract_available

DPI = 300
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

#: (label, value typed over the dotted line)
ROWS = [
    ("Nama Instansi", "Dinas Peternakan dan Kesehatan Hewan"),
    ("Jabatan", "Kepala Seksi Data dan Informasi"),
    ("E-mail", "datanak@lampungselatankab.go.id"),
    ("Alamat", "Jl. Mustafa Kemal No. 12, Kalianda"),
]


def _dotted_form(rows: list[tuple[str, str]], *, noise: bool = True) -> np.ndarray:
    """An A4 page at 300 dpi: each label, a colon, a dotted line to the margin and the
    value typed on it in a typewriter face, its letters' feet touching the dots."""
    w, h = round(8.27 * DPI), round(11.69 * DPI)
    im = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(im)
    label_font = ImageFont.truetype(SANS, 42)
    typed = ImageFont.truetype(MONO, 42)
    pitch = 11
    for i, (label, value) in enumerate(rows):
        y = 400 + i * 90
        draw.text((250, y), label, font=label_font, fill=0)
        draw.text((900, y), ":", font=label_font, fill=0)
        base = y + 44  # the typed text's baseline; the dots sit just under it
        for x in range(960, w - 200, pitch):
            draw.rectangle((x, base + 2, x + 3, base + 5), fill=0)
        draw.text((990, base), value, font=typed, fill=0, anchor="ls")
    page = np.asarray(im, dtype=np.float64)
    if noise:
        page += np.random.default_rng(3).normal(0, 12, page.shape)
    return np.asarray(page.clip(0, 255), dtype=np.uint8)


def test_dotted_lines_are_found_under_typed_values() -> None:
    lines = imageops.dotted_lines(_dotted_form(ROWS), dpi=DPI)
    assert len(lines) == len(ROWS)
    for line, (i, _) in zip(sorted(lines, key=lambda ln: ln.a), enumerate(ROWS), strict=True):
        assert abs(line.a - (400 + i * 90 + 44 + 3.5)) < 4  # the dots' centres
        assert line.x0 < 1000 and line.x1 > 2000  # from the colon to the margin, under the words


def test_text_with_full_stops_and_i_dots_has_no_dotted_line() -> None:
    """Periods of titles and addresses, the dots over the "i"s of a line of text, and an
    ellipsis are no row of evenly spaced dots."""
    w, h = round(8.27 * DPI), round(4 * DPI)
    im = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(MONO, 42)
    for i, text in enumerate(
        [
            "drh. Made Sutrisna Adnyana, M.Si., S.Pt., S.K.M. ...",
            "Jl. Mustafa Kemal No. 12, Kel. Way Urang, Kec. Kalianda",
            "Inisiasi digitalisasi informasi, inisiatif inovasi dinas ...",
        ]
    ):
        draw.text((200, 200 + i * 100), text, font=font, fill=0)
    assert imageops.dotted_lines(np.asarray(im, dtype=np.uint8), dpi=DPI) == []


def test_painting_out_the_dots_keeps_the_typed_words() -> None:
    page = _dotted_form(ROWS, noise=False)
    lines = imageops.dotted_lines(page, dpi=DPI)
    clean = imageops.without_dotted_lines(page, lines, dpi=DPI)
    ink = clean < 128
    for line in lines:
        row = round(line.a)
        right = ink[row - 3 : row + 4, 2100 : round(line.x1) - 20]  # dots beyond the value
        assert not right.any()
    # The letters are untouched above the line (nothing painted over them).
    assert (ink[:, :] <= (page < 128)).all()
    typed = (page < 128)[380:440, 990:1900]
    assert (ink[380:440, 990:1900] == typed).all()


@pytest.mark.skipif(not tesseract_available(), reason="needs Tesseract")
def test_values_typed_over_dotted_lines_are_read_whole() -> None:
    buf = io.BytesIO()
    Image.fromarray(_dotted_form(ROWS)).save(buf, format="PNG", dpi=(DPI, DPI))
    doc = load_document(buf.getvalue(), file_name="form.png", workers=1)
    text = doc.text()
    for _, value in ROWS:
        assert value in text, text
    assert ".." not in text


def _boxed_form() -> np.ndarray:
    """A paper form's comb of character boxes holding "2026", and an answer box at the
    right margin holding the code "2", typed in a typewriter face."""
    w, h = round(8.27 * DPI), round(3 * DPI)
    im = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(im)
    label = ImageFont.truetype(SANS, 42)
    typed = ImageFont.truetype(MONO, 46)
    draw.text((250, 300), "Tahun pelaksanaan", font=label, fill=0)
    side = 62
    for k, ch in enumerate("2026"):
        x = 1000 + k * side
        draw.rectangle((x, 290, x + side, 290 + side), outline=0, width=4)
        draw.text((x + side / 2, 290 + side / 2), ch, font=typed, fill=0, anchor="mm")
    draw.text((250, 600), "Pelaksanaan survei   1. Satu kali   2. Berulang", font=label, fill=0)
    draw.rectangle((2150, 590, 2150 + side, 590 + side), outline=0, width=4)
    draw.text((2150 + side / 2, 590 + side / 2), "2", font=typed, fill=0, anchor="mm")
    return np.asarray(im, dtype=np.uint8)


def test_a_comb_of_boxes_is_found_and_its_characters_set_as_a_word() -> None:
    page = _boxed_form()
    combs = imageops.comb_boxes(page, dpi=DPI)
    assert len(combs) == 1 and len(combs[0].cells) == 4
    clean = imageops.without_comb_boxes(page, combs, dpi=DPI)
    x, y, w, h = combs[0].box
    ink = clean[y - 1 : y + h + 2, x - 1 : x + w + 2] < 128
    columns = np.flatnonzero(ink.any(axis=0))
    assert columns.max() - columns.min() < 0.75 * w  # the four digits close together
    assert not ink[:3, :].any()  # the boxes' top border is gone


def test_an_answer_box_with_a_code_is_found() -> None:
    found = imageops.code_boxes(_boxed_form(), dpi=DPI)
    assert len(found) == 1
    box, glyph = found[0]
    assert box[0] == 2150 and glyph[0] > box[0] and glyph[2] < box[2]


@pytest.mark.skipif(not tesseract_available(), reason="needs Tesseract")
def test_characters_typed_in_boxes_are_read() -> None:
    buf = io.BytesIO()
    Image.fromarray(_boxed_form()).save(buf, format="PNG", dpi=(DPI, DPI))
    doc = load_document(buf.getvalue(), file_name="form.png", workers=1)
    lines = [ln.text() for page in doc.pages for ln in page.lines]
    assert any("2026" in ln for ln in lines), lines
    assert any(ln.split()[-1] == "2" and "Berulang" in ln for ln in lines), lines

"""Inputs the extraction tests build for themselves (no tests here).

Everything is deterministic and small: text rendered with DejaVu Sans at a known
pixel position (or, where the font is missing, through a reportlab PDF rendered
by pdfium), PDFs made with reportlab, images saved with PIL.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

#: Lines used on test scans: ordinary form text, in Indonesian.
FORM_LINES = [
    "FORMULIR PEMBERITAHUAN SURVEI STATISTIK",
    "Nama Instansi: Dinas Kesehatan Kabupaten Bangka Tengah",
    "Alamat: Jalan Jenderal Sudirman Nomor 12 Koba",
    "Telepon: 0718-7362084 Email: dinkes@bangka.go.id",
    "Tujuan kegiatan adalah mengukur kepuasan masyarakat",
    "Jumlah sampel 1.250 rumah tangga di seluruh kecamatan",
]


def render_text(
    lines: Sequence[tuple[str, int, int]],
    *,
    size: tuple[int, int],
    dpi: int = 300,
    font_pt: float = 10.0,
) -> Image.Image:
    """A white grayscale page of ``size`` pixels with each (text, x, y) drawn black.

    ``x, y`` is the top-left of the text in pixels; the font is ``font_pt`` points
    at ``dpi``, so positions convert to points by ``* 72 / dpi``.
    """
    px = round(font_pt * dpi / 72)
    if FONT.is_file():
        im = Image.new("L", size, 255)
        draw = ImageDraw.Draw(im)
        font = ImageFont.truetype(str(FONT), px)
        for text, x, y in lines:
            draw.text((x, y), text, font=font, fill=0)
        return im
    # No DejaVu: lay the same text out in a PDF and render it at the same dpi.
    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas

    w_pt, h_pt = size[0] * 72 / dpi, size[1] * 72 / dpi
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w_pt, h_pt))
    c.setFont("Helvetica", font_pt)
    for text, x, y in lines:
        c.drawString(x * 72 / dpi, h_pt - y * 72 / dpi - font_pt * 0.8, text)
    c.showPage()
    c.save()
    page = pdfium.PdfDocument(buf.getvalue())[0]
    return page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L").resize(size)


def form_page(*, size: tuple[int, int] = (1800, 1000), dpi: int = 300) -> Image.Image:
    """FORM_LINES from (100, 80) every 140 px: a small, fast page to OCR."""
    return render_text(
        [(t, 100, 80 + 140 * i) for i, t in enumerate(FORM_LINES)], size=size, dpi=dpi
    )


def png_bytes(im: Image.Image, *, dpi: int | None = 300) -> bytes:
    buf = io.BytesIO()
    if dpi:
        im.save(buf, format="PNG", dpi=(dpi, dpi))
    else:
        im.save(buf, format="PNG")
    return buf.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_png_header(width: int = 30000, height: int = 30000) -> bytes:
    """A PNG whose IHDR claims ``width x height`` with almost no pixel data behind it."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
    )


def text_pdf(pages: Sequence[Sequence[tuple[str, float, float]]], *, font_pt: float = 12) -> bytes:
    """A born-digital A4 PDF; each (text, x, top) is placed with its top at ``top`` points."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=True)
    for lines in pages:
        c.setFont("Helvetica", font_pt)
        for text, x, top in lines:
            # Helvetica's ascent is ~0.72 em: the baseline sits that far below the top.
            c.drawString(x, A4[1] - top - 0.72 * font_pt, text)
        c.showPage()
    c.save()
    return buf.getvalue()

"""Scanned and photographed variants of the born-digital PDFs.

Pages are rasterised with pypdfium2 (grayscale, AcroForm appearances drawn),
then degraded with numpy/OpenCV from a seeded ``numpy.random.Generator``:

- ``scan300``: 300 dpi, skew under 1.5°, slight shift, paper tone, light
  noise, a touch of optical blur (a good office scanner);
- ``scan200``: 200 dpi, skew up to 3°, blur, stronger noise, uneven
  illumination and contrast, a lid shadow at one edge, JPEG artefacts from an
  earlier low-quality save (a tired copier's scan-to-mail);
- ``photo``: a phone photo of each page lying on a desk: perspective warp,
  rotation, warm uneven light, vignetting, sensor noise, colour JPEG.

Containers: image-only PDF (img2pdf, JPEG inside, fixed dates), multi-page
TIFF (CCITT G4 bilevel, or JPEG-compressed grayscale) and JPEG files.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import cv2
import img2pdf
import numpy as np
import pypdfium2 as pdfium
from PIL import Image

_FIXED_DATE = datetime(2026, 1, 15, 9, 0, 0, tzinfo=UTC)


@dataclass
class Page:
    """One degraded page image and the parameters that made it."""

    image: np.ndarray
    dpi: int
    params: dict[str, Any]


def rasterise(pdf: bytes, dpi: int) -> list[np.ndarray]:
    """Every page of a PDF as a grayscale uint8 array at ``dpi``."""
    document = pdfium.PdfDocument(pdf)
    try:
        # Fillable forms need their field appearances drawn, as a printer would.
        document.init_forms()
        pages = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True)
            array = bitmap.to_numpy()
            if array.ndim == 3:
                array = array[:, :, 0]
            pages.append(np.ascontiguousarray(array))
            page.close()
        return pages
    finally:
        document.close()


def _rotate(
    image: np.ndarray, degrees: float, shift: tuple[float, float], border: int
) -> np.ndarray:
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    matrix[:, 2] += np.asarray(shift)
    return cv2.warpAffine(
        image,
        matrix,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=border,
    )


def _smooth_field(
    rng: np.random.Generator, shape: tuple[int, int], low: float, high: float
) -> np.ndarray:
    """A smooth random illumination field between ``low`` and ``high`` (float32)."""
    h, w = shape
    coarse = rng.uniform(low, high, size=(4, 3)).astype(np.float32)
    return cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC).clip(low, high)


def degrade_scan(page: np.ndarray, dpi: int, rng: np.random.Generator, *, heavy: bool) -> Page:
    """A flatbed scan of a printed page (``heavy`` for the 200 dpi copier profile)."""
    angle = float(rng.uniform(-3.0, 3.0) if heavy else rng.uniform(-1.45, 1.45))
    shift = (float(rng.uniform(-20, 20)), float(rng.uniform(-20, 20)))
    paper = int(rng.integers(214, 232) if heavy else rng.integers(236, 248))
    ink = int(rng.integers(45, 75) if heavy else rng.integers(18, 38))
    image: np.ndarray = page.astype(np.float32) / 255.0
    blur = float(rng.uniform(0.8, 1.25) if heavy else 0.45)
    image = cv2.GaussianBlur(image, (0, 0), blur)
    image = (ink + (paper - ink) * image).astype(np.float32)
    if heavy:
        image *= _smooth_field(rng, image.shape, 0.82, 1.04)
        # Copier lid shadow along one edge.
        width = int(image.shape[1] * rng.uniform(0.02, 0.05))
        ramp = np.linspace(0.45, 1.0, width, dtype=np.float32)
        if rng.random() < 0.5:
            image[:, :width] *= ramp[None, :]
        else:
            image[:, -width:] *= ramp[::-1][None, :]
    noise_sigma = float(rng.uniform(7, 10) if heavy else rng.uniform(2.5, 4))
    image += rng.normal(0.0, noise_sigma, size=image.shape).astype(np.float32)
    # A few dust specks.
    for _ in range(int(rng.integers(8, 30) if heavy else rng.integers(2, 8))):
        y, x = int(rng.integers(0, image.shape[0])), int(rng.integers(0, image.shape[1]))
        cv2.circle(image, (x, y), int(rng.integers(1, 3)), float(rng.uniform(40, 120)), -1)
    out = np.clip(image, 0, 255).astype(np.uint8)
    out = _rotate(out, angle, shift, paper)
    params: dict[str, Any] = {
        "dpi": dpi,
        "skew_deg": round(angle, 3),
        "shift_px": [round(shift[0], 1), round(shift[1], 1)],
        "noise_sigma": round(noise_sigma, 2),
        "blur_sigma": round(blur, 2),
    }
    if heavy:
        quality = int(rng.integers(28, 42))
        ok, encoded = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, quality])
        assert ok
        out = cv2.imdecode(encoded, cv2.IMREAD_GRAYSCALE)
        params["prior_jpeg_quality"] = quality
    return Page(out, dpi, params)


def photograph(page: np.ndarray, rng: np.random.Generator) -> Page:
    """A phone photo of a page on a desk (``page`` rendered at about 150 dpi)."""
    h, w = page.shape
    out_w, out_h = 1536, 2048
    scale = min(out_w / w, out_h / h) * float(rng.uniform(0.80, 0.88))
    pw, ph = w * scale, h * scale
    cx, cy = out_w / 2 + rng.uniform(-40, 40), out_h / 2 + rng.uniform(-40, 40)
    angle = np.deg2rad(rng.uniform(-4.0, 4.0))
    corners = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]])
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    dst = corners @ rot.T + [cx, cy]
    # Keystone: the top edge narrower (phone tilted back), plus corner jitter.
    keystone = float(rng.uniform(0.02, 0.07))
    dst[0, 0] += pw * keystone
    dst[1, 0] -= pw * keystone
    dst += rng.uniform(-18, 18, size=dst.shape)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    paper = np.array([238, 232, 218], dtype=np.float32) * float(rng.uniform(0.9, 1.0))
    ink = np.array([38, 38, 46], dtype=np.float32)
    tone = page.astype(np.float32)[:, :, None] / 255.0
    coloured = (ink + (paper - ink) * tone).astype(np.uint8)
    # Desk: a dark wood-like gradient with grain.
    desk = np.empty((out_h, out_w, 3), dtype=np.float32)
    base = np.array([60, 82, 112], dtype=np.float32) * float(rng.uniform(0.7, 1.1))  # BGR brown
    grain = cv2.resize(
        rng.normal(0, 1, size=(out_h // 8, 6)).astype(np.float32),
        (out_w, out_h),
        interpolation=cv2.INTER_CUBIC,
    )
    desk[:] = base
    desk += grain[:, :, None] * 9
    warped = cv2.warpPerspective(
        cv2.cvtColor(coloured, cv2.COLOR_RGB2BGR), matrix, (out_w, out_h), flags=cv2.INTER_LINEAR
    )
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, (out_w, out_h))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2).astype(np.float32)[:, :, None] / 255.0
    image = desk * (1 - mask) + warped.astype(np.float32) * mask
    light = _smooth_field(rng, (out_h, out_w), 0.62, 1.08)
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    vignette = 1 - 0.28 * (((xx - out_w / 2) / out_w) ** 2 + ((yy - out_h / 2) / out_h) ** 2) * 2
    image *= (light * vignette)[:, :, None]
    image[:, :, 2] *= 1.03  # warm indoor light (BGR order: red last)
    image[:, :, 0] *= 0.95
    image = cv2.GaussianBlur(image, (0, 0), float(rng.uniform(0.6, 1.1)))
    image += rng.normal(0, 4.0, size=image.shape).astype(np.float32)
    out = cv2.cvtColor(np.clip(image, 0, 255).astype(np.uint8), cv2.COLOR_BGR2RGB)
    params = {
        "rotation_deg": round(float(np.rad2deg(angle)), 3),
        "keystone": round(keystone, 3),
        "page_corners_px": [[round(float(x), 1), round(float(y), 1)] for x, y in dst],
    }
    return Page(out, 0, params)


def jpeg_bytes(page: Page, *, quality: int) -> bytes:
    """Encode a page as JPEG with its dpi in the JFIF header."""
    image = Image.fromarray(page.image)
    buf = io.BytesIO()
    dpi = page.dpi or 72
    image.save(buf, format="JPEG", quality=quality, dpi=(dpi, dpi), optimize=False)
    return buf.getvalue()


def image_pdf(jpegs: list[bytes], *, producer: str) -> bytes:
    """An image-only PDF wrapping JPEG pages as they are (no re-encoding, no text)."""
    data = img2pdf.convert(
        jpegs,
        engine=img2pdf.Engine.internal,
        creationdate=_FIXED_DATE,
        moddate=_FIXED_DATE,
        producer=producer,
        creator=producer,
    )
    assert isinstance(data, bytes)
    return data


def tiff_bytes(pages: list[Page], *, bilevel: bool) -> bytes:
    """A multi-page TIFF: CCITT G4 bilevel (fax-like) or JPEG-compressed grayscale."""
    images = []
    for page in pages:
        image = Image.fromarray(page.image)
        if bilevel:
            # A scanner's B/W mode: a fixed threshold just under the paper tone.
            image = image.point(lambda v: 255 if v > 150 else 0).convert("1")
        images.append(image)
    buf = io.BytesIO()
    dpi = pages[0].dpi
    options: dict[str, Any] = (
        {"compression": "group4"} if bilevel else {"compression": "jpeg", "quality": 70}
    )
    images[0].save(
        buf, format="TIFF", save_all=True, append_images=images[1:], dpi=(dpi, dpi), **options
    )
    return buf.getvalue()

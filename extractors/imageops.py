"""Cheap image measurements and corrections done before OCR.

- :func:`looks_sideways`: are the text lines vertical (page turned by 90/270)?
  Word blobs are wide when upright and tall when sideways; counting them on a
  thumbnail costs ~20 ms, against ~0.5 s for Tesseract's OSD, so
  OSD only runs when this says "sideways" or the OCR result looks upside down.
- :func:`estimate_skew`: the projection-profile method. Foreground pixels are
  projected onto the vertical axis at each candidate angle; text lines give the
  sharpest profile at the true angle. 0.5 degree steps then 0.05 degree steps.
- :func:`clean_page`: adaptive binarisation for unevenly lit pages (phone
  photos) and a median filter for speckled ones; Tesseract's own Otsu
  binarisation is better on even scans (binarising a noisy JPEG scan loses
  words), so "auto" leaves those alone (measurements in docs/extraction.md).

Angles follow the image convention of PIL's ``Image.rotate``: positive is
counter-clockwise as seen on screen.
"""

from __future__ import annotations

import math

import cv2
import numpy as np
import numpy.typing as npt

from extractors.document import BBox

GrayImage = npt.NDArray[np.uint8]
Affine = npt.NDArray[np.float64]

#: Long side of the thumbnail used for measurements.
THUMB_SIDE = 1000


def _thumbnail_ink(gray: GrayImage) -> tuple[GrayImage, float]:
    """Binary ink mask (255 = ink) of a thumbnail, and the scale used."""
    scale = min(1.0, THUMB_SIDE / max(gray.shape))
    small = (
        gray
        if scale == 1.0
        else cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    )
    _, thresholded = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ink = np.asarray(thresholded, dtype=np.uint8)
    # A page with (almost) no contrast is blank: Otsu would split paper noise into "ink".
    if int(small.max()) - int(small.min()) < 40:
        ink[:] = 0
    return ink, scale


def looks_sideways(gray: GrayImage) -> bool:
    """True when most word-sized blobs are taller than wide (text runs vertically).

    Letters are joined into words by a dilation sized from the median letter size
    (the larger side of each blob, which does not depend on the orientation), so
    the test works for 10 pt text at 300 dpi and for a 25 pt-looking phone photo.
    """
    scale = min(1.0, SIDEWAYS_SIDE / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    if int(small.max()) - int(small.min()) < 40:
        return False
    _, thresholded = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ink = np.asarray(thresholded, dtype=np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink)
    if count <= 1:
        return False
    w, h, area = stats[1:, 2], stats[1:, 3], stats[1:, 4]
    side = np.maximum(w, h)
    letters = (area >= 4) & (side >= 3) & (side < max(ink.shape) / 10)
    if int(np.sum(letters)) < 5:
        return False
    letter = float(np.median(side[letters]))
    k = max(3, int(0.4 * letter) | 1)
    joined = np.asarray(cv2.dilate(ink, np.ones((k, k), np.uint8)), dtype=np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined)
    w, h, area = stats[1:, 2], stats[1:, 3], stats[1:, 4]
    # Ignore specks and page-sized blobs (frames, table grids, photos).
    word = (w < joined.shape[1] / 3) & (h < joined.shape[0] / 3)
    wide = int(np.sum(area[word & (w > 1.5 * h)]))
    tall = int(np.sum(area[word & (h > 1.5 * w)]))
    return tall > 2 * wide


#: Long side of the thumbnail :func:`looks_sideways` judges.
SIDEWAYS_SIDE = 1600


def _sharpness(xs: npt.NDArray[np.float64], ys: npt.NDArray[np.float64], angle: float) -> float:
    a = math.radians(angle)
    proj = ys * math.cos(a) + xs * math.sin(a)
    hist = np.bincount((proj - proj.min()).astype(np.int64)).astype(np.float64)
    return float(np.sum(np.diff(hist) ** 2))


def estimate_skew(gray: GrayImage, *, max_angle: float = 5.0) -> float:
    """The skew of the text lines in degrees (counter-clockwise positive), within ±max_angle."""
    ink, _ = _thumbnail_ink(gray)
    ys, xs = np.nonzero(ink)
    # Too little ink to measure anything: leave the page alone.
    if len(xs) < 200:
        return 0.0
    fx, fy = xs.astype(np.float64), ys.astype(np.float64)
    coarse = np.arange(-max_angle, max_angle + 1e-9, 0.5)
    best = float(max(coarse, key=lambda a: _sharpness(fx, fy, float(a))))
    fine = np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05)
    best = float(max(fine, key=lambda a: _sharpness(fx, fy, float(a))))
    return round(best, 2)


def rotate_quarter(gray: GrayImage, clockwise: int) -> GrayImage:
    """Turn an image by 0/90/180/270 degrees clockwise."""
    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    clockwise %= 360
    if clockwise == 0:
        return gray
    return np.ascontiguousarray(cv2.rotate(gray, codes[clockwise]))


def deskew_matrix(shape: tuple[int, ...], skew: float) -> Affine:
    """The affine transform (2x3) that removes ``skew`` by turning about the image centre."""
    h, w = shape[:2]
    # cv2 angles are counter-clockwise positive, so undoing a CCW skew turns by -skew.
    return np.asarray(cv2.getRotationMatrix2D((w / 2.0, h / 2.0), -skew, 1.0), dtype=np.float64)


def apply_affine(gray: GrayImage, matrix: Affine) -> GrayImage:
    """Warp keeping the size; the corners that come in from outside are white paper."""
    h, w = gray.shape[:2]
    out = cv2.warpAffine(
        gray,
        matrix,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=255,
    )
    return np.asarray(out, dtype=np.uint8)


def map_box(box: BBox, inverse: Affine) -> BBox:
    """A box's corners through an affine transform; the axis-aligned box around them."""
    x0, y0, x1, y1 = box
    corners = np.array([[x0, y0, 1.0], [x1, y0, 1.0], [x0, y1, 1.0], [x1, y1, 1.0]])
    pts = corners @ inverse.T
    return (
        float(pts[:, 0].min()),
        float(pts[:, 1].min()),
        float(pts[:, 0].max()),
        float(pts[:, 1].max()),
    )


def background_unevenness(gray: GrayImage) -> float:
    """Spread (0-255) of the paper brightness across the page, text removed.

    Flatbed scans are even (a few levels); phone photos with a shadow or a
    lamp gradient vary by 40 levels or more.
    """
    scale = min(1.0, 400 / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    # Closing with a kernel larger than a character erases the (dark) text, leaving paper.
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    p5, p95 = np.percentile(paper, [5, 95])
    return float(p95 - p5)


def binarize(gray: GrayImage, *, dpi: int) -> GrayImage:
    """Adaptive threshold sized to the resolution, after a light denoise."""
    block = max(15, int(dpi / 8) | 1)
    smooth = cv2.medianBlur(gray, 3)
    out = cv2.adaptiveThreshold(
        smooth, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 15
    )
    return np.asarray(out, dtype=np.uint8)


def speckle(gray: GrayImage) -> float:
    """Share of pixels that a 3x3 median filter flips (salt-and-pepper noise, fax speckle).

    Clean scans give ~0.001 (stroke edges), a page with 2 % salt-and-pepper ~0.02.
    """
    smooth = cv2.medianBlur(gray, 3)
    return float(np.mean(np.abs(gray.astype(np.int16) - smooth) > 100))


def clean_page(gray: GrayImage, *, dpi: int, mode: str) -> tuple[GrayImage, str]:
    """Clean a page for OCR; returns the image and what was done ("", "binarize", "denoise").

    Modes: "none"; "binarize" (adaptive threshold, always); "denoise" (3x3 median,
    always); "auto": binarize an unevenly lit page, denoise a speckled one, leave
    the rest to Tesseract -- binarising a merely noisy JPEG scan loses words
    (measurements in docs/extraction.md).
    """
    if mode == "binarize":
        return binarize(gray, dpi=dpi), "binarize"
    if mode == "denoise":
        return np.asarray(cv2.medianBlur(gray, 3), dtype=np.uint8), "denoise"
    if mode == "auto":
        if background_unevenness(gray) >= UNEVEN_LEVELS:
            return binarize(gray, dpi=dpi), "binarize"
        if speckle(gray) >= SPECKLE_SHARE:
            return np.asarray(cv2.medianBlur(gray, 3), dtype=np.uint8), "denoise"
    return gray, ""


#: Background spread from which "auto" cleaning binarises (see docs/extraction.md).
UNEVEN_LEVELS = 40.0
#: Speckle share from which "auto" cleaning applies a median filter.
SPECKLE_SHARE = 0.008

"""Cheap image measurements and corrections done before OCR.

- :func:`looks_sideways`: are the text lines vertical (page turned by 90/270)?
  Word blobs are wide when upright and tall when sideways; counting them on a
  thumbnail costs ~20 ms, against ~0.5 s for Tesseract's OSD, so
  OSD only runs when this says "sideways" or the OCR result looks upside down.
- :func:`estimate_skew`: the projection-profile method. Foreground pixels are
  projected onto the vertical axis at each candidate angle; text lines give the
  sharpest profile at the true angle. 0.5 degree steps then 0.05 degree steps.
- :func:`clean_page`: background flattening (lighting divided out) for unevenly
  lit pages (copier shading, phone photos) and a median filter for speckled ones;
  Tesseract's own Otsu binarisation does the rest (measurements in
  docs/extraction.md).
- :func:`upscale_for_ocr`: pages below 250 dpi enlarged to 300 dpi.
- :func:`find_page_quad` / :func:`warp_page`: a photographed sheet found on the
  desk and rectified (perspective undone).

Angles follow the image convention of PIL's ``Image.rotate``: positive is
counter-clockwise as seen on screen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from extractors.document import BBox

GrayImage = npt.NDArray[np.uint8]
Affine = npt.NDArray[np.float64]

#: Long side of the thumbnail used for measurements.
THUMB_SIDE = 1000


class Thumbnails:
    """Reduced copies of one page image for the measurements (orientation, skew,
    lighting), each made once, from the page only once: the first copy asked for is made
    at ``largest`` side from the page, the smaller ones from it (a full-page area
    reduction costs about 0.02 s at 300 dpi; a reduction of the thumbnail a tenth of that).
    """

    def __init__(self, gray: GrayImage, *, largest: int = 0) -> None:
        self.gray = gray
        self.largest = largest
        self._made: dict[int, GrayImage] = {}

    def get(self, side: int) -> tuple[GrayImage, float]:
        """A copy whose long side is at most ``side``, and its scale to the page."""
        full = max(self.gray.shape)
        if side >= full:
            return self.gray, 1.0
        if side not in self._made:
            if self.largest > side and not self._made:
                self.get(self.largest)
            source = min(
                (im for s, im in self._made.items() if s > side),
                key=lambda im: max(im.shape),
                default=self.gray,
            )
            k = side / max(source.shape)
            self._made[side] = np.asarray(
                cv2.resize(source, None, fx=k, fy=k, interpolation=cv2.INTER_AREA),
                dtype=np.uint8,
            )
        small = self._made[side]
        return small, max(small.shape) / full


def _thumbnail_ink(gray: GrayImage, thumbs: Thumbnails | None = None) -> tuple[GrayImage, float]:
    """Binary ink mask (255 = ink) of a thumbnail, and the scale used."""
    small, scale = (thumbs or Thumbnails(gray)).get(THUMB_SIDE)
    _, thresholded = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ink = np.asarray(thresholded, dtype=np.uint8)
    # A page with (almost) no contrast is blank: Otsu would split paper noise into "ink".
    if int(small.max()) - int(small.min()) < 40:
        ink[:] = 0
    return ink, scale


def looks_sideways(gray: GrayImage, thumbs: Thumbnails | None = None) -> bool:
    """True when most word-sized blobs are taller than wide (text runs vertically).

    Letters are joined into words by a dilation sized from the median letter size
    (the larger side of each blob, which does not depend on the orientation), so
    the test works for 10 pt text at 300 dpi and for a 25 pt-looking phone photo.
    """
    small, _ = (thumbs or Thumbnails(gray)).get(SIDEWAYS_SIDE)
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

#: An upright page's ink profile across its rows is at least this many times sharper than
#: its profile across its columns (upright sample pages: 2.8 and up, tables included;
#: the same pages on their side: 0.6 at most).
ROWS_SHARPER = 3.0


def lines_run_across(gray: GrayImage, thumbs: Thumbnails | None = None, *, skew: float) -> bool:
    """True when the page's ink clearly lies in rows across it at the measured ``skew``: a
    test costing a millisecond that spares most upright pages the blob test of
    :func:`looks_sideways` (False says nothing: ask that test)."""
    points = _ink_points(gray, thumbs)
    if points is None:
        return False
    fx, fy = points
    rows = _sharpness(fx, fy, skew)
    columns = _sharpness(fy, fx, -skew)
    return rows >= ROWS_SHARPER * max(columns, 1.0)


def _ink_points(
    gray: GrayImage, thumbs: Thumbnails | None
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]] | None:
    """The thumbnail's ink pixels as (x, y) coordinates for the profile measures; None
    when there are too few (under 200) to measure anything."""
    ink, _ = _thumbnail_ink(gray, thumbs)
    ys, xs = np.nonzero(ink)
    if len(xs) < 200:
        return None
    return xs.astype(np.float64), ys.astype(np.float64)


def _sharpness(xs: npt.NDArray[np.float64], ys: npt.NDArray[np.float64], angle: float) -> float:
    a = math.radians(angle)
    proj = ys * math.cos(a) + xs * math.sin(a)
    hist = np.bincount((proj - proj.min()).astype(np.int64)).astype(np.float64)
    return float(np.sum(np.diff(hist) ** 2))


def estimate_skew(
    gray: GrayImage, *, max_angle: float = 5.0, thumbs: Thumbnails | None = None
) -> float:
    """The skew of the text lines in degrees (counter-clockwise positive), within ±max_angle."""
    points = _ink_points(gray, thumbs)
    if points is None:
        return 0.0  # too little ink to measure anything: leave the page alone
    fx, fy = points
    # The coarse steps judge every other ink pixel (half the cost, the same answer on
    # every sample page); the fine steps all of them.
    hx, hy = fx[::2], fy[::2]
    coarse = np.arange(-max_angle, max_angle + 1e-9, 0.5)
    best = float(max(coarse, key=lambda a: _sharpness(hx, hy, float(a))))
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


def background_unevenness(gray: GrayImage, thumbs: Thumbnails | None = None) -> float:
    """Spread (0-255) of the paper brightness across the page, text removed.

    Flatbed scans are even (a few levels); phone photos with a shadow or a
    lamp gradient vary by 40 levels or more.
    """
    small, _ = (thumbs or Thumbnails(gray)).get(400)
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
    if gray.shape[0] < 4 * SPECKLE_BAND:
        return _flipped(gray) / max(1, gray.size)
    # Noise covers the page alike: a quarter of it, in bands spread over its height, tells.
    bands = [gray[top : top + SPECKLE_BAND] for top in range(0, gray.shape[0], 4 * SPECKLE_BAND)]
    return sum(_flipped(b) for b in bands) / sum(b.size for b in bands)


#: Rows per band measured by :func:`speckle`.
SPECKLE_BAND = 64


def _flipped(gray: GrayImage) -> int:
    smooth = cv2.medianBlur(gray, 3)
    return int(np.count_nonzero(cv2.absdiff(gray, smooth) > 100))


def clean_page(
    gray: GrayImage, *, dpi: int, mode: str, thumbs: Thumbnails | None = None
) -> tuple[GrayImage, str]:
    """Clean a page for OCR; returns the image and what was done ("", "flatten",
    "flatten+denoise", "binarize", "denoise").

    Modes: "none"; "binarize" (adaptive threshold, always); "denoise" (3x3 median,
    always); "auto": divide out the lighting of an unevenly lit page (a copier's
    shading, a photo's shadow), denoise a speckled one, leave the rest to Tesseract --
    a hard threshold loses words on a noisy JPEG scan and thins blurred strokes, so
    Tesseract binarises the flattened grey page itself (measurements in
    docs/extraction.md).
    """
    if mode == "binarize":
        return binarize(gray, dpi=dpi), "binarize"
    if mode == "denoise":
        return np.asarray(cv2.medianBlur(gray, 3), dtype=np.uint8), "denoise"
    if mode == "auto":
        if background_unevenness(gray, thumbs) >= UNEVEN_LEVELS:
            gray, done = flatten_background(gray, dpi=dpi), "flatten"
            if speckle(gray) >= SPECKLE_SHARE:
                return np.asarray(cv2.medianBlur(gray, 3), dtype=np.uint8), "flatten+denoise"
            return gray, done
        if speckle(gray) >= SPECKLE_SHARE:
            return np.asarray(cv2.medianBlur(gray, 3), dtype=np.uint8), "denoise"
    return gray, ""


def remove_rules(gray: GrayImage, *, dpi: int) -> GrayImage:
    """The page with its ruled lines painted white: straight ink runs at least a quarter
    inch long and thinner than a millimetre, horizontal or vertical (table grids, cell
    borders, underlines). Thick runs (a bar, a black border) and letters stay."""
    block = max(15, int(dpi / 8) | 1)
    ink = cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 10
    )
    long, thin = max(20, dpi // 4), max(4, dpi // 25)

    def rect(w: int, h: int) -> npt.NDArray[np.uint8]:
        return np.asarray(cv2.getStructuringElement(cv2.MORPH_RECT, (w, h)), dtype=np.uint8)

    across = cv2.morphologyEx(ink, cv2.MORPH_OPEN, rect(long, 1))
    across = cv2.subtract(across, cv2.morphologyEx(across, cv2.MORPH_OPEN, rect(1, thin)))
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN, rect(1, long))
    down = cv2.subtract(down, cv2.morphologyEx(down, cv2.MORPH_OPEN, rect(thin, 1)))
    rules = cv2.dilate(
        cv2.bitwise_or(cv2.bitwise_or(across, down), _dot_leaders(np.asarray(ink, np.uint8), dpi)),
        np.ones((5, 5), np.uint8),
    )
    # The adaptive threshold rings a solid dark area with thin "rules" of its own edges:
    # keep anything within such an area (a bar, a border, a redaction).
    _, dark = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    solid = cv2.morphologyEx(dark, cv2.MORPH_OPEN, rect(thin, thin))
    rules = cv2.subtract(rules, cv2.dilate(solid, rect(5, 5)))
    out = gray.copy()
    out[rules > 0] = 255
    return out


def _dot_leaders(ink: GrayImage, dpi: int) -> GrayImage:
    """The dots of dotted leaders ("Provinsi ........ Jawa Timur"): dot-sized blobs standing
    close in a row at least a quarter inch long. OCR reads a label run into its leader as
    garble ("Aa et PA Ato"); a full stop, an ellipsis or the dot of an "i" is not a row."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if count <= 1:
        return np.zeros_like(ink)
    side = max(2, round(dpi / 40))
    dot = (stats[:, 2] <= side) & (stats[:, 3] <= side)
    dot[0] = False
    dots = np.where(dot[labels], 255, 0).astype(np.uint8)
    rect = cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, round(dpi / 18)), 1))
    rows = cv2.morphologyEx(dots, cv2.MORPH_CLOSE, rect)
    long = cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, dpi // 4), 1))
    rows = cv2.morphologyEx(rows, cv2.MORPH_OPEN, long)
    return np.asarray(cv2.bitwise_and(dots, rows), dtype=np.uint8)


#: Resolution at which dotted lines are looked for (:func:`dotted_lines`): a dot of a
#: printed dotted line stays a dot of two pixels or more, and the page costs a few
#: hundredths of a second however much speckle a scan has (~0.45 s at 300 dpi).
DOTS_DPI = 150
#: A page whose dotted lines are painted out before OCR has at least this many.
DOTTED_PAGE_LINES = 3
#: A dotted line has at least this many dots, and a run of this many evenly spaced (or
#: three runs: the gaps between the words typed over it).
DOT_LINE_MIN = 6
DOT_RUN_LONG = 5


@dataclass(frozen=True, slots=True)
class DotLine:
    """A dotted line across a page (a line to write on, a leader), in page pixels: its
    dots' centres lie on ``y = a + b * x`` for ``x0 <= x <= x1``; ``half`` is half their
    height, ``width`` their width."""

    a: float
    b: float
    half: float
    width: float
    x0: float
    x1: float


def dotted_lines(gray: GrayImage, *, dpi: int) -> list[DotLine]:
    """The page's dotted lines (lines to write on, leaders), found on a copy at
    :data:`DOTS_DPI`. Dot-sized blobs evenly spaced along a row make a run (three or more,
    each the same step from the one before: an ellipsis at most, never the dots of a
    word's "i"s); runs on one row, up to an inch apart, make a line, which words typed
    over it interrupt (a dot under a letter's foot is part of the letter). A line has
    :data:`DOT_LINE_MIN` dots or more. A dot with another right above it is a colon's."""
    scale = min(1.0, DOTS_DPI / dpi)
    small = (
        gray
        if scale == 1.0
        else cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    )
    sdpi = dpi * scale
    block = max(15, int(sdpi / 8) | 1)
    ink = cv2.adaptiveThreshold(
        small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 10
    )
    _, _, stats, centres = cv2.connectedComponentsWithStats(ink, connectivity=8)
    side = max(2, round(sdpi / 40))
    dot = (stats[:, 2] <= side) & (stats[:, 3] <= side) & (stats[:, 4] >= 2)
    dot[0] = False
    ids = np.flatnonzero(dot)
    if len(ids) < DOT_LINE_MIN:
        return []
    order = np.argsort(centres[ids, 0])
    ids = ids[order]
    cx, cy = centres[ids, 0], centres[ids, 1]
    ws, hs = stats[ids, 2].astype(np.float64), stats[ids, 3].astype(np.float64)
    step_max = sdpi / 10  # dots of a printed line stand closer than a tenth of an inch
    rise = max(1.5, side / 2)
    # Each dot's nearest neighbour to its right on its row; a colon's lower dot has a dot
    # right above it instead.
    after = np.full(len(ids), -1)
    colon = np.zeros(len(ids), bool)
    for k in range(len(ids)):
        lo, hi = np.searchsorted(cx, [cx[k] - side, cx[k] + step_max], side="right")
        near = np.arange(lo, hi)
        dx, dy = cx[near] - cx[k], cy[near] - cy[k]
        colon[k] = bool(((np.abs(dx) <= side) & (dy < 0) & (dy >= -4 * side)).any())
        right = near[(dx > side / 2) & (np.abs(dy) <= rise)]
        if len(right):
            after[k] = right[np.argmin(cx[right])]
    # Runs: evenly spaced dots.
    runs: list[list[int]] = []
    taken = np.zeros(len(ids), bool)
    for k in range(len(ids)):
        if taken[k] or colon[k]:
            continue
        run, step = [k], 0.0
        j = int(after[k])
        while j >= 0 and not colon[j] and not taken[j]:
            gap = cx[j] - cx[run[-1]]
            if step and abs(gap - step) > 0.25 * step:
                break
            step = step or gap
            run.append(j)
            j = int(after[j])
        if len(run) >= 3:
            taken[run] = True
            runs.append(run)
    # Lines: from each run, the dots on its row up to an inch apart, left and right (the
    # dots left free between words typed over the line, the next run).
    lines: list[DotLine] = []
    used = np.zeros(len(ids), bool)
    for run in sorted(runs, key=len, reverse=True):
        if used[run[0]]:
            continue
        y = float(np.mean(cy[run]))
        row = np.flatnonzero((np.abs(cy - y) <= rise) & ~colon)  # in x order
        at = int(np.searchsorted(row, run[0]))
        lo = hi = at
        while lo > 0 and cx[row[lo]] - cx[row[lo - 1]] <= sdpi:
            lo -= 1
        while hi + 1 < len(row) and cx[row[hi + 1]] - cx[row[hi]] <= sdpi:
            hi += 1
        members = row[lo : hi + 1]
        used[members] = True
        inside = set(members.tolist())
        mine = [r for r in runs if r[0] in inside]
        if len(members) < DOT_LINE_MIN or (
            max(map(len, mine), default=0) < DOT_RUN_LONG and len(mine) < 3
        ):
            continue  # an ellipsis and the full stops of a line of text
        xs, ys = cx[members], cy[members]
        b, a = np.polyfit(xs, ys, 1) if np.ptp(xs) > 0 else (0.0, float(ys[0]))
        lines.append(
            DotLine(
                a=(float(a) + 0.5) / scale - 0.5,
                b=float(b),
                half=float(np.median(hs[members])) / scale / 2 + 1,
                width=float(np.median(ws[members])) / scale,
                x0=float(xs.min() - side + 0.5) / scale - 0.5,
                x1=float(xs.max() + side + 0.5) / scale - 0.5,
            )
        )
    return lines


#: A dotted line's free dots stand a whole number of steps apart at least this often (a
#: texture of specks, a grey bar's edge, is not a line).
DOT_STEPS_REGULAR = 0.7


def without_dotted_lines(gray: GrayImage, lines: Sequence[DotLine], *, dpi: int) -> GrayImage:
    """The page with the dots of its dotted ``lines`` painted white, and only the dots.

    Along each line, straightened through its free dots at full resolution (a paper's
    bend included), a blob on the line is a dot when it is no wider than a dot, another
    dot stands one step away (a full stop typed on the line stands alone), and nothing
    rests on it: a letter's foot (an "L", the bowl of a "b"), a leg, a descender crossing
    the line, a full stop or a comma resting on a dot keep the ink there. So words typed
    over a dotted line keep their strokes and lose the dots between them; OCR reads a
    typed value run into its dots as "Peternakan..dan..Kesehatan", or drops it."""
    if not lines:
        return gray
    block = max(15, int(dpi / 8) | 1)
    binary = cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 10
    )
    ink = cv2.morphologyEx(binary, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8)) > 0  # no specks
    out = gray.copy()
    rim = math.ceil(dpi / 150)  # a dot's grey edge, which the threshold leaves out
    letter = math.ceil(dpi / 8)  # rows above the line that a letter resting on it fills
    for line in lines:
        found = _follow_line(ink, line, margin=letter)
        if found is None:
            continue
        xs, rows, dots = found
        steps = np.diff(dots[:, 0])
        pitch = float(np.median(steps[steps <= 1.5 * np.percentile(steps, 25)]))
        multiple = steps / pitch
        if np.mean(np.abs(multiple - np.round(multiple)) <= 0.25) < DOT_STEPS_REGULAR:
            continue  # no even row of dots: specks, a grey bar's edge
        dot_width = float(np.median(dots[:, 3]))
        # The dots' rows and one more each side, and above them the rows a letter fills.
        top = round(float(np.median(dots[:, 1]))) - 1
        bottom = round(float(np.median(dots[:, 2]))) + 1
        offsets = np.arange(top - letter, bottom + 1)
        tall = ink[rows[None, :] + offsets[:, None], xs[None, :]].astype(np.uint8)
        _, labels, stats, centres = cv2.connectedComponentsWithStats(tall, connectivity=8)
        on = np.unique(labels[letter:])
        on = on[on > 0]
        alone = on[(stats[on, 1] >= letter) & (stats[on, 2] <= 1.3 * dot_width + 1)]
        at = centres[alone, 0]
        paint = np.zeros(len(xs), bool)
        for k in alone:
            if (np.abs(np.abs(at - centres[k, 0]) - pitch) <= 0.3 * pitch).any():
                x0, w0 = int(stats[k, 0]), int(stats[k, 2])
                paint[max(0, x0 - rim) : x0 + w0 + rim] = True
        for row in np.unique(rows[paint]):
            cols = xs[paint & (rows == row)]
            out[row + top - rim : row + bottom + rim + 1, cols] = 255
    return out


def _follow_line(
    ink: npt.NDArray[np.bool_], line: DotLine, *, margin: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float64]] | None:
    """A dotted line found on a reduced copy, followed at full resolution through its
    free dots (dot-sized blobs near it, clear of letters): its columns, the row its
    dots' centres lie on in each, and the free dots (x from the first column, top and
    bottom row from that row, width), in x order; None when too few are found, or the
    line comes nearer than ``margin`` rows to the page's top or bottom."""
    height, width = ink.shape
    xs = np.arange(max(0, math.floor(line.x0)), min(width, math.ceil(line.x1) + 1))
    reach = math.ceil(2 * line.half) + 2  # the line was found at a lower resolution
    centre = line.a + line.b * xs
    dots = None
    for _ in range(2):
        rows = np.round(centre).astype(np.int64)
        if len(xs) < 2 or rows.min() - reach - margin < 0 or rows.max() + reach >= height:
            return None
        offsets = np.arange(-reach - 1, reach + 1)
        strip = ink[rows[None, :] + offsets[:, None], xs[None, :]].astype(np.uint8)
        _, _, stats, centres = cv2.connectedComponentsWithStats(strip, connectivity=8)
        y, w, h = stats[1:, 1], stats[1:, 2], stats[1:, 3]
        free = (w <= line.width + 2) & (h <= 2 * line.half) & (y > 0) & (y + h < len(offsets))
        if free.sum() < DOT_LINE_MIN // 2:
            return None
        order = np.argsort(centres[1:, 0][free])
        fx, fy = centres[1:, 0][free][order], centres[1:, 1][free][order] - reach - 1
        dots = np.column_stack(
            (fx, y[free][order] - reach - 1, (y + h - 1)[free][order] - reach - 1, w[free][order])
        )
        # Straightened through its free dots, the line is a row (bends of the paper too).
        centre = rows + np.interp(xs - xs[0], fx, _running_median(fy, 7))
    assert dots is not None
    return xs, rows, dots


def _running_median(values: npt.NDArray[np.float64], size: int) -> npt.NDArray[np.float64]:
    """Each value replaced by the median of the ``size`` values around it."""
    half = size // 2
    padded = np.pad(values, half, mode="edge")
    windows = np.lib.stride_tricks.sliding_window_view(padded, size)
    return np.asarray(np.median(windows, axis=1), dtype=np.float64)


#: A page's ink (Otsu, 255 = ink), its contours in two levels (outer shapes and their
#: holes) and their hierarchy (None when the page has no ink).
Traced = tuple[GrayImage, Sequence[npt.NDArray[Any]], npt.NDArray[Any] | None]


def ink_contours(gray: GrayImage) -> Traced:
    """One threshold and contour trace of a page, which the finders of combs, answer
    boxes, rings and checkboxes all read."""
    _, thresholded = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ink = np.asarray(thresholded, dtype=np.uint8)
    contours, hierarchy = cv2.findContours(ink, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    return ink, contours, hierarchy


#: A comb of character boxes ("2|0|2|6" on a paper form), in points: a row of two boxes or
#: more about a capital letter high or a little more.
COMB_MIN_PT = 5.5
COMB_MAX_PT = 18.0


@dataclass(frozen=True, slots=True)
class Comb:
    """A row of character boxes on a page, in pixels: its outline's box and its cells'
    boxes (x, y, w, h), left to right."""

    box: tuple[int, int, int, int]
    cells: tuple[tuple[int, int, int, int], ...]


def comb_boxes(gray: GrayImage, *, dpi: int, traced: Traced | None = None) -> list[Comb]:
    """Combs of character boxes: outlines of one piece, a box or so high and two or
    more wide, with two or more holes about as high as the outline, side by side (paper
    forms ask for codes, years, counts and phone numbers one character a box).
    ``traced`` is the page's :func:`ink_contours` when the caller has them."""
    _, contours, hierarchy = traced or ink_contours(gray)
    if hierarchy is None:
        return []
    k = 72.0 / dpi
    combs: list[Comb] = []
    for i, contour in enumerate(contours):
        if hierarchy[0][i][3] != -1:
            continue
        x, y, w, h = cv2.boundingRect(contour)
        if not (COMB_MIN_PT <= h * k <= COMB_MAX_PT and w >= 1.8 * h):
            continue
        cells = []
        child = hierarchy[0][i][2]
        while child != -1:
            cx, cy, cw, ch = cv2.boundingRect(contours[child])
            if ch >= 0.6 * h and 0.5 <= cw / max(ch, 1) <= 1.6:
                cells.append((cx, cy, cw, ch))
            child = hierarchy[0][child][0]
        if len(cells) >= 2 and sum(c[2] for c in cells) >= 0.7 * w:
            combs.append(Comb((x, y, w, h), tuple(sorted(cells))))
    return combs


def without_comb_boxes(gray: GrayImage, combs: Sequence[Comb], *, dpi: int) -> GrayImage:
    """The page with each comb's boxes gone and the characters typed in them set side by
    side where the comb began, as one word ("2026", not "2|0|2|6" read as "2lol2|e");
    an empty box between two filled ones is a space."""
    if not combs:
        return gray
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    out = gray.copy()
    for comb in combs:
        x, y, w, h = comb.box
        glyphs: list[GrayImage | None] = []
        for cx, cy, cw, ch in comb.cells:
            pad = max(1, round(min(cw, ch) * 0.12))  # clear of the box's own border
            inside = ink[cy + pad : cy + ch - pad, cx + pad : cx + cw - pad]
            xs = np.nonzero(inside)[1]
            if len(xs) < 4:
                glyphs.append(None)
                continue
            x0, x1 = xs.min() + cx + pad, xs.max() + cx + pad + 1
            glyphs.append(gray[cy + pad : cy + ch - pad, x0:x1].copy())
        while glyphs and glyphs[-1] is None:
            glyphs.pop()
        out[y - 1 : y + h + 2, x - 1 : x + w + 2] = 255
        at = x
        gap = max(2, round(h * 0.08))
        space = max(4, round(h * 0.35))
        top = comb.cells[0][1] + max(1, round(min(comb.cells[0][2], comb.cells[0][3]) * 0.12))
        for glyph in glyphs:
            if glyph is None:
                at += space
                continue
            gh, gw = glyph.shape
            region = out[top : top + gh, at : at + gw]
            region[...] = np.minimum(region, glyph[: region.shape[0], : region.shape[1]])
            at += gw + gap
    return out


#: An answer box on a paper form, in points: a square a little taller than the text.
CODE_BOX_MIN_PT = 8.0
CODE_BOX_MAX_PT = 20.0


def code_boxes(
    gray: GrayImage, *, dpi: int, traced: Traced | None = None
) -> list[tuple[BBox, BBox]]:
    """Square answer boxes with a character written in them ("[2]" at the right margin
    of a paper form's coded item): each box and the bounding box of what is inside it,
    clear of the box's border, in pixels. Empty boxes and ticked checkboxes too small
    for a character are left out. ``traced`` as for :func:`comb_boxes`."""
    ink, contours, hierarchy = traced or ink_contours(gray)
    if hierarchy is None:
        return []
    k = 72.0 / dpi
    out: list[tuple[BBox, BBox]] = []
    for i, contour in enumerate(contours):
        if hierarchy[0][i][3] != -1 or hierarchy[0][i][2] == -1:
            continue
        x, y, w, h = cv2.boundingRect(contour)
        if not (
            CODE_BOX_MIN_PT <= w * k <= CODE_BOX_MAX_PT
            and CODE_BOX_MIN_PT <= h * k <= CODE_BOX_MAX_PT
            and 0.75 <= w / h <= 1.33
            and cv2.contourArea(contour) / float(w * h) >= 0.8
        ):
            continue
        m = max(2, round(0.12 * min(w, h)))
        inner = np.ascontiguousarray(ink[y + m : y + h - m, x + m : x + w - m])
        count, _, stats, _ = cv2.connectedComponentsWithStats(inner, connectivity=8)
        ih, iw = inner.shape
        parts = [
            stats[j]
            for j in range(1, count)
            if stats[j, 0] > 0
            and stats[j, 1] > 0
            and stats[j, 0] + stats[j, 2] < iw
            and stats[j, 1] + stats[j, 3] < ih
            and stats[j, 4] > 8
        ]
        if not parts:
            continue
        gx0 = min(p[0] for p in parts) + x + m
        gy0 = min(p[1] for p in parts) + y + m
        gx1 = max(p[0] + p[2] for p in parts) + x + m
        gy1 = max(p[1] + p[3] for p in parts) + y + m
        if gy1 - gy0 < 0.35 * h:
            continue  # a speck, a dot: no character
        out.append(((x, y, x + w, y + h), (gx0, gy0, gx1, gy1)))
    return out


#: Resolution at which letter blobs are found for :func:`text_blobs` (letters of 8 pt and
#: more stay apart from the ruled lines around them; a page costs a few milliseconds).
BLOB_DPI = 100


@dataclass(frozen=True, slots=True)
class TextBlobs:
    """Letter-sized ink blobs of a page, found on a copy reduced to :data:`BLOB_DPI`."""

    #: (x0, y0, x1, y1) of each blob in pixels of the reduced copy.
    boxes: npt.NDArray[np.int64]
    #: Size of the reduced copy (height, width), its scale to the page, its resolution.
    shape: tuple[int, int]
    scale: float
    dpi: float


def text_blobs(gray: GrayImage, *, dpi: int) -> TextBlobs:
    """The page's letter-sized ink blobs: 3 to 22 pt tall, at most six times as wide as
    tall (a word run together), not hollow threads. Ruled lines, frames, big logos and
    specks are not letters; a checkbox is, but a row of them is short."""
    k = min(1.0, BLOB_DPI / max(dpi, 1))
    small = gray if k == 1.0 else cv2.resize(gray, None, fx=k, fy=k, interpolation=cv2.INTER_AREA)
    shape = (int(small.shape[0]), int(small.shape[1]))
    if int(small.max()) - int(small.min()) < 40:  # a blank page
        return TextBlobs(np.zeros((0, 4), np.int64), shape, k, dpi * k)
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    x, y, w, h, area = (np.asarray(stats[1:, i], dtype=np.int64) for i in range(5))
    pt = dpi * k / 72
    fill = area / np.maximum(1, w * h)
    letter = (h >= 3 * pt) & (h <= 22 * pt) & (w >= 2) & (w <= 6 * h) & (fill >= 0.15)
    boxes = np.stack([x, y, x + w, y + h], axis=1)[letter]
    return TextBlobs(boxes, shape, k, dpi * k)


#: A row of blobs no word covers is text Tesseract left out when it has this many blobs
#: spanning at least MISSED_ROW_SPAN inches (Tesseract's page layout sometimes drops the
#: last rows of a ruled table, or a table's header, as if they were a picture).
MISSED_ROW_BLOBS = 5
MISSED_ROW_SPAN = 0.5


def rows_left_out(
    blobs: TextBlobs, words: Sequence[tuple[int, int, int, int]]
) -> list[tuple[int, int]]:
    """Rows of letter blobs that none of ``words`` (page pixel boxes x0, y0, x1, y1)
    covers, as (top, bottom) in page pixels."""
    if not len(blobs.boxes):
        return []
    k = blobs.scale
    covered = np.zeros(blobs.shape, dtype=bool)
    for x0, y0, x1, y1 in words:
        covered[
            max(0, int(y0 * k) - 1) : int(y1 * k) + 2, max(0, int(x0 * k) - 1) : int(x1 * k) + 2
        ] = True
    b = blobs.boxes
    cx = np.clip((b[:, 0] + b[:, 2]) // 2, 0, blobs.shape[1] - 1)
    cy = np.clip((b[:, 1] + b[:, 3]) // 2, 0, blobs.shape[0] - 1)
    left = b[~covered[cy, cx]]
    if len(left) < MISSED_ROW_BLOBS:
        return []
    left = left[np.argsort(left[:, 1] + left[:, 3])]
    rows: list[list[npt.NDArray[np.int64]]] = []
    centre = 0.0
    for box in left:
        c, h = (box[1] + box[3]) / 2, box[3] - box[1]
        if rows and abs(c - centre) <= max(4.0, h / 2):
            rows[-1].append(box)
            centre = float(np.mean([(r[1] + r[3]) / 2 for r in rows[-1]]))
        else:
            rows.append([box])
            centre = float(c)
    span = MISSED_ROW_SPAN * blobs.dpi
    out: list[tuple[int, int]] = []
    for row in rows:
        r = np.asarray(row)
        if len(r) >= MISSED_ROW_BLOBS and r[:, 2].max() - r[:, 0].min() >= span:
            out.append((int(r[:, 1].min() / k), int(np.ceil(r[:, 3].max() / k))))
    return out


#: Background spread from which "auto" cleaning flattens the lighting (see docs/extraction.md).
UNEVEN_LEVELS = 15.0
#: Speckle share from which "auto" cleaning applies a median filter.
SPECKLE_SHARE = 0.008


#: Pages scanned below this resolution are enlarged before OCR: Tesseract's models are
#: trained on ~300 dpi text, and at 200 dpi thin strokes and small x-heights lose letters.
MIN_OCR_DPI = 250
#: The resolution low-dpi pages are enlarged to.
TARGET_OCR_DPI = 300


def upscale_for_ocr(gray: GrayImage, *, dpi: int) -> tuple[GrayImage, int]:
    """Enlarge a page scanned below :data:`MIN_OCR_DPI` to :data:`TARGET_OCR_DPI` (bicubic).

    Returns the image and its new dpi (unchanged when no enlargement was needed).
    """
    if dpi <= 0 or dpi >= MIN_OCR_DPI:
        return gray, dpi
    scale = TARGET_OCR_DPI / dpi
    out = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    return np.asarray(out, dtype=np.uint8), TARGET_OCR_DPI


def flatten_background(gray: GrayImage, *, dpi: int) -> GrayImage:
    """Divide out uneven lighting: the page over its paper brightness, stretched to white paper.

    The paper is estimated by a morphological closing (which erases dark strokes thinner
    than the kernel) on a reduced copy, smoothed and enlarged back. Text keeps its
    grey levels relative to the paper around it, so Tesseract's own binarisation works
    on a photo with a shadow across it, without the letter damage of a hard threshold.
    """
    scale = min(1.0, 100.0 / max(dpi, 1))  # ~100 dpi is plenty for the lighting
    small = (
        gray
        if scale == 1.0
        else cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    )
    k = max(5, int(dpi * scale / 10) | 1)  # ~2.5 mm: wider than any stroke
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    paper = cv2.GaussianBlur(paper, (0, 0), k / 2)
    paper = cv2.resize(paper, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    # gray * 255 / paper, rounded and saturated, in one pass in C (float arrays of a
    # 300 dpi page cost 0.2 s). Where the paper estimate is 0 (a black border wider than
    # the kernel) the result is 0: black stays black.
    out = cv2.divide(gray, np.asarray(paper, dtype=np.uint8), scale=255.0)
    return np.asarray(out, dtype=np.uint8)


def find_page_quad(gray: GrayImage) -> npt.NDArray[np.float64] | None:
    """The corners (TL, TR, BR, BL, in pixels) of a sheet of paper lying on a darker
    surface (a phone photo of a page on a desk), or None when the frame is all page.

    The paper is the largest bright region of a blurred thumbnail (brighter than the
    Otsu threshold, or than its surroundings by a local threshold, for a corner in
    shadow); it is accepted when it is a convex quadrilateral covering 20-92 % of the
    frame and clearly brighter than what surrounds it (a scan whose paper fills the
    frame is left alone).
    """
    scale = min(1.0, 800 / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (5, 5), 0)
    _, bright = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # A corner of the sheet in shadow can be darker than the global threshold but is
    # still brighter than the desk next to it: a local threshold finds it.
    block = (max(small.shape) // 4) | 1
    local = cv2.adaptiveThreshold(
        small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, -8
    )
    bright = cv2.bitwise_or(bright, local)
    # Close the text and table rules inside the page so it is one blob; open away specks.
    k = max(3, int(max(small.shape) / 60) | 1)
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    bright = cv2.morphologyEx(bright, cv2.MORPH_OPEN, np.ones((k, k), np.uint8))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    blob = max(contours, key=cv2.contourArea)
    frame = float(small.shape[0] * small.shape[1])
    area = cv2.contourArea(blob)
    if not PAGE_MIN_SHARE <= area / frame <= PAGE_MAX_SHARE:
        return None
    hull = cv2.convexHull(blob)
    perimeter = cv2.arcLength(hull, True)
    quad = None
    for eps in (0.01, 0.02, 0.03, 0.05):
        approx = cv2.approxPolyDP(hull, eps * perimeter, True)
        if len(approx) == 4:
            quad = approx.reshape(4, 2).astype(np.float64)
            break
    if quad is None or not cv2.isContourConvex(quad.astype(np.float32).reshape(-1, 1, 2)):
        return None
    # The quadrilateral must be the blob (not a hull around a ragged shape).
    if area / max(cv2.contourArea(quad.astype(np.float32)), 1.0) < 0.9:
        return None
    inside = np.zeros(small.shape, np.uint8)
    cv2.fillConvexPoly(inside, quad.astype(np.int32), 255)
    paper = float(np.median(small[inside > 0]))
    surround = float(np.median(small[inside == 0]))
    if paper - surround < PAGE_MIN_CONTRAST:
        return None
    # A little inside the edge: a sliver of desk along a border would read as a long
    # dark line (skew estimation and OCR take it for text or a rule).
    centre = quad.mean(axis=0)
    quad = centre + (quad - centre) * (1.0 - PAGE_INSET)
    return _order_corners(quad) / scale


#: Share of the frame a page found by :func:`find_page_quad` may cover.
PAGE_MIN_SHARE = 0.2
PAGE_MAX_SHARE = 0.92
#: How much brighter (grey levels) the paper must be than the surface around it.
PAGE_MIN_CONTRAST = 40.0
#: Share of the page's size the cut moves inwards from its edges (~2 mm on A4).
PAGE_INSET = 0.01


def _order_corners(pts: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Four points as top-left, top-right, bottom-right, bottom-left."""
    s = pts.sum(axis=1)
    d = pts[:, 1] - pts[:, 0]
    return np.array([pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]])


def page_size_px(quad: npt.NDArray[np.float64]) -> tuple[float, float]:
    """(width, height) in pixels of the page whose corners are ``quad`` (mean of opposite sides)."""
    tl, tr, br, bl = quad
    width = (float(np.linalg.norm(tr - tl)) + float(np.linalg.norm(br - bl))) / 2
    height = (float(np.linalg.norm(bl - tl)) + float(np.linalg.norm(br - tr))) / 2
    return width, height


def warp_page(
    gray: GrayImage, quad: npt.NDArray[np.float64], *, width: int, height: int
) -> GrayImage:
    """The page inside ``quad`` rectified to a ``width`` x ``height`` image (bicubic)."""
    src = quad.astype(np.float32)
    dst = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(
        gray,
        matrix,
        (width, height),
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_REPLICATE,
    )
    return np.asarray(out, dtype=np.uint8)

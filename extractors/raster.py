"""Pages as pixels: rendering PDF pages, loading scans and photos, and OCRing them.

A page to OCR is a :class:`PageJob` (which file, which page); the job renders or
loads its own pixels, so a 200-page scan never has more rendered pages in memory
than there are workers (plus a small queue). Jobs run inline for a single page
and in a process pool otherwise; Tesseract itself runs single-threaded.

Geometry of an OCR page: the page image is first turned upright (``rotation``,
clockwise, by 90-degree steps), then deskewed for OCR; the word boxes are mapped
back through the deskew, so a bbox points at the pixels of the upright image,
scaled to points at the page's dpi. Width and height are those of the upright
image in points.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
import re
import threading
import warnings
from collections.abc import Iterator, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageOps, UnidentifiedImageError

from extractors import imageops
from extractors.base import ExtractOptions, Source, register_reader
from extractors.document import (
    BBox,
    Document,
    Line,
    Mark,
    Page,
    Word,
    group_lines,
    group_rows,
    union_bbox,
)
from extractors.ocr import (
    GrayImage,
    OcrWord,
    PendingWords,
    TesseractRun,
    start_words,
    tesseract_orientation,
    tesseract_words,
    words_run,
)
from rekom.errors import CorruptDocument, ImageTooLarge, RekomError, ToolError, TooManyPages

log = logging.getLogger(__name__)

#: Resolution for rendering PDF pages, and for pages larger than A3.
RENDER_DPI = 300
RENDER_DPI_LARGE = 200
_A3_AREA = 842.0 * 1191.0
#: Below this a page is refused rather than rendered too coarse to read.
MIN_RENDER_DPI = 72
#: dpi assumed for a scan whose file does not say.
ASSUMED_SCAN_DPI = 300
#: Photos estimated above this are scaled down to ``RENDER_DPI`` before OCR (time, not accuracy).
MAX_OCR_DPI = 400
_A4_SHORT_INCHES = 210 / 25.4
#: Mean word confidence below which a page is suspected upside down (OCR of an upright
#: 300 dpi page scores ~0.9, of the same page turned 180 degrees ~0.35 -- but a short
#: upside-down line of capitals can reach 0.6, hence the margin).
UPSIDE_DOWN_CONFIDENCE = 0.75
#: OSD confidence needed to act on its answer.
MIN_OSD_CONFIDENCE = 1.5


@dataclass(frozen=True, slots=True)
class PageJob:
    """One page to OCR: where its pixels come from, and what to merge into it."""

    kind: Literal["pdf", "image"]
    path: str
    #: 0-based page (PDF) or frame (TIFF) index in the file.
    index: int
    #: 1-based page number in the Document.
    number: int
    #: Words known without OCR (AcroForm values), in points, merged into the page's lines.
    extra_words: tuple[Word, ...] = ()
    extra_marks: tuple[Mark, ...] = ()
    #: OCR words inside these boxes (points) are dropped: the form value there is authoritative.
    mask_boxes: tuple[BBox, ...] = ()


@dataclass(slots=True)
class PageResult:
    page: Page
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Failure:
    """A project error raised in a worker, carried back as a value (it pickles)."""

    cls: type[RekomError]
    message: str
    detail: str | None

    def reraise(self) -> None:
        raise self.cls(self.message, detail=self.detail)


# -- pixels ------------------------------------------------------------------------------------


def render_dpi(width_pt: float, height_pt: float, *, max_pixels: int) -> int:
    """The dpi to render a page at: 300, 200 above A3, lower still to stay under max_pixels."""
    dpi = RENDER_DPI if width_pt * height_pt <= _A3_AREA else RENDER_DPI_LARGE
    pixels = (width_pt * dpi / 72) * (height_pt * dpi / 72)
    if pixels > max_pixels:
        dpi = int(72 * math.sqrt(max_pixels / (width_pt * height_pt)))
    if dpi < MIN_RENDER_DPI:
        raise ImageTooLarge(
            f"Halaman PDF terlalu besar untuk dibaca ({width_pt:.0f} x {height_pt:.0f} pt) "
            f"/ PDF page too large to render."
        )
    return dpi


#: pdfium is not thread-safe: every use of it in a process goes through this lock
#: (two threads of a Prefect worker may load documents at the same time).
PDFIUM_LOCK = threading.RLock()


def render_pdf_page(path: str, index: int, *, max_pixels: int) -> tuple[GrayImage, int]:
    """Render one PDF page in grayscale, page rotation applied; (pixels, dpi).

    The document is opened per page: pdfium reads a file lazily, so this costs
    milliseconds, and nothing is left open between jobs.
    """
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(path, password="")
        except pdfium.PdfiumError as exc:
            raise CorruptDocument(
                "PDF rusak dan tidak dapat dirender / damaged PDF cannot be rendered.",
                detail=str(exc),
            ) from exc
        try:
            page = doc[index]
            try:
                width, height = page.get_size()
                dpi = render_dpi(width, height, max_pixels=max_pixels)
                # Annotations are drawn (typewriter/FreeText filled in a viewer belongs to the
                # page); AcroForm widget values come from the form itself and the OCR words
                # under them are dropped.
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                gray = np.array(bitmap.to_numpy(), dtype=np.uint8)
                bitmap.close()
            finally:
                page.close()
        finally:
            doc.close()
    if gray.ndim == 3:
        gray = gray[:, :, 0]
    return gray, dpi


def check_image_size(im: Image.Image, *, max_pixels: int, label: str) -> None:
    """Refuse an image whose header claims more pixels than the limit (nothing decoded yet)."""
    w, h = im.size
    if w * h > max_pixels:
        raise ImageTooLarge(
            f"Gambar terlalu besar ({w} x {h} piksel, batas {max_pixels:,} piksel) / image too "
            f"large: {label}"
        )


@contextmanager
def open_image(path: str | Path, *, label: str, max_pixels: int) -> Iterator[Image.Image]:
    """Open an image lazily, mapping PIL's failures to the project's errors."""
    try:
        with warnings.catch_warnings():
            # Our own pixel limit (checked right after) is the guard; PIL's warning is noise.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(path)
    except Image.DecompressionBombError as exc:
        raise ImageTooLarge(
            f"Gambar terlalu besar / image too large: {label}", detail=str(exc)
        ) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise CorruptDocument(
            f"Gambar rusak atau terpotong / damaged or truncated image: {label}", detail=str(exc)
        ) from exc
    try:
        check_image_size(im, max_pixels=max_pixels, label=label)
        yield im
    finally:
        im.close()


def _to_gray(im: Image.Image) -> GrayImage:
    if im.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(im, dtype=np.float64)
        top = max(1.0, float(arr.max()))
        return np.asarray(arr * (255.0 / top), dtype=np.uint8)
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        # Transparent pixels are paper, not black.
        rgba = im.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        im = Image.alpha_composite(white, rgba)
    return np.array(im.convert("L"), dtype=np.uint8)


def _decode_gray(path: str, im: Image.Image) -> GrayImage | None:
    """A plain grey or colour PNG or JPEG (one frame, no EXIF turn) decoded straight to
    grey by OpenCV, which is about a quarter faster than Pillow's decode and conversion
    (a JPEG is decoded to its luma alone); None for anything else, which Pillow reads.
    The header, already checked against the pixel limit, decides."""
    if im.format not in ("PNG", "JPEG") or im.mode not in ("L", "RGB"):
        return None
    if im.format == "PNG" and ("transparency" in im.info or "exif" in im.info):
        return None  # (a PNG's getexif() would decode the whole image to look for one)
    if im.format == "JPEG" and im.getexif().get(_EXIF_ORIENTATION, 1) != 1:
        return None
    import cv2

    data = np.fromfile(path, dtype=np.uint8)
    gray = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE | cv2.IMREAD_IGNORE_ORIENTATION)
    if gray is None or gray.shape != (im.height, im.width):
        return None  # a truncated or odd file: Pillow says what is wrong with it
    return np.asarray(gray, dtype=np.uint8)


_EXIF_ORIENTATION = 0x0112


def image_dpi(im: Image.Image) -> float | None:
    """The resolution the file declares, when it is a plausible scan resolution."""
    dpi = im.info.get("dpi")
    if not dpi:
        return None
    try:
        value = float(dpi[0])
    except (TypeError, ValueError, IndexError):
        return None
    # Cameras write 72 (or 1) whatever the scene: not a scan resolution.
    return value if 100 <= value <= 1200 else None


def load_image_frame(
    path: str, index: int, *, max_pixels: int, label: str
) -> tuple[GrayImage, int, list[str]]:
    """One frame of an image file, upright per EXIF, in grayscale; (pixels, dpi, warnings)."""
    notes: list[str] = []
    with open_image(path, label=label, max_pixels=max_pixels) as im:
        try:
            im.seek(index)
            check_image_size(im, max_pixels=max_pixels, label=label)
            declared = image_dpi(im)
            fast = _decode_gray(path, im) if index == 0 else None
            if fast is not None:
                gray = fast
            else:
                upright = ImageOps.exif_transpose(im) if index == 0 else im
                assert upright is not None
                gray = _to_gray(upright)
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise CorruptDocument(
                f"Gambar rusak atau terpotong / damaged or truncated image: {label}",
                detail=str(exc),
            ) from exc
    if declared is not None:
        dpi = float(declared)
    elif im.format == "TIFF":
        dpi = ASSUMED_SCAN_DPI
        notes.append(f"halaman {index + 1}: dpi tidak tercatat, dianggap {dpi} / dpi assumed")
    else:
        quad = imageops.find_page_quad(gray)
        if quad is not None:
            # A photo of a sheet on a desk: cut the sheet out and undo the perspective,
            # straight to the OCR resolution (one interpolation), taking its short side
            # as A4's 210 mm.
            width, height = imageops.page_size_px(quad)
            dpi = min(width, height) / _A4_SHORT_INCHES
            scale = RENDER_DPI / dpi
            if scale < 0.8:
                # A big photo: shrink by area averaging first (a perspective warp that
                # also halves the size aliases the strokes).
                import cv2

                gray = np.asarray(
                    cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA),
                    dtype=np.uint8,
                )
                quad, width, height, scale = quad * scale, width * scale, height * scale, 1.0
            gray = imageops.warp_page(
                gray, quad, width=round(width * scale), height=round(height * scale)
            )
            notes.append(
                f"halaman {index + 1}: halaman dipotong dari foto, dpi diperkirakan {dpi:.0f} "
                f"dari lebar A4 / page cut out of a photo, dpi estimated"
            )
            dpi = RENDER_DPI
        else:
            # A photo: assume the page's short side fills the frame's short side (A4).
            dpi = min(gray.shape) / _A4_SHORT_INCHES
            notes.append(
                f"halaman {index + 1}: dpi diperkirakan {dpi:.0f} dari lebar A4 / dpi estimated"
            )
    if dpi > MAX_OCR_DPI:
        import cv2

        scale = RENDER_DPI / dpi
        gray = np.asarray(
            cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA),
            dtype=np.uint8,
        )
        dpi = RENDER_DPI
    return gray, round(dpi), notes


# -- OCR of one page -------------------------------------------------------------------------


def _osd_rotation(gray: GrayImage, options: ExtractOptions) -> int | None:
    """OSD's clockwise correction when it is confident enough, else None."""
    osd = tesseract_orientation(gray, timeout=options.page_timeout)
    if osd is None or osd.confidence < MIN_OSD_CONFIDENCE:
        return None
    return osd.rotate


@dataclass(slots=True)
class _Ocr:
    """One OCR attempt in the deskewed frame of an upright image."""

    words: list[OcrWord]
    inverse: imageops.Affine | None
    skew: float

    @property
    def score(self) -> float:
        # Confident long words are what a right-way-up page has more of.
        return sum(w.confidence * len(w.text) for w in self.words)

    @property
    def mean_confidence(self) -> float:
        return _confidence_per_char(self.words, empty=1.0)


def _confidence_per_char(words: Sequence[OcrWord], *, empty: float) -> float:
    """Tesseract's confidence weighted by word length; ``empty`` for no words."""
    chars = sum(len(w.text) for w in words)
    return sum(w.confidence * len(w.text) for w in words) / chars if chars else empty


@dataclass(slots=True)
class _Deskewed:
    """An upright page made ready for Tesseract: turned by its measured skew."""

    image: GrayImage
    #: Boxes in ``image`` -> the upright page (None when the page was not turned).
    inverse: imageops.Affine | None
    skew: float


def _deskew(
    gray: GrayImage, *, options: ExtractOptions, thumbs: imageops.Thumbnails | None = None
) -> _Deskewed:
    """The upright page deskewed for Tesseract (a skew under 0.1 degree is left alone)."""
    skew = (
        imageops.estimate_skew(gray, max_angle=options.max_skew, thumbs=thumbs)
        if options.deskew
        else 0.0
    )
    if abs(skew) < 0.1:
        return _Deskewed(image=gray, inverse=None, skew=0.0)
    import cv2

    matrix = imageops.deskew_matrix(gray.shape, skew)
    return _Deskewed(
        image=imageops.apply_affine(gray, matrix),
        inverse=np.asarray(cv2.invertAffineTransform(matrix), dtype=np.float64),
        skew=skew,
    )


def _start_ocr(
    page: _Deskewed, *, dpi: int, options: ExtractOptions, run: TesseractRun | None = None
) -> PendingWords:
    return start_words(
        page.image,
        dpi=dpi,
        lang=options.lang,
        psm=options.psm,
        timeout=options.page_timeout,
        run=run,
    )


def _ocr_upright(
    gray: GrayImage,
    *,
    dpi: int,
    options: ExtractOptions,
    thumbs: imageops.Thumbnails | None = None,
    degraded: bool = False,
    started: tuple[_Deskewed, PendingWords] | None = None,
) -> _Ocr:
    """OCR an upright page: deskewed for Tesseract; rows of text Tesseract left out and,
    on a ``degraded`` page (enlarged from a low resolution, or cleaned: a photo, a
    copier's shading, speckle), the garbled lines are read again without the ruled lines
    (:func:`_read_again`).

    ``started``: this page already deskewed and its OCR run under way.
    """
    if started is None:
        page = _deskew(gray, options=options, thumbs=thumbs)
        pending = _start_ocr(page, dpi=dpi, options=options)
    else:
        page, pending = started
    # While Tesseract reads: the page's letter blobs, to find rows it leaves out, and on
    # a degraded page its rule-free copy and the process for the second reading (nearly
    # every degraded page has a garbled line to read again), loading its model meanwhile.
    spare = (
        words_run(lang=options.lang, psm=options.psm, timeout=options.page_timeout)
        if degraded
        else None
    )
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            blobs = pool.submit(imageops.text_blobs, page.image, dpi=dpi)
            # Words typed over dotted lines (or run into dotted leaders) read as
            # "Peternakan..dan..Kesehatan", or not at all, and characters typed one a box
            # ("2|0|2|6") as garble: such a page is read again at once with its dots
            # painted out and its combs of boxes set as words (the first reading stopped).
            dots: list[imageops.DotLine] = []
            combs: list[imageops.Comb] = []
            traced = None  # the page's contours, for the combs and the answer boxes
            if options.clean != "none":
                dots = imageops.dotted_lines(page.image, dpi=dpi)
                dots = dots if len(dots) >= imageops.DOTTED_PAGE_LINES else []
                traced = imageops.ink_contours(page.image)
                combs = imageops.comb_boxes(page.image, dpi=dpi, traced=traced)
            if dots or combs:
                traced = None  # (a new page image)
                pending.cancel()
                image = imageops.without_comb_boxes(page.image, combs, dpi=dpi)
                page = _Deskewed(
                    image=imageops.without_dotted_lines(image, dots, dpi=dpi),
                    inverse=page.inverse,
                    skew=page.skew,
                )
                pending = _start_ocr(page, dpi=dpi, options=options)
                blobs = pool.submit(imageops.text_blobs, page.image, dpi=dpi)
            rule_free = (
                pool.submit(imageops.remove_rules, page.image, dpi=dpi) if degraded else None
            )
            boxes = pool.submit(imageops.code_boxes, page.image, dpi=dpi, traced=traced)
            words = pending.words()
        missed = imageops.rows_left_out(
            blobs.result(), [(w.left, w.top, w.left + w.width, w.top + w.height) for w in words]
        )
        # A page that reads clean by its resolution but garbles many lines (a scanned PDF
        # of 200 dpi images, rendered at 300; dotted leaders run into their labels) has
        # its garbled lines read again too.
        garbled = degraded or len(_garbled_lines(words)) >= GARBLED_PAGE_LINES
        if garbled or missed:
            words = _read_again(
                page.image,
                words,
                dpi=dpi,
                options=options,
                rule_free=(
                    rule_free.result()
                    if rule_free is not None
                    else imageops.remove_rules(page.image, dpi=dpi)
                ),
                garbled=garbled,
                missed=missed,
                run=spare,
            )
        words += _read_box_codes(page.image, words, boxes.result(), dpi=dpi, options=options)
    finally:
        if spare is not None:
            spare.cancel()  # (nothing to stop when it read the garbled lines)
    return _Ocr(words=words, inverse=page.inverse, skew=page.skew)


#: What an answer box holds: a code of one or two digits.
_BOX_CODE = re.compile(r"\d{1,2}")
#: A character read in an answer box is kept when Tesseract is this sure of it.
BOX_CODE_CONFIDENCE = 0.75
#: At most this many answer boxes a page are read one by one (after reading them all in
#: one strip), when the strip reading is unsure.
BOX_CODE_RETRIES = 24


def _read_box_codes(
    image: GrayImage,
    words: Sequence[OcrWord],
    boxes: Sequence[tuple[imageops.BBox, imageops.BBox]],
    *,
    dpi: int,
    options: ExtractOptions,
) -> list[OcrWord]:
    """The codes written in answer boxes that the page's reading left out (Tesseract
    drops a lone digit framed by a box in a shaded margin column): the boxes' insides set
    in a row in one strip and read at once, the unsure ones again one by one as a word;
    a code of one or two digits read surely enough is kept, with a line of its own."""
    centres = [(w.left + w.width / 2, w.top + w.height / 2) for w in words]
    todo = [
        (box, glyph)
        for box, glyph in boxes
        if not any(box[0] <= cx <= box[2] and box[1] <= cy <= box[3] for cx, cy in centres)
    ]
    if not todo:
        return []
    crops = [image[int(g[1]) : int(g[3]), int(g[0]) : int(g[2])] for _, g in todo]
    pad = max(c.shape[0] for c in crops)
    width = sum(c.shape[1] for c in crops) + 3 * pad * (len(crops) + 1)
    strip = np.full((3 * pad, width), 255, np.uint8)
    spans: list[tuple[int, int]] = []
    at = 3 * pad
    for crop in crops:
        strip[pad : pad + crop.shape[0], at : at + crop.shape[1]] = crop
        spans.append((at, at + crop.shape[1]))
        at += crop.shape[1] + 3 * pad
    read: list[tuple[str, float] | None] = [None] * len(todo)
    for w in tesseract_words(
        strip, dpi=dpi, lang=options.lang, psm=7, timeout=options.page_timeout
    ):
        centre = w.left + w.width / 2
        for n, (a, b) in enumerate(spans):
            if a - pad <= centre <= b + pad:
                read[n] = (w.text, w.confidence)
    retries = 0
    for n, crop in enumerate(crops):
        got = read[n]
        if got is not None and _BOX_CODE.fullmatch(got[0]) and got[1] >= 0.8:
            continue
        if retries >= BOX_CODE_RETRIES:
            read[n] = None
            continue
        retries += 1
        alone = np.full((crop.shape[0] + 2 * pad, crop.shape[1] + 2 * pad), 255, np.uint8)
        alone[pad : pad + crop.shape[0], pad : pad + crop.shape[1]] = crop
        found = tesseract_words(
            alone, dpi=dpi, lang=options.lang, psm=8, timeout=options.page_timeout
        )
        read[n] = (found[0].text, found[0].confidence) if len(found) == 1 else None
    out: list[OcrWord] = []
    for n, ((_, glyph), got) in enumerate(zip(todo, read, strict=True)):
        if got is None or not _BOX_CODE.fullmatch(got[0]) or got[1] < BOX_CODE_CONFIDENCE:
            continue
        x0, y0, x1, y1 = (int(v) for v in glyph)
        out.append(OcrWord(got[0], x0, y0, x1 - x0, y1 - y0, got[1], (30_000 + n, 0, 0)))
    return out


#: A line is read again, without the page's ruled lines, when Tesseract is less sure than
#: this of one of its words at least REREAD_MIN_CHARS long ("1141/2026”" for "14/1/2026"
#: written against a cell border; short garble is usually a checkbox, read by its mark).
REREAD_BELOW = 0.5
REREAD_MIN_CHARS = 4
#: ... or when this many of its words read under REREAD_GARBLE.
REREAD_GARBLE = 0.3
REREAD_GARBLE_WORDS = 3
#: A page not degraded by its resolution or lighting has its garbled lines read again
#: when it has this many (clean 300 dpi scans have one to three: circled codes, item
#: numbers).
GARBLED_PAGE_LINES = 6
#: The second reading replaces a band's words when its confidence (per character) is
#: higher by this much; a band with a row Tesseract had left out also needs this much at
#: least (a stamp or a signature read as words is not text that was left out).
REREAD_GAIN = 0.1
READ_AGAIN_FLOOR = 0.6
#: Left-out rows are read as one block of text: the page layout (``--psm 4``) that dropped
#: a table's rows as a picture drops them again when they are cut out. (Garbled lines are
#: read with the page's own layout mode, which keeps their cells apart: 200 dpi scans
#: lose two fields with ``--psm 6`` there.)
LEFT_OUT_PSM = 6


def _garbled_lines(words: Sequence[OcrWord]) -> list[list[OcrWord]]:
    """Tesseract's lines with a word of REREAD_MIN_CHARS or more read under REREAD_BELOW,
    or with REREAD_GARBLE_WORDS words under REREAD_GARBLE (a label read into its dotted
    leader: "Aa et PA Ato Jawa Timur")."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line_key, []).append(w)
    return [
        ws
        for ws in lines.values()
        if any(len(w.text) >= REREAD_MIN_CHARS and w.confidence < REREAD_BELOW for w in ws)
        or sum(w.confidence < REREAD_GARBLE for w in ws) >= REREAD_GARBLE_WORDS
    ]


def _read_again(
    image: GrayImage,
    words: list[OcrWord],
    *,
    dpi: int,
    options: ExtractOptions,
    rule_free: GrayImage,
    garbled: bool = True,
    missed: Sequence[tuple[int, int]] = (),
    run: TesseractRun | None = None,
) -> list[OcrWord]:
    """Read the garbled lines of a page (``garbled``) and the rows Tesseract left out
    (``missed``: (top, bottom) in pixels, :func:`imageops.rows_left_out`) again, with the
    ruled lines painted out.

    Table borders that touch the text make Tesseract glue a border to a date or split a
    cell's words; erasing the rules from the whole page helps those lines but costs the
    page's layout (cell borders keep the columns apart), so only the bands of the
    garbled lines are read again: cut from the rule-free page, stacked into one image
    (one more Tesseract run per page, on a fraction of its area; ``run``, a process
    started while the page was read, when given), and kept band by band
    where the new reading is surer. Left-out rows (the last rows of a ruled table, which
    Tesseract's page layout can drop as a picture) are stacked the same way in an image
    of their own, read as one block of text (``--psm 6``); their words are kept when
    they read at READ_AGAIN_FLOOR or better. ``rule_free``: the page with its rules painted out
    (:func:`imageops.remove_rules`).
    """
    bad = _garbled_lines(words) if garbled else []
    if not bad and not missed:
        return words
    height = image.shape[0]
    pad = round(dpi * 3 / 72)
    spans = sorted(
        [
            (
                max(0, min(w.top for w in ws) - pad),
                min(height, max(w.top + w.height for w in ws) + pad),
                False,
            )
            for ws in bad
        ]
        + [(max(0, top - pad), min(height, bottom + pad), True) for top, bottom in missed]
    )
    bands: list[list[int]] = []
    left_out: list[bool] = []
    for top, bottom, was_missed in spans:
        if bands and top <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], bottom)
            left_out[-1] = left_out[-1] or was_missed
        else:
            bands.append([top, bottom])
            left_out.append(was_missed)
    out = list(words)
    for group_left_out in (False, True):
        group = [(n, band) for n, band in enumerate(bands) if left_out[n] == group_left_out]
        if not group:
            continue
        read = _read_bands(
            rule_free,
            [band for _, band in group],
            dpi=dpi,
            options=options,
            psm=LEFT_OUT_PSM if group_left_out else options.psm,
            run=None if group_left_out else run,
        )
        for (n, (top, bottom)), found in zip(group, read, strict=True):
            old = [w for w in out if top <= w.top + w.height / 2 < bottom]
            new = [
                replace(w, line_key=(10_000 + 1_000 * n + w.line_key[0], *w.line_key[1:]))
                for w in found
            ]
            surer = _confidence_per_char(new, empty=0.0)
            if (
                new
                and surer >= _confidence_per_char(old, empty=0.0) + REREAD_GAIN
                and (surer >= READ_AGAIN_FLOOR or not group_left_out)
            ):
                gone = {id(w) for w in old}
                out = [w for w in out if id(w) not in gone] + new
    return out


def _read_bands(
    image: GrayImage,
    bands: Sequence[Sequence[int]],
    *,
    dpi: int,
    options: ExtractOptions,
    psm: int,
    run: TesseractRun | None = None,
) -> list[list[OcrWord]]:
    """Bands (top, bottom) of a page stacked into one image and read in one Tesseract
    run; each band's words, in page pixels."""
    gap = round(dpi * 12 / 72)
    offsets: list[int] = []
    at = gap
    for top, bottom in bands:
        offsets.append(at)
        at += bottom - top + gap
    strip = np.full((at, image.shape[1]), 255, dtype=np.uint8)
    for (top, bottom), off in zip(bands, offsets, strict=True):
        strip[off : off + bottom - top] = image[top:bottom]
    again = tesseract_words(
        strip, dpi=dpi, lang=options.lang, psm=psm, timeout=options.page_timeout, run=run
    )
    return [
        [
            replace(w, top=w.top - off + top)
            for w in again
            if off <= w.top + w.height / 2 < off + bottom - top
        ]
        for (top, bottom), off in zip(bands, offsets, strict=True)
    ]


def ocr_page_image(
    gray: GrayImage,
    *,
    dpi: int,
    number: int,
    options: ExtractOptions,
    run: TesseractRun | None = None,
) -> Page:
    """OCR one page image into a :class:`Page`: turned upright, deskewed for Tesseract,
    word boxes mapped back to the upright (not deskewed) image and scaled to points.

    Tesseract starts on the deskewed page before anything else is looked at; the
    lighting, orientation and mark checks run while it reads (a page that needs
    cleaning or turning stops that reading and starts again).

    Orientation costs nothing on an upright page: the row profile (or, failing that,
    the blob test) rules out "sideways", and a confident OCR result rules out
    "upside down". Only a page
    that fails one of those asks OSD, and when OSD has no answer (too little
    text) the candidate turns are OCRed and the better-scoring one is kept.

    ``run``: a Tesseract process (:func:`ocr.words_run`) started while the page was
    decoded, for the first reading.
    """
    # Page.dpi stays the image's own resolution; OCR may run on an enlarged copy.
    page_dpi = dpi
    gray, dpi = imageops.upscale_for_ocr(gray, dpi=dpi)
    degraded = dpi != page_dpi
    thumbs = imageops.Thumbnails(gray, largest=imageops.SIDEWAYS_SIDE)
    # The usual page goes to Tesseract as it is, but for its skew: deskew it and start
    # its OCR first, then look at the page (lighting, turn, marks) while Tesseract reads
    # it. A page that needs cleaning or turning stops that run and starts again.
    first = _deskew(gray, options=options, thumbs=thumbs)
    started = (first, _start_ocr(first, dpi=dpi, options=options, run=run))
    try:
        return _ocr_page(
            gray,
            dpi=dpi,
            page_dpi=page_dpi,
            number=number,
            options=options,
            degraded=degraded,
            thumbs=thumbs,
            started=started,
        )
    finally:
        started[1].cancel()  # (nothing to stop when its words were taken)


def _ocr_page(
    gray: GrayImage,
    *,
    dpi: int,
    page_dpi: int,
    number: int,
    options: ExtractOptions,
    degraded: bool,
    thumbs: imageops.Thumbnails,
    started: tuple[_Deskewed, PendingWords],
) -> Page:
    gray, cleaned = imageops.clean_page(gray, dpi=dpi, mode=options.clean, thumbs=thumbs)
    if cleaned:
        log.debug("page %d: cleaned (%s) before OCR", number, cleaned)
        degraded = True
        thumbs = imageops.Thumbnails(gray, largest=imageops.SIDEWAYS_SIDE)
    candidates: list[int]
    if (
        options.orient
        and not imageops.lines_run_across(gray, thumbs, skew=started[0].skew)
        and imageops.looks_sideways(gray, thumbs)
    ):
        osd = _osd_rotation(gray, options)
        candidates = [osd] if osd in (90, 270) else [90, 270]
    else:
        candidates = [0]
    first: tuple[_Deskewed, PendingWords] | None = started
    if cleaned or candidates != [0]:
        started[1].cancel()
        first = None
    # Marks are found on the upright page. For the usual page (no turn) that is this
    # image: look for them in a thread while Tesseract runs in its own process, so the
    # page costs its OCR time and little more (OpenCV and the wait release the GIL).
    early_marks: Future[tuple[Mark, ...]] | None = None
    if candidates == [0]:
        marks_pool = ThreadPoolExecutor(max_workers=1)
        early_marks = marks_pool.submit(_page_marks, gray, dpi)
        marks_pool.shutdown(wait=False)  # the thread ends with its one task
    best: tuple[int, GrayImage, _Ocr] | None = None
    for rotation in candidates:
        image = imageops.rotate_quarter(gray, rotation)
        attempt = _ocr_upright(
            image,
            dpi=dpi,
            options=options,
            thumbs=thumbs if rotation == 0 else None,
            degraded=degraded,
            started=first if rotation == 0 else None,
        )
        if best is None or attempt.score > best[2].score:
            best = (rotation, image, attempt)
    assert best is not None
    rotation, upright, attempt = best
    if (
        options.orient
        and len(attempt.words) >= 3
        and attempt.mean_confidence < UPSIDE_DOWN_CONFIDENCE
    ):
        osd = _osd_rotation(upright, options)
        turns = [osd] if osd else ([] if osd == 0 else [180])
        for turn in turns:
            turned = imageops.rotate_quarter(upright, turn)
            second = _ocr_upright(turned, dpi=dpi, options=options, degraded=degraded)
            log.debug(
                "page %d: trying %d more degrees; score %.0f -> %.0f",
                number,
                turn,
                attempt.score,
                second.score,
            )
            if second.score > attempt.score:
                upright, attempt = turned, second
                rotation = (rotation + turn) % 360
    height_px, width_px = upright.shape[:2]
    lines = _ocr_lines(attempt, dpi=dpi, width_px=width_px, height_px=height_px)
    return Page(
        number=number,
        width=width_px * 72.0 / dpi,
        height=height_px * 72.0 / dpi,
        lines=lines,
        source="ocr",
        dpi=page_dpi,
        rotation=rotation,
        skew=attempt.skew,
        marks=(
            early_marks.result()
            if early_marks is not None and upright is gray
            else _page_marks(upright, dpi)
        ),
    )


def _page_marks(upright: GrayImage, dpi: int) -> tuple[Mark, ...]:
    """Circled codes and ticked boxes on an upright page image (one threshold and one
    contour trace of the page serve both)."""
    shapes = _holed_shapes(upright)
    return find_circle_marks(upright, dpi=dpi, shapes=shapes) + find_checkbox_marks(
        upright, dpi=dpi, shapes=shapes
    )


#: The page's ink (Otsu, 255 = ink) and its outer contours that have a hole: what both
#: mark finders look at.
_Shapes = tuple[GrayImage, list[npt.NDArray[Any]]]


def _holed_shapes(gray: GrayImage) -> _Shapes:
    ink, contours, hierarchy = imageops.ink_contours(gray)
    if hierarchy is None:
        return ink, []
    # Outer shapes (no parent) with a hole (a child): rings and boxes, not solid blobs.
    holed = [
        c for i, c in enumerate(contours) if hierarchy[0][i][3] == -1 and hierarchy[0][i][2] != -1
    ]
    return ink, holed


#: A printed checkbox, in points: a square about a capital letter high.
BOX_MIN_PT = 5.5
BOX_MAX_PT = 13.0
#: Share of a box's inside covered by ink above which it counts as ticked or crossed.
BOX_TICKED_INK = 0.08
#: Clear space (points) a box has on both sides at mid-height; letters in a word have less.
BOX_CLEAR_PT = 0.8


def find_checkbox_marks(
    gray: GrayImage, *, dpi: int, shapes: _Shapes | None = None
) -> tuple[Mark, ...]:
    """Printed checkboxes as ``checked``/``unchecked`` marks, by the ink inside them.

    A box is a square contour with a hole that fills its bounding box (unlike a ring),
    with clear space beside it (unlike a letter with a bowl in a word); what is drawn
    inside its inner quarter-margins decides the state.
    """
    import cv2

    ink, holed = shapes or _holed_shapes(gray)
    k = 72.0 / dpi
    marks: list[Mark] = []
    for contour in holed:
        x, y, w, h = cv2.boundingRect(contour)
        if not (BOX_MIN_PT <= w * k <= BOX_MAX_PT and BOX_MIN_PT <= h * k <= BOX_MAX_PT):
            continue
        if not 0.87 <= w / h <= 1.15 or cv2.contourArea(contour) / float(w * h) < 0.8:
            continue
        # A letter with a closed bowl ("D", "B", "0" of a bilevel scan) sits in a word: ink
        # right beside it at mid-height. A box is set off from its wording by a space.
        gap = max(2, round(BOX_CLEAR_PT / k))
        band = ink[y + h // 4 : y + h - h // 4]
        if band[:, x + w + 1 : x + w + 1 + gap].any() or band[:, max(0, x - 1 - gap) : x - 1].any():
            continue
        mx, my = max(1, w // 4), max(1, h // 4)
        inside = ink[y + my : y + h - my, x + mx : x + w - mx]
        ticked = inside.size > 0 and float(inside.mean()) / 255.0 > BOX_TICKED_INK
        box = (x * k, y * k, (x + w) * k, (y + h) * k)
        marks.append(Mark(box, "checked" if ticked else "unchecked", 0.8))
    return tuple(marks)


#: A loop drawn round an option code, in points: about a digit or two wide, taller than text.
CIRCLE_MIN_PT = 11.0
#: A smaller loop (a form printed reduced, two pages a sheet) counts when it is round
#: and rings a code: a capital "O" of a heading is as tall but hollow, and a bold word a
#: photo's blur closes into a holed blob is neither round nor open inside.
CIRCLE_SMALL_MIN_PT = 9.5
#: Roundness (4 pi area / perimeter squared; 1 for a circle) a small loop must reach.
CIRCLE_SMALL_ROUNDNESS = 0.84
#: Share of a small loop's middle that is ink: a code's strokes, not nothing, not solid.
CIRCLE_SMALL_INSIDE_INK = (0.1, 0.5)
CIRCLE_MAX_W_PT = 34.0
CIRCLE_MAX_H_PT = 24.0


def find_circle_marks(
    gray: GrayImage, *, dpi: int, shapes: _Shapes | None = None
) -> tuple[Mark, ...]:
    """Loops drawn round option codes (printed ellipses, pen circles) as ``circle`` marks.

    A candidate is a contour with a hole whose size is that of a circled code and whose
    area fills about an ellipse's share of its box (pi/4): a box (a checkbox, a table
    cell) fills all of it, a letter is smaller. Boxes are in points of ``gray``'s frame.
    """
    import cv2

    ink, holed = shapes or _holed_shapes(gray)
    k = 72.0 / dpi
    marks: list[Mark] = []
    for contour in holed:
        x, y, w, h = cv2.boundingRect(contour)
        wp, hp = w * k, h * k
        if not (
            CIRCLE_SMALL_MIN_PT <= hp <= CIRCLE_MAX_H_PT
            and CIRCLE_SMALL_MIN_PT * 0.8 <= wp <= CIRCLE_MAX_W_PT
        ):
            continue
        fill = cv2.contourArea(contour) / float(w * h)
        if not 0.62 <= fill <= 0.88:
            continue
        if hp < CIRCLE_MIN_PT or wp < CIRCLE_MIN_PT * 0.8:
            perimeter = cv2.arcLength(contour, True)
            roundness = 4 * np.pi * cv2.contourArea(contour) / max(perimeter * perimeter, 1.0)
            mx, my = max(1, w // 4), max(1, h // 4)
            middle = ink[y + my : y + h - my, x + mx : x + w - mx]
            low, high = CIRCLE_SMALL_INSIDE_INK
            if (
                roundness < CIRCLE_SMALL_ROUNDNESS
                or middle.size == 0
                or not low <= float(middle.mean()) / 255.0 <= high
            ):
                continue
        marks.append(Mark((x * k, y * k, (x + w) * k, (y + h) * k), "circle", 0.8))
    return tuple(marks)


def _ocr_lines(attempt: _Ocr, *, dpi: int, width_px: int, height_px: int) -> tuple[Line, ...]:
    """Tesseract lines grouped into visual rows (in the deskewed frame), boxes mapped to points."""
    units: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in _without_debris(attempt.words, dpi=dpi):
        units.setdefault(w.line_key, []).append(w)

    def px_box(w: OcrWord) -> BBox:
        return (float(w.left), float(w.top), float(w.left + w.width), float(w.top + w.height))

    unit_list = list(units.values())
    rows = group_rows(unit_list, key=lambda u: union_bbox(px_box(w) for w in u))
    k = 72.0 / dpi
    lines: list[Line] = []
    for row in rows:
        words: list[Word] = []
        for unit in row:
            for w in unit:
                box = px_box(w)
                if attempt.inverse is not None:
                    box = imageops.map_box(box, attempt.inverse)
                x0 = min(max(box[0], 0.0), width_px) * k
                y0 = min(max(box[1], 0.0), height_px) * k
                x1 = min(max(box[2], 0.0), width_px) * k
                y1 = min(max(box[3], 0.0), height_px) * k
                words.append(Word(w.text, (x0, y0, x1, y1), w.confidence, "ocr"))
        lines.append(Line.of(words))
    return tuple(lines)


#: OCR "words" flatter than this (points) are specks or bits of a ruled line, not letters
#: (the x-height of 6 pt type is about 3 pt)...
SPECK_MAX_PT = 2.5
#: ...unless Tesseract is this sure of them.
SPECK_MAX_CONFIDENCE = 0.8
#: A "|" taller than this many times the page's usual word height is a table rule.
RULE_BAR_HEIGHTS = 1.5


def _without_debris(words: Sequence[OcrWord], *, dpi: int) -> list[OcrWord]:
    """Tesseract's words without the specks and rule fragments it reads as text ("t", "K",
    "Mma nam me" on the line under a value) and without the vertical table rules it reads
    as "|": a rule a row and a half tall would join two rows of the table into one line."""
    if not words:
        return []
    speck = SPECK_MAX_PT * dpi / 72.0
    heights = sorted(w.height for w in words)
    bar = RULE_BAR_HEIGHTS * heights[len(heights) // 2]
    # A line of nothing but flat marks ("-", "_" under a value) is a rule, however sure.
    lettered = {w.line_key for w in words if w.height >= speck}
    return [
        w
        for w in words
        if not (
            w.height < speck and (w.confidence < SPECK_MAX_CONFIDENCE or w.line_key not in lettered)
        )
        and not (w.height > bar and not w.text.strip("|¦![]"))
    ]


def _inside(word: Word, boxes: Sequence[BBox]) -> bool:
    cx = (word.bbox[0] + word.bbox[2]) / 2
    cy = (word.bbox[1] + word.bbox[3]) / 2
    return any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)


def run_job(job: PageJob, options: ExtractOptions, label: str) -> PageResult | _Failure:
    """Do one page job (in a worker or inline); project errors come back as values."""
    run: TesseractRun | None = None
    try:
        # Tesseract starts first and loads its model while the page is decoded.
        run = words_run(lang=options.lang, psm=options.psm, timeout=options.page_timeout)
        notes: list[str] = []
        if job.kind == "pdf":
            gray, dpi = render_pdf_page(job.path, job.index, max_pixels=options.max_pixels)
        else:
            gray, dpi, notes = load_image_frame(
                job.path, job.index, max_pixels=options.max_pixels, label=label
            )
        page = ocr_page_image(gray, dpi=dpi, number=job.number, options=options, run=run)
        del gray
        if job.extra_words or job.mask_boxes:
            kept = [w for w in page.words() if not _inside(w, job.mask_boxes)]
            lines = group_lines([*kept, *job.extra_words])
            page = Page(
                number=page.number,
                width=page.width,
                height=page.height,
                lines=lines,
                source=page.source,
                dpi=page.dpi,
                rotation=page.rotation,
                skew=page.skew,
                marks=page.marks + job.extra_marks,
            )
        elif job.extra_marks:
            page = Page(
                number=page.number,
                width=page.width,
                height=page.height,
                lines=page.lines,
                source=page.source,
                dpi=page.dpi,
                rotation=page.rotation,
                skew=page.skew,
                marks=page.marks + job.extra_marks,
            )
        return PageResult(page=page, warnings=notes)
    except RekomError as exc:
        return _Failure(type(exc), exc.message, exc.detail)
    finally:
        if run is not None:
            run.cancel()  # (nothing to stop when it read the page)


def _pool_context() -> multiprocessing.context.BaseContext:
    # forkserver: workers start from a clean process, not a fork of a caller that may hold
    # threads and locks (Prefect, a web server); cheaper than spawn after the first worker.
    return multiprocessing.get_context("forkserver")


def run_jobs(jobs: Sequence[PageJob], options: ExtractOptions, *, label: str) -> list[PageResult]:
    """Run page jobs, in parallel when there is more than one; results in job order.

    At most two jobs per worker are queued at a time, so rendered pages (the
    memory) stay bounded however long the document is.
    """
    if not jobs:
        return []
    workers = max(1, options.workers or os.cpu_count() or 1)
    results: dict[int, PageResult] = {}
    if workers == 1 or len(jobs) == 1:
        for i, job in enumerate(jobs):
            outcome = run_job(job, options, label)
            if isinstance(outcome, _Failure):
                outcome.reraise()
            assert isinstance(outcome, PageResult)
            results[i] = outcome
        return [results[i] for i in range(len(jobs))]

    workers = min(workers, len(jobs))
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context()) as pool:
        pending: dict[Future[PageResult | _Failure], int] = {}
        queue = iter(enumerate(jobs))

        def submit_next() -> None:
            nxt = next(queue, None)
            if nxt is not None:
                pending[pool.submit(run_job, nxt[1], options, label)] = nxt[0]

        for _ in range(2 * workers):
            submit_next()
        try:
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    i = pending.pop(fut)
                    try:
                        outcome = fut.result()
                    except BrokenProcessPool as exc:
                        raise ToolError(
                            "Proses OCR berhenti mendadak / an OCR worker process died "
                            "(out of memory, killed, or a script calling load_document "
                            "without an `if __name__ == '__main__':` guard).",
                            detail=str(exc),
                        ) from exc
                    if isinstance(outcome, _Failure):
                        outcome.reraise()
                    assert isinstance(outcome, PageResult)
                    results[i] = outcome
                    submit_next()
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise
    return [results[i] for i in range(len(jobs))]


# -- the image reader --------------------------------------------------------------------------


class ImageReader:
    """TIFF (multi-page), JPEG and PNG scans and photos: every page is OCRed."""

    name = "image"

    _MAGIC = (b"II*\x00", b"MM\x00*", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")

    def score(self, source: Source) -> int | None:
        return 100 if source.head.startswith(self._MAGIC) else None

    def read(self, source: Source, options: ExtractOptions) -> Document:
        with materialised(source) as path:
            sizes = self._frames(path, source, options)
            if options.ocr == "never":
                # Pages keep their size (at the declared or assumed dpi) but get no text; they
                # were not OCRed, so they do not count as OCR pages (as for a PDF).
                pages = tuple(
                    Page(
                        number=i + 1,
                        width=w * 72 / dpi,
                        height=h * 72 / dpi,
                        lines=(),
                        source="text",
                        dpi=dpi,
                    )
                    for i, (w, h, dpi) in enumerate(sizes)
                )
                return Document(pages=pages, source_kind="image", file_name=source.name)
            jobs = [
                PageJob(kind="image", path=str(path), index=i, number=i + 1)
                for i in range(len(sizes))
            ]
            results = run_jobs(jobs, options, label=source.label)
        notes = tuple(n for r in results for n in r.warnings)
        return Document(
            pages=tuple(r.page for r in results),
            source_kind="image",
            file_name=source.name,
            warnings=notes,
        )

    @staticmethod
    def _frames(path: Path, source: Source, options: ExtractOptions) -> list[tuple[int, int, int]]:
        """(width, height, dpi) of every frame from the headers; limits checked, nothing decoded."""
        sizes: list[tuple[int, int, int]] = []
        with open_image(path, label=source.label, max_pixels=options.max_pixels) as im:
            try:
                frames = int(getattr(im, "n_frames", 1))
            except (OSError, ValueError, EOFError) as exc:
                raise CorruptDocument(
                    f"Gambar rusak / damaged image: {source.label}", detail=str(exc)
                ) from exc
            if frames > options.max_pages:
                raise TooManyPages(
                    f"Gambar berisi {frames} halaman, batas {options.max_pages} / too many "
                    f"pages: {source.label}"
                )
            for i in range(frames):
                try:
                    im.seek(i)
                except (OSError, EOFError) as exc:
                    raise CorruptDocument(
                        f"Gambar rusak / damaged image: {source.label}", detail=str(exc)
                    ) from exc
                check_image_size(im, max_pixels=options.max_pixels, label=source.label)
                sizes.append((im.width, im.height, round(image_dpi(im) or ASSUMED_SCAN_DPI)))
        return sizes


@contextmanager
def materialised(source: Source) -> Iterator[Path]:
    """A path to the input: its own, or a temporary copy of the bytes (workers open it)."""
    if source.path is not None:
        yield source.path
        return
    import tempfile

    assert source.data is not None
    with tempfile.TemporaryDirectory(prefix="rekom-extract-") as tmp:
        path = Path(tmp) / "input"
        path.write_bytes(source.data)
        yield path


register_reader(ImageReader())

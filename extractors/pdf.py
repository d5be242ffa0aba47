"""PDF reader: the text layer where it is usable, OCR for the other pages, AcroForm values.

Order of work, cheapest first:

1. pdfium (C, robust) opens the file: encrypted (an empty password is tried),
   damaged and over-long documents are refused here, before any Python parser
   sees them. It also counts each page's characters and objects.
2. pdfplumber reads words on pages that have characters. A page's text layer is
   *usable* when it has real words (:func:`text_quality`), mostly upright, and
   is not just a watermark on a full-page scan. Other pages become OCR jobs.
3. pypdf reads AcroForm fields: values by name in ``Document.form_fields`` and,
   per widget, words (source "acroform") at the widget's rectangle, so a filled
   value sits on the same line as its printed label. Checkboxes also give a
   :class:`Mark` and a box glyph word (☒/☐).

Geometry is pdfplumber's frame (points, top-left of the page as displayed, page
rotation applied), shifted to the crop box so it matches what pdfium renders and
what a viewer shows.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from extractors.base import ExtractOptions, Source, register_reader
from extractors.document import (
    CHECKED_GLYPH,
    TICK_MARKS,
    UNCHECKED_GLYPH,
    BBox,
    Document,
    Mark,
    Page,
    Word,
    group_lines,
    symbol_glyph,
)
from extractors.raster import PDFIUM_LOCK, PageJob, materialised, run_jobs
from rekom.errors import CorruptDocument, EncryptedDocument, TooManyPages

log = logging.getLogger(__name__)

#: A page with more objects than this is not given to pdfplumber (pure Python, slow on
#: CAD-like pages); it is rendered and OCRed instead.
MAX_PAGE_OBJECTS = 50_000
#: Likewise for characters: a dense A4 page has 5-10 thousand.
MAX_PAGE_CHARS = 100_000
#: Share of characters in plausible words below which a text layer is garbage.
MIN_TEXT_QUALITY = 0.6
#: A full-page image with fewer characters than this on top is a scan with a watermark
#: ("Dipindai dengan CamScanner") or a stamp: OCR it.
SCAN_WATERMARK_CHARS = 120
#: Share of the page an image must cover to count as a scan.
SCAN_IMAGE_COVER = 0.5
#: Confidence given to a text layer lying over a full-page image: someone else's OCR.
SANDWICH_CONFIDENCE = 0.9

_PDFIUM_ERR_PASSWORD = 4


# -- text-layer quality ------------------------------------------------------------------------

_VOWELS = set("aeiouyAEIOUYàáâäèéêëìíîïòóôöùúûüÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ")
_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{6,}")
_EDGE_PUNCT = "\"'()[]{}<>.,;:!?«»“”‘’-–—/\\*•·"


def _plausible(token: str) -> bool:
    """Does this look like a word, number, code or address a form would contain?"""
    if "(cid:" in token:
        return False
    core = token.strip(_EDGE_PUNCT)
    if not core:
        return True
    for ch in core:
        cat = unicodedata.category(ch)
        # Private-use glyphs, control characters and U+FFFD come from broken font encodings.
        if cat in ("Co", "Cc", "Cs", "Cn") or ch == "\ufffd":
            return False
    letters = [ch for ch in core if ch.isalpha()]
    if not letters:
        return True  # numbers, dates, phone numbers, codes
    if len(letters) < len(core) / 2:
        return True  # "R.1.2", "0718-736", "dinkes@x.go.id"-like mixtures
    if len(letters) >= 4:
        vowels = sum(1 for ch in letters if ch in _VOWELS)
        if not 0.12 <= vowels / len(letters) <= 0.9:
            return False
        if _CONSONANT_RUN.search(core):
            return False
    return True


def text_quality(tokens: Sequence[str]) -> float:
    """Share (0-1) of the characters that sit in plausible tokens; 0 for no text."""
    total = good = 0
    for token in tokens:
        n = len(token)
        total += n
        if _plausible(token):
            good += n
    return good / total if total else 0.0


# -- geometry ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Frame:
    """Maps PDF user space to this page's top-left display frame (pdfplumber's, cropped)."""

    ctm: tuple[float, float, float, float, float, float]
    height: float
    shift_x: float
    shift_y: float

    @classmethod
    def of(
        cls, mediabox: Sequence[float], rotate: int, *, height: float, shift: tuple[float, float]
    ) -> _Frame:
        x0, y0, x1, y1 = (float(v) for v in mediabox)
        x0, x1 = min(x0, x1), max(x0, x1)
        y0, y1 = min(y0, y1), max(y0, y1)
        # The transform pdfminer (under pdfplumber) applies for the page's /Rotate.
        ctm: tuple[float, float, float, float, float, float]
        if rotate == 90:
            ctm = (0, -1, 1, 0, -y0, x1)
        elif rotate == 180:
            ctm = (-1, 0, 0, -1, x1, y1)
        elif rotate == 270:
            ctm = (0, 1, -1, 0, y1, -x0)
        else:
            ctm = (1, 0, 0, 1, -x0, -y0)
        return cls(ctm=ctm, height=height, shift_x=shift[0], shift_y=shift[1])

    def box(self, rect: Sequence[float]) -> BBox:
        a, b, c, d, e, f = self.ctm
        xs: list[float] = []
        ys: list[float] = []
        for x, y in ((rect[0], rect[1]), (rect[2], rect[3])):
            dx, dy = a * x + c * y + e, b * x + d * y + f
            xs.append(dx - self.shift_x)
            ys.append(self.height - dy - self.shift_y)
        return (min(xs), min(ys), max(xs), max(ys))


def split_words(
    text: str, box: BBox, *, source: Any, font_size: float = 0.0, confidence: float = 1.0
) -> list[Word]:
    """Words of a value laid in a box on one line, ~half an em per character.

    ``font_size`` 0 means "auto" (as in a widget's /DA): sized from the box height.
    Positions are estimates; the words never leave the box.
    """
    tokens = text.split()
    if not tokens:
        return []
    x0, y0, x1, y1 = box
    size = font_size if font_size > 0 else min(max(y1 - y0, 1.0) * 0.7, 12.0)
    chars = sum(len(t) for t in tokens) + len(tokens) - 1
    unit = min(0.5 * size, (x1 - x0) / max(chars, 1))
    words: list[Word] = []
    x = x0 + min(2.0, (x1 - x0) * 0.05)
    for token in tokens:
        w = len(token) * unit
        words.append(Word(token, (x, y0, min(x + w, x1), y1), confidence, source))
        x += w + unit
    return words


# -- AcroForm ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _PageForm:
    words: list[Word] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    boxes: list[BBox] = field(default_factory=list)


def _inherited(annot: Any, key: str) -> Any:
    node, depth = annot, 0
    while node is not None and depth < 32:
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
        depth += 1
    return None


def _full_name(annot: Any) -> str | None:
    parts: list[str] = []
    node, depth = annot, 0
    while node is not None and depth < 32:
        if "/T" in node:
            parts.append(str(node["/T"]))
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
        depth += 1
    return ".".join(reversed(parts)) or None


_FONT_SIZE = re.compile(r"([\d.]+)\s+Tf")


def _font_size(da: Any) -> float:
    """The font size in a default-appearance string ("/Helv 10 Tf 0 g"); 0 = auto."""
    match = _FONT_SIZE.search(str(da or ""))
    try:
        return float(match.group(1)) if match else 0.0
    except ValueError:
        return 0.0


def _name_value(value: Any) -> str:
    return str(value).lstrip("/")


def _read_form(
    pages: Sequence[Any], frames: Sequence[_Frame], *, default_da: Any = None
) -> tuple[dict[str, str | bool], list[_PageForm]]:
    """Field values by name, and per page the words/marks/boxes of widgets and FreeText."""
    values: dict[str, str | bool] = {}
    per_page = [_PageForm() for _ in pages]
    for i, page in enumerate(pages):
        annots = page.get("/Annots")
        if annots is None:
            continue
        for ref in annots.get_object():
            annot = ref.get_object()
            subtype = annot.get("/Subtype")
            rect = annot.get("/Rect")
            if rect is None or len(rect) != 4:
                continue
            box = frames[i].box([float(v) for v in rect])
            form = per_page[i]
            if subtype == "/FreeText":
                # Text typed onto a page in a viewer ("typewriter", Fill & Sign).
                contents = annot.get("/Contents")
                if contents:
                    form.words.extend(split_words(str(contents), box, source="text"))
                continue
            if subtype != "/Widget":
                continue
            name = _full_name(annot)
            ftype = _inherited(annot, "/FT")
            value = _inherited(annot, "/V")
            if ftype == "/Btn":
                flags = int(_inherited(annot, "/Ff") or 0)
                if flags & (1 << 16):  # push button: no value
                    continue
                # The widget's appearance state says what is shown; /V is the field's value.
                state = annot.get("/AS")
                shown = state if state is not None else value
                checked = shown is not None and _name_value(shown) != "Off"
                if flags & (1 << 15):  # radio group: the value is the chosen option
                    if name and value is not None and _name_value(value) != "Off":
                        values[name] = _name_value(value)
                elif name:
                    values[name] = checked
                form.marks.append(Mark(box, "checked" if checked else "unchecked", 1.0, name))
                glyph = CHECKED_GLYPH if checked else UNCHECKED_GLYPH
                form.words.append(Word(glyph, box, 1.0, "acroform"))
                form.boxes.append(box)
            elif ftype in ("/Tx", "/Ch"):
                if isinstance(value, list):  # multi-select list box
                    text = ", ".join(str(v) for v in value)
                else:
                    text = "" if value is None else str(value)
                if name and text:
                    values[name] = text
                size = _font_size(_inherited(annot, "/DA") or default_da)
                form.words.extend(split_words(text, box, source="acroform", font_size=size))
                form.boxes.append(box)
    return values, per_page


# -- the reader --------------------------------------------------------------------------------


@dataclass(slots=True)
class _PageInfo:
    width: float
    height: float
    chars: int
    objects: int
    rotate: int


def _open_pdfium(source: Source) -> Any:
    import pypdfium2 as pdfium

    try:
        if source.path is not None:
            return pdfium.PdfDocument(source.path, password="")
        return pdfium.PdfDocument(source.data, password="")
    except pdfium.PdfiumError as exc:
        if exc.err_code == _PDFIUM_ERR_PASSWORD:
            raise EncryptedDocument(
                f"PDF dilindungi kata sandi / the PDF is password-protected: {source.label}. "
                "Minta salinan tanpa kata sandi / ask for an unprotected copy."
            ) from exc
        raise CorruptDocument(
            f"PDF rusak atau terpotong / damaged or truncated PDF: {source.label}",
            detail=str(exc),
        ) from exc


def _survey(source: Source, options: ExtractOptions) -> list[_PageInfo]:
    """Page sizes, character and object counts, from pdfium (fast, in C)."""
    import pypdfium2.raw as pdfium_c

    with PDFIUM_LOCK:
        return _survey_locked(source, options, pdfium_c)


def _survey_locked(source: Source, options: ExtractOptions, pdfium_c: Any) -> list[_PageInfo]:
    doc = _open_pdfium(source)
    try:
        count = len(doc)
        if count > options.max_pages:
            raise TooManyPages(
                f"PDF berisi {count} halaman, batas {options.max_pages} / too many pages "
                f"({count} > {options.max_pages}): {source.label}"
            )
        if count == 0:
            raise CorruptDocument(f"PDF tanpa halaman / PDF has no pages: {source.label}")
        infos: list[_PageInfo] = []
        for i in range(count):
            page = doc[i]
            try:
                width, height = page.get_size()
                textpage = page.get_textpage()
                chars = textpage.count_chars()
                textpage.close()
                infos.append(
                    _PageInfo(
                        width=width,
                        height=height,
                        chars=chars,
                        objects=int(pdfium_c.FPDFPage_CountObjects(page.raw)),
                        rotate=page.get_rotation() % 360,
                    )
                )
            finally:
                page.close()
        return infos
    finally:
        doc.close()


def _image_cover(page: Any) -> float:
    """Share of the page covered by its largest image."""
    area = float(page.width * page.height) or 1.0
    best = 0.0
    for im in page.images:
        w = max(0.0, min(im["x1"], page.bbox[2]) - max(im["x0"], page.bbox[0]))
        h = max(0.0, min(im["bottom"], page.bbox[3]) - max(im["top"], page.bbox[1]))
        best = max(best, w * h / area)
    return best


@dataclass(slots=True)
class _TextPage:
    words: list[Word]
    usable: bool
    reason: str
    marks: list[Mark] = field(default_factory=list)


#: A drawn loop round an option code is about one or two characters wide; bigger curves
#: (stamps, logos, signatures) are not option marks.
CIRCLE_MIN_SIZE = 5.0
CIRCLE_MAX_WIDTH = 40.0
CIRCLE_MAX_HEIGHT = 25.0


def _circle_marks(page: Any, *, crop: BBox, skip: Sequence[BBox] = ()) -> list[Mark]:
    """Small stroked curves (an ellipse or a pen loop round a code) as ``circle`` marks;
    not those in ``skip`` (radio buttons and rounded boxes, read as box glyphs)."""
    sx, sy = crop[0], crop[1]
    marks: list[Mark] = []
    for curve in page.curves:
        w = curve["x1"] - curve["x0"]
        h = curve["bottom"] - curve["top"]
        if not (
            CIRCLE_MIN_SIZE <= w <= CIRCLE_MAX_WIDTH and CIRCLE_MIN_SIZE <= h <= CIRCLE_MAX_HEIGHT
        ):
            continue
        if curve.get("fill") and not curve.get("stroke"):
            continue  # a filled blob (a bullet), not a loop drawn round something
        box = (curve["x0"] - sx, curve["top"] - sy, curve["x1"] - sx, curve["bottom"] - sy)
        if any(all(abs(a - b) < 0.5 for a, b in zip(box, c, strict=True)) for c in skip):
            continue
        marks.append(Mark(box, "circle", 1.0))
    return marks


#: Two glyphs of the same character closer than this (points) are one glyph printed twice.
DUPLICATE_TOLERANCE = 1.0


def without_duplicate_chars(page: Any, *, tolerance: float = DUPLICATE_TOLERANCE) -> Any:
    """The page without glyphs printed twice at (almost) the same place ("fake bold",
    text drawn again for a shadow), which would double letters in words.

    What pdfplumber's ``dedupe_chars`` does, in linear time: its version sorts the
    characters and costs about a second per page of a dense form, more than reading
    the page. A glyph is dropped when one already kept has the same text, font and size
    within ``tolerance`` points in x and y (grid cells of that size, neighbours checked).
    """
    kept: dict[tuple[Any, ...], list[tuple[float, float]]] = {}
    drop: set[int] = set()
    for char in page.chars:
        x, y = float(char["x0"]), float(char["top"])
        cx, cy = int(x // tolerance), int(y // tolerance)
        attrs = (char["text"], char.get("fontname"), round(float(char.get("size", 0)), 2))
        duplicate = False
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for ox, oy in kept.get((*attrs, cx + dx, cy + dy), ()):
                    if abs(ox - x) <= tolerance and abs(oy - y) <= tolerance:
                        duplicate = True
                        break
                if duplicate:
                    break
            if duplicate:
                break
        if duplicate:
            drop.add(id(char))
        else:
            kept.setdefault((*attrs, cx, cy), []).append((x, y))
    if not drop:
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) not in drop)


def _text_layer(page: Any, *, crop: BBox) -> _TextPage:
    """Words of one pdfplumber page in the cropped top-left frame, and whether to trust them."""
    for char in page.chars:
        # A Word symbol (a Wingdings checkbox, a Symbol tick) prints under a private-use
        # code in its symbol font, or in OpenSymbol when LibreOffice made the PDF.
        text = char["text"]
        if len(text) == 1 and 0xF000 <= ord(text) <= 0xF0FF:
            char["text"] = symbol_glyph(char.get("fontname"), ord(text)) or text
    raw = without_duplicate_chars(page).extract_words(keep_blank_chars=False, use_text_flow=True)
    cover = _image_cover(page)
    sx, sy = crop[0], crop[1]
    confidence = SANDWICH_CONFIDENCE if cover >= SCAN_IMAGE_COVER else 1.0
    words = [
        Word(
            w["text"],
            (w["x0"] - sx, w["top"] - sy, w["x1"] - sx, w["bottom"] - sy),
            confidence,
            "text",
        )
        for w in raw
        if crop[0] <= (w["x0"] + w["x1"]) / 2 <= crop[2]
        and crop[1] <= (w["top"] + w["bottom"]) / 2 <= crop[3]
    ]
    chars = sum(len(w.text) for w in words)
    if not words:
        return _TextPage(words, False, "no text")
    upright = sum(len(w["text"]) for w in raw if w.get("upright", True))
    if upright < 0.5 * max(1, sum(len(w["text"]) for w in raw)):
        return _TextPage(words, False, "text runs sideways")
    quality = text_quality([w.text for w in words])
    if quality < MIN_TEXT_QUALITY:
        return _TextPage(words, False, f"text layer is garbage (quality {quality:.2f})")
    if cover >= SCAN_IMAGE_COVER and chars < SCAN_WATERMARK_CHARS:
        return _TextPage(words, False, f"scan with only {chars} characters of text on it")
    boxed = _drawn_boxes(page, words, crop=crop)
    controls = [w.bbox for w in boxed if w.text in (CHECKED_GLYPH, UNCHECKED_GLYPH)]
    return _TextPage(boxed, True, "usable", _circle_marks(page, crop=crop, skip=controls))


#: A checkbox drawn as a square (points a side), and how far from square it may be.
DRAWN_BOX_MIN = 5.5
DRAWN_BOX_MAX = 14.0
DRAWN_BOX_SKEW = 2.0


def _dark(color: Any) -> bool:
    """Is a PDF fill colour (grey, RGB or CMYK components 0-1) dark, not paper white?"""
    if isinstance(color, (int, float)):
        color = (color,)
    if not isinstance(color, (tuple, list)) or not color:
        return False
    try:
        parts = [float(c) for c in color]
    except (TypeError, ValueError):
        return False
    if len(parts) == 4:  # CMYK: ink, not light
        return max(parts[3], sum(parts[:3]) / 3) > 0.4
    return sum(parts) / len(parts) < 0.6


def _drawn_boxes(page: Any, words: list[Word], *, crop: BBox) -> list[Word]:
    """Checkboxes drawn as squares become glyph words, as typed ones are: an empty square
    is ``☐``, a square with only an "X" (or a tick) in it is ``☒``; squares with other
    text in them, and squares in a row touching each other (boxes for a code's digits),
    are left alone."""
    sx, sy = crop[0], crop[1]
    squares: list[BBox] = []
    filled: list[BBox] = []  # solid shapes: a filled box, or the dot of a chosen radio
    dark: set[BBox] = set()  # boxes and rings filled dark themselves (a chosen option)
    for shape in (*page.rects, *page.curves):
        w, h = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
        box = (shape["x0"] - sx, shape["top"] - sy, shape["x1"] - sx, shape["bottom"] - sy)
        if shape.get("fill") and not shape.get("stroke", True) and w <= DRAWN_BOX_MAX:
            filled.append(box)
        if not (DRAWN_BOX_MIN <= w <= DRAWN_BOX_MAX and DRAWN_BOX_MIN <= h <= DRAWN_BOX_MAX):
            continue
        if abs(w - h) > DRAWN_BOX_SKEW:
            continue
        if shape.get("stroke", True) or shape.get("fill"):
            # A square, a rounded square or a radio button's ring (a web form printed).
            squares.append(box)
            if shape.get("fill") and _dark(shape.get("non_stroking_color")):
                dark.add(box)
    if not squares:
        return words

    def touching(a: BBox, b: BBox) -> bool:
        return (
            a is not b and abs(a[1] - b[1]) < 2 and (abs(a[2] - b[0]) < 2 or abs(b[2] - a[0]) < 2)
        )

    out = list(words)
    for box in squares:
        if any(touching(box, other) for other in squares):
            continue  # a comb of code boxes
        inside = [
            w
            for w in out
            if box[0] <= (w.bbox[0] + w.bbox[2]) / 2 <= box[2]
            and box[1] <= (w.bbox[1] + w.bbox[3]) / 2 <= box[3]
        ]
        if any(w.text not in TICK_MARKS for w in inside):
            continue  # text in the box (a digit, a glyph already): not an empty checkbox
        solid = any(
            box[0] - 0.5 <= (f[0] + f[2]) / 2 <= box[2] + 0.5
            and box[1] - 0.5 <= (f[1] + f[3]) / 2 <= box[3] + 0.5
            for f in filled
        )  # the box filled in, or a dot in the ring
        glyph = CHECKED_GLYPH if inside or solid or box in dark else UNCHECKED_GLYPH
        gone = {id(w) for w in inside}
        out = [w for w in out if id(w) not in gone]
        out.append(Word(glyph, box, 1.0, "text"))
    return out


class PdfReader:
    """Born-digital, scanned, mixed and fillable PDFs."""

    name = "pdf"

    def score(self, source: Source) -> int | None:
        head = source.head[:1024]
        if head.startswith(b"%PDF-"):
            return 100
        # The spec lets junk precede the header; viewers accept it, so do we.
        return 80 if b"%PDF-" in head else None

    def read(self, source: Source, options: ExtractOptions) -> Document:
        infos = _survey(source, options)
        notes: list[str] = []
        form_values, forms = self._form(source, infos, notes)
        text_pages = self._text_pages(source, infos, options, notes)

        pages: dict[int, Page] = {}
        to_ocr: list[int] = []
        for i, info in enumerate(infos):
            form = forms[i]
            text = text_pages.get(i)
            if text is not None and text.usable:
                words = [*text.words, *form.words]
            elif options.ocr == "never":
                words = list(form.words)  # the page stays without its (image) text
            else:
                to_ocr.append(i)
                continue
            pages[i] = Page(
                number=i + 1,
                width=info.width,
                height=info.height,
                lines=group_lines(words),
                source="text",
                marks=(*form.marks, *(text.marks if text is not None else ())),
            )
        if to_ocr:
            # Workers open the file themselves; bytes get a temporary file only now.
            with materialised(source) as path:
                jobs = [
                    PageJob(
                        kind="pdf",
                        path=str(path),
                        index=i,
                        number=i + 1,
                        extra_words=tuple(forms[i].words),
                        extra_marks=tuple(forms[i].marks),
                        mask_boxes=tuple(forms[i].boxes),
                    )
                    for i in to_ocr
                ]
                results = run_jobs(jobs, options, label=source.label)
            for job, result in zip(jobs, results, strict=True):
                pages[job.index] = result.page
                notes.extend(result.warnings)
        return Document(
            pages=tuple(pages[i] for i in range(len(infos))),
            source_kind="pdf",
            file_name=source.name,
            form_fields=form_values,
            warnings=tuple(notes),
        )

    def _text_pages(
        self,
        source: Source,
        infos: Sequence[_PageInfo],
        options: ExtractOptions,
        notes: list[str],
    ) -> dict[int, _TextPage]:
        """pdfplumber words for the pages worth reading; a failing page goes to OCR."""
        if options.ocr == "always":
            return {}
        wanted = [i for i, info in enumerate(infos) if info.chars > 0]
        for i in list(wanted):
            if infos[i].objects > MAX_PAGE_OBJECTS or infos[i].chars > MAX_PAGE_CHARS:
                notes.append(
                    f"halaman {i + 1}: {infos[i].objects} objek, {infos[i].chars} karakter, "
                    "dibaca dengan OCR / too many objects or characters, OCRed"
                )
                wanted.remove(i)
        if not wanted:
            return {}
        import pdfplumber

        out: dict[int, _TextPage] = {}
        with source.open() as fh:
            try:
                pdf = pdfplumber.open(cast(Any, fh), password="")
            except Exception as exc:  # pdfminer raises many types for damaged files
                raise CorruptDocument(
                    f"PDF rusak / damaged PDF: {source.label}", detail=repr(exc)
                ) from exc
            with pdf:
                for i in wanted:
                    try:
                        page = pdf.pages[i]
                        crop = _plumber_crop(page)
                        result = _text_layer(page, crop=crop)
                        page.close()
                    except (Exception, RecursionError) as exc:
                        log.warning("page %d: text layer unreadable (%r); OCR instead", i + 1, exc)
                        notes.append(
                            f"halaman {i + 1}: lapisan teks tidak terbaca, dibaca dengan OCR / "
                            "text layer unreadable, OCRed"
                        )
                        continue
                    if not result.usable:
                        log.info("page %d: %s; OCR instead", i + 1, result.reason)
                    out[i] = result
        return out

    def _form(
        self, source: Source, infos: Sequence[_PageInfo], notes: list[str]
    ) -> tuple[dict[str, str | bool], list[_PageForm]]:
        """AcroForm values and widget words; a damaged form is a warning, not a failure."""
        empty = [_PageForm() for _ in infos]
        import pypdf

        try:
            with source.open() as fh:
                reader = pypdf.PdfReader(fh)
                if reader.is_encrypted:
                    reader.decrypt("")
                pages = list(reader.pages)
                if len(pages) != len(infos):
                    return {}, empty
                if not any("/Annots" in p for p in pages):
                    return {}, empty
                frames = []
                for page, info in zip(pages, infos, strict=True):
                    height = float(
                        page.mediabox.width if info.rotate in (90, 270) else page.mediabox.height
                    )
                    frames.append(
                        _Frame.of(
                            [float(v) for v in page.mediabox],
                            info.rotate,
                            height=height,
                            shift=_pypdf_crop_shift(page, info.rotate),
                        )
                    )
                root: Any = reader.trailer["/Root"]
                acroform = root.get("/AcroForm")
                default_da = acroform.get_object().get("/DA") if acroform is not None else None
                return _read_form(pages, frames, default_da=default_da)
        except Exception as exc:  # pypdf raises many types for damaged forms
            log.warning("form fields unreadable: %r", exc)
            notes.append("isian formulir (AcroForm) tidak terbaca / form fields unreadable")
            return {}, empty


def _plumber_crop(page: Any) -> BBox:
    """The crop box in pdfplumber's frame (words are shifted to its top-left)."""
    box = page.cropbox
    media = page.mediabox
    # Identical boxes are the rule; then nothing moves.
    if tuple(box) == tuple(media):
        return (float(media[0]), float(media[1]), float(media[2]), float(media[3]))
    return (float(box[0]), float(box[1]), float(box[2]), float(box[3]))


def _pypdf_crop_shift(page: Any, rotate: int) -> tuple[float, float]:
    """Where the crop box's top-left lies in the uncropped frame (0, 0 when uncropped)."""
    media = [float(v) for v in page.mediabox]
    crop = [float(v) for v in page.cropbox]
    if crop == media:
        return (0.0, 0.0)
    height = (media[2] - media[0]) if rotate in (90, 270) else (media[3] - media[1])
    frame = _Frame.of(media, rotate, height=height, shift=(0.0, 0.0))
    box = frame.box(crop)
    return (box[0], box[1])


register_reader(PdfReader())

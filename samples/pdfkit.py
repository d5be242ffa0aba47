"""Small reportlab building blocks shared by the PDF layouts.

- fonts (DejaVuSans for ☑/☐ when the system has it, else vector boxes),
- ``Recorder`` and ``Mark``: which page every field lands on, and each
  document's page range in a bundle,
- ``Options``: a row of coded options with the chosen ones circled (printed
  ellipse or a hand-drawn pen loop), ticked or crossed.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

DEJAVU_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
INK = colors.Color(0.09, 0.16, 0.48)  # ballpoint blue

_fonts_checked: bool | None = None


def have_dejavu() -> bool:
    """Register DejaVuSans once; False when the font file is missing (vector fallback)."""
    global _fonts_checked
    if _fonts_checked is None:
        _fonts_checked = False
        if DEJAVU_PATH.is_file():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU_PATH)))
            _fonts_checked = True
    return _fonts_checked


def esc(text: str) -> str:
    """Escape text for a reportlab Paragraph."""
    return escape(text)


@dataclass
class Recorder:
    """Pages on which each document's fields are drawn (1-based, first occurrence)."""

    pages: dict[str, dict[str, int]] = field(default_factory=dict)
    ranges: dict[str, list[int]] = field(default_factory=dict)
    current: str | None = None

    def mark(self, doc_id: str, keys: tuple[str, ...], page: int) -> None:
        self.current = doc_id
        first_last = self.ranges.setdefault(doc_id, [page, page])
        first_last[0] = min(first_last[0], page)
        first_last[1] = max(first_last[1], page)
        doc_pages = self.pages.setdefault(doc_id, {})
        for key in keys:
            doc_pages.setdefault(key, page)

    def page_in_doc(self, page: int) -> int:
        """Page number counted from the start of the current document."""
        if self.current is None:
            return page
        return page - self.ranges[self.current][0] + 1


class Mark(Flowable):
    """Zero-size flowable that records the page where it is drawn."""

    def __init__(self, recorder: Recorder, doc_id: str, keys: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.recorder = recorder
        self.doc_id = doc_id
        self.keys = keys
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.recorder.mark(self.doc_id, self.keys, self.canv.getPageNumber())


class Options(Flowable):
    """Coded options laid out in rows; the chosen ones marked.

    mode: ``circle`` (printed ellipse round the code), ``hand`` (pen loop, ink
    colour, a little off-centre), ``check`` (☑/☐ before the label), ``x``
    ("(X)" / "( )" before the label).
    """

    def __init__(
        self,
        options: list[tuple[str, str]],
        chosen: set[str],
        *,
        mode: str,
        font: str = "Helvetica",
        size: float = 8.5,
        rng: random.Random | None = None,
        show_codes: bool = True,
        gap: float = 14,
    ) -> None:
        super().__init__()
        self.options = options
        self.chosen = chosen
        self.mode = mode
        self.font = font
        self.size = size
        self.rng = rng or random.Random(0)
        self.show_codes = show_codes
        self.gap = gap
        self.leading = size * 1.75
        self._placed: list[tuple[float, int, str, str]] = []

    def _item_width(self, code: str, label: str) -> float:
        return pdfmetrics.stringWidth(self._prefix(code) + label, self.font, self.size) + (
            12 if self.mode == "check" else 0
        )

    def _prefix(self, code: str) -> str:
        if self.mode in ("circle", "hand"):
            return f"{code}. " if self.show_codes else ""
        if self.mode == "x":
            return "(X) " if code in self.chosen else "(   ) "
        return ""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._placed = []
        x, line = 0.0, 0
        for code, label in self.options:
            width = self._item_width(code, label)
            if x > 0 and x + width > availWidth:
                x, line = 0.0, line + 1
            self._placed.append((x, line, code, label))
            x += width + self.gap
        self.width = availWidth
        self.height = (line + 1) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setFont(self.font, self.size)
        for x, line, code, label in self._placed:
            y = self.height - (line + 1) * self.leading + self.size * 0.55
            if self.mode == "check":
                self._checkbox(x, y, code in self.chosen)
                canv.setFillColor(colors.black)
                canv.setFont(self.font, self.size)
                canv.drawString(x + 12, y, label)
                continue
            canv.drawString(x, y, self._prefix(code) + label)
            if code in self.chosen and self.mode in ("circle", "hand"):
                code_width = pdfmetrics.stringWidth(code, self.font, self.size)
                cx = x + code_width / 2
                cy = y + self.size * 0.33
                if self.mode == "circle":
                    rx, ry = code_width / 2 + 3.2, self.size * 0.72
                    canv.setLineWidth(0.9)
                    canv.ellipse(cx - rx, cy - ry, cx + rx, cy + ry, stroke=1, fill=0)
                else:
                    pen_loop(canv, cx, cy, code_width / 2 + 3.6, self.size * 0.78, self.rng)

    def _checkbox(self, x: float, y: float, ticked: bool) -> None:
        canv = self.canv
        if have_dejavu():
            canv.setFont("DejaVuSans", self.size + 1.5)
            canv.drawString(x, y - 0.5, "☑" if ticked else "☐")
            return
        side = self.size
        canv.setLineWidth(0.6)
        canv.rect(x, y - 1, side, side, stroke=1, fill=0)
        if ticked:
            canv.setLineWidth(1.2)
            path = canv.beginPath()
            path.moveTo(x + 1.5, y + side * 0.45)
            path.lineTo(x + side * 0.42, y + 0.8)
            path.lineTo(x + side + 1.5, y + side + 1.5)
            canv.drawPath(path, stroke=1, fill=0)


def pen_loop(canv: object, cx: float, cy: float, rx: float, ry: float, rng: random.Random) -> None:
    """A hand-drawn loop round a code: tilted, off-centre, overshooting its start."""
    from reportlab.pdfgen.canvas import Canvas

    assert isinstance(canv, Canvas)
    tilt = rng.uniform(-0.35, 0.35)
    cx += rng.uniform(-1.2, 1.2)
    cy += rng.uniform(-0.8, 0.8)
    start = rng.uniform(0, 2 * math.pi)
    sweep = 2 * math.pi + rng.uniform(0.3, 0.8)
    steps = 28
    canv.saveState()
    canv.setStrokeColor(INK)
    canv.setLineWidth(rng.uniform(0.9, 1.3))
    path = canv.beginPath()
    for i in range(steps + 1):
        t = start + sweep * i / steps
        wobble = 1 + 0.06 * math.sin(3 * t + start)
        px, py = rx * wobble * math.cos(t), ry * wobble * math.sin(t)
        x = cx + px * math.cos(tilt) - py * math.sin(tilt)
        y = cy + px * math.sin(tilt) + py * math.cos(tilt)
        if i == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    canv.drawPath(path, stroke=1, fill=0)
    canv.restoreState()


def scribble(canv: object, x: float, y: float, width: float, rng: random.Random) -> None:
    """A signature: a few joined loops in ink."""
    from reportlab.pdfgen.canvas import Canvas

    assert isinstance(canv, Canvas)
    canv.saveState()
    canv.setStrokeColor(INK)
    canv.setLineWidth(1.0)
    path = canv.beginPath()
    path.moveTo(x, y)
    px = x
    for _ in range(rng.randint(4, 7)):
        dx = width / 6 * rng.uniform(0.6, 1.2)
        path.curveTo(
            px + dx * 0.2,
            y + rng.uniform(12, 26),
            px + dx * 0.9,
            y + rng.uniform(-14, 4),
            px + dx,
            y + rng.uniform(-4, 8),
        )
        px += dx
    path.curveTo(px + 10, y + 18, x + width * 0.3, y - 6, x - 4, y + 6)
    canv.drawPath(path, stroke=1, fill=0)
    canv.restoreState()


def stamp(canv: object, cx: float, cy: float, rng: random.Random) -> None:
    """An office stamp: two rings and a star, in faded violet (no text, so no text layer)."""
    from reportlab.pdfgen.canvas import Canvas

    assert isinstance(canv, Canvas)
    canv.saveState()
    canv.setStrokeColor(colors.Color(0.42, 0.25, 0.62, alpha=0.75))
    canv.setFillColor(colors.Color(0.42, 0.25, 0.62, alpha=0.75))
    canv.setLineWidth(1.4)
    canv.circle(cx, cy, 31, stroke=1, fill=0)
    canv.setLineWidth(0.8)
    canv.circle(cx, cy, 22, stroke=1, fill=0)
    path = canv.beginPath()
    rot = rng.uniform(0, math.pi)
    for i in range(11):
        r = 9 if i % 2 == 0 else 4
        t = rot + i * math.pi / 5
        if i == 0:
            path.moveTo(cx + r * math.cos(t), cy + r * math.sin(t))
        else:
            path.lineTo(cx + r * math.cos(t), cy + r * math.sin(t))
    path.close()
    canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()


class Emblem(Flowable):
    """A vector emblem in place of a regional coat of arms (a shield with a star)."""

    def __init__(self, size: float = 54) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size * 1.15

    def draw(self) -> None:
        canv = self.canv
        s = self.size
        canv.saveState()
        canv.setLineWidth(1.2)
        canv.setFillColor(colors.Color(0.85, 0.85, 0.85))
        path = canv.beginPath()
        path.moveTo(s * 0.1, s * 1.1)
        path.lineTo(s * 0.9, s * 1.1)
        path.lineTo(s * 0.9, s * 0.5)
        path.curveTo(s * 0.9, s * 0.2, s * 0.6, s * 0.05, s * 0.5, 0)
        path.curveTo(s * 0.4, s * 0.05, s * 0.1, s * 0.2, s * 0.1, s * 0.5)
        path.close()
        canv.drawPath(path, stroke=1, fill=1)
        canv.setFillColor(colors.black)
        star = canv.beginPath()
        for i in range(11):
            r = s * (0.22 if i % 2 == 0 else 0.09)
            t = math.pi / 2 + i * math.pi / 5
            x, y = s * 0.5 + r * math.cos(t), s * 0.68 + r * math.sin(t)
            if i == 0:
                star.moveTo(x, y)
            else:
                star.lineTo(x, y)
        star.close()
        canv.drawPath(star, stroke=0, fill=1)
        canv.setLineWidth(0.8)
        for i in range(4):
            canv.line(s * 0.25, s * (0.36 - i * 0.06), s * 0.75, s * (0.36 - i * 0.06))
        canv.restoreState()


class HandSignature(Flowable):
    """Space for a signature with an ink scribble and, optionally, a stamp over it."""

    def __init__(self, rng: random.Random, *, width: float = 150, with_stamp: bool = True) -> None:
        super().__init__()
        self.rng = rng
        self.sig_width = width
        self.with_stamp = with_stamp

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, 52

    def draw(self) -> None:
        scribble(self.canv, 18, 20, self.sig_width * 0.7, self.rng)
        if self.with_stamp:
            stamp(self.canv, -4, 26, self.rng)

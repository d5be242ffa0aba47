"""Fillable PDF forms (AcroForm): text fields and checkboxes carrying the values.

The static page shows the labels and R. numbers; the values live only in the
form fields (as when an agency fills the official fillable PDF and saves it),
so a reader must take them from the AcroForm, not from the page text.

Field names follow the R. numbers: ``judul``, ``tahun``, ``r1_1``, ``r1_2a`` ...;
an option is a checkbox ``<item>_<code>`` (``r3_1_2`` = R.3.1 code 2); the
variable table ``r4_2_<row>_nama|ref|sumber``; the schedule
``r7_5<letter>_mulai|selesai``. Each field's tooltip is its printed label.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from samples.fmt import fmt_date
from samples.formspec import SPECS, Item, chosen
from samples.layouts_pdf import Part, Rendered, _FormWriter
from samples.pdfkit import Recorder

_LEFT, _RIGHT, _TOP, _BOTTOM = 42.0, 42.0, 48.0, 50.0
_LABEL_W = 185.0
_FIELD_X = _LEFT + _LABEL_W + 8
_FONT = "Helvetica"
_SIZE = 8.5


class _Page:
    """Cursor over the pages of a canvas."""

    def __init__(self, canvas: Canvas, title: str) -> None:
        self.c = canvas
        self.title = title
        self.width, self.height = A4
        self.page = 1
        self.y = self.height - _TOP
        self.field_w = self.width - _RIGHT - _FIELD_X

    def need(self, height: float) -> None:
        if self.y - height < _BOTTOM:
            self.footer()
            self.c.showPage()
            self.page += 1
            self.y = self.height - _TOP

    def footer(self) -> None:
        self.c.setFont(_FONT, 7.5)
        self.c.drawCentredString(self.width / 2, 24, f"{self.title} – Halaman {self.page}")


def render_fillable(part: Part) -> Rendered:
    """Draw an FS3 or FP-KPA as a filled AcroForm PDF."""
    doc = part.doc
    spec = SPECS[doc.form_type]
    writer = _FormWriter(part, Recorder())
    fields = doc.fields
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1)
    canvas.setTitle(" ".join(spec.heading))
    canvas.setAuthor("Badan Pusat Statistik")
    canvas.setCreator("Adobe Acrobat Pro (formulir isian)")
    page = _Page(canvas, spec.short)
    pages: dict[str, int] = {}
    acro = canvas.acroForm

    def record(keys: tuple[str, ...]) -> None:
        for key in keys:
            pages.setdefault(key, page.page)

    def label(text: str, *, bold: bool = False, indent: float = 0) -> float:
        lines = simpleSplit(text, _FONT, _SIZE, _LABEL_W - indent)
        canvas.setFont("Helvetica-Bold" if bold else _FONT, _SIZE)
        for i, line in enumerate(lines):
            canvas.drawString(_LEFT + indent, page.y - 10 - i * 10, line)
        return len(lines) * 10 + 4

    def text_field(
        name: str,
        value: str,
        tooltip: str,
        *,
        lines: int = 1,
        x: float = _FIELD_X,
        width: float | None = None,
    ) -> float:
        height = 15 + (lines - 1) * 11
        acro.textfield(
            name=name,
            value=value,
            tooltip=tooltip,
            x=x,
            y=page.y - height,
            width=width or page.field_w,
            height=height,
            fontName=_FONT,
            fontSize=9,
            borderWidth=0.6,
            borderColor=colors.Color(0.45, 0.45, 0.55),
            fillColor=colors.Color(0.91, 0.94, 1.0),
            textColor=colors.black,
            fieldFlags="multiline" if lines > 1 else "",
            maxlen=2000,
        )
        return height + 5

    # Title
    canvas.setFont("Helvetica-Bold", 13)
    for line in (*spec.heading, f"({spec.short})"):
        canvas.drawCentredString(page.width / 2, page.y - 12, line)
        page.y -= 16
    canvas.setFont("Helvetica-Oblique", 7.5)
    canvas.drawCentredString(
        page.width / 2,
        page.y - 8,
        "Formulir isian elektronik: isi pada kolom berwarna dan beri tanda pada kotak pilihan.",
    )
    page.y -= 20

    def draw_item(item: Item, base: str) -> None:
        ref = f"R.{item.ref} " if item.ref and not item.sub else ""
        text = f"{item.sub}. {item.label}" if item.sub else f"{ref}{item.label}"
        indent = 12 if item.sub else 0
        if item.kind == "heading":
            page.need(16)
            page.y -= label(text, bold=True)
            return
        if item.kind in ("enum", "set", "yesno", "checks"):
            codes = chosen(item, fields)
            opts = [(opt.code, opt.label) for opt in item.options]
            # Lay the options out in rows of the field column.
            rows: list[list[tuple[float, str, str]]] = [[]]
            x = 0.0
            for code, opt_label in opts:
                w = 14 + stringWidth(opt_label, _FONT, _SIZE) + 12
                if x and x + w > page.field_w:
                    rows.append([])
                    x = 0.0
                rows[-1].append((x, code, opt_label))
                x += w
            height = max(len(rows) * 14, 14) + 4
            label_lines = len(simpleSplit(text, _FONT, _SIZE, _LABEL_W - indent))
            page.need(max(height, label_lines * 10 + 4))
            record(item.field_keys())
            used = label(text, indent=indent)
            canvas.setFont(_FONT, _SIZE)
            for r, row in enumerate(rows):
                for x, code, opt_label in row:
                    y = page.y - 12 - r * 14
                    acro.checkbox(
                        name=f"{base}_{code}",
                        tooltip=f"{item.label}: {opt_label}",
                        checked=code in codes,
                        x=_FIELD_X + x,
                        y=y - 1,
                        size=10,
                        buttonStyle="check",
                        borderWidth=0.6,
                        fieldFlags="",
                    )
                    canvas.setFont(_FONT, _SIZE)
                    canvas.drawString(_FIELD_X + x + 14, y + 1, opt_label)
            page.y -= max(height, used)
            return
        if item.kind == "variabel":
            fpkpa = doc.form_type == "fp-kpa"
            variables = fields.get("variabel", [])
            page.need(50)
            record(item.field_keys())
            page.y -= label(f"{ref}{item.label}")
            cols = ("Nama variabel", "Referensi waktu") + (("Sumber data",) if fpkpa else ())
            widths = (230, 120, 161) if fpkpa else (300, 211)
            canvas.setFont("Helvetica-Bold", 7.5)
            x = _LEFT + 18
            for col, w in zip(cols, widths, strict=True):
                canvas.drawString(x, page.y - 8, col)
                x += w
            page.y -= 12
            for index in range(max(len(variables), 6)):
                page.need(20)
                var = variables[index] if index < len(variables) else {}
                canvas.setFont(_FONT, 8)
                canvas.drawRightString(_LEFT + 14, page.y - 11, f"{index + 1}.")
                x = _LEFT + 18
                names = ("nama", "ref") + (("sumber",) if fpkpa else ())
                keys = ("nama", "referensi_waktu") + (("sumber",) if fpkpa else ())
                for suffix, key, w in zip(names, keys, widths, strict=True):
                    text_field(
                        f"{base}_{index + 1}_{suffix}",
                        var.get(key, ""),
                        f"Variabel {index + 1}: {suffix}",
                        x=x,
                        width=w - 4,
                    )
                    x += w
                page.y -= 19
            page.y -= 4
            return
        if item.kind == "jadwal":
            page.need(30)
            page.y -= label(f"{ref}{item.label}")
            half = (page.field_w - 10) / 2
            canvas.setFont("Helvetica-Bold", 7.5)
            canvas.drawString(_FIELD_X, page.y - 6, "Mulai")
            canvas.drawString(_FIELD_X + half + 10, page.y - 6, "Selesai")
            page.y -= 9
            for opt in item.options:
                page.need(20)
                record((f"jadwal.{opt.value}.mulai", f"jadwal.{opt.value}.selesai"))
                label(f"{opt.code}. {opt.label}", indent=12)
                for i, end in enumerate(("mulai", "selesai")):
                    value = fields.get(f"jadwal.{opt.value}.{end}")
                    text_field(
                        f"{base}{opt.code}_{end}",
                        fmt_date(value, part.style.date) if value else "",
                        f"{opt.label} ({end})",
                        x=_FIELD_X + i * (half + 10),
                        width=half,
                    )
                page.y -= 20
            return
        value = writer.scalar_text(item)
        lines = 1
        if item.kind in ("longtext", "text") and value:
            lines = min(len(simpleSplit(value, _FONT, 9, page.field_w - 6)), 5)
        label_lines = len(simpleSplit(text, _FONT, _SIZE, _LABEL_W - indent))
        page.need(max(15 + (lines - 1) * 11, label_lines * 10) + 6)
        record(item.field_keys())
        used = label(text, indent=indent)
        name = base if item.kind != "year" else "tahun"
        page.y -= max(text_field(name, value, item.label, lines=lines), used)

    for item in spec.cover:
        draw_item(item, item.key)
    for block in spec.blocks:
        page.need(40)
        canvas.setFillColor(colors.Color(0.2, 0.3, 0.5))
        canvas.rect(_LEFT, page.y - 15, page.width - _LEFT - _RIGHT, 15, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(_LEFT + 4, page.y - 11, f"BLOK {block.roman}. {block.title}")
        canvas.setFillColor(colors.black)
        page.y -= 19
        if block.note:
            canvas.setFont("Helvetica-Oblique", 7.5)
            canvas.drawString(_LEFT, page.y - 8, block.note)
            page.y -= 12
        for item in block.items:
            base = "r" + item.ref.replace(".", "_") + item.sub
            draw_item(item, base)
        page.y -= 6
    page.footer()
    canvas.showPage()
    canvas.save()
    return Rendered(buf.getvalue(), page.page, {doc.doc_id: [1, page.page]}, {doc.doc_id: pages})

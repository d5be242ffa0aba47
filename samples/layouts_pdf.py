"""Born-digital PDF layouts (reportlab platypus), one story builder per layout.

Form layouts (FS3 and FP-KPA share them through ``formspec``):

- ``boxed``: the paper form — bordered block tables, "R.1.1" numbers, all
  options printed as "1. Sekali  2. Berulang" with the chosen code circled;
- ``boxed-typewriter``: the same frame filled on a typewriter (Courier values)
  with the codes circled by pen;
- ``table-check``: a Word table No | Uraian | Isian with ☑/☐ before options;
- ``table-x``: a two-column Word table on F4 paper, "(X)" typed before the
  chosen option, other label wording;
- ``colon``: one column "Label : value", no R. numbers, other wording, options
  written out ("Frekuensi : Tahunan"), "-" in empty fields.

Letters: ``letter-kop`` (centred letterhead, "Kepada Yth." block) and
``letter-block`` (left letterhead, "Hal", date on the number line).
Questionnaires: ``kuesioner-boxed`` and ``kuesioner-list``. Terms of
reference: ``kak``. A bundle is several parts in one PDF.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from samples.agencies import AGENCIES
from samples.fmt import PrintStyle, fmt_date, fmt_nip, fmt_phone
from samples.formspec import SPECS, FormSpec, Item, chosen, option_text, scalar_text
from samples.model import Document
from samples.pdfkit import (
    Emblem,
    HandSignature,
    Mark,
    Options,
    Recorder,
    esc,
    have_dejavu,
)
from samples.questions import questions_for

F4 = (215 * mm, 330 * mm)


def _left_table(*args: Any, **kwargs: Any) -> Table:
    """A table aligned left, as office software places them."""
    kwargs.setdefault("hAlign", "LEFT")
    return Table(*args, **kwargs)


FORM_LAYOUTS = ("boxed", "boxed-typewriter", "table-check", "table-x", "colon")
LETTER_LAYOUTS = ("letter-kop", "letter-block")
KUESIONER_LAYOUTS = ("kuesioner-boxed", "kuesioner-list")

#: What software the PDF pretends to come from, per layout (Info dictionary).
PRODUCERS = {
    "boxed": ("Formulir FS3/FP-KPA", "ReportLab PDF Library"),
    "boxed-typewriter": ("Formulir FS3/FP-KPA", "ReportLab PDF Library"),
    "table-check": ("Microsoft® Word 2019", "Microsoft® Word 2019"),
    "table-x": ("Microsoft® Word untuk Microsoft 365", "Microsoft® Word untuk Microsoft 365"),
    "colon": ("Writer", "LibreOffice 7.5"),
    "letter-kop": ("Microsoft® Word 2016", "Microsoft® Word 2016"),
    "letter-block": ("Writer", "LibreOffice 7.4"),
    "kuesioner-boxed": ("Microsoft® Word 2019", "Microsoft® Word 2019"),
    "kuesioner-list": ("Google Docs Renderer", "Skia/PDF m120 Google Docs Renderer"),
    "kak": ("Microsoft® Word 2019", "Microsoft® Word 2019"),
}


@dataclass
class Part:
    """One document to draw, in one layout and print style."""

    doc: Document
    layout: str
    style: PrintStyle
    seed: int


@dataclass
class Rendered:
    data: bytes
    pages: int
    #: doc_id → [first, last] page.
    ranges: dict[str, list[int]]
    #: doc_id → key → page.
    field_pages: dict[str, dict[str, int]]


# --------------------------------------------------------------------------- styles


def _ps(name: str, font: str = "Helvetica", size: float = 9, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.25, **kw)


def _bold(font: str) -> str:
    return {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[
        font
    ]


# --------------------------------------------------------------------------- forms


class _FormWriter:
    """Shared walk over a FormSpec; subclasses decide how a row looks."""

    label_font = "Helvetica"
    value_font = "Helvetica"
    size = 8.8

    def __init__(self, part: Part, rec: Recorder) -> None:
        self.part = part
        self.doc = part.doc
        self.fields = part.doc.fields
        self.style = part.style
        self.rec = rec
        self.spec: FormSpec = SPECS[part.doc.form_type]
        self.rng = random.Random(part.seed)
        self.label_style = _ps("label", self.label_font, self.size)
        self.value_style = _ps("value", self.value_font, self.size + 0.3)
        self.value_bold = _ps("valueb", _bold(self.value_font), self.size + 0.3)
        # Each document keeps one wording per item (offices do not mix versions).
        self.variant: dict[int, int] = {}

    def mark(self, keys: tuple[str, ...]) -> Mark:
        return Mark(self.rec, self.doc.doc_id, keys)

    def label_of(self, item: Item, *, alt: bool) -> str:
        if not alt or len(item.labels) == 1:
            return item.labels[0]
        index = self.variant.setdefault(id(item), self.rng.randrange(1, len(item.labels)))
        return item.labels[index]

    def scalar_text(self, item: Item) -> str:
        return scalar_text(item, self.fields, self.style)


class BoxedForm(_FormWriter):
    """The paper form with R. numbers and circled codes."""

    def __init__(self, part: Part, rec: Recorder, *, typewriter: bool) -> None:
        if typewriter:
            self.value_font = "Courier"
            self.size = 8.6
        super().__init__(part, rec)
        self.typewriter = typewriter
        self.widths = (40, 165, 0)

    def options(self, item: Item) -> Flowable:
        return Options(
            [(opt.code, opt.label) for opt in item.options],
            chosen(item, self.fields),
            mode="hand" if self.typewriter else "circle",
            font="Helvetica",
            size=self.size,
            rng=self.rng,
        )

    def value_cell(self, item: Item) -> list[Flowable]:
        cell: list[Flowable] = [self.mark(item.field_keys())]
        if item.kind in ("enum", "set", "yesno", "checks"):
            cell.append(self.options(item))
        elif item.kind == "heading":
            pass
        else:
            text = self.scalar_text(item)
            style = (
                self.value_bold if item.key == "judul" and not self.typewriter else self.value_style
            )
            cell.append(Paragraph(esc(text), style))
        return cell

    def story(self, avail: float) -> list[Flowable]:
        spec = self.spec
        w_ref, w_label = self.widths[:2]
        w_value = avail - w_ref - w_label
        story: list[Flowable] = [self.mark(())]
        head = _ps("head", "Helvetica-Bold", 13, alignment=TA_CENTER, spaceAfter=1)
        title_box = _left_table(
            [
                [
                    [Paragraph(line, head) for line in spec.heading]
                    + [
                        Paragraph(
                            f"({spec.short})", _ps("s", "Helvetica-Bold", 11, alignment=TA_CENTER)
                        )
                    ],
                    Paragraph(
                        f"<b>{spec.short}</b><br/>Tahun {self.fields.get('tahun', '')}",
                        _ps("tag", "Helvetica", 8, alignment=TA_CENTER),
                    ),
                ]
            ],
            colWidths=(avail - 70, 70),
        )
        title_box.setStyle(
            TableStyle(
                [
                    ("BOX", (1, 0), (1, 0), 1, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        story += [title_box, Spacer(1, 6)]
        cover_rows = [
            [
                Paragraph(esc(item.label), self.label_style),
                self.value_cell(item),
            ]
            for item in spec.cover
        ]
        cover = _left_table(cover_rows, colWidths=(w_ref + w_label, w_value))
        cover.setStyle(self._grid())
        story += [cover, Spacer(1, 4)]
        story.append(
            Paragraph(
                "<i>Petunjuk: lingkari kode jawaban yang sesuai; isian yang tidak berlaku "
                "dikosongkan.</i>",
                _ps("hint", "Helvetica-Oblique", 7.5),
            )
        )
        story.append(Spacer(1, 6))
        for block in spec.blocks:
            rows: list[list[Any]] = [
                [
                    Paragraph(f"<b>BLOK {block.roman}. {esc(block.title)}</b>", self.label_style),
                    "",
                    "",
                ]
            ]
            header_rows = [0]
            if block.note:
                rows.append(
                    [
                        Paragraph(f"<i>{esc(block.note)}</i>", _ps("n", "Helvetica-Oblique", 7.5)),
                        "",
                        "",
                    ]
                )
                header_rows.append(1)
            spans: list[int] = []
            for item in block.items:
                ref = f"R.{item.ref}" if not item.sub else ""
                if item.kind == "heading":
                    rows.append(
                        [
                            Paragraph(f"R.{item.ref}", self.label_style),
                            Paragraph(f"<b>{esc(item.label)}</b>", self.label_style),
                            "",
                        ]
                    )
                    spans.append(len(rows) - 1)
                    continue
                label = f"{item.sub}. {item.label}" if item.sub else item.label
                if item.kind in ("variabel", "jadwal"):
                    rows.append(
                        [
                            Paragraph(ref, self.label_style),
                            Paragraph(f"<b>{esc(label)}</b>", self.label_style),
                            "",
                        ]
                    )
                    spans.append(len(rows) - 1)
                    sub = (
                        self.variabel_table(w_label + w_value - 8)
                        if item.kind == "variabel"
                        else self.jadwal_table(item, w_label + w_value - 8)
                    )
                    rows.append(["", [self.mark(item.field_keys()), sub], ""])
                    spans.append(len(rows) - 1)
                    continue
                indent = "&nbsp;&nbsp;&nbsp;" if item.sub else ""
                rows.append(
                    [
                        Paragraph(ref, self.label_style),
                        Paragraph(indent + esc(label), self.label_style),
                        self.value_cell(item),
                    ]
                )
            table = _left_table(rows, colWidths=(w_ref, w_label, w_value), splitByRow=1)
            style = self._grid()
            for r in header_rows:
                style.add("SPAN", (0, r), (-1, r))
                style.add("BACKGROUND", (0, r), (-1, r), colors.Color(0.86, 0.86, 0.86))
            for r in spans:
                style.add("SPAN", (1, r), (2, r))
            table.setStyle(style)
            story += [table, Spacer(1, 8)]
        story.append(self.signature_block(avail))
        story.append(self.mark(()))
        return story

    def _grid(self) -> TableStyle:
        return TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )

    def variabel_table(self, width: float) -> Table:
        fpkpa = self.doc.form_type == "fp-kpa"
        head = ["No.", "Nama Variabel", "Referensi Waktu"] + (["Sumber Data"] if fpkpa else [])
        rows: list[list[Any]] = [[Paragraph(f"<b>{h}</b>", self.label_style) for h in head]]
        for i, var in enumerate(self.fields.get("variabel", []), 1):
            row = [str(i), var["nama"], var["referensi_waktu"]] + ([var["sumber"]] if fpkpa else [])
            rows.append([Paragraph(esc(cell), self.value_style) for cell in row])
        for _ in range(2):  # blank rows, as on the printed form
            rows.append(["", "", ""] + ([""] if fpkpa else []))
        widths = (
            (26, width * 0.5, width * 0.25)
            if not fpkpa
            else (26, width * 0.38, width * 0.2, width * 0.32)
        )
        widths = (*widths[:-1], width - sum(widths[:-1]))
        table = _left_table(rows, colWidths=widths)
        table.setStyle(self._grid())
        return table

    def jadwal_table(self, item: Item, width: float) -> Table:
        rows: list[list[Any]] = [
            [Paragraph(f"<b>{h}</b>", self.label_style) for h in ("Kegiatan", "Mulai", "Selesai")]
        ]
        for opt in item.options:
            cells: list[Any] = [Paragraph(f"{opt.code}. {esc(opt.label)}", self.label_style)]
            for end in ("mulai", "selesai"):
                value = self.fields.get(f"jadwal.{opt.value}.{end}")
                text = fmt_date(value, self.style.date) if value else ""
                cells.append(Paragraph(esc(text), self.value_style))
            rows.append(cells)
        table = _left_table(rows, colWidths=(width * 0.44, width * 0.28, width * 0.28))
        table.setStyle(self._grid())
        return table

    def signature_block(self, avail: float) -> Flowable:
        signer = self.doc.info["signer"]
        place_date = f"{self.doc.info['city']}, {fmt_date(self.doc.info['signed'], 'long')}"
        lines = [
            Paragraph(esc(place_date), self.label_style),
            Paragraph("Penanggung Jawab Kegiatan,", self.label_style),
            HandSignature(self.rng, width=120, with_stamp=False),
            Paragraph(f"<u>{esc(signer.nama)}</u>", self.label_style),
        ]
        if signer.nip:
            lines.append(Paragraph(f"NIP. {fmt_nip(signer.nip, spaced=True)}", self.label_style))
        table = _left_table([["", lines]], colWidths=(avail * 0.55, avail * 0.45))
        return KeepTogether([table])


class TableForm(_FormWriter):
    """A form re-typed in Word as a table: ☑/☐ (mode 'check') or "(X)" (mode 'x')."""

    label_font = "Times-Roman"
    value_font = "Times-Roman"
    size = 10.0

    def __init__(self, part: Part, rec: Recorder, *, mode: str) -> None:
        if mode == "x":
            self.label_font = self.value_font = "Helvetica"
            self.size = 9.2
        super().__init__(part, rec)
        self.mode = mode
        self.numbered = mode == "check"

    def option_paragraph(self, item: Item) -> Flowable:
        codes = chosen(item, self.fields)
        if self.mode == "check" and not have_dejavu():
            return Options(
                [(o.code, o.label) for o in item.options],
                codes,
                mode="check",
                font=self.value_font,
                size=self.size,
            )
        parts = []
        for opt in item.options:
            on = opt.code in codes
            if self.mode == "check":
                box = "☑" if on else "☐"
                parts.append(f'<font name="DejaVuSans">{box}</font>&nbsp;{esc(opt.label)}')
            else:
                box = "(X)" if on else "(&nbsp;&nbsp;&nbsp;)"
                parts.append(f"{box}&nbsp;{esc(opt.label)}")
        return Paragraph("&nbsp;&nbsp;&nbsp; ".join(parts), self.value_style)

    def value_cell(self, item: Item) -> list[Flowable]:
        cell: list[Flowable] = [self.mark(item.field_keys())]
        if item.kind in ("enum", "set", "yesno", "checks"):
            cell.append(self.option_paragraph(item))
        elif item.kind == "variabel":
            cell.append(self.variabel_text())
        elif item.kind == "jadwal":
            cell.append(self.jadwal_text(item))
        else:
            cell.append(Paragraph(esc(self.scalar_text(item)), self.value_style))
        return cell

    def variabel_text(self) -> Flowable:
        fpkpa = self.doc.form_type == "fp-kpa"
        head = ["No", "Variabel", "Referensi waktu"] + (["Sumber"] if fpkpa else [])
        rows: list[list[Any]] = [[Paragraph(f"<b>{h}</b>", self.value_style) for h in head]]
        for i, var in enumerate(self.fields.get("variabel", []), 1):
            row = [f"{i}.", var["nama"], var["referensi_waktu"]] + (
                [var["sumber"]] if fpkpa else []
            )
            rows.append([Paragraph(esc(c), self.value_style) for c in row])
        widths = (20, 120, 80) if not fpkpa else (20, 95, 62, 83)
        table = _left_table(rows, colWidths=widths)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    def jadwal_text(self, item: Item) -> Flowable:
        rows: list[list[Any]] = [
            [Paragraph(f"<b>{h}</b>", self.value_style) for h in ("Tahapan", "Mulai", "Selesai")]
        ]
        for opt in item.options:
            row = [opt.label]
            for end in ("mulai", "selesai"):
                value = self.fields.get(f"jadwal.{opt.value}.{end}")
                row.append(fmt_date(value, self.style.date) if value else self.style.empty)
            rows.append([Paragraph(esc(c), self.value_style) for c in row])
        table = _left_table(rows, colWidths=(100, 80, 80))
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    def story(self, avail: float) -> list[Flowable]:
        alt = self.mode == "x"
        title = _ps("t", _bold(self.label_font), 12.5, alignment=TA_CENTER, spaceAfter=2)
        story: list[Flowable] = [self.mark(())]
        for line in self.spec.heading:
            story.append(Paragraph(line, title))
        story.append(Paragraph(f"({self.spec.short})", title))
        story.append(Spacer(1, 8))
        cover_rows = [
            [
                Paragraph(f"<b>{esc(self.label_of(item, alt=alt))}</b>", self.label_style),
                self.value_cell(item),
            ]
            for item in self.spec.cover
        ]
        widths_cover = (avail * 0.32, avail * 0.68)
        cover = _left_table(cover_rows, colWidths=widths_cover)
        cover.setStyle(self._grid())
        story += [cover, Spacer(1, 10)]
        block_head = _ps("bh", _bold(self.label_font), self.size + 0.5, spaceBefore=4, spaceAfter=3)
        for block in self.spec.blocks:
            title_text = block.titles[1] if alt and len(block.titles) > 1 else block.title
            story.append(CondPageBreak(60))
            story.append(Paragraph(f"BLOK {block.roman}. {esc(title_text)}", block_head))
            if block.note:
                story.append(Paragraph(f"<i>({esc(block.note)})</i>", self.label_style))
            rows: list[list[Any]] = []
            for item in block.items:
                label = self.label_of(item, alt=alt)
                if item.sub:
                    label = f"{item.sub}. {label}"
                if item.kind == "heading":
                    label_cell = Paragraph(f"<b>{esc(label)}</b>", self.label_style)
                    value: Any = ""
                else:
                    label_cell = Paragraph(esc(label), self.label_style)
                    value = self.value_cell(item)
                if self.numbered:
                    rows.append(
                        [
                            Paragraph("" if item.sub else item.ref, self.label_style),
                            label_cell,
                            value,
                        ]
                    )
                else:
                    rows.append([label_cell, value])
            widths = (
                (30, avail * 0.3, avail * 0.7 - 30)
                if self.numbered
                else (avail * 0.34, avail * 0.66)
            )
            table = _left_table(rows, colWidths=widths, splitByRow=1)
            table.setStyle(self._grid())
            story += [table, Spacer(1, 6)]
        story.append(self.closing(avail))
        story.append(self.mark(()))
        return story

    def _grid(self) -> TableStyle:
        return TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )

    def closing(self, avail: float) -> Flowable:
        signer = self.doc.info["signer"]
        place_date = f"{self.doc.info['city']}, {fmt_date(self.doc.info['signed'], 'long')}"
        lines: list[Flowable] = [
            Paragraph(esc(place_date), self.value_style),
            Paragraph("Mengetahui,", self.value_style),
            Paragraph(esc(self.fields.get("penanggung_jawab.jabatan", "")) + ",", self.value_style),
            Spacer(1, 40),
            Paragraph(f"<b><u>{esc(signer.nama)}</u></b>", self.value_style),
        ]
        if signer.pangkat:
            lines.append(Paragraph(esc(signer.pangkat), self.value_style))
        if signer.nip:
            lines.append(Paragraph(f"NIP {signer.nip}", self.value_style))
        table = _left_table([["", lines]], colWidths=(avail * 0.5, avail * 0.5))
        return KeepTogether([Spacer(1, 10), table])


class ColonForm(_FormWriter):
    """One column of "Label : value" lines, no R. numbers, options written out."""

    label_font = "Helvetica"
    value_font = "Helvetica"
    size = 9.5

    def __init__(self, part: Part, rec: Recorder) -> None:
        super().__init__(part, rec)
        self.style = PrintStyle(**{**part.style.as_dict(), "empty": "-"})

    def value_text(self, item: Item) -> str:
        if item.kind in ("enum", "set"):
            return option_text(item, self.fields) or self.style.empty
        if item.kind == "yesno":
            value = self.fields.get(item.key)
            return self.style.empty if value is None else ("Ya" if value else "Tidak")
        return self.scalar_text(item)

    def story(self, avail: float) -> list[Flowable]:
        title = _ps("t", "Helvetica-Bold", 12, alignment=TA_CENTER, spaceAfter=1)
        story: list[Flowable] = [self.mark(())]
        story.append(Paragraph(" ".join(self.spec.heading) + f" ({self.spec.short})", title))
        story.append(Spacer(1, 10))
        w_label, w_colon = avail * 0.36, 10
        w_value = avail - w_label - w_colon

        def row(label: str, value: Any, keys: tuple[str, ...]) -> list[Any]:
            cell = [
                self.mark(keys),
                value if isinstance(value, Flowable) else Paragraph(esc(value), self.value_style),
            ]
            return [Paragraph(esc(label), self.label_style), ":", cell]

        rows: list[list[Any]] = [
            row(self.label_of(item, alt=True), self.value_text(item), item.field_keys())
            for item in self.spec.cover
        ]
        story.append(self._table(rows, (w_label, w_colon, w_value)))
        letters = "ABCDEFG"
        for index, block in enumerate(self.spec.blocks):
            title_text = block.titles[-1]
            story.append(CondPageBreak(50))
            story.append(
                Paragraph(
                    f"{letters[index]}. {esc(title_text)}",
                    _ps("bh", "Helvetica-Bold", 10, spaceBefore=9, spaceAfter=3),
                )
            )
            rows = []
            heading = ""
            for item in block.items:
                label = self.label_of(item, alt=True)
                if item.kind == "heading":
                    heading = label
                    continue
                # "Nama" alone is ambiguous once the R. numbers are gone: say whose.
                if item.sub and item.key.split(".")[0] in (
                    "penanggung_jawab",
                    "manajer",
                    "pj_teknis",
                ):
                    label = f"{label} {heading}"
                if item.kind == "variabel":
                    rows.append(row(label, self.variabel_text(), item.field_keys()))
                elif item.kind == "jadwal":
                    rows.append([Paragraph(esc(label), self.label_style), ":", ""])
                    for opt in item.options:
                        start = self.fields.get(f"jadwal.{opt.value}.mulai")
                        end = self.fields.get(f"jadwal.{opt.value}.selesai")
                        text = (
                            f"{fmt_date(start, self.style.date) if start else '-'} s.d. "
                            f"{fmt_date(end, self.style.date) if end else '-'}"
                        )
                        # Each stage row may land on the next page: mark its own keys.
                        keys = (f"jadwal.{opt.value}.mulai", f"jadwal.{opt.value}.selesai")
                        rows.append(row(f"   - {opt.label}", text, keys))
                elif item.kind == "checks":
                    for opt in item.options:
                        value = self.fields.get(opt.value)
                        text = self.style.empty if value is None else ("Ya" if value else "Tidak")
                        rows.append(row(opt.label, text, (opt.value,)))
                else:
                    rows.append(row(label, self.value_text(item), item.field_keys()))
            story.append(self._table(rows, (w_label, w_colon, w_value)))
        story.append(Spacer(1, 16))
        signer = self.doc.info["signer"]
        sig = [
            Paragraph(
                esc(f"{self.doc.info['city']}, {fmt_date(self.doc.info['signed'], 'long')}"),
                self.value_style,
            ),
            Paragraph(
                esc(self.fields.get("penanggung_jawab.jabatan", "Penanggung Jawab")),
                self.value_style,
            ),
            HandSignature(self.rng, width=110, with_stamp=True),
            Paragraph(f"<u>{esc(signer.nama)}</u>", self.value_style),
        ]
        story.append(KeepTogether([_left_table([["", sig]], colWidths=(avail * 0.5, avail * 0.5))]))
        story.append(self.mark(()))
        return story

    def variabel_text(self) -> Flowable:
        lines = []
        for i, var in enumerate(self.fields.get("variabel", []), 1):
            text = f"{i}. {var['nama']} (referensi waktu: {var['referensi_waktu']}"
            if "sumber" in var:
                text += f"; sumber: {var['sumber']}"
            lines.append(esc(text + ")"))
        return Paragraph("<br/>".join(lines) or "-", self.value_style)

    def _table(self, rows: list[list[Any]], widths: tuple[float, float, float]) -> Table:
        table = _left_table(rows, colWidths=widths, splitByRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("FONT", (1, 0), (1, -1), "Helvetica", 9.5),
                ]
            )
        )
        return table


# --------------------------------------------------------------------------- letters


def _letterhead(doc: Document, avail: float, *, centred: bool) -> list[Flowable]:
    agency = AGENCIES[doc.info["agency"]]
    info = doc.info
    align = TA_CENTER if centred else TA_LEFT
    lines = [
        Paragraph(esc(line), _ps("g", "Helvetica-Bold", 12.5, alignment=align))
        for line in agency.government
    ]
    lines += [
        Paragraph(esc(line), _ps("u", "Helvetica-Bold", 15 if centred else 13.5, alignment=align))
        for line in agency.unit
    ]
    contact = [esc(info["street"])]
    if info.get("phone"):
        contact.append(f"Telp. {esc(fmt_phone(info['phone'], 'paren'))}")
    if info.get("fax"):
        contact.append(f"Faks. {esc(fmt_phone(info['fax'], 'paren'))}")
    contact_line = ", ".join(contact) + f" Kode Pos {info['postcode']}"
    web = f"Surel: {esc(info['email'])}"
    if info.get("website"):
        web += f" &nbsp;Laman: {esc(info['website'])}"
    lines.append(Paragraph(contact_line, _ps("c", "Helvetica", 8, alignment=align)))
    lines.append(Paragraph(web, _ps("w", "Helvetica", 8, alignment=align)))
    table = _left_table([[Emblem(50), lines]], colWidths=(62, avail - 62))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    out: list[Flowable] = [
        table,
        Spacer(1, 2),
        HRFlowable(width="100%", thickness=2.2, color=colors.black, spaceAfter=1),
    ]
    if centred:
        out.append(HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceAfter=6))
    else:
        out.append(Spacer(1, 6))
    return out


def _letter_story(part: Part, rec: Recorder, avail: float, *, variant: str) -> list[Flowable]:
    doc = part.doc
    f = doc.fields
    info = doc.info
    rng = random.Random(part.seed)
    body = _ps(
        "b",
        "Times-Roman",
        11.5,
        alignment=TA_JUSTIFY,
        firstLineIndent=28 if variant == "kop" else 0,
        spaceAfter=6,
    )
    plain = _ps("p", "Times-Roman", 11.5)
    story: list[Flowable] = [Mark(rec, doc.doc_id, ("instansi",))]
    story += _letterhead(doc, avail, centred=variant == "kop")
    date_text = (
        f"{info['city']}, {fmt_date(f['tanggal_surat'], 'long')}" if "tanggal_surat" in f else ""
    )
    nomor = f.get("nomor_surat", "................................")
    if variant == "kop":
        story.append(
            _left_table(
                [
                    [
                        "",
                        [
                            Mark(rec, doc.doc_id, ("tanggal_surat",)),
                            Paragraph(esc(date_text), plain),
                        ],
                    ]
                ],
                colWidths=(avail * 0.55, avail * 0.45),
            )
        )
    meta_label = "Perihal" if variant == "kop" else "Hal"
    meta = [
        ["Nomor", ":", [Mark(rec, doc.doc_id, ("nomor_surat",)), Paragraph(esc(nomor), plain)]],
        ["Sifat", ":", Paragraph(esc(info["sifat"]), plain)],
        ["Lampiran", ":", Paragraph(esc(info["lampiran"]), plain)],
        [
            meta_label,
            ":",
            [
                Mark(rec, doc.doc_id, ("perihal",)),
                Paragraph(f"<b>{esc(f.get('perihal', ''))}</b>", plain),
            ],
        ],
    ]
    if variant == "kop":
        meta_table = _left_table(meta, colWidths=(58, 10, avail * 0.55))
    else:
        meta[0].append(
            [
                Mark(rec, doc.doc_id, ("tanggal_surat",)),
                Paragraph(esc(date_text), _ps("r", "Times-Roman", 11.5, alignment=TA_RIGHT)),
            ]
        )
        for row in meta[1:]:
            row.append("")
        meta_table = _left_table(meta, colWidths=(58, 10, avail * 0.5, avail * 0.5 - 68))
    meta_table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (1, -1), "Times-Roman", 11.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    story += [meta_table, Spacer(1, 12)]
    kepada = [Mark(rec, doc.doc_id, ("kepada",))]
    addressee_city = info["addressee_city"]
    if variant == "kop":
        kepada += [
            Paragraph("Kepada", plain),
            Paragraph(f"Yth. {esc(f['kepada'])}", plain),
            Paragraph("di -", plain),
            Paragraph(
                f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<u>{esc(addressee_city.upper())}</u>", plain
            ),
        ]
        story.append(_left_table([["", kepada]], colWidths=(avail * 0.5, avail * 0.5)))
    else:
        kepada += [
            Paragraph(f"Yth. {esc(f['kepada'])}", plain),
            Paragraph(f"di {esc(addressee_city)}", plain),
        ]
        story += kepada
    story.append(Spacer(1, 14))
    for para in info["body"]:
        story.append(Paragraph(esc(para), body))
    for i, name in enumerate(info["attachments"], 1):
        story.append(
            Paragraph(
                f"{i}. {esc(name)};" if i < len(info["attachments"]) else f"{i}. {esc(name)}.",
                _ps(
                    "li",
                    "Times-Roman",
                    11.5,
                    leftIndent=(28 if variant == "kop" else 0) + 14,
                    firstLineIndent=-14,
                ),
            )
        )
    story.append(Spacer(1, 6))
    for para in info["closing"]:
        story.append(Paragraph(esc(para), body))
    story.append(Spacer(1, 10))
    sig: list[Flowable] = [Mark(rec, doc.doc_id, ("penandatangan.jabatan",))]
    if info.get("an_line"):
        sig.append(Paragraph(esc(info["an_line"]), plain))
    sig.append(Paragraph(esc(f["penandatangan.jabatan"]) + ",", plain))
    sig.append(HandSignature(rng, width=140, with_stamp=True))
    sig.append(Mark(rec, doc.doc_id, ("penandatangan.nama", "penandatangan.nip")))
    sig.append(Paragraph(f"<b><u>{esc(f['penandatangan.nama'])}</u></b>", plain))
    if info.get("pangkat"):
        sig.append(Paragraph(esc(info["pangkat"]), plain))
    if "penandatangan.nip" in f:
        printed = info.get("nip_printed") or fmt_nip(
            f["penandatangan.nip"], spaced=part.style.nip_spaced
        )
        sig.append(Paragraph(f"NIP. {esc(printed)}", plain))
    story.append(KeepTogether([_left_table([["", sig]], colWidths=(avail * 0.48, avail * 0.52))]))
    story.append(Spacer(1, 14))
    tembusan = [Paragraph("<u>Tembusan:</u>", _ps("t", "Times-Roman", 9.5))]
    tembusan += [
        Paragraph(f"{i}. {esc(t)}", _ps("t2", "Times-Roman", 9.5))
        for i, t in enumerate(info["tembusan"], 1)
    ]
    story += tembusan
    story.append(Mark(rec, doc.doc_id, ()))
    return story


# --------------------------------------------------------------------------- kuesioner and KAK


class CodeBoxes(Flowable):
    """Empty code boxes at the right of a questionnaire line."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.count * 13, 13

    def draw(self) -> None:
        for i in range(self.count):
            self.canv.rect(i * 13, 0, 13, 13)


_PETUNJUK = (
    "Kuesioner diisi oleh petugas melalui wawancara langsung dengan responden.",
    "Tuliskan jawaban dengan huruf cetak menggunakan pulpen berwarna hitam atau biru.",
    "Untuk pertanyaan dengan pilihan jawaban, lingkari kode jawaban yang sesuai dan "
    "tuliskan kode tersebut pada kotak yang tersedia.",
    "Pertanyaan isian ditulis dengan angka tanpa tanda pemisah ribuan.",
    "Periksa kembali kelengkapan isian sebelum meninggalkan responden.",
)


def _kuesioner_story(part: Part, rec: Recorder, avail: float, *, variant: str) -> list[Flowable]:
    doc = part.doc
    agency = AGENCIES[doc.info["agency"]]
    judul = doc.info["judul"]
    qs = questions_for(doc.info["qbank"])
    story: list[Flowable] = [Mark(rec, doc.doc_id, ())]
    if variant == "boxed":
        head = _left_table(
            [
                [
                    [
                        Paragraph(esc(agency.name.upper()), _ps("a", "Helvetica-Bold", 9)),
                        Paragraph("KUESIONER", _ps("k", "Helvetica-Bold", 14, spaceBefore=4)),
                        Paragraph(esc(judul.upper()), _ps("j", "Helvetica-Bold", 10.5)),
                    ],
                    [
                        Paragraph("<b>RAHASIA</b>", _ps("r", "Helvetica", 10, alignment=TA_CENTER)),
                        Paragraph(
                            esc(doc.info["kode"]), _ps("c", "Helvetica", 8, alignment=TA_CENTER)
                        ),
                    ],
                ]
            ],
            colWidths=(avail - 90, 90),
        )
        head.setStyle(
            TableStyle(
                [("BOX", (1, 0), (1, 0), 1.2, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            )
        )
        story += [head, Spacer(1, 6)]
        story.append(
            Paragraph(
                "Kerahasiaan data responden dijamin sesuai Undang-Undang Nomor 16 Tahun 1997 "
                "tentang Statistik. Data hanya digunakan untuk keperluan statistik.",
                _ps("i", "Helvetica-Oblique", 8),
            )
        )
        story.append(Spacer(1, 6))
        hint = _ps("h", "Helvetica", 8.5, leftIndent=14, firstLineIndent=-14, spaceAfter=1)
        story.append(
            Paragraph("<b>PETUNJUK PENGISIAN</b>", _ps("ph", "Helvetica", 9, spaceAfter=2))
        )
        for i, text in enumerate(_PETUNJUK, 1):
            story.append(Paragraph(f"{i}. {esc(text)}", hint))
        story.append(Spacer(1, 8))
        label = _ps("l", "Helvetica", 8.8)
        for block_title, block_qs in (
            ("I. KETERANGAN TEMPAT", qs.tempat),
            ("II. KETERANGAN RESPONDEN", qs.responden),
            (f"III. {qs.title.upper()}", qs.pokok),
            ("IV. KETERANGAN PETUGAS", qs.petugas),
        ):
            rows: list[list[Any]] = [[Paragraph(f"<b>BLOK {esc(block_title)}</b>", label), "", ""]]
            for number, (question, options, boxes) in enumerate(block_qs, 1):
                cell: list[Flowable] = [Paragraph(esc(question), label)]
                if options:
                    cell.append(
                        Options(
                            [(str(i), o) for i, o in enumerate(options, 1)],
                            set(),
                            mode="circle",
                            size=8.3,
                        )
                    )
                rows.append(
                    [Paragraph(f"{number}.", label), cell, CodeBoxes(boxes) if boxes else ""]
                )
            table = _left_table(rows, colWidths=(24, avail - 24 - 60, 60), splitByRow=1)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                        ("SPAN", (0, 0), (-1, 0)),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("ALIGN", (2, 1), (2, -1), "RIGHT"),
                    ]
                )
            )
            story += [table, Spacer(1, 8)]
        story.append(CondPageBreak(220))
        story.append(Paragraph("<b>BLOK V. CATATAN</b>", label))
        lines = _left_table([[""] for _ in range(12)], colWidths=(avail,), rowHeights=18)
        lines.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ]
            )
        )
        story.append(lines)
    else:
        story.append(Paragraph(esc(judul), _ps("t", "Helvetica-Bold", 15, spaceAfter=4)))
        story.append(
            Paragraph(
                f"Kuesioner ini disusun oleh {esc(agency.name)}. Mohon Bapak/Ibu/Saudara mengisi "
                "setiap pertanyaan sesuai keadaan sebenarnya. Jawaban Anda dijamin kerahasiaannya.",
                _ps("i", "Helvetica", 9.5, spaceAfter=10),
            )
        )
        question = _ps("q", "Helvetica", 10, spaceBefore=7, spaceAfter=2)
        option = _ps("o", "Helvetica", 9.5, leftIndent=18)
        number = 0
        for index, (section, block_qs) in enumerate(
            (("Data Responden", qs.responden), (qs.title, qs.pokok))
        ):
            if index:
                story.append(PageBreak())
            story.append(
                Paragraph(
                    f"Bagian {index + 1} dari 2", _ps("bg", "Helvetica", 8.5, textColor=colors.grey)
                )
            )
            story.append(
                Paragraph(
                    f"<b>{esc(section)}</b>",
                    _ps(
                        "s",
                        "Helvetica-Bold",
                        11,
                        spaceBefore=10,
                        textColor=colors.Color(0.2, 0.3, 0.55),
                    ),
                )
            )
            for text, options, _boxes in block_qs:
                number += 1
                parts = [
                    Paragraph(f"{number}. {esc(text)} <font color='#c00000'>*</font>", question)
                ]
                if options:
                    parts += [
                        Paragraph(
                            f"○&nbsp;&nbsp;{esc(o)}"
                            if have_dejavu()
                            else f"(&nbsp;&nbsp;)&nbsp;{esc(o)}",
                            _ps(
                                "o2",
                                "DejaVuSans" if have_dejavu() else "Helvetica",
                                9.3,
                                leftIndent=18,
                            ),
                        )
                        for o in options
                    ]
                else:
                    parts.append(Paragraph("_" * 60, option))
                story.append(KeepTogether(parts))
        story.append(Spacer(1, 12))
        story.append(
            Paragraph("Terima kasih atas partisipasi Anda.", _ps("e", "Helvetica-Oblique", 9.5))
        )
    story.append(Mark(rec, doc.doc_id, ()))
    return story


def _month_year(day: date) -> str:
    return fmt_date(day.isoformat(), "long").split(" ", 1)[1]


def _kak_story(part: Part, rec: Recorder, avail: float) -> list[Flowable]:
    doc = part.doc
    info = doc.info
    agency = AGENCIES[info["agency"]]
    h = _ps("h", "Times-Bold", 13, alignment=TA_CENTER, spaceAfter=2)
    sec = _ps("s", "Times-Bold", 11.5, spaceBefore=10, spaceAfter=4)
    body = _ps("b", "Times-Roman", 11.5, alignment=TA_JUSTIFY, spaceAfter=5, firstLineIndent=24)
    story: list[Flowable] = [Mark(rec, doc.doc_id, ())]
    story += [
        Paragraph("KERANGKA ACUAN KERJA (KAK)", h),
        Paragraph(esc(info["judul"].upper()), h),
        Paragraph(esc(agency.name.upper()), h),
        Spacer(1, 12),
        Paragraph("A. LATAR BELAKANG", sec),
        Paragraph(
            "Dalam rangka mewujudkan perencanaan pembangunan berbasis data, pemerintah daerah "
            "memerlukan data yang akurat, mutakhir dan dapat dipertanggungjawabkan. Sesuai "
            "amanat Undang-Undang Nomor 16 Tahun 1997 tentang Statistik, setiap instansi "
            "pemerintah yang menyelenggarakan statistik sektoral wajib berkoordinasi dengan "
            "Badan Pusat Statistik.",
            body,
        ),
        Paragraph("B. MAKSUD DAN TUJUAN", sec),
        Paragraph(esc(info["tujuan"]) or "-", body),
        Paragraph("C. SASARAN DAN RUANG LINGKUP", sec),
        Paragraph(
            f"Sasaran kegiatan adalah {info['sampel'] or 'seluruh'} responden terpilih. Ruang "
            "lingkup kegiatan meliputi persiapan, pengumpulan data, pengolahan, analisis dan "
            "penyajian hasil.",
            body,
        ),
        Paragraph("D. JADWAL PELAKSANAAN", sec),
    ]
    rows = [["No", "Tahapan", "Waktu"]]
    jadwal = info["jadwal"]
    stages = sorted({k.split(".")[1] for k in jadwal}, key=lambda s: jadwal[f"jadwal.{s}.mulai"])
    for i, stage in enumerate(stages, 1):
        start = date.fromisoformat(jadwal[f"jadwal.{stage}.mulai"])
        end = date.fromisoformat(jadwal[f"jadwal.{stage}.selesai"])
        months = f"{_month_year(start)} – {_month_year(end)}"
        rows.append([str(i), stage.capitalize(), months])
    table = _left_table(rows, colWidths=(30, 180, avail - 210))
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
                ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
            ]
        )
    )
    story.append(table)
    story += [
        Paragraph("E. ANGGARAN", sec),
        Paragraph(
            f"Kegiatan ini dibiayai dari DPA {esc(agency.name)} Tahun Anggaran 2026 sebesar "
            f"Rp{info['anggaran']:,}".replace(",", ".")
            + ",00.",
            body,
        ),
        Paragraph("F. PENUTUP", sec),
        Paragraph(
            "Demikian kerangka acuan kerja ini disusun sebagai pedoman pelaksanaan kegiatan.",
            body,
        ),
        Mark(rec, doc.doc_id, ()),
    ]
    return story


# --------------------------------------------------------------------------- documents


def _footer(label: str, rec: Recorder) -> Callable[[Canvas, Any], None]:
    def draw(canv: Canvas, doc: Any) -> None:
        page = rec.page_in_doc(canv.getPageNumber())
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        width = canv._pagesize[0]
        canv.drawCentredString(width / 2, 20, f"{label} – Halaman {page}")
        canv.restoreState()

    return draw


def _kind(part: Part) -> str:
    if part.doc.form_type in ("fs3", "fp-kpa"):
        return part.doc.form_type
    return {"surat_pengantar": "letter", "kuesioner": "kuesioner", "lainnya": "kak"}[
        part.doc.form_type
    ]


def render_pdf(
    parts: list[Part], *, pagesize: tuple[float, float] = A4, title: str = ""
) -> Rendered:
    """Draw the parts, one after another on fresh pages, into one PDF."""
    have_dejavu()
    rec = Recorder()
    buf = io.BytesIO()
    first = parts[0]
    creator, producer = PRODUCERS.get(
        first.layout, ("Microsoft® Word 2019", "Microsoft® Word 2019")
    )
    agency = AGENCIES[first.doc.info["agency"]] if "agency" in first.doc.info else None
    doc = BaseDocTemplate(
        buf,
        pagesize=pagesize,
        invariant=1,
        title=title,
        author=agency.name if agency else "",
        creator=creator,
        producer=producer,
        leftMargin=18 * mm,
        rightMargin=16 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
    )
    width, height = pagesize
    margins = {
        "fs3": (16 * mm, 14 * mm, 14 * mm, 16 * mm),
        "fp-kpa": (16 * mm, 14 * mm, 14 * mm, 16 * mm),
        "letter": (25 * mm, 20 * mm, 12 * mm, 16 * mm),
        "kuesioner": (18 * mm, 16 * mm, 14 * mm, 16 * mm),
        "kak": (25 * mm, 22 * mm, 20 * mm, 20 * mm),
    }
    footers = {
        "fs3": _footer("FS3", rec),
        "fp-kpa": _footer("FP-KPA", rec),
        "kuesioner": _footer("Kuesioner", rec),
        "kak": _footer("KAK", rec),
    }
    kinds = list(dict.fromkeys(_kind(p) for p in parts))
    templates = []
    for kind in kinds:
        left, right, top, bottom = margins[kind]
        frame = Frame(
            left,
            bottom,
            width - left - right,
            height - top - bottom,
            id=kind,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        templates.append(
            PageTemplate(id=kind, frames=[frame], onPageEnd=footers.get(kind, lambda c, d: None))
        )
    doc.addPageTemplates(templates)
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        kind = _kind(part)
        left, right, _top, _bottom = margins[kind]
        avail = width - left - right
        if index:
            story += [NextPageTemplate(kind), PageBreak()]
        story += _story(part, rec, avail)
    doc.build(story)
    data = buf.getvalue()
    pages = max(last for _first, last in rec.ranges.values())
    return Rendered(data, pages, rec.ranges, rec.pages)


def _story(part: Part, rec: Recorder, avail: float) -> list[Flowable]:
    layout = part.layout
    if layout == "boxed":
        return BoxedForm(part, rec, typewriter=False).story(avail)
    if layout == "boxed-typewriter":
        return BoxedForm(part, rec, typewriter=True).story(avail)
    if layout == "table-check":
        return TableForm(part, rec, mode="check").story(avail)
    if layout == "table-x":
        return TableForm(part, rec, mode="x").story(avail)
    if layout == "colon":
        return ColonForm(part, rec).story(avail)
    if layout == "letter-kop":
        return _letter_story(part, rec, avail, variant="kop")
    if layout == "letter-block":
        return _letter_story(part, rec, avail, variant="block")
    if layout == "kuesioner-boxed":
        return _kuesioner_story(part, rec, avail, variant="boxed")
    if layout == "kuesioner-list":
        return _kuesioner_story(part, rec, avail, variant="list")
    if layout == "kak":
        return _kak_story(part, rec, avail)
    raise ValueError(f"unknown PDF layout {layout!r}")

"""Word (.docx) layouts made with python-docx, written byte-for-byte reproducibly.

- ``docx-table``: the form as a Word table No | Uraian | Isian, ☑/☐ before options
  (MS Gothic, as Word's checkbox content controls print them);
- ``docx-colon``: "Label<tab>:<tab>value" paragraphs with tab stops and a
  hanging indent, options written out, "-" in empty fields;
- ``letter-docx``: a cover letter with a letterhead rule;
- ``kuesioner-docx``: a questionnaire with numbered questions.

python-docx stamps the current time into docProps/core.xml and the zip entries;
``_stable_zip`` and fixed core properties remove both, so the same seed gives
the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import datetime

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from samples.agencies import AGENCIES
from samples.fmt import PrintStyle, fmt_date, fmt_nip, fmt_phone
from samples.formspec import SPECS, Block, Item, chosen, option_text, scalar_text
from samples.model import Document
from samples.questions import questions_for

DOCX_FORM_LAYOUTS = ("docx-table", "docx-colon")

_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _new(font: str, size: float) -> DocxDocument:
    doc = new_docx()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.paragraph_format.space_after = Pt(2)
    return doc


def _finish(doc: DocxDocument, *, author: str, title: str, day: int) -> bytes:
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.title = title
    props.created = datetime(2026, 1, max(day - 2, 1), 8, 15, 0)
    props.modified = datetime(2026, 1, day, 14, 40, 0)
    props.last_printed = datetime(2026, 1, day, 14, 42, 0)
    props.revision = 3 + day % 5
    props.comments = ""
    props.keywords = ""
    buf = io.BytesIO()
    doc.save(buf)
    return _stable_zip(buf.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """Rewrite a zip with a fixed timestamp and permissions, keeping the entry order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def _cell_text(cell: _Cell, text: str, *, bold: bool = False) -> Paragraph:
    para = cell.paragraphs[0]
    run = para.add_run(text)
    run.bold = bold
    return para


def _widths(table: Table, widths: tuple[float, ...]) -> None:
    table.autofit = False
    # Word reads the cell widths, LibreOffice the grid columns: set both.
    for column, width in zip(table.columns, widths, strict=False):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = Cm(width)


def _checks(para: Paragraph, item: Item, fields: dict[str, object]) -> None:
    codes = chosen(item, fields)
    for i, opt in enumerate(item.options):
        box = para.add_run(("☑" if opt.code in codes else "☐") + " ")
        box.font.name = "MS Gothic"
        para.add_run(opt.label + ("    " if i < len(item.options) - 1 else ""))


def _signed_day(doc: Document) -> int:
    signed = doc.info.get("signed") or doc.fields.get("tanggal_surat") or "2026-01-10"
    return int(str(signed)[8:10])


def render_form_docx(doc: Document, layout: str, style: PrintStyle, *, variant_seed: int) -> bytes:
    """An FS3/FP-KPA as a Word file in ``docx-table`` or ``docx-colon`` layout."""
    spec = SPECS[doc.form_type]
    fields = doc.fields
    colon = layout == "docx-colon"
    word = _new("Arial" if colon else "Times New Roman", 10 if colon else 11)
    if colon:
        style = PrintStyle(**{**style.as_dict(), "empty": "-"})
    title = word.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("\n".join(spec.heading) + f"\n({spec.short})")
    run.bold = True
    run.font.size = Pt(13)
    # Alternative wording where a re-typed form would differ; one choice per item.
    pick = variant_seed

    def label_of(item: Item) -> str:
        nonlocal pick
        if not colon or len(item.labels) == 1:
            return item.labels[0]
        pick = (pick * 1103515245 + 12345) % 2**31
        return item.labels[1 + pick % (len(item.labels) - 1)]

    if colon:
        _colon_body(word, spec.cover, spec.blocks, fields, style, label_of)
    else:
        _table_body(word, spec.cover, spec.blocks, fields, style, doc.form_type)
    signer = doc.info["signer"]
    word.add_paragraph()
    sign = word.add_paragraph(
        f"{doc.info['city']}, {fmt_date(doc.info['signed'], 'long')}\n"
        f"{fields.get('penanggung_jawab.jabatan', 'Penanggung Jawab')},\n\n\n\n"
    )
    sign.paragraph_format.left_indent = Cm(9)
    name = sign.add_run(signer.nama)
    name.bold = True
    name.underline = True
    if signer.nip:
        sign.add_run(f"\nNIP. {fmt_nip(signer.nip, spaced=style.nip_spaced)}")
    agency = AGENCIES[doc.info["agency"]]
    return _finish(word, author=agency.mailbox.upper(), title=spec.short, day=_signed_day(doc))


def _table_body(
    word: DocxDocument,
    cover: tuple[Item, ...],
    blocks: tuple[Block, ...],
    fields: dict[str, object],
    style: PrintStyle,
    form_type: str,
) -> None:
    table = word.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for item in cover:
        cells = table.add_row().cells
        _cell_text(cells[0], item.label, bold=True)
        _cell_text(cells[1], scalar_text(item, fields, style))
    _widths(table, (5, 11.6))
    for block in blocks:
        head = word.add_paragraph()
        head.paragraph_format.space_before = Pt(8)
        head.add_run(f"BLOK {block.roman}. {block.title}").bold = True
        if block.note:
            head.add_run(f"\n({block.note})").italic = True
        table = word.add_table(rows=0, cols=3)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        for item in block.items:
            cells = table.add_row().cells
            _cell_text(cells[0], "" if item.sub else item.ref)
            label = f"{item.sub}. {item.label}" if item.sub else item.label
            _cell_text(cells[1], label, bold=item.kind == "heading")
            if item.kind in ("enum", "set", "yesno", "checks"):
                _checks(cells[2].paragraphs[0], item, fields)
            elif item.kind == "variabel":
                _variabel_table(cells[2], fields, form_type)
            elif item.kind == "jadwal":
                _jadwal_table(cells[2], item, fields, style)
            elif item.kind != "heading":
                _cell_text(cells[2], scalar_text(item, fields, style))
        _widths(table, (1.3, 5.3, 10))


def _variabel_table(cell: _Cell, fields: dict[str, object], form_type: str) -> None:
    fpkpa = form_type == "fp-kpa"
    variables = fields.get("variabel") or []
    assert isinstance(variables, list)
    head = ["No", "Nama variabel", "Referensi waktu"] + (["Sumber"] if fpkpa else [])
    inner = cell.add_table(rows=1, cols=len(head))
    inner.style = "Table Grid"
    for c, text in zip(inner.rows[0].cells, head, strict=True):
        _cell_text(c, text, bold=True)
    for i, var in enumerate(variables, 1):
        values = [f"{i}.", var["nama"], var["referensi_waktu"]] + ([var["sumber"]] if fpkpa else [])
        for c, text in zip(inner.add_row().cells, values, strict=True):
            _cell_text(c, text)
    cell.paragraphs[0].text = ""


def _jadwal_table(cell: _Cell, item: Item, fields: dict[str, object], style: PrintStyle) -> None:
    inner = cell.add_table(rows=1, cols=3)
    inner.style = "Table Grid"
    for c, text in zip(inner.rows[0].cells, ("Tahapan", "Mulai", "Selesai"), strict=True):
        _cell_text(c, text, bold=True)
    for opt in item.options:
        row = inner.add_row().cells
        _cell_text(row[0], opt.label)
        for c, end in zip(row[1:], ("mulai", "selesai"), strict=True):
            value = fields.get(f"jadwal.{opt.value}.{end}")
            _cell_text(c, fmt_date(str(value), style.date) if value else "")


def _colon_body(
    word: DocxDocument,
    cover: tuple[Item, ...],
    blocks: tuple[Block, ...],
    fields: dict[str, object],
    style: PrintStyle,
    name_of: Callable[[Item], str],
) -> None:
    def line(label: str, value: str) -> None:
        para = word.add_paragraph()
        fmt = para.paragraph_format
        fmt.tab_stops.add_tab_stop(Cm(6.2))
        fmt.tab_stops.add_tab_stop(Cm(6.7))
        fmt.left_indent = Cm(6.7)
        fmt.first_line_indent = Cm(-6.7)
        fmt.space_after = Pt(1)
        para.add_run(f"{label}\t:\t{value}")

    def value_of(item: Item) -> str:
        if item.kind in ("enum", "set"):
            return option_text(item, fields) or style.empty
        if item.kind == "yesno":
            value = fields.get(item.key)
            return style.empty if value is None else ("Ya" if value else "Tidak")
        return scalar_text(item, fields, style)

    for item in cover:
        line(name_of(item), value_of(item))
    for number, block in enumerate(blocks, 1):
        head = word.add_paragraph()
        head.paragraph_format.space_before = Pt(9)
        head.add_run(f"{number}. {block.titles[-1]}").bold = True
        heading = ""
        for item in block.items:
            label = name_of(item)
            if item.kind == "heading":
                heading = label
                continue
            if item.sub and item.key.split(".")[0] in ("penanggung_jawab", "manajer", "pj_teknis"):
                label = f"{label} {heading}"
            if item.kind == "checks":
                for opt in item.options:
                    value = fields.get(opt.value)
                    line(opt.label, style.empty if value is None else ("Ya" if value else "Tidak"))
            elif item.kind == "jadwal":
                line(label, "")
                for opt in item.options:
                    start = fields.get(f"jadwal.{opt.value}.mulai")
                    end = fields.get(f"jadwal.{opt.value}.selesai")
                    line(
                        f"    {opt.label}",
                        f"{fmt_date(str(start), style.date) if start else '-'} s.d. "
                        f"{fmt_date(str(end), style.date) if end else '-'}",
                    )
            elif item.kind == "variabel":
                variables = fields.get("variabel") or []
                assert isinstance(variables, list)
                line(label, "")
                table = word.add_table(
                    rows=1, cols=4 if variables and "sumber" in variables[0] else 3
                )
                table.style = "Table Grid"
                head_cells = ["No", "Nama Variabel", "Referensi Waktu", "Sumber Data"]
                for c, text in zip(table.rows[0].cells, head_cells, strict=False):
                    _cell_text(c, text, bold=True)
                for i, var in enumerate(variables, 1):
                    values = [f"{i}", var["nama"], var["referensi_waktu"], var.get("sumber", "")]
                    for c, text in zip(table.add_row().cells, values, strict=False):
                        _cell_text(c, text)
            else:
                line(label, value_of(item))


def _bottom_border(para: Paragraph, size: int) -> None:
    p_pr = para._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "thinThickSmallGap" if size > 12 else "single")
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    p_pr.append(borders)


def render_letter_docx(doc: Document, style: PrintStyle) -> bytes:
    """A cover letter as a Word file."""
    f = doc.fields
    info = doc.info
    agency = AGENCIES[info["agency"]]
    word = _new("Bookman Old Style", 11)
    for line in agency.government:
        para = word.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(line)
        run.bold = True
        run.font.size = Pt(13)
        para.paragraph_format.space_after = Pt(0)
    for line in agency.unit:
        para = word.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(line)
        run.bold = True
        run.font.size = Pt(16)
        para.paragraph_format.space_after = Pt(0)
    contact = info["street"]
    if info.get("phone"):
        contact += f", Telepon {fmt_phone(info['phone'], 'dash')}"
    contact += f", Kode Pos {info['postcode']}\nPos-el: {info['email']}"
    para = word.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run(contact).font.size = Pt(8.5)
    _bottom_border(para, 18)
    date_line = word.add_paragraph(
        f"{info['city']}, {fmt_date(f['tanggal_surat'], 'long')}" if "tanggal_surat" in f else ""
    )
    date_line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    meta = word.add_table(rows=0, cols=3)
    for label, value in (
        ("Nomor", f.get("nomor_surat", "")),
        ("Sifat", info["sifat"]),
        ("Lampiran", info["lampiran"]),
        ("Perihal", f.get("perihal", "")),
    ):
        cells = meta.add_row().cells
        _cell_text(cells[0], label)
        _cell_text(cells[1], ":")
        _cell_text(cells[2], value, bold=label == "Perihal")
    _widths(meta, (2.4, 0.5, 9))
    word.add_paragraph()
    word.add_paragraph(f"Yth. {f['kepada']}\ndi -\n      {info['addressee_city']}")
    word.add_paragraph()
    for text in info["body"]:
        para = word.add_paragraph(text)
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        para.paragraph_format.first_line_indent = Cm(1.25)
    for i, name in enumerate(info["attachments"], 1):
        para = word.add_paragraph(f"{i}. {name}")
        para.paragraph_format.left_indent = Cm(1.9)
        para.paragraph_format.first_line_indent = Cm(-0.6)
    for text in info["closing"]:
        para = word.add_paragraph(text)
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        para.paragraph_format.first_line_indent = Cm(1.25)
    word.add_paragraph()
    sign = word.add_paragraph()
    sign.paragraph_format.left_indent = Cm(8.5)
    if info.get("an_line"):
        sign.add_run(info["an_line"] + "\n")
    sign.add_run(f"{f['penandatangan.jabatan']},\n\n\n\n")
    name = sign.add_run(f["penandatangan.nama"])
    name.bold = True
    name.underline = True
    if info.get("pangkat"):
        sign.add_run("\n" + info["pangkat"])
    if "penandatangan.nip" in f:
        printed = info.get("nip_printed") or fmt_nip(
            f["penandatangan.nip"], spaced=style.nip_spaced
        )
        sign.add_run(f"\nNIP. {printed}")
    tembusan = word.add_paragraph(
        "Tembusan:\n" + "\n".join(f"{i}. {t}" for i, t in enumerate(info["tembusan"], 1))
    )
    tembusan.runs[0].font.size = Pt(9)
    return _finish(
        word, author=agency.mailbox.upper(), title=f.get("perihal", ""), day=_signed_day(doc)
    )


def render_kuesioner_docx(doc: Document) -> bytes:
    """A questionnaire as a Word file."""
    agency = AGENCIES[doc.info["agency"]]
    qs = questions_for(doc.info["qbank"])
    word = _new("Calibri", 11)
    head = word.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run(f"KUESIONER\n{doc.info['judul'].upper()}")
    run.bold = True
    run.font.size = Pt(13)
    word.add_paragraph(agency.name).alignment = WD_ALIGN_PARAGRAPH.CENTER
    word.add_paragraph(
        "Petunjuk: lingkari kode jawaban yang sesuai atau tuliskan jawaban pada tempat yang "
        "tersedia. Kerahasiaan jawaban dijamin."
    ).runs[0].italic = True
    for title, block in (
        ("I. KETERANGAN TEMPAT", qs.tempat),
        ("II. KETERANGAN RESPONDEN", qs.responden),
        (f"III. {qs.title.upper()}", qs.pokok),
        ("IV. KETERANGAN PETUGAS", qs.petugas),
    ):
        para = word.add_paragraph()
        para.paragraph_format.space_before = Pt(10)
        para.add_run(title).bold = True
        for number, (question, options, boxes) in enumerate(block, 1):
            text = f"{number}. {question}"
            if options:
                text += "\n      " + "    ".join(f"{i}. {o}" for i, o in enumerate(options, 1))
            elif not boxes:
                text += " ……………………………………………"
            if boxes:
                text += "    " + "[   ]" * min(boxes, 4)
            word.add_paragraph(text)
    return _finish(word, author=agency.mailbox.upper(), title="Kuesioner", day=12)

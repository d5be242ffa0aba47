"""Build the bundled letter templates (DOCX with Jinja tags for docxtpl).

Run ``.venv/bin/python -m letters.build_templates`` after changing the wording or
an office profile's letterhead facts, and commit the DOCX files it writes; a test
checks that the committed files equal what this script builds. An office that
wants its own letterhead or wording edits a copy in Word and puts it in
``<data_dir>/templates/<code>/`` (see docs/letters.md); it never edits code.

Every Jinja tag is written as the whole text of one run, so Word and docxtpl see
it unbroken. ``{%p ... %}`` tags stand alone in their paragraph (docxtpl removes
that paragraph).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from rekom.offices import BUNDLED_DIR, Office, load_offices

Kind = Literal["rekomendasi", "perbaikan"]
KINDS: tuple[Kind, ...] = ("rekomendasi", "perbaikan")

TEMPLATES_DIR = Path(__file__).parent / "templates"
DEFAULT_NAME = "default"
#: Fixed timestamps so that building twice gives the same bytes.
FIXED_TIME = datetime(2026, 1, 1)
FONT = "Arial"

LEGAL_BASIS = (
    "Undang-Undang Nomor 16 Tahun 1997 tentang Statistik, Peraturan Pemerintah Nomor 51 "
    "Tahun 1999 tentang Penyelenggaraan Statistik Pasal 26, dan Peraturan Presiden Nomor 39 "
    "Tahun 2019 tentang Satu Data Indonesia"
)
REFERENCE = (
    "{% if surat %}Menindaklanjuti surat Saudara nomor {{ surat.nomor }} tanggal "
    "{{ surat.tanggal }} perihal {{ surat.perihal }}{% else %}Menindaklanjuti permohonan "
    "rekomendasi kegiatan statistik yang Saudara sampaikan{% endif %}"
)


def _new_document() -> DocumentType:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    spacing = normal.paragraph_format
    spacing.space_after = Pt(0)
    spacing.space_before = Pt(0)
    props = doc.core_properties
    props.author = "Rekom"
    props.last_modified_by = "Rekom"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 1
    return doc


def _para(
    doc: DocumentType,
    text: str = "",
    *,
    bold: bool = False,
    size: float | None = None,
    align: WD_ALIGN_PARAGRAPH | None = None,
    indent_cm: float | None = None,
    hanging_cm: float | None = None,
    after_pt: float = 0,
) -> Paragraph:
    paragraph = doc.add_paragraph()
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        if size is not None:
            run.font.size = Pt(size)
    if align is not None:
        paragraph.alignment = align
    fmt = paragraph.paragraph_format
    if indent_cm is not None:
        fmt.left_indent = Cm(indent_cm)
    if hanging_cm is not None:
        fmt.first_line_indent = Cm(-hanging_cm)
    fmt.space_after = Pt(after_pt)
    return paragraph


def _tag(doc: DocumentType, tag: str) -> None:
    """A paragraph holding only a ``{%p %}`` tag; docxtpl removes it."""
    doc.add_paragraph().add_run(tag)


def _bottom_rule(paragraph: Paragraph) -> None:
    # The double line under a letterhead (kop surat).
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "double")
    bottom.set(qn("w:sz"), "6")
    bottom.set(qn("w:space"), "4")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    ppr.append(borders)


def _letterhead_lines(office: Office | None) -> tuple[list[str], list[str]]:
    """(bold title lines, small contact lines); Jinja tags for the default template."""
    if office is None:
        titles = ["BADAN PUSAT STATISTIK", "{{ kop.wilayah }}"]
        contact = ["{{ kop.alamat }}", "{{ kop.kontak }}"]
        return titles, contact
    titles = ["BADAN PUSAT STATISTIK"]
    if not office.is_central:
        titles.append(office.wilayah.upper())
    contact_bits = []
    if office.phone:
        contact_bits.append(f"Telp. {office.phone}")
    contact_bits.append(f"E-mail: {office.email}")
    if office.website:
        contact_bits.append(f"Laman: {office.website}")
    return titles, [office.address, ", ".join(contact_bits)]


def _letterhead(doc: DocumentType, office: Office | None) -> None:
    titles, contact = _letterhead_lines(office)
    for title in titles:
        _para(doc, title, bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    last = None
    for line in contact:
        last = _para(doc, line, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    assert last is not None
    _bottom_rule(last)
    _para(doc)


def _no_borders(table_xml: Any) -> None:
    tbl_pr = table_xml.find(qn("w:tblPr"))
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    assert tbl_pr is not None
    tbl_pr.append(borders)


def _header_block(doc: DocumentType, kind: Kind) -> None:
    _para(doc, "{{ tempat }}, {{ tanggal }}", align=WD_ALIGN_PARAGRAPH.RIGHT, after_pt=6)
    lampiran = "-" if kind == "rekomendasi" else "1 (satu) berkas"
    hal = (
        "Rekomendasi Kegiatan Statistik {{ judul }}"
        if kind == "rekomendasi"
        else "Perbaikan Rancangan Kegiatan Statistik {{ judul }}"
    )
    rows = [
        ("Nomor", "{{ nomor }}"),
        ("Sifat", "Biasa"),
        ("Lampiran", lampiran),
        ("Hal", hal),
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _no_borders(table._tbl)
    widths = (Cm(2.3), Cm(0.5), Cm(13.6))
    # LibreOffice reads the grid widths, Word the cell widths: set both.
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row, (label, value) in zip(table.rows, rows, strict=True):
        for cell, text, width in zip(row.cells, (label, ":", value), widths, strict=True):
            cell.width = width
            cell.paragraphs[0].add_run(text)
    _para(doc)


def _addressee(doc: DocumentType) -> None:
    _para(doc, "Yth. {{ kepada.jabatan }}")
    _tag(doc, "{%p if kepada.instansi %}")
    _para(doc, "{{ kepada.instansi }}")
    _tag(doc, "{%p endif %}")
    _para(doc, "di Tempat", after_pt=12)


def _numbered(doc: DocumentType, items: str) -> None:
    _tag(doc, f"{{%p for p in {items} %}}")
    _para(
        doc,
        "{{ p.nomor }}.\t{{ p.teks }}",
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
        indent_cm=0.8,
        hanging_cm=0.6,
        after_pt=3,
    )
    _tag(doc, "{%p endfor %}")


def _body_rekomendasi(doc: DocumentType) -> None:
    justify = WD_ALIGN_PARAGRAPH.JUSTIFY
    _para(
        doc,
        REFERENCE + ", bersama ini kami sampaikan bahwa rancangan kegiatan statistik "
        "{{ judul }} yang diselenggarakan oleh {{ penyelenggara }} telah diperiksa dan "
        "dinyatakan layak untuk dilaksanakan.",
        align=justify,
        after_pt=6,
    )
    _tag(doc, "{%p if saran %}")
    _para(
        doc,
        "Untuk penyempurnaan pelaksanaan kegiatan tersebut, kami sampaikan saran sebagai berikut:",
        align=justify,
        after_pt=3,
    )
    _numbered(doc, "saran")
    _para(doc, after_pt=3)
    _tag(doc, "{%p endif %}")
    _para(
        doc,
        "Rekomendasi ini tercatat dengan nomor identitas {{ rekomendasi_id }}. Mohon nomor "
        "identitas tersebut dan nomor surat ini dicantumkan pada publikasi hasil kegiatan "
        "dan pada setiap surat berikutnya mengenai kegiatan ini.",
        align=justify,
        after_pt=6,
    )
    _para(
        doc,
        "Sesuai dengan "
        + LEGAL_BASIS
        + ", penyelenggara kegiatan statistik sektoral wajib memperhatikan rekomendasi "
        "Badan Pusat Statistik serta menyerahkan hasil kegiatan statistik beserta "
        "metadatanya kepada Badan Pusat Statistik.",
        align=justify,
        after_pt=6,
    )


def _body_perbaikan(doc: DocumentType) -> None:
    justify = WD_ALIGN_PARAGRAPH.JUSTIFY
    _para(
        doc,
        REFERENCE + ", bersama ini kami sampaikan bahwa rancangan kegiatan statistik "
        "{{ judul }} yang diselenggarakan oleh {{ penyelenggara }} telah diperiksa dan "
        "belum dapat diberikan rekomendasi, karena masih memerlukan perbaikan sebagai "
        "berikut:",
        align=justify,
        after_pt=3,
    )
    _numbered(doc, "perbaikan")
    _para(doc, after_pt=3)
    _tag(doc, "{%p if saran %}")
    _para(doc, "Selain itu, kami sampaikan saran sebagai berikut:", align=justify, after_pt=3)
    _numbered(doc, "saran")
    _para(doc, after_pt=3)
    _tag(doc, "{%p endif %}")
    _para(
        doc,
        "Mohon formulir tersebut diperbaiki dan disampaikan kembali kepada {{ kantor }}. "
        "Hasil pemeriksaan ulang kami sampaikan paling lama {{ hari_kerja }} hari kerja "
        "sejak formulir perbaikan terekam lengkap.",
        align=justify,
        after_pt=6,
    )
    _para(
        doc,
        "Sesuai dengan "
        + LEGAL_BASIS
        + ", penyelenggara kegiatan statistik sektoral wajib memberitahukan rancangan "
        "kegiatannya dan memperhatikan rekomendasi Badan Pusat Statistik, serta "
        "menyerahkan hasil kegiatan statistik beserta metadatanya kepada Badan Pusat "
        "Statistik.",
        align=justify,
        after_pt=6,
    )


def _closing(doc: DocumentType) -> None:
    _para(
        doc,
        "Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan "
        "terima kasih.",
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
        after_pt=18,
    )
    indent = 9.0
    _para(doc, "{{ penandatangan.jabatan }},", indent_cm=indent)
    for _ in range(3):
        _para(doc, indent_cm=indent)
    _para(doc, "{{ penandatangan.nama }}", bold=True, indent_cm=indent)
    _para(doc, "NIP {{ penandatangan.nip }}", indent_cm=indent, after_pt=18)
    _tag(doc, "{%p if tembusan %}")
    _para(doc, "Tembusan:", size=9)
    _tag(doc, "{%p for t in tembusan %}")
    _para(doc, "{{ loop.index }}. {{ t }}", size=9)
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")


def build_template(office: Office | None, kind: Kind) -> bytes:
    """The DOCX template of ``kind`` for ``office`` (None: the generic default)."""
    doc = _new_document()
    _letterhead(doc, office)
    _header_block(doc, kind)
    _addressee(doc)
    if kind == "rekomendasi":
        _body_rekomendasi(doc)
    else:
        _body_perbaikan(doc)
    _closing(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    # python-docx stamps every zip member with the current time; fix it so that a
    # rebuild without changes leaves the committed files byte-identical.
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def bundled_offices() -> list[Office]:
    """The offices that ship with Rekom (templates are built for each)."""
    return list(load_offices().values()) if BUNDLED_DIR.is_dir() else []


def expected_templates(offices: Iterable[Office] | None = None) -> dict[Path, bytes]:
    """Relative path (``<code>/<kind>.docx``) → bytes, for the bundled offices and default."""
    targets: list[tuple[str, Office | None]] = [(DEFAULT_NAME, None)]
    targets += [(office.code, office) for office in (offices or bundled_offices())]
    return {
        Path(folder) / f"{kind}.docx": build_template(office, kind)
        for folder, office in targets
        for kind in KINDS
    }


def write_templates(out_dir: Path = TEMPLATES_DIR) -> list[Path]:
    """Write every bundled template under ``out_dir``; returns the paths written."""
    written = []
    for relative, data in expected_templates().items():
        path = out_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover
    import logging

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for path in write_templates():
        logging.getLogger(__name__).info("%s", path)

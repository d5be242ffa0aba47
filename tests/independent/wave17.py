"""Seventeenth wave of the held-out set: three more layouts, made without reading the extractor.

- an FP-KPA from a provincial livestock agency (Sulawesi Barat) typed in Word and exported to
  PDF by LibreOffice: blocks and items numbered by Word's automatic multi-level list (w:numPr;
  "I.", "1.", "a." appear only in the PDF), tab-aligned "Label<TAB>:<TAB>value" lines with a
  hanging indent, the two persons side by side in a small table, schedule, variable table
  (its "No." column auto-numbered too) and processing table ("√" from the Symbol font in a
  "Ya"/"Tidak" column), options as Wingdings checkbox symbols (w:sym F0FE/F0A8);
- an FS3 from a regency manpower office (Deli Serdang) as a .docx: block titles in Word's
  built-in "Heading 2" style, each block a ruled table "No. | Pertanyaan | Jawaban" with a
  shaded header row repeated on every page, items renumbered one question a row ("2.5 Siapa
  manajer survei?"), every choice answered by the chosen option's wording alone ("Wawancara
  tatap muka; Pengisian sendiri oleh responden"), variables in a table nested in the answer
  cell, schedule stages as rows "d1 s.d. d2"; block VI filled (stratified sample);
- the same office's cover letter in Word on F4 paper, exported to PDF by LibreOffice: a
  letterhead table with a drawn emblem at the left and four centred lines (government,
  agency, address, contacts) over a thick-thin double rule; date at the right, Nomor / Sifat
  / Lampiran / Hal at the left (Hal wrapped in the left half), "Yth." addressee over two
  lines with "di Lubuk Pakam"; the attachments as an auto-lettered list; signed by a "Plh."
  head with rank and "NIP. 19760922 200212 1 003"; tembusan.

Content dicts: ``FPKPA_SULBAR``, ``FS3_DELISERDANG``, ``LETTER_DELISERDANG_FIELDS``.
Renderers: :func:`render_fpkpa_word_pdf`, :func:`render_fs3_qa_docx`,
:func:`render_letter_emblem_pdf` (own python-docx code; ``soffice`` for the PDFs, run with a
private throw-away profile).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from tests.independent.content import Shown, expected


def _same(text: str) -> tuple[str, str]:
    return (text, text)


def _span(shown: tuple[str, str], iso: tuple[str, str]) -> tuple[Any, Any]:
    """A schedule stage: the (start, end) dates as printed and as ISO dates."""
    return (shown, iso)


def _printed(c: Shown, key: str) -> Any:
    """What the document prints for ``key`` (a pair of dates for a schedule stage)."""
    return c[key][0]


# --- content ------------------------------------------------------------------------------

#: A provincial livestock agency's monthly compilation of slaughter and animal-health records
#: from four regencies.
FPKPA_SULBAR: Shown = {
    "judul": _same(
        "Kompilasi Data Pemotongan Ternak dan Kesehatan Hewan Provinsi Sulawesi Barat Tahun 2026"
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Peternakan dan Kesehatan Hewan Provinsi Sulawesi Barat"),
    "penyelenggara.alamat": _same(
        "Jl. Abdul Malik Pattana Endeng, Kompleks Perkantoran Gubernur, Rangas, Simboro"
    ),
    "penyelenggara.kabupaten_kota": ("Kabupaten Mamuju", "7604"),
    "penyelenggara.provinsi": ("Sulawesi Barat", "76"),
    "penyelenggara.telepon": ("(0426) 2325117", "+624262325117"),
    "penyelenggara.faks": ("(0426) 2325118", "+624262325118"),
    "penyelenggara.email": _same("disnakkeswan@sulbarprov.go.id"),
    "penanggung_jawab.nama": _same("drh. Muhammad Yasin Tahir, M.Si."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Peternakan dan Kesehatan Hewan"),
    "penanggung_jawab.alamat": _same("Jl. Abdul Malik Pattana Endeng, Mamuju"),
    "penanggung_jawab.telepon": ("0852-9925-1406", "+6285299251406"),
    "penanggung_jawab.faks": ("(0426) 2325118", "+624262325118"),
    "penanggung_jawab.email": _same("yasin.tahir@sulbarprov.go.id"),
    "pj_teknis.nama": _same("Nur Aisyah Rahman, S.Pt., M.Si."),
    "pj_teknis.jabatan": _same("Kepala Seksi Data dan Informasi Peternakan"),
    "pj_teknis.alamat": _same("Jl. Abdul Malik Pattana Endeng, Mamuju"),
    "pj_teknis.telepon": ("0811-4282-6630", "+6281142826630"),
    "pj_teknis.email": _same("datin.disnakkeswan@sulbarprov.go.id"),
    "tujuan": _same(
        "Menghimpun data pemotongan ternak di rumah potong hewan, kasus penyakit hewan menular "
        "strategis dan lalu lintas ternak dari dinas kabupaten sebagai dasar perencanaan "
        "penyediaan daging, pengendalian penyakit hewan dan penyusunan neraca ketersediaan "
        "daging provinsi."
    ),
    "jadwal.perencanaan": _span(
        ("5 Januari 2026", "23 Januari 2026"), ("2026-01-05", "2026-01-23")
    ),
    "jadwal.pengumpulan": _span(
        ("2 Februari 2026", "11 Desember 2026"), ("2026-02-02", "2026-12-11")
    ),
    "jadwal.pengolahan": _span(
        ("9 Februari 2026", "16 Desember 2026"), ("2026-02-09", "2026-12-16")
    ),
    "jadwal.analisis": _span(
        ("16 Februari 2026", "22 Desember 2026"), ("2026-02-16", "2026-12-22")
    ),
    "jadwal.diseminasi": _span(("2 Maret 2026", "30 Desember 2026"), ("2026-03-02", "2026-12-30")),
    "variabel": (
        None,
        [
            {
                "nama": "Jumlah pemotongan sapi dan kerbau",
                "referensi_waktu": "Bulan laporan",
                "sumber": "Laporan bulanan Rumah Potong Hewan (RPH)",
            },
            {
                "nama": "Jumlah pemotongan kambing",
                "referensi_waktu": "Bulan laporan",
                "sumber": "Laporan bulanan Rumah Potong Hewan (RPH)",
            },
            {
                "nama": "Berat karkas sapi yang dihasilkan",
                "referensi_waktu": "Bulan laporan",
                "sumber": "Laporan bulanan Rumah Potong Hewan (RPH)",
            },
            {
                "nama": "Kasus penyakit hewan menular strategis",
                "referensi_waktu": "Bulan laporan",
                "sumber": "iSIKHNAS",
            },
            {
                "nama": "Hewan penular rabies yang divaksin",
                "referensi_waktu": "Bulan laporan",
                "sumber": "Laporan vaksinasi dinas kabupaten",
            },
            {
                "nama": "Ternak yang dikeluarkan dari provinsi",
                "referensi_waktu": "Bulan laporan",
                "sumber": "Sertifikat Veteriner dan dokumen karantina",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "bulanan"),
    "jenis_data": _same(
        "Laporan pemotongan RPH, laporan kasus penyakit hewan dan dokumen lalu lintas ternak"
    ),
    "metode_pengumpulan": _same(
        "Rekapitulasi laporan bulanan dinas kabupaten dan unduhan data iSIKHNAS"
    ),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": (
        "Kabupaten Majene, Kabupaten Polewali Mandar, Kabupaten Mamuju dan Kabupaten Mamuju Tengah",
        ["7601", "7602", "7604", "7606"],
    ),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "diploma"),
    "jumlah_supervisor": ("2 orang", 2),
    "jumlah_enumerator": ("8 orang", 8),
    "pelatihan": (None, True),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["lainnya", "usaha"]),
    "tingkat_penyajian": (None, ["kabupaten_kota", "provinsi"]),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("29 Desember 2026", "2026-12-29"),
}

#: A regency manpower office's yearly establishment survey, stratified one-stage sample
#: (block VI filled); no fax for the person in charge.
FS3_DELISERDANG: Shown = {
    "judul": _same(
        "Survei Kebutuhan Tenaga Kerja pada Perusahaan Industri Pengolahan Kabupaten Deli "
        "Serdang Tahun 2026"
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Tenaga Kerja Kabupaten Deli Serdang"),
    "penyelenggara.alamat": _same(
        "Jl. Karya Utama No. 3, Komplek Perkantoran Pemkab, Kelurahan Tengah, Lubuk Pakam"
    ),
    "penyelenggara.kabupaten_kota": ("Kabupaten Deli Serdang", "1212"),
    "penyelenggara.provinsi": ("Sumatera Utara", "12"),
    "penyelenggara.telepon": ("(061) 7951574", "+62617951574"),
    "penyelenggara.faks": ("(061) 7951575", "+62617951575"),
    "penyelenggara.email": _same("disnaker@deliserdangkab.go.id"),
    "penanggung_jawab.nama": _same("Drs. Zainal Arifin Siregar, M.AP."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Tenaga Kerja Kabupaten Deli Serdang"),
    "penanggung_jawab.telepon": ("0812-6034-5518", "+6281260345518"),
    "penanggung_jawab.email": _same("zainal.siregar@deliserdangkab.go.id"),
    "manajer.nama": _same("Rina Marlina Tarigan, S.E., M.Si."),
    "manajer.jabatan": _same("Kepala Bidang Penempatan dan Perluasan Kesempatan Kerja"),
    "manajer.alamat": _same("Jl. Karya Utama No. 3, Lubuk Pakam"),
    "manajer.telepon": ("0813-7021-4489", "+6281370214489"),
    "manajer.email": _same("penta.disnaker@deliserdangkab.go.id"),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "tahunan"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": _same(
        "Memperoleh informasi jumlah lowongan, jabatan yang dibutuhkan serta kualifikasi "
        "pendidikan dan keterampilan tenaga kerja pada perusahaan industri pengolahan sebagai "
        "dasar perencanaan pelatihan di Balai Latihan Kerja dan penyusunan Rencana Tenaga Kerja "
        "Daerah."
    ),
    "variabel": (
        None,
        [
            {
                "nama": "Jumlah tenaga kerja menurut jenis kelamin dan pendidikan",
                "referensi_waktu": "Keadaan 31 Desember 2025",
            },
            {"nama": "Jumlah lowongan kerja menurut jabatan", "referensi_waktu": "Tahun 2026"},
            {"nama": "Kualifikasi pendidikan yang dibutuhkan", "referensi_waktu": "Tahun 2026"},
            {"nama": "Jenis keterampilan yang dibutuhkan", "referensi_waktu": "Tahun 2026"},
            {
                "nama": "Tenaga kerja asing yang dipekerjakan",
                "referensi_waktu": "Keadaan 31 Desember 2025",
            },
            {"nama": "Rencana pengurangan tenaga kerja", "referensi_waktu": "Tahun 2026"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Deli Serdang", ["1212"]),
    "metode_pengumpulan": (None, ["swacacah", "wawancara"]),
    "metode_sampel": (None, "probabilitas"),
    "metode_pemilihan": (None, "stratifikasi"),
    "uji_coba": (None, True),
    "petugas": (None, "keduanya"),
    "pendidikan_petugas": (None, "sarjana"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("4 orang", 4),
    "jumlah_enumerator": ("20 orang", 20),
    "rancangan_sampel": (None, "satu_tahap"),
    "kerangka_sampel": _same(
        "Daftar perusahaan industri pengolahan Wajib Lapor Ketenagakerjaan Perusahaan (WLKP) "
        "tahun 2025"
    ),
    "fraksi_sampel": _same(
        "Menurut strata: 100 persen perusahaan besar dan 30 persen perusahaan sedang"
    ),
    "unit_sampel": _same("Perusahaan industri pengolahan"),
    "jumlah_sampel": ("412 perusahaan", 412),
    "sampling_error": _same(
        "RSE paling tinggi 20 persen untuk perkiraan jumlah lowongan tingkat kabupaten"
    ),
    "responden": _same("Pimpinan perusahaan atau manajer personalia (HRD)"),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": _span(
        ("2 Februari 2026", "27 Februari 2026"), ("2026-02-02", "2026-02-27")
    ),
    "jadwal.lapangan": _span(("6 April 2026", "29 Mei 2026"), ("2026-04-06", "2026-05-29")),
    "jadwal.pengolahan": _span(("11 Mei 2026", "19 Juni 2026"), ("2026-05-11", "2026-06-19")),
    "jadwal.analisis": _span(("22 Juni 2026", "24 Juli 2026"), ("2026-06-22", "2026-07-24")),
    "jadwal.diseminasi": _span(("3 Agustus 2026", "28 Agustus 2026"), ("2026-08-03", "2026-08-28")),
    "tanggal_rilis": ("14 Agustus 2026", "2026-08-14"),
}

LETTER_DELISERDANG_FIELDS: dict[str, Any] = {
    "nomor_surat": "500.15/0214/Disnaker/2026",
    "tanggal_surat": "2026-01-19",
    "perihal": "Permohonan Rekomendasi Survei Kebutuhan Tenaga Kerja pada Perusahaan Industri "
    "Pengolahan Tahun 2026",
    "instansi": "Dinas Tenaga Kerja Kabupaten Deli Serdang",
    "kepada": "Kepala Badan Pusat Statistik Kabupaten Deli Serdang",
    "penandatangan.nama": "Hendra Gunawan Sinaga, S.H., M.H.",
    "penandatangan.jabatan": "Plh. Kepala Dinas Tenaga Kerja Kabupaten Deli Serdang",
    "penandatangan.nip": "197609222002121003",
}


# --- Word helpers -------------------------------------------------------------------------

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f'xmlns:w="{_W_NS}"'


def _names(text: str) -> list[str]:
    return text.split()


#: Schema order of the children of w:pPr, w:tblPr and w:tcPr (only the ones used here matter).
_ORDER = {
    "pPr": _names(
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
        "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
        "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
        "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
        "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
    ),
    "tblPr": _names(
        "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
        "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook"
    ),
    "tcPr": _names(
        "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
        "tcFitText vAlign hideMark"
    ),
}


def _xml(text: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(text)


def _put(parent: Any, child: Any) -> None:
    """Insert ``child`` into a property element in schema order, replacing one of its tag."""
    kind = parent.tag.split("}")[1]
    order = _ORDER[kind]
    name = child.tag.split("}")[1]
    for old in parent.findall(f"{{{_W_NS}}}{name}"):
        parent.remove(old)
    rank = order.index(name)
    for k, existing in enumerate(parent):
        other = existing.tag.split("}")[1]
        if other in order and order.index(other) > rank:
            parent.insert(k, child)
            return
    parent.append(child)


def _sym(paragraph: Any, font: str, char: str, *, size: float | None = None) -> None:
    """A symbol inserted with Word's Insert > Symbol (a w:sym run, no text in the run)."""
    sz = f'<w:sz w:val="{round(size * 2)}"/>' if size else ""
    paragraph._p.append(
        _xml(
            f'<w:r {_W}><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>{sz}</w:rPr>'
            f'<w:sym w:font="{font}" w:char="{char}"/></w:r>'
        )
    )


def _new_list(
    doc: Any, levels: list[tuple[str, str, int, int, bool]], size: float | None = None
) -> int:
    """Add a (multi-level) numbering definition; return its w:numId.

    ``levels``: (numFmt, lvlText, left indent, hanging indent (twips), bold number); ``size``
    the numbers' font size in points (else the paragraph's)."""
    numbering = doc.part.numbering_part.element
    abstract_ids = [
        int(a.get(f"{{{_W_NS}}}abstractNumId"))
        for a in numbering.findall(f"{{{_W_NS}}}abstractNum")
    ]
    num_ids = [int(n.get(f"{{{_W_NS}}}numId")) for n in numbering.findall(f"{{{_W_NS}}}num")]
    aid = max(abstract_ids, default=0) + 1
    nid = max(num_ids, default=0) + 1
    sz = f'<w:sz w:val="{round(size * 2)}"/>' if size else ""
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>'
        f"<w:rPr>{'<w:b/>' if bold else ''}{sz}</w:rPr></w:lvl>"
        for i, (fmt, text, left, hanging, bold) in enumerate(levels)
    )
    kind = "multilevel" if len(levels) > 1 else "singleLevel"
    abstract = _xml(
        f'<w:abstractNum {_W} w:abstractNumId="{aid}"><w:nsid w:val="{0x5A170000 + aid:08X}"/>'
        f'<w:multiLevelType w:val="{kind}"/>{lvls}</w:abstractNum>'
    )
    first_num = numbering.find(f"{{{_W_NS}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(_xml(f'<w:num {_W} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def _number(paragraph: Any, num_id: int, level: int) -> None:
    """Attach ``paragraph`` to list ``num_id`` at ``level`` (Word's automatic numbering)."""
    _put(
        paragraph._p.get_or_add_pPr(),
        _xml(f'<w:numPr {_W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'),
    )


def _shade_para(paragraph: Any, fill: str) -> None:
    _put(
        paragraph._p.get_or_add_pPr(),
        _xml(f'<w:shd {_W} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
    )


def _shade_cell(cell: Any, fill: str) -> None:
    _put(
        cell._tc.get_or_add_tcPr(),
        _xml(f'<w:shd {_W} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
    )


def _widths(table: Any, cms: list[float], indent: float = 0.0) -> None:
    """Fixed column widths (grid and every cell) and a left indent, in centimetres."""
    from docx.shared import Cm

    table.autofit = False
    tbl_pr = table._tbl.tblPr
    _put(tbl_pr, _xml(f'<w:tblLayout {_W} w:type="fixed"/>'))
    if indent:
        _put(tbl_pr, _xml(f'<w:tblInd {_W} w:w="{round(indent * 567)}" w:type="dxa"/>'))
    for col, cm in zip(table._tbl.tblGrid.findall(f"{{{_W_NS}}}gridCol"), cms, strict=True):
        col.set(f"{{{_W_NS}}}w", str(round(cm * 567)))
    for row in table.rows:
        for cell, cm in zip(row.cells, cms, strict=True):
            cell.width = Cm(cm)


def _keep_row(row: Any) -> None:
    """Do not let ``row`` break across a page ("Allow row to break across pages" off)."""
    row._tr.get_or_add_trPr().insert(0, _xml(f"<w:cantSplit {_W}/>"))


def _header_row(row: Any) -> None:
    """Mark ``row`` as a heading row repeated at the top of every page."""
    row._tr.get_or_add_trPr().append(_xml(f"<w:tblHeader {_W}/>"))


def _cell_text(cell: Any, text: str, *, bold: bool = False, size: float | None = None) -> Any:
    from docx.shared import Pt

    para = cell.paragraphs[0]
    run = para.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    para.paragraph_format.space_after = Pt(0)
    return para


def _field(paragraph: Any, instr: str, shown: str, size: float) -> None:
    """A simple field (PAGE, NUMPAGES) with its last result ``shown``."""
    paragraph._p.append(
        _xml(
            f'<w:fldSimple {_W} w:instr=" {instr} "><w:r><w:rPr><w:sz w:val="{round(size * 2)}"/>'
            f"</w:rPr><w:t>{shown}</w:t></w:r></w:fldSimple>"
        )
    )


def _a4(doc: Any, *, left: float, right: float, top: float, bottom: float) -> None:
    from docx.shared import Cm

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(left), Cm(right)
    sec.top_margin, sec.bottom_margin = Cm(top), Cm(bottom)


def _docx_to_pdf(docx_path: Path, pdf_path: Path) -> None:
    """Export ``docx_path`` with LibreOffice (headless, a private throw-away profile)."""
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    with tempfile.TemporaryDirectory(prefix="lo_w17_") as tmp:
        profile = Path(tmp) / "profile"
        out = Path(tmp) / "out"
        out.mkdir()
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                str(docx_path),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        produced = out / (docx_path.stem + ".pdf")
        if not produced.is_file():
            raise RuntimeError(f"LibreOffice did not export {docx_path.name}")
        shutil.move(str(produced), str(pdf_path))


# --- FP-KPA in Word with automatic numbering, exported by LibreOffice ----------------------

#: Wingdings "checked box" and "empty box" as Word's Insert > Symbol writes them.
_ON, _OFF = "F0FE", "F0A8"

SULBAR_OPTIONS: dict[str, list[list[tuple[str, Any]]]] = {
    "pelaksanaan": [[("Satu kali (tidak berulang)", "sekali"), ("Berulang/rutin", "berulang")]],
    "frekuensi": [
        [("Harian", "harian"), ("Mingguan", "mingguan"), ("Bulanan", "bulanan")],
        [("Triwulanan", "triwulanan"), ("Caturwulanan", "caturwulanan")],
        [("Semesteran", "semesteran"), ("Tahunan", "tahunan")],
        [("Lebih dari satu tahun", "lebih_dari_setahun")],
    ],
    "cakupan_wilayah": [
        [("Seluruh wilayah Indonesia", "seluruh_indonesia"), ("Sebagian wilayah", "sebagian")]
    ],
    "petugas": [
        [("Pegawai/ASN dinas", "staf"), ("Tenaga mitra/kontrak", "mitra")],
        [("Pegawai dan tenaga mitra", "keduanya")],
    ],
    "pendidikan_petugas": [
        [("SMP sederajat", "smp"), ("SMA/SMK sederajat", "sma")],
        [("Diploma (D1-D3)", "diploma"), ("Sarjana (D4/S1) ke atas", "sarjana")],
    ],
    "pelatihan": [[("Ya", True), ("Tidak", False)]],
    "metode_analisis": [
        [("Deskriptif", "deskriptif"), ("Inferensial", "inferensia")],
        [("Deskriptif dan inferensial", "keduanya")],
    ],
    "unit_analisis": [
        [("Individu/perorangan", "individu"), ("Rumah tangga", "rumah_tangga")],
        [("Usaha/perusahaan", "usaha"), ("Lainnya, yaitu ternak", "lainnya")],
    ],
    "tingkat_penyajian": [
        [("Nasional", "nasional"), ("Provinsi", "provinsi"), ("Kabupaten/Kota", "kabupaten_kota")],
        [("Kecamatan", "kecamatan"), ("Lainnya", "lainnya")],
    ],
}

SULBAR_STAGES = (
    ("perencanaan", "Persiapan dan perencanaan"),
    ("pengumpulan", "Pengumpulan data"),
    ("pengolahan", "Pengolahan data"),
    ("analisis", "Analisis data"),
    ("diseminasi", "Diseminasi hasil"),
)

SULBAR_PROCESSING = (
    ("Penyuntingan (editing)", "pengolahan.penyuntingan"),
    ("Entri/perekaman data", "pengolahan.entri_data"),
    ("Penyandian (coding)", "pengolahan.penyandian"),
    ("Validasi data", "pengolahan.validasi"),
)

SULBAR_PRODUCTS = (
    ("Publikasi tercetak (buku/leaflet)", "produk.cetak"),
    ("Publikasi elektronik (laman/dasbor)", "produk.elektronik"),
)

SULBAR_SIGN = [
    "Mamuju, 22 Desember 2025",
    "Kepala Dinas Peternakan dan Kesehatan Hewan",
    "Provinsi Sulawesi Barat,",
    "",
    "drh. Muhammad Yasin Tahir, M.Si.",
    "Pembina Utama Muda (IV/c)",
    "NIP. 19700415 199603 1 004",
]


def _fpkpa_docx(c: Shown, path: Path) -> None:
    """The provincial office's FP-KPA as a Word file (see the module docstring)."""
    from docx import Document
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    _a4(doc, left=2.5, right=2.0, top=2.0, bottom=2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(2)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.1

    # Blocks "I.", items "1.", sub-items "a." (twips: 567 = 1 cm).
    outline = _new_list(
        doc,
        [
            ("upperRoman", "%1.", 425, 425, True),
            ("decimal", "%2.", 851, 426, False),
            ("lowerLetter", "%3.", 1276, 425, False),
        ],
    )

    def val(key: str) -> str:
        shown = c[key][0]
        return str(shown) if shown is not None else "-"

    def heading(text: str, *, size: float = 12, after: float = 0) -> None:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(after)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)

    def tab_line(label: str, value: str, *, level: int | None, bold_value: bool = False) -> Any:
        """ "Label<TAB>:<TAB>value" with a hanging indent at the value's column."""
        p = doc.add_paragraph()
        pf = p.paragraph_format
        label_at = {None: 0.0, 1: 1.5, 2: 2.25}[level]
        if label_at:
            pf.tab_stops.add_tab_stop(Cm(label_at))
        pf.tab_stops.add_tab_stop(Cm(6.6))
        pf.tab_stops.add_tab_stop(Cm(7.0))
        pf.left_indent = Cm(7.0)
        pf.first_line_indent = Cm((label_at - 0.75 if level else 0.0) - 7.0)
        if level is not None:
            _number(p, outline, level)
        p.add_run(f"{label}\t:\t")
        run = p.add_run(value)
        run.bold = bold_value
        return p

    def item_only(label: str, level: int) -> Any:
        p = doc.add_paragraph()
        p.paragraph_format.keep_with_next = True
        _number(p, outline, level)
        p.add_run(label)
        return p

    def options(label: str, key: str, level: int = 1) -> None:
        want = c[key][1]
        chosen = want if isinstance(want, list) else [want]
        p = tab_line(label, "", level=level)
        for n, line in enumerate(SULBAR_OPTIONS[key]):
            if n:
                p.add_run().add_break()
            for k, (text, code) in enumerate(line):
                if k:
                    p.add_run("     ")
                _sym(p, "Wingdings", _ON if code in chosen else _OFF, size=11)
                p.add_run(f" {text}")

    def block(text: str) -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.keep_with_next = True
        _shade_para(p, "D9D9D9")
        _number(p, outline, 0)
        r = p.add_run(text)
        r.bold = True

    def grid(header: list[str], rows: list[list[str]], cms: list[float], indent: float) -> Any:
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for cell, h in zip(t.rows[0].cells, header, strict=True):
            _cell_text(cell, h, bold=True, size=9.5).alignment = WD_ALIGN_PARAGRAPH.CENTER
            _shade_cell(cell, "F2F2F2")
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        _header_row(t.rows[0])
        for row in rows:
            added = t.add_row()
            _keep_row(added)
            for cell, v in zip(added.cells, row, strict=True):
                _cell_text(cell, v, size=9.5)
        _widths(t, cms, indent)
        doc.add_paragraph().paragraph_format.space_after = Pt(0)
        return t

    # Footer: form code and page x of y.
    foot = doc.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run("FP-KPA Disnakkeswan Prov. Sulbar 2026 - Halaman ").font.size = Pt(8)
    _field(foot, "PAGE", "1", 8)
    foot.add_run(" dari ").font.size = Pt(8)
    _field(foot, "NUMPAGES", "3", 8)

    heading("FORMULIR PEMBERITAHUAN", size=12)
    heading("KOMPILASI PRODUK ADMINISTRASI (FP-KPA)", size=12, after=2)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(10)
    r = p.add_run(
        "Petunjuk: beri tanda pada kotak pilihan yang sesuai; isian yang tidak berlaku diberi "
        "tanda (-)"
    )
    r.italic = True
    r.font.size = Pt(8.5)

    tab_line("Judul Kompilasi", val("judul"), level=None, bold_value=True)
    tab_line("Tahun Anggaran", val("tahun"), level=None)

    block("KETERANGAN PERANGKAT DAERAH PENYELENGGARA")
    tab_line("Nama Perangkat Daerah", val("penyelenggara.instansi"), level=1)
    item_only("Alamat dan Kontak Kantor", 1)
    for label, key in (
        ("Alamat Kantor", "alamat"),
        ("Kabupaten/Kota", "kabupaten_kota"),
        ("Provinsi", "provinsi"),
        ("No. Telepon", "telepon"),
        ("No. Faksimile", "faks"),
        ("Surat Elektronik", "email"),
    ):
        tab_line(label, val(f"penyelenggara.{key}"), level=2)

    block("PENANGGUNG JAWAB")
    item_only("Identitas Penanggung Jawab Kegiatan dan Penanggung Jawab Teknis", 1)
    people = [
        ("Nama lengkap dan gelar", "nama"),
        ("Jabatan", "jabatan"),
        ("Alamat kantor", "alamat"),
        ("Telepon/HP", "telepon"),
        ("Faksimile", "faks"),
        ("Surat elektronik", "email"),
    ]
    grid(
        ["Rincian", "Penanggung Jawab Kegiatan", "Penanggung Jawab Teknis"],
        [
            [
                label,
                c.get(f"penanggung_jawab.{key}", ("-", None))[0] or "-",
                c.get(f"pj_teknis.{key}", ("-", None))[0] or "-",
            ]
            for label, key in people
        ],
        [2.9, 6.15, 6.15],
        1.3,
    )

    block("TUJUAN DAN JADWAL KEGIATAN")
    tab_line("Tujuan dan Kegunaan Data", val("tujuan"), level=1)
    item_only("Jadwal Kegiatan", 1)
    grid(
        ["Tahapan Kegiatan", "Tanggal Mulai", "Tanggal Selesai"],
        [[label, *_printed(c, f"jadwal.{stage}")] for stage, label in SULBAR_STAGES],
        [5.8, 4.2, 4.2],
        1.5,
    )

    block("VARIABEL YANG DIHIMPUN")
    item_only("Rincian variabel dan sumber data administrasi", 1)
    rows = [["", v["nama"], v["referensi_waktu"], v["sumber"]] for v in c["variabel"][1]]
    t = grid(
        ["No.", "Nama Variabel", "Referensi Waktu", "Sumber Data Administrasi"],
        rows,
        [1.1, 5.4, 2.9, 5.8],
        1.3,
    )
    # The No. column is numbered by Word, as a user does with the numbering button.
    numbers = _new_list(doc, [("decimal", "%1.", 340, 340, False)])
    for row in t.rows[1:]:
        _number(row.cells[0].paragraphs[0], numbers, 0)

    block("PELAKSANAAN DAN CAKUPAN WILAYAH")
    options("Pelaksanaan kegiatan", "pelaksanaan")
    options("Frekuensi (bila berulang)", "frekuensi")
    tab_line("Jenis data administrasi", val("jenis_data"), level=1)
    tab_line("Cara perolehan data", val("metode_pengumpulan"), level=1)
    options("Jangkauan wilayah", "cakupan_wilayah")
    tab_line("Rincian wilayah (bila sebagian)", val("wilayah"), level=1)

    block("PETUGAS")
    options("Pelaksana pengumpulan data", "petugas")
    options("Pendidikan terendah petugas", "pendidikan_petugas")
    tab_line("Jumlah pengawas/supervisor", val("jumlah_supervisor"), level=1)
    tab_line("Jumlah pengumpul data", val("jumlah_enumerator"), level=1)
    options("Petugas mendapat pelatihan", "pelatihan")

    block("PENGOLAHAN, ANALISIS DAN PENYAJIAN")
    item_only("Tahapan pengolahan data", 1)
    t = grid(
        ["Kegiatan Pengolahan", "Ya", "Tidak"],
        [[label, "", ""] for label, _ in SULBAR_PROCESSING],
        [6.2, 2.0, 2.0],
        1.5,
    )
    for row, (_, key) in zip(t.rows[1:], SULBAR_PROCESSING, strict=True):
        cell = row.cells[1 if c[key][1] else 2]
        para = cell.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _sym(para, "Symbol", "F0D6", size=12)
    options("Metode analisis", "metode_analisis")
    options("Unit analisis", "unit_analisis")
    options("Tingkat penyajian data", "tingkat_penyajian")
    p = tab_line("Bentuk penyebarluasan hasil", "", level=1)
    for n, (text, key) in enumerate(SULBAR_PRODUCTS):
        if n:
            p.add_run().add_break()
        _sym(p, "Wingdings", _ON if c[key][1] else _OFF, size=11)
        p.add_run(f" {text}")
    tab_line("Rencana tanggal rilis", val("tanggal_rilis"), level=1)

    doc.add_paragraph()
    for k, line in enumerate(SULBAR_SIGN):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(8.8)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = k < len(SULBAR_SIGN) - 1
        if line == "":
            p.paragraph_format.space_after = Pt(36)
            continue
        run = p.add_run(line)
        if k == len(SULBAR_SIGN) - 3:
            run.bold = True
            run.underline = True
    doc.save(str(path))


def render_fpkpa_word_pdf(c: Shown, path: Path) -> None:
    """The FP-KPA typed in Word and exported to PDF by LibreOffice (the DOCX is temporary)."""
    with tempfile.TemporaryDirectory(prefix="w17_fpkpa_") as tmp:
        docx_path = Path(tmp) / (path.stem + ".docx")
        _fpkpa_docx(c, docx_path)
        _docx_to_pdf(docx_path, path)


# --- FS3 as question/answer tables in Word --------------------------------------------------

#: The chosen option's wording as this office types it in the answer cell.
DELISERDANG_ANSWERS: dict[str, dict[Any, str]] = {
    "pelaksanaan": {"sekali": "Satu kali", "berulang": "Berulang"},
    "frekuensi": {
        "harian": "Harian",
        "mingguan": "Mingguan",
        "bulanan": "Bulanan",
        "triwulanan": "Triwulanan",
        "caturwulanan": "Caturwulanan",
        "semesteran": "Semesteran",
        "tahunan": "Tahunan",
        "lebih_dari_setahun": "Lebih dari satu tahun",
    },
    "tipe_pengumpulan": {
        "longitudinal": "Longitudinal (panel)",
        "cross_sectional": "Potong lintang (cross-section)",
        "gabungan": "Gabungan longitudinal dan potong lintang",
    },
    "cara_pengumpulan": {"sampel": "Sampel", "sensus": "Sensus"},
    "cakupan_wilayah": {
        "seluruh_indonesia": "Seluruh wilayah Indonesia",
        "sebagian": "Sebagian wilayah Indonesia",
    },
    "metode_pengumpulan": {
        "wawancara": "Wawancara tatap muka",
        "swacacah": "Pengisian sendiri oleh responden",
        "telepon": "Wawancara melalui telepon",
        "observasi": "Observasi/pengamatan",
        "data_sekunder": "Pengumpulan data sekunder",
        "lainnya": "Lainnya",
    },
    "metode_sampel": {"probabilitas": "Probabilitas", "nonprobabilitas": "Nonprobabilitas"},
    "metode_pemilihan": {
        "srs": "Acak sederhana (simple random sampling)",
        "sistematik": "Sistematik (systematic sampling)",
        "stratifikasi": "Acak berstrata (stratified random sampling)",
        "klaster": "Klaster (cluster sampling)",
        "pps": "Probability proportional to size (PPS)",
        "kuota": "Kuota",
        "aksidental": "Aksidental",
        "purposive": "Purposive",
        "snowball": "Bola salju (snowball)",
        "saturasi": "Sampel jenuh",
    },
    "bool": {True: "Ya", False: "Tidak"},
    "petugas": {
        "staf": "Staf dinas",
        "mitra": "Mitra (tenaga lapangan)",
        "keduanya": "Staf dinas dan mitra (tenaga lapangan)",
    },
    "pendidikan_petugas": {
        "smp": "SMP/sederajat",
        "sma": "SMA/sederajat",
        "diploma": "Diploma (D1/D2/D3)",
        "sarjana": "Sarjana (S1/D4)",
    },
    "rancangan_sampel": {"satu_tahap": "Satu tahap", "multi_tahap": "Dua tahap atau lebih"},
    "tingkat_estimasi": {
        "nasional": "Nasional",
        "provinsi": "Provinsi",
        "kabupaten_kota": "Kabupaten/kota",
        "kecamatan": "Kecamatan",
        "lainnya": "Lainnya",
    },
    "metode_analisis": {
        "deskriptif": "Analisis deskriptif",
        "inferensia": "Analisis inferensia",
        "keduanya": "Analisis deskriptif dan inferensia",
    },
}

DELISERDANG_PRODUCTS = (
    ("produk.cetak", "Publikasi cetak"),
    ("produk.elektronik", "Publikasi elektronik"),
    ("produk.makro", "Data makro (tabel agregat)"),
    ("produk.mikro", "Data mikro"),
)

DELISERDANG_STAGES = (
    ("perencanaan", "Jadwal perencanaan dan persiapan"),
    ("lapangan", "Jadwal pengumpulan data lapangan"),
    ("pengolahan", "Jadwal pengolahan data"),
    ("analisis", "Jadwal analisis data"),
    ("diseminasi", "Jadwal diseminasi hasil"),
)

DELISERDANG_SIGN = [
    "Lubuk Pakam, 15 Januari 2026",
    "Kepala Dinas Tenaga Kerja",
    "Kabupaten Deli Serdang,",
    "",
    "Drs. Zainal Arifin Siregar, M.AP.",
    "NIP 19690312 199503 1 002",
]


def _answer(c: Shown, key: str, table: str | None = None) -> str:
    """The chosen wording(s) alone; several joined by "; " in the office's list order."""
    words = DELISERDANG_ANSWERS[table or key]
    want = c[key][1]
    chosen = want if isinstance(want, list) else [want]
    return "; ".join(text for code, text in words.items() if code in chosen)


def _fs3_rows(c: Shown) -> list[tuple[str, list[tuple[str, Any]]]]:
    """Blocks of (question, answer) rows; an answer is a string or a table spec."""

    def v(key: str) -> str:
        shown = c[key][0]
        return str(shown) if shown is not None else "-"

    products = "; ".join(text for key, text in DELISERDANG_PRODUCTS if c[key][1])
    blocks: list[tuple[str, list[tuple[str, Any]]]] = [
        (
            "Blok I. Keterangan Penyelenggara",
            [
                ("Nama instansi/perangkat daerah penyelenggara", v("penyelenggara.instansi")),
                ("Alamat kantor (jalan, nomor, kelurahan)", v("penyelenggara.alamat")),
                ("Kabupaten/kota", v("penyelenggara.kabupaten_kota")),
                ("Provinsi", v("penyelenggara.provinsi")),
                ("Nomor telepon kantor", v("penyelenggara.telepon")),
                ("Nomor faksimile kantor", v("penyelenggara.faks")),
                ("Alamat e-mail kantor", v("penyelenggara.email")),
            ],
        ),
        (
            "Blok II. Penanggung Jawab dan Manajer Survei",
            [
                ("Siapa penanggung jawab survei? (nama dan gelar)", v("penanggung_jawab.nama")),
                ("Jabatan penanggung jawab", v("penanggung_jawab.jabatan")),
                ("Nomor telepon/HP penanggung jawab", v("penanggung_jawab.telepon")),
                ("Alamat e-mail penanggung jawab", v("penanggung_jawab.email")),
                ("Siapa manajer (pengelola teknis) survei?", v("manajer.nama")),
                ("Jabatan manajer survei", v("manajer.jabatan")),
                ("Alamat kantor manajer survei", v("manajer.alamat")),
                ("Nomor telepon/HP manajer survei", v("manajer.telepon")),
                ("Alamat e-mail manajer survei", v("manajer.email")),
            ],
        ),
        (
            "Blok III. Jenis Survei",
            [
                (
                    "Apakah survei dilaksanakan satu kali atau berulang?",
                    _answer(c, "pelaksanaan"),
                ),
                ("Bila berulang, berapa frekuensinya?", _answer(c, "frekuensi")),
                ("Bagaimana tipe pengumpulan datanya?", _answer(c, "tipe_pengumpulan")),
            ],
        ),
        (
            "Blok IV. Tujuan dan Variabel",
            [
                ("Apa tujuan survei ini?", v("tujuan")),
                (
                    "Variabel apa saja yang dikumpulkan? (sertakan referensi waktunya)",
                    (
                        ["Nama Variabel", "Referensi Waktu"],
                        [[x["nama"], x["referensi_waktu"]] for x in c["variabel"][1]],
                    ),
                ),
            ],
        ),
        (
            "Blok V. Desain Survei",
            [
                ("Bagaimana cara pengumpulan datanya?", _answer(c, "cara_pengumpulan")),
                ("Cakupan wilayah survei", _answer(c, "cakupan_wilayah")),
                ("Bila sebagian wilayah, sebutkan wilayahnya", v("wilayah")),
                (
                    "Metode pengumpulan data (boleh lebih dari satu)",
                    _answer(c, "metode_pengumpulan"),
                ),
                ("Metode pemilihan sampel", _answer(c, "metode_sampel")),
                ("Teknik pemilihan sampel yang digunakan", _answer(c, "metode_pemilihan")),
                (
                    "Apakah dilakukan uji coba (pilot survey) kuesioner?",
                    _answer(c, "uji_coba", "bool"),
                ),
                ("Siapa petugas pengumpul datanya?", _answer(c, "petugas")),
                ("Pendidikan minimal petugas", _answer(c, "pendidikan_petugas")),
                (
                    "Apakah petugas dilatih sebelum turun ke lapangan?",
                    _answer(c, "pelatihan", "bool"),
                ),
                ("Jumlah supervisor (pengawas)", v("jumlah_supervisor")),
                ("Jumlah enumerator (pencacah)", v("jumlah_enumerator")),
            ],
        ),
        (
            "Blok VI. Desain Sampel",
            [
                ("Rancangan pemilihan sampel", _answer(c, "rancangan_sampel")),
                ("Kerangka sampel yang digunakan", v("kerangka_sampel")),
                ("Fraksi sampel", v("fraksi_sampel")),
                ("Unit sampel", v("unit_sampel")),
                ("Jumlah sampel", v("jumlah_sampel")),
                ("Perkiraan sampling error", v("sampling_error")),
                ("Unit observasi/responden", v("responden")),
            ],
        ),
        (
            "Blok VII. Pengolahan, Analisis dan Diseminasi",
            [
                (
                    "Apakah dilakukan penyuntingan (editing)?",
                    _answer(c, "pengolahan.penyuntingan", "bool"),
                ),
                (
                    "Apakah dilakukan penyandian (coding)?",
                    _answer(c, "pengolahan.penyandian", "bool"),
                ),
                ("Apakah dilakukan validasi data?", _answer(c, "pengolahan.validasi", "bool")),
                ("Tingkat penyajian hasil estimasi", _answer(c, "tingkat_estimasi")),
                ("Metode analisis yang digunakan", _answer(c, "metode_analisis")),
                ("Produk yang dihasilkan (boleh lebih dari satu)", products),
                *[
                    (label, " s.d. ".join(_printed(c, f"jadwal.{stage}")))
                    for stage, label in DELISERDANG_STAGES
                ],
                ("Rencana tanggal rilis hasil", v("tanggal_rilis")),
            ],
        ),
    ]
    return blocks


def render_fs3_qa_docx(c: Shown, path: Path) -> None:
    """The regency's FS3 as Word tables "No. | Pertanyaan | Jawaban" (module docstring)."""
    from docx import Document
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    _a4(doc, left=2.2, right=2.0, top=2.0, bottom=2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    h2 = doc.styles["Heading 2"]
    h2.font.name = "Calibri"
    h2.font.size = Pt(12)
    h2.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    h2.paragraph_format.space_before = Pt(12)
    h2.paragraph_format.space_after = Pt(4)

    head = doc.sections[0].header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = head.add_run("Formulir FS3 - Disnaker Kab. Deli Serdang")
    r.italic = True
    r.font.size = Pt(8.5)
    foot = doc.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Halaman ").font.size = Pt(8.5)
    _field(foot, "PAGE", "1", 8.5)

    for text, size in (
        ("FORMULIR PEMBERITAHUAN SURVEI STATISTIK SEKTORAL", 13),
        ("(FS3)", 12),
    ):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(size)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(10)
    run = p.add_run(
        "Diisi oleh instansi penyelenggara; jawaban ditulis pada kolom Jawaban sesuai pilihan"
    )
    run.italic = True
    run.font.size = Pt(9)

    widths = [1.3, 6.2, 9.3]
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    for row, (label, key) in zip(
        t.rows, (("Judul Survei", "judul"), ("Tahun Pelaksanaan", "tahun")), strict=True
    ):
        _cell_text(row.cells[0], label, bold=True)
        _shade_cell(row.cells[0], "DEEAF6")
        _cell_text(row.cells[1], str(c[key][0]), bold=key == "judul")
    _widths(t, [widths[0] + widths[1], widths[2]])

    for number, (title, rows) in enumerate(_fs3_rows(c), start=1):
        doc.add_paragraph(title, style="Heading 2")
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for cell, h in zip(t.rows[0].cells, ("No.", "Pertanyaan", "Jawaban"), strict=True):
            _cell_text(cell, h, bold=True).alignment = WD_ALIGN_PARAGRAPH.CENTER
            _shade_cell(cell, "BDD7EE")
        _header_row(t.rows[0])
        for k, (question, answer) in enumerate(rows, start=1):
            cells = t.add_row().cells
            _cell_text(cells[0], f"{number}.{k}").alignment = WD_ALIGN_PARAGRAPH.CENTER
            _cell_text(cells[1], question)
            if isinstance(answer, str):
                _cell_text(cells[2], answer)
            else:
                header, body = answer
                cell = cells[2]
                inner = cell.add_table(rows=1, cols=len(header))
                inner.style = "Table Grid"
                for ic, h in zip(inner.rows[0].cells, header, strict=True):
                    _cell_text(ic, h, bold=True, size=9.5)
                    _shade_cell(ic, "F2F2F2")
                for vals in body:
                    ics = inner.add_row().cells
                    for ic, value in zip(ics, vals, strict=True):
                        _cell_text(ic, value, size=9.5)
                _widths(inner, [5.6, 3.4])
                # The cell starts with the table (Word keeps a paragraph after it).
                first = cell.paragraphs[0]._p
                first.getparent().remove(first)
            for cell in cells[:2]:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        _widths(t, widths)

    doc.add_paragraph()
    for k, line in enumerate(DELISERDANG_SIGN):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(10.0)
        p.paragraph_format.keep_with_next = k < len(DELISERDANG_SIGN) - 1
        if line == "":
            p.paragraph_format.space_after = Pt(40)
            continue
        run = p.add_run(line)
        run.bold = k == len(DELISERDANG_SIGN) - 2
    doc.save(str(path))


# --- cover letter in Word with an emblem, exported by LibreOffice --------------------------


def _emblem_png() -> bytes:
    """A regency-style emblem drawn with Pillow: a gold-edged green shield with a star, a
    gate, rice and cotton in two arcs, water lines and a blank ribbon (no lettering)."""
    import math

    from PIL import Image, ImageDraw

    w, h = 320, 380
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    gold, green = (212, 168, 36, 255), (20, 108, 58, 255)
    d.polygon([(22, 14), (298, 14), (298, 200), (160, 340), (22, 200)], fill=gold)
    d.polygon([(36, 28), (284, 28), (284, 194), (160, 320), (36, 194)], fill=green)
    # Star at the top.
    cx, cy, ro, ri = 160, 72, 30, 12
    star = [
        (
            cx + (ro if k % 2 == 0 else ri) * math.sin(k * math.pi / 5),
            cy - (ro if k % 2 == 0 else ri) * math.cos(k * math.pi / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=(250, 214, 60, 255))
    # A gate: red roof, white posts and step.
    d.polygon([(108, 168), (160, 124), (212, 168)], fill=(196, 32, 42, 255))
    d.rectangle((120, 168, 134, 228), fill=(246, 246, 246, 255))
    d.rectangle((186, 168, 200, 228), fill=(246, 246, 246, 255))
    d.rectangle((112, 228, 208, 238), fill=(246, 246, 246, 255))
    # Rice grains (left arc) and cotton bolls (right arc) around the gate.
    for k in range(8):
        a = math.radians(115 + k * 17)
        x, y = 160 + 92 * math.cos(a), 176 - 92 * math.sin(a) * -1
        d.ellipse((x - 5, y - 8, x + 5, y + 8), fill=(250, 214, 60, 255))
        b = math.radians(65 - k * 17)
        x, y = 160 + 92 * math.cos(b), 176 + 92 * math.sin(b)
        d.ellipse((x - 7, y - 7, x + 7, y + 7), fill=(252, 252, 252, 255))
    # Water lines under the gate.
    for k in range(3):
        y = 252 + k * 13
        d.line([(104 + 12 * k, y), (216 - 12 * k, y)], fill=(70, 150, 215, 255), width=6)
    # Ribbon across the bottom point.
    d.polygon([(6, 318), (60, 306), (260, 306), (314, 318), (300, 346), (20, 346)],
              fill=(244, 244, 244, 255), outline=(70, 70, 70, 255))  # fmt: skip
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


LETTER_KOP = [
    ("PEMERINTAH KABUPATEN DELI SERDANG", 14.0, True),
    ("DINAS TENAGA KERJA", 17.0, True),
    (
        "Jalan Karya Utama Nomor 3, Komplek Perkantoran Pemkab, Lubuk Pakam, Kode Pos 20514",
        9.0,
        False,
    ),
    ("Telepon (061) 7951574, Faksimile (061) 7951575", 9.0, False),
    ("Laman disnaker.deliserdangkab.go.id, Pos-el disnaker@deliserdangkab.go.id", 9.0, False),
]

LETTER_BODY = [
    "Sehubungan dengan penyusunan Rencana Tenaga Kerja Daerah Kabupaten Deli Serdang Tahun "
    "2026-2030, Dinas Tenaga Kerja Kabupaten Deli Serdang akan melaksanakan Survei Kebutuhan "
    "Tenaga Kerja pada Perusahaan Industri Pengolahan pada bulan April sampai dengan Mei 2026.",
    "Sesuai dengan Undang-Undang Nomor 16 Tahun 1997 tentang Statistik dan Peraturan "
    "Pemerintah Nomor 51 Tahun 1999 tentang Penyelenggaraan Statistik, bersama ini kami "
    "sampaikan dokumen berikut untuk mendapatkan rekomendasi kegiatan statistik:",
]
LETTER_ATTACHMENTS = [
    "Formulir Pemberitahuan Survei Statistik Sektoral (FS3);",
    "Kuesioner survei;",
    "Kerangka Acuan Kerja (KAK) kegiatan.",
]
LETTER_CLOSING = [
    "Informasi lebih lanjut dapat diperoleh melalui Sdri. Rina Marlina Tarigan, S.E., M.Si., "
    "Kepala Bidang Penempatan dan Perluasan Kesempatan Kerja, nomor telepon 0813-7021-4489.",
    "Demikian kami sampaikan, atas perhatian dan kerja sama Bapak/Ibu diucapkan terima kasih.",
]
LETTER_SIGN = [
    ("Plh. Kepala Dinas Tenaga Kerja", False),
    ("Kabupaten Deli Serdang,", False),
    ("", False),
    ("Hendra Gunawan Sinaga, S.H., M.H.", True),
    ("Pembina (IV/a)", False),
    ("NIP. 19760922 200212 1 003", False),
]
LETTER_TEMBUSAN = [
    "Bupati Deli Serdang (sebagai laporan);",
    "Kepala Badan Perencanaan Pembangunan Daerah Kabupaten Deli Serdang;",
    "Arsip.",
]


def _letter_docx(path: Path) -> None:
    """The cover letter as a Word file on F4 paper (see the module docstring)."""
    from docx import Document
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.5), Cm(33.0)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Bookman Old Style"
    normal.font.size = Pt(11.5)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.08

    # Letterhead: emblem cell and centred text cell, no borders.
    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    left.paragraphs[0].add_run().add_picture(io.BytesIO(_emblem_png()), width=Cm(2.1))
    left.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, (text, size, bold) in enumerate(LETTER_KOP):
        p = right.paragraphs[0] if k == 0 else right.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = 1.0
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        if not bold:
            run.font.name = "Arial"
    _widths(t, [2.6, 14.1])
    # The double rule under the letterhead: a thick-thin bottom border on a small paragraph.
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(8)
    p.add_run().font.size = Pt(2)
    _put(
        p._p.get_or_add_pPr(),
        _xml(
            f'<w:pBdr {_W}><w:bottom w:val="thickThinSmallGap" w:sz="24" w:space="1" '
            'w:color="000000"/></w:pBdr>'
        ),
    )

    p = doc.add_paragraph("Lubuk Pakam, 19 Januari 2026")
    p.paragraph_format.left_indent = Cm(10.2)
    p.paragraph_format.space_after = Pt(8)

    for label, value in (
        ("Nomor", "500.15/0214/Disnaker/2026"),
        ("Sifat", "Biasa"),
        ("Lampiran", "3 (tiga) berkas"),
        ("Hal", LETTER_DELISERDANG_FIELDS["perihal"]),
    ):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(2.2))
        pf.tab_stops.add_tab_stop(Cm(2.6))
        pf.left_indent = Cm(2.6)
        pf.first_line_indent = Cm(-2.6)
        pf.right_indent = Cm(6.0) if label == "Hal" else Cm(0)
        p.add_run(f"{label}\t:\t")
        p.add_run(value).bold = label == "Hal"

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
    p.add_run("Yth.\tKepala Badan Pusat Statistik")
    p.add_run().add_break()
    p.add_run("Kabupaten Deli Serdang")
    p = doc.add_paragraph("di Lubuk Pakam")
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.space_after = Pt(14)

    def body(text: str) -> Any:
        para = doc.add_paragraph(text)
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        para.paragraph_format.first_line_indent = Cm(1.25)
        para.paragraph_format.space_after = Pt(6)
        para.paragraph_format.line_spacing = 1.15
        return para

    for text in LETTER_BODY:
        body(text)
    lettered = _new_list(doc, [("lowerLetter", "%1.", 1077, 397, False)])
    for text in LETTER_ATTACHMENTS:
        p = doc.add_paragraph(text)
        _number(p, lettered, 0)
        p.paragraph_format.line_spacing = 1.15
    doc.paragraphs[-1].paragraph_format.space_after = Pt(6)
    for text in LETTER_CLOSING:
        body(text)

    doc.add_paragraph().paragraph_format.space_after = Pt(4)
    for text, bold in LETTER_SIGN:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(8.6)
        p.paragraph_format.keep_with_next = True
        if text == "":
            p.paragraph_format.space_after = Pt(44)
            continue
        run = p.add_run(text)
        run.bold = bold
        run.underline = bold

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    run = p.add_run("Tembusan:")
    run.font.size = Pt(10)
    numbered = _new_list(doc, [("decimal", "%1.", 397, 397, False)], size=10)
    for text in LETTER_TEMBUSAN:
        p = doc.add_paragraph()
        _number(p, numbered, 0)
        p.add_run(text).font.size = Pt(10)
    doc.save(str(path))


def render_letter_emblem_pdf(path: Path) -> None:
    """The cover letter typed in Word and exported to PDF by LibreOffice."""
    with tempfile.TemporaryDirectory(prefix="w17_letter_") as tmp:
        docx_path = Path(tmp) / (path.stem + ".docx")
        _letter_docx(docx_path)
        _docx_to_pdf(docx_path, path)


# --- documents ----------------------------------------------------------------------------


def documents() -> list[Any]:
    """The wave-17 held-out documents."""
    from tests.independent.build import HeldOut

    return [
        HeldOut(
            "fpkpa-sulbar-word-autonumber-lo.pdf",
            "fp-kpa",
            lambda p: render_fpkpa_word_pdf(FPKPA_SULBAR, p),
            expected(FPKPA_SULBAR),
            note="provincial agency's Word form exported by LibreOffice: blocks 'I.'-'VII.' "
            "on grey shaded bars, items '1.' and sub-items 'a.' from Word's automatic multi-"
            "level numbering (not in the DOCX text, drawn in the PDF); 'Label<TAB>:<TAB>value' "
            "lines with a hanging indent at the value column; the two persons side by side in "
            "a table 'Rincian | Penanggung Jawab Kegiatan | Penanggung Jawab Teknis'; schedule "
            "and variable tables (the variable numbers auto-numbered too); options as "
            "Wingdings symbols (w:sym F0FE/F0A8, PUA code points in the PDF text) over one or "
            "two lines; processing as a 'Kegiatan Pengolahan | Ya | Tidak' table with a "
            "Symbol-font '√'; 'Tahun Anggaran' for the year; the technical lead's fax '-'",
        ),
        HeldOut(
            "fs3-deliserdang-word-qa-tables.docx",
            "fs3",
            lambda p: render_fs3_qa_docx(FS3_DELISERDANG, p),
            expected(FS3_DELISERDANG),
            note="regency office's Word file: judul/tahun in a two-row table, then per block "
            "a 'Heading 2' title ('Blok III. Jenis Survei') and a ruled table 'No. | "
            "Pertanyaan | Jawaban' (shaded header row repeated on page breaks), one question a "
            "row renumbered within the block ('2.5 Siapa manajer (pengelola teknis) survei?'); "
            "every choice answered with the chosen wording alone ('Berulang', 'Wawancara tatap "
            "muka; Pengisian sendiri oleh responden', 'Ya'), products listed by the chosen "
            "ones only; variables in a table nested inside the answer cell; schedule stages as "
            "rows 'd1 s.d. d2'; block VI filled; no fax row for the person in charge",
        ),
        HeldOut(
            "surat-deliserdang-emblem-plh-lo.pdf",
            "surat_pengantar",
            render_letter_emblem_pdf,
            LETTER_DELISERDANG_FIELDS,
            note="Word letter on F4 paper exported by LibreOffice: letterhead table with a "
            "drawn emblem at the left and 'PEMERINTAH KABUPATEN DELI SERDANG' / 'DINAS TENAGA "
            "KERJA' / address / contacts centred at the right, a thick-thin double rule; date "
            "at the right above Nomor/Sifat/Lampiran/Hal (Hal bold, wrapped in the left half); "
            "'Yth.' addressee over two lines and 'di Lubuk Pakam'; attachments as an "
            "auto-lettered list; a contact person named in the body; 'Plh.' signer with rank "
            "and 'NIP. 19760922 200212 1 003'; numbered tembusan",
        ),
    ]

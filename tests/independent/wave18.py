"""Eighteenth wave of the held-out set: three more layouts, made without reading the extractor.

- an FS3 on a printed BPS-style paper form filled on a typewriter and scanned at 300 dpi
  to a PDF of grey JPEG page images: every block a ruled frame with a number column, a
  label column, an answer area and a code column at the right margin (grey where no code
  is asked); short answers typed one character a box into comb boxes (year, phone area
  code and number, mobile numbers, counts, dates as dd-mm-yyyy), longer answers typed on
  dotted writing lines; options printed as numbered codes ("1. Sekali  2. Berulang") with
  the chosen code typed in small answer boxes in the code column (several boxes for the
  multiple-choice items, two boxes for the two-digit sampling-method code); the
  region's name on a line with its two-digit BPS code in the code column; variable and
  schedule lists as pre-printed ruled tables (spare rows left empty, schedule dates in
  comb boxes); an empty "Diisi oleh BPS" box on the cover; the person's fax boxes empty;
- an FP-KPA from a city revenue agency (Badan Pendapatan Daerah Kota Palangka Raya) as a
  born-digital PDF: one ruled three-column table "Uraian | Keterangan | Catatan" with its
  header repeated on every page, blocks as merged shaded rows, persons as merged italic
  group rows, the "Catatan" column holding short instructions and remarks that are not
  values (some listing the allowed answers), options answered by the chosen wording
  alone, the variables as a nested table across the whole row and the schedule as one
  in the Keterangan and Catatan cells merged beside its label; the office's own
  label wordings ("Perangkat daerah pelaksana", "Periode pengulangan", "Cara memperoleh
  data", "Jangkauan wilayah");
- a cover letter in Word from the same agency: emblem beside a four-line city letterhead,
  a double rule as a paragraph border; a borderless table with Nomor/Sifat/Lampiran/
  Perihal at the left and the place and date beside the Nomor line; "Yth." addressee,
  "di -" and the indented city; signed "Plh." for the head (title over two lines), bold
  underlined name, rank and NIP with spaces; a "Tembusan" list.

Content dicts: :data:`FS3_TANAHLAUT`, :data:`FPKPA_PALANGKARAYA`, :data:`LETTER_PLK_FIELDS`.
Renderers: :func:`render_fs3_comb_paper` (+ :func:`scan_pages_to_pdf`),
:func:`render_fpkpa_catatan`, :func:`render_letter_plh_docx`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.independent.content import expected

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/liberation2"),
)


#: Like ``content.Shown``, but the printed side may be a pair (a schedule's start and end).
Shown18 = dict[str, tuple[Any, Any]]


def _same(text: str) -> tuple[str, str]:
    return (text, text)


# --- content ------------------------------------------------------------------------------

#: A regency's one-off farm cost survey, PPS two-stage sample (block VI filled), no person fax.
FS3_TANAHLAUT: Shown18 = {
    "judul": _same("Survei Biaya Produksi Usaha Tani Jagung Kabupaten Tanah Laut Tahun 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Tanaman Pangan dan Hortikultura Kabupaten Tanah Laut"),
    "penyelenggara.alamat": _same("Jl. A. Syairani No. 12, Kelurahan Angsau, Pelaihari"),
    "penyelenggara.kabupaten_kota": ("Kabupaten Tanah Laut", "6301"),
    "penyelenggara.provinsi": ("Kalimantan Selatan", "63"),
    "penyelenggara.telepon": ("0512-21047", "+6251221047"),
    "penyelenggara.faks": ("0512-21048", "+6251221048"),
    "penyelenggara.email": _same("distph@tanahlautkab.go.id"),
    "penanggung_jawab.nama": _same("Ir. Muhammad Rusdiansyah, M.P."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Tanaman Pangan dan Hortikultura"),
    "penanggung_jawab.telepon": ("081348127705", "+6281348127705"),
    "penanggung_jawab.email": _same("rusdiansyah.distph@tanahlautkab.go.id"),
    "manajer.nama": _same("Siti Rahmah Aulia, S.P., M.Si."),
    "manajer.jabatan": _same("Kepala Bidang Tanaman Pangan"),
    "manajer.alamat": _same("Jl. A. Syairani No. 12, Angsau, Pelaihari"),
    "manajer.telepon": ("085251339026", "+6285251339026"),
    "manajer.email": _same("tanamanpangan.distph@tanahlautkab.go.id"),
    "pelaksanaan": (None, "sekali"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": _same(
        "Memperoleh data struktur biaya produksi, produktivitas dan pendapatan usaha tani "
        "jagung per hektare sebagai dasar penyusunan program bantuan sarana produksi dan "
        "penghitungan harga pokok produksi jagung di Kabupaten Tanah Laut."
    ),
    "variabel": (
        None,
        [
            {"nama": "Luas panen jagung", "referensi_waktu": "Musim tanam 2025/2026"},
            {"nama": "Produksi jagung pipilan kering", "referensi_waktu": "Musim tanam 2025/2026"},
            {
                "nama": "Biaya benih, pupuk dan pestisida",
                "referensi_waktu": "Musim tanam 2025/2026",
            },
            {"nama": "Upah tenaga kerja usaha tani", "referensi_waktu": "Musim tanam 2025/2026"},
            {"nama": "Harga jual jagung di tingkat petani", "referensi_waktu": "Panen terakhir"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Tanah Laut", ["6301"]),
    "metode_pengumpulan": (None, ["observasi", "wawancara"]),
    "metode_sampel": (None, "probabilitas"),
    "metode_pemilihan": (None, "pps"),
    "uji_coba": (None, True),
    "petugas": (None, "keduanya"),
    "pendidikan_petugas": (None, "sma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("6", 6),
    "jumlah_enumerator": ("30", 30),
    "rancangan_sampel": (None, "multi_tahap"),
    "kerangka_sampel": _same(
        "Daftar desa penghasil jagung dan daftar rumah tangga petani jagung hasil "
        "pemutakhiran kelompok tani 2025"
    ),
    "fraksi_sampel": _same("60 dari 135 desa/kelurahan; 8 rumah tangga per desa terpilih"),
    "unit_sampel": _same("Rumah tangga usaha tani jagung"),
    "jumlah_sampel": ("480", 480),
    "sampling_error": _same("RSE maksimal 10 persen untuk rata-rata biaya produksi per hektare"),
    "responden": _same("Petani pengelola usaha tani jagung"),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota"]),
    "metode_analisis": (None, "keduanya"),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("02-02-2026", "13-03-2026"), ("2026-02-02", "2026-03-13")),
    "jadwal.lapangan": (("13-04-2026", "29-05-2026"), ("2026-04-13", "2026-05-29")),
    "jadwal.pengolahan": (("01-06-2026", "10-07-2026"), ("2026-06-01", "2026-07-10")),
    "jadwal.analisis": (("13-07-2026", "21-08-2026"), ("2026-07-13", "2026-08-21")),
    "jadwal.diseminasi": (("07-09-2026", "30-09-2026"), ("2026-09-07", "2026-09-30")),
    "tanggal_rilis": ("15-09-2026", "2026-09-15"),
}

TANAHLAUT_SIGN = (
    "Pelaihari, 26 Januari 2026",
    "Kepala Dinas Tanaman Pangan dan Hortikultura",
    "Kabupaten Tanah Laut,",
    "Ir. Muhammad Rusdiansyah, M.P.",
    "NIP. 19710614 199803 1 006",
)

#: A city revenue agency's monthly compilation of tax records (option wordings printed).
FPKPA_PALANGKARAYA: Shown18 = {
    "judul": _same("Kompilasi Data Realisasi Pajak Daerah Kota Palangka Raya Tahun 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Badan Pendapatan Daerah Kota Palangka Raya"),
    "penyelenggara.alamat": _same("Jl. Tjilik Riwut Km. 5,5 No. 14, Bukit Tunggal, Jekan Raya"),
    "penyelenggara.kabupaten_kota": ("Kota Palangka Raya", "6271"),
    "penyelenggara.provinsi": ("Kalimantan Tengah", "62"),
    "penyelenggara.telepon": ("(0536) 3231884", "+625363231884"),
    "penyelenggara.faks": ("(0536) 3231885", "+625363231885"),
    "penyelenggara.email": _same("bapenda@palangkaraya.go.id"),
    "penanggung_jawab.nama": _same("Dr. Heribertus Dahang, S.E., M.Si."),
    "penanggung_jawab.jabatan": _same("Kepala Badan Pendapatan Daerah Kota Palangka Raya"),
    "penanggung_jawab.alamat": _same("Jl. Tjilik Riwut Km. 5,5 No. 14, Palangka Raya"),
    "penanggung_jawab.telepon": ("0811-5214-076", "+628115214076"),
    "penanggung_jawab.faks": ("(0536) 3231885", "+625363231885"),
    "penanggung_jawab.email": _same("heribertus.dahang@palangkaraya.go.id"),
    "pj_teknis.nama": _same("Marlina Eka Putri, S.Kom., M.T."),
    "pj_teknis.jabatan": _same("Kepala Bidang Perencanaan dan Pengembangan Pendapatan Daerah"),
    "pj_teknis.alamat": _same("Jl. Tjilik Riwut Km. 5,5 No. 14, Palangka Raya"),
    "pj_teknis.telepon": ("0852-4990-3318", "+6285249903318"),
    "pj_teknis.email": _same("renbang.bapenda@palangkaraya.go.id"),
    "tujuan": _same(
        "Menghimpun data ketetapan dan realisasi pajak daerah menurut jenis pajak dan "
        "kecamatan setiap bulan sebagai bahan penyusunan target pendapatan asli daerah, "
        "evaluasi kinerja pemungutan dan penyajian statistik keuangan daerah."
    ),
    "jadwal.perencanaan": (("5 Januari 2026", "23 Januari 2026"), ("2026-01-05", "2026-01-23")),
    "jadwal.pengumpulan": (("2 Februari 2026", "30 November 2026"), ("2026-02-02", "2026-11-30")),
    "jadwal.pengolahan": (("9 Februari 2026", "7 Desember 2026"), ("2026-02-09", "2026-12-07")),
    "jadwal.analisis": (("16 Februari 2026", "14 Desember 2026"), ("2026-02-16", "2026-12-14")),
    "jadwal.diseminasi": (("2 Maret 2026", "21 Desember 2026"), ("2026-03-02", "2026-12-21")),
    "variabel": (
        None,
        [
            {
                "nama": "Ketetapan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)",
                "referensi_waktu": "Tahun pajak berjalan",
                "sumber": "SISMIOP PBB-P2",
            },
            {
                "nama": "Realisasi penerimaan PBB-P2",
                "referensi_waktu": "Bulanan",
                "sumber": "SISMIOP PBB-P2",
            },
            {
                "nama": "Realisasi Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)",
                "referensi_waktu": "Bulanan",
                "sumber": "Aplikasi e-BPHTB",
            },
            {
                "nama": "Realisasi Pajak Barang dan Jasa Tertentu menurut jenis",
                "referensi_waktu": "Bulanan",
                "sumber": "SIMPATDA",
            },
            {
                "nama": "Jumlah wajib pajak terdaftar menurut jenis pajak",
                "referensi_waktu": "Akhir bulan",
                "sumber": "SIMPATDA",
            },
        ],
    ),
    "pelaksanaan": ("Berulang", "berulang"),
    "frekuensi": ("Bulanan", "bulanan"),
    "jenis_data": _same("Data ketetapan, pembayaran dan pendaftaran wajib pajak daerah"),
    "metode_pengumpulan": _same(
        "Penarikan data dari basis data SIMPATDA, SISMIOP dan e-BPHTB serta rekonsiliasi "
        "dengan rekening kas umum daerah"
    ),
    "cakupan_wilayah": ("Sebagian wilayah Indonesia", "sebagian"),
    "wilayah": ("Kota Palangka Raya", ["6271"]),
    "petugas": ("Staf instansi", "staf"),
    "pendidikan_petugas": ("Diploma", "diploma"),
    "jumlah_supervisor": ("2 orang", 2),
    "jumlah_enumerator": ("8 orang", 8),
    "pelatihan": ("Tidak", False),
    "pengolahan.penyuntingan": ("Ya", True),
    "pengolahan.entri_data": ("Tidak", False),
    "pengolahan.penyandian": ("Ya", True),
    "pengolahan.validasi": ("Ya", True),
    "metode_analisis": ("Deskriptif", "deskriptif"),
    "unit_analisis": ("Individu, Usaha", ["individu", "usaha"]),
    "tingkat_penyajian": ("Kabupaten/Kota, Kecamatan", ["kabupaten_kota", "kecamatan"]),
    "produk.cetak": ("Tidak", False),
    "produk.elektronik": ("Ya", True),
    "tanggal_rilis": ("21 Desember 2026", "2026-12-21"),
}

PALANGKARAYA_SIGN = (
    "Palangka Raya, 15 Januari 2026",
    "Kepala Badan Pendapatan Daerah",
    "Kota Palangka Raya,",
    "Dr. Heribertus Dahang, S.E., M.Si.",
    "NIP. 19690305 199403 1 008",
)

LETTER_PLK_NOMOR = "900.1.13.1/052/Bapenda-Renbang/I/2026"
LETTER_PLK_FIELDS: dict[str, Any] = {
    "nomor_surat": LETTER_PLK_NOMOR,
    "tanggal_surat": "2026-01-16",
    "perihal": "Permohonan Rekomendasi Kegiatan Statistik Kompilasi Data Realisasi Pajak "
    "Daerah Tahun 2026",
    "instansi": "Badan Pendapatan Daerah Kota Palangka Raya",
    "kepada": "Kepala Badan Pusat Statistik Kota Palangka Raya",
    "penandatangan.nama": "DIANA NOVITASARI, S.E., M.Ak.",
    "penandatangan.jabatan": "Plh. Kepala Badan Pendapatan Daerah Kota Palangka Raya",
    "penandatangan.nip": "197904122005012009",
}


# --- fonts and small helpers --------------------------------------------------------------


def _font_file(name: str) -> Path:
    for folder in FONT_DIRS:
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(name)


def _fonts18() -> dict[str, str]:
    """Liberation Sans (an Arial-like print face) and Liberation Mono (a Courier-like
    typewriter face), registered once under this wave's own names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = {
        "sans": ("W18Sans", "LiberationSans-Regular.ttf"),
        "bold": ("W18Sans-Bold", "LiberationSans-Bold.ttf"),
        "ital": ("W18Sans-Italic", "LiberationSans-Italic.ttf"),
        "bital": ("W18Sans-BoldItalic", "LiberationSans-BoldItalic.ttf"),
        "mono": ("W18Mono", "LiberationMono-Regular.ttf"),
        "narrow": ("W18Narrow", "LiberationSansNarrow-Regular.ttf"),
    }
    have = set(pdfmetrics.getRegisteredFontNames())
    for reg, file in names.values():
        if reg not in have:
            pdfmetrics.registerFont(TTFont(reg, str(_font_file(file))))
    from reportlab.lib.fonts import addMapping

    addMapping("W18Sans", 0, 0, "W18Sans")
    addMapping("W18Sans", 1, 0, "W18Sans-Bold")
    addMapping("W18Sans", 0, 1, "W18Sans-Italic")
    addMapping("W18Sans", 1, 1, "W18Sans-BoldItalic")
    return {k: v[0] for k, v in names.items()}


def _sw(s: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(s, font, size))


def _wrap(s: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return list(simpleSplit(s, font, size, width)) or [""]


# --- 1. FS3 on a printed comb-box paper form, typed, scanned -------------------------------

# Geometry of the printed form (points): number column, label column, answer area, code
# column at the right margin.
X0, XN, XL, XC, X1 = 34.0, 66.0, 226.0, 500.0, 561.0
PAGE_W, PAGE_H = 595.28, 841.89
TOP, BOTTOM = 52.0, 56.0

YA_TIDAK = [("1", "Ya", True), ("2", "Tidak", False)]

#: key -> (options as (code, printed wording, value), answer boxes, instruction under the label)
FS3_CODES: dict[str, tuple[list[tuple[str, str, Any]], int, str]] = {
    "pelaksanaan": ([("1", "Satu kali", "sekali"), ("2", "Berulang", "berulang")], 1, ""),
    "frekuensi": (
        [
            ("1", "Harian", "harian"),
            ("2", "Mingguan", "mingguan"),
            ("3", "Bulanan", "bulanan"),
            ("4", "Triwulanan", "triwulanan"),
            ("5", "Caturwulanan", "caturwulanan"),
            ("6", "Semesteran", "semesteran"),
            ("7", "Tahunan", "tahunan"),
            ("8", "Lebih dari satu tahun sekali", "lebih_dari_setahun"),
        ],
        1,
        "(diisi jika R.3.1 berkode 2)",
    ),
    "tipe_pengumpulan": (
        [
            ("1", "Longitudinal (panel)", "longitudinal"),
            ("2", "Cross section", "cross_sectional"),
            ("3", "Gabungan keduanya", "gabungan"),
        ],
        1,
        "",
    ),
    "cara_pengumpulan": ([("1", "Sampel", "sampel"), ("2", "Sensus", "sensus")], 1, ""),
    "cakupan_wilayah": (
        [
            ("1", "Seluruh wilayah Indonesia", "seluruh_indonesia"),
            ("2", "Sebagian wilayah Indonesia", "sebagian"),
        ],
        1,
        "",
    ),
    "metode_pengumpulan": (
        [
            ("1", "Wawancara tatap muka", "wawancara"),
            ("2", "Mengisi sendiri (swacacah)", "swacacah"),
            ("3", "Wawancara melalui telepon", "telepon"),
            ("4", "Observasi/pengukuran", "observasi"),
            ("5", "Pengumpulan data sekunder", "data_sekunder"),
            ("6", "Lainnya", "lainnya"),
        ],
        3,
        "(isikan kode, boleh lebih dari satu)",
    ),
    "metode_sampel": (
        [("1", "Probabilitas", "probabilitas"), ("2", "Nonprobabilitas", "nonprobabilitas")],
        1,
        "",
    ),
    "uji_coba": (YA_TIDAK, 1, ""),
    "petugas": (
        [
            ("1", "Staf instansi", "staf"),
            ("2", "Mitra/tenaga kontrak", "mitra"),
            ("3", "Staf instansi dan mitra", "keduanya"),
        ],
        1,
        "",
    ),
    "pendidikan_petugas": (
        [
            ("1", "SMP/sederajat", "smp"),
            ("2", "SMA/sederajat", "sma"),
            ("3", "Diploma I/II/III", "diploma"),
            ("4", "D-IV/S1 ke atas", "sarjana"),
        ],
        1,
        "",
    ),
    "pelatihan": (YA_TIDAK, 1, ""),
    "rancangan_sampel": (
        [("1", "Satu tahap", "satu_tahap"), ("2", "Dua tahap atau lebih", "multi_tahap")],
        1,
        "",
    ),
    "pengolahan.penyuntingan": (YA_TIDAK, 1, ""),
    "pengolahan.penyandian": (YA_TIDAK, 1, ""),
    "pengolahan.validasi": (YA_TIDAK, 1, ""),
    "tingkat_estimasi": (
        [
            ("1", "Nasional", "nasional"),
            ("2", "Provinsi", "provinsi"),
            ("3", "Kabupaten/kota", "kabupaten_kota"),
            ("4", "Kecamatan", "kecamatan"),
            ("5", "Lainnya", "lainnya"),
        ],
        2,
        "(boleh lebih dari satu)",
    ),
    "metode_analisis": (
        [
            ("1", "Deskriptif", "deskriptif"),
            ("2", "Inferensia", "inferensia"),
            ("3", "Deskriptif dan inferensia", "keduanya"),
        ],
        1,
        "",
    ),
    "produk.cetak": (YA_TIDAK, 1, ""),
    "produk.elektronik": (YA_TIDAK, 1, ""),
    "produk.makro": (YA_TIDAK, 1, ""),
    "produk.mikro": (YA_TIDAK, 1, ""),
}

#: The sampling method's ten codes (two-digit answer boxes).
PEMILIHAN_CODES = [
    ("1", "Acak sederhana", "srs"),
    ("2", "Sistematik", "sistematik"),
    ("3", "Stratifikasi", "stratifikasi"),
    ("4", "Klaster", "klaster"),
    ("5", "PPS", "pps"),
    ("6", "Kuota", "kuota"),
    ("7", "Aksidental", "aksidental"),
    ("8", "Purposive", "purposive"),
    ("9", "Bola salju (snowball)", "snowball"),
    ("10", "Saturasi", "saturasi"),
]

#: The form's rows in order. Kinds: cover, block, group, lines, region, tel, hp, opt, pilih,
#: count, vars, sched, date, extra (a printed item outside the contract), sign.
FS3_ROWS: list[tuple[Any, ...]] = [
    ("block", "", "KETERANGAN UMUM"),
    ("lines", "", "Judul survei", "judul", 2),
    ("count", "", "Tahun pelaksanaan", "tahun", 4, ""),
    ("block", "I", "KETERANGAN INSTANSI PENYELENGGARA"),
    ("lines", "R.1.1", "Nama instansi penyelenggara", "penyelenggara.instansi", 2),
    ("group", "R.1.2", "Alamat dan kontak instansi"),
    ("lines", "", "a. Jalan, nomor, kelurahan", "penyelenggara.alamat", 2),
    ("region", "", "b. Kabupaten/kota *)", "penyelenggara.kabupaten_kota"),
    ("region", "", "c. Provinsi", "penyelenggara.provinsi"),
    ("tel", "", "d. Telepon", "penyelenggara.telepon"),
    ("tel", "", "e. Faksimile", "penyelenggara.faks"),
    ("lines", "", "f. E-mail", "penyelenggara.email", 1),
    ("block", "II", "PENANGGUNG JAWAB"),
    ("group", "R.2.1", "Penanggung jawab survei"),
    ("lines", "", "a. Nama lengkap dan gelar", "penanggung_jawab.nama", 1),
    ("lines", "", "b. Jabatan", "penanggung_jawab.jabatan", 1),
    ("hp", "", "c. Telepon/HP", "penanggung_jawab.telepon"),
    ("tel", "", "d. Faksimile", "penanggung_jawab.faks"),
    ("lines", "", "e. E-mail", "penanggung_jawab.email", 1),
    ("group", "R.2.2", "Manajer survei"),
    ("lines", "", "a. Nama lengkap dan gelar", "manajer.nama", 1),
    ("lines", "", "b. Jabatan", "manajer.jabatan", 1),
    ("lines", "", "c. Alamat kantor", "manajer.alamat", 1),
    ("hp", "", "d. Telepon/HP", "manajer.telepon"),
    ("lines", "", "e. E-mail", "manajer.email", 1),
    ("block", "III", "JENIS SURVEI"),
    ("opt", "R.3.1", "Pelaksanaan survei", "pelaksanaan"),
    ("opt", "R.3.2", "Frekuensi pelaksanaan", "frekuensi"),
    ("opt", "R.3.3", "Tipe pengumpulan data", "tipe_pengumpulan"),
    ("block", "IV", "TUJUAN DAN VARIABEL"),
    ("lines", "R.4.1", "Tujuan survei", "tujuan", 4),
    ("vars", "R.4.2", "Variabel pokok yang dikumpulkan dan referensi waktunya", 7),
    ("block", "V", "DESAIN DAN PELAKSANAAN SURVEI"),
    ("opt", "R.5.1", "Cara pengumpulan data", "cara_pengumpulan"),
    ("opt", "R.5.2", "Cakupan wilayah survei", "cakupan_wilayah"),
    ("lines", "R.5.3", "Wilayah survei (jika R.5.2 berkode 2, tuliskan namanya)", "wilayah", 1),
    ("opt", "R.5.4", "Metode pengumpulan data", "metode_pengumpulan"),
    ("opt", "R.5.5", "Metode pemilihan sampel (jika R.5.1 berkode 1)", "metode_sampel"),
    ("pilih", "R.5.6", "Teknik pemilihan sampel", "metode_pemilihan"),
    ("opt", "R.5.7", "Apakah dilakukan uji coba kuesioner?", "uji_coba"),
    ("opt", "R.5.8", "Petugas pengumpul data", "petugas"),
    ("opt", "R.5.9", "Pendidikan terendah petugas", "pendidikan_petugas"),
    ("opt", "R.5.10", "Apakah petugas dilatih?", "pelatihan"),
    ("group", "R.5.11", "Jumlah petugas"),
    ("count", "", "a. Supervisor/pengawas", "jumlah_supervisor", 3, "orang"),
    ("count", "", "b. Pencacah/enumerator", "jumlah_enumerator", 3, "orang"),
    ("block", "VI", "DESAIN SAMPEL  (diisi jika R.5.1 = 1 dan R.5.5 = 1)"),
    ("opt", "R.6.1", "Rancangan sampel", "rancangan_sampel"),
    ("lines", "R.6.2", "Kerangka sampel yang digunakan", "kerangka_sampel", 2),
    (
        "extra",
        "R.6.3",
        "Jenis kerangka sampel",
        [("1", "Daftar (list frame)"), ("2", "Peta (area frame)"), ("3", "Daftar dan peta")],
        "1",
    ),
    ("lines", "R.6.4", "Fraksi sampel", "fraksi_sampel", 2),
    ("group", "R.6.5", "Unit dan jumlah sampel"),
    ("lines", "", "a. Unit sampel", "unit_sampel", 1),
    ("count", "", "b. Jumlah sampel", "jumlah_sampel", 5, "unit"),
    ("lines", "R.6.6", "Perkiraan sampling error", "sampling_error", 2),
    ("lines", "R.6.7", "Responden", "responden", 1),
    ("block", "VII", "PENGOLAHAN, ANALISIS DAN DISEMINASI"),
    ("group", "R.7.1", "Tahapan pengolahan data yang dilakukan"),
    ("opt", "", "a. Penyuntingan (editing)", "pengolahan.penyuntingan"),
    ("opt", "", "b. Penyandian (coding)", "pengolahan.penyandian"),
    ("opt", "", "c. Validasi", "pengolahan.validasi"),
    ("opt", "R.7.2", "Tingkat penyajian estimasi", "tingkat_estimasi"),
    ("opt", "R.7.3", "Metode analisis", "metode_analisis"),
    ("group", "R.7.4", "Produk yang dihasilkan"),
    ("opt", "", "a. Publikasi tercetak", "produk.cetak"),
    ("opt", "", "b. Publikasi elektronik", "produk.elektronik"),
    ("opt", "", "c. Data makro (tabel agregat)", "produk.makro"),
    ("opt", "", "d. Data mikro (data per responden)", "produk.mikro"),
    ("sched", "R.7.5", "Jadwal kegiatan"),
    ("date", "R.7.6", "Rencana tanggal rilis hasil", "tanggal_rilis"),
    ("sign",),
]

SCHED_STAGES = [
    ("1. Perencanaan", "jadwal.perencanaan"),
    ("2. Pengumpulan data lapangan", "jadwal.lapangan"),
    ("3. Pengolahan data", "jadwal.pengolahan"),
    ("4. Analisis", "jadwal.analisis"),
    ("5. Diseminasi hasil", "jadwal.diseminasi"),
]


class _Paper:
    """A reportlab canvas drawing the paper form page by page, with a running y and a
    seeded typewriter (small offsets and ink density per typed line or character)."""

    def __init__(self, path: Path) -> None:
        from reportlab.pdfgen.canvas import Canvas

        self.f = _fonts18()
        self.cv = Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
        self.page = 1
        self.y = PAGE_H - TOP
        self.rng = random.Random(1807)
        self.block = ""

    # page frame ---------------------------------------------------------------------------

    def footer(self) -> None:
        cv = self.cv
        cv.setFillGray(0)
        cv.setFont(self.f["sans"], 7)
        cv.drawString(X0, 34, "FS3 - Formulir Pemberitahuan Survei Statistik Sektoral")
        cv.drawRightString(X1, 34, f"Halaman {self.page}")
        cv.setLineWidth(0.4)
        cv.line(X0, 43, X1, 43)

    def running_head(self) -> None:
        cv = self.cv
        cv.setFont(self.f["sans"], 7.5)
        cv.drawString(X0, PAGE_H - 34, "BADAN PUSAT STATISTIK")
        cv.setLineWidth(1.2)
        cv.rect(X1 - 40, PAGE_H - 42, 40, 18, stroke=1, fill=0)
        cv.setFont(self.f["bold"], 11)
        cv.drawCentredString(X1 - 20, PAGE_H - 37, "FS3")

    def new_page(self) -> None:
        self.footer()
        self.cv.showPage()
        self.page += 1
        self.running_head()
        self.y = PAGE_H - TOP - 8
        if self.block:
            self.block_bar(self.block + "  (lanjutan)")

    def need(self, h: float) -> None:
        if self.y - h < BOTTOM:
            self.new_page()

    # typed text ---------------------------------------------------------------------------

    def ink(self) -> None:
        self.cv.setFillGray(self.rng.uniform(0.02, 0.22))

    def typed(self, x: float, y: float, s: str, size: float = 9.6) -> None:
        """One typed line, the whole line a little off the printed baseline."""
        self.ink()
        self.cv.setFont(self.f["mono"], size)
        self.cv.drawString(x + self.rng.uniform(-0.8, 0.8), y + self.rng.uniform(-0.7, 0.7), s)
        self.cv.setFillGray(0)

    def comb(
        self, x: float, top: float, n: int, text: str, *, w: float = 12.5, h: float = 14.5
    ) -> float:
        """``n`` printed boxes side by side, ``text`` typed one character a box from the
        left; returns the width used."""
        cv = self.cv
        cv.setLineWidth(0.6)
        cv.setFillGray(1)
        for k in range(n):
            cv.rect(x + k * w, top - h, w, h, stroke=1, fill=1)
        cv.setFillGray(0)
        cv.setFont(self.f["mono"], 10.5)
        for k, ch in enumerate(text[:n]):
            if ch == " ":
                continue
            self.ink()
            cv.setFont(self.f["mono"], 10.5)
            cv.drawCentredString(
                x + k * w + w / 2 + self.rng.uniform(-0.7, 0.7),
                top - h + 3.8 + self.rng.uniform(-0.6, 0.6),
                ch,
            )
        cv.setFillGray(0)
        return n * w

    def small(self, x: float, y: float, s: str, size: float = 7.0) -> None:
        self.cv.setFillGray(0.15)
        self.cv.setFont(self.f["sans"], size)
        self.cv.drawString(x, y, s)
        self.cv.setFillGray(0)

    # frame pieces ------------------------------------------------------------------------

    def block_bar(self, title: str) -> None:
        """A block heading: a dark cell with the block's Roman number, the title on grey."""
        cv = self.cv
        h = 17.0
        self.need(h + 40)
        top = self.y
        roman, _, rest = title.partition("|")
        cv.setFillGray(0.80)
        cv.rect(X0, top - h, X1 - X0, h, stroke=0, fill=1)
        if rest:
            cv.setFillGray(0.12)
            cv.rect(X0, top - h, 64, h, stroke=0, fill=1)
            cv.setFillGray(1)
            cv.setFont(self.f["bold"], 9.5)
            cv.drawCentredString(X0 + 32, top - 12, roman)
            cv.setFillGray(0)
            cv.drawString(X0 + 72, top - 12, rest)
        else:
            cv.setFillGray(0)
            cv.setFont(self.f["bold"], 9.5)
            cv.drawString(X0 + 6, top - 12, roman)
        cv.setLineWidth(0.9)
        cv.rect(X0, top - h, X1 - X0, h, stroke=1, fill=0)
        self.y -= h

    def frame(self, h: float, *, shade_code: bool, span: bool = False) -> float:
        """The ruled cells of one row of height ``h``; returns its top."""
        cv = self.cv
        top = self.y
        if shade_code:
            cv.setFillGray(0.86)
            cv.rect(XC, top - h, X1 - XC, h, stroke=0, fill=1)
            cv.setFillGray(0)
        cv.setLineWidth(0.5)
        cv.line(X0, top - h, X1, top - h)
        cv.setLineWidth(0.9)
        cv.line(X0, top, X0, top - h)
        cv.line(X1, top, X1, top - h)
        cv.setLineWidth(0.5)
        cv.line(XN, top, XN, top - h)
        if not span:
            cv.line(XL, top, XL, top - h)
        cv.line(XC, top, XC, top - h)
        return top

    def label(self, top: float, number: str, text: str, note: str = "") -> int:
        """The item number and label (wrapped) in their columns; returns the line count."""
        cv = self.cv
        cv.setFont(self.f["bold"], 8.2)
        cv.drawString(X0 + 3, top - 11, number)
        indent = 8.0 if text[:2] in {f"{c}." for c in "abcdefgh"} and not number else 0.0
        lines = _wrap(text, self.f["sans"], 8.4, XL - XN - 8 - indent)
        cv.setFont(self.f["sans"], 8.4)
        for k, s in enumerate(lines):
            cv.drawString(XN + 4 + (indent if k else 0), top - 11 - k * 10.2, s)
        if note:
            n2 = _wrap(note, self.f["ital"], 7.2, XL - XN - 8)
            cv.setFont(self.f["ital"], 7.2)
            for k, s in enumerate(n2):
                cv.drawString(XN + 4, top - 11 - (len(lines) + k) * 10.2, s)
            return len(lines) + len(n2)
        return len(lines)

    def label_height(self, text: str, note: str = "") -> float:
        n = len(_wrap(text, self.f["sans"], 8.4, XL - XN - 16))
        if note:
            n += len(_wrap(note, self.f["ital"], 7.2, XL - XN - 8))
        return n * 10.2 + 7

    def code_boxes(self, top: float, h: float, codes: list[str], n: int, digits: int = 1) -> None:
        """``n`` answer boxes (each ``digits`` characters wide) in the code column,
        centred, the chosen codes typed in from the left (right-aligned inside a box)."""
        w = 14.0
        gap = 4.0
        total = n * digits * w + (n - 1) * gap
        x = XC + (X1 - XC - total) / 2
        box_top = top - (h - 16) / 2
        for k in range(n):
            code = codes[k] if k < len(codes) else ""
            self.comb(x, box_top, digits, code.rjust(digits) if code else "", w=w, h=16)
            x += digits * w + gap


def _opts_layout(paper: _Paper, opts: list[tuple[str, str]], width: float) -> list[list[str]]:
    """Option texts "1. Wording" on one line when they fit, else in two columns."""
    items = [f"{c}. {t}" for c, t in opts]
    font = paper.f["sans"]
    one = "    ".join(items)
    if _sw(one, font, 8.2) <= width:
        return [[one]]
    half = (len(items) + 1) // 2
    return [[items[k], items[k + half] if k + half < len(items) else ""] for k in range(half)]


def render_fs3_comb_paper(c: Shown18, path: Path) -> None:
    """The printed paper FS3 with its typed answers (see the module docstring)."""
    p = _Paper(path)
    cv = p.cv
    f = p.f
    values: dict[str, Any] = {k: v for k, (_, v) in c.items()}
    printed: dict[str, Any] = {k: t for k, (t, _) in c.items()}

    # cover: issuer, form code, title, BPS-only box and instructions
    cv.setFont(f["sans"], 8)
    cv.drawString(X0, PAGE_H - 40, "REPUBLIK INDONESIA")
    cv.setFont(f["bold"], 11)
    cv.drawString(X0, PAGE_H - 54, "BADAN PUSAT STATISTIK")
    cv.setLineWidth(1.6)
    cv.rect(X1 - 62, PAGE_H - 62, 62, 30, stroke=1, fill=0)
    cv.setFont(f["bold"], 17)
    cv.drawCentredString(X1 - 31, PAGE_H - 53, "FS3")
    cv.setFont(f["bold"], 12.5)
    cv.drawCentredString(PAGE_W / 2, PAGE_H - 86, "FORMULIR PEMBERITAHUAN")
    cv.drawCentredString(PAGE_W / 2, PAGE_H - 101, "SURVEI STATISTIK SEKTORAL")
    cv.setFont(f["sans"], 7.8)
    cv.drawCentredString(
        PAGE_W / 2,
        PAGE_H - 114,
        "Berdasarkan UU Nomor 16 Tahun 1997 tentang Statistik dan PP Nomor 51 Tahun 1999",
    )
    # instructions (left) and the box for BPS (right)
    top = PAGE_H - 126
    cv.setLineWidth(0.6)
    cv.rect(X0, top - 62, 300, 62, stroke=1, fill=0)
    cv.setFont(f["bold"], 7.6)
    cv.drawString(X0 + 5, top - 10, "PETUNJUK PENGISIAN")
    cv.setFont(f["sans"], 7.2)
    for k, s in enumerate(
        (
            "1. Isian diketik atau ditulis dengan huruf cetak, satu huruf/angka per kotak.",
            "2. Pertanyaan berkode: tuliskan kode jawaban pada kotak di kolom kanan.",
            "3. Kolom yang diarsir tidak diisi kode.",
            "4. *) Coret yang tidak sesuai.",
        )
    ):
        cv.drawString(X0 + 5, top - 21 - k * 9.5, s)
    bx = X0 + 310
    cv.rect(bx, top - 62, X1 - bx, 62, stroke=1, fill=0)
    cv.setFont(f["bold"], 7.6)
    cv.drawString(bx + 5, top - 10, "DIISI OLEH BPS")
    cv.setFont(f["sans"], 7.2)
    cv.drawString(bx + 5, top - 27, "Nomor registrasi")
    p.comb(bx + 82, top - 16, 6, "", w=11, h=13)
    cv.setFont(f["sans"], 7.2)
    cv.drawString(bx + 5, top - 48, "Tanggal diterima")
    xx = bx + 82
    for n in (2, 2, 4):
        xx += p.comb(xx, top - 37, n, "", w=11, h=13) + 3
        if n == 2:
            cv.setFont(f["sans"], 8)
            cv.drawString(xx - 2, top - 47, "-")
            xx += 4
    p.y = top - 76

    for row in FS3_ROWS:
        kind = row[0]
        if kind == "block":
            roman, title = row[1], row[2]
            p.y -= 6
            bar = f"BLOK {roman}|{title}" if roman else title
            p.block = ""
            p.block_bar(bar)
            p.block = bar if roman else ""
            continue
        if kind == "group":
            h = 15.0
            p.need(h + 30)
            top = p.frame(h, shade_code=True, span=True)
            cv.setFont(f["bold"], 8.2)
            cv.drawString(X0 + 3, top - 11, row[1])
            cv.setFont(f["bold"], 8.4)
            cv.drawString(XN + 4, top - 11, row[2])
            p.y -= h
            continue
        if kind == "lines":
            number, text, key, nmin = row[1], row[2], row[3], row[4]
            value = printed.get(key) or ""
            tl = _wrap(value, f["mono"], 9.6, XC - XL - 12) if value else []
            n = max(nmin, len(tl))
            h = max(p.label_height(text), n * 15.0 + 6)
            p.need(h)
            top = p.frame(h, shade_code=True)
            p.label(top, number, text)
            for k in range(n):
                yy = top - 16 - k * 15.0
                cv.setDash(1, 1.6)
                cv.setLineWidth(0.45)
                cv.line(XL + 5, yy - 2.5, XC - 5, yy - 2.5)
                cv.setDash()
                if k < len(tl):
                    p.typed(XL + 7, yy, tl[k])
            p.y -= h
            continue
        if kind == "region":
            number, text, key = row[1], row[2], row[3]
            h = 22.0
            p.need(h)
            top = p.frame(h, shade_code=False)
            p.label(top, number, text)
            cv.setDash(1, 1.6)
            cv.setLineWidth(0.45)
            cv.line(XL + 5, top - 16.5, XC - 5, top - 16.5)
            cv.setDash()
            p.typed(XL + 7, top - 14, printed[key] or "")
            code = str(values[key])[-2:]
            p.code_boxes(top, h, [code], 1, digits=2)
            p.y -= h
            continue
        if kind in ("tel", "hp"):
            number, text, key = row[1], row[2], row[3]
            h = 24.0
            p.need(h)
            top = p.frame(h, shade_code=True)
            p.label(top, number, text)
            raw = printed.get(key) or ""
            if kind == "tel":
                area, _, num = raw.partition("-")
                p.small(XL + 6, top - 14, "Kode area")
                x = XL + 42
                x += p.comb(x, top - 4.5, 4, area)
                p.small(x + 8, top - 14, "Nomor")
                p.comb(x + 34, top - 4.5, 8, num)
            else:
                p.small(XL + 6, top - 14, "Nomor")
                p.comb(XL + 42, top - 4.5, 13, raw)
            p.y -= h
            continue
        if kind == "count":
            number, text, key, n, unit = row[1], row[2], row[3], row[4], row[5]
            h = 24.0
            p.need(h)
            top = p.frame(h, shade_code=True)
            p.label(top, number, text)
            x = XL + 8
            x += p.comb(x, top - 4.5, n, (printed.get(key) or "").rjust(n))
            if unit:
                cv.setFont(f["sans"], 8.2)
                cv.drawString(x + 6, top - 15, unit)
            p.y -= h
            continue
        if kind == "date":
            number, text, key = row[1], row[2], row[3]
            h = 30.0
            p.need(h)
            top = p.frame(h, shade_code=True)
            p.label(top, number, text)
            _date_comb(p, XL + 8, top - 4, printed.get(key) or "")
            p.y -= h
            continue
        if kind in ("opt", "pilih", "extra"):
            number, text = row[1], row[2]
            if kind == "extra":
                opts = [(cc, tt) for cc, tt in row[3]]
                chosen, nbox, note, digits = [row[4]], 1, "", 1
            elif kind == "pilih":
                key = row[3]
                opts = [(cc, tt) for cc, tt, _ in PEMILIHAN_CODES]
                chosen = [cc for cc, _, v in PEMILIHAN_CODES if v == values.get(key)]
                nbox, digits = 1, 2
                note = "(probabilitas: kode 1-5; nonprobabilitas: kode 6-10)"
            else:
                key = row[3]
                spec, nbox, note = FS3_CODES[key]
                opts = [(cc, tt) for cc, tt, _ in spec]
                want = values.get(key)
                wanted = want if isinstance(want, list) else [want]
                chosen = [cc for cc, _, v in spec if key in values and v in wanted]
                digits = 1
            lay = _opts_layout(p, opts, XC - XL - 12)
            h = max(p.label_height(text, note), len(lay) * 11.0 + 9, 22.0)
            p.need(h)
            top = p.frame(h, shade_code=False)
            p.label(top, number, text, note)
            cv.setFont(f["sans"], 8.2)
            for k, parts in enumerate(lay):
                for j, s in enumerate(parts):
                    cv.drawString(XL + 6 + j * (XC - XL) / 2, top - 12 - k * 11.0, s)
            p.code_boxes(top, h, chosen, nbox, digits)
            p.y -= h
            continue
        if kind == "vars":
            number, text, nrows = row[1], row[2], row[3]
            rows = values["variabel"]
            h_head, h_row = 15.0, 16.0
            h = 16 + h_head + nrows * h_row + 6
            p.need(h)
            top = p.frame(h, shade_code=True, span=True)
            cv.setFont(f["bold"], 8.2)
            cv.drawString(X0 + 3, top - 11, number)
            cv.setFont(f["sans"], 8.4)
            cv.drawString(XN + 4, top - 11, text)
            edges = [XN + 4, XN + 28, XN + 268, XC - 6]
            tt = top - 16
            cv.setFillGray(0.9)
            cv.rect(edges[0], tt - h_head, edges[-1] - edges[0], h_head, stroke=0, fill=1)
            cv.setFillGray(0)
            cv.setFont(f["bold"], 7.8)
            for x, s in zip(edges, ("No.", "Nama variabel", "Referensi waktu"), strict=False):
                cv.drawString(x + 3, tt - 10.5, s)
            cv.setLineWidth(0.5)
            for r in range(nrows + 2):
                yy = tt - (h_head if r else 0) - max(0, r - 1) * h_row
                cv.line(edges[0], yy, edges[-1], yy)
            bottom = tt - h_head - nrows * h_row
            for x in edges:
                cv.line(x, tt, x, bottom)
            for r in range(nrows):
                yy = tt - h_head - r * h_row - 11.5
                cv.setFont(f["sans"], 8)
                cv.drawCentredString((edges[0] + edges[1]) / 2, yy, str(r + 1))
                if r < len(rows):
                    p.typed(edges[1] + 4, yy, rows[r]["nama"], 9)
                    p.typed(edges[2] + 4, yy, rows[r]["referensi_waktu"], 9)
            p.y -= h
            continue
        if kind == "sched":
            number, text = row[1], row[2]
            h_head, h_row = 24.0, 21.0
            h = 16 + h_head + len(SCHED_STAGES) * h_row + 6
            p.need(h)
            top = p.frame(h, shade_code=True, span=True)
            cv.setFont(f["bold"], 8.2)
            cv.drawString(X0 + 3, top - 11, number)
            cv.setFont(f["sans"], 8.4)
            cv.drawString(XN + 4, top - 11, text)
            edges = [XN + 4, XN + 170, XN + 302, XC - 6]
            tt = top - 16
            cv.setFillGray(0.9)
            cv.rect(edges[0], tt - h_head, edges[-1] - edges[0], h_head, stroke=0, fill=1)
            cv.setFillGray(0)
            cv.setFont(f["bold"], 7.8)
            cv.drawString(edges[0] + 4, tt - 14, "Tahapan kegiatan")
            for x, s in ((edges[1], "Tanggal mulai"), (edges[2], "Tanggal selesai")):
                cv.setFont(f["bold"], 7.8)
                cv.drawCentredString((x + x + 132) / 2, tt - 10, s)
                cv.setFont(f["sans"], 6.8)
                cv.drawCentredString((x + x + 132) / 2, tt - 19, "(tgl - bln - tahun)")
            cv.setLineWidth(0.5)
            bottom = tt - h_head - len(SCHED_STAGES) * h_row
            for r in range(len(SCHED_STAGES) + 2):
                yy = tt - (h_head if r else 0) - max(0, r - 1) * h_row
                cv.line(edges[0], yy, edges[-1], yy)
            for x in edges:
                cv.line(x, tt, x, bottom)
            for r, (stage, key) in enumerate(SCHED_STAGES):
                yy = tt - h_head - r * h_row
                cv.setFont(f["sans"], 8.2)
                cv.drawString(edges[0] + 4, yy - 13.5, stage)
                start, end = printed[key] or ("", "")
                _date_comb(p, edges[1] + 10, yy - 3.5, start, small=True)
                _date_comb(p, edges[2] + 10, yy - 3.5, end, small=True)
            p.y -= h
            continue
        if kind == "sign":
            p.need(150)
            p.y -= 22
            x = 300.0
            place, title1, title2, name, nip = TANAHLAUT_SIGN
            p.typed(x, p.y, place, 9.6)
            p.typed(x, p.y - 13, title1, 9.0)
            p.typed(x, p.y - 25, title2, 9.0)
            _scribble(cv, x + 20, p.y - 60, p.rng)
            p.typed(x, p.y - 88, name, 9.6)
            cv.setLineWidth(0.6)
            cv.line(x, p.y - 90.5, x + _sw(name, f["mono"], 9.6), p.y - 90.5)
            p.typed(x, p.y - 101, nip, 9.0)
            p.y -= 110
    p.footer()
    cv.showPage()
    cv.save()


def _date_comb(p: _Paper, x: float, top: float, text: str, *, small: bool = False) -> None:
    """A date typed in boxes: two for the day, two for the month, four for the year."""
    day, month, year = [*text.split("-"), "", "", ""][:3] if text else ["", "", ""]
    w, h = (11.5, 14.0) if small else (12.5, 14.5)
    for part, n in ((day, 2), (month, 2), (year, 4)):
        x += p.comb(x, top, n, part, w=w, h=h)
        if n == 2:
            p.cv.setFillGray(0)
            p.cv.setFont(p.f["sans"], 9)
            p.cv.drawCentredString(x + 4, top - h + 4, "-")
            x += 8


def _scribble(cv: Any, x: float, y: float, rng: random.Random) -> None:
    """A pen signature: a few looping strokes in blue-black ink."""
    cv.setStrokeColorRGB(0.1, 0.12, 0.35)
    cv.setLineWidth(1.0)
    path = cv.beginPath()
    path.moveTo(x, y)
    for k in range(7):
        dx = 12 + k * 11
        path.curveTo(
            x + dx - 6,
            y + 18 + rng.uniform(-4, 4),
            x + dx + 2,
            y - 12 + rng.uniform(-3, 3),
            x + dx + 8,
            y + 4 + rng.uniform(-3, 3),
        )
    path.lineTo(x + 100, y + 10)
    cv.drawPath(path, stroke=1, fill=0)
    cv.setStrokeColorRGB(0, 0, 0)


def scan_pages_to_pdf(
    make_pdf: Callable[[Path], None],
    path: Path,
    *,
    dpi: int = 300,
    angles: tuple[float, ...] = (0.45, -0.3, 0.6, -0.15, 0.35, -0.4),
    seed: int = 18,
) -> None:
    """``make_pdf(pdf)`` put through a sheet-fed office scanner: grey pages at ``dpi``,
    each turned a little (its own angle), greyish paper, a soft shadow along the left
    edge, a few dust specks, light blur and noise; saved as a PDF of JPEG page images."""
    import datetime
    import tempfile

    import cv2
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(seed)
    pages: list[Any] = []
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "form.pdf"
        make_pdf(pdf)
        doc = pdfium.PdfDocument(str(pdf))
        for k in range(len(doc)):
            img = doc[k].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            arr: Any = np.asarray(img, dtype=np.float32)
            hgt, wid = arr.shape
            angle = angles[k % len(angles)]
            mat = cv2.getRotationMatrix2D((wid / 2, hgt / 2), angle, 1.0)
            mat[0, 2] += rng.uniform(-12, 12)
            mat[1, 2] += rng.uniform(-10, 10)
            arr = cv2.warpAffine(
                arr,
                mat,
                (wid, hgt),
                flags=cv2.INTER_LINEAR,
                borderMode=cv2.BORDER_CONSTANT,
                borderValue=255.0,
            )
            arr = cv2.GaussianBlur(arr, (0, 0), 0.55)
            # paper tone, left-edge shadow, noise
            arr = arr * 0.92 + 12.0
            ramp = np.clip(1.0 - np.arange(wid, dtype=np.float32) / 70.0, 0.0, 1.0)
            arr = arr - 35.0 * ramp[None, :]
            arr = arr + rng.normal(0.0, 5.0, arr.shape).astype(np.float32)
            for _ in range(int(rng.integers(8, 16))):
                cx, cy = int(rng.integers(0, wid)), int(rng.integers(0, hgt))
                cv2.circle(arr, (cx, cy), int(rng.integers(1, 3)), float(rng.uniform(60, 140)), -1)
            pages.append(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L"))
        doc.close()
    pages[0].save(
        str(path),
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(dpi),
        quality=82,
        producer="Scan to PDF",
        creationDate=datetime.datetime(2026, 1, 27, 8, 41, 5).timetuple(),
        modDate=datetime.datetime(2026, 1, 27, 8, 41, 5).timetuple(),
    )


# --- 2. FP-KPA: Uraian | Keterangan | Catatan ----------------------------------------------

#: Rows of the revenue agency's form: ("sec", title), ("grp", title),
#: ("row", label, key, note), ("vars",), ("sched", label).
FPKPA_ROWS: list[tuple[Any, ...]] = [
    ("sec", "IDENTITAS KEGIATAN"),
    ("row", "Nama kegiatan kompilasi", "judul", "Sesuai nomenklatur dalam DPA"),
    ("row", "Tahun kegiatan", "tahun", ""),
    ("sec", "I.  IDENTITAS PERANGKAT DAERAH"),
    ("row", "1.1  Perangkat daerah pelaksana", "penyelenggara.instansi", "Tanpa singkatan"),
    ("grp", "1.2  Alamat dan kontak kantor"),
    ("row", "a. Jalan/nomor/kelurahan", "penyelenggara.alamat", ""),
    ("row", "b. Kota/kabupaten", "penyelenggara.kabupaten_kota", ""),
    ("row", "c. Provinsi", "penyelenggara.provinsi", ""),
    ("row", "d. Nomor telepon kantor", "penyelenggara.telepon", "Sertakan kode area"),
    ("row", "e. Nomor faksimile", "penyelenggara.faks", "Kosongkan bila tidak ada"),
    ("row", "f. Surel resmi kantor", "penyelenggara.email", "Gunakan domain go.id"),
    ("sec", "II.  PENANGGUNG JAWAB"),
    ("grp", "2.1  Pejabat penanggung jawab kegiatan"),
    ("row", "a. Nama dan gelar", "penanggung_jawab.nama", "Kepala perangkat daerah"),
    ("row", "b. Jabatan", "penanggung_jawab.jabatan", ""),
    ("row", "c. Alamat kantor", "penanggung_jawab.alamat", ""),
    ("row", "d. Telepon/HP", "penanggung_jawab.telepon", "Nomor yang dapat dihubungi"),
    ("row", "e. Faksimile", "penanggung_jawab.faks", ""),
    ("row", "f. Surel", "penanggung_jawab.email", ""),
    ("grp", "2.2  Pengelola teknis kegiatan"),
    ("row", "a. Nama dan gelar", "pj_teknis.nama", "Dapat pejabat administrator"),
    ("row", "b. Jabatan", "pj_teknis.jabatan", ""),
    ("row", "c. Alamat kantor", "pj_teknis.alamat", ""),
    ("row", "d. Telepon/HP", "pj_teknis.telepon", ""),
    ("row", "e. Surel", "pj_teknis.email", "Untuk korespondensi dengan BPS"),
    ("sec", "III.  MAKSUD DAN JADWAL"),
    ("row", "3.1  Maksud dan pemanfaatan data", "tujuan", "Uraikan secara singkat"),
    ("sched", "3.2  Tahapan dan jadwal kegiatan"),
    ("sec", "IV.  DAFTAR VARIABEL"),
    ("vars",),
    ("sec", "V.  RANCANGAN KOMPILASI"),
    ("row", "5.1  Sifat penyelenggaraan", "pelaksanaan", "Pilih: satu kali / berulang"),
    ("row", "5.2  Periode pengulangan", "frekuensi", "Diisi bila berulang"),
    ("row", "5.3  Jenis data administrasi yang dihimpun", "jenis_data", ""),
    ("row", "5.4  Cara memperoleh data", "metode_pengumpulan", "Mis. ekspor basis data"),
    (
        "row",
        "5.5  Jangkauan wilayah",
        "cakupan_wilayah",
        "Pilih: seluruh Indonesia / sebagian wilayah",
    ),
    ("row", "5.6  Wilayah yang dicakup", "wilayah", "Diisi bila sebagian"),
    ("sec", "VI.  PETUGAS"),
    ("row", "6.1  Status petugas pengumpul data", "petugas", "Staf instansi / mitra / keduanya"),
    ("row", "6.2  Pendidikan minimal petugas", "pendidikan_petugas", ""),
    ("row", "6.3  Jumlah pengawas", "jumlah_supervisor", ""),
    ("row", "6.4  Jumlah operator/pengumpul data", "jumlah_enumerator", "Termasuk operator UPT"),
    ("row", "6.5  Bimbingan teknis bagi petugas", "pelatihan", "Ya / Tidak"),
    ("sec", "VII.  PENGOLAHAN, ANALISIS DAN PENYAJIAN"),
    ("grp", "7.1  Tahapan pengolahan data"),
    ("row", "a. Penyuntingan (editing)", "pengolahan.penyuntingan", "Ya / Tidak"),
    ("row", "b. Entri data", "pengolahan.entri_data", "Data sudah elektronik"),
    ("row", "c. Penyandian (coding)", "pengolahan.penyandian", "Kode jenis pajak"),
    ("row", "d. Validasi", "pengolahan.validasi", "Rekonsiliasi dengan RKUD"),
    ("row", "7.2  Metode analisis", "metode_analisis", ""),
    ("row", "7.3  Unit analisis", "unit_analisis", "Wajib pajak orang pribadi/badan"),
    ("row", "7.4  Tingkat penyajian data", "tingkat_penyajian", "Boleh lebih dari satu"),
    ("grp", "7.5  Bentuk produk"),
    ("row", "a. Publikasi tercetak", "produk.cetak", ""),
    ("row", "b. Publikasi elektronik (laman/dasbor)", "produk.elektronik", ""),
    ("row", "7.6  Rencana tanggal rilis", "tanggal_rilis", "Setelah analisis selesai"),
]

KPA_STAGES = [
    ("Perencanaan", "jadwal.perencanaan"),
    ("Pengumpulan/penarikan data", "jadwal.pengumpulan"),
    ("Pengolahan", "jadwal.pengolahan"),
    ("Analisis", "jadwal.analisis"),
    ("Diseminasi", "jadwal.diseminasi"),
]


def render_fpkpa_catatan(c: Shown18, path: Path) -> None:
    """The revenue agency's FP-KPA as one ruled table Uraian | Keterangan | Catatan."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    f = _fonts18()
    base = ParagraphStyle("w18", fontName=f["sans"], fontSize=9, leading=11.2)
    val = ParagraphStyle("w18v", parent=base)
    note = ParagraphStyle(
        "w18n", parent=base, fontName=f["ital"], fontSize=7.6, leading=9.2, textColor="#444444"
    )
    head = ParagraphStyle("w18h", parent=base, fontName=f["bold"], alignment=TA_CENTER)
    sec = ParagraphStyle("w18s", parent=base, fontName=f["bold"], fontSize=9.2)
    grp = ParagraphStyle("w18g", parent=base, fontName=f["bital"])
    small_head = ParagraphStyle("w18sh", parent=base, fontName=f["bold"], fontSize=8.2, leading=10)
    small = ParagraphStyle("w18sm", parent=base, fontSize=8.4, leading=10.2)

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(text), style)

    printed: dict[str, Any] = {k: t for k, (t, _) in c.items()}
    values: dict[str, Any] = {k: v for k, (_, v) in c.items()}
    widths = [172.0, 228.0, 105.0]

    data: list[list[Any]] = [
        [para("Uraian", head), para("Keterangan", head), para("Catatan", head)]
    ]
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), f["sans"], 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c9d3df")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for row in FPKPA_ROWS:
        r = len(data)
        kind = row[0]
        if kind == "sec":
            data.append([para(row[1], sec), "", ""])
            cmds += [
                ("SPAN", (0, r), (-1, r)),
                ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#e4e8ee")),
            ]
        elif kind == "grp":
            data.append([para(row[1], grp), "", ""])
            cmds += [("SPAN", (0, r), (-1, r))]
        elif kind == "row":
            label, key, nt = row[1], row[2], row[3]
            text = printed.get(key) or ""
            data.append([para(label, base), para(text, val), para(nt, note)])
        elif kind == "sched":
            label = row[1]
            grid = [
                [
                    para("Tahapan", small_head),
                    para("Mulai", small_head),
                    para("Selesai", small_head),
                ]
            ]
            for stage, key in KPA_STAGES:
                start, end = printed[key] or ("", "")
                grid.append([para(stage, small), para(start, small), para(end, small)])
            sub = Table(grid, colWidths=[133.0, 94.0, 94.0])
            sub.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0f0f0")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            data.append([para(label, base), sub, ""])
            cmds += [("SPAN", (1, r), (2, r))]
        elif kind == "vars":
            grid = [
                [
                    para("No.", small_head),
                    para("Nama variabel", small_head),
                    para("Referensi waktu", small_head),
                    para("Sumber (rekaman administrasi)", small_head),
                ]
            ]
            for k, v in enumerate(values["variabel"], 1):
                grid.append(
                    [
                        para(str(k), small),
                        para(v["nama"], small),
                        para(v["referensi_waktu"], small),
                        para(v["sumber"], small),
                    ]
                )
            sub = Table(grid, colWidths=[26.0, 215.0, 100.0, 150.0], repeatRows=1)
            sub.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0f0f0")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            data.append([sub, "", ""])
            cmds += [("SPAN", (0, r), (-1, r))]

    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(cmds))

    def on_page(cv: Any, doc: Any) -> None:
        cv.saveState()
        cv.setFont(f["sans"], 7.5)
        cv.setFillColor(colors.HexColor("#333333"))
        cv.drawString(45, A4[1] - 30, "FP-KPA  |  Badan Pendapatan Daerah Kota Palangka Raya")
        cv.drawRightString(A4[0] - 45, A4[1] - 30, "Formulir versi 2025.2")
        cv.setLineWidth(0.4)
        cv.line(45, A4[1] - 34, A4[0] - 45, A4[1] - 34)
        cv.drawCentredString(A4[0] / 2, 28, f"- {doc.page} -")
        cv.restoreState()

    title = ParagraphStyle(
        "w18t", parent=base, fontName=f["bold"], fontSize=12, leading=15, alignment=TA_CENTER
    )
    sub_title = ParagraphStyle("w18st", parent=base, fontSize=8.5, alignment=TA_CENTER)
    sign = ParagraphStyle("w18sg", parent=base, fontSize=9.5, leading=12, leftIndent=300)
    place, t1, t2, name, nip = PALANGKARAYA_SIGN
    story: list[Any] = [
        Paragraph("FORMULIR PEMBERITAHUAN", title),
        Paragraph("KOMPILASI PRODUK ADMINISTRASI (FP-KPA)", title),
        Spacer(1, 3),
        Paragraph(
            "Isian pada kolom Keterangan; kolom Catatan berisi petunjuk dan tidak perlu diubah",
            sub_title,
        ),
        Spacer(1, 10),
        table,
        Spacer(1, 16),
        KeepTogether(
            [
                Paragraph(escape(place), sign),
                Paragraph(escape(t1), sign),
                Paragraph(escape(t2), sign),
                Spacer(1, 44),
                Paragraph(f"<u><b>{escape(name)}</b></u>", sign),
                Paragraph(escape(nip), sign),
            ]
        ),
    ]
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=45,
        rightMargin=45,
        topMargin=46,
        bottomMargin=44,
        title="FP-KPA Bapenda Kota Palangka Raya",
        author="Bidang Perencanaan dan Pengembangan Pendapatan Daerah",
        invariant=True,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# --- 3. cover letter in Word, Plh. signer ----------------------------------------------------


def _emblem_png(path: Path) -> None:
    """A simple city emblem: a green shield with a gold rim, a white star and a house
    shape (drawn with Pillow, not a real coat of arms)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (300, 360), "white")
    d = ImageDraw.Draw(img)
    shield = [(20, 20), (280, 20), (280, 200), (150, 340), (20, 200)]
    d.polygon(shield, fill=(210, 170, 40))
    inner = [(38, 38), (262, 38), (262, 192), (150, 315), (38, 192)]
    d.polygon(inner, fill=(24, 110, 60))
    star = []
    import math

    for k in range(10):
        r = 42 if k % 2 == 0 else 18
        a = math.pi / 2 + k * math.pi / 5
        star.append((150 + r * math.cos(a), 105 - r * math.sin(a)))
    d.polygon(star, fill="white")
    d.polygon([(95, 230), (150, 180), (205, 230)], fill=(240, 240, 240))
    d.rectangle([108, 230, 192, 270], fill=(240, 240, 240))
    d.rectangle([140, 244, 160, 270], fill=(24, 110, 60))
    img.save(str(path))


def _no_borders(table: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    anchor = tbl_pr.find(qn("w:tblLayout"))
    if anchor is None:
        anchor = tbl_pr.find(qn("w:tblLook"))
    if anchor is None:
        tbl_pr.append(borders)
    else:
        anchor.addprevious(borders)


def _col_widths(table: Any, widths: list[Any]) -> None:
    """Fixed column widths in the table grid and in every cell (Word and LibreOffice)."""
    from docx.oxml.ns import qn

    table.autofit = False
    tbl = table._tbl
    for col, width in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(width.twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _bottom_rule(paragraph: Any) -> None:
    """A thick-thin double rule under the letterhead (paragraph bottom border)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "thickThinSmallGap")
    bottom.set(qn("w:sz"), "24")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    bdr.append(bottom)
    p_pr.insert(0, bdr)  # no pStyle/numPr here, so the border goes first (schema order)


def render_letter_plh_docx(path: Path) -> None:
    """The revenue agency's cover letter (see the module docstring)."""
    import datetime
    import tempfile

    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    def par(
        text: str = "",
        *,
        bold: bool = False,
        size: float | None = None,
        align: Any = None,
        left: float = 0.0,
        first: float = 0.0,
        after: float = 0.0,
        underline: bool = False,
        container: Any = None,
    ) -> Any:
        target = container if container is not None else doc
        p = target.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold = bold
            run.underline = underline
            if size:
                run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        fmt = p.paragraph_format
        fmt.left_indent = Cm(left) if left else None
        fmt.first_line_indent = Cm(first) if first else None
        fmt.space_after = Pt(after)
        return p

    # letterhead: emblem | four centred lines
    kop = doc.add_table(rows=1, cols=2)
    _no_borders(kop)
    kop.alignment = WD_TABLE_ALIGNMENT.CENTER
    kop.autofit = False
    _col_widths(kop, [Cm(2.6), Cm(13.9)])
    c_logo, c_text = kop.rows[0].cells
    with tempfile.TemporaryDirectory() as tmp:
        logo = Path(tmp) / "lambang.png"
        _emblem_png(logo)
        c_logo.paragraphs[0].add_run().add_picture(str(logo), width=Cm(2.0))
    lines = [
        ("PEMERINTAH KOTA PALANGKA RAYA", True, 14.0),
        ("BADAN PENDAPATAN DAERAH", True, 16.0),
        ("Jalan Tjilik Riwut Km. 5,5 Nomor 14, Palangka Raya 73112", False, 9.0),
        (
            "Telepon (0536) 3231884, Faksimile (0536) 3231885, Laman bapenda.palangkaraya.go.id, "
            "Pos-el bapenda@palangkaraya.go.id",
            False,
            8.5,
        ),
    ]
    for k, (text, bold, size) in enumerate(lines):
        p = c_text.paragraphs[0] if k == 0 else c_text.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rule = par(size=4)
    _bottom_rule(rule)
    par(after=6)

    # Nomor block at the left, place and date beside the Nomor line
    perihal = (
        "Permohonan Rekomendasi Kegiatan Statistik Kompilasi Data Realisasi Pajak Daerah Tahun 2026"
    )
    head = doc.add_table(rows=4, cols=4)
    _no_borders(head)
    head.autofit = False
    _col_widths(head, [Cm(2.2), Cm(0.4), Cm(7.6), Cm(6.3)])
    rows = [
        ("Nomor", LETTER_PLK_NOMOR, "Palangka Raya, 16 Januari 2026"),
        ("Sifat", "Biasa", ""),
        ("Lampiran", "1 (satu) berkas", ""),
        ("Perihal", perihal, ""),
    ]
    for r, (label, value, right) in enumerate(rows):
        cells = head.rows[r].cells
        cells[0].paragraphs[0].add_run(label)
        cells[1].paragraphs[0].add_run(":")
        run = cells[2].paragraphs[0].add_run(value)
        run.bold = label == "Perihal"
        if right:
            cells[3].paragraphs[0].add_run(right)
            cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    par(after=10)

    # addressee
    par("Yth. Kepala Badan Pusat Statistik Kota Palangka Raya")
    par("di -")
    par("Palangka Raya", left=1.0, after=14)

    body = [
        "Dengan hormat,",
        "Dalam rangka pelaksanaan Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data "
        "Indonesia dan penyediaan data pendapatan daerah yang akurat, Badan Pendapatan Daerah "
        "Kota Palangka Raya pada Tahun Anggaran 2026 akan melaksanakan kegiatan Kompilasi "
        "Data Realisasi Pajak Daerah Kota Palangka Raya yang bersumber dari basis data "
        "pemungutan pajak daerah.",
        "Sehubungan dengan hal tersebut dan sesuai ketentuan Undang-Undang Nomor 16 Tahun 1997 "
        "tentang Statistik, bersama ini kami sampaikan Formulir Pemberitahuan Kompilasi Produk "
        "Administrasi (FP-KPA) kegiatan dimaksud untuk dapat diperiksa dan diberikan "
        "rekomendasi kegiatan statistik.",
        "Demikian disampaikan, atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih.",
    ]
    for k, text in enumerate(body):
        par(
            text,
            align=WD_ALIGN_PARAGRAPH.JUSTIFY,
            first=0.0 if k == 0 else 1.25,
            after=6,
        )
    par(after=8)

    # signature block at the right
    sign_left = 8.5
    par("Plh. Kepala Badan Pendapatan Daerah", left=sign_left)
    par("Kota Palangka Raya,", left=sign_left, after=54)
    par(LETTER_PLK_FIELDS["penandatangan.nama"], bold=True, underline=True, left=sign_left)
    par("Pembina Tingkat I (IV/b)", left=sign_left)
    par("NIP 19790412 200501 2 009", left=sign_left, after=18)

    par("Tembusan:", size=10)
    for text in (
        "1. Wali Kota Palangka Raya (sebagai laporan);",
        "2. Kepala Badan Pendapatan Daerah Kota Palangka Raya;",
        "3. Arsip.",
    ):
        par(text, size=10)
    doc.core_properties.author = "Bapenda Kota Palangka Raya"
    doc.core_properties.title = "Surat Pengantar FP-KPA"
    doc.core_properties.created = datetime.datetime(2026, 1, 16, 9, 12)
    doc.core_properties.modified = datetime.datetime(2026, 1, 16, 10, 3)
    doc.save(str(path))


# --- documents ----------------------------------------------------------------------------


def documents() -> list[Any]:
    """The wave-18 held-out documents."""
    from tests.independent.build import HeldOut

    return [
        HeldOut(
            "fs3-tanahlaut-comb-codes-scan300.pdf",
            "fs3",
            lambda p: scan_pages_to_pdf(lambda pdf: render_fs3_comb_paper(FS3_TANAHLAUT, pdf), p),
            expected(FS3_TANAHLAUT),
            note="printed BPS-style paper FS3 typed on a typewriter, scanned at 300 dpi to a "
            "PDF of grey JPEG page images (no text layer), each page turned a little "
            "(0.45, -0.3, 0.6 ... degrees), greyish paper, left-edge shadow, specks; rows in "
            "ruled frames: number | label | answer area | code column at the right margin "
            "(shaded where no code is asked); short answers one character a box in comb "
            "boxes (year, phone 'Kode area' + 'Nomor', 13-box mobile numbers, counts right-"
            "aligned, dates dd-mm-yyyy), long answers on dotted lines; options as numbered "
            "codes with the chosen code(s) typed in answer boxes in the code column (three "
            "boxes for the collection methods, a two-digit box for the sampling technique "
            "coded 1-10); regions by name with the 2-digit code in the code column; an "
            "extra item R.6.3 (frame type) outside the contract; one-off survey so the "
            "frequency box is empty; person fax boxes empty; pre-printed variable table "
            "with spare empty rows",
        ),
        HeldOut(
            "fpkpa-palangkaraya-bapenda-catatan.pdf",
            "fp-kpa",
            lambda p: render_fpkpa_catatan(FPKPA_PALANGKARAYA, p),
            expected(FPKPA_PALANGKARAYA),
            note="city revenue agency (Bapenda): one ruled table 'Uraian | Keterangan | "
            "Catatan' (header repeated on each page), blocks as merged shaded rows, persons "
            "as merged bold-italic group rows, the third column holding instructions and "
            "remarks that are not values (some naming the allowed answers, 'Pilih: satu "
            "kali / berulang'); options answered by the chosen wording alone ('Berulang', "
            "'Bulanan', 'Staf instansi', 'Individu, Usaha'); own wordings ('Perangkat "
            "daerah pelaksana', 'Periode pengulangan', 'Jangkauan wilayah', 'Pengelola "
            "teknis kegiatan'); variables as a nested table across a whole row, the schedule "
            "as a nested table in the merged Keterangan+Catatan cell beside its label; "
            "full month-name dates; city name written 'Palangka Raya'",
        ),
        HeldOut(
            "surat-palangkaraya-bapenda-plh.docx",
            "surat_pengantar",
            render_letter_plh_docx,
            LETTER_PLK_FIELDS,
            note="Word letter from a city agency: emblem picture beside a four-line "
            "letterhead (PEMERINTAH KOTA over the agency) in a borderless table, "
            "thick-thin paragraph rule; borderless table Nomor/Sifat/Lampiran/Perihal with "
            "the place and date right-aligned in a fourth column of the Nomor row, Perihal "
            "bold over two lines; 'Yth.' addressee on one line, 'di -', indented city; "
            "signer 'Plh. Kepala Badan Pendapatan Daerah' / 'Kota Palangka Raya,' in mixed "
            "case, bold underlined name in capitals, rank, spaced NIP; tembusan",
        ),
    ]
